/**
 * Stand-off annotation: gold records (`../shared/eval/README.md`) stored as
 * character offsets into the `text` of their corpus record, so a set can live
 * in the repository without holding corpus text, and be rebuilt exactly from
 * `../shared/corpus` when needed.
 *
 * A stand-off record has the gold's shape, with `textSha256` (the SHA-256 of
 * the record's text, hex) beside `id` and `corpus`. Every string field that
 * comes from the text — `headline`, `authors[]`, `publisher`,
 * `datelineLocation`, quote `text` and `speaker`, entity `name` and
 * `aliases[]` — is a list of spans `[start, end]` (UTF-16 offsets into the
 * text) whose slices, joined by one space, give the string. A span written
 * `[start, end, 0]` is glued to the one before it, with no space (used only
 * when a word of the gold is not in the text as written). `null` stays null.
 * A string that cannot be rebuilt from the text stays a literal string; the
 * encoder reports every literal (`Encoded.literals`) so a caller can refuse
 * those that are not short dates or numbers.
 */
import {createHash} from 'node:crypto'
import {resolve} from 'node:path'
import {corpusRecord} from './gold.js'

/** A span of the text: `[start, end]`, or `[start, end, 0]` glued to the previous span. */
export type Span = [number, number] | [number, number, 0]

/** A field value in a stand-off record: spans, a literal kept as is, or null. */
export type StandoffValue = Span[] | string | null

/** A literal left in an encoded record (a string that is not in the text). */
export interface Literal {
  id: string
  field: string
  value: string
}

/** The result of encoding one gold record. */
export interface Encoded {
  record: Record<string, unknown>
  literals: Literal[]
}

/** The fields of `gold` whose strings come from the text (entity and quote fields are handled apart). */
const topFields = ['headline', 'publisher', 'datelineLocation'] as const

/** SHA-256 of a text, hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Is `value` allowed as a literal: a short date or number. */
export function isAllowedLiteral(value: string): boolean {
  return value.length <= 32 && /^[\d\s.,:/+-]+$/.test(value)
}

/** Every start offset of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  let i = text.indexOf(needle)
  while (i !== -1) {
    found.push(i)
    i = text.indexOf(needle, i + 1)
  }
  return found
}

/** The occurrence nearest to `anchor` (the first one without an anchor), preferring one at or after `after`. */
function nearest(found: readonly number[], anchor: number | undefined, after?: number): number | undefined {
  if (found.length === 0) return undefined
  let pool = found
  if (after !== undefined) {
    const later = found.filter((i) => i >= after)
    if (later.length > 0) pool = later
  }
  if (anchor === undefined) return pool[0]
  let best = pool[0]!
  for (const i of pool) if (Math.abs(i - anchor) < Math.abs(best - anchor)) best = i
  return best
}

/**
 * Spans of `text` that rebuild `value` exactly, near `anchor`; `undefined`
 * when some character of `value` is not in `text`.
 */
export function encodeString(text: string, value: string, anchor?: number): Span[] | undefined {
  const whole = nearest(occurrences(text, value), anchor)
  if (whole !== undefined) return [[whole, whole + value.length]]
  // Greedy over the space-separated pieces: the longest run of words found
  // in the text, after the previous piece when possible.
  const words = value.split(' ')
  const spans: Span[] = []
  let at = anchor
  let after: number | undefined
  let w = 0
  while (w < words.length) {
    let placed = false
    for (let end = words.length; end > w; end--) {
      const piece = words.slice(w, end).join(' ')
      const start = nearest(occurrences(text, piece), at ?? after, after)
      if (start === undefined) continue
      spans.push([start, start + piece.length])
      at = undefined
      after = start + piece.length
      w = end
      placed = true
      break
    }
    if (placed) continue
    // A word not in the text as written: rebuild it from glued pieces.
    const glued = encodeGlued(text, words[w]!, after ?? anchor)
    if (!glued) return undefined
    spans.push(...glued)
    after = glued[glued.length - 1]![1]
    at = undefined
    w++
  }
  return spans
}

/** A word rebuilt from the longest pieces of the text, glued (the first one joined by a space). */
function encodeGlued(text: string, word: string, anchor: number | undefined): Span[] | undefined {
  const spans: Span[] = []
  let i = 0
  while (i < word.length) {
    let placed = false
    for (let end = word.length; end > i; end--) {
      const piece = word.slice(i, end)
      const start = nearest(occurrences(text, piece), anchor)
      if (start === undefined) continue
      spans.push(spans.length === 0 ? [start, start + piece.length] : [start, start + piece.length, 0])
      i = end
      placed = true
      break
    }
    if (!placed) return undefined
  }
  return spans
}

/** The string a list of spans stands for. */
export function decodeSpans(text: string, spans: readonly Span[]): string {
  let out = ''
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!
    const [start, end] = span
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      throw new Error(`Span [${start}, ${end}] is outside the text (${text.length} characters)`)
    }
    if (i > 0 && span[2] !== 0) out += ' '
    out += text.slice(start, end)
  }
  return out
}

