import {describe, expect, it} from 'vitest'
import {isCommaGap, isSpaceGap, opensSentence, singleSpaced, spaceSplit, tokenize} from '../src/entities/tokens.js'
import {lookupsOf} from '../src/entities/lexicon.js'
import {en, fr} from '../src/locales/index.js'

/** Every string of up to three characters from a set that holds each kind of character the helpers tell apart. */
function shortStrings(chars: readonly string[]): string[] {
  const out = ['']
  for (let n = 0; n < 3; n++) for (const s of out.filter((x) => x.length === n)) for (const c of chars) out.push(s + c)
  return out
}

const WHITE = [' ', '\u00a0', '\t', '\n', '\r', '\u2009', '\u202f', '\u3000', '\ufeff']

describe('entity token helpers agree with the regexes they replace', () => {
  it('isSpaceGap and isCommaGap', () => {
    const wrong = shortStrings([...WHITE, ',', '.', 'a']).concat(['    ', ',   ', ' \u00a0 \u00a0']).filter((g) => isSpaceGap(g) !== /^[ \u00a0\u202f]{1,3}$/.test(g) || isCommaGap(g) !== /^,[ \u00a0]{1,2}$/.test(g))
    expect(wrong).toEqual([])
  })

  it('singleSpaced and spaceSplit on every white space \\s matches', () => {
    const wrong: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c)
      for (const form of [`Jean${s}Diallo`, `Jean ${s}Diallo`, `${s}Jean Diallo${s}`]) {
        if (singleSpaced(form) !== form.replace(/\s+/g, ' ') || spaceSplit(form).join('|') !== form.split(/\s+/).join('|')) wrong.push(form)
      }
    }
    for (const form of shortStrings([...WHITE, 'a'])) if (singleSpaced(form) !== form.replace(/\s+/g, ' ') || spaceSplit(form).join('|') !== form.split(/\s+/).join('|')) wrong.push(form)
    expect(wrong).toEqual([])
  })
})

describe('tokenize on hostile words', () => {
  it('leaves no empty or inverted word where a possessive cuts a glued elision (`abcdl’S`)', () => {
    for (const locale of [en, fr]) {
      const lx = lookupsOf(locale)
      for (const text of ["saw abcdl'S men", 'saw abcdL’S men', 'vu parL’S x', "selonL'Observateur"]) {
        const bad = tokenize(text, lx).filter((t) => t.end <= t.start || t.text === '')
        expect(bad).toEqual([])
      }
    }
  })
})

describe('opensSentence (the one test of the place-pair split in tokens and candidates)', () => {
  it('the first word of the block, or a word after a stop or a line break', () => {
    for (const [locale, text, want] of [
      [fr, 'Conflit Iran-Israël : les pays appellent au calme. Guerre Russie-Ukraine\nRoute Dakar', ['Conflit', 'Guerre', 'Route']],
      [en, 'Trade talks resume! Prices rise? Yes, said Mr. Smith', ['Trade', 'Prices', 'Yes', 'Smith']]
    ] as const) {
      const tokens = tokenize(text, lookupsOf(locale))
      expect(tokens.filter((_, k) => opensSentence(tokens, k)).map((t) => t.text), text).toEqual(want)
    }
  })
})
