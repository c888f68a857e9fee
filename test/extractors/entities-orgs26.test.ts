/**
 * Organisation names read whole (issue 4, session 26): a name cut at a coordinating word, a hyphened
 * prefix or a plural possessive was two names, or a tail. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {en} from '../../src/locales/en/index.js'
import {fr} from '../../src/locales/fr/index.js'
import {entityTable, parse} from '../helpers.js'

describe('An organisation name goes on across', () => {
  entityTable('en', [
    // A head word alone after `and` closes a name that crossed a connector.
    [
      'Drivers ignore signs\n\nDr Anna Price, of the Centre for Transport and Society at the University of Leeds, said the results were clear.',
      [
        ['organization', 'Centre for Transport and Society'],
        ['organization', 'University of Leeds']
      ],
      ['Centre for Transport', 'Society']
    ],
    // (Not another organisation word, which names a body alone.)
    ['Budget row\n\nThe Bank of England and Treasury agreed on Monday.', [['organization', 'Bank of England'], ['organization', 'Treasury']]],
    // A word of a prefix hyphened to a lower-case word, inside a name.
    [
      'Growth to slow\n\nThe Organisation for Economic Co-operation and Development said on Tuesday that growth would slow.',
      [['organization', 'Organisation for Economic Co-operation and Development']],
      ['Organisation for Economic', 'Development']
    ],
    // (It opens no name: `Co-founder` is no part of the person's.)
    ['Chip plans\n\nCo-founder Steve Jobs said the new machine would ship in March.', [['person', 'Steve Jobs']]],
    // A plural possessive before words that end with an organisation head.
    [
      'Stage star dies\n\nThe Actors\' Equity Association issued a statement on Friday, and members of the Seafarers\' International Union paid tribute.',
      [
        ['organization', "Actors' Equity Association"],
        ['organization', "Seafarers' International Union"]
      ],
      ['Equity Association', 'International Union']
    ],
    // (Not after a place: the party is the place's.)
    ["Vote call\n\nOfficials of Wales' Labour Party met on Sunday.", [['location', 'Wales']], ["Wales' Labour Party"]]
  ])
})

describe('Which words take a plural possessive is locale data', () => {
  const input = 'Stage star dies\n\nThe Actors\' Equity Association issued a statement on Friday.'
  const names = (locale: typeof en) => parse(input, {language: 'en', locales: [locale]}).entities.map((e) => e.name)

  it("English: a word ending in `s` before an apostrophe alone (`Actors'`) goes on into a body's name", () => {
    expect(en.entities!.pluralPossessiveEndings).toEqual(['s'])
    expect(names(en)).toContain("Actors' Equity Association")
  })

  it('without the ending in the locale, the name does not go on across the apostrophe', () => {
    const none = {...en, entities: {...en.entities!, pluralPossessiveEndings: []}}
    expect(names(none)).not.toContain("Actors' Equity Association")
  })

  it('French cuts no possessive from a name: no ending', () => {
    expect(fr.entities!.possessive).toBe('')
    expect(fr.entities!.pluralPossessiveEndings).toEqual([])
  })
})

describe('Initials and a surname listed among people are a person', () => {
  entityTable('en', [
    [
      'Club bid\n\nThe racing tycoons JP McManus and John Magnier own a large stake in the club.',
      [
        ['person', 'JP McManus'],
        ['person', 'John Magnier']
      ]
    ],
    ['Glory days\n\nThat side had Gareth Edwards, Phil Bennett, JPR Williams and more.', [['person', 'JPR Williams']]],
    // (Not a firm listed among firms.)
    ['Bank fees\n\nLenders such as JP Morgan and Barclays raised their fees.', [['organization', 'JP Morgan']]]
  ])
})

describe('A French body name takes two lower-case complements joined by et', () => {
  entityTable('fr', [
    [
      'Rapport publié\n\nLe Bureau de suivi et d’évaluation des politiques publiques a publié mardi son rapport annuel.',
      [['organization', 'Bureau de suivi et d’évaluation des politiques publiques']],
      ['Bureau']
    ],
    [
      'Incendie maîtrisé\n\nLe Centre opérationnel départemental d’incendie et de secours a engagé quarante pompiers.',
      [['organization', 'Centre opérationnel départemental d’incendie et de secours']]
    ],
    // (Not an article after `et`: two things are listed.)
    [
      'Budget voté\n\nLe texte prévoit un contrôle par la Cour des comptes et le réalignement des priorités.',
      [['organization', 'Cour des comptes']]
    ]
  ])
})

describe('An Ehpad is a kind of care home, no body', () => {
  entityTable('fr', [
    [
      'Repas en question\n\nLes familles des résidents de l’Ehpad de Lherm attendent des réponses. Chaque Ehpad doit employer un médecin. Cinq résidents sont morts à Lherm.',
      [['location', 'Lherm']],
      ['Ehpad', 'Ehpad de Lherm']
    ]
  ])
})

describe('Two bodies joined by et are two names', () => {
  entityTable('fr', [
    [
      'Européennes\n\nLe Parti socialiste et Place publique mènent ensemble leur campagne pour les élections.',
      [
        ['organization', 'Parti socialiste'],
        ['organization', 'Place publique']
      ],
      ['Parti socialiste et Place']
    ]
  ])
})

describe('A place word opening a name with an organisation word in it makes no place', () => {
  entityTable('en', [
    [
      'Sleep study\n\nResearchers at the State University of New York found the effect was small. The lab is on Bridge Street.',
      [
        ['organization', 'State University of New York'],
        ['location', 'Bridge Street']
      ]
    ]
  ])
})

describe('A known firm, of and a country: the country says where it is based', () => {
  entityTable('en', [
    [
      'Mobile TV\n\nThe Japanese, Koreans and Ericsson of Sweden are backing the standard, and handsets will go on sale in May.',
      [
        ['organization', 'Ericsson'],
        ['location', 'Sweden']
      ],
      ['Ericsson of Sweden', 'Koreans']
    ],
    // (Not a name that goes on after the country, nor one no list knows whole: `Bank of England`.)
    ['Rates held\n\nThe Bank of England held rates on Thursday.', [['organization', 'Bank of England']]]
  ])
})

describe('A firm’s board is no name', () => {
  entityTable('fr', [
    [
      'Nouveaux avions\n\nLe directeur général de la compagnie Air Sénégal a saisi le Conseil d’administration pour affréter deux avions.',
      [['organization', 'Air Sénégal']],
      ['Conseil d’administration']
    ]
  ])
})

describe('A console or a program a firm sells is no organisation', () => {
  entityTable('en', [
    [
      'Console war\n\nMicrosoft said sales of the Xbox rose, while the PS2 kept its lead and iTunes sold more songs on Windows computers.',
      [['organization', 'Microsoft']],
      ['Xbox', 'PS2', 'iTunes', 'Windows']
    ]
  ])
})
