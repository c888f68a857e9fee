/**
 * The publication step: publication and update lines (`Publié le jeudi 26 juin
 * 2025 | Le Matin`, `Updated 9:45 AM, March 3, 2025`), on their own line near
 * the top or the end of the article or fused at the end of the first line,
 * and front matter dates (`date`, `lastmod`, `updated`…).
 */
import {spanAt, type Context} from '../context.js'
import {findDates, type DateMatch} from '../dates/find.js'
import {parseIsoDay} from '../dates/calendar.js'
import type {DateLexicon} from '../locales/lexicon-dates.js'
import type {Extractor, Range} from '../pipeline.js'
import type {DateMention, Publisher} from '../schema/article.js'
import {caseFold, caselessRegExp, foldsPlainly, lazy} from '../chars.js'

/** Front matter keys holding the publication date, most specific first. */
const PUBLISHED_KEYS = ['datepublished', 'published', 'publishdate', 'pubdate', 'date']
/** Front matter keys holding the update date. */
const MODIFIED_KEYS = ['datemodified', 'lastmod', 'updated', 'modified', 'last_modified']

/** How many non-empty lines from the top (and from the end) may hold a publication line. */
const TOP_LINES = 8
const BOTTOM_LINES = 3
/** Longest line read as a publication line when the cue opens it. */
const MAX_LINE = 200
/** Most dates read on one publication line. */
const MAX_CUES = 4
/** Longest gap between a cue and its date (`Updated 9:45 AM EST, Mon March 3, 2025`). */
const MAX_GAP = 40

interface Found {
  kind: 'published' | 'modified'
  date: DateMatch
  /** Offset of `date` in the input. */
  at: number
}

const cueCache = new WeakMap<DateLexicon, RegExp | null>()
const needleCache = new WeakMap<DateLexicon, readonly string[] | null>()

/** Characters that may set a cue apart in the middle of a line (`Le Matin | Publié le…`). */
const SEPARATOR = /[|•·–—]/

