/**
 * Who said it (session 17, English speakers): collective and unnamed speakers.
 * Short texts written for these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: `it` stands for an organisation, never a person or a name the entities step did not report', () => {
  speakerTable('en', [
    [
      '`It has called the plan "…"` after a record title is the label, not the title',
      "Label plans summer reissues\n\nThe singer's old hits will return to the shops in June. His album Blue River Nights will be reissued first, as part of his label Harbour Records' new campaign. It has called the plan \"the biggest catalogue push we have ever made\".",
      [['the biggest catalogue push we have ever made', 'Harbour Records']]
    ],
    [
      '`However, it said …` after a person quoted in between is the company, not the person',
      'Insurer counts storm cost\n\nHalden Insurance, a leading Danish insurer, said it did not yet know what the storms would cost it. Chief executive Peter Moll said: "We have people on the ground in every town." However, it said the damage was unlikely to have a "significant" effect on its profits.',
      [
        ['We have people on the ground in every town.', 'Peter Moll'],
        ['significant', 'Halden Insurance']
      ]
    ]
  ])
})
