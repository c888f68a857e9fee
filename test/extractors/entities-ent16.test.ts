/**
 * Entity rules of session 16 (ent16): organisations in both languages and
 * French people. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A word glued by scraping to an elided article and a name is cut before the elision (ent16)', () => {
  entityTable('fr', [
    // Scraped pages lose the space before a link: `selonL’Observateur`, `parL’Indépendant`, `deL’Écho`.
    [
      'Éducation : les résultats du bac en baisse\n\nLes taux de réussite reculent encore cette année, selonL’Observateur. Le ministère prépare une réforme, rapporteL’Indépendant.\n\nDans un article publié parL’Observateur, les syndicats réclament des moyens.',
      [
        ['organization', 'L’Observateur'],
        ['organization', 'L’Indépendant']
      ]
    ]
  ])
})
