/**
 * The duplicates refiner: a body paragraph repeated verbatim (a copy-paste
 * or scraping artefact) gets a `duplicate-paragraph` warning at the repeat.
 * So does a paragraph that repeats the end of an earlier one from a sentence
 * start: scraped pages often glue the first copy to the paragraph before it
 * (`… précédent face-à-face.Dans une vidéo …`), then give it again on its own.
 */
import {letterOrDigitWidth} from '../chars.js'
import {positionAt} from '../context.js'
import {isClaimed, type Extractor} from '../pipeline.js'
import type {Diagnostic, Position} from '../schema/article.js'

/** Paragraphs shorter than this (in letters and digits) are not checked: `Lire aussi`, `Advertisement`. */
const MIN_LENGTH = 40

/** Number of letters and digits of a short text. */
function letters(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; ) {
    const w = letterOrDigitWidth(text, i)
    if (w > 0) {
      n++
      i += w
    } else i++
  }
  return n
}

/**
 * White space runs made one space, ends trimmed (`text.replace(/\s+/g, ' ').trim()`);
 * single spaces, the common case, are not replaced, so most texts come back as they are.
 */
const normalise = (text: string) => text.replace(/\s{2,}|[^\S ]/g, ' ').trim()

/** Characters at the end of a normalised text that key the search for earlier paragraphs ending the same way. */
const TAIL_KEY = 24

/** Earlier paragraphs compared with a repeat candidate that shares their tail key (bounds the work on hostile input). */
const TAIL_CANDIDATES = 4

/**
 * Whether `earlier` ends with `text` and the copy starts a sentence there:
 * at its start, or after a sentence end (`.`, `!`, `?`, `…`, `»`, `"`, `”`)
 * with or without a space (scraping drops it).
 */
function endsWithSentence(earlier: string, text: string): boolean {
  if (earlier.length <= text.length || !earlier.endsWith(text)) return false
  let i = earlier.length - text.length - 1
  if (earlier[i] === ' ') i--
  return i >= 0 && '.!?…»"”'.includes(earlier[i]!)
}

/** An earlier paragraph that a paragraph repeats: its index, and whether the repeat is whole (else it repeats its end). */
export interface Repeat {
  readonly of: number
  readonly whole: boolean
}

/**
 * For each paragraph, the earlier paragraph of the same kind that it repeats
 * verbatim, in full or as its end from a sentence start (`null` when none).
 * A pull quote repeating a paragraph is layout, not a duplicate: only
 * paragraphs of one kind are compared. Paragraphs under 40 letters are not
 * checked (`Lire aussi`, `Advertisement`). With `anyStart`, the end of an
 * earlier paragraph counts from any point, not only a sentence start: scraped
 * pages also glue the copy to a heading (`… implication localeSi la …`) or
 * repeat a paragraph from a colon (`… fondamental :« La presse … »`).
 */
export function findRepeats(paragraphs: readonly {readonly text: string; readonly kind: string}[], anyStart = false): (Repeat | null)[] {
  const seenByKind = new Map<string, Map<string, number>>()
  /** Earlier paragraphs of each kind by their last letters: text and index, latest last. */
  const tailsByKind = new Map<string, Map<string, {text: string; index: number}[]>>()
  const out: (Repeat | null)[] = paragraphs.map(() => null)
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    // Normalising only shortens a text: a short one is skipped before.
    if (p.text.length < MIN_LENGTH) continue
    const text = normalise(p.text)
    if (text.length < MIN_LENGTH || (text.length < 4 * MIN_LENGTH && letters(text) < MIN_LENGTH)) continue
    let seen = seenByKind.get(p.kind)
    if (!seen) seenByKind.set(p.kind, (seen = new Map()))
    let tails = tailsByKind.get(p.kind)
    if (!tails) tailsByKind.set(p.kind, (tails = new Map()))
    const first = seen.get(text)
    if (first !== undefined) {
      out[i] = {of: first, whole: true}
      continue
    }
    const key = text.slice(-TAIL_KEY)
    const sameEnd = tails.get(key)
    const host = sameEnd?.find((e) => (anyStart ? e.text.length > text.length && e.text.endsWith(text) : endsWithSentence(e.text, text)))
    if (host) out[i] = {of: host.index, whole: false}
    seen.set(text, i)
    if (!sameEnd) tails.set(key, [{text, index: i}])
    else {
      sameEnd.push({text, index: i})
      if (sameEnd.length > TAIL_CANDIDATES) sameEnd.shift()
    }
  }
  return out
}

/** Paragraphs repeated verbatim, in full or as the end of an earlier one: `duplicate-paragraph`. */
export const duplicatesRefiner: Extractor = {
  name: 'duplicates',
  run(context, article, state) {
    const paragraphs: {text: string; position: Position; kind: string}[] =
      article.body.length > 0
        ? article.body
        : context.blocks
            .filter((b) => !isClaimed(state.claims, b))
            .map((b) => ({text: b.text, position: positionAt(context, b.start, b.end), kind: b.kind}))
    const diagnostics: Diagnostic[] = []
    const repeats = findRepeats(paragraphs)
    for (let i = 0; i < paragraphs.length; i++) {
      const r = repeats[i]
      if (!r) continue
      const first = paragraphs[r.of]!.position
      diagnostics.push({
        code: 'duplicate-paragraph',
        severity: 'warning',
        message: r.whole ? `Paragraph repeated verbatim (first at line ${first.start.line})` : `Paragraph repeats the end of the paragraph at line ${first.start.line}`,
        position: paragraphs[i]!.position
      })
    }
    return diagnostics.length > 0 ? {diagnostics} : {}
  }
}
