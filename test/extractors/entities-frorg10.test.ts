/**
 * French organisations (issue 4, session 10): spans cut or over-long.
 * Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe('A head’s name does not cross a coordinating word to another known name', () => {
  entityTable('fr', [
    [
      'Réforme\n\nLe texte a été transmis au Conseil constitutionnel et à la Cour suprême mardi.',
      [
        ['organization', 'Conseil constitutionnel'],
        ['organization', 'Cour suprême']
      ],
      ['Conseil constitutionnel et à la Cour suprême']
    ],
    [
      'Pêche\n\nUn accord entre l’Union européenne et Royaume-Uni est attendu avant l’été.',
      [
        ['organization', 'Union européenne'],
        ['location', 'Royaume-Uni']
      ],
      ['Union européenne et Royaume-Uni']
    ],
    // A complement coordinated inside the name stays.
    [
      'Budget\n\nLe Ministère de l’Économie et des Finances a publié ses chiffres.',
      [['organization', 'Ministère de l’Économie et des Finances']]
    ]
  ])
  entityTable('en', [
    [
      'Vote\n\nThe bill now goes to the House and Senate for a vote, the White House said.',
      [],
      ['House and Senate']
    ]
  ])
  it('keeps the adjective of a head’s capitalised complement', () => {
    const text = 'Transports\n\nSelon la Direction des Transports terrestres, le trafic reprend. Le Conseil de l’Union européenne se réunit.'
    const found = entitiesOf(text, 'fr').map((e) => `${e.type}:${e.name}`)
    expect(found).toContain('organization:Direction des Transports terrestres')
    expect(found).toContain('organization:Conseil de l’Union européenne')
  })
  it('keeps a head, its adjective and its capitalised complement after a sentence-opening article', () => {
    const text = 'Fraude\n\nLa Direction générale des Douanes a saisi deux tonnes de sucre. The Office issued in April the order.'
    const found = entitiesOf(text, 'fr').map((e) => `${e.type}:${e.name}`)
    expect(found).toContain('organization:Direction générale des Douanes')
    expect(found).not.toContain('organization:Direction générale')
  })
  it('gives each organisation its own position', () => {
    const text = 'Réforme\n\nLe texte a été transmis au Conseil constitutionnel et à la Cour suprême mardi.'
    const cour = entitiesOf(text, 'fr').find((e) => e.name === 'Cour suprême')!
    const start = text.indexOf('Cour suprême')
    expect(cour.mentions[0]!.position.start.offset).toBe(start)
    expect(cour.mentions[0]!.position.end.offset).toBe(start + 'Cour suprême'.length)
  })
})
