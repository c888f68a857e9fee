/**
 * English speakers (session 30, enspk): the Commons `Speaker` is a title before a name, not part of it;
 * `claiming` and `insisting` are speech participles like `saying` (`with X claiming it was "…"`); `he` after a
 * definite spokesman owned through a genitive, speaking after the man named, is that spokesman; a name right
 * after a participle (`despite having X out`) is no subject; `claims` after `about` is a noun; the subject after a
 * speech verb ends at a passive auxiliary (`said tackling poverty would be a G8 priority`); a role put in the past
 * (`the former cabinet secretary`) clashes with no role the person holds now; a capitalised verb right after a quote
 * (`"…" Asked about X, she said`) opens a new sentence.
 * Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable, speakerTable} from '../helpers.js'

describe('`Speaker` before a name is a title (`Deputy Speaker Jane Morrow`)', () => {
  entityTable('en', [
    ['Commons row\n\nDeputy Speaker Jane Morrow told MPs the leak would be looked into.', [['person', 'Jane Morrow']], ['Speaker Jane Morrow']],
    ['Commons row\n\nThe Speaker, Alan Crossley, ruled the question out of order.', [['person', 'Alan Crossley']]]
  ])
  speakerTable('en', [
    ['`Deputy Speaker X agreed it was "…"`', 'Commons row\n\nThe Tory MP said the leak was a breach of trust. Deputy Speaker Jane Morrow agreed it was "a matter of concern" but said nothing could be done.', [['a matter of concern', 'Jane Morrow']]]
  ])
})

describe('`claiming` and `insisting` cue a quote like `saying`', () => {
  speakerTable('en', [
    ['`with X claiming it had been "…"`', 'Transfer row\n\nMorrison missed the cup tie on Saturday, with United boss Gary Hinds claiming it had been "a very hard week" for the player.', [['a very hard week', 'Gary Hinds']]],
    ['`X, insisting Y "…"`', 'Red card\n\nThe club said that Dale Perkins, insisting Ronan Tully "went down far too easily", has now apologised to his team-mates.', [['went down far too easily', 'Dale Perkins']]]
  ])
})

describe('`he` after a spokesman owned through a genitive who speaks after the man named is the spokesman', () => {
  speakerTable('en', [
    // A person's spokesman: no one the article names.
    ['`the prime minister\'s official spokesman said … But he added`', 'Cabinet row\n\nLord Hale said the prime minister ignored his ministers. The prime minister\'s official spokesman said the cabinet still met every week. But he added: "Not every decision can go to cabinet."', [['Not every decision can go to cabinet.', null]]],
    // An organisation's spokesman: the organisation.
    ['`the BBC\'s spokesman said … he said`', 'Schedule row\n\nMark Ellis said the show had been dropped. The BBC\'s spokesman said the channel was looking into it. "We are working to resolve the issue," he said.', [['We are working to resolve the issue,', 'BBC']]],
    // Not a spokesman named by his party alone: the man named before may be him.
    ['not `The Tory spokesman` (no genitive)', 'Europe row\n\nMichael Hale condemned the leaflet. The Tory spokesman also criticised the government. "Who are they trying to kid?" he said.', [['Who are they trying to kid?', 'Michael Hale']]]
  ])
})

describe('a name right after a participle opening the sentence is its object, not its subject', () => {
  speakerTable('en', [
    ['`X, despite having Y out injured, … Z who … "…" he said`', 'Preview\n\nWales, despite having Tom Rees still out injured, have been boosted by the return of captain Dai Morgan who missed the last game with a knee injury. "It felt good to be back in training," he said.', [['It felt good to be back in training,', 'Dai Morgan']]]
  ])
})

describe('a speech verb\'s form after a preposition that governs nouns (`about claims that`) is a noun, not a cue', () => {
  speakerTable('en', [
    ['`X\'s report said … intelligence about claims that Y had … was "…"`', 'Iraq report\n\nSir John Hale\'s report said the dossier did not make clear that intelligence about claims that Saddam Hussein had weapons was "very thin".', [['very thin', 'John Hale']]]
  ])
})

describe('a name after a speech verb and a passive auxiliary is in the clause reported, not the speaker after the verb', () => {
  speakerTable('en', [
    ['`X, who has described … as a "…", has said tackling poverty would be a G8 priority`', 'Aid targets\n\nMr Blair, who has described Africa as a "scar" on the world\'s conscience, has already said tackling poverty would be a G8 priority.', [['scar', 'Blair']]]
  ])
})

describe('a role put in the past (`the former cabinet secretary`) stands for the person named before with another role', () => {
  speakerTable('en', [
    ['`civil service chief Lord X … The former cabinet secretary said: "…"`', 'Whitehall row\n\nFormer civil service chief Lord Hale has criticised the way Tony Blair runs the government. Lord Hale said Mr Blair relied on small groups of advisers. The former cabinet secretary said in an interview: "There is too much central control."', [['There is too much central control.', 'Hale']]]
  ])
})

describe('a capitalised verb right after a quote, a lower-case word after it, opens a new sentence (a full stop lost)', () => {
  speakerTable('en', [
    // Not a name that is also an auxiliary, before the verb (`May wrote`): the cue stays.
    ['`"…" May wrote on his website`', 'Tour\n\nGuitarist Brian May plans a tour. "We were amazed at the chemistry on stage," May wrote on his website.', [['We were amazed at the chemistry on stage,', 'Brian May']]],
    ['`X said she hoped "…" Asked about …, she said`', 'Health post\n\nMeanwhile Ms Hale said she hoped "that the people of Wales would benefit from my work" Asked about waiting lists, she said they were improving.', [['that the people of Wales would benefit from my work', 'Hale']]]
  ])
})
