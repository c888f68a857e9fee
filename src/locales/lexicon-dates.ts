/** Date words of one language (months, weekdays, publication cues…). */
export interface DateLexicon {
  /** 12 entries, January first; each the forms of that month (`janvier`, `janv.`). */
  readonly months: readonly (readonly string[])[]
  /** 7 entries, Sunday first; each the forms of that weekday (`dimanche`, `dim.`). */
  readonly weekdays: readonly (readonly string[])[]
  /** Words that introduce the publication date (`publié le`, `published`). */
  readonly publishedCues: readonly string[]
  /** Words that introduce the update date (`mis à jour le`, `updated`). */
  readonly modifiedCues: readonly string[]
}
