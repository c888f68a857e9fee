/**
 * The dates step: every date mentioned in the body (`kind: 'mentioned'`),
 * with its text and position, resolved against `referenceDate` (default: the
 * article's `datePublished`). Dates inside ranges claimed by earlier steps
 * (publication line, headline, dateline…) are left to those steps.
 */
import {blockOffset, segmentAt, spanAt, type Block, type Context} from '../context.js'
import {findDates} from '../dates/find.js'
import type {Extractor} from '../pipeline.js'
import type {DateMention} from '../schema/article.js'

/** Block kinds whose dates are not mentions (code, raw HTML). */
const SKIPPED_KINDS = new Set(['code', 'other'])

/** Dates mentioned in the text: adds `dates` of kind `mentioned`. */
export const datesExtractor: Extractor = {
  name: 'dates',
  run(context, article, state) {
    const reference = context.options.referenceDate ?? article.datePublished?.slice(0, 10) ?? null
    const mentions: DateMention[] = []
    const claims = state.claims
    const known = new Set(article.dates.map((d) => `${d.position.start.offset}:${d.position.end.offset}`))
    for (const block of context.blocks) {
      if (SKIPPED_KINDS.has(block.kind)) continue
      for (const m of findDates(block.text, context.locale.dates, reference)) {
        if (m.invalid) continue
        const span = matchSpan(context, block, m.start, m.end)
        const s = span.position.start.offset
        const e = span.position.end.offset
        if (claims.some((c) => s < c.end && c.start < e)) continue
        if (known.has(`${s}:${e}`)) continue
        mentions.push({
          text: span.text,
          position: span.position,
          kind: 'mentioned',
          value: m.value,
          ...(m.weekday !== undefined ? {weekday: m.weekday} : {}),
          ...(m.relative ? {relative: true} : {})
        })
      }
    }
    if (mentions.length === 0) return {}
    return {dates: [...article.dates, ...mentions]}
  }
}

/**
 * Span of `block.text.slice(i, j)` in the input, ending after the last
 * character of the match (not after markup that follows it: `**3 mars**`).
 * Where the block text differs from the input (indented continuation lines
 * of a list item, `>` of a block quote), the match is looked up in the input
 * with its white space made flexible.
 */
export function matchSpan(context: Context, block: Block, i: number, j: number) {
  const start = blockOffset(block, i)
  const end = j > i ? Math.max(start, blockOffset(block, j - 1) + 1) : start
  const want = block.text.slice(i, j)
  if (context.source.slice(start, end) === want || want.length > 200) return spanAt(context, start, end)
  const pattern = want
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s>]{1,40}')
  const re = new RegExp(pattern, 'g')
  // The input holds at least the characters of the text (plus indentation or
  // markers), so the match starts at or after this estimate: the search stays short.
  const seg = segmentAt(block, i)
  re.lastIndex = seg ? Math.max(seg.source + (i - seg.at), start) : start
  const m = re.exec(context.source)
  if (m && m.index < block.end) return spanAt(context, m.index, m.index + m[0].length)
  return spanAt(context, start, end)
}
