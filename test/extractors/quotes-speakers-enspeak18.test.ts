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
