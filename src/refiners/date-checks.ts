/**
 * The date-checks refiner: dates a careful editor would query.
 *
 * - `weekday-mismatch`: a weekday named with a full date falls on another day
 *   (`vendredi 20 juillet 2025` is a Sunday);
 * - `invalid-date`: a date that does not exist (`31 février 2025`);
 * - `date-after-published`: an event dated more than a day after the publication
 *   date, unless its sentence announces the future (`prochain`, `will`, a future
 *   tense ending — locale data) or it ends a range (`du 22 au 27 juin`);
 * - `modified-before-published`: an update date before the publication date.
 */
import {positionAt, type Context} from '../context.js'
import {matchSpan} from '../extractors/dates.js'
import {addDays, isoDate, parseIsoDay, weekdayOf} from '../dates/calendar.js'
import {announcesFuture, findDates} from '../dates/find.js'
import type {Extractor} from '../pipeline.js'
import {caselessRegExp} from '../chars.js'
import type {DateMention, Diagnostic} from '../schema/article.js'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** Days after the publication date a date may fall before it is reported. */
const GRACE_DAYS = 1

/** How far after a date, within its sentence, a future cue still counts (`le 20 juillet prochain`, `On July 2, the board will…`). */
const AFTER_WINDOW = 200

/**
 * A date that does not exist names a day past the end of its month: 29, 30
 * or 31, written as a number of its own (`31 février`, `2025-02-30`,
 * `31/04/2025`). A block without one holds no invalid date.
 */
const PAST_MONTH_END = /(?<!\d)(?:29|3[01])(?!\d)/

/** Whether the sentence around the date `d` announces the future. */
function future(context: Context, d: DateMention): boolean {
  const {source} = context
  const s = d.position.start.offset
  const e = d.position.end.offset
  if (announcesFuture(source, s, context.locale.dates)) return true
  let after = source.slice(e, e + AFTER_WINDOW)
  const stop = after.search(/[.!?](?:\s|$)|\n/)
  if (stop >= 0) after = after.slice(0, stop)
  // Test the words after the date as their own sentence part.
  return announcesFuture(after, after.length, context.locale.dates)
}

/** Whether `d` ends a range whose start is written just before it (`du 22 au 27 juin 2025`, `June 22-27, 2025`). */
function rangeEnd(context: Context, d: DateMention): boolean {
  const s = d.position.start.offset
  const before = context.source.slice(Math.max(0, s - 40), s)
  if (/\d\s{0,2}[-–]\s{0,2}$/.test(before)) return true
  const joiners = context.locale.dates.rangeJoiners
  if (joiners.length === 0) return false
  let re = rangeEnds.get(joiners)
  if (!re) {
    const words = joiners.map((j) => j.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('|')
    re = caselessRegExp(`\\d[^.!?\\n]{0,30}(?<![\\p{L}])(?:${words})\\s{1,3}$`, 'iu')
    rangeEnds.set(joiners, re)
  }
  return re.test(before)
}

/** The range-end regex of each locale's joiners, built once. */
const rangeEnds = new WeakMap<readonly string[], RegExp>()

/** Date diagnostics: weekday-mismatch, invalid-date, date-after-published, modified-before-published. */
export const dateChecksRefiner: Extractor = {
  name: 'date-checks',
  run(context, article) {
    const diagnostics: Diagnostic[] = []

    for (const d of article.dates) {
      if (d.weekday === undefined || d.relative) continue
      const day = parseIsoDay(d.value)
      if (!day) continue
      const actual = weekdayOf(day.y, day.m, day.d)
      if (actual !== d.weekday) {
        diagnostics.push({
          code: 'weekday-mismatch',
          severity: 'warning',
          message: `“${d.text}”: ${d.value.slice(0, 10)} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[d.weekday]}`,
          position: d.position
        })
      }
    }

    for (const block of context.blocks) {
      if (block.kind === 'code' || !PAST_MONTH_END.test(block.text)) continue
      for (const m of findDates(block.text, context.locale.dates, null)) {
        if (!m.invalid) continue
        const span = matchSpan(context, block, m.start, m.end)
        diagnostics.push({
          code: 'invalid-date',
          severity: 'warning',
          message: `“${span.text}” is not a date: the month has no day ${+m.value.slice(8, 10)}`,
          position: span.position
        })
      }
    }

    const published = article.datePublished ? parseIsoDay(article.datePublished) : null
    if (published && article.datePublished) {
      const publishedDay = article.datePublished.slice(0, 10)
      // One day of grace: overnight editions and time zones put tomorrow's event in today's paper.
      const next = addDays(published.y, published.m, published.d, GRACE_DAYS)
      const latestDay = isoDate(next.y, next.m, next.d)
      for (const d of article.dates) {
        if (d.kind !== 'mentioned' || d.relative || d.value.length < 10) continue
        if (d.value.slice(0, 10) <= latestDay || !parseIsoDay(d.value)) continue
        if (future(context, d) || rangeEnd(context, d)) continue
        diagnostics.push({
          code: 'date-after-published',
          severity: 'warning',
          message: `“${d.text}” (${d.value.slice(0, 10)}) is after the publication date ${publishedDay}`,
          position: d.position
        })
      }
      if (article.dateModified && parseIsoDay(article.dateModified) && article.dateModified.slice(0, 10) < publishedDay) {
        const where = article.dates.find((x) => x.kind === 'modified')
        diagnostics.push({
          code: 'modified-before-published',
          severity: 'warning',
          message: `The update date ${article.dateModified.slice(0, 10)} is before the publication date ${publishedDay}`,
          position: where?.position ?? positionAt(context, 0, 0)
        })
      }
    }

    return diagnostics.length > 0 ? {diagnostics} : {}
  }
}