/** Encodes one gold record against the text of its corpus record. */
export function encodeRecord(record: Record<string, unknown>, text: string): Encoded {
  const id = String(record.id)
  const literals: Literal[] = []
  const encode = (field: string, value: unknown, anchor?: number): StandoffValue => {
    if (value === null || value === undefined) return null
    if (typeof value !== 'string') throw new Error(`${id}: ${field} is not a string`)
    const spans = encodeString(text, value, anchor)
    if (spans) return spans
    literals.push({id, field, value})
    return value
  }
  const start = (v: StandoffValue): number | undefined => (Array.isArray(v) && v.length > 0 ? v[0]![0] : undefined)

  const gold = (record.gold ?? {}) as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(gold)) {
    if ((topFields as readonly string[]).includes(key)) {
      out[key] = encode(key, value)
    } else if (key === 'authors' && Array.isArray(value)) {
      let anchor: number | undefined
      out[key] = value.map((name, i) => {
        const v = encode(`authors[${i}]`, name, anchor)
        anchor = start(v) ?? anchor
        return v
      })
    } else if (key === 'quotes' && Array.isArray(value)) {
      let anchor: number | undefined
      out[key] = (value as Record<string, unknown>[]).map((quote, i) => {
        const q: Record<string, unknown> = {}
        const t = encode(`quotes[${i}].text`, quote.text, anchor)
        anchor = start(t) ?? anchor
        for (const [k, v] of Object.entries(quote)) {
          if (k === 'text') q[k] = t
          else if (k === 'speaker') q[k] = encode(`quotes[${i}].speaker`, v, anchor)
          else q[k] = v
        }
        return q
      })
    } else if (key === 'entities' && value && typeof value === 'object') {
      const entities: Record<string, unknown> = {}
      for (const [type, items] of Object.entries(value as Record<string, unknown>)) {
        if (!Array.isArray(items)) {
          entities[type] = items
          continue
        }
        entities[type] = (items as Record<string, unknown>[]).map((item, i) => {
          const e: Record<string, unknown> = {}
          const name = encode(`entities.${type}[${i}].name`, item.name)
          const anchor = start(name)
          for (const [k, v] of Object.entries(item)) {
            if (k === 'name') e[k] = name
            else if (k === 'aliases' && Array.isArray(v)) e[k] = v.map((a, j) => encode(`entities.${type}[${i}].aliases[${j}]`, a, anchor))
            else e[k] = v
          }
          return e
        })
      }
      out[key] = entities
    } else {
      out[key] = value
    }
  }
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (key === 'gold') {
      result.textSha256 = textHash(text)
      result.gold = out
    } else result[key] = value
  }
  return {record: result, literals}
}

/** Decodes one stand-off record against the text of its corpus record; throws when the text changed. */
export function decodeRecord(record: Record<string, unknown>, text: string): Record<string, unknown> {
  const id = String(record.id)
  if (record.textSha256 !== textHash(text)) {
    throw new Error(`${id}: the corpus text changed since this set was encoded (hash mismatch)`)
  }
  const decode = (value: unknown): unknown => (Array.isArray(value) ? decodeSpans(text, value as Span[]) : value)
  const gold = (record.gold ?? {}) as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(gold)) {
    if ((topFields as readonly string[]).includes(key)) out[key] = decode(value)
    else if (key === 'authors' && Array.isArray(value)) out[key] = value.map(decode)
    else if (key === 'quotes' && Array.isArray(value)) {
      out[key] = (value as Record<string, unknown>[]).map((quote) => {
        const q: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(quote)) q[k] = k === 'text' || k === 'speaker' ? decode(v) : v
        return q
      })
    } else if (key === 'entities' && value && typeof value === 'object') {
      const entities: Record<string, unknown> = {}
      for (const [type, items] of Object.entries(value as Record<string, unknown>)) {
        entities[type] = Array.isArray(items)
          ? (items as Record<string, unknown>[]).map((item) => {
              const e: Record<string, unknown> = {}
              for (const [k, v] of Object.entries(item)) {
                e[k] = k === 'name' ? decode(v) : k === 'aliases' && Array.isArray(v) ? v.map(decode) : v
              }
              return e
            })
          : items
      }
      out[key] = entities
    } else out[key] = value
  }
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (key === 'textSha256') continue
    result[key] = key === 'gold' ? out : value
  }
  return result
}

/** Is this a stand-off record (it carries the text's hash). */
export function isStandoffRecord(record: Record<string, unknown>): boolean {
  return typeof record.textSha256 === 'string'
}

/** The text of the corpus record a gold or stand-off record points at (`<corpusDir>/<corpus>`, by `id`). */
export function recordText(record: Record<string, unknown>, corpusDir: string): string {
  const found = corpusRecord(corpusDir, String(record.corpus), String(record.id))
  if (!found || typeof found.text !== 'string') {
    throw new Error(`${String(record.id)}: not found in ${resolve(corpusDir, String(record.corpus))}`)
  }
  return found.text
}

/** Decodes stand-off records against the corpus in `corpusDir`; other records pass through unchanged. */
export function decodeStandoff(records: readonly Record<string, unknown>[], corpusDir: string): Record<string, unknown>[] {
  return records.map((record) => (isStandoffRecord(record) ? decodeRecord(record, recordText(record, corpusDir)) : record))
}
