/**
 * The shared context of one parse: the input, its mdast tree, its blocks of
 * text, the locale, and offset → position helpers. Extractors read it; none
 * of them changes it.
 */
import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {findFrontMatter, type FrontMatter} from './frontmatter.js'
import type {Locale} from './locales/types.js'
import type {EntityRecognizer} from './entities/types.js'
import {LineIndex, spanOf} from './position.js'
import type {ParagraphKind, Position, Span} from './schema/article.js'
import {lastAtMost} from './search.js'

/** A piece of a block's text that maps onto the input. */
interface Segment {
  /** Index in `Block.text`. */
  readonly at: number
  /** Offset in the input. */
  readonly source: number
  /** Length in `Block.text`. */
  readonly length: number
  /** Whether the text equals the input there character for character. */
  readonly exact: boolean
  /** Length in the input (differs from `length` when not exact: `&amp;` → `&`). */
  readonly sourceLength: number
}

/** A block of text of the document (paragraph, heading, quote, list item…), in reading order. */
export interface Block {
  /** Index in `Context.blocks`. */
  readonly index: number
  readonly kind: ParagraphKind
  /** Heading depth (1–6) for headings, blockquote depth for blockquotes, else 0. */
  readonly depth: number
  /** The text: the input slice in plain text; Markdown markup removed in Markdown. */
  readonly text: string
  /**
   * `text` as it reads: in a hard-wrapped paragraph of plain text (wire copy
   * cut at about 65 characters), each line break the wrapping made (the next
   * word would not have fitted on the line) is a space (`\r\n`: two), so that
   * a name cut at a line end (`Securities and\nExchange Commission`) is one
   * span. Same length and indices as `text`; `text` itself when nothing is
   * joined (a heading, a short line, a table row, any other text).
   */
  readonly flowed: string
  /** Offset of the block in the input. */
  readonly start: number
  /** Offset just after the block in the input. */
  readonly end: number
  /** Internal map from text to input. */
  readonly segments: readonly Segment[]
}

/** Options an extractor may read. */
export interface ContextOptions {
  /** `YYYY-MM-DD` or full ISO date used to resolve relative dates, when the user gave one. */
  readonly referenceDate: string | null
  /** User entity recognisers whose spans are merged with the built-in ones (`ParseOptions.recognizers`). */
  readonly recognizers?: readonly EntityRecognizer[]
}

/** Everything an extractor reads. */
export interface Context {
  /** The original input, exactly as given. */
  readonly source: string
  /** How the input is read. */
  readonly format: 'markdown' | 'text'
  /** The mdast tree (for plain text: paragraphs of raw text). */
  readonly tree: Root
  /** The blocks of text, in reading order (front matter excluded). */
  readonly blocks: readonly Block[]
  /** Front matter, when the input has some. */
  readonly frontMatter: FrontMatter | null
  /** The locale of the article. */
  readonly locale: Locale
  /** Every locale available to this parse. */
  readonly locales: readonly Locale[]
  /** Offset → point index. */
  readonly lines: LineIndex
  readonly options: ContextOptions
  /** Offset at which content starts (after a BOM). */
  readonly contentStart: number
}

/** Position of `start`–`end` in the input. */
export function positionAt(context: Context, start: number, end: number): Position {
  return context.lines.position(start, end)
}

/** Span (text + position) of `start`–`end` in the input. */
export function spanAt(context: Context, start: number, end: number): Span {
  return spanOf(context.source, context.lines, start, end)
}

/** The last segment of `block` starting at or before index `i` of `block.text` (the first when none does); `undefined` when the block has none. */
export function segmentAt(block: Block, i: number): Segment | undefined {
  return block.segments[lastAtMost(block.segments, (s) => s.at, i)]
}

