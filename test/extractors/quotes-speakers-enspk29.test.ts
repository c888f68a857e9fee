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
