/**
 * Byline words of one language: what opens a byline, joins names, credits a
 * role, and which names are agencies rather than people.
 *
 * Lists are lower-case, trimmed and without duplicates, except `agencies`
 * (proper names, kept as written).
 */
export interface BylineLexicon {
  /** Words that open a byline (`par`, `by`), matched case-insensitively and as whole words. */
  readonly prefixes: readonly string[]
  /** Words joining two names (`et`, `and`, `&`). */
  readonly conjunctions: readonly string[]
  /**
   * Phrases that open a byline naming a role before the name (`de notre
   * correspondant`, `from our correspondent`), followed by an optional place
   * (`à Dakar`) and a comma, then the names.
   */
  readonly roleIntros: readonly string[]
  /**
   * Words that turn what follows a comma in a byline into a role rather than
   * a name (`correspondent`, `staff writer`, `rédaction`).
   */
  readonly roleWords: readonly string[]
  /**
   * Verbs that open an author's biography closing the article (`is`, `est`):
   * `Jane Roe is technology correspondent for The World` credits Jane Roe
   * when a role word follows.
   */
  readonly bioVerbs: readonly string[]
  /**
   * Short lower-case words that may stand inside a person's name (`de`,
   * `van`, `bin`), so `Amadou de Souza` still reads as a name.
   */
  readonly nameParticles: readonly string[]
  /**
   * Words that rule out a line as a name even when it is capitalised like one
   * (`photo`, `source`, `read`, `lire`): credits, calls to action, labels.
   */
  readonly notNames: readonly string[]
  /**
   * Honorifics written before a name in a credit (`mme`, `mr`, `dr`), left
   * out of the author's name. A trailing dot in the text is optional.
   */
  readonly honorifics: readonly string[]
  /**
   * News agencies and outlets credited in bylines, datelines and signatures
   * (`AFP`, `Reuters`, `CNN`), as written. An agency is a source or an
   * affiliation, never a person.
   */
  readonly agencies: readonly string[]
}
