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

  // What must NOT be split.
  it('does not split a paragraph whose last line ends a sentence', () => {
    expect(blocks('Titre\n\nLes experts ont examiné le financement.\nIls ont conclu la réunion.')).toEqual([
      'Titre',
      'Les experts ont examiné le financement.\nIls ont conclu la réunion.'
    ])
  })
})
