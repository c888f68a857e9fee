/**
 * Headline: the front matter `title`, else the first heading, else the first
 * line or block — unless the text opens straight with its body.
 */
import {blockOffset, positionAt, type Block, type Context} from '../context.js'
import type {Extractor, Range} from '../pipeline.js'
import {matchDateline} from './dateline.js'
import {lazy} from '../chars.js'

const RX1 = lazy(String.raw`[\p{L}\p{N}]`, 'u')
const RX2 = lazy(String.raw`[.!?…][»”"’)]?[ \t\u00a0]+[\p{Lu}«“"]`, 'gu')
const RX3 = lazy(String.raw`\p{L}`, 'u')

/** Longest first block read as a headline in plain text (a longer one is body). */
const MAX_HEADLINE = 400

/** Front matter keys read as the title, in order of preference. */
const TITLE_KEYS = ['title', 'headline']

/** Separators left at the edge of a headline once a publication line is cut off. */
const EDGE = /^[\s|·•–—\-:,;]+|[\s|·•–—\-:,;]+$/gu

/** The parts of `start`–`end` not covered by `claims`. */
function unclaimedPieces(start: number, end: number, claims: readonly Range[]): Range[] {
  const inside = claims
    .filter((c) => c.end > start && c.start < end)
    .map((c) => ({start: Math.max(start, c.start), end: Math.min(end, c.end)}))
    .sort((a, b) => a.start - b.start)
  const pieces: Range[] = []
  let at = start
  for (const c of inside) {
    if (c.start > at) pieces.push({start: at, end: c.start})
    at = Math.max(at, c.end)
  }
  if (at < end) pieces.push({start: at, end})
  return pieces
}

/** Trims white space off both ends of `start`–`end` of the input, and separators where a claim was cut off. */
function trimEdges(source: string, start: number, end: number, cutBefore: boolean, cutAfter: boolean): Range {
  const text = source.slice(start, end)
  const lead = (cutBefore ? /^[\s|·•–—\-:,;]*/u : /^\s*/u).exec(text)![0].length
  const trail = (cutAfter ? /[\s|·•–—\-:,;]*$/u : /\s*$/u).exec(text.slice(lead))![0].length
  return {start: start + lead, end: end - trail}
}

/** Whether nothing but separators and claimed text follows `from` in `block`. */
function restIsEmpty(context: Context, block: Block, from: number, claims: readonly Range[]): boolean {
  return unclaimedPieces(from, block.end, claims).every((p) => !RX1().test(context.source.slice(p.start, p.end)))
}

/** Whether a plain-text block reads as the opening of a body rather than a headline. */
export function opensBody(block: Block, context: Context): boolean {
  const text = block.text
  // A dateline followed by a sentence; a short line that only looks like one is a headline.
  const dateline = matchDateline(block, context)
  if (dateline) {
    const known = dateline.source !== null && context.locales.some((l) => l.byline.agencies.includes(dateline.source!))
    const rest = text.slice(dateline.end).trim()
    if (known || rest.length >= 80 || rest === '' || /[.!?…]["”»’]?$/u.test(rest)) return true
  }
  if (text.length > MAX_HEADLINE) return true
  // Two sentences or more, and long: a paragraph.
  const sentences = text.match(RX2())?.length ?? 0
  return text.length > 200 && sentences >= 2
}

/** The block the headline comes from, among the first blocks not claimed yet. */
function headlineBlock(context: Context, claims: readonly Range[]): Block | null {
  const open = context.blocks
    .slice(0, 8)
    .filter((b) => unclaimedPieces(b.start, b.end, claims).some((p) => RX3().test(context.source.slice(p.start, p.end))))
  const first = open[0]
  if (!first) return null
  if (context.format === 'markdown' && first.kind !== 'heading') {
    // A kicker or a label may stand above the first heading.
    for (const b of open.slice(1, 3)) {
      if (b.kind === 'heading') return b
      if (b.text.length > 100 || b.text.includes('\n')) break
    }
  }
  return first
}

/** Headline: the front matter title, else the first heading, else the first line or block. */
export const headlineExtractor: Extractor = {
  name: 'headline',
  run(context, _article, state) {
    const fm = context.frontMatter
    for (const key of TITLE_KEYS) {
      const title = fm?.data.get(key)
      if (title && typeof title.value === 'string' && title.value.trim() !== '') {
        const headline = title.value.trim()
        // A heading repeating the title is not body.
        const first = context.blocks[0]
        const same = first && first.kind === 'heading' && first.text.replace(/\s+/g, ' ').trim() === headline.replace(/\s+/g, ' ')
        return {
          headline,
          headlinePosition: positionAt(context, title.start, title.end),
          claims: same ? [{start: first.start, end: first.end}] : []
        }
      }
    }
    const block = headlineBlock(context, state.claims)
    if (!block) return {}
    if (block.kind !== 'heading' && opensBody(block, context)) return {}
    // The first piece of the block not claimed by an earlier step (a fused
    // publication line is claimed by `publication`), on its first line.
    // Markdown: the text of the block, without its markup (`# `, `**`).
    const textStart = context.format === 'markdown' ? blockOffset(block, 0) : block.start
    const textEnd = context.format === 'markdown' ? Math.max(textStart, blockOffset(block, block.text.length)) : block.end
    const pieces = unclaimedPieces(textStart, textEnd, state.claims)
    let piece = pieces.find((p) => RX3().test(context.source.slice(p.start, p.end)))
    if (!piece) return {}
    if (block.kind !== 'heading') {
      const text = context.source.slice(piece.start, piece.end)
      const lead = /^\s*/.exec(text)![0].length
      const nl = text.slice(lead).search(/\r?\n/)
      if (nl > 0) piece = {start: piece.start, end: piece.start + lead + nl}
    }
    // Separators are trimmed only where a claimed range was cut off: plain
    // text otherwise comes back exactly as written.
    const cutBefore = piece.start > textStart
    const cutAfter = pieces.length > 1 || piece.end < textEnd && context.source.slice(piece.end, textEnd).trim() !== '' && !/^\s*\r?\n/.test(context.source.slice(piece.end, textEnd))
    let range = trimEdges(context.source, piece.start, piece.end, cutBefore, cutAfter)
    if (range.end <= range.start) return {}
    let headline = context.source.slice(range.start, range.end)
    if (context.format === 'markdown') {
      // Markdown: the heading's text without its markup.
      const trimmed = block.text.replace(EDGE, '')
      if (pieces.length === 1 && piece.start === textStart && piece.end === textEnd) {
        headline = trimmed
        range = {start: block.start, end: block.end}
      }
    }
    return {
      headline,
      headlinePosition: positionAt(context, range.start, range.end),
      claims: [restIsEmpty(context, block, range.end, state.claims) ? {start: block.start, end: block.end} : {start: block.start, end: range.end}]
    }
  }
}
