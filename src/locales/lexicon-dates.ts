/**
 * Date words of one language (months, weekdays, publication cues…).
 *
 * Patterns that place a weekday (`previousWeekday`, `nextWeekday`) use the
 * placeholder `{weekday}`: `'{weekday} dernier'`, `'last {weekday}'`.
 */
export interface DateLexicon {
  /** 12 entries, January first; each the forms of that month (`janvier`, `janv`); an abbreviation may be followed by a dot in the text. */
  readonly months: readonly (readonly string[])[]
  /** 7 entries, Sunday first; each the forms of that weekday (`dimanche`). */
  readonly weekdays: readonly (readonly string[])[]
  /** Whether month and weekday names are only names when capitalised (`May`, `March` in English). */
  readonly namesCapitalised: boolean
  /** Order of a numeric date whose first two numbers could both be a month (`03/07/2025`). */
  readonly numericOrder: 'dmy' | 'mdy'
  /** Suffixes of an ordinal day (`1er`, `3rd`). */
  readonly ordinalSuffixes: readonly string[]
  /** Words between a date and its time (`à`, `at`). */
  readonly timeConnectors: readonly string[]
  /** Words after a time that make it a morning time (`am`). */
  readonly am: readonly string[]
  /** Words after a time that make it an afternoon or evening time (`pm`). */
  readonly pm: readonly string[]
  /** Patterns naming the last such weekday before the reference date (`{weekday} dernier`, `last {weekday}`). */
  readonly previousWeekday: readonly string[]
  /** Patterns naming the next such weekday after the reference date (`{weekday} prochain`, `next {weekday}`). */
  readonly nextWeekday: readonly string[]
  /** Names containing a weekday that are not a date (`black friday`, `vendredi saint`): a bare weekday inside one is skipped. */
  readonly weekdayNames: readonly string[]
  /** Words that make a sentence announce the future (`prochain`, `will`): dates there may follow the publication date. */
  readonly futureCues: readonly string[]
  /** Word endings that mark a future tense (`-ra`, `-ront` in French, `'ll` in English): a sentence with such a word announces the future. */
  readonly futureSuffixes: readonly string[]
  /** Words that join the two ends of a date range (`du 22 au 27 juin`, `from June 22 to 27`): the end of a range that started before publication is not after it. */
  readonly rangeJoiners: readonly string[]
  /** Words that introduce the publication date (`publié le`, `published`). */
  readonly publishedCues: readonly string[]
  /** Words that introduce the update date (`mis à jour le`, `updated`). */
  readonly modifiedCues: readonly string[]
}
