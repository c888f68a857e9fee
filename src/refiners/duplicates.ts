/**
 * The duplicates refiner: a body paragraph repeated verbatim (a copy-paste
 * or scraping artefact) gets a `duplicate-paragraph` warning at the repeat.
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

/** Paragraphs repeated verbatim: `duplicate-paragraph`. */
export const duplicatesRefiner: Extractor = {
  name: 'duplicates',
  run(context, article, state) {
    const paragraphs: {text: string; position: Position; kind: string}[] =
      article.body.length > 0
        ? article.body
        : context.blocks
            .filter((b) => !isClaimed(state.claims, b))
            .map((b) => ({text: b.text, position: positionAt(context, b.start, b.end), kind: b.kind}))
    // A pull quote repeating a paragraph is layout, not a duplicate: compare blocks of one kind.
    const seenByKind = new Map<string, Map<string, Position>>()
    const diagnostics: Diagnostic[] = []
    for (const p of paragraphs) {
      // Normalising only shortens a text: a short one is skipped before.
      if (p.text.length < MIN_LENGTH) continue
      const text = normalise(p.text)
      if (text.length < MIN_LENGTH || (text.length < 4 * MIN_LENGTH && letters(text) < MIN_LENGTH)) continue
      let seen = seenByKind.get(p.kind)
      if (!seen) seenByKind.set(p.kind, (seen = new Map()))
      const first = seen.get(text)
      if (first) {
        diagnostics.push({
          code: 'duplicate-paragraph',
          severity: 'warning',
          message: `Paragraph repeated verbatim (first at line ${first.start.line})`,
          position: p.position
        })
      } else seen.set(text, p.position)
    }
    return diagnostics.length > 0 ? {diagnostics} : {}
  }
}
