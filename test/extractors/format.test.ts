import {describe, expect, it} from 'vitest'
import {detectFormat} from '../../src/context.js'
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
