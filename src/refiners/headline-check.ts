/**
 * Reports `missing-headline` (the text opens straight with its body) and
 * `missing-body` (nothing is left once the metadata is taken).
 */
import {positionAt} from '../context.js'
import type {Extractor} from '../pipeline.js'
import type {Diagnostic} from '../schema/article.js'

/** Reports missing-headline and missing-body. */
export const headlineCheckRefiner: Extractor = {
  name: 'headline-check',
  run(context, article) {
    // Nothing to say about an empty input: `empty-input` says it already.
    if (context.source.trim() === '') return {}
    const diagnostics: Diagnostic[] = []
    const first = context.blocks[0]
    if (article.headline === null) {
      // Where a headline was expected: the start of the first block.
      const at = first ? first.start : context.contentStart
      const end = first ? Math.min(first.end, first.start + (/^[^\r\n]*/.exec(first.text)?.[0].length ?? 0)) : at
      diagnostics.push({
        code: 'missing-headline',
        severity: 'warning',
        message: 'The text has no headline: it opens straight with its body',
        position: positionAt(context, at, end)
      })
    }
    if (article.body.length === 0) {
      const last = context.blocks.at(-1)
      const at = last ? last.end : context.source.length
      diagnostics.push({
        code: 'missing-body',
        severity: 'warning',
        message: 'The text has no body: nothing is left once the headline and the other metadata are taken',
        position: positionAt(context, at, at)
      })
    }
    return diagnostics.length > 0 ? {diagnostics} : {}
  }
}
