/**
 * Team sheets: runs of people written as an initial and a surname
 * (`L Dallaglio, M Corry, J Worsley`; `J Laharrague; A Rougerie, J-P Grandclaude`),
 * and line-ups, paragraphs that are nothing but a list of names
 * (`Cech, Paulo Ferreira, Terry, Gallas (Kezman 74), Lampard.`).
 */
import {unitIs} from '../chars.js'
import {inLists, type EntityLookups, type WordList} from './lexicon.js'
import {is, PARTICLE, STOP} from './features.js'
import type {Token} from './tokens.js'

/** What may come between two names of a run: a comma or a semicolon, maybe after a short note in brackets (`(capt);`), or `and`. */
const SEPARATOR = /^(?:[ \u00a0]?\([^()\n]{1,30}\))?[ \u00a0]?[,;][ \u00a0]{1,2}$|^[ \u00a0]and[ \u00a0]$/

/** Fewest names in a run. */
const MIN_RUN = 3

/** Whether the word is an initial without a full stop: 1 for `J`, `J-P`; 2 for two capitals (`KP`), an initial only among others; else 0. */
function initialKind(t: Token): 0 | 1 | 2 {
  const s = t.text
  if (s.length === 1) return upperAt(s, 0) ? 1 : 0
  if (s.length === 2) return upperAt(s, 0) && upperAt(s, 1) ? 2 : 0
  return s.length === 3 && s.charCodeAt(1) === 45 && upperAt(s, 0) && upperAt(s, 2) ? 1 : 0
}

/** Whether the character at `i` is an upper-case letter (a module function: `initialKind` runs on every token). */
function upperAt(s: string, i: number): boolean {
  return unitIs('upper', s.charCodeAt(i))
}

/** Whether the word may end a surname: capitalised, more than one letter (`Dallaglio`, `O'Gara`, `Sowden-Taylor`). */
function surnameWord(t: Token | undefined): boolean {
  return t !== undefined && t.shape === 'cap' && t.text.length > 1 && t.gap === ' ' && initialKind(t) === 0
}

/**
 * The names of the team sheets of a block: for each name of a run of at least
 * three, the token index of its surname's last word mapped to its initial's.
 * A surname is one capitalised word, or two (`A Lo Cicero`), or a particle
 * and one (`D dal Maso`, `R de Marigny`). Linear in the number of tokens.
 */
export function squadNames(tokens: readonly Token[], text: string, particles: ReadonlySet<string>): Map<number, number> {
  const out = new Map<number, number>()
  // Initial and last token of each name of the run being read, and how many initials are single letters.
  let run: [number, number][] = []
  let single = 0
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kind = initialKind(tokens[i]!)
    if (kind === 0 || tokens[i + 1]!.gap !== ' ') continue
    const a = tokens[i + 1]!
    let k = -1
    if (a.shape === 'lower' && particles.has(a.key) && surnameWord(tokens[i + 2])) k = i + 2
    else if (surnameWord(a)) k = surnameWord(tokens[i + 2]) ? i + 2 : i + 1
    if (k < 0) continue
    const prev = run[run.length - 1]
    if (prev !== undefined && !SEPARATOR.test(text.slice(tokens[prev[1]]!.end, tokens[i]!.start))) {
      closeRun(run, single, out)
      run = []
      single = 0
    }
    run.push([i, k])
    if (kind === 1) single++
    i = k
  }
  closeRun(run, single, out)
  return out
}

/** Keeps the names of a finished run of `squadNames` (long enough, with enough single-letter initials) in `out`. */
function closeRun(run: readonly [number, number][], single: number, out: Map<number, number>): void {
  if (run.length >= MIN_RUN && single >= MIN_RUN - 1) for (const [i, k] of run) out.set(k, i)
}

/** Fewest names in a line-up. */
const MIN_LINEUP = 4
/** Most words of a name in a line-up (`Shaun Wright-Phillips`, `Chris Rhys Jones`). */
const LINEUP_NAME_WORDS = 3
/** Between two names of a line-up: a comma, a semicolon or a spaced dash, after the last word or a closing bracket. */
const LINEUP_SEPARATOR = /^\)?[,;][ \u00a0]{1,2}$|^\)?[ \u00a0][-\u2013\u2014][ \u00a0]$/
/** A label before the list (`Subs Not Used:`, `Replacements (from):`): the gap after its last word. */
const LABEL_END = /^\)?[ \u00a0]?:[ \u00a0]{1,2}$/
/** Words that make a name of a list no person's: a place, an organisation, a nationality, a month. */
const NOT_PEOPLE: readonly WordList[] = ['places', 'organizations', 'demonyms', 'dateWords', 'stopWords']

/**
 * The names of a line-up: a block that holds only a list of at least four
 * names (three after a label) of one to three capitalised words (a lower-case particle may come
 * before the last: `van Persie`), each maybe followed by a minute (`Riise 1`,
 * `Gerrard 79 og`) or a note in brackets that may hold a name and a minute
 * (`Traore (Biscan 67)`, `Redpath (capt)`), separated by commas, semicolons
 * or spaced dashes, maybe after a short label (`Subs Not Used:`). Returns, for
 * each name that is not a known place, organisation, nationality or month,
 * its last token mapped to its first (as `squadNames`). Linear in the number
 * of tokens.
 */
