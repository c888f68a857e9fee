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

const stopWordSets = new WeakMap<Locale, ReadonlySet<string>>()
const longestStopWords = new WeakMap<Locale, number>()

/** Length of the longest stop word of `locale`. */
function longestStopWord(locale: Locale): number {
  let n = longestStopWords.get(locale)
  if (n === undefined) {
    n = 0
    for (const w of locale.detection.stopWords) n = Math.max(n, w.length)
    longestStopWords.set(locale, n)
  }
  return n
}

function stopWordsOf(locale: Locale): ReadonlySet<string> {
  let set = stopWordSets.get(locale)
  if (!set) {
    set = new Set(locale.detection.stopWords)
    stopWordSets.set(locale, set)
  }
  return set
}

/**
 * Picks the locale whose stop words cover most words of `text` (its first
 * 6,000 characters). Ties and texts with no known word go to the first
 * locale of the list.
 */
export function detectLanguage(text: string, locales: readonly Locale[]): LanguageGuess {
  const sets = locales.map(stopWordsOf)
  const counts = locales.map(() => 0)
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  // A longer word (elided article included: `qu’`) is no stop word; lower-casing never shortens a word.
  const longest = Math.max(0, ...locales.map(longestStopWord)) + 3
  let total = 0
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
    const w = sample.slice(start, i).toLowerCase()
    // Elided articles and pronouns (l’, d’, qu’) count as the word after them.
    const elision = w.length > 2 && (w[1] === "'" || w[1] === '’' || w[2] === "'" || w[2] === '’')
    const bare = elision ? w.slice(w[1] === "'" || w[1] === '’' ? 2 : 3) : w
    total++
    for (let k = 0; k < sets.length; k++) {
      if (sets[k]!.has(w) || (bare !== w && sets[k]!.has(bare))) counts[k]!++
    }
  }
  let best = 0
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k
  const sum = counts.reduce((a, b) => a + b, 0)
  const confidence = sum === 0 ? 0 : (counts[best]! / sum) * Math.min(1, total / 20)
  return {locale: locales[best]!, confidence}
}
