/**
 * The duplicates refiner: a body paragraph repeated verbatim (a copy-paste
 * or scraping artefact) gets a `duplicate-paragraph` warning at the repeat.
 */
import {positionAt} from '../context.js'
import {isClaimed, type Extractor} from '../pipeline.js'
import type {Diagnostic, Position} from '../schema/article.js'

/** Paragraphs shorter than this (in letters and digits) are not checked: `Lire aussi`, `Advertisement`. */
const MIN_LENGTH = 40

const LETTER = /[\p{L}\p{N}]/gu
/** Number of letters and digits of a short text. */
const letters = (text: string) => text.match(LETTER)?.length ?? 0

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

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
    const seen = new Map<string, Position>()
    const diagnostics: Diagnostic[] = []
    for (const p of paragraphs) {
      const text = normalise(p.text)
      // A pull quote repeating a paragraph is layout, not a duplicate: compare blocks of one kind.
      const key = `${p.kind}\u0000${text}`
      if (text.length < MIN_LENGTH || (text.length < 4 * MIN_LENGTH && letters(text) < MIN_LENGTH)) continue
      const first = seen.get(key)
      if (first) {
        diagnostics.push({
          code: 'duplicate-paragraph',
          severity: 'warning',
          message: `Paragraph repeated verbatim (first at line ${first.start.line})`,
          position: p.position
        })
      } else seen.set(key, p.position)
    }
    return diagnostics.length > 0 ? {diagnostics} : {}
  }
}
