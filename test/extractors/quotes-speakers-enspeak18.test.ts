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
      '`…, saying she was …`: a personal pronoun after the participle still stands for the subject',
      'Rights report\n\nCampaigner Ruth Ellery said the year had been hard for activists. Despite her worries, Ms Ellery called herself a "stubborn optimist", saying she was sure the movement would grow.',
      [['stubborn optimist', 'Ruth Ellery']]
    ]
  ])
})

describe('speakers, English: a name before a description and another name only qualifies it; the last name is the speaker', () => {
  speakerTable('en', [
    [
      'names coordinated before a role (`said Tom and Kate executive producer Joan Price`): Joan Price',
      'Book club list\n\nThe club on Tom Hardy and Kate Bell\'s daytime show picks ten novels a year. "The choice was wider than ever," said Hardy. "We think these books will sell even better," said Tom and Kate executive producer Joan Price.',
      [
        ['The choice was wider than ever,', 'Tom Hardy'],
        ['We think these books will sell even better,', 'Joan Price']
      ]
    ],
    [
      'a name before a body\'s noun (`Norwegian news agency NTB quoted two officials as saying`): the agency relays, no one named speaks',
      'Shipyard talks\n\nThe owners of Bergen Yards met unions on Monday, Norwegian news agency NTB reported. "The talks were difficult but useful," Norwegian news agency NTB quoted two officials as saying.',
      [['The talks were difficult but useful,', null]]
    ]
  ])
})

describe('speakers, English: a speech verb after `but`/`and` with a subject of its own heads the next clause, not the quote before it', () => {
  speakerTable('en', [
    [
      '`X called the deal "…" but the ministry said …`: the words are X\'s',
      'Port deal row\n\nThe port deal was signed in March. Opposition leader Carol Wynn called the deal "a betrayal of the workers" but the ministry said the plan had "broad support".',
      [
        ['a betrayal of the workers', 'Carol Wynn'],
        ['broad support', null]
      ]
    ],
    [
      '`X called the plan "…" but Mayor Y said …`: X\'s words, then Y\'s',
      'Stadium plan\n\nCouncillor Mark Dent called the stadium plan "reckless and rushed" but Mayor Sue Hall said it would bring "thousands of jobs".',
      [
        ['reckless and rushed', 'Mark Dent'],
        ['thousands of jobs', 'Sue Hall']
      ]
    ],
    [
      'a pronoun after `but` may be the same person (`"…", but he said`): unchanged',
      'Stadium plan\n\nCouncillor Mark Dent called the plan "reckless and rushed", but he said he would not block it.',
      [['reckless and rushed', 'Mark Dent']]
    ]
  ])
})
