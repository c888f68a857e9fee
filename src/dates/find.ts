/**
 * Finding and resolving date expressions in a text, from a locale's date words.
 *
 * Hand-written on purpose (see the README, section “Dates”): a handful of
 * linear patterns built once per lexicon, run over the text, the longest
 * match at each place kept.
 */
import {caselessRegExp, isWordUnit, lazy} from '../chars.js'
import type {DateLexicon} from '../locales/lexicon-dates.js'
import {addDays, daysInMonth, isoDate, parseIsoDay, weekdayOf} from './calendar.js'

const RX1 = lazy(String.raw`^\p{L}+$`, 'u')
const RX2 = lazy(String.raw`(?<!(?:^|[^\p{L}])\p{L}\.\p{L})[.!?][»”"')]?\s+|\n`, 'gu')

/** A date expression found in a text. */
export interface DateMatch {
  /** Index of the expression in the searched text. */
  readonly start: number
  /** Index just after the expression. */
  readonly end: number
  /** The expression as written. */
  readonly text: string
  /**
   * ISO 8601: `YYYY-MM-DD`, or with a time `YYYY-MM-DDTHH:mm` when one is
   * given; `YYYY-MM` for a month and year without a day. For an impossible
   * date (`invalid`), the numbers as written (`2025-02-31`).
   */
  readonly value: string
  /** The weekday named in the expression (0 = Sunday), when there is one. */
  readonly weekday?: number
  /** Whether the value was resolved against the reference date (no year given, or `vendredi dernier`). */
  readonly relative?: boolean
  /** Whether the date does not exist (`31 février`). */
  readonly invalid?: boolean
}

type Kind = 'iso' | 'numeric' | 'dmy' | 'mdy' | 'my' | 'previous' | 'next' | 'weekday'

/**
 * A date pattern. Its regex is built on first use (`re()`): a pattern that
 * never runs on a text costs no regex parsing and compiling, which for these
 * long Unicode patterns is most of the cost of a first parse's dates.
 */
interface Pattern {
  readonly kind: Kind
  readonly re: () => RegExp
  /** A quick test that must hold at `at` for the pattern to match there (so that a pattern that cannot is neither run nor compiled). */
  readonly may?: (text: string, at: number) => boolean
}

interface Compiled {
  readonly patterns: readonly Pattern[]
  /**
   * The scans for places where a date may start, each with the patterns to
   * try there and, for words, the patterns that may start with each word.
   */
  readonly scans: readonly (readonly [RegExp, readonly Pattern[], ReadonlyMap<string, readonly Pattern[]> | null])[]
  readonly words: RegExp
  readonly time: () => RegExp
  readonly monthIndex: ReadonlyMap<string, number>
  readonly weekdayIndex: ReadonlyMap<string, number>
  readonly am: ReadonlySet<string>
  readonly pm: ReadonlySet<string>
  readonly future: (() => RegExp) | null
}

const SLASH = 47
const DOT = 46
const HYPHEN = 45

const cache = new WeakMap<DateLexicon, Compiled>()

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}').replace(/['’]/g, "['’]")
const alternation = (forms: Iterable<string>) =>
  [...new Set(forms)]
    .filter((f) => f !== '')
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
const fold = (s: string) => s.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').replace(/’/g, "'")

const L = '(?<![\\p{L}\\p{N}_])'
const DIGITS = /\d+/
const DIGIT_KINDS: ReadonlySet<Kind> = new Set(['iso', 'numeric', 'dmy'])
const R = '(?![\\p{L}\\p{N}])'

