/**
 * Choosing the articles of a new honest ("sealed") set: a fixed-seed random
 * draw from a corpus file, leaving out articles already annotated, articles
 * the benchmarks read, texts the corpus holds more than once and texts outside
 * a length range (eval/README.md, "Conventions for new sets").
 */
import {shuffled} from '../../bench/paired.js'

/** A corpus record: its id and text. */
export interface PoolRecord {
  id: string
  text: string
}

/** What leaves an article out of the draw. */
export interface PoolFilter {
  /** Ids already annotated or read elsewhere (dev, every `eval/*.standoff.jsonl`, the bench sample). */
  excluded: ReadonlySet<string>
  /** Shortest and longest text kept, in UTF-16 code units. */
  minChars: number
  maxChars: number
}

/**
 * The records a draw may take, in file order: not excluded, within the length
 * range, and with a text no other record of the file repeats (every copy of a
 * repeated text is left out, so a set never holds a scraping duplicate).
 */
export function eligible(records: readonly PoolRecord[], filter: PoolFilter): PoolRecord[] {
  const seen = new Map<string, number>()
  for (const r of records) seen.set(r.text, (seen.get(r.text) ?? 0) + 1)
  return records.filter(
    (r) => seen.get(r.text) === 1 && !filter.excluded.has(r.id) && r.text.length >= filter.minChars && r.text.length <= filter.maxChars
  )
}

/** `count` records drawn without replacement with the generator `random` (a seeded shuffle, `bench/paired.ts`); all when fewer. */
export function draw<T>(records: readonly T[], count: number, random: () => number): T[] {
  return shuffled(records, random).slice(0, count)
}
