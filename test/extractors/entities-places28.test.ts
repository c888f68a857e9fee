/**
 * Places of session 28: written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: a known country set as a place is not the surname of a name read as a person by default', () => {
  // (`Korvo France annonce` reads as a person's name before a speech verb; `en France` is the country, not that name again.)
  entityTable('fr', [
    ['Ventes\n\nKorvo France annonce une hausse des prix. Les prix en France ont augmenté de 3 %, selon Korvo France.', [['location', 'France', []]]]
  ])
  entityTable('en', [
    ['Prices\n\nKorvo Britain said prices would rise this spring. Prices in Britain rose by 3% last year, Korvo Britain said.', [['location', 'Britain', []]]]
  ])
})
