/**
 * Entity typing of session 17 (enttype): the name of a thing is no entity.
 * Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('Capitalised words between a determiner and a noun of a thing name that thing, no entity, anywhere in the article (enttype17)', () => {
  entityTable('en', [
    // `the Vexa processor`, `Halden's Remitol drug`: a thing's name; the same name alone later is the thing too (before, an unknown word
    // named twice was an organisation by default).
    [
      'Chip maker shows faster processor\n\nThe Vexa processor, which will power a new range of laptops, runs twice as fast as its rival, Kordal Systems said on Tuesday. Vexa is due in shops next spring.\n\nRegulators also cleared Halden Pharma\'s Remitol drug for migraine. Doctors say Remitol works within an hour.',
      [['organization', 'Kordal Systems']],
      ['Vexa', 'Remitol']
    ],
    // A known body or a name opening with a given name before the noun stays an entity: `the Intel processor`, `the John Lewis version`.
    [
      'Laptop sales rise\n\nThe Intel processor in the new machines was praised by reviewers, Intel said. Shoppers preferred the John Lewis version, John Lewis said.',
      [['organization', 'Intel']]
    ]
  ])
})
