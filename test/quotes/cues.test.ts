import {describe, expect, it} from 'vitest'
import {fr} from '../../src/index.js'
import {cueWords} from '../../src/quotes/cues.js'

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
