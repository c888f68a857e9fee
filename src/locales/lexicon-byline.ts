/** Byline words of one language. */
export interface BylineLexicon {
  /** Words that open a byline (`par`, `by`). */
  readonly prefixes: readonly string[]
  /** Words joining two names (`et`, `and`). */
  readonly conjunctions: readonly string[]
}
