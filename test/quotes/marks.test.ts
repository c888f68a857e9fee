/**
 * `findMarkedQuotes` reads which marks close which, and which close a statement
 * pasted whole, from the pairs it is given (the locale's data), not from marks
 * spelled in the code.
 */
import {describe, expect, it} from 'vitest'
import {findMarkedQuotes, repeatsEnd, type MarkWords} from '../../src/quotes/marks.js'
import {fr} from '../../src/locales/fr/index.js'
import {en} from '../../src/locales/en/index.js'

const texts = (block: string, words: MarkWords) =>
  findMarkedQuotes([block], words).quotes.map((q) => q.segments.map((s) => block.slice(s.start, s.end)).join(' '))

const signed = (close: string) =>
  `Nous ne céderons à aucune intimidation, d’où qu’elle vienne.Le pays restera debout, uni et libre.Moussa DiopCoordonnateur national ${close}`
const statement = 'Nous ne céderons à aucune intimidation, d’où qu’elle vienne.Le pays restera debout, uni et libre.'

describe('marks: a statement closed after its signature', () => {
  it('closes with the closing mark of a statement pair only', () => {
    expect(texts(signed('»'), {pairs: ['«»'], statementPairs: ['«»']})).toEqual([statement])
    expect(texts(signed('»'), {pairs: ['«»']})).toEqual([])
    expect(texts(signed('”'), {pairs: ['«»', '“”'], statementPairs: ['“”']})).toEqual([statement])
    expect(texts(signed('”'), {pairs: ['«»', '“”'], statementPairs: ['«»']})).toEqual([])
  })

  it('French and English give guillemets as the statement pair', () => {
    expect(fr.quotes!.statementPairs).toEqual(['«»'])
    expect(en.quotes!.statementPairs).toEqual(['«»'])
  })
})

describe('marks: a quote inside closed with the only mark there was for both', () => {
  const ended = (o: string, c: string) =>
    `${o}Je salue le soutien du Japon, qui a offert des bourses en vue des Jeux ${o} Dakar 2026 ${c}.Il ajoute : ${o} Nous voulons une coopération équilibrée ${c}.`
  const twoToCome = (o: string, c: string) =>
    `${o} Il nous a parlé de ${o} souveraineté ${c}. Puis il a évoqué une ${o} rupture ${c} avec le passé ${c}, a raconté le député.`

  it('counts the closing marks still to come among the opening mark’s own, as the pairs give them', () => {
    for (const [o, c] of [['«', '»'], ['“', '”'], ['«', '”']] as const) {
      const words = {pairs: [o + c]}
      expect(texts(ended(o, c), words), o + c).toEqual([
        `Je salue le soutien du Japon, qui a offert des bourses en vue des Jeux ${o} Dakar 2026`,
        'Nous voulons une coopération équilibrée'
      ])
      expect(texts(twoToCome(o, c), words), o + c).toEqual([`Il nous a parlé de ${o} souveraineté ${c}. Puis il a évoqué une ${o} rupture ${c} avec le passé`])
    }
  })

  it('a fallback closing mark is not the opening mark’s own', () => {
    // `«”` as a fallback pair: the two `”` to come do not count, the new `«` opens a quote of its own.
    const block = '«Il nous a parlé de « souveraineté ».Puis il a dit : « une rupture ” avec le passé ”, a raconté le député.'
    expect(texts(block, {pairs: ['«»', '“”'], fallbackPairs: ['«”']})).toContain('Il nous a parlé de « souveraineté')
  })
})

describe('repeatsEnd (the one test of the mark finder and of the repeated paragraphs)', () => {
  it('a paragraph of twenty characters or more, spaces aside, that the one before it ends with', () => {
    const before = 'Nous resterons unis. Ce pays restera une démocratie.Awa Diop »  '
    expect(repeatsEnd(before, ' Ce pays restera une démocratie.Awa Diop »\n')).toBe(true)
    expect(repeatsEnd(before, 'une démocratie.Awa Diop »')).toBe(true)
    // (Shorter: a line anyone may write twice. Elsewhere in the paragraph: no copy of its end.)
    expect(repeatsEnd(before, 'Awa Diop »')).toBe(false)
    expect(repeatsEnd(before, 'Nous resterons unis. Ce pays')).toBe(false)
    expect(repeatsEnd('A headline that ends the same way', 'A headline that ends the same way')).toBe(true)
  })
})
