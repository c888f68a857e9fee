import {describe, expect, it} from 'vitest'
import {allAre, caseFold, caseless, caselessRegExp, caseOf, charIs, foldsPlainly, isBlank, isJsSpace, isOne, isSpaces, lazy, possessiveAt, unitIs} from '../src/chars.js'

const KINDS = [
  ['letter', /^\p{L}/u],
  ['alnum', /^[\p{L}\p{N}]/u],
  ['upper', /^\p{Lu}/u],
  ['lower', /^\p{Ll}/u],
  ['mark', /^\p{M}/u]
] as const

describe('character classes from the table', () => {
  it.each(KINDS)('charIs(%s) agrees with its regex on every BMP unit and some astral characters', (kind, re) => {
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c)
      if (charIs(kind, s) !== re.test(s) || unitIs(kind, c) !== re.test(s)) wrong.push(c)
    }
    for (const s of ['𝐀', '𝐚', '𐐀', '𐐨', '😀', '\ud835', '\udc00x']) if (charIs(kind, s) !== re.test(s)) wrong.push(s.codePointAt(0)!)
    expect(wrong).toEqual([])
  })

  it('caseOf says what toLowerCase and toUpperCase do to every BMP unit', () => {
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c)
      const expected = s !== s.toLowerCase() ? 1 : s !== s.toUpperCase() ? 2 : 0
      if (caseOf(c) !== expected) wrong.push(c)
    }
    expect(wrong).toEqual([])
    expect([caseOf(0x45), caseOf(0xc9), caseOf(0x24b6), caseOf(0xe9), caseOf(0x31), caseOf(0x5d0), caseOf(NaN)]).toEqual([1, 1, 1, 2, 0, 0, 0])
  })

  it('reads the character at an index, and nothing out of range', () => {
    expect(charIs('upper', 'aÉ', 1)).toBe(true)
    expect(charIs('upper', 'aé', 1)).toBe(false)
    expect(charIs('letter', 'ab', 2)).toBe(false)
    expect(charIs('letter', '')).toBe(false)
    expect(unitIs('letter', NaN)).toBe(false)
  })

  it('tells a whole word or a single character of a kind', () => {
    expect(allAre('upper', 'ÉTÉ')).toBe(true)
    expect(allAre('upper', 'ÉTé')).toBe(false)
    expect(allAre('upper', '')).toBe(false)
    expect(isOne('upper', 'É')).toBe(true)
    expect(isOne('upper', '𝐀')).toBe(true)
    expect(isOne('upper', 'ÉT')).toBe(false)
    expect(isOne('letter', '.')).toBe(false)
  })
})

describe('white space between two words', () => {
  it('isBlank takes any white space, line breaks and no-break spaces included', () => {
    expect(['', ' ', '\u00a0', '\u202f', ' \n\t\u00a0'].map((x) => isBlank(x))).toEqual([true, true, true, true, true])
    expect(['', ' ', '\n'].map((x) => isBlank(x, true))).toEqual([false, true, true])
    expect([' , ', '»', ' a '].map((x) => isBlank(x))).toEqual([false, false, false])
  })

  it('isSpaces takes spaces and no-break spaces on one line only', () => {
    expect(['', ' ', '\u00a0 \u202f'].map((x) => isSpaces(x))).toEqual([true, true, true])
    expect(['', '  '].map((x) => isSpaces(x, true))).toEqual([false, true])
    expect([' \n ', '\t', ' , '].map((x) => isSpaces(x))).toEqual([false, false, false])
  })

  it('isJsSpace agrees with \\s on every BMP unit', () => {
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c)
    expect(wrong).toEqual([])
  })
})

describe('regexes built on first use', () => {
  it('builds once and returns the same regex', () => {
    const re = lazy('^\\p{Lu}', 'u')
    expect(re()).toBe(re())
    expect(re().test('Été')).toBe(true)
    expect(re().test('été')).toBe(false)
  })

  it('builds with the compile function given, once, on first call only', () => {
    let calls = 0
    const re = lazy('juin', 'iu', (source, flags) => (calls++, caselessRegExp(source, flags)))
    expect(calls).toBe(0)
    expect(re().flags).toBe('u')
    expect(re().test('le 3 JUIN')).toBe(true)
    expect(calls).toBe(1)
  })
})

