import {describe, expect, it} from 'vitest'
import {countWords} from '../../src/chars.js'
import {parse, positionErrors} from '../helpers.js'

describe('countWords', () => {
  // Words are runs of letters and digits; a hyphen, an apostrophe or a dot between two such runs joins them.
  const table: [string, number][] = [
    ['', 0],
    ['Le conseil a voté mardi.', 5],
    ['aujourd’hui l’état-major a-t-il dit', 4],
    ["It's the U.S. president's 2.5% plan", 6],
    ['Les 1 200 élus -- et 3 experts', 7],
    ['a--b a-’b a. b .a', 7],
    ['Ω ζ ٣ 中文 ²', 5],
    ['𝐀𝐁 and 😀 or \ud800 lone \udc00', 4],
    ['fin-', 1],
    ['  \n\t ', 0]
  ]
  for (const [text, n] of table) it(JSON.stringify(text), () => expect(countWords(text)).toBe(n))

  it('agrees with the word pattern on mixed text', () => {
    const pattern = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu
    const pieces = ['é', 'Z', '9', '-', "'", '’', '.', ' ', '\n', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', '٣', '_', '\u00a0']
    // A fixed walk over the pieces (no randomness): every pair and triple in turn.
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const text = `x${a}${b}${c}y${a}`
      expect(countWords(text), JSON.stringify(text)).toBe([...text.matchAll(pattern)].length)
    }
  })
})

describe('body', () => {
  it('counts the words of the body only, not of the headline or byline', () => {
    const input = 'Le budget adopté\n\nPar Jean Dupont\n\nLes élus ont voté le budget mardi soir.\n\nL’opposition s’est abstenue.'
    const article = parse(input)
    expect(positionErrors(input, article)).toEqual([])
    expect(article.body.map((p) => p.text)).toEqual(['Les élus ont voté le budget mardi soir.', 'L’opposition s’est abstenue.'])
    expect(article.body[0]!.position.start.offset).toBe(input.indexOf('Les élus'))
    expect(article.wordCount).toBe(11)
  })
})
