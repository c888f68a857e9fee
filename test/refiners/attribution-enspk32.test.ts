/**
 * English speakers (session 32, enspk): `MPs`, `the MPs` as a speaker stand for the committee the article names them in
 * (an organisation named with `committee`, or a committee described in lower case), the last named before, else the
 * first named after; with no committee named, nothing changes.
 * Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('`MPs` stand for the committee the article names them in', () => {
  speakerTable('en', [
    ['`…, MPs have warned.` then `the X Committee said`', 'Road plans attacked\n\n"Lasting damage to the countryside" will follow the new road programme, MPs have warned.\n\nThe plans ignore air quality, the Transport Select Committee said in its report.', [['Lasting damage to the countryside', 'Transport Select Committee']]],
    ['`The MPs said` after `the health select committee`', 'Hospital waits\n\nWaiting lists are too long, the health select committee has found. The MPs said they were "deeply worried" by the figures.', [['deeply worried', 'health select committee']]],
    // No committee named: the speaker stays as it was read.
    ['`MPs said` with no committee named', 'Vote delayed\n\nThe vote on the Labour Party bill was put off on Tuesday. MPs said the timetable was "a shambles".', [['a shambles', 'MPs']]]
  ])
})

describe('a name after a speech verb and a title (`says Prof X`) is the verb\'s subject', () => {
  speakerTable('en', [
    ['`The answer, says Prof X, is …` then `he says`', 'Solar village\n\nProf Anil Mehta works with Tom Gould at the University of Leeds. The fix, says Prof Gould, is solar power.\n\n"We are testing panels in three villages," he says.', [['We are testing panels in three villages,', 'Tom Gould']]],
    ['`…, said Dr X, …` then `he added`', 'Clinic opens\n\nDr Ravi Shah has joined Pete Lowe at the new clinic. The aim, said Dr Lowe, was faster care.\n\n"Nobody should wait a month," he added.', [['Nobody should wait a month,', 'Pete Lowe']]]
  ])
})

describe('a name a quote opens right after (`said Mr X "…"`) is no subject of the speech verb before it', () => {
  speakerTable('en', [
    ['`X, who …, said Mr Y "…". "…," the magazine editor told`', 'Editor defends mayor\n\nTory MP Tom Hale said the mayor was right.\n\nHowever, Mr Hale, who edits a weekly magazine, said Mr Blair "should stay out of" the row. "It is a local matter," the Weekly Review editor told BBC radio.', [['should stay out of', 'Tom Hale'], ['It is a local matter,', 'Tom Hale']]]
  ])
})

describe('`editor`, `singer`, `actor`, `writer`, `author` describe someone who may hold another role', () => {
  speakerTable('en', [
    ['`Tory MP X …` then `the editor told`', 'MP backs mayor\n\nTory MP Tom Hale has backed the mayor.\n\nMr Hale, who edits The Weekly Review, said the mayor was right. "It is a local matter," the editor told BBC radio.', [['It is a local matter,', 'Tom Hale']]],
    ['`Labour MP X …` then `the author said`', 'MP writes memoir\n\nLabour MP Jane Cole has written a memoir of her years in the Commons.\n\nMs Cole spent two years on the book. "It was hard to finish," the author said.', [['It was hard to finish,', 'Jane Cole']]]
  ])
})

describe('a surname alone one letter off a person named in full is a typo of it', () => {
  speakerTable('en', [
    ['`Monica Chadha` … `Ms Chada said`', 'Airports lag\n\nAir travel is booming, BBC reporter Monica Chadha found on a trip across the country.\n\n"The terminals are far too small," Ms Chada said.', [['The terminals are far too small,', 'Monica Chadha']]],
    ['`David Monteith` … `Mr Montieth says`', 'Phone sound\n\nDavid Monteith runs a small audio firm in Leeds.\n\nMr Montieth says: "Sound can come from behind you."', [['Sound can come from behind you.', 'David Monteith']]],
    // Two letters off: another person.
    ['`Monica Chadha` … `Ms Chandra said`', 'Airports lag\n\nAir travel is booming, BBC reporter Monica Chadha found on a trip across the country.\n\n"The terminals are far too small," Ms Chandra said.', [['The terminals are far too small,', 'Chandra']]]
  ])
})

describe('a line a dash opens, a label ending with a person\'s name, then a quote: that person\'s words', () => {
  speakerTable('en', [
    ['`- Leeds boss X "…"`', 'Leeds draw at home\n\nLeeds and Hull shared the points in a dull game.\n\n- Leeds boss Kevin Blake "We were flat from the start and never recovered."\n\n- Hull manager Dean Moss "A point away from home is always welcome."', [['We were flat from the start and never recovered.', 'Kevin Blake'], ['A point away from home is always welcome.', 'Dean Moss']]],
    // A dash line ending with no name: no speaker from it.
    ['`- The plan calls for "…"`', 'Plan unveiled\n\nThe council set out its plan on Monday.\n\n- The plan calls for "a cleaner city centre" by 2010.', [['a cleaner city centre', null]]]
  ])
})

describe('a possessive role in the lead (`according to his former adviser`) is the person the next block opens with', () => {
  speakerTable('en', [
    ['next block `Long one of Mr X\'s closest aides, Y said …`', 'Rule safe says ex-aide\n\nFinance minister Peter Hale will meet his spending target "with room to spare", according to his former economic adviser.\n\nLong one of Mr Hale\'s closest aides, Tom Reed said the rule was safe. He expects a giveaway.', [['with room to spare', 'Tom Reed']]],
    ['next block opened by a role and the name', 'Rule safe says ex-aide\n\nFinance minister Peter Hale will meet his spending target "with room to spare", according to his former economic adviser.\n\nEconomist Tom Reed said the rule was safe.', [['with room to spare', 'Tom Reed']]],
    // The next block opens with the one `his` stands for: no one.
    ['next block opened by the possessor', 'Rule safe says ex-aide\n\nFinance minister Peter Hale will meet his spending target "with room to spare", according to his former economic adviser.\n\nMr Hale said the rule was safe.', [['with room to spare', null]]]
  ])
})

describe('more role words: a body, a role, then a name (`BBC Two controller X:`) is that person', () => {
  speakerTable('en', [
    ['`BBC Two controller X: "…"`', 'Show moves\n\nThe quiz show is to move to Sunday nights on Channel 4.\n\nBBC Two controller Mark Todd: "It is a bold new slot for a much-loved show."', [['It is a bold new slot for a much-loved show.', 'Mark Todd']]],
    ['`said Sky Sports commentator X`', 'Cup tie\n\n"It was a night to forget," said Sky Sports commentator Ian Bell.', [['It was a night to forget,', 'Ian Bell']]]
  ])
})

describe('a long definite description opening the sentence (`The marathon world record holder believes`) is resolved whole', () => {
  speakerTable('en', [
    ['`The Olympic 400m silver medal winner believes … "…"`', 'Runner calls for bans\n\nKaty Barnes has called for drug cheats to be banned for life.\n\nThe Olympic 400m silver medal winner believes the sport must shed the "cloud of doubt" over every fast time.', [['cloud of doubt', 'Katy Barnes']]]
  ])
})

describe('the subject of a passive verb of describing is what is described, not a speaker', () => {
  speakerTable('en', [
    ['`X has been described as "…"`', 'Faster phones\n\nNetwork maker Telco Systems has been described as "the quiet giant" of the mobile industry.', [['the quiet giant', null]]],
    ['`X was branded "…"`', 'Plan attacked\n\nHome Secretary John Reid was branded "out of touch" over the plan.', [['out of touch', null]]],
    // Active: the subject speaks.
    ['`X described it as "…"`', 'Plan attacked\n\nHome Secretary John Reid described the plan as "a fresh start".', [['a fresh start', 'John Reid']]]
  ])
})

describe('an organisation qualifying the subject `report` or `statement` is what a later `it` stands for', () => {
  speakerTable('en', [
    ['`Other than …, the NIESR report was …` then `It said …, saying "…"`', 'Tax warning\n\nThe Treasury said its plans were on track.\n\nA Treasury spokesperson dismissed the claims. Other than its warning on tax, the NIESR report was upbeat about the economy.\n\nIt said the oil surge would have little effect, saying the "world economy will continue to grow".', [['world economy will continue to grow', 'NIESR']]],
    ['`The IMF report was …` then `It said "…"`', 'Growth forecast\n\nThe Treasury said its plans were on track.\n\nThe IMF report was gloomier than expected. It said growth would be "sluggish at best".', [['sluggish at best', 'IMF']]]
  ])
})

describe('words woven into a clause an earlier speech verb reports are that verb\'s subject\'s account', () => {
  speakerTable('en', [
    ['`The X Council has insisted Mr Y was speaking … and his remarks were "…"`', 'Drink row\n\nCouncil leader Tom Hale spoke at a school on Monday.\n\nBut the Leeds City Council has insisted Mr Hale was speaking about adults and his remarks were "a fair point about drinking".', [['a fair point about drinking', 'Leeds City Council']]],
    ['`She told the court that … a lawyer had told her … "…"`', 'Trial hears claims\n\nFormer aide Jane Cole gave evidence on Tuesday.\n\nShe told the court that during the tour a lawyer for the singer had told her the family would be made to look "like liars".', [['like liars', 'Jane Cole']]],
    // A clause joined after a comma has a subject of its own.
    ['`X say …, while the Tories say … "…"`', 'Election tour\n\nMr Kennedy will visit seats in Somerset.\n\nLabour say a vote for him is wasted, while the Tories say the Lib Dems would mean "higher taxes".', [['higher taxes', 'Tories']]]
  ])
})

describe('an organisation qualifying a role before a name opening the sentence (`Tory leader X accepted "…"`)', () => {
  speakerTable('en', [
    ['`Tory leader X accepted his decision "…"`', 'Candidate quits\n\nA Conservative candidate is quitting after a remark.\n\nTory leader Michael Howard accepted his decision "with regret". The candidate will stay in his job.', [['with regret', 'Michael Howard']]]
  ])
})

describe('a partial quote with no cue in a sentence whose subject is a body, its members or its report, with a verb of finding', () => {
  speakerTable('en', [
    ['`The MPs found X was "…"`', 'Agency attacked\n\nThe Commons Transport Committee published a critical report on Monday.\n\nThe MPs found the new ticket system was "nowhere near ready" for use.', [['nowhere near ready', 'Commons Transport Committee']]],
    // A subject of another kind: no one.
    ['`The trains found …` (no body)', 'Agency attacked\n\nThe Commons Transport Committee published a critical report on Monday.\n\nThe trains were late and the system was "nowhere near ready" for use.', [['nowhere near ready', null]]]
  ])
})
