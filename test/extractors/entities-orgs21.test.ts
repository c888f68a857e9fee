/**
 * Organisation evidence (issue 4, session 21): a noun that names a kind of body
 * right before an unknown name (`trade body Intellect`, `heavy metal band
 * Metallica`, `US beermaker Anheuser-Busch`) types it an organisation, kept
 * though named once. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A noun of a kind of body before an unknown name makes it an organisation', () => {
  entityTable('en', [
    [
      'Patent rules\n\nThe firm in Leeds referred questions on patents to trade body Quillant.',
      [
        ['organization', 'Quillant'],
        ['location', 'Leeds']
      ]
    ],
    [
      'Tour earnings\n\nHeavy metal band Varnhold topped the list, ahead of US beermaker Brostad-Keller and chipmaker Tellurex.',
      [
        ['organization', 'Varnhold'],
        ['organization', 'Brostad-Keller'],
        ['organization', 'Tellurex']
      ]
    ],
    [
      'Strike vote\n\nMost workers at the depot joined the union Corvant last year.',
      [['organization', 'Corvant']]
    ]
  ])
})
