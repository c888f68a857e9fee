/**
 * English organisations (session 15). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A list that names an organisation for sure makes its default-typed names organisations', () => {
  entityTable('en', [
    // A bank (cue word) first: one unknown word and two capitalised words no given name opens are firms too.
    [
      'Bank fines\n\nThe regulator has fined several lenders, among them Northgate Bank, Pellam Ashcroft, Castlebury and Brantwick, for mis-selling insurance.',
      [
        ['organization', 'Northgate Bank'],
        ['organization', 'Pellam Ashcroft'],
        ['organization', 'Castlebury'],
        ['organization', 'Brantwick']
      ]
    ],
    [
      'Media deals\n\nThe Guardian Media Group, Trinity Mirror and the Daily Mail & General Trust have all announced investments in websites.',
      [
        ['organization', 'Guardian Media Group'],
        ['organization', 'Trinity Mirror']
      ]
    ],
    // An acronym before a name is an organisation only by default: it types no other name of the list.
    ['Recall\n\nThe vehicles recalled are the GMC Savana, Sierra and Yukon, the company said.', [], ['Sierra', 'Yukon']],
    // The list may be one name that an organisation word closes.
    [
      'Grants\n\nOver the years we have worked with the Federal Trade Commission, Citizenship and Immigration Services and other agencies.',
      [['organization', 'Federal Trade Commission']],
      ['Citizenship']
    ]
  ])
})

describe("One unknown word after a country's possessive is a firm of that country", () => {
  entityTable('en', [
    // Named once, each is kept as an organisation.
    [
      "Steel prices\n\nShares in Germany's Brennwerk fell, and South Korea's Haneul rose after the two firms reported results.",
      [
        ['organization', 'Brennwerk'],
        ['organization', 'Haneul'],
        ['location', 'Germany'],
        ['location', 'South Korea']
      ]
    ],
    // A surname goes to the person named in full; a word before a place noun is a place, and one the text writes in lower case no firm.
    [
      "Open final\n\nTomas Vaclavik won in three sets. Switzerland's Vaclavik said he was tired after a week in Thailand's Krabuan district.",
      [
        ['person', 'Tomas Vaclavik'],
        ['location', 'Krabuan']
      ]
    ],
    ["Talks\n\nThe minister said Russia's Harvest would matter, as the harvest was poor.", [], ['Harvest']]
  ])
})

describe('A ground or venue named alone is a place', () => {
  entityTable('en', [
    [
      'Cup tie\n\nThe club hopes to keep its captain at Anfield, and the Twickenham crowd will see England face Wales on Saturday.',
      [
        ['location', 'Anfield'],
        ['location', 'Twickenham']
      ]
    ],
    ['Transfer talk\n\nHe said the striker was the right man for the Bernabeu.', [['location', 'Bernabeu']]]
  ])
})

describe('A title before the role of one who makes or plays in works is no entity', () => {
  entityTable('en', [
    [
      'Comedy awards\n\nGlasshouse creator Tom Merriman won a special award, and Glasshouse beat two rival sitcoms. Glasshouse actor Dan Pryce thanked the crew.',
      [
        ['person', 'Tom Merriman'],
        ['person', 'Dan Pryce']
      ],
      ['Glasshouse']
    ],
    // A known place or a demonym before the role stays what it is.
    ['Film news\n\nHollywood actor Tom Merriman and British actress Jane Pryce will star in the film.', [['location', 'Hollywood'], ['person', 'Tom Merriman'], ['person', 'Jane Pryce']]]
  ])
})