function compile(lexicon: DateLexicon): Compiled {
  const found = cache.get(lexicon)
  if (found) return found
  const monthIndex = new Map<string, number>()
  lexicon.months.forEach((forms, i) => forms.forEach((f) => monthIndex.set(fold(f), i)))
  const weekdayIndex = new Map<string, number>()
  lexicon.weekdays.forEach((forms, i) => forms.forEach((f) => weekdayIndex.set(fold(f), i)))
  // An abbreviation (a form another form of the same month starts with) may take a dot.
  const monthForms: string[] = []
  const abbreviations: string[] = []
  for (const forms of lexicon.months) {
    for (const f of forms) {
      const folded = fold(f)
      if (forms.some((o) => o !== f && fold(o).startsWith(folded))) abbreviations.push(folded)
      else monthForms.push(folded)
    }
  }
  const full = alternation(monthForms)
  const short = alternation(abbreviations)
  const M = [full && `(?:${full})(?![\\p{L}])`, short && `(?:${short})(?![\\p{L}])\\.?`].filter(Boolean).join('|') || '(?!)'
  const W = alternation(weekdayIndex.keys()) || '(?!)'
  const ord = alternation(lexicon.ordinalSuffixes)
  const ORD = ord ? `(?:${ord})?` : ''
  const month = `(${M})`
  const day = `(\\d{1,2})${ORD}(?![\\p{L}\\p{N}])`
  const year = `(?:,?\\s{1,3}((?:1[6-9]|2[01])\\d\\d)${R})?`
  const wdPrefix = `(?:(${W})${R}\\s{0,2},?\\s{1,3})?`
  const weekdayPattern = (p: string) => escape(p).replace(/\\\{weekday\\\}|\{weekday\}/, `(${W})${R}`)
  const previous = lexicon.previousWeekday.map(weekdayPattern).join('|')
  const next = lexicon.nextWeekday.map(weekdayPattern).join('|')
  const flags = 'iuy'
  const patterns: Pattern[] = [
    // Not inside a file name, slug or URL (`2013-04-30-producing-apis.md`, `/2019-02-22/`).
    {
      kind: 'iso',
      re: lazy(`(?<![/\\-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?)?${R}(?![-/_][\\p{L}\\p{N}])`, flags, caselessRegExp),
      may: (text, at) => text.charCodeAt(at + 4) === HYPHEN
    },
    {
      kind: 'numeric',
      re: lazy(`(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})${R}`, flags, caselessRegExp),
      may: (text, at) => {
        const a = text.charCodeAt(at + 1)
        const b = text.charCodeAt(at + 2)
        return a === SLASH || a === DOT || b === SLASH || b === DOT
      }
    },
    {kind: 'dmy', re: lazy(`${wdPrefix}${day}\\s{1,3}${month}${year}`, flags, caselessRegExp)},
    {kind: 'mdy', re: lazy(`${wdPrefix}${month}\\s{1,3}${day}${year}`, flags, caselessRegExp)},
    {kind: 'my', re: lazy(`${month}\\s{1,3}((?:1[6-9]|2[01])\\d\\d)${R}`, flags, caselessRegExp)},
    {kind: 'weekday', re: lazy(`(${W})${R}`, flags, caselessRegExp)}
  ]
  if (previous) patterns.push({kind: 'previous', re: lazy(`(?:${previous})${R}`, flags, caselessRegExp)})
  if (next) patterns.push({kind: 'next', re: lazy(`(?:${next})${R}`, flags, caselessRegExp)})
  // Where a date may start: a number, or a weekday, month or first word of a weekday pattern.
  const firstWords = [...lexicon.previousWeekday, ...lexicon.nextWeekday]
    .filter((p) => !p.startsWith('{weekday}'))
    .map((p) => p.split(' ')[0]!)
  // (Two scans without the `u` flag are several times faster than one with it.)
  // Not after an ASCII letter, digit or `_`: a place inside a word is skipped
  // by the scan (other letters before it are checked where the scan stops).
  const wordForms = alternation([...weekdayIndex.keys(), ...monthIndex.keys(), ...firstWords])
  const words = new RegExp(wordForms ? `(?<![A-Za-z0-9_])(?:${wordForms})` : '(?!)', 'gi')
  const connectors = alternation(lexicon.timeConnectors)
  const meridiem = alternation([...lexicon.am, ...lexicon.pm])
  const time = lazy(
    `\\s{0,3}(?:[,|–-]\\s{0,3})?(?:(?:${connectors || '(?!)'})\\s{1,3})?(\\d{1,2})(?::(\\d{2})|[hH](\\d{2})?)(?::\\d{2})?(?![\\p{L}\\p{N}])` +
      (meridiem ? `(?:\\s{0,2}(${meridiem})(?![\\p{L}\\p{N}]))?` : ''),
    'yu' + (meridiem ? 'i' : ''),
    caselessRegExp
  )
  const futureWords = alternation(lexicon.futureCues)
  const futureEnds = alternation(lexicon.futureSuffixes)
  // Which patterns may start with a word: after a weekday, a date with its
  // weekday or a weekday alone (`last` patterns may start with one too); after
  // a month, a month first date; after a pattern's first word, that pattern.
  // Only for words of letters alone: the longest word found there then is the
  // whole word, so no pattern of another kind can start there.
  const wordPatterns = patterns.filter((p) => !DIGIT_KINDS.has(p.kind) || p.kind === 'dmy')
  const firstWordKeys = new Set(firstWords.map(fold))
  const byWord = new Map<string, Pattern[]>()
  for (const key of new Set([...weekdayIndex.keys(), ...monthIndex.keys(), ...firstWordKeys])) {
    if (!RX1().test(key)) continue
    const kinds = new Set<Kind>()
    if (weekdayIndex.has(key)) for (const k of ['dmy', 'mdy', 'weekday', 'previous', 'next'] as const) kinds.add(k)
    if (monthIndex.has(key)) for (const k of ['mdy', 'my'] as const) kinds.add(k)
    if (firstWordKeys.has(key)) for (const k of ['previous', 'next'] as const) kinds.add(k)
    byWord.set(key, wordPatterns.filter((p) => kinds.has(p.kind)))
  }
  const compiled: Compiled = {
    patterns,
    scans: [
      [new RegExp(DIGITS.source, 'g'), patterns.filter((p) => DIGIT_KINDS.has(p.kind)), null],
      [words, wordPatterns, byWord]
    ],
    words,
    time,
    monthIndex,
    weekdayIndex,
    am: new Set(lexicon.am.map(fold)),
    pm: new Set(lexicon.pm.map(fold)),
    future: futureWords || futureEnds ? lazy([futureWords && `${L}(?:${futureWords})${R}`, futureEnds && `(?<![\\p{L}])\\p{L}{2,30}(?:${futureEnds})${R}`].filter(Boolean).join('|'), 'iu', caselessRegExp) : null
  }
  cache.set(lexicon, compiled)
  return compiled
}

