/**
 * English organisation names read to their right ends (session 27): a member's role closing a body's name,
 * a coordinated complement after a qualified head, a plural possessive after a coordinating word, and a known
 * name that does not take a lower-case word its known spelling capitalises. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A title or a member role closing a body name is the member role', () => {
  entityTable('en', [
    [
      'Prison row\n\nScottish National Party Justice Minister Kenny MacAskill said the ruling was overdue.',
      [
        ['organization', 'Scottish National Party'],
        ['person', 'Kenny MacAskill']
      ],
      ['Scottish National Party Justice']
    ],
    ['Poll fight\n\nHe then accused the Tory Leader of behaving like a bully.', [['organization', 'Tory']], ['Tory Leader']],
    ['Party funds\n\nThe Conservative Party Co-Chairman said donors would be named.', [['organization', 'Conservative Party']], ['Conservative Party Co-Chairman']],
    // (Not when what stays names no body alone, nor a role that is a thing's or a title's word.)
    ['Paper case\n\nThe peer sued the Daily Star at the High Court.', [['organization', 'Daily Star']], ['Daily']],
    ['Court ruling\n\nThe European Court of Justice ruled on Tuesday.', [['organization', 'European Court of Justice']]]
  ])
})

describe('A qualified head and its complement take a coordinated word', () => {
  entityTable('en', [
    [
      'Games awards\n\nIn 2003, the British Academy of Film and Television decided to give games their own prizes.',
      [['organization', 'British Academy of Film and Television']],
      ['British Academy of Film', 'Television']
    ],
    [
      'Health plan\n\nThe US Department of Health and Human Services said the plan would start in May.',
      [['organization', 'US Department of Health and Human Services']],
      ['Human Services']
    ],
    // (Never a known body after the coordinating word: two bodies.)
    [
      'Rates held\n\nThe Bank of England and Barclays both said rates were too low.',
      [
        ['organization', 'Bank of England'],
        ['organization', 'Barclays']
      ],
      ['Bank of England and Barclays']
    ]
  ])
})

describe('The second part of a coordinated name goes on across a plural possessive', () => {
  entityTable('en', [
    [
      "Strike vote\n\nUnison's members, the Transport and General Workers' Union's 70,000 and others will vote.",
      [['organization', "Transport and General Workers' Union"]],
      ['Transport', "General Workers' Union"]
    ]
  ])
})

describe('A known name takes a lower-case word only when its known spelling does', () => {
  entityTable('en', [
    [
      'Disc war\n\nA Panasonic engineer told the BBC news website that the new discs held more.',
      [['organization', 'BBC']],
      ['BBC news']
    ],
    [
      'Studio sale\n\nThe director said the sale of MGM studios to a rival would delay the film.',
      [['organization', 'MGM']],
      ['MGM studios']
    ]
  ])
  entityTable('fr', [
    // (A place keeps its lower-case words, whatever its known spelling.)
    ['Visite\n\nLe ministre est arrivé en Arabie saoudite lundi.', [['location', 'Arabie saoudite']]]
  ])
})

describe('An adjective of a country or a region is no organisation', () => {
  entityTable('en', [
    ['Cup tie\n\nThe Icelandic forward shot wide, and the Icelandic striker later missed a penalty.', [], ['Icelandic']],
    ['Mobile TV\n\nAnders Berg, chief executive of Nordic operator Telenova, spoke on Monday.', [['person', 'Anders Berg']], ['Nordic']],
    ["Beer sales\n\nStrong demand for Brewco's beers in the South American markets where its Brazilian arm is popular lifted sales. The South American business grew.", [], ['South American']]
  ])
})

describe('A known organisation before a hyphen and a lower-case word is named', () => {
  entityTable('en', [
    ['Music players\n\nRivals, including other Microsoft-partnered devices, are catching up.', [['organization', 'Microsoft']]],
    ['Peace plan\n\nThe Nato-led force will stay until May.', [['organization', 'Nato']]],
    // (A place's name does so as a place.)
    ['Drugs deal\n\nA Seattle-based firm agreed to pay.', [['location', 'Seattle']]]
  ])
})

describe('An adverb opening a sentence is no word of the name after it', () => {
  entityTable('en', [
    ['Poll message\n\nEarlier Tory leader Michael Howard sent his congratulations.', [['organization', 'Tory'], ['person', 'Michael Howard']], ['Earlier Tory']],
    ['Poll message\n\nLater Labour MP Ann Smith said the vote was close.', [['organization', 'Labour'], ['person', 'Ann Smith']]]
  ])
})

describe('An organisation word alone before a prize or a contest names neither', () => {
  entityTable('en', [
    ['Film prizes\n\nThe film won its star his 12th Academy Award nomination.', [], ['Academy']],
    // (Alone, it still names the body: `the Commons`.)
    ['Vote\n\nThe Commons voted on Monday night.', [['organization', 'Commons']]]
  ])
})

describe('Neither and either opening a sentence are no name words', () => {
  entityTable('en', [
    ['Phone backups\n\nNeither Vodafone or T-Mobile currently offer a free service.', [['organization', 'Vodafone']], ['Neither Vodafone']],
    ['Cup tie\n\nNeither side lacked urgency in the early stages.', [], ['Neither']]
  ])
})
