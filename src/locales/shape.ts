/**
 * One object shape for every locale's lexicons.
 */

/**
 * A copy of `lexicon` with its keys in one order (sorted by name).
 *
 * Each locale writes its lexicons with the keys in its own order, and V8 gives
 * objects with the same keys in another order another hidden class: every
 * read of a lexicon's list (`context.locale.quotes.verbs`) then sees one class
 * per locale, and optimised code made while parsing articles of one language
 * is thrown away at the first article of the other. Copied in one order, the
 * lexicons of the same kind share one class. No reader depends on the order
 * of the keys.
 *
 * @param lexicon A locale's lexicon (`QuoteLexicon`, `EntityLexicon`…).
 * @returns The same keys and values, in sorted order.
 */
export function oneShape<T extends object>(lexicon: T): T {
  return Object.fromEntries(Object.entries(lexicon).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T
}