describe('case spelled out instead of the i flag', () => {
  const patterns = [
    '(?<![\\p{L}\\p{N}_])(?:juin|déc\\.?|août|mars)(?![\\p{L}])',
    '(?:last|next)\\s{1,3}(sunday|thursday)(?![\\p{L}\\p{N}])',
    '[^\\p{L}]k[T ]s',
    '(?<p0>selon)|(?<m1>mis à jour)'
  ]
  it.each(patterns)('%s matches what it matches with i and u, on every BMP character in each place', (source) => {
    const a = new RegExp(source, 'iu')
    const b = caselessRegExp(source, 'iu')
    expect(b.flags).not.toContain('i')
    const samples = ['juin', 'JUIN', 'Déc.', 'DÉC', 'AOÛT', 'août', 'Mars', 'last  Sunday', 'NEXT thursday', 'xkts', '-KTS', ' ks', 'x\u212aTſ', 'Selon', 'MIS À JOUR', 'mis a jour']
    const wrong: string[] = []
    for (const s of samples) {
      for (let i = 0; i < s.length; i++) {
        for (let c = 0; c < 0x10000; c += c < 0x3000 ? 1 : 97) {
          const t = s.slice(0, i) + String.fromCharCode(c) + s.slice(i + 1)
          if (a.test(t) !== b.test(t)) wrong.push(t)
        }
      }
      if (a.test(s) !== b.test(s)) wrong.push(s)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('keeps the i flag when the pattern cannot be spelled out (a letter range, \\w)', () => {
    expect(caselessRegExp('[a-z]\\p{L}', 'iu').flags).toContain('i')
    expect(caselessRegExp('\\w\\p{L}', 'iu').flags).toContain('i')
  })

  it('caseFold: what caseless matches for a letter that folds plainly folds to that letter (every BMP character)', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿæœåßμθισ', 'ſ', '\u212a']
    const wrong: string[] = []
    for (const ch of letters) {
      if (!foldsPlainly(ch)) continue
      const re = new RegExp(`^${caseless(ch)}$`, 'u')
      for (let c = 0; c < 0x10000; c++) {
        const t = String.fromCharCode(c)
        if (re.test(t) && caseFold(t) !== caseFold(ch)) wrong.push(`${ch}: ${t}`)
      }
    }
    expect(wrong).toEqual([])
    // Letters one of whose forms keeps a case fold of its own.
    expect(['σ', 'ι', 'µ'].filter((ch) => foldsPlainly(ch))).toEqual([])
    expect(['s', 'k', 'é', 'Å'].every((ch) => foldsPlainly(ch))).toBe(true)
    expect(caseFold('PUBLIÉ LE, Firſt')).toBe('publié le, first')
  })

  it('spells every cased code point as the characters /ch/iu matches among its lower and upper case', () => {
    const extras = [...'ſKÅµμΜϑϴιςẞ', '\u0345', '\u1fbe']
    const wrong: string[] = []
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue
      const ch = String.fromCodePoint(cp)
      if (ch.toLowerCase() === ch.toUpperCase() && !extras.includes(ch)) continue
      const spelled = new RegExp(`^${caseless(ch)}$`, 'u')
      const exact = new RegExp(`^${ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`, 'iu')
      for (const t of new Set([ch, ch.toLowerCase(), ch.toUpperCase()])) {
        if ([...t].length === 1 && spelled.test(t) !== exact.test(t)) wrong.push(`${ch} ${t}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('spells a word in every case form, long s and Kelvin sign included', () => {
    const re = new RegExp(`^(?:${caseless('ils')}|${caseless('kg')})$`, 'u')
    for (const s of ['ils', 'ILS', 'Ils', 'ilſ', 'KG', '\u212ag']) expect(re.test(s)).toBe(true)
    for (const s of ['il', 'ils.', 'iIs ']) expect(re.test(s)).toBe(false)
  })
})

describe('possessiveAt (the one test of cues and attribution)', () => {
  it('is /^[\'’]s?(?!\\p{L})/u at the index: a possessive mark ending its word', () => {
    const rx = /^['’]s?(?!\p{L})/u
    const samples = ["Trump's comment", 'Trump’s comment', "Workers' union", 'Obama’s.', 'l’économie', "d'Alger", "don't", 'Jones’s', 'O’s𝐀', "X'𝐀", '’', "'s", '’sdecision', 'Brown', 'Sall’', "aujourd'hui"]
    for (const text of samples) {
      for (let i = 0; i < text.length; i++) expect(possessiveAt(text, i), `${text} @${i}`).toBe(rx.test(text.slice(i)))
    }
    expect(possessiveAt("Trump's comment", 5)).toBe(true)
    expect(possessiveAt('Workers’ union', 7)).toBe(true)
    expect(possessiveAt('l’économie', 1)).toBe(false)
    // (`’s` glued to a next word, as a scraper leaves it, is no possessive ending a word.)
    expect(possessiveAt('Trump’sdecision', 5)).toBe(false)
  })
})
