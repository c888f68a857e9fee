/**
 * Wire datelines opening the body: `WASHINGTON (Reuters) -`,
 * `NEW YORK, March 3 -`, `PARIS, 20 juin (AFP) -`, `(CNN) --`,
 * `Ferguson, Missouri (CNN)`, `**WASHINGTON, DC** --`.
 */
import {blockOffset, spanAt, type Block, type Context} from '../context.js'
import {findDates} from '../dates/find.js'
import {isClaimed, type Extractor} from '../pipeline.js'
import type {Dateline} from '../schema/article.js'
import {lazy} from '../chars.js'

const RX1 = lazy(String.raw`^[\p{Lu}]`, 'u')
const RX2 = lazy(String.raw`^\p{Ll}{1,3}$`, 'u')
const RX3 = lazy(String.raw`^[\p{L}\d .]{1,30}$`, 'u')
const RX4 = lazy(String.raw`^["“‘'«\p{Lu}\p{N}]`, 'u')
const RX5 = lazy(String.raw`[ \t\u00a0](?:-{1,3}|[–—])(?:[ \t\u00a0]|$|(?=[^\s\d-]))|(?<=\d)(?:-{1,3}|[–—])(?:[ \t\u00a0]|$)|(?<=[\p{L}.])(?:-{2,3}|[–—])(?=\p{Lu}|[ \t\u00a0]|$)`, 'u')
const RX6 = lazy(String.raw`\p{Lu}{2}`, 'u')
const RX7 = lazy(String.raw`^(?:\p{L}{1,3}[ \u00a0])?$`, 'u')

/** What `matchDateline` finds at the start of a block (indices into `block.text`). */
export interface DatelineMatch {
  /** Index where the dateline starts in `block.text`. */
  readonly start: number
  /** Index just after the dateline (and its dash) in `block.text`. */
  readonly end: number
  /** The place as written, or `null` for a bare `(CNN)`. */
  readonly location: string | null
  /** The date as written after the place, or `null`. */
  readonly date: string | null
  /** The credited source (`Reuters`, `AFP`), or `null`. */
  readonly source: string | null
}

// A dash ending a dateline: `-`, `--`, `---`, en or em dash, then a space or the text.
const DASH = /^[ \t\u00a0]*(?:-{1,3}|[–—])(?:[ \t\u00a0]+|$|(?=[^\s\d-]))/u
// Source in parentheses: `(Reuters)`, `(CNN)`, `(Rolling Stone)`, `(AFP)`.
const SOURCE = lazy(String.raw`^\(([\p{Lu}][\p{L}\p{N}.&'’ -]{0,38})\)`, 'u')
// A word of a place: capitalised (or all capitals), may hold . ' ’ - / inside.
const PLACE_WORD = lazy(String.raw`^(?:[\p{Lu}][\p{L}\p{M}.'’/-]{0,30}|[\p{Ll}]{1,3}|d['’][\p{Lu}][\p{L}\p{M}.'’-]{0,30})$`, 'u')
// A word of a lower-cased place (`sioux`, `st`).
const LOOSE_WORD = lazy(String.raw`^[\p{L}][\p{L}\p{M}.'’/-]{0,30}$`, 'u')

/**
 * Whether `part` reads as a place: 1–6 words of letters. Strictly, the first
 * and last words are capitalised and inner lower-case words are short
 * (`Rio de Janeiro`, `the Netherlands` after a comma); loosely — when a date
 * follows, as in lower-cased wire copy (`sioux falls, april 7 -`) — any words.
 */
