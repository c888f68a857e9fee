/**
 * Who said it (session 25, English speakers). Short texts written for these
 * tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: `by` opening the next sentence is no passive agent of the verb before it', () => {
  speakerTable('en', [
    [
      '`"…," X said. By 2010, …` is X',
      'Jobless total rises again\n\n"Expect a nasty figure for January," warned bank economist Karl Hessler. "I do not see a lasting recovery before next year," labour minister Petra Vogt said. By 2012, the reforms should cut the jobless rate, she added.',
      [
        ['Expect a nasty figure for January,', 'Karl Hessler'],
        ['I do not see a lasting recovery before next year,', 'Petra Vogt']
      ]
    ]
  ])
})

describe('speakers, English: `the club said` after another club was introduced with that noun', () => {
  speakerTable('en', [
    [
      'the body owning the subject of the sentence before, named after the introduction, is the one meant; `the statement said` later is its too',
      "Harbour United to open books\n\nHarbour United's board has agreed to give tycoon Malcolm Greer access to its books.\n\nRival club Harbour City has asked fans not to protest inside its ground.\n\nHarbour United's response comes as no surprise. \"Any board has a duty to consider a serious offer,\" the club said in its statement. It also said it stayed opposed to the plan. \"The board still believes the plan is too risky,\" the statement said.",
      [
        ['Any board has a duty to consider a serious offer,', 'Harbour United'],
        ['The board still believes the plan is too risky,', 'Harbour United']
      ]
    ],
    [
      'with no other body before it, the club introduced with the noun',
      'Fans told to stay calm\n\nRival club Harbour City has asked fans not to protest inside its ground on Sunday. "We want a calm and safe afternoon for everyone," the club said.',
      [['We want a calm and safe afternoon for everyone,', 'Harbour City']]
    ]
  ])
})

describe('speakers, English: `X said:` after a quote introduces the next quote, not that one', () => {
  speakerTable('en', [
    [
      'a closing mark after a space, then `Hayes said: "…"`: the quote before stays with its own speaker',
      'Sprinters win awards\n\nThe awards will be given in December. "It is a great honour to win this," said Gatlin. "It is one of the biggest honours in the sport and a great end to a great year. " Hayes said: "Knowing who won this award before me, I feel real pride."',
      [
        ['It is a great honour to win this,', 'Gatlin'],
        ['It is one of the biggest honours in the sport and a great end to a great year.', 'Gatlin'],
        ['Knowing who won this award before me, I feel real pride.', 'Hayes']
      ]
    ],
    [
      'not a participle with no subject: `his "warmest congratulations", saying: "…"`',
      'Leaders send congratulations\n\nOpposition leader Michael Harwood sent the president his "warmest congratulations", saying: "We look to him to unite the country."',
      [
        ['warmest congratulations', 'Michael Harwood'],
        ['We look to him to unite the country.', 'Michael Harwood']
      ]
    ]
  ])
})

describe('speakers, English: `said the top seed` is the player described, not another seed', () => {
  speakerTable('en', [
    [
      '`the top seed` is not `seventh seed X`: the subject named before it',
      'Champion cruises through\n\nMarco Keller reached the semi-finals with an easy win over seventh seed Tomas Ribera. Keller, who lost early here last year, was pleased. "I think I served better than in my last match," said the top seed. Ribera had chances in the second set.',
      [['I think I served better than in my last match,', 'Marco Keller']]
    ],
    [
      '`the seventh seed` is the player introduced so',
      'Champion cruises through\n\nMarco Keller reached the semi-finals with an easy win over seventh seed Tomas Ribera. "He was simply too strong today," said the seventh seed.',
      [['He was simply too strong today,', 'Tomas Ribera']]
    ]
  ])
})
