/**
 * A compact, comparable record of what `parseArticle` gives on a list of
 * texts: headline, authors, date, quotes (text, speaker, cue) and entities
 * (type, name, aliases, title, role), one JSON line per text. Two snapshots of
 * two trees show every output line a change moved (`compareSnapshots`); a
 * SHA-256 of the whole snapshot says at once whether a refactor left the
 * output as it was.
 */
import type {NewsArticle} from '../../src/index.js'

/** One text's line of a snapshot. */
export interface SnapshotLine {
  id: string
  headline: string | null
  authors: string[]
  datePublished: string | null
  quotes: [text: string, speaker: string | null, cue: string | null][]
  entities: [type: string, name: string, aliases: string[], title: string | null, role: string | null][]
}

/** The snapshot line of an article. */
export function snapshotLine(id: string, article: NewsArticle): SnapshotLine {
  return {
    id,
    headline: article.headline ?? null,
    authors: (article.authors ?? []).map((a) => a.name),
    datePublished: article.datePublished ?? null,
    quotes: (article.quotes ?? []).map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text ?? null]),
    entities: (article.entities ?? []).map((e) => [e.type, e.name, [...e.aliases], e.title ?? null, e.role ?? null])
  }
}

/** One output line that differs between two snapshots: `-` only in the first, `+` only in the second. */
export interface SnapshotChange {
  id: string
  field: keyof Omit<SnapshotLine, 'id'>
  sign: '-' | '+'
  value: string
}

/** Every line of every field that differs between two snapshots of the same texts (texts only in one are skipped). */
export function compareSnapshots(before: readonly SnapshotLine[], after: readonly SnapshotLine[]): {changed: number; changes: SnapshotChange[]} {
  const next = new Map(after.map((line) => [line.id, line]))
  const changes: SnapshotChange[] = []
  let changed = 0
  for (const a of before) {
    const b = next.get(a.id)
    if (!b) continue
    let differs = false
    for (const field of ['headline', 'authors', 'datePublished', 'quotes', 'entities'] as const) {
      const left = itemsOf(a[field])
      const right = itemsOf(b[field])
      const rightSet = new Set(right)
      const leftSet = new Set(left)
      for (const value of left) if (!rightSet.has(value)) changes.push({id: a.id, field, sign: '-', value})
      for (const value of right) if (!leftSet.has(value)) changes.push({id: a.id, field, sign: '+', value})
      differs ||= left.length !== right.length || left.some((value, i) => value !== right[i])
    }
    if (differs) changed++
  }
  return {changed, changes}
}

function itemsOf(value: unknown): string[] {
  return Array.isArray(value) && typeof value[0] !== 'string' ? value.map((item) => JSON.stringify(item)) : Array.isArray(value) ? value.map(String) : [JSON.stringify(value)]
}
