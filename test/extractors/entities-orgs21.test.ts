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

describe('A name no clue types, shortened to its first word, is an organisation; to its last, or with a pronoun of a person, a person', () => {
  entityTable('en', [
    [
      'Drinks deal\n\nShares rose after Vallmore Strand bought a distillery in Speyside. Vallmore now owns six whisky brands.',
      [['organization', 'Vallmore Strand', ['Vallmore']]]
    ],
    [
      'Tennis\n\nRavina Koshtel reached the quarter-finals on Tuesday. Koshtel beat the seventh seed in three sets.',
      [['person', 'Ravina Koshtel', ['Koshtel']]]
    ],
    [
      'Party video\n\nStudents filmed Kesto Harrow at the party on Saturday. Kesto later apologised to his classmates and teachers.',
      [['person', 'Kesto Harrow', ['Kesto']]]
    ]
  ])
})
