import {describe, expect, it} from 'vitest'
import {flat} from '../src/chars.js'

// `flat` copies a string so that V8 holds it as one flat string; the characters must be the same.
describe('flat', () => {
  const long = 'Le ministre de l’Économie, Bruno Le Maire, a déclaré : « Nous tiendrons ». The minister said "we will".'
  const cases: [string, string][] = [
    ['empty', ''],
    ['short', 'Maire.Il'],
    ['ascii', 'Chancellor Rachel Reeves said the budget would be balanced by the end of the decade.'],
    ['accents and curly marks', long],
    ['a slice of a longer string', long.slice(3, 90)],
    ['a concatenation', long.slice(0, 40) + '\n' + long.slice(40)],
    ['non-breaking spaces', 'M.\u00a0de\u00a0Galhau a dit\u202f: «\u00a0non\u00a0»'],
    ['escapes JSON writes', 'a "quoted" back\\slash, a tab\tand a line\nbreak, \u0000 \u001f \u2028 \u2029'],
    ['astral and lone surrogates', 'emoji 😀 then a lone high \ud83d and a lone low \ude00 surrogate, and more text'],
    ['character references', 'AT&amp;T and &eacute;&eacute; and &#8217; stay as written'],
  ]
  for (const [name, text] of cases) {
    it(`keeps the characters: ${name}`, () => {
      const copy = flat(text)
      expect(copy).toBe(text)
      expect(copy.length).toBe(text.length)
      for (let i = 0; i < text.length; i++) expect(copy.charCodeAt(i)).toBe(text.charCodeAt(i))
    })
  }
})
