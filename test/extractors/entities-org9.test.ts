/**
 * Organisation boundaries (issue 4, session 9): where a French body's name
 * runs on after a capitalised complement. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe('A head’s capitalised complement takes its adjectives', () => {
  entityTable('fr', [
    [
      'Administration\n\nLe Ministère de la Fonction publique a publié la liste. La Commission de l’Union africaine et l’Organisation de la Coopération islamique ont réagi.',
      [
        ['organization', 'Ministère de la Fonction publique'],
        ['organization', 'Commission de l’Union africaine'],
        ['organization', 'Organisation de la Coopération islamique']
      ],
      ['Ministère de la Fonction', 'Commission de l’Union', 'Organisation de la Coopération']
    ],
    // Not a participle of another number (`le rapport de la Cour des Comptes consacré aux finances`).
    [
      'Finances\n\nLe rapport de la Cour des Comptes consacré aux finances publiques inquiète.',
      [['organization', 'Cour des Comptes']],
      ['Cour des Comptes consacré']
    ]
  ])
  it('gives the whole name its position', () => {
    const text = 'Administration\n\nLe Ministère de la Fonction publique a publié la liste.'
    const e = entitiesOf(text, 'fr').find((x) => x.type === 'organization')!
    const start = text.indexOf('Ministère')
    expect(e.mentions[0]!.position.start.offset).toBe(start)
    expect(e.mentions[0]!.position.end.offset).toBe(text.indexOf(' a publié'))
  })
})