function isPlace(part: string, index: number, loose: boolean): boolean {
  const words = part.split(/[ \u00a0]+/)
  if (words.length === 0 || words.length > 6) return false
  if (!words.every((w) => PLACE_WORD().test(w) || (loose && LOOSE_WORD().test(w)))) return false
  if (loose) return true
  const cap = (w: string) => RX1().test(w) || /^d['’]/u.test(w)
  if (!cap(words[0]!) && !(index > 0 && words.length > 1 && RX2().test(words[0]!))) return false
  return cap(words.at(-1)!)
}

/** Whether `part` reads as the date of a dateline (holds a digit or starts with a month name). */
function isDatePart(part: string, context: Context): boolean {
  if (/\d/.test(part)) return RX3().test(part)
  const first = part.split(/[ .]/)[0]!.toLowerCase()
  if (first === '') return false
  return context.locales.some((l) => l.dates.months.some((forms) => forms.includes(first)))
}

function isAgency(name: string, context: Context): boolean {
  return context.locales.some((l) => l.byline.agencies.includes(name))
}

/**
 * Splits the text before a dash or a source into place and date:
 * `NEW YORK, March 3` → place `NEW YORK`, date `March 3`;
 * `SAN MATEO, Calif., March 2` → `SAN MATEO, Calif.`, `March 2`.
 */
function splitHead(head: string, context: Context, hasSource: boolean): {location: string; date: string | null; source: string | null} | null {
  const parts = head.split(/[ \t\u00a0]*,[ \t\u00a0]*/)
  if (parts.length > 6) return null
  // `CHICAGO, March 4, -`: an empty last part.
  while (parts.length > 1 && parts.at(-1) === '') parts.pop()
  // `WASHINGTON, March 12, Reuter -`: the source after the date.
  let source: string | null = null
  if (!hasSource && parts.length > 2 && isAgency(parts.at(-1)!, context)) source = parts.pop()!
  let k = parts.length
  while (k > 1 && isDatePart(parts[k - 1]!, context)) k--
  const places = parts.slice(0, k)
  const date = k < parts.length ? parts.slice(k).join(', ') : null
  const loose = date !== null
  if (!places.every((p, i) => isPlace(p, i, loose))) return null
  return {location: places.join(', '), date, source}
}

/**
 * Finds a wire dateline at the start of `block`, or `null`. A place alone
 * followed by a dash (`WASHINGTON -`) is not enough (it reads like a label):
 * a dateline names its source in parentheses, or gives a date or a region
 * after a comma.
 */
export function matchDateline(block: Block, context: Context): DatelineMatch | null {
  const text = block.text
  // Leading spaces (plain text keeps the indentation of wire copy out of the block; Markdown may not).
  let i = 0
  while (i < text.length && i < 8 && (text[i] === ' ' || text[i] === '\t')) i++
  const line = /^[^\r\n]*/.exec(text.slice(i, i + 160))![0]
  const open = line.indexOf('(')
  // With a source: `HEAD (Source)` then a dash or the text glued on.
  if (open >= 0 && open <= 100) {
    const src = SOURCE().exec(line.slice(open))
    if (src) {
      const rawHead = line.slice(0, open)
      const head = rawHead.trim()
      const after = open + src[0].length
      const dash = DASH.exec(line.slice(after))
      const glued = RX4().test(line.slice(after, after + 1))
      const source = src[1]!.trim()
      const knownAgency = isAgency(source, context)
      const sourceLike = knownAgency || (source.split(' ').length <= 3 && !/\d/.test(source))
      if (sourceLike && (dash || glued || (knownAgency && /^[ \t]/.test(line.slice(after, after + 1))))) {
        let location: string | null = null
        let date: string | null = null
        let ok = true
        if (head !== '') {
          const split = splitHead(head.replace(/[ \t\u00a0]*,$/, ''), context, true)
          ok = split !== null
          location = split?.location ?? null
          date = split?.date ?? null
        }
        const end = after + (dash ? dash[0].length : knownAgency && !glued ? /^[ \t]*/.exec(line.slice(after))![0].length : 0)
        // Else: `Boeing Co (BA) said`, a parenthesis of the text; try a dateline without a source.
        if (ok) return {start: i, end: i + end, location, date, source}
      }
    }
  }
  // Without a source: `HEAD -` where HEAD has a comma (a date or a region).
  // The dash: after a space, or glued to the date (`Feb 26-`), or a double or long dash glued to
  // the place (`DC--The`); before a space, the end, or the text.
  const dashAt = RX5().exec(line.slice(0, 100))
  if (!dashAt) return null
  const head = line.slice(0, dashAt.index).trim()
  if (!head.includes(',')) return null
  const split = splitHead(head, context, false)
  if (!split) return null
  if (split.date === null) {
    // `WASHINGTON, DC --`: a region with no date only when the place is in capitals, as wire copy writes it.
    const first = split.location.split(',')[0]!
    if (first !== first.toUpperCase() || !RX6().test(first)) return null
  }
  const dash = DASH.exec(line.slice(dashAt.index))
  if (!dash) return null
  return {start: i, end: i + dashAt.index + dash[0].length, location: split.location, date: split.date, source: split.source}
}

/** Resolves the date of a dateline to ISO when the year is known, else keeps it as written. */
function resolveDate(date: string, context: Context, article: {datePublished: string | null}): string {
  const reference = article.datePublished?.slice(0, 10) ?? context.options.referenceDate
  for (const locale of [context.locale, ...context.locales.filter((l) => l !== context.locale)]) {
    let found: ReturnType<typeof findDates>
    try {
      found = findDates(date, locale.dates, reference)
    } catch {
      found = []
    }
    // `20 juin`, `le 30 juin 2025`: the date may follow a short article word.
    const m = found.find((d) => RX7().test(date.slice(0, d.start)) && d.end >= date.trimEnd().length - 1)
    if (m && /^\d{4}-\d{2}-\d{2}$/.test(m.value.slice(0, 10))) return m.value.slice(0, 10)
  }
  return date
}

/**
 * Sets `dateline` from the first body block (the first block not claimed as
 * metadata). The dateline stays part of the body: it is not claimed.
 */
export const datelineExtractor: Extractor = {
  name: 'dateline',
  run(context, article, state) {
    // The first body block; a press release may put short lines (`FOR RELEASE`, a date, a
    // bold summary) before it.
    let block: Block | undefined
    let m: DatelineMatch | null = null
    for (const b of context.blocks.slice(0, 12).filter((x) => !isClaimed(state.claims, x)).slice(0, 4)) {
      m = matchDateline(b, context)
      if (m) {
        block = b
        break
      }
      if (b.text.length > 200) break
    }
    if (!block || !m) return {}
    let start = blockOffset(block, m.start)
    let end = blockOffset(block, m.end)
    // Trailing spaces are not part of the dateline.
    while (end > start && /\s/.test(context.source[end - 1]!)) end--
    // Markdown: `**WASHINGTON, DC** --` — keep the emphasis marks as written.
    if (context.format === 'markdown') {
      const before = context.source.slice(Math.max(block.start, start - 2), start)
      const marks = /[*_]{1,2}$/.exec(before)
      if (marks) start -= marks[0].length
    }
    const span = spanAt(context, start, end)
    const dateline: Dateline = {
      text: span.text,
      location: m.location,
      date: m.date === null ? null : resolveDate(m.date, context, article),
      source: m.source,
      position: span.position
    }
    return {dateline}
  }
}
