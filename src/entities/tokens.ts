/**
 * Words of a block, with their case shape and whether they open a sentence.
 */
import {fold, type EntityLookups} from './lexicon.js'

/** Case shape of a word. */
export type Shape = 'cap' | 'upper' | 'lower' | 'other'

/** A word of a block. */
export interface Token {
  /** Index in `Block.text`. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** Folded form (lower-case, no diacritics). */
  readonly key: string
  readonly shape: Shape
  /** Whether the word opens a sentence, a line, a quotation or a labelled field. */
  readonly initial: boolean
  /** The text between the previous word and this one. */
  readonly gap: string
  /** Whether this word was split from the word before it with no gap (`l'` + `AES`, `Jackson` + `Selon`). */
  readonly glued: boolean
}

// Abbreviations with dots (`U.S.`), or words with inner apostrophes or hyphens.
const WORD = /(?:\p{Lu}\.){2,6}|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+){0,8}/gu
const UPPER = /^\p{Lu}$/u
const LOWER = /^\p{Ll}$/u
const BOUNDARY = /[.!?:;…«»"“”|•]|(?:^|\s)[-–—](?:\s|$)/

function shapeOf(text: string): Shape {
  const first = text[0] ?? ''
  if (UPPER.test(first)) {
    const letters = text.replace(/[^\p{L}]/gu, '')
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper'
    return 'cap'
  }
  // `diCaprio`, `eBay`, `iPhone`
  if (/^\p{Ll}{1,3}\p{Lu}\p{Ll}/u.test(text)) return 'cap'
  if (LOWER.test(first)) return 'lower'
  return 'other'
}

/** The words of `text`. */
export function tokenize(text: string, lx: EntityLookups): Token[] {
  const raw: {start: number; end: number; glued: boolean}[] = []
  WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(text)) !== null) {
    let start = m.index
    let end = start + m[0].length
    let glued = false
    // Elision: `l'AES`, `d'Ivoire`, `qu'Ousmane`.
    const el = /^(\p{L}{1,2}|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\p{L})/u.exec(m[0])
    if (el && (LOWER.test(el[1]![0]!) || el[1]!.length > 1 || lx.elisions.includes(fold(el[1]!) + "'"))) {
      raw.push({start, end: start + el[0].length, glued: false})
      start += el[0].length
      glued = true
    }
    // Possessive `Smith's`.
    if (/['’]s$/.test(text.slice(start, end)) && end - start > 3) end -= 2
    // Words glued by scraping: `JacksonSelon` when the second part is a function word.
    const word = text.slice(start, end)
    const camel = /^(\p{L}{3,}?\p{Ll})(\p{Lu}\p{Ll}{1,20})$/u.exec(word)
    if (camel && (lx.stopWords.has(fold(camel[2]!)) || lx.notNames.has(fold(camel[2]!)))) {
      raw.push({start, end: start + camel[1]!.length, glued})
      raw.push({start: start + camel[1]!.length, end, glued: true})
      continue
    }
    raw.push({start, end, glued})
  }
  const tokens: Token[] = []
  let lineStart = 0
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!
    const tokenText = text.slice(r.start, r.end)
    const prev = tokens[k - 1]
    const gap = prev ? text.slice(prev.end, r.start) : text.slice(0, r.start)
    let initial = !prev
    if (prev && !r.glued) {
      const nl = gap.indexOf('\n')
      if (nl >= 0) {
        // A line break opens a sentence unless the text is hard-wrapped (long lines).
        initial = prev.end - lineStart < 60 || BOUNDARY.test(gap)
        lineStart = prev.end + nl + 1
      } else if (BOUNDARY.test(gap)) {
        // `M. Diallo`, `George W. Bush`: a dot after a title or an initial does not end the sentence.
        const afterAbbrev = gap.trim() === '.' && (lx.titles.has(prev.key) || /^\p{Lu}$/u.test(prev.text))
        initial = !afterAbbrev
      }
    }
    if (r.glued && prev) {
      // After an elision (`L’AES`) the word inherits the elision's place; a
      // word glued by scraping (`JacksonSelon`) opens a new sentence.
      initial = /['’]$/.test(prev.text) ? prev.initial : true
    }
    tokens.push({
      start: r.start,
      end: r.end,
      text: tokenText,
      key: fold(tokenText),
      shape: shapeOf(tokenText),
      initial,
      gap,
      glued: r.glued
    })
  }
  return tokens
}

/** How a block is cased: `normal`, `title` (Title Case Headline) or `caps` (ALL CAPS). */
export function blockCase(text: string, tokens: readonly Token[]): 'normal' | 'title' | 'caps' {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 8) {
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length
    if (upper / letters.length > 0.75) return 'caps'
  }
  const words = tokens.filter((t) => t.end - t.start >= 4 && t.shape !== 'other')
  if (words.length >= 3 && tokens.length <= 30) {
    const capped = words.filter((t, i) => i > 0 && t.shape !== 'lower').length
    if (capped / Math.max(1, words.length - 1) >= 0.7) return 'title'
  }
  return 'normal'
}
