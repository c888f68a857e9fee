/**
 * Choosing the articles of a new honest ("sealed") set: a fixed-seed random
 * draw from a corpus file, leaving out articles already annotated, articles
 * the benchmarks read, texts the corpus holds more than once and texts outside
 * a length range (eval/README.md, "Conventions for new sets").
 */

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

/** A small seeded generator (mulberry32): the same seed gives the same numbers on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` records drawn without replacement with the generator `random` (a partial Fisher–Yates shuffle); all when fewer. */
export function draw<T>(records: readonly T[], count: number, random: () => number): T[] {
  const copy = records.slice()
  const n = Math.min(count, copy.length)
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy.slice(0, n)
}
