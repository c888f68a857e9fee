/**
 * Language detection from the registered locales' stop words.
 */
import {letterWidth} from './chars.js'
import type {Locale} from './locales/types.js'

/** Result of detection: the best locale and how sure it is (0–1). */
export interface LanguageGuess {
  readonly locale: Locale
  readonly confidence: number
}

/** Characters read for detection: about a thousand words, plenty to tell languages apart. */
export const SAMPLE = 6_000

/** The stop words of a list of locales: word → the indices (in the list) of the locales that have it. */
interface StopWordIndex {
  readonly locales: readonly Locale[]
  readonly words: ReadonlyMap<string, readonly number[]>
  /** Length of the longest stop word. */
  readonly longest: number
  /** The entries of `words` of one to `SHORT` letters a–z, by `shortKey`: looked up without slicing the word from the text. */
  readonly short: ReadonlyMap<number, readonly number[]>
}

/** Longest word looked up by `shortKey` (26 × (27⁵ + … + 1) stays a small integer). */
const SHORT = 6

/**
 * A number for the word `text[start, end)` of one to `SHORT` letters a–z (each letter a digit 1–26 in base 27: two
 * words have the same number only if they are the same word), -1 when a character of it is no such letter.
 */
function shortKey(text: string, start: number, end: number): number {
  let key = 0
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i)
    if (c < 97 || c > 122) return -1
    key = key * 27 + (c - 96)
  }
  return key
}

/** The index of the last list of locales seen (a parse passes the same list every time). */
let lastIndex: StopWordIndex | null = null

function stopWordIndex(locales: readonly Locale[]): StopWordIndex {
  if (lastIndex && lastIndex.locales.length === locales.length && lastIndex.locales.every((l, k) => l === locales[k])) return lastIndex
  const words = new Map<string, number[]>()
  let longest = 0
  locales.forEach((locale, k) => {
    for (const w of new Set(locale.detection.stopWords)) {
      const list = words.get(w)
      if (list) list.push(k)
      else words.set(w, [k])
      longest = Math.max(longest, w.length)
    }
  })
  const short = new Map<number, number[]>()
  for (const [w, list] of words) if (w.length <= SHORT && shortKey(w, 0, w.length) >= 0) short.set(shortKey(w, 0, w.length), list)
  lastIndex = {locales: [...locales], words, longest, short}
  return lastIndex
}

/**
 * Picks the locale whose stop words cover most words of `text` (its first
 * 6,000 characters). Ties and texts with no known word go to the first
 * locale of the list.
 */
export function detectLanguage(text: string, locales: readonly Locale[]): LanguageGuess {
  const index = stopWordIndex(locales)
  const counts = locales.map(() => 0)
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  // A longer word (elided article included: `qu’`) is no stop word; lower-casing never shortens a word.
  const longest = index.longest + 3
  let total = 0
  // The sample lower-cased once, its words sliced from it: lower-casing a whole text and then a
  // piece of it give the same piece, unless a letter changes length (`İ`) or depends on the next
  // letters (the Greek final sigma).
  const lowered = sample.toLowerCase()
  const sliced = lowered.length === sample.length && !sample.includes('Σ')
  // The words are the matches of `/\p{L}+(?:['’]\p{L}+)?/gu`, read in one pass.
  const length = sample.length
  let i = 0
  while (i < length) {
    let width = letterWidth(sample, i)
    if (width === 0) {
      i++
      continue
    }
    const start = i
    i += width
    while ((width = letterWidth(sample, i)) > 0) i += width
    const c = sample.charCodeAt(i)
    if ((c === 39 || c === 0x2019) && (width = letterWidth(sample, i + 1)) > 0) {
      i += 1 + width
      while ((width = letterWidth(sample, i)) > 0) i += width
    }
    if (i - start > longest) {
      total++
      continue
    }
    // A short word of letters a–z (most words: no elision) is looked up by its number, not sliced from the text.
    const key = sliced && i - start <= SHORT ? shortKey(lowered, start, i) : -1
    if (key >= 0) {
      total++
      const known = index.short.get(key)
      if (known) for (const k of known) counts[k]!++
      continue
    }
    const w = sliced ? lowered.slice(start, i) : sample.slice(start, i).toLowerCase()
    // Elided articles and pronouns (l’, d’, qu’) count as the word after them.
    const elision = w.length > 2 && (w[1] === "'" || w[1] === '’' || w[2] === "'" || w[2] === '’')
    const bare = elision ? w.slice(w[1] === "'" || w[1] === '’' ? 2 : 3) : w
    total++
    // A locale counts the word once, whether it knows the word or the word after the elision.
    const known = index.words.get(w)
    const knownBare = bare !== w ? index.words.get(bare) : undefined
    if (known) for (const k of known) counts[k]!++
    if (knownBare) for (const k of knownBare) if (!known?.includes(k)) counts[k]!++
  }
  let best = 0
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k
  const sum = counts.reduce((a, b) => a + b, 0)
  const confidence = sum === 0 ? 0 : (counts[best]! / sum) * Math.min(1, total / 20)
  return {locale: locales[best]!, confidence}
}
