import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe('entities: a medium of several words after a source cue (en)', () => {
  entityTable('en', [
    ['Striker stays\n\nThe striker told the Northern Echo he would stay at the club until the summer.', [['organization', 'Northern Echo']]],
    ['Vote\n\nThe rabbi told the Jewish Chronicle the vote had been close, and left.', [['organization', 'Jewish Chronicle']]],
    ['Rates\n\nBorrowers gained from the lower rate, according to Goldman Sachs analysts.', [['organization', 'Goldman Sachs']]],
    // A given name opens a person's name; a people's adjective opens no medium's.
    ['Vote\n\nThe plan was sound, according to Robert Smith, who chairs the panel.', [['person', 'Robert Smith']]],
    ['Talks\n\nIn an interview with the West German weekly magazine, he spoke at length.', [], ['West German']]
  ])
})

describe('entities: a medium of several words after a source cue (fr)', () => {
  entityTable('fr', [
    ['Départ\n\nLe pilote a confié à Sport Auto qu’il quitterait l’écurie en fin de saison.', [['organization', 'Sport Auto']]],
    ['Procès\n\nL’accusé a déclaré au Parisien qu’il était innocent.', [['organization', 'Parisien']]]
  ])

  it('a name a role describes after a comma stays no medium (fr)', () => {
    const found = entitiesOf('Crue\n\nSelon Dalton Rice, responsable municipal, la crue a fait dix morts.', 'fr')
    expect(found.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([])
  })

  it('a place after a contracted article without a source verb stays a place (fr)', () => {
    const found = entitiesOf('Voyage\n\nLe ministre est arrivé au Cameroun mardi.', 'fr')
    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual(['location:Cameroun'])
  })
})

describe('entities: a known place whose name is also a people’s', () => {
  entityTable('fr', [
    ['Fraude\n\nIl aurait caché cet argent sur un compte en Suisse en 2008.', [['location', 'Suisse']]],
    ['Football\n\nL’Argentine a battu le Brésil, puis l’équipe est rentrée en Argentine.', [['location', 'Argentine']]]
  ])
  entityTable('en', [
    ['Jubilee\n\nThe jubilee will end in November, the Vatican said.', [['location', 'Vatican']]],
    ['Navy\n\nThe troops arrived in Djibouti on Monday.', [['location', 'Djibouti']]]
  ])

  it('a people’s name that is no place stays no entity (fr)', () => {
    expect(entitiesOf('Tennis\n\nLe Suédois a battu deux Suisses en finale.', 'fr').map((e) => e.name)).toEqual([])
  })
})

describe('entities: the seat of the international courts is a place', () => {
  entityTable('fr', [['Procès\n\nLa Cour, basée à La Haye, a rendu son verdict mardi.', [['location', 'La Haye']]]])
  entityTable('en', [['Trial\n\nThe court in The Hague ruled on Tuesday.', [['location', 'The Hague']]]])
})

describe('entities: a known place of two words before -based', () => {
  entityTable('en', [
    ['Telecoms\n\nEssar is linked with Hong Kong-based Hutchison Whampoa, the report said.', [['location', 'Hong Kong']]],
    ['Doping\n\nThe San Francisco-based laboratory is at the centre of the inquiry.', [['location', 'San Francisco']]],
    // The first word is no name on its own.
    ['Markets\n\nSome New York-based traders said prices would rise.', [['location', 'New York']]]
  ])
})
