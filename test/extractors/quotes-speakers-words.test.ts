/**
 * How long a partial quote with no cue must be before the organisation opening its sentence is given it
 * (`BODY_QUOTE_WORDS`): words are counted as the body's word count counts them (`countWords`), so a hyphenated
 * compound is one word. Short texts written for these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers: a quoted term of two words, one of them hyphenated, is not the organisation’s quote', () => {
  speakerTable('en', [
    [
      'not `The FCC was looking into shows by "shock-jock radio" presenters`: two words, the writer’s label',
      'Broadcaster settles with regulator\n\nThe settlement ends a long saga.\n\nThe Federal Communications Commission was looking into 50 shows, including those by "shock-jock radio" presenters.',
      [['shock-jock radio', null]]
    ],
    [
      'but `UKIP is funding a "truly state-of-the-art centre"` (three words) is the party',
      'UKIP visits hospital\n\nA spokesman for UKIP toured the site on Monday.\n\nUKIP is funding a "truly state-of-the-art centre" in the town.',
      [['truly state-of-the-art centre', 'UKIP']]
    ]
  ])
  // French drops a quoted term of two words before attribution (`« radios-poubelles privées »`); three words with a
  // compound among them still go to the organisation.
  speakerTable('fr', [
    [
      '`Le RN prépare une politique « de va-t-en-guerre irresponsables »` (three words) is the party',
      'Le RN publie un livre\n\nLe parti a présenté mardi un livre sur la diplomatie.\n\nLe Rassemblement national prépare une politique « de va-t-en-guerre irresponsables » pour 2027.',
      [['de va-t-en-guerre irresponsables', 'Rassemblement national']]
    ]
  ])
})
