/**
 * Finding and resolving date expressions in a text, from a locale's date words.
 */
import type {DateLexicon} from '../locales/lexicon-dates.js'

/** A date expression found in a text. */
export interface DateMatch {
  /** Index of the expression in the searched text. */
  readonly start: number
  /** Index just after the expression. */
  readonly end: number
  /** The expression as written. */
  readonly text: string
  /** ISO 8601: `YYYY-MM-DD`, or with a time `YYYY-MM-DDTHH:mm` when one is given. */
  readonly value: string
  /** The weekday named in the expression (0 = Sunday), when there is one. */
  readonly weekday?: number
  /** Whether the value was resolved against the reference date (no year given, or `vendredi dernier`). */
  readonly relative?: boolean
}

/**
 * Finds the date expressions of `text`, resolved against `reference`
 * (`YYYY-MM-DD`, or `null` when none is known: expressions that need one are
 * then skipped).
 */
export function findDates(text: string, lexicon: DateLexicon, reference: string | null): DateMatch[] {
  void text
  void lexicon
  void reference
  return []
}
