/**
 * Who said it (session 18, English speakers on fresh text). Short texts
 * written for these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: a pronoun after a present participle is the subject of the words reported, not the speaker', () => {
  speakerTable('en', [
    [
      '`X criticised … the "…" of …, saying it was …`: the partial quote is X\'s, not the pronoun\'s',
      'Budget row\n\nOpposition leader Carol Wynn attacked the budget on Wednesday. Ms Wynn criticised the minister for ignoring the "growing crisis" of housing costs, saying it was time to act.',
      [['growing crisis', 'Carol Wynn']]
    ],
    [
      '`…, saying he would …` after an organisation named in the sentence: still the subject\'s words',
      'Mill to close\n\nUnion official Dan Moss condemned Harlow Steel for its "shameful betrayal" of the workforce, saying he would fight the closure.',
      [['shameful betrayal', 'Dan Moss']]
    ]
  ])
})
