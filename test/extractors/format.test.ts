import {describe, expect, it} from 'vitest'
import {detectFormat} from '../../src/context.js'
import {createContext} from '../../src/index.js'
import {parse} from '../helpers.js'

describe('format detection', () => {
  const markdown = [
    '# Port strike ends\n\nDock workers returned on Monday.',
    'Port strike ends\n================\n\n**By Jane Roe**\n\nDock workers returned.',
    'See [the report](https://example.org/report) and the summary below:\n\n- one\n- two'
  ]
  // What must NOT be read as Markdown: plain text with characters Markdown would eat.
  const text = [
    'TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER\n\n    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure to act quickly.',
    'Le prix du riz *baisse*\n\nLes commerçants de Dakar annoncent une baisse.',
    'Results\n\n    Shr 1.11 dlrs vs 1.04 dlrs\n    Net 44,092,000 vs 41,188,000\n    - Note: 1986 restated',
    '(CNN)Police in Japan say they arrested a man -- officials said -- on Friday.'
  ]
  for (const input of markdown) it(`Markdown: ${JSON.stringify(input.slice(0, 30))}`, () => expect(detectFormat(input, false)).toBe('markdown'))
  for (const input of text) it(`text: ${JSON.stringify(input.slice(0, 30))}`, () => expect(detectFormat(input, false)).toBe('text'))

  it('front matter means Markdown', () => expect(detectFormat('Plain words only.', true)).toBe('markdown'))

  it('plain text loses no character of its headline', () => {
    const input = 'TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER\n\n    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure to act quickly.'
    const a = parse(input)
    expect(a.format).toBe('text')
    expect(a.headline).toBe('TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER')
  })

  it('the format option overrides detection', () => {
    const input = '# Port strike ends\n\nDock workers returned on Monday.'
    const a = parse(input, {format: 'text'})
    expect(a.format).toBe('text')
    expect(a.headline).toBe('# Port strike ends')
  })
})

describe('plain-text blocks', () => {
  const blocks = (input: string) => createContext(input).blocks.map((b) => b.text)

  it('splits short top lines into one block each', () => {
    expect(blocks('Les pluies reviennent\nPar Awa Ndiaye\nPublié le 3 juin 2025\n\nLes services météo annoncent des averses.')).toEqual([
      'Les pluies reviennent',
      'Par Awa Ndiaye',
      'Publié le 3 juin 2025',
      'Les services météo annoncent des averses.'
    ])
  })

  it('splits a signature off the last paragraph', () => {
    expect(blocks('Titre\n\nPremier paragraphe.\n\nLes experts ont examiné le financement.\nMariam Keïta')).toEqual([
      'Titre',
      'Premier paragraphe.',
      'Les experts ont examiné le financement.',
      'Mariam Keïta'
    ])
  })

  it('keeps hard-wrapped wire copy in paragraphs marked by indentation, and each block slices back to the input', () => {
    const input = 'BANK DELAYS OFFER\n\n    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure to act quickly on its proposed equity offering and\nwould do well to delay it, analysts said.\n    Some analysts said they have recommended a delay.'
    const context = createContext(input)
    expect(context.blocks.map((b) => b.text)).toEqual([
      'BANK DELAYS OFFER',
      'LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure to act quickly on its proposed equity offering and\nwould do well to delay it, analysts said.',
      'Some analysts said they have recommended a delay.'
    ])
    for (const b of context.blocks) expect(input.slice(b.start, b.end)).toBe(b.text)
  })

  it('reads a line break of a hard-wrapped paragraph as a space, where the next word did not fit on the line', () => {
    const input =
      'FUND SEEKS STAKE\n\n    NEW YORK, March 4 - Harbor Crest Partners said it told the\nSecurities and Exchange Commission it holds 6.2 pct of Delmar\nIndustries Inc and may seek talks with its board.\n    Revenues 12.1 mln dlrs vs 10.4 mln\n    The fund said it bought the shares between February 2 and\nMarch 1 for 14 to 15 dlrs each.'
    const context = createContext(input)
    expect(context.blocks.map((b) => b.flowed)).toEqual([
      'FUND SEEKS STAKE',
      'NEW YORK, March 4 - Harbor Crest Partners said it told the Securities and Exchange Commission it holds 6.2 pct of Delmar Industries Inc and may seek talks with its board.',
      'Revenues 12.1 mln dlrs vs 10.4 mln',
      'The fund said it bought the shares between February 2 and March 1 for 14 to 15 dlrs each.'
    ])
    for (const b of context.blocks) expect(b.flowed.length).toBe(b.text.length)
  })

  // What must NOT be joined.
  it('keeps the line breaks of short lines, table rows and text that is not hard-wrapped', () => {
    const flowed = (input: string) => createContext(input).blocks.map((b) => b.flowed)
    // A paragraph whose lines end early (an address, a list): no line was cut by the wrapping.
    const address = 'OFFICE MOVES\n\n    The company said its new office is at\nHarbor Crest Tower\nMain Street, Delmar\nand opens on Monday next week to its clients and staff alike.\n    Shares of the company rose on the news in early trading here.\n    The company said the move would cut its costs by a third this year.'
    expect(flowed(address)[1]).toBe('The company said its new office is at\nHarbor Crest Tower\nMain Street, Delmar\nand opens on Monday next week to its clients and staff alike.')
    // A table of wire copy: each row keeps its line.
    const table = 'GRAIN STOCKS\n\n    Stocks in mln bushels at the end of the week were as follows\n Wheat          1,250.3        1,310.2        1,402.7\n Corn           4,120.8        4,030.1        3,900.6\n Soybeans         512.4          530.9          480.2'
    expect(flowed(table).join('\n')).toBe(createContext(table).blocks.map((b) => b.text).join('\n'))
    // Lines of French scraped text, each a paragraph of its own with no blank line between them.
    const scraped = 'Le port de Dakar ouvre un nouveau terminal\nLe ministre des Transports, Ibrahima Sall, a inauguré mardi le terminal de Ndayane, au sud de Dakar.\nLa Banque mondiale a financé une partie des travaux.\nLe Sénégal attend des retombées importantes pour son économie et pour ses voisins du Sahel.'
    for (const b of createContext(scraped).blocks) expect(b.flowed).toBe(b.text)
  })

  it('does not split a paragraph whose last line ends a sentence', () => {
    expect(blocks('Titre\n\nLes experts ont examiné le financement.\nIls ont conclu la réunion.')).toEqual([
      'Titre',
      'Les experts ont examiné le financement.\nIls ont conclu la réunion.'
    ])
  })
})
