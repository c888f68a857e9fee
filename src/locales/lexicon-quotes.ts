/** Attribution words of one language. */
export interface QuoteLexicon {
  /** Speech verbs with their inflected forms (`a déclaré`, `said`). */
  readonly speechVerbs: readonly string[]
}
