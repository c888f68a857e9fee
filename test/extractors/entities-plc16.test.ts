import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe('entities: names of two or three words listed with places are places', () => {
  entityTable('en', [
    ['Doping\n\nThe two sprinters failed to give samples in Chicago and Tel Aviv shortly before the Games, the federation said.', [['location', 'Tel Aviv']]],
    [
      'Tracks\n\nThe company runs greyhound tracks in Leeds, Perry Barr and Hall Green, and plans to sell two of them this year.',
      [['location', 'Perry Barr'], ['location', 'Hall Green']]
    ]
  ])
  entityTable('fr', [
    ['Météo\n\nDes averses ont été signalées entre Ross Béthio, Saint-Louis et Mpal dans la matinée, sans incident.', [['location', 'Ross Béthio'], ['location', 'Mpal']]],
    // (Typed a person by default in one list, a place in the next: the place wins.)
    [
      'Frappes\n\nLes missiles sont tombés à Bnei Brak, Haïfa, Petah Tikva et Tel Aviv. C’est une nouvelle étape dans l’escalade entre Téhéran et Tel Aviv.',
      [['location', 'Tel Aviv']]
    ]
  ])

  it('a list that is not all places, or a place before a possessive, keeps its people and works', () => {
    const found = (input: string, language: 'en' | 'fr') => entitiesOf(input, language).filter((e) => e.type === 'location').map((e) => e.name)
    // A person listed after a place with a comma only: a fronted place, then the subject.
    expect(found('Markets\n\nIn London, Ross Walker, an economist, said rates would rise.', 'en')).not.toContain('Ross Walker')
    // A place's possessive stands for the next name.
    expect(found('Aviation\n\nThe contract went to Lockheed Martin and France’s Snecma on Tuesday.', 'en')).not.toContain('Lockheed Martin')
    // Two names with the place last: `Bad Education and Hong Kong`.
    expect(found('Film\n\nThe prize went to Bad Education and Hong Kong director Wong Kar-Wai was second.', 'en')).not.toContain('Bad Education')
    // An organisation in the list.
    expect(found('Deal\n\nThe talks between Mondial Express Ltd, Dakar and Ross Walker went on.', 'en')).not.toContain('Ross Walker')
  })
})

describe('entities: a country after a word that also opens a work’s title is a place', () => {
  entityTable('en', [
    // (`hit` is a verb here, not a song: the country, and its other mentions, are kept.)
    ['Scandal\n\nThe losses are the biggest to hit Singapore since 1995. The trader was arrested by Singapore police in December.', [['location', 'Singapore']]],
    ['Rugby\n\nThe injuries that have hit England this season left the coach with a thin squad for the Six Nations.', [['location', 'England']]]
  ])

  it('a quoted country after a work word stays a title', () => {
    const found = entitiesOf('Music\n\nHis new album "Mali" was released on Monday by a small label in London.', 'en')
    expect(found.map((e) => e.name)).not.toContain('Mali')
  })
})

describe('entities: the side of a place names a place (fr)', () => {
  entityTable('fr', [
    [
      'Orages\n\nLes cellules orageuses touchent le nord de l’Aquitaine et le sud des Charentes, puis le sud de la Bourgogne en soirée.',
      [['location', 'Aquitaine'], ['location', 'Charentes'], ['location', 'Bourgogne']]
    ],
    ['Accident\n\nLe car s’est renversé sur l’autoroute à Bizanet, au sud-ouest de Narbonne, selon la préfecture.', [['location', 'Narbonne']]],
    ['Vent\n\nLes rafales se renforceront la nuit prochaine sur l’est du Var, selon les prévisionnistes.', [['location', 'Var']]]
  ])

  it('`est de` alone is a verb, no side', () => {
    const found = entitiesOf('Histoire\n\nLe plus célèbre des présidents est de Gaulle, selon le sondage publié lundi.', 'fr')
    expect(found.filter((e) => e.type === 'location').map((e) => e.name)).toEqual([])
  })
})

describe('entities: Washington DC is one place (en)', () => {
  entityTable('en', [
    ['Science\n\nThe findings were presented at a science conference in Washington DC on Sunday.', [['location', 'Washington DC']], ['DC']],
    ['Regulation\n\nExecutives have been heading to the agency’s Washington DC headquarters to protest.', [['location', 'Washington DC']], ['DC']]
  ])
})

describe('entities: La Réunion is a place (fr)', () => {
  entityTable('fr', [['Campagne\n\nLe candidat, qui se trouve à La Réunion cette semaine, a répondu au JDD depuis La Réunion.', [['location', 'La Réunion']]]])
})

describe('entities: a loch is a place, as a lake (en)', () => {
  entityTable('en', [['Concert\n\nThe band will play in a country park on the banks of Loch Lomond four days later.', [['location', 'Loch Lomond']]]])
})
