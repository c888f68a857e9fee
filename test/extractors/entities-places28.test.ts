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

describe('entities: England is a country of its own, the United States’ official name is the country', () => {
  // (As in English, `England|Scotland|Wales`: the annotators keep `l’Angleterre` and `le Royaume-Uni` apart.)
  entityTable('fr', [
    [
      'Football\n\nL’ambassadrice du Royaume-Uni assistera au match entre l’Angleterre et le Sénégal mardi.',
      [['location', 'Royaume-Uni', []], ['location', 'Angleterre', []], ['location', 'Sénégal', []]]
    ],
    ['Diplomatie\n\nLes États-Unis d’Amérique ont salué le scrutin. Les États-Unis enverront des observateurs.', [['location', 'États-Unis d’Amérique', ['États-Unis']]]]
  ])
  entityTable('en', [
    ['Football\n\nThe UK ambassador will attend the match between England and Senegal on Tuesday.', [['location', 'UK', []], ['location', 'England', []], ['location', 'Senegal', []]]]
  ])
})
