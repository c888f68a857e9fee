/**
 * Who said it (session 26, English speakers). Short texts written for these
 * tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: a document that speaks for the body that issued it', () => {
  speakerTable('en', [
    [
      '`the guidance said` after the body that published it',
      'New advice for householders\n\nThe Crown Prosecution Service published new guidance for householders on Tuesday. People who act "honestly and instinctively" to defend their homes are unlikely to face charges, the guidance said.',
      [['honestly and instinctively', 'Crown Prosecution Service']]
    ],
    [
      '`the leaflet says` with no body named: no one',
      'New advice for householders\n\nPeople who act "honestly and instinctively" to defend their homes are unlikely to face charges, the leaflet says.',
      [['honestly and instinctively', null]]
    ]
  ])
})

describe('speakers, English: `he` and `she` never stand for a place quoted before', () => {
  speakerTable('en', [
    [
      'a list of countries as the subject of a cue, then `He accused`: the person named before',
      'Troops row deepens\n\nLiberal leader Martin Crane said British troops should come home by the summer. Mr Crane pointed out that Spain, Hungary and the Czech Republic have announced their withdrawal "whatever happens on the ground". He accused the government of "being less than honest" about its plans.',
      [
        ['whatever happens on the ground', 'Czech Republic'],
        ['being less than honest', 'Martin Crane']
      ]
    ]
  ])
})

describe('speakers, English: `He said X …` then `"…," he said`: the pronoun opening the sentence, not X', () => {
  speakerTable('en', [
    [
      'a person named in what `He suggested` reports yields to whom `He` stands for',
      'Attorney denies claim\n\nIn a statement, Lord Goldsmith said: "I was fully involved in the drafting."\n\n"No other minister was involved." He suggested the claim that Lord Falconer and Lady Morgan had drafted the answer was a mistake. "I set out my own view," he said. "The answer was no summary of my advice."',
      [
        ['I was fully involved in the drafting.', 'Goldsmith'],
        ['No other minister was involved.', 'Goldsmith'],
        ['I set out my own view,', 'Goldsmith'],
        ['The answer was no summary of my advice.', 'Goldsmith']
      ]
    ]
  ])
})

describe('speakers, English: `his son said`, `her lawyer said`: someone other than the one the possessive refers to', () => {
  speakerTable('en', [
    [
      'the person the article introduced with that relation',
      'Studio tapes sold\n\nThe tapes of engineer Thorne Nogar were sold on Friday. "We had them for years," Mr Nogar\'s son Stephen said. Mr Nogar, who died in 1994, always made two copies of each session. "He called them his safety tapes," his son said.',
      [
        ['We had them for years,', 'Stephen'],
        ['He called them his safety tapes,', 'Stephen']
      ]
    ],
    [
      'no one, when the article names no one with it (not the person named before)',
      'Singer cleared\n\nPop star Daniel Marsh was cleared on Monday.\n\nMarsh thanked his fans outside the court. "I always knew the truth would come out," his mother said. "The case should never have been brought," his lawyer said.',
      [
        ['I always knew the truth would come out,', null],
        ['The case should never have been brought,', null]
      ]
    ],
    [
      'a relation the person holds clashes with no role (`her husband` is still `the singer`)',
      'Rock family show ends\n\nRock star Ozzy Osbourne has said the show will end. "I did not like the cameras in the house," the singer told reporters. His wife Sharon said her husband Ozzy was tired of filming.',
      [['I did not like the cameras in the house,', 'Ozzy Osbourne']]
    ]
  ])
})

describe('speakers, English: an unnamed group (`officials said`) is no one, not the person named before', () => {
  speakerTable('en', [
    [
      '`"…," officials said`, `Officials said`, `said local residents`',
      'Council rejects plan\n\nCouncillor James Hart said the plan was flawed. "We will review the scheme carefully," officials said. Officials said the site would be "cleared by spring". "Nobody asked us," said local residents.',
      [
        ['We will review the scheme carefully,', null],
        ['cleared by spring', null],
        ['Nobody asked us,', null]
      ]
    ],
    [
      'not a group inside a clause before the verb, nor one in what someone reports',
      'Candidate stays on\n\nMr Hart said the police had told him the cards could "help them foil a plot". The MP, who is consulting his lawyers, told reporters: "They selected me and they can keep me."',
      [
        ['help them foil a plot', 'Hart'],
        ['They selected me and they can keep me.', 'Hart']
      ]
    ]
  ])
})

describe("speakers, English: a role in the lead's first sentence stands for the person the next paragraph opens with", () => {
  speakerTable('en', [
    [
      '`…, its co-chairman has said.` then `Dr Liam Fox told …`',
      'Tories leave door open for Archer\n\nThe Conservative Party would deal "sympathetically" with any application by Lord Archer to rejoin it, its co-chairman has said.\n\nDr Liam Fox told BBC One there was no place for "vindictiveness" in the party.',
      [
        ['sympathetically', 'Liam Fox'],
        ['vindictiveness', 'Liam Fox']
      ]
    ],
    [
      'not a voice (`a party spokesman has said`): the body it speaks for',
      'Tories leave door open for Archer\n\nThe Conservative Party would deal "sympathetically" with any application by Lord Archer, a party spokesman has said.\n\nDr Liam Fox told BBC One there was no place for "vindictiveness" in the party.',
      [
        ['sympathetically', 'Conservative Party'],
        ['vindictiveness', 'Liam Fox']
      ]
    ]
  ])
})