interface Candidate {
  start: number
  end: number
  kind: Kind
  m: RegExpExecArray
}

/**
 * Finds the date expressions of `text`, resolved against `reference`
 * (`YYYY-MM-DD`, or `null` when none is known: expressions that need one are
 * then skipped). Never throws; linear in the length of `text`.
 */
export function findDates(text: string, lexicon: DateLexicon, reference: string | null): DateMatch[] {
  if (typeof text !== 'string' || text === '') return []
  const c = compile(lexicon)
  const ref = reference ? parseIsoDay(reference) : null
  const candidates: Candidate[] = []
  // Scan for places where a date may start (numbers; weekday, month and
  // pattern words), then try the patterns of that kind of place there.
  for (const [scan, all, byWord] of c.scans) {
    scan.lastIndex = 0
    let hit: RegExpExecArray | null
    while ((hit = scan.exec(text)) !== null) {
      const at = hit.index
      if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue
      const patterns = byWord?.get(hit[0].toLowerCase()) ?? all
      for (const {kind, re: pattern, may} of patterns) {
        if (may && !may(text, at)) continue
        const re = pattern()
        re.lastIndex = at
        const m = re.exec(text)
        if (m !== null && m[0] !== '') candidates.push({start: at, end: at + m[0].length, kind, m})
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: DateMatch[] = []
  let taken = 0
  for (const cand of candidates) {
    if (cand.start < taken) continue
    const match = resolve(text, cand, c, lexicon, ref)
    if (match) {
      out.push(match)
      taken = match.end
    }
  }
  return out
}

/** Whether a sentence part before `index` announces the future (`prochain`, `will`). */
export function announcesFuture(text: string, index: number, lexicon: DateLexicon): boolean {
  const c = compile(lexicon)
  if (!c.future) return false
  return c.future().test(sentenceBefore(text, index))
}

/** The part of the sentence of `text` before `index` (at most 160 characters). */
export function sentenceBefore(text: string, index: number): string {
  const from = Math.max(0, index - 160)
  const part = text.slice(from, index)
  // A sentence ends at `.`, `!` or `?` before white space, except after an abbreviation such as `p.m.`.
  const boundary = RX2()
  let cut = 0
  for (const m of part.matchAll(boundary)) cut = m.index + m[0].length
  return part.slice(cut)
}

/** Whether `text[start, end)` (a weekday) is part of one of the lexicon's `weekdayNames` (`Black Friday`). */
function insideName(text: string, start: number, end: number, lexicon: DateLexicon): boolean {
  if (lexicon.weekdayNames.length === 0) return false
  const word = fold(text.slice(start, end))
  const window = fold(text.slice(Math.max(0, start - 30), end + 30)).replace(/’/g, "'")
  const at = Math.min(30, start)
  for (const name of lexicon.weekdayNames) {
    const i = name.indexOf(word)
    if (i < 0) continue
    if (window.slice(at - i, at - i + name.length) === name) return true
  }
  return false
}

function capitalised(word: string | undefined): boolean {
  if (!word) return true
  const ch = word[0]!
  return ch !== ch.toLowerCase()
}

/**
 * The index of the weekday `word` names (undefined when it names none, or no word); null when the locale capitalises names and
 * `word` is not (`names`). `resolve`'s helpers are module functions, not closures made per date (under tsx, which keeps function
 * names, each closure made costs a `defineProperty` of about a microsecond).
 */
function weekdayAt(word: string | undefined, names: boolean | undefined, c: Compiled): number | undefined | null {
  if (word === undefined) return undefined
  if (names && !capitalised(word)) return null
  return c.weekdayIndex.get(fold(word))
}

/** The index of the month `word` names, or null (none, or not capitalised where the locale capitalises names: `names`). */
function monthAt(word: string, names: boolean | undefined, c: Compiled): number | null {
  if (names && !capitalised(word)) return null
  return c.monthIndex.get(fold(word)) ?? null
}

function resolve(
  text: string,
  cand: Candidate,
  c: Compiled,
  lexicon: DateLexicon,
  ref: {y: number; m: number; d: number} | null
): DateMatch | null {
  const {m, kind} = cand
  let weekday: number | undefined
  let y: number | null = null
  let mo: number
  let d: number | null
  let relative = false
  const names = lexicon.namesCapitalised
  switch (kind) {
    case 'iso':
      y = +m[1]!
      mo = +m[2]! - 1
      d = +m[3]!
      break
    case 'numeric': {
      let a = +m[1]!
      let b = +m[3]!
      if (lexicon.numericOrder === 'mdy') [a, b] = [b, a]
      // a is the day, b the month; swap when only the other reading is a date.
      if (b > 12 && a <= 12) [a, b] = [b, a]
      if (b > 12 || b < 1) return null
      y = +m[4]!
      mo = b - 1
      d = a
      break
    }
    case 'dmy':
    case 'mdy': {
      const wd = weekdayAt(m[1], names, c)
      if (wd === null) return null
      weekday = wd
      const monthWord = kind === 'dmy' ? m[3]! : m[2]!
      const month = monthAt(monthWord, names, c)
      if (month === null) return null
      mo = month
      d = +(kind === 'dmy' ? m[2]! : m[3]!)
      if (m[4]) y = +m[4]
      break
    }
    case 'my': {
      const month = monthAt(m[1]!, names, c)
      if (month === null) return null
      mo = month
      d = null
      y = +m[2]!
      break
    }
    case 'previous':
    case 'next':
    case 'weekday': {
      if (kind === 'weekday' && insideName(text, cand.start, cand.end, lexicon)) return null
      const word = m.slice(1).find((g) => g !== undefined)
      const wd = weekdayAt(word, names, c)
      if (wd === null || wd === undefined || !ref) return null
      weekday = wd
      const refWd = weekdayOf(ref.y, ref.m, ref.d)
      let shift: number
      if (kind === 'previous') shift = -(((refWd - wd + 6) % 7) + 1)
      else if (kind === 'next') shift = ((wd - refWd + 6) % 7) + 1
      else if (announcesFuture(text, cand.start, lexicon)) shift = (wd - refWd + 7) % 7
      else shift = -((refWd - wd + 7) % 7)
      const r = addDays(ref.y, ref.m, ref.d, shift)
      return {start: cand.start, end: cand.end, text: m[0], value: isoDate(r.y, r.m, r.d), weekday, relative: true}
    }
  }
  if (y !== null && (y < 1000 || y > 2999)) return null
  if (d !== null && (d < 1 || d > 31)) return null
  if (y === null) {
    if (!ref || d === null) return null
    // The year nearest the reference date.
    let best = ref.y
    let bestDistance = Infinity
    for (const cy of [ref.y - 1, ref.y, ref.y + 1]) {
      const dist = Math.abs(Date.UTC(cy, mo, Math.min(d, daysInMonth(cy, mo))) - Date.UTC(ref.y, ref.m, ref.d))
      if (dist < bestDistance) {
        bestDistance = dist
        best = cy
      }
    }
    y = best
    relative = true
  }
  let end = cand.end
  let value: string
  if (d === null) value = `${y}-${String(mo + 1).padStart(2, '0')}`
  else {
    const invalid = d > daysInMonth(y, mo)
    value = isoDate(y, mo, d)
    let hh: number | null = null
    let mm = 0
    if (kind === 'iso' && m[4] !== undefined) {
      hh = +m[4]
      mm = +m[5]!
    } else if (kind !== 'my') {
      const time = c.time()
      time.lastIndex = end
      const t = time.exec(text)
      if (t) {
        let h = +t[1]!
        const min = t[2] ?? t[3]
        const mer = t[4] ? fold(t[4]) : null
        if (mer && c.pm.has(mer) && h < 12) h += 12
        else if (mer && c.am.has(mer) && h === 12) h = 0
        // `15 mai 2025 3h`: a bare `3h` after a date is a time only with minutes, a colon or a connector.
        if (h < 24 && (min === undefined || +min < 60)) {
          hh = h
          mm = min === undefined ? 0 : +min
          end = t.index + t[0].length
        }
      }
    }
    if (hh !== null && hh < 24 && mm < 60) value += `T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`
    const result: DateMatch = {start: cand.start, end, text: text.slice(cand.start, end), value}
    return {
      ...result,
      ...(weekday !== undefined ? {weekday} : {}),
      ...(relative ? {relative} : {}),
      ...(invalid ? {invalid} : {})
    }
  }
  return {start: cand.start, end, text: text.slice(cand.start, end), value, ...(relative ? {relative} : {})}
}
