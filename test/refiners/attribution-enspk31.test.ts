/**
 * English speakers (session 31, enspk): a participle cue (`…, saying`) shares the subject of the main clause, not of a
 * subordinate clause opening the sentence (`When X died, Y led the tributes, saying …`); a name opening the clause,
 * then an apposition that describes it (`MP for Wells, Somerset,`, `chief executive, X - a firm … -`), is the subject,
 * not the last name of the apposition; `winner` and `holder` are roles (`The Oscar winner said`); a speech verb joined
 * by `and` to an earlier one shares its subject, not a pronoun of the clause it reports; `he` after a sentence whose
 * participle reports a clause about another man (`X defended Y, saying Z overreacted. But he …`) stands for the
 * sentence's subject; `he` after a list of men that is a sentence's subject stands for the one of them the article was
 * about before the list, else no one; `the companies`, `the two firms` stand for organisations named together,
 * credited to the first named; in an introduction of two clauses joined by `, but` (`X denied it, but Y told
 * reporters:`), the later clause's subject speaks; `a Home Office official`, like `an official at the Home Office`,
 * speaks for the organisation; `Labour says` names the party, though `labour` is a role word (`Labour MP`).
 * Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('a participle cue shares the main clause\'s subject, not a subordinate clause\'s', () => {
  speakerTable('en', [
    ['`When X died, Y led the tributes, saying the star "…"`', 'Tributes paid\n\nWhen the comedian Bob Hale died, President George Marsh led the tributes, saying the star had "changed the face of comedy".', [['changed the face of comedy', 'George Marsh']]],
    // No subordinate clause: the first subject still speaks.
    ['`X met Y on Monday, saying "…"`', 'Talks held\n\nTrade minister Alan Price met Jo Wills on Monday, saying the talks were "a good start".', [['a good start', 'Alan Price']]]
  ])
})

describe('a name, then an apposition describing it, is the subject of the verb after it', () => {
  speakerTable('en', [
    ['`Mr X, MP for Wells, Somerset, said`', 'Clinic closes\n\nTory MP Peter Jones spoke at the hearing.\n\nMr Jones, MP for Wells, Somerset, said patients would be "left behind by the reforms".', [['left behind by the reforms', 'Peter Jones']]],
    ['`X, chief executive, Y - a firm … - told`', 'Plan criticised\n\nJulia Hart, chief executive, Hart Consulting - a firm advising councils - told the BBC this was "a step backwards".', [['a step backwards', 'Julia Hart']]],
    ['`X, head of policy, Y, said`', 'Plan criticised\n\nTom Reed, head of policy, Hart Consulting, said it was "a sad day".', [['a sad day', 'Tom Reed']]],
    // A role opening the sentence, a name between commas: the name.
    ['`The head of X, Y, said`', 'Plan criticised\n\nThe head of the Retail Group, Jane Moss, said it was "a step backwards".', [['a step backwards', 'Jane Moss']]]
  ])
})

describe('`winner` and `holder` are roles a definite description names someone by', () => {
  speakerTable('en', [
    ['`The Oscar winner said`', 'Film delayed\n\nFilm director Peter Janssen has said it will be years before he starts work on the sequel.\n\nThe Oscar winner said on a visit to Sydney there was a "desire" to make it.', [['desire', 'Peter Janssen']]],
    ['`The record holder said`', 'Ban urged\n\nPaula Radley has called for drug cheats to be banned for life.\n\nThe record holder said the sport had to be rid of "suspicion and innuendo".', [['suspicion and innuendo', 'Paula Radley']]]
  ])
})

describe('a speech verb joined by `and` to an earlier one shares its subject', () => {
  speakerTable('en', [
    ['`X said it would be "…", and called … "…"`', 'Singer to quit\n\nSinger George Mitchell has said a new film marks his retirement.\n\nThe pop star said it would be a "quieter life", and called his own kind of music "dead".', [['quieter life', 'George Mitchell'], ['dead', 'George Mitchell']]],
    // A subject of its own after `and`: that one.
    ['`X said …, and Y called it "…"`', 'Plan unveiled\n\nMinister Alan Price said the plan was ready, and Jo Wills called it "a good start".', [['a good start', 'Jo Wills']]]
  ])
})

describe('`he` stands for the subject of a sentence, not the man in the clause its participle reports', () => {
  speakerTable('en', [
    ['`X defended Y, saying Z overreacted. He said`', 'Coach changes mind\n\nCity manager Tom Rowley will fine striker Dean Pratt for the clash with United defender Luis Moreno.\n\nRowley at first defended Pratt, whose red card cost City the game, saying Moreno overreacted. But he has since watched the video again. He said: "The referee got it right."', [['The referee got it right.', 'Tom Rowley']]],
    ['`The Scot defended Y, saying Z overreacted. He said`', 'Coach changes mind\n\nCity manager Tom Rowley will fine striker Dean Pratt for the clash with United defender Luis Moreno.\n\nThe Scot at first defended Pratt, whose red card cost City the game, saying Moreno overreacted. But he has since watched the video again. He said: "The referee got it right."', [['The referee got it right.', 'Tom Rowley']]],
    // No participle: the man named last.
    ['`X said Z overreacted. He said`', 'Coach changes mind\n\nCity manager Tom Rowley spoke after the game. Luis Moreno, the United defender, was booked for diving. He said: "I did nothing wrong."', [['I did nothing wrong.', 'Luis Moreno']]]
  ])
})

describe('`he` after a list of men that is the subject of a sentence', () => {
  speakerTable('en', [
    ['the one a subject before the list', 'Relay squad honoured\n\nJason Garner says the award shows what the squad achieved.\n\nGarner, Darren Camp, Marlon Devin and Mark Lewis have all been given medals after beating the favourites. "I think this award reinforces what we did," he said.', [['I think this award reinforces what we did,', 'Jason Garner']]],
    ['no one when none was', 'Relay squad honoured\n\nThe relay squad has been honoured.\n\nDarren Camp, Marlon Devin and Mark Lewis have all been given medals after beating the favourites. "I think this award reinforces what we did," he said.', [['I think this award reinforces what we did,', null]]]
  ])
})

describe('a plural organisation noun stands for organisations named together, the first named', () => {
  speakerTable('en', [
    ['`X and Y have agreed … the two firms said`', 'Jet makers agree deal\n\nAirbus and Rolls-Royce have agreed to merge their engine research, creating the largest such group in Europe.\n\nThe deal will create "a strong European champion", the two firms said. The companies said the move would be "good for jobs".', [['a strong European champion', 'Airbus'], ['good for jobs', 'Airbus']]],
    // No organisations named together: no one.
    ['`X has … the companies said`', 'Steel prices rise\n\nCorus has raised its prices again. The companies said demand was "very strong".', [['very strong', null]]]
  ])
})

describe('an introduction of two joined clauses: the later clause\'s speech verb and subject lead', () => {
  speakerTable('en', [
    ['`X denied …, but Y told reporters:`', 'Talks stall\n\nPrime Minister Tony Blair met union leaders on Monday. Chancellor Gordon Brown stayed in London.\n\nOn Wednesday Mr Blair denied that a deal had been struck, but Mr Brown told reporters in Paris: "Nothing has been agreed yet."', [['Nothing has been agreed yet.', 'Gordon Brown']]],
    // One clause: its subject.
    ['`X denied … to reporters:`', 'Talks stall\n\nPrime Minister Tony Blair met union leaders on Monday. Chancellor Gordon Brown stayed in London.\n\nOn Wednesday Mr Blair denied to reporters that Mr Brown had agreed: "Nothing has been agreed yet."', [['Nothing has been agreed yet.', 'Tony Blair']]]
  ])
})

describe('an indefinite member of a body named before the role speaks for the body', () => {
  speakerTable('en', [
    ['`A State Department official confirmed … and said`', 'Refugee offices to close\n\nA State Department official confirmed the meeting and said the agency wanted to "reduce costs".', [['reduce costs', 'State Department']]],
    ['`A Home Office official said`', 'Centre to close\n\nA Home Office official said the centre would be "mothballed".', [['mothballed', 'Home Office']]],
    // A role with no organisation: no one.
    ['`A senior official said`', 'Plant to close\n\nA senior official said the plant would be "mothballed".', [['mothballed', null]]]
  ])
})

describe('a capitalised role word that the entities step found as an organisation names it', () => {
  speakerTable('en', [
    ['`Labour says … "…"`', 'Tories unveil manifesto\n\nTory leader Michael Hale unveiled the first part of the manifesto on Monday.\n\nIn the foreword, he promises to focus on order. Labour says the document offers only a return to a "failed Tory past". The Liberal Democrats say the Tories cannot win.', [['failed Tory past', 'Labour']]],
    // A role word before a name: the person.
    ['`Labour MP X said`', 'Vote delayed\n\nLabour MP Jo Hartley said the vote was "a shambles".', [['a shambles', 'Jo Hartley']]]
  ])
})
