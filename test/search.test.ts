import {describe, expect, it} from 'vitest'
import {firstStartingAt, lastAtMost, lastNumberAtMost} from '../src/search.js'
import {LineIndex} from '../src/position.js'
import {sentenceIndex, tokenAt, tokenize} from '../src/quotes/text.js'

/** The answers by a scan, for comparison. */
const lastAtMostByScan = (values: readonly number[], x: number) => Math.max(0, values.findLastIndex((v) => v <= x))
const firstAtLeastByScan = (values: readonly number[], at: number) => {
  const k = values.findIndex((v) => v >= at)
  return k < 0 ? values.length : k
}

describe('binary searches', () => {
  const lists = [[], [0], [5], [0, 12, 40, 41, 90], [3, 3, 3, 7], [0, 1, 2, 3, 4, 5, 6, 7, 8]]
  it('lastNumberAtMost and lastAtMost agree with a scan, before, on and between the values', () => {
    for (const list of lists) {
      for (let x = -2; x <= 95; x++) {
        expect(lastNumberAtMost(list, x), `${list} ${x}`).toBe(lastAtMostByScan(list, x))
        expect(lastAtMost(list, (v) => v, x)).toBe(lastAtMostByScan(list, x))
      }
    }
  })

  it('firstStartingAt agrees with a scan (equal starts: the first of them)', () => {
    for (const list of lists) {
      const items = list.map((start) => ({start}))
      for (let at = -2; at <= 95; at++) expect(firstStartingAt(items, at), `${list} ${at}`).toBe(firstAtLeastByScan(list, at))
    }
  })

  it('serves line positions, sentence indices and word indices', () => {
    const text = 'Le ministre a parlé.\nIl a ajouté : « Rien. »\n\nFin.'
    const lines = new LineIndex(text)
    expect(lines.point(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(lines.point(text.indexOf('Il'))).toEqual({line: 2, column: 1, offset: 21})
    expect(lines.point(text.indexOf('Fin'))).toEqual({line: 4, column: 1, offset: text.indexOf('Fin')})
    expect(lines.point(text.length + 10).offset).toBe(text.length)
    expect(sentenceIndex([0, 21, 46], 20)).toBe(0)
    expect(sentenceIndex([0, 21, 46], 21)).toBe(1)
    expect(sentenceIndex([0, 21, 46], 99)).toBe(2)
    const words = tokenize(text)
    expect(words[tokenAt(words, text.indexOf('ajouté'))]!.text).toBe('ajouté')
    expect(words[tokenAt(words, text.indexOf('ajouté') + 1)]!.text).toBe('Rien')
    expect(tokenAt(words, text.length)).toBe(words.length)
  })
})
