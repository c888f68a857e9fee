/**
 * Code-review leftovers of session 24 that change what is found: written for
 * these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('a place noun and its `de` before a name, a no-break space between them', () => {
  // French typesetting puts a no-break space (U+00A0) or a narrow one (U+202F) where a plain space stands: the same name.
  entityTable('fr', [
    [
      'Été\n\nLes baigneurs ont quitté la plage de\u00a0Kéléré pour l’île de\u00a0Bakassa, avant le match au stade des\u00a0Lions.',
      [['location', 'plage de Kéléré'], ['location', 'île de Bakassa'], ['location', 'stade des Lions']],
      ['Kéléré', 'Bakassa', 'Lions']
    ],
    [
      'Été\n\nLes baigneurs ont quitté la plage de\u202fKéléré pour l’île de\u202fBakassa, avant le match au stade des\u202fLions.',
      [['location', 'plage de Kéléré'], ['location', 'île de Bakassa'], ['location', 'stade des Lions']],
      ['Kéléré', 'Bakassa', 'Lions']
    ]
  ])
})

describe('a narrow no-break space between the words of a name', () => {
  // Some French sites type U+202F between a first name and a surname, as between a word and `:`; the name stays whole.
  entityTable('fr', [
    [
      'Dakar\n\nLe projet avance, a déclaré Ousmane\u202fSonko devant les députés. Le général Thierry\u202fBurkhard était présent.',
      [['person', 'Ousmane Sonko'], ['person', 'Thierry Burkhard']],
      ['Ousmane', 'Sonko', 'Thierry', 'Burkhard']
    ]
  ])
})
