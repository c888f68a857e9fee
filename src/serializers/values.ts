/**
 * Value helpers the output writers (`toJsonLd`, `toNinjs`) share.
 */
import {InvalidOptionError} from '../errors.js'

/** A UTC offset as the `timeZone` options take it: `Z` or `±hh:mm` (`+01:00`, `-05:00`, up to `+14:00`). */
const UTC_OFFSET = /^(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/

/** Whether `value` is a UTC offset (`Z`, `+01:00`): what the `timeZone` options and `--time-zone` accept. */
export function isUtcOffset(value: string): boolean {
  return UTC_OFFSET.test(value)
}

/** Throws an `InvalidOptionError` when a `timeZone` option is given and is no UTC offset. */
export function checkTimeZone(timeZone: string | undefined): void {
  if (timeZone !== undefined && !isUtcOffset(timeZone)) {
    throw new InvalidOptionError('Expected `timeZone` to be a UTC offset such as `+01:00` or `Z`')
  }
}

/** A string with its white space runs made one space and its ends trimmed, or `undefined` when empty or missing. */
export function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.replace(/\s+/g, ' ').trim()
  return trimmed === '' ? undefined : trimmed
}
