import {describe, expect, it} from 'vitest'
import {entityTable} from '../helpers.js'
import {towns} from '../../src/locales/towns.js'

describe('entities: towns of France and the United Kingdom and the world’s large cities are places without a cue', () => {
  entityTable('fr', [
    // A French town after `de` that no cue types (it was read as a person's name).
    ['Accident\n\nLa fillette de Tarbes et ses deux cousins ont été hospitalisés, selon la préfecture.', [['location', 'Tarbes']]],
    ['Agression\n\nLe bénévole a été transporté à l’hôpital de Créteil, où son pronostic vital reste engagé.', [['location', 'Créteil']]],
    // (Towns named with the mayor who runs them, in brackets.)
    ['Maires\n\nLes élus, dont François Martin (Troyes), ont écrit au gouvernement.', [['location', 'Troyes']]]
  ])
  entityTable('en', [
    ['Floods\n\nCarlisle councillors said the flood defences would be raised before the winter.', [['location', 'Carlisle']]],
    ['Levees\n\nNew Orleans officials said the levees had held through the night.', [['location', 'New Orleans']]]
  ])

  it('keeps the towns above the cut-offs and leaves out common words', () => {
    const keys = new Set(towns.map((t) => t.toLowerCase()))
    for (const name of ['tarbes', 'créteil', 'troyes', 'carlisle', 'new orleans']) expect(keys.has(name)).toBe(true)
    // (`orange`, `reading`, `bath`: the corpus writes them in lower case.)
    for (const name of ['orange', 'reading', 'bath']) expect(keys.has(name)).toBe(false)
  })
})

describe('entities: a town named alone beside the one club named after it is the club', () => {
  entityTable('fr', [
    [
      'Mercato\n\nLe club anglais a fait une offre au RC Strasbourg pour son milieu. Formé à Strasbourg, le joueur a grandi à Lyon.',
      [['organization', 'RC Strasbourg', ['Strasbourg']], ['location', 'Lyon']]
    ],
    ['Transfert\n\nLe défenseur a signé avec le Racing Club de Strasbourg. Le club de Strasbourg paiera sept millions.', [['organization', 'Racing Club de Strasbourg', ['Strasbourg']]]],
    // (The club's first name there, `Guédiawaye FC de Dakar`, is no club's name after the town; its second one is.)
    [
      'Ligue 1\n\nLe Guédiawaye FC de Dakar a battu l’AS Pikine dimanche. Le Guédiawaye FC a dominé la rencontre. À Guédiawaye, les supporters ont fêté la victoire.',
      [['organization', 'Guédiawaye FC de Dakar', ['Guédiawaye FC', 'Guédiawaye']]]
    ]
  ])
  entityTable('en', [
    // (Two clubs named after one town: the town stays a place.)
    ['Derby\n\nManchester United beat Manchester City on Sunday. Fans in Manchester celebrated late into the night.', [['location', 'Manchester']]]
  ])
})

describe('entities: `zone de` before a name makes it a place', () => {
  entityTable('fr', [
    // (A name of two words that could be a person's: `Keur` is no given name, the cue decides.)
    ['Inondations\n\nLes pluies ont frappé la zone de Keur Ndiaye dans la nuit de mardi, selon les pompiers.', [['location', 'Keur Ndiaye']]],
    ['Élevage\n\nLes éleveurs des zones de Bambilor et de Sangalkam demandent des forages.', [['location', 'Bambilor']]]
  ])
})

describe('entities: a division GeoNames writes with `The` is known without it', () => {
  entityTable('en', [
    ['Railway\n\nThe line from the Scottish Borders to the capital will reopen next year, ministers said.', [['location', 'Scottish Borders']]]
  ])
})

describe('entities: a country’s official name is the country, one place', () => {
  entityTable('fr', [
    ['Visite\n\nLe Premier ministre de la République du Congo est arrivé lundi à Dakar pour deux jours.', [['location', 'République du Congo']], ['Congo']],
    ['Nucléaire\n\nLa République islamique d’Iran a rejeté la proposition, selon son porte-parole.', [['location', 'République islamique d’Iran']]],
    ['Diplomatie\n\nLa République-Unie de Tanzanie et la République populaire du Bangladesh ont signé un accord à Dodoma.', [['location', 'République-Unie de Tanzanie'], ['location', 'République populaire du Bangladesh']]]
  ])
  entityTable('en', [
    ['Summit\n\nThe Kingdom of Belgium will host the talks in the spring, officials said.', [['location', 'Kingdom of Belgium']]]
  ])
})
