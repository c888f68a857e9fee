/** Entity cue words and gazetteers of one language. */
export interface EntityLexicon {
  /** Titles and honorifics that precede a person's name (`général`, `mr`). */
  readonly titles: readonly string[]
}
