/**
 * English speakers (session 30, enspk): the Commons `Speaker` is a title before a name, not part of it.
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
