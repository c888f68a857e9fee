/**
 * Calendar arithmetic on plain dates (UTC, no clock, no time zone).
 */

/** A calendar day: full year, 0-based month, day of month. */
export interface Day {
  readonly y: number
  readonly m: number
  readonly d: number
}

/** Days in 0-based month `m` of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
}

/** Weekday of a day (0 = Sunday). */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m, d)).getUTCDay()
}

/** The day `n` days after (or before, when negative) a day. */
export function addDays(y: number, m: number, d: number, n: number): Day {
  const t = new Date(Date.UTC(y, m, d + n))
  return {y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate()}
}

/** `YYYY-MM-DD` of a day (numbers as given, even when the day does not exist). */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Reads the day of an ISO 8601 string (`YYYY-MM-DD…`); `null` when it is not one or does not exist. */
export function parseIsoDay(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!m) return null
  const y = +m[1]!
  const mo = +m[2]! - 1
  const d = +m[3]!
  if (mo < 0 || mo > 11 || d < 1 || d > daysInMonth(y, mo)) return null
  return {y, m: mo, d}
}

/** Whether an ISO value (`YYYY-MM-DD…`) names a day that exists. */
export function isRealDay(value: string): boolean {
  return parseIsoDay(value) !== null
}
