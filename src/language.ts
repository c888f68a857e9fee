/**
 * Language detection from the registered locales' stop words.
 */
import type {Locale} from './locales/types.js'

/** Result of detection: the best locale and how sure it is (0–1). */
export interface LanguageGuess {
  readonly locale: Locale
  readonly confidence: number
}

const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu

/** Characters read for detection: about a thousand words, plenty to tell languages apart. */
const SAMPLE = 6_000

const stopWordSets = new WeakMap<Locale, ReadonlySet<string>>()

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
  let total = 0
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase()
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
