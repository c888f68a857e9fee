/**
 * Names cut at a line end of hard-wrapped wire copy (session 21): a line
 * break the wrapping made is read as a space, so `Securities and\nExchange
 * Commission`, `Treasury Secretary James\nBaker` and `Food and\nDrug
 * Administration` are one name each, and a speaker's quotes go to the whole
 * name. The quotes read the same text: a sentence runs on over the line
 * breaks, so an attribution on the next line is found. Texts are written for
 * these tests.
 */
import {describe, expect, it} from 'vitest'
import {entityTable, parse, positionErrors, speakerTable} from '../helpers.js'

const wire =
  'HARBOR CREST TAKES STAKE IN DELMAR\n\n' +
  '    NEW YORK, March 4 - Harbor Crest Partners said it told the\n' +
  'Securities and Exchange Commission it holds 6.2 pct of Delmar\n' +
  'Industries Inc and may seek talks with the company about its\n' +
  'future, including a sale of its drug unit, which the Food and\n' +
  'Drug Administration approved last year.\n' +
  '    "We think the shares are worth far more than the market says,"\n' +
  'said the fund\'s managing partner and founder, Lawrence\n' +
  'Whitcombe, in a statement issued late on Wednesday afternoon.\n' +
  '    "We will talk to the board first," Whitcombe said.\n'

describe('A name cut at a line end of hard-wrapped wire copy is one name', () => {
  entityTable('en', [
    [
      wire,
      [
        ['organization', 'Securities and Exchange Commission'],
        ['organization', 'Delmar Industries Inc'],
        ['organization', 'Food and Drug Administration'],
        ['person', 'Lawrence Whitcombe']
      ],
      ['Securities', 'Exchange Commission', 'Drug Administration', 'Lawrence']
    ],
    // Not joined: a headline and a byline over short lines, and a paragraph that is not hard-wrapped.
    [
      'Court Clears Merger\nBy Lawrence Whitcombe\n\nThe Supreme Court of Delmar ruled on Monday that the merger of Harbor Crest and the Delmar Industries group may go ahead.\nWall Street welcomed the ruling.',
      [
        ['person', 'Lawrence Whitcombe'],
        ['organization', 'Supreme Court of Delmar']
      ],
      ['Delmar Industries group Wall Street']
    ]
  ])

  it('gives a quote to the whole name, cut at a line end, with exact positions', () => {
    const article = parse(wire, {language: 'en'})
    expect(article.quotes.map((q) => q.speaker?.name)).toEqual(['Lawrence Whitcombe', 'Lawrence Whitcombe'])
    expect(positionErrors(wire, {quotes: article.quotes, entities: article.entities})).toEqual([])
  })
})

describe('A sentence of hard-wrapped wire copy runs on over its line breaks for quotes', () => {
  speakerTable('en', [
    [
      'the attribution after a quote goes on on the next line',
      'BOND FUTURES SEEN LOWER\n\n' +
        '    CHICAGO, March 6 - Treasury bond futures may fall further next\n' +
        'week after a false breakout on the weekly charts, analysts said.\n' +
        '    "I tend to go along with the view that the top is in," said\n' +
        'Harbor Crest Futures analyst Lawrence Whitcombe in an interview.\n' +
        '    Whitcombe said the rally of the last two weeks had run out of\n' +
        'steam as the dollar weakened against the yen and the mark.\n',
      [['I tend to go along with the view that the top is in,', 'Lawrence Whitcombe']]
    ],
    // What must NOT change: an unnamed official stays unnamed.
    [
      'an unnamed official over a line break has no speaker',
      'TRADE TALKS SET\n\n' +
        '    TOKYO, March 6 - Japan and the United States will hold talks on\n' +
        'trade next week, officials of both countries said on Friday.\n' +
        '    "We share their concern about the surplus," a senior Japanese\n' +
        'government official said. "But we are also worried about the yen."\n',
      [
        ['We share their concern about the surplus,', null],
        ['But we are also worried about the yen.', null]
      ]
    ]
  ])
})

describe('The two Germanys of wire copy are places', () => {
  entityTable('en', [
    [
      'LINOTYPE UNIT SOLD\n\nThe unit, based in Eschborn, West Germany, sells to Japan, West Germany and Italy. Aid to East Germany rose.',
      [
        ['location', 'West Germany'],
        ['location', 'East Germany'],
        ['location', 'Eschborn']
      ],
      ['Germany']
    ]
  ])
})
