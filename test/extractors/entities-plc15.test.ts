import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe('entities: the place a court or a prefecture covers is a place (fr)', () => {
  entityTable('fr', [
    // Inside the court's name in lower case, known place or not.
    ['Procès\n\nLes deux hommes ont été déférés au tribunal de grande instance de Ndiosmone lundi.', [['organization', 'tribunal de grande instance de Ndiosmone'], ['location', 'Ndiosmone']]],
    ['Audience\n\nL’affaire sera jugée devant le tribunal des flagrants délits de Kaolack mercredi.', [['location', 'Kaolack']]],
    // Inside a capitalised name: a known place.
    ['Audience\n\nIl comparaîtra devant le Tribunal des flagrants délits de Dakar le 18 juin.', [['location', 'Dakar']]],
    // After a body named by its place alone.
    ['Enquête\n\nLe parquet de Koungheul a ouvert une enquête après le drame.', [['location', 'Koungheul']]],
    ['Manifestation\n\nLa préfecture de Haute-Vienne a compté 300 manifestants samedi.', [['location', 'Haute-Vienne']]],
    ['Enquête\n\nLe ministère public de Lüneburg enquête sur un homme de 40 ans.', [['location', 'Lüneburg']]]
  ])

  it('a common noun or an acronym after the body is no place', () => {
    const found = entitiesOf('Finances\n\nLe rapport de la Cour des Comptes et la Cour de justice de la CEDEAO ont été cités.', 'fr')
    expect(found.filter((e) => e.type === 'location').map((e) => e.name)).toEqual([])
  })

  it('the place has its own position inside the court’s name', () => {
    const input = 'Procès\n\nIl a été déféré au tribunal de grande instance de Ndiosmone.'
    const place = entitiesOf(input, 'fr').find((e) => e.name === 'Ndiosmone')!
    const at = place.mentions[0]!.position
    expect(input.slice(at.start.offset, at.end.offset)).toBe('Ndiosmone')
  })
})

describe('entities: a list of places after a plural place word', () => {
  entityTable('fr', [
    [
      'Orages\n\nLa grêle a frappé samedi les communes de Lussac, Vindelle, Brie et Saint-Genis-d’Hiersac, où des toits ont été arrachés.',
      [['location', 'Lussac'], ['location', 'Vindelle'], ['location', 'Brie'], ['location', 'Saint-Genis-d’Hiersac']]
    ],
    ['Raids\n\nDes tirs ont visé les banlieues de Netanya la nuit dernière, selon l’armée.', [['location', 'Netanya']]]
  ])
  entityTable('en', [['Brewing\n\nThe group also owns three breweries in Ukraine, in the cities of Lutsk, Rivne and Poltava.', [['location', 'Lutsk'], ['location', 'Rivne'], ['location', 'Poltava']]]])
})

describe('entities: a name before a lower-case division is a place (en)', () => {
  entityTable('en', [
    ['Election\n\nJohn Houston, 54, was due to stand in the East Kilbride seat at the next general election, party officials said.', [['location', 'East Kilbride']]],
    ['Attack\n\nOfficials said the Nuristan province governor had fled his residence before the attack on Tuesday morning.', [['location', 'Nuristan']]],
    ['Election\n\nShe held the Ashfield constituency for Labour with a majority of 460 at the last general election in the spring.', [['location', 'Ashfield']]]
  ])

  it('a known organisation or a given name before the division is no place', () => {
    const found = entitiesOf('Election\n\nThe party hopes to win the Labour seat that Peter Marsh constituency workers have held for twenty years, officials said.', 'en')
    expect(found.filter((e) => e.type === 'location').map((e) => e.name)).toEqual([])
  })
})
