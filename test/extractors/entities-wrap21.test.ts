/**
 * Names cut at a line end of hard-wrapped wire copy (session 21): a line
 * break the wrapping made is read as a space, so `Securities and\nExchange
 * Commission`, `Treasury Secretary James\nBaker` and `Food and\nDrug
 * Administration` are one name each, and a speaker's quotes go to the whole
 * name. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entityTable, parse, positionErrors} from '../helpers.js'

const wire =
  'HARBOR CREST TAKES STAKE IN DELMAR\n\n' +
  '    NEW YORK, March 4 - Harbor Crest Partners said it told the\n' +
  'Securities and Exchange Commission it holds 6.2 pct of Delmar\n' +
  'Industries Inc and may seek talks with the company about its\n' +
  'future, including a sale of its drug unit, which the Food and\n' +
  'Drug Administration approved last year.\n' +
  '    "We think the shares are worth far more than the market says,"\n' +
  'said the fund\'s managing partner, the veteran investor Lawrence\n' +
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
