/**
 * Organisations (issue 4, session 25): a person's name, an elided particle and a body's name are two
 * names (`Yannick Jadot d’Europe Écologie`); a title word that opens a known organisation's name is its
 * first word (`General Motors`); a known name may open at a span's last word after a particle and go on
 * (`Dupont-Aignan de Debout la France`); well-known firms, media, parties and clubs are known without a
 * cue. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A person, an elided particle and another name are two names', () => {
  entityTable('fr', [
    [
      'Européennes\n\nLa liste sera menée par Mathilde Garnier d’Europe Écologie-Les Verts, a-t-on appris lundi.',
      [
        ['person', 'Mathilde Garnier'],
        ['organization', 'Europe Écologie-Les Verts']
      ]
    ],
    [
      'Aérien\n\nLe syndicaliste Bruno Lemaire d’Air France a dénoncé le plan de départs.',
      [
        ['person', 'Bruno Lemaire'],
        ['organization', 'Air France']
      ]
    ],
    [
      // One word no list knows after the elided particle is a surname.
      'Histoire\n\nL’ancien président Valéry Giscard d’Estaing avait inauguré le musée en 1978.',
      [['person', 'Valéry Giscard d’Estaing']]
    ]
  ])
})

describe('A title word opening a known organisation\'s name is no title', () => {
  entityTable('en', [
    [
      'Car jobs\n\nThe German arm of US carmaker General Motors is to cut 2,000 jobs, unions said on Friday.',
      [['organization', 'General Motors']],
      ['Motors']
    ],
    [
      'Profits\n\nGeneral Electric said its profits rose 12% in the last quarter of the year.',
      [['organization', 'General Electric']],
      ['Electric']
    ]
  ])
})

describe('A known name opening after a particle at a span\'s end goes on', () => {
  entityTable('fr', [
    [
      'Campagne\n\nAutour de la table, Pierre Moreau de Debout la France et Anne Roux du PCF ont débattu pendant deux heures.',
      [
        ['person', 'Pierre Moreau'],
        ['organization', 'Debout la France'],
        ['organization', 'PCF']
      ],
      ['France']
    ]
  ])
})

describe('Well-known firms, media, parties and clubs are known without a cue', () => {
  entityTable('en', [
    [
      'Listing\n\nThe airline hopes to raise $1bn. Merrill Lynch are sole bookrunners for the offer, while Air China shares will trade in Hong Kong.',
      [
        ['organization', 'Merrill Lynch'],
        ['organization', 'Air China']
      ]
    ]
  ])
  entityTable('fr', [
    [
      'Médias\n\nInterrogée dimanche sur Radio J, la ministre a éludé la question, selon Le Canard enchaîné.',
      [
        ['organization', 'Radio J'],
        ['organization', 'Le Canard enchaîné']
      ]
    ],
    [
      'Football\n\nLes Lions de la Teranga affronteront Flamengo puis l’Espérance de Tunis en juin.',
      [
        ['organization', 'Lions de la Teranga'],
        ['organization', 'Flamengo'],
        ['organization', 'Espérance de Tunis']
      ]
    ],
    [
      'Municipales\n\nLa maire PS de la ville a annoncé sa candidature mardi.',
      [['organization', 'PS']]
    ]
  ])
})

describe('Initials in capitals before a surname, then a person\'s cue, are a person\'s name', () => {
  entityTable('en', [
    [
      'Festival\n\nThe closing song was written by KD Perera, the director of the city orchestra, for the occasion.',
      [['person', 'KD Perera']]
    ],
    [
      'Debt relief\n\nMost lenders will defer repayments, association chairman TN Fonseka told a news conference on Monday.',
      [['person', 'TN Fonseka']]
    ],
    [
      // Without a cue, an acronym before a name is a firm's.
      'Takeover\n\nNM Rothschild, the investment bank, is advising the bidder, while GW Pharmaceuticals declined to comment.',
      [
        ['organization', 'NM Rothschild'],
        ['organization', 'GW Pharmaceuticals']
      ]
    ]
  ])
})

describe('`Air` opening a name of two words or more makes an airline', () => {
  entityTable('en', [
    [
      'Aviation\n\nThe budget carrier is in talks to buy a stake in Air Kestrel, a regional operator with 12 planes.',
      [['organization', 'Air Kestrel']]
    ]
  ])
  entityTable('fr', [
    [
      'Aviation\n\nLa compagnie Air Kestrel va ouvrir une ligne vers Dakar, a annoncé Awa Ndiaye, sa directrice.',
      [['organization', 'Air Kestrel']]
    ]
  ])
})

describe('After a titled person and `of`, a name holding an organisation word is the employer, no place', () => {
  entityTable('en', [
    [
      'Burglary\n\nDetective Sergeant Anna Hollis of Kestrel Valley Police said the house had been empty for a week.',
      [
        ['person', 'Anna Hollis'],
        ['organization', 'Kestrel Valley Police']
      ]
    ],
    [
      'Visit\n\nAmbassador Stefan Johannesson of Iceland met the minister on Tuesday.',
      [
        ['person', 'Stefan Johannesson'],
        ['location', 'Iceland']
      ]
    ]
  ])
})
