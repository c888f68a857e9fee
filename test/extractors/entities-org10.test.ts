/**
 * Organisations (issue 4, session 10): who made a survey or gave figures,
 * named once. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe('The maker of a survey, a study or figures is an organisation', () => {
  entityTable('en', [
    [
      'Web traffic soars\n\nStatistics gathered by Netcraft showed a rise, while research by the TowerGroup showed that most machines ran old software. A survey by Earthlink found spyware on one PC in three.',
      [
        ['organization', 'Netcraft'],
        ['organization', 'TowerGroup'],
        ['organization', 'Earthlink']
      ]
    ],
    // Not a person's name, nor a known place.
    [
      'Prices rise\n\nA report from David James said prices would rise, and figures from Chicago showed the same.',
      [
        ['person', 'David James'],
        ['location', 'Chicago']
      ],
      []
    ]
  ])
  entityTable('fr', [
    [
      'Le chômage recule\n\nSelon les chiffres d’Eurostat, le chômage recule. Un sondage de Yougov le confirme, comme le rapport de la Centif publié lundi.',
      [
        ['organization', 'Eurostat'],
        ['organization', 'Yougov'],
        ['organization', 'Centif']
      ]
    ],
    [
      'Emploi\n\nLe rapport de Moussa Diop est attendu, et les chiffres de Dakar aussi.',
      [
        ['person', 'Moussa Diop'],
        ['location', 'Dakar']
      ]
    ]
  ])
  it('gives the name alone its position, without the article', () => {
    const text = 'Web traffic soars\n\nResearch by the TowerGroup showed a rise.'
    const e = entitiesOf(text, 'en').find((x) => x.name === 'TowerGroup')!
    expect(e.type).toBe('organization')
    expect(e.mentions[0]!.position.start.offset).toBe(text.indexOf('TowerGroup'))
    expect(e.mentions[0]!.position.end.offset).toBe(text.indexOf(' showed'))
  })
})

describe('A known name that opens with an article, written without it', () => {
  entityTable('fr', [
    [
      'Le départ\n\nSelon une information du Figaro, la présentatrice partira en juin. Elle l’a confirmé au Parisien lundi.',
      [
        ['organization', 'Figaro'],
        ['organization', 'Parisien']
      ]
    ],
    // Not inside another name (`la Coupe du Monde`).
    ['Sport\n\nLa Coupe du Monde commence jeudi au Qatar.', [['location', 'Qatar']], ['Monde', 'Le Monde']]
  ])
  it('gives the name without its article its position', () => {
    const text = 'Le départ\n\nElle l’a confirmé au Parisien lundi.'
    const e = entitiesOf(text, 'fr').find((x) => x.name === 'Parisien')!
    expect(e.type).toBe('organization')
    expect(e.mentions[0]!.position.start.offset).toBe(text.indexOf('Parisien'))
    expect(e.mentions[0]!.position.end.offset).toBe(text.indexOf(' lundi'))
  })
})

describe('Who gave the news is an organisation', () => {
  entityTable('fr', [
    ['Dopage\n\nLe joueur serait suspendu selon les informations du Telegraph.', [['organization', 'Telegraph']]]
  ])
})

describe('A capitalised role inside a name opens the person’s name', () => {
  entityTable('en', [
    [
      'Vote delayed\n\nFederal Reserve Board Chairman Paul Volcker spoke first. Senate Majority Leader Mitch McConnell said the vote would wait, and EU Trade Commissioner Peter Mandelson agreed.',
      [
        ['organization', 'Federal Reserve Board'],
        ['person', 'Paul Volcker'],
        ['organization', 'Senate'],
        ['person', 'Mitch McConnell'],
        ['organization', 'EU'],
        ['person', 'Peter Mandelson']
      ],
      ['Federal Reserve Board Chairman Paul Volcker', 'Senate Majority Leader Mitch McConnell', 'EU Trade']
    ],
    // Not the end of a known place's name (`New York Governor`).
    [
      'Storm\n\nNew York Governor Andrew Cuomo declared an emergency.',
      [
        ['location', 'New York'],
        ['person', 'Andrew Cuomo']
      ],
      ['York', 'New']
    ]
  ])
  it('gives the body and the person their positions', () => {
    const text = 'Vote delayed\n\nFederal Reserve Board Chairman Paul Volcker spoke first.'
    const found = entitiesOf(text, 'en')
    const org = found.find((x) => x.name === 'Federal Reserve Board')!
    const person = found.find((x) => x.name === 'Paul Volcker')!
    expect(org.mentions[0]!.position.end.offset).toBe(text.indexOf(' Chairman'))
    expect(person.mentions[0]!.position.start.offset).toBe(text.indexOf('Paul'))
    expect(person.title ?? person.role).toBe('Chairman')
  })
})
