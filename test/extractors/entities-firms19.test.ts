/**
 * Firm words that end an organisation's name (issue 4, session 19):
 * `Brothers`, `Bros`, `Laboratories`, `Associates` (`Lehman Brothers`, `Warner
 * Bros`, `Forest Laboratories`, `Continental Associates`) make the name an
 * organisation's, though a given name or a surname may open it. Texts are
 * written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A name ending in a firm word is an organisation', () => {
  entityTable('en', [
    [
      'Bank shares slip\n\nThe story is costs, said analyst Alex Potter at Lehman Brothers. Warner Bros said it would appeal the ruling.',
      [
        ['person', 'Alex Potter'],
        ['organization', 'Lehman Brothers'],
        ['organization', 'Warner Bros']
      ]
    ],
    [
      'Drug deal agreed\n\nForest Laboratories will market the drug in the US, and Continental Associates ended its bid for the maker.',
      [
        ['organization', 'Forest Laboratories'],
        ['organization', 'Continental Associates']
      ]
    ]
  ])
})
