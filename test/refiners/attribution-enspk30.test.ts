/**
 * English speakers (session 30, enspk): the Commons `Speaker` is a title before a name, not part of it;
 * `claiming` and `insisting` are speech participles like `saying` (`with X claiming it was "…"`).
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