export function lineupNames(tokens: readonly Token[], lx: EntityLookups, from = 0): Map<number, number> {
  const out = new Map<number, number>()
  const n = tokens.length
  if (n - from < MIN_LINEUP) return out
  let k = labelEnd(tokens, from)
  let labelled = k > 0
  if (k === 0) k = from
  // (From a label inside the block (`trailingLineupNames`), a label whose list is no names ends the line-up: `Att: 50,430`.)
  let afterLabel = false
  const names: [number, number][] = []
  while (k < n) {
    const last = lineupName(tokens, k, lx)
    if (last < 0 && afterLabel && from > 0) break
    if (last < 0) return out
    afterLabel = false
    names.push([k, last])
    let q = lineupMinute(tokens, last + 1)
    // A note in brackets: `(Biscan 67)`, `(capt)`, `(Kent)`.
    if (q < n && /^[ \u00a0]?\($/.test(tokens[q]!.gap)) {
      const inner = lineupName(tokens, q, lx)
      const end = inner >= 0 ? lineupMinute(tokens, inner + 1) : q + 1
      if (inner >= 0 && end > inner + 1) names.push([q, inner])
      q = end
      if (q < n && !tokens[q]!.gap.startsWith(')')) return out
    }
    if (q >= n) break
    if (!LINEUP_SEPARATOR.test(tokens[q]!.gap)) {
      // `…, Bergkamp (Van Persie 82), Henry. Subs Not Used: Senderos, Hoyte, Lehmann.`: a full stop ends one list, and another,
      // maybe after its label, follows.
      if (!LIST_END.test(tokens[q]!.gap)) return out
      const label = labelEnd(tokens, q)
      if (label > q) labelled = afterLabel = true
      k = Math.max(q, label)
      continue
    }
    k = q
  }
  const people = names.filter(([first, last]) => !inLists(lx, tokens.slice(first, last + 1).map((t) => t.key).join(' '), NOT_PEOPLE))
  // (After a label, three people make a line-up: `Subs Not Used: Johnson, Smertin, Cudicini.`)
  if (people.length < (labelled ? MIN_LINEUP - 1 : MIN_LINEUP)) return out
  for (const [first, last] of people) out.set(last, first)
  return out
}

/**
 * The names of a line-up that closes a block after its other sentences (scraped text that ran the paragraphs together: `… could
 * have had one or two more goals." Newcastle: Given, Carr, Boumsong, … Subs Not Used: Butt, Harper.`): from the first sentence
 * opening with a label of up to four words and a colon after which the block holds only lists of names (`lineupNames`, up to a
 * label whose list is no names: `Att: 50,430`). Empty when none. Reads `lineupNames` only at a sentence opening a label.
 */
export function trailingLineupNames(tokens: readonly Token[], lx: EntityLookups): Map<number, number> {
  for (let k = 1; k + MIN_LINEUP < tokens.length; k++) {
    const t = tokens[k]!
    if (!t.initial || t.shape !== 'cap' || !SENTENCE_END.test(t.gap) || labelEnd(tokens, k) === 0) continue
    const out = lineupNames(tokens, lx, k)
    if (out.size > 0) return out
  }
  return new Map()
}
/** The gap before a sentence: a full stop, maybe a closing quote mark, and a space. */
const SENTENCE_END = /[.!?]["”’']?[ \u00a0]{1,2}$/

/** A full stop between two lists of a line-up. */
const LIST_END = /^\)?\.[ \u00a0]{1,2}$/

/** The index of the first name after a label of up to four words and a colon from `tokens[at]` (`Subs Not Used:`), else 0. */
function labelEnd(tokens: readonly Token[], at: number): number {
  for (let j = at; j < Math.min(at + 4, tokens.length - 1); j++) {
    if (tokens[j + 1]!.gap.includes(':') && LABEL_END.test(tokens[j + 1]!.gap)) return j + 1
  }
  return 0
}

/** Reads a name of a line-up from `tokens[at]`: its last token, or -1 (a name opens with no function word: `The Aviator` is none). */
function lineupName(tokens: readonly Token[], at: number, lx: EntityLookups): number {
  const n = tokens.length
  let last = -1
  for (let q = at; q < n && q - at < LINEUP_NAME_WORDS; q++) {
    const t = tokens[q]!
    // (`S. Best`: a full stop after an initial opening the name.)
    if (q > at && !(t.gap === ' ' || t.glued || (t.gap === '. ' && q === at + 1 && tokens[at]!.text.length === 1))) break
    if (t.shape === 'cap' && t.text.length > 1 && !(q === at && is(t, STOP))) last = q
    // An initial (`C Jones`) or a particle (`van Persie`) inside the name.
    else if (!((q === at && t.shape === 'cap' && t.text.length === 1) || (t.shape === 'lower' && is(t, PARTICLE) && q + 1 < n))) break
  }
  return last
}

/** Reads `67`, `79 og` after `tokens[at - 1]` in a line-up: the index after it. */
function lineupMinute(tokens: readonly Token[], at: number): number {
  const t = tokens[at]
  if (!t || t.gap !== ' ' || t.shape !== 'other' || !/^\d{1,3}$/.test(t.text)) return at
  const u = tokens[at + 1]
  return u && u.gap === ' ' && u.shape === 'lower' && u.text.length <= 3 ? at + 2 : at + 1
}