function cueRegex(lexicon: DateLexicon): RegExp | null {
  if (cueCache.has(lexicon)) return cueCache.get(lexicon)!
  const forms = [
    ...lexicon.publishedCues.map((c) => [c, 'p'] as const),
    ...lexicon.modifiedCues.map((c) => [c, 'm'] as const)
  ].sort((a, b) => b[0].length - a[0].length)
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}').replace(/['’]/g, "['’]")
  const re =
    forms.length === 0
      ? null
      : caselessRegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(([c, k]) => `(?<${k}${forms.findIndex((f) => f[0] === c)}>${esc(c)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  cueCache.set(lexicon, re)
  return re
}

/**
 * A word of each cue of `lexicon` (its longest whose letters fold plainly),
 * case-folded: a line holding none of them holds no cue, and its cue regex,
 * costly to build and compile, need not be built for it. `null` when a cue
 * has no such word (every line is then searched).
 */
function cueNeedles(lexicon: DateLexicon): readonly string[] | null {
  const cached = needleCache.get(lexicon)
  if (cached !== undefined) return cached
  let needles: string[] | null = []
  for (const cue of [...lexicon.publishedCues, ...lexicon.modifiedCues]) {
    const words = cue.split(/[\s'’]+/).filter((w) => w !== '' && [...w].every(foldsPlainly))
    const longest = words.reduce<string | undefined>((a, w) => (a === undefined || w.length > a.length ? w : a), undefined)
    if (longest === undefined) {
      needles = null
      break
    }
    needles.push(caseFold(longest))
  }
  needleCache.set(lexicon, needles)
  return needles
}

const blankLine = (source: string, start: number, end: number) => !/\S/.test(source.slice(start, end))

/** The first `count` non-empty lines (start, end offsets, no line break) of the input from `from`. */
function topLines(source: string, from: number, count: number): {start: number; end: number}[] {
  const out: {start: number; end: number}[] = []
  const re = /[^\r\n]*/y
  let i = from
  while (i <= source.length && out.length < count) {
    re.lastIndex = i
    const end = i + re.exec(source)![0].length
    if (!blankLine(source, i, end)) out.push({start: i, end})
    if (end >= source.length) break
    i = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
  return out
}

/** The last `count` non-empty lines of the input after offset `after`, in order. */
function bottomLines(source: string, after: number, count: number): {start: number; end: number}[] {
  const out: {start: number; end: number}[] = []
  let end = source.length
  while (end > after && out.length < count) {
    let start = end
    while (start > after && source.charCodeAt(start - 1) !== 10 && source.charCodeAt(start - 1) !== 13) start--
    if (start <= after) break
    if (!blankLine(source, start, end)) out.unshift({start, end})
    end = start - 1
    if (end > after && source.charCodeAt(end) === 10 && source.charCodeAt(end - 1) === 13) end--
  }
  return out
}

const PUBLISHER = lazy(String.raw`^[\s*_]{0,6}[|–—•·-][\s*_]{0,6}(\p{Lu}[^\n|]{0,78}?)[\s*_]{0,6}$`, 'u')
const REST_OK = /^[\s*_)]{0,6}$/u

/**
 * Reads one line: the cues in it, their dates, the claim and the publisher.
 * `fused` lines (the first line, cue not at its start) must end right after
 * the date or with `| Publisher`.
 */
function readLine(
  context: Context,
  line: {start: number; end: number},
  lexicon: DateLexicon,
  reference: string | null,
  firstLine: boolean
): {found: Found[]; claim: Range; publisher: Publisher | null} | null {
  const text = context.source.slice(line.start, line.end)
  const lead = /^[\s*_>#]*/.exec(text)![0].length
  // Below the first line, with no separator, only a line of `MAX_LINE` characters at most may count: a paragraph is
  // dropped before its text is folded for the cues.
  const plain = !firstLine && !SEPARATOR.test(text)
  if (plain && text.length - lead > MAX_LINE) return null
  const needles = cueNeedles(lexicon)
  if (needles) {
    const folded = caseFold(text)
    if (!needles.some((n) => folded.includes(n))) return null
  }
  const re = cueRegex(lexicon)
  if (!re) return null
  if (plain) {
    // Below the first line, with no separator, only a cue opening the line
    // (and cues chained to it) may count: skip the scan when there is none.
    // (The same regex from `lead` on, rather than a sticky copy of it: one
    // regex compiled, not two.)
    re.lastIndex = lead
    const opening = re.exec(text)
    if (opening === null || opening.index !== lead) return null
  }
  re.lastIndex = 0
  const found: Found[] = []
  let claimStart = -1
  let lastEnd = -1
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const atStart = m.index === lead
    const capital = m[0][0] !== m[0][0]!.toLowerCase()
    const fused = !atStart && firstLine && capital && /\s$/.test(text.slice(0, m.index))
    const chained = !atStart && claimStart >= 0 && m.index - lastEnd <= 6
    const separated = !atStart && capital && /[|•·–—]\s{0,3}$/.test(text.slice(0, m.index))
    if (!atStart && !fused && !chained && !separated) continue
    if (atStart && text.length - lead > MAX_LINE) return null
    const after = m.index + m[0].length
    const windowText = text.slice(after, after + MAX_GAP + 60)
    const dates = findDates(windowText, lexicon, reference).filter((d) => d.start <= MAX_GAP && !d.invalid && d.value.length >= 10)
    const date = dates[0]
    if (!date) continue
    const kind = m.groups && Object.entries(m.groups).find(([, v]) => v !== undefined)![0].startsWith('p') ? 'published' : 'modified'
    const dateEnd = after + date.end
    if (fused && claimStart < 0) {
      const rest = text.slice(dateEnd)
      if (!REST_OK.test(rest) && !PUBLISHER().test(rest) && !cueFollows(rest, re)) continue
    }
    if (claimStart < 0) claimStart = m.index
    found.push({kind, date, at: line.start + after})
    lastEnd = dateEnd
    re.lastIndex = dateEnd
    // A publication line holds a publication and an update date, rarely more.
    if (found.length >= MAX_CUES) break
  }
  if (found.length === 0) return null
  const rest = text.slice(lastEnd)
  const p = PUBLISHER().exec(rest)
  let publisher: Publisher | null = null
  if (p && !/\d{1,2}[:h]\d{2}/.test(p[1]!)) {
    const name = p[1]!.trim()
    const nameStart = line.start + lastEnd + p.index + p[0].indexOf(p[1]!)
    const span = spanAt(context, nameStart, nameStart + name.length)
    publisher = {name, position: span.position}
  }
  return {found, claim: {start: line.start + claimStart, end: line.end}, publisher}
}

/** Whether a cue starts within 6 characters of the start of `rest` (`re`, the cue regex, is left where it was). */
function cueFollows(rest: string, re: RegExp): boolean {
  const from = re.lastIndex
  re.lastIndex = 0
  const m = re.exec(rest)
  re.lastIndex = from
  return m !== null && m.index <= 6
}

/** A date value of the front matter, ISO 8601: `2019-02-22`, `2019-02-22T09:00-05:00`. */
function frontMatterDate(raw: string, context: Context): {value: string; match?: DateMatch} | null {
  const v = raw.trim()
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v)
  if (iso) {
    if (!parseIsoDay(iso[1]!)) return null
    if (iso[2] === undefined) return {value: iso[1]!}
    let value = `${iso[1]}T${iso[2].padStart(2, '0')}:${iso[3]}`
    const zone = iso[4]
    if (zone === 'Z') value += 'Z'
    else if (zone) value += zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
    return {value}
  }
  for (const locale of [context.locale, ...context.locales.filter((l) => l !== context.locale)]) {
    const match = findDates(v, locale.dates, null).find((d) => !d.invalid && d.value.length >= 10)
    if (match) return {value: match.value, match}
  }
  return null
}

/** Sets datePublished, dateModified and publisher, adds their `dates`, and claims the publication lines. */
export const publicationExtractor: Extractor = {
  name: 'publication',
  run(context, article) {
    const dates: DateMention[] = []
    const claims: Range[] = []
    let datePublished: string | null = null
    let dateModified: string | null = null
    let publisher: Publisher | null = null
    const reference = context.options.referenceDate

    // Front matter.
    const fm = context.frontMatter
    if (fm) {
      const take = (keys: string[], kind: 'published' | 'modified'): string | null => {
        for (const key of keys) {
          const entry = fm.data.get(key)
          if (!entry || typeof entry.value !== 'string') continue
          const parsed = frontMatterDate(entry.value, context)
          if (!parsed) continue
          let s = entry.start
          let e = entry.end
          const q = context.source[s]
          if ((q === '"' || q === "'") && context.source[e - 1] === q && e - s >= 2) {
            s++
            e--
          }
          while (e > s && /\s/.test(context.source[e - 1]!)) e--
          const span = spanAt(context, s, e)
          dates.push({text: span.text, position: span.position, kind, value: parsed.value})
          return parsed.value
        }
        return null
      }
      datePublished = take(PUBLISHED_KEYS, 'published')
      dateModified = take(MODIFIED_KEYS, 'modified')
    }

    // Publication lines in the text.
    const from = fm ? fm.end : context.contentStart
    const top = topLines(context.source, from, TOP_LINES)
    const last = top.at(-1)
    const bottom = last ? bottomLines(context.source, last.end, BOTTOM_LINES) : []
    const all = top
    const lexicons = [context.locale, ...context.locales.filter((l) => l !== context.locale)].map((l) => l.dates)
    let seenPublished = false
    let seenModified = false
    for (const line of [...top, ...bottom]) {
      let read: ReturnType<typeof readLine> = null
      for (const lexicon of lexicons) {
        read = readLine(context, line, lexicon, reference, line === all[0])
        if (read) break
      }
      if (!read) continue
      const useful = read.found.filter((f) => (f.kind === 'published' ? !seenPublished : !seenModified))
      if (useful.length === 0) continue
      claims.push(read.claim)
      for (const f of useful) {
        const span = spanAt(context, f.at + f.date.start, f.at + f.date.end)
        dates.push({
          text: span.text,
          position: span.position,
          kind: f.kind,
          value: f.date.value,
          ...(f.date.weekday !== undefined ? {weekday: f.date.weekday} : {}),
          ...(f.date.relative ? {relative: true} : {})
        })
        if (f.kind === 'published') {
          seenPublished = true
          datePublished ??= f.date.value
        } else {
          seenModified = true
          dateModified ??= f.date.value
        }
      }
      publisher ??= read.publisher
    }
    if (dates.length === 0 && !publisher) return {}
    return {
      datePublished,
      dateModified,
      publisher: article.publisher ?? publisher,
      dates: [...article.dates, ...dates],
      claims
    }
  }
}
