import {describe, expect, it} from 'vitest'
import {en, fr} from '../../src/index.js'
import {cueWords, verbBetween} from '../../src/quotes/cues.js'
import {tokenize} from '../../src/quotes/text.js'

/** The sources of the inverted-form regexes: `-(?:t-)?` or, case spelled out, `-(?:[tT]-)?`. */
const INVERTED = /-\(\?:\[?t/

describe('cueWords, cold start', () => {
  it('builds the inverted-form regexes on first use only, once', () => {
    const Original = RegExp
    const built: string[] = []
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string, string?]) {
        built.push(String(args[0]))
        return new target(...args)
      }
    })
    try {
      // A fresh copy of the lexicon: its words are compiled anew.
      const words = cueWords({...fr.quotes})
      expect(built.filter((s) => INVERTED.test(s))).toEqual([])
      expect(words.invertedIn.test('« Nous reprendrons, assure-t-elle, dès lundi »')).toBe(true)
      expect(words.inverted.exec('assure-t-elle')?.slice(1)).toEqual(['assure', 'elle'])
      expect(words.inverted.exec("s'étonne-t-il")?.[1]).toBe("s'étonne")
      expect(words.inverted).toBe(words.inverted)
      expect(built.filter((s) => INVERTED.test(s)).length).toBe(2)
    } finally {
      globalThis.RegExp = Original
    }
  })
})

describe('verbBetween (the one test of cues and attribution)', () => {
  const view = (masked: string) => ({masked, tokens: tokenize(masked), names: []})

  it('finds a speech verb among the words from a token to an index; with auxiliaries, an auxiliary too', () => {
    const w = cueWords(en.quotes!)
    const v = view('The prime minister is trying to mend his relationship with Gordon Brown')
    const to = v.masked.indexOf('Gordon')
    expect(verbBetween(v, 0, to, w)).toBe(false)
    expect(verbBetween(v, 0, to, w, true)).toBe(true)
    const said = view('The minister, who said little, left with Gordon Brown')
    expect(verbBetween(said, 0, said.masked.indexOf('Gordon'), w)).toBe(true)
    // (Only the words before `to`, from token `k`.)
    expect(verbBetween(said, 0, said.masked.indexOf('said'), w)).toBe(false)
    expect(verbBetween(said, 4, said.masked.length, w)).toBe(false)
  })

  it('French: a speech verb; an auxiliary only with auxiliaries', () => {
    const w = cueWords(fr.quotes!)
    const v = view('Le ministre a rencontré hier Ousmane Diop')
    expect(verbBetween(v, 0, v.masked.indexOf('Ousmane'), w)).toBe(false)
    expect(verbBetween(v, 0, v.masked.indexOf('Ousmane'), w, true)).toBe(true)
    const d = view('Le ministre déclare hier que Ousmane Diop')
    expect(verbBetween(d, 0, d.masked.indexOf('Ousmane'), w)).toBe(true)
  })
})
