import {describe, expect, it} from 'vitest'
import {en, fr} from '../src/locales/index.js'
import {oneShape} from '../src/locales/shape.js'

// Objects whose keys come in the same order share one V8 hidden class: a read of a lexicon's list
// then stays monomorphic across the locales (see `oneShape`).
describe('locale lexicons have one shape', () => {
  for (const part of ['detection', 'dates', 'byline', 'quotes', 'entities'] as const) {
    it(`${part}: the same keys in the same order in en and fr`, () => {
      expect(Object.keys(fr[part])).toEqual(Object.keys(en[part]))
    })
  }

  it('keeps every key and value, whatever the order written', () => {
    const a = oneShape({zeta: [1], alpha: 'x', mid: undefined, beta: new Set(['b'])})
    const b = oneShape({beta: new Set(['b']), mid: undefined, alpha: 'x', zeta: [1]})
    expect(Object.keys(a)).toEqual(['alpha', 'beta', 'mid', 'zeta'])
    expect(Object.keys(b)).toEqual(Object.keys(a))
    expect(a).toEqual({alpha: 'x', beta: new Set(['b']), mid: undefined, zeta: [1]})
    expect('mid' in a).toBe(true)
  })

  it('copies: the lexicon given is not changed', () => {
    const written = {b: 1, a: 2}
    const copy = oneShape(written)
    expect(copy).not.toBe(written)
    expect(Object.keys(written)).toEqual(['b', 'a'])
  })
})
