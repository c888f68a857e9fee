/**
 * Places of session 28: written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: a known country set as a place is not the surname of an organisation first read as a person', () => {
  // (`Météo France annonce` reads as a person's name before a speech verb, then as an organisation's; `en France` is the country.)
  entityTable('fr', [
    [
      'Chaleur\n\nMétéo France annonce une hausse des températures. Il fait chaud en France depuis lundi, selon les prévisionnistes de Météo France.',
      [['organization', 'Météo France', []], ['location', 'France', []]]
    ]
  ])
  entityTable('en', [
    ['Heat\n\nKorvo Canada said prices would rise. Prices in Canada rose, the firm Korvo Canada said.', [['organization', 'Korvo Canada', []], ['location', 'Canada', []]]]
  ])
})
