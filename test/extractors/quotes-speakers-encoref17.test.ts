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

describe('speakers, English: a description of an organisation stands for the one introduced with its noun, or for the body it describes', () => {
  speakerTable('en', [
    [
      '`the magazine reported` is the organisation introduced as `US magazine X`, not the person named last',
      "Singer tops earnings list\n\nPop star Lena Hart earned more than any other musician last year, according to US magazine Soundwave's annual list. Jon Miles came second with a long tour of Asia.\n\n\"Hart returned to the top after three quiet years,\" the magazine reported.",
      [['Hart returned to the top after three quiet years,', 'Soundwave']]
    ],
    [
      'a committee named in lower case speaks under that description, and `the committee added` is it',
      'MPs warn on pet shop rules\n\nThe environment select committee said the draft bill was "badly written". The committee took evidence from 40 groups over six weeks.\n\n"The government should think again before it brings these rules into force," the committee added.',
      [
        ['badly written', 'environment select committee'],
        ['The government should think again before it brings these rules into force,', 'environment select committee']
      ]
    ],
    [
      'a name qualifying a committee (`The Commons home affairs select committee`) is not the speaker',
      'Committee attacks card scheme\n\nThe Commons home affairs select committee said the scheme was "poorly planned". Ministers have promised a reply by March.',
      [['poorly planned', 'Commons home affairs select committee']]
    ]
  ])
})

describe('speakers, English: words going on from someone the article does not name are no one\'s', () => {
  speakerTable('en', [
    [
      '`Her agent told the paper that …. "…"` is not the person quoted in the paragraph before',
      'Author backs film version\n\nThe director met the novelist Anne Corlett last month. Director Paul Weller said: "She has been very supportive of the changes."\n\nSome readers\' groups have criticised the script. Her agent told the Guardian newspaper that Corlett was happy with the film so far. "Of course the studio wants to make money, but Paul is a fine director."',
      [
        ['She has been very supportive of the changes.', 'Paul Weller'],
        ['Of course the studio wants to make money, but Paul is a fine director.', null]
      ]
    ]
  ])
})

describe('speakers, English: a report speaks for the organisation that wrote it', () => {
  speakerTable('en', [
    [
      '`However, the report warned: "…"` is the body named before, not no one',
      'Growth to slow, says think-tank\n\nThe Harwell Institute expects growth of 1.5% next year, it said on Monday. However, the report warned: "Higher energy prices could still push the economy back into decline."',
      [['Higher energy prices could still push the economy back into decline.', 'Harwell Institute']]
    ]
  ])
})