/** Input offset of index `i` of `block.text`. */
export function blockOffset(block: Block, i: number): number {
  const s = segmentAt(block, i)
  if (!s) return block.start
  const into = Math.max(0, i - s.at)
  if (s.exact) return s.source + Math.min(into, s.length)
  return into >= s.length ? s.source + s.sourceLength : s.source
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y

/**
 * How many characters of `value` from `i` the character reference `ref`
 * stands for, the input going on at `after`: a numeric one, one (two for a
 * code point above U+FFFF; an invalid one is U+FFFD); a named one, the
 * value's characters up to the input's next one (at most two), or one when
 * another reference follows (`&eacute;&eacute;`).
 */
function referenceLength(ref: string, value: string, i: number, source: string, after: number): number {
  if (ref[1] === '#') {
    const hex = ref[2] === 'x' || ref[2] === 'X'
    const code = Number.parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
    return Math.min(value.length - i, code > 0xffff && code <= 0x10ffff ? 2 : 1)
  }
  const next = source[after]
  ENTITY.lastIndex = after
  if (next === '&' && ENTITY.test(source)) return 1
  let k = i + 1
  while (k < value.length && k - i < 2 && value[k] !== next) k++
  return k - i
}

/**
 * Aligns `value` (a text node's value) with the input from `start` to `end`
 * where they differ (character escapes, character references, white space
 * stripped at line starts): runs that match become exact segments, each
 * escape or reference an inexact segment covering its input.
 */
function alignSegments(value: string, source: string, start: number, end: number, at: number): Segment[] {
  const out: Segment[] = []
  let i = 0
  let j = start
  let run: {at: number; source: number; length: number} | null = null
  const flush = () => {
    if (run) out.push({...run, exact: true, sourceLength: run.length})
    run = null
  }
  while (i < value.length) {
    ENTITY.lastIndex = j
    const entity = j < end && source[j] === '&' ? ENTITY.exec(source) : null
    if (entity && j + entity[0].length <= end && !value.startsWith(entity[0], i)) {
      flush()
      const k = i + referenceLength(entity[0], value, i, source, j + entity[0].length)
      out.push({at: at + i, source: j, length: k - i, exact: false, sourceLength: entity[0].length})
      i = k
      j += entity[0].length
      continue
    }
    if (j < end && source[j] === value[i]) {
      if (run && run.source + run.length === j && run.at + run.length === at + i) run.length++
      else {
        flush()
        run = {at: at + i, source: j, length: 1}
      }
      i++
      j++
      continue
    }
    flush()
    // The Markdown parser reads U+0000 as U+FFFD: the two stand for each other
    // (else the resynchronisation below would align the value's U+FFFD with a
    // real U+FFFD further in the input and shift every span after it).
    if (j < end && source.charCodeAt(j) === 0 && value.charCodeAt(i) === 0xfffd) {
      out.push({at: at + i, source: j, length: 1, exact: false, sourceLength: 1})
      i++
      j++
      continue
    }
    if (j < end && source[j] === '\\' && source[j + 1] === value[i]) {
      out.push({at: at + i, source: j, length: 1, exact: false, sourceLength: 2})
      i++
      j += 2
      continue
    }
    // Markup and white space that the value leaves out (`>` of a blockquote
    // line, emphasis markers, brackets of a link).
    if (j < end && /[\s>*_~`[\]!<\\]/.test(source[j]!)) {
      j++
      continue
    }
    // Resynchronise on the character a few places further in the input.
    const ahead = source.slice(j, Math.min(end, j + 8)).indexOf(value[i]!)
    if (ahead > 0) {
      j += ahead
      continue
    }
    // Nothing to align with: map the character to where the input stands.
    out.push({at: at + i, source: Math.min(j, end), length: 1, exact: false, sourceLength: 0})
    i++
  }
  flush()
  return out
}

/**
 * Span of `block.text.slice(i, j)` in the input. In plain text (and inside
 * one Markdown text node) `span.text === block.text.slice(i, j)`.
 */
export function blockSpan(context: Context, block: Block, i: number, j: number): Span {
  const start = blockOffset(block, i)
  const end = Math.max(start, blockOffset(block, j))
  return spanAt(context, start, end)
}

/**
 * The pieces of the input that `block.text.slice(i, j)` was read from: one
 * span per run of text that stands in the input as is (Markdown markup,
 * escapes and character references between them are left out). In plain
 * text, one span equal to `blockSpan`.
 */
export function blockSpans(context: Context, block: Block, i: number, j: number): Span[] {
  const spans: Span[] = []
  let open: {start: number; end: number} | null = null
  for (const seg of block.segments) {
    const from = Math.max(i, seg.at)
    const to = Math.min(j, seg.at + seg.length)
    if (!seg.exact || to <= from) continue
    const start = seg.source + (from - seg.at)
    const end = seg.source + (to - seg.at)
    if (open && open.end === start) open.end = end
    else {
      if (open) spans.push(spanAt(context, open.start, open.end))
      open = {start, end}
    }
  }
  if (open) spans.push(spanAt(context, open.start, open.end))
  return spans
}

/**
 * Markdown signs, each with its weight: two points make a text Markdown. A
 * sign's pattern is tried only when the text holds the characters it needs
 * (`includes` is a fast search; most plain texts have no `#`, `](`, `**`…).
 */
const MARKDOWN_SIGNS: readonly {weight: number; test: (sample: string) => boolean}[] = [
  {weight: 2, test: (t) => t.includes('#') && /^ {0,3}#{1,6}[ \t]+\S/m.test(t)},
  {weight: 2, test: (t) => (t.includes('```') || t.includes('~~~')) && /^ {0,3}(?:```|~~~)/m.test(t)},
  {weight: 2, test: (t) => t.includes('](') && /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/.test(t)},
  {weight: 1, test: (t) => t.includes('**') && (/^ {0,3}\*\*[^*\n]{1,200}\*\*/m.test(t) || /(?:^|\s)\*\*[^*\n]{1,200}\*\*(?=[\s.,;:!?]|$)/m.test(t))},
  {weight: 1, test: (t) => t.includes('>') && /^ {0,3}>[ \t]?\S/m.test(t)},
  {weight: 1, test: (t) => (t.includes('===') || t.includes('---')) && /^[^\n]{1,300}\n {0,3}(?:={3,}|-{3,})[ \t]*$/m.test(t)},
  {weight: 1, test: (t) => /^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S[^\n]*\n {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S/m.test(t)},
  {weight: 1, test: (t) => t.includes('_') && /(?:^|\s)_[^_\n]{1,200}_(?=[\s.,;:!?]|$)/m.test(t)}
]

/**
 * Detects whether `text` reads as Markdown or as plain text: Markdown when
 * its signs weigh two points or more. Stops as soon as the answer is known
 * (two points reached, or out of reach with the signs left).
 */
export function detectFormat(text: string, hasFrontMatter: boolean): 'markdown' | 'text' {
  if (hasFrontMatter) return 'markdown'
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  let score = 0
  let left = MARKDOWN_SIGNS.reduce((sum, s) => sum + s.weight, 0)
  for (const sign of MARKDOWN_SIGNS) {
    if (score >= 2 || score + left < 2) break
    left -= sign.weight
    if (sign.test(sample)) score += sign.weight
  }
  return score >= 2 ? 'markdown' : 'text'
}

/** Builds the blocks and the tree of `source`, from `from` (after a BOM or front matter). */
export function readDocument(
  source: string,
  from: number,
  format: 'markdown' | 'text',
  lines: LineIndex = new LineIndex(source)
): {tree: Root; blocks: Block[]} {
  return format === 'markdown' ? readMarkdown(source, from) : readPlainText(source, from, lines)
}

function readMarkdown(source: string, from: number): {tree: Root; blocks: Block[]} {
  // Blank what comes before `from` (BOM, front matter) with spaces, keeping
  // line breaks, so that offsets, lines and columns stay those of the input.
  const doc = from > 0 ? source.slice(0, from).replace(/[^\r\n]/g, ' ') + source.slice(from) : source
  // What remark-parse runs, without unified and vfile around it.
  const tree = fromMarkdown(doc)
  const blocks: Block[] = []
  visitBlocks(blocks, source, tree.children, null, 0)
  return {tree, blocks}
}

/**
 * Adds the blocks of `nodes` to `blocks`. The readers here are module
 * functions, not closures made per parse: V8 keeps a closure's optimised code
 * only while one of its closures lives, so closures made per parse are
 * compiled again after most garbage collections.
 */
function visitBlocks(blocks: Block[], source: string, nodes: readonly RootContent[], kind: ParagraphKind | null, depth: number): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        pushInline(blocks, source, node, 'heading', node.depth)
        break
      case 'paragraph':
        pushInline(blocks, source, node, kind ?? 'paragraph', kind === 'blockquote' ? depth : 0)
        break
      case 'blockquote':
        if (depth < 32) visitBlocks(blocks, source, node.children, 'blockquote', depth + 1)
        break
      case 'list':
      case 'listItem':
        if (depth < 32) visitBlocks(blocks, source, node.children, kind === 'blockquote' ? kind : 'list-item', depth + 1)
        break
      case 'code':
        pushRaw(blocks, source, node, 'code')
        break
      case 'html':
        pushRaw(blocks, source, node, 'other')
        break
      case 'table':
        pushInline(blocks, source, node, 'other', 0)
        break
      default:
        break
    }
  }
}

function pushRaw(blocks: Block[], source: string, node: Nodes, kind: ParagraphKind) {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return
  const text = source.slice(start, end)
  if (text.trim() === '') return
  blocks.push({index: blocks.length, kind, depth: 0, text, flowed: text, start, end, segments: [{at: 0, source: start, length: text.length, exact: true, sourceLength: text.length}]})
}

/** The text of a block being read from its inline nodes, and how it maps onto the input. */
interface InlineText {
  text: string
  readonly segments: Segment[]
  /** Offset of the block in the input. */
  readonly start: number
}

function pushInline(blocks: Block[], source: string, node: Parent, kind: ParagraphKind, depth: number) {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  const inline: InlineText = {text: '', segments: [], start}
  walkInline(inline, source, node.children as readonly PhrasingContent[], 0)
  const {text, segments} = inline
  if (text.trim() === '') return
  blocks.push({index: blocks.length, kind, depth, text, flowed: text, start, end, segments})
}

/** Appends `value`, read from `s`–`e` of the input (unknown: no place in it), to `inline`. */
function addInline(inline: InlineText, source: string, value: string, s: number | undefined, e: number | undefined): void {
  if (value === '') return
  const {segments} = inline
  if (s !== undefined && e !== undefined) {
    const inner = source.slice(s, e).indexOf(value) // `code` inside its backticks
    if (inner >= 0) segments.push({at: inline.text.length, source: s + inner, length: value.length, exact: true, sourceLength: value.length})
    else segments.push(...alignSegments(value, source, s, e, inline.text.length))
  } else {
    segments.push({at: inline.text.length, source: inline.start, length: value.length, exact: false, sourceLength: 0})
  }
  inline.text += value
}

function walkInline(inline: InlineText, source: string, children: readonly (PhrasingContent | RootContent)[], level: number): void {
  for (const child of children) {
    const p = child.position
    if (child.type === 'text' || child.type === 'inlineCode') addInline(inline, source, child.value, p?.start.offset, p?.end.offset)
    else if (child.type === 'break') addInline(inline, source, '\n', p?.start.offset, p?.end.offset)
    else if (child.type === 'image') {
      // `![alt](url)`: the alt text stands right after `![`.
      const alt = child.alt ?? ''
      const at = p?.start.offset === undefined ? undefined : p.start.offset + 2
      const close = at === undefined ? -1 : source.indexOf('](', at)
      if (at !== undefined && close >= at) addInline(inline, source, alt, at, close)
      else addInline(inline, source, alt, undefined, undefined)
    }
    else if (child.type === 'html') addInline(inline, source, child.value, p?.start.offset, p?.end.offset)
    else if ('children' in child && level < 64) {
      if (child.type === 'tableCell' && inline.text !== '') addInline(inline, source, ' ', undefined, undefined)
      if (child.type === 'tableRow' && inline.text !== '') addInline(inline, source, '\n', undefined, undefined)
      walkInline(inline, source, child.children as readonly PhrasingContent[], level + 1)
    }
  }
}

/**
 * Plain text: blocks are separated by blank lines; inside a block, a line
 * indented after a non-indented or indented line starts a new paragraph when
 * the block is hard-wrapped wire copy (paragraphs marked by indentation).
 * With no blank line at all, every line is a paragraph unless the text is
 * hard-wrapped.
 */
function readPlainText(source: string, from: number, index: LineIndex): {tree: Root; blocks: Block[]} {
  const lines: PlainLine[] = []
  // The lines are those the line index found (it has read every line start): the one holding `from`, then the rest,
  // each ending before its line terminator (`\n`, `\r\n` or `\r`).
  const starts = index.lineStarts
  let k = 0
  while (k + 1 < starts.length && starts[k + 1]! <= from) k++
  for (let start = from; k < starts.length; k++, start = starts[k] ?? source.length) {
    const next = starts[k + 1]
    const end = next === undefined ? source.length : next - (next - 2 >= start && source.charCodeAt(next - 1) === 10 && source.charCodeAt(next - 2) === 13 ? 2 : 1)
    const text = source.slice(start, end)
    lines.push({start, end, text, blank: BLANK_LINE.test(text)})
  }
  const hasBlank = lines.some((l, k) => k > 0 && k < lines.length - 1 && l.blank)
  const groups: {paragraphs: {start: number; end: number}[]; width: number}[] = []
  let current: PlainLine[] = []
  const close = () => {
    const width = wrapWidth(current)
    groups.push({paragraphs: splitGroup(current, hasBlank, groups.length === 0, width > 0), width})
    current = []
  }
  for (const line of lines) {
    if (!line.blank) current.push(line)
    else if (current.length > 0) close()
  }
  if (current.length > 0) close()
  const blocks: Block[] = []
  const children: Root['children'] = []
  for (const {paragraphs, width} of groups) {
    for (const p of paragraphs) {
      // Trim surrounding white space; keep everything in between.
      let s = p.start
      let e = p.end
      while (s < e && WHITE_SPACE.test(source[s]!)) s++
      while (e > s && WHITE_SPACE.test(source[e - 1]!)) e--
      if (e <= s) continue
      const text = source.slice(s, e)
      const flowed = width > 0 ? flowText(source, s, e, width) : text
      blocks.push({index: blocks.length, kind: 'paragraph', depth: 0, text, flowed, start: s, end: e, segments: [{at: 0, source: s, length: text.length, exact: true, sourceLength: text.length}]})
      const position = index.position(s, e)
      children.push({type: 'paragraph', children: [{type: 'text', value: text, position}], position})
    }
  }
  const tree: Root = {type: 'root', children, position: index.position(0, source.length)}
  return {tree, blocks}
}

/** A line of plain text (without its line terminator). */
interface PlainLine {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly blank: boolean
}

const BLANK_LINE = /^[\s\u00a0\u202f\u200b\ufeff]*$/
const INDENTED = /^(?: {2,}|\t)\S/
const WHITE_SPACE = /\s/
/** A line ending a sentence (a stop, maybe a closing quote mark). */
const SENTENCE_END = /[.!?…»”"]\s*$/u
/** A line ending a clause or a sentence: a signature ends with none of these. */
const CLAUSE_END = /[.!?…:;,»”"]\s*$/u

/**
 * The paragraphs of a group of lines with no blank line between them, each as
 * a [first line, last line] range. `blankSeparated`: the text separates its
 * blocks with blank lines; `first`: the group opens the text.
 */
function splitGroup(group: readonly PlainLine[], blankSeparated: boolean, first: boolean, wrapped: boolean): {start: number; end: number}[] {
  const paragraphs: {start: number; end: number}[] = []
  let anyIndented = false
  let allIndented = true
  let longest = 0
  for (const l of group) {
    if (INDENTED.test(l.text)) anyIndented = true
    else allIndented = false
    if (l.text.length > longest) longest = l.text.length
  }
  // The top of an article (headline, byline, date lines with no blank line between them):
  // a few short lines that are not a wrapped paragraph are one block each.
  const short = longest < 50
  if (first && blankSeparated && (!wrapped || short) && !anyIndented && group.length <= 6 && longest <= 200) {
    return group.map((l) => ({start: l.start, end: l.end}))
  }
  // A signature under the last paragraph with no blank line: `…a-t-il conclu.\nOumar Alpha`.
  const last = group.at(-1)!
  const before = group.at(-2)
  const signature =
    blankSeparated && !anyIndented && before !== undefined && last.text.trim().length <= 60 &&
    SENTENCE_END.test(before.text) && !CLAUSE_END.test(last.text)
  let para: {start: number; end: number} | null = null
  for (const line of group) {
    const newPara =
      para === null ||
      (anyIndented && !allIndented && INDENTED.test(line.text)) ||
      (!blankSeparated && !wrapped && !anyIndented)
    if (newPara) {
      if (para) paragraphs.push(para)
      para = {start: line.start, end: line.end}
    } else para!.end = line.end
  }
  if (para) paragraphs.push(para)
  if (signature && paragraphs.length > 0 && paragraphs.at(-1)!.start < last.start) {
    paragraphs.at(-1)!.end = before.end
    paragraphs.push({start: last.start, end: last.end})
  }
  return paragraphs
}

/**
 * The width lines were wrapped at, their longest (of the first 200), when they
 * look hard-wrapped (three lines or more, most of them long and of similar
 * width, none over 100 characters); else 0.
 */
function wrapWidth(lines: readonly {text: string}[]): number {
  if (lines.length < 3) return 0
  const lengths = lines.map((l) => l.text.trimEnd().length)
  const max = Math.max(...lengths.slice(0, 200))
  if (max > 100) return 0
  const long = lengths.filter((n) => n >= max * 0.75).length
  return long >= lines.length * 0.6 ? max : 0
}

/**
 * Characters a wrapped line may fall short of the width by, its next word
 * added, and still have been cut by the wrapping: wire copy is not wrapped
 * exactly (`… at a time\nwhen …` six short of 63).
 */
const WRAP_SLACK = 6
/** A run of three spaces inside a line: a table's columns. */
const COLUMNS = '   '

/**
 * `source.slice(start, end)`, a paragraph of lines wrapped at `width`, with
 * each line break the wrapping made read as a space: the line is long enough
 * that the next line's first word would not have fitted on it (within
 * `WRAP_SLACK`), the next line is not indented, and neither line is a table
 * row (three spaces inside). A short line (a heading, a signature, the end of
 * a list item) keeps its line break.
 */
function flowText(source: string, start: number, end: number, width: number): string {
  let out: string[] | null = null
  let from = start
  let lineStart = source.lastIndexOf('\n', start - 1) + 1
  for (let nl = source.indexOf('\n', start); nl >= 0 && nl < end; nl = source.indexOf('\n', nl + 1)) {
    const cr = nl > lineStart && source.charCodeAt(nl - 1) === 13 ? 1 : 0
    const line = source.slice(lineStart, nl - cr)
    const next = nl + 1
    lineStart = next
    const c = source.charCodeAt(next)
    if (next >= end || c === 32 || c === 9 || c === 13) continue
    let word = next
    while (word < end && !WHITE_SPACE.test(source[word]!)) word++
    const lineEnd = source.indexOf('\n', next)
    const following = source.slice(next, lineEnd < 0 || lineEnd > end ? end : lineEnd)
    if (line.trimEnd().length + 1 + (word - next) <= width - WRAP_SLACK || line.trim().includes(COLUMNS) || following.includes(COLUMNS)) continue
    out ??= []
    out.push(source.slice(from, nl - cr), cr ? '  ' : ' ')
    from = next
  }
  return out ? out.join('') + source.slice(from, end) : source.slice(start, end)
}

export {findFrontMatter, LineIndex}
