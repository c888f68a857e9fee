import {caseOf, unitIs} from '../chars.js'
import {isSpace as space} from './text.js'

/**
 * Finding quotation marks and the spans they enclose, block by block, in one
 * linear pass: typographic pairs (« », “ ”, „ “, ‹ ›, ‘ ’) and straight marks
 * (" and ') told from apostrophes by what stands on each side; a quote that
 * runs over paragraphs in the news way (each paragraph opens a mark, only the
 * last closes it) is one quote made of several segments.
 */

/** A piece of a quote inside one block: `text.slice(start, end)` of that block. */
export interface Segment {
  readonly block: number
  readonly start: number
  readonly end: number
}

/** A span enclosed by quotation marks. */
export interface MarkedQuote {
  /** The pieces, trimmed, in order (more than one when the quote runs over paragraphs). */
  readonly segments: readonly Segment[]
  /** Block and index of the opening mark. */
  readonly open: {readonly block: number; readonly at: number}
  /** Block and index of the closing mark. */
  readonly close: {readonly block: number; readonly at: number}
}

/** An opening mark that was never closed. */
export interface UnbalancedMark {
  readonly block: number
  readonly at: number
}

/** Longest quote kept, in characters: a longer span is an unbalanced mark, not a quote. */
export const MAX_QUOTE_LENGTH = 6000
/** Most unbalanced marks recorded. */
const MAX_UNBALANCED = 100
/** Most paragraphs one quote may run over. */
export const MAX_QUOTE_PARAGRAPHS = 12
/** Fewest characters of a paragraph that repeats the end of the one before it, read as a copy. */
const MIN_TAIL_REPEAT = 20

/**
 * Whether `next`, white space at its ends aside, repeats the end of `text` (the paragraph before it), MIN_TAIL_REPEAT
 * characters or more: a scraper's copy (the last sentence of a statement given again with its signature).
 */
export function repeatsEnd(text: string, next: string): boolean {
  const n = next.trim()
  return n.length >= MIN_TAIL_REPEAT && text.trimEnd().endsWith(n)
}

interface MarkTable {
  /** Opening mark → the marks that close it. */
  readonly closers: ReadonlyMap<string, ReadonlySet<string>>
  /** Every mark that may close something. */
  readonly closing: ReadonlySet<string>
  /** Whether `»` may open a quote at the start of a line (French continuation mark). */
  readonly reversedGuillemet: boolean
  /** Opening mark → the marks that close it only where none of its own closing marks follows in the block (`«` → `”`). */
  readonly fallback: ReadonlyMap<string, ReadonlySet<string>>
  /** Opening mark → the opening marks whose own closing marks are among its fallback closers (`«` → `“`, `„`): nested quotes. */
  readonly fallbackInner: ReadonlyMap<string, ReadonlySet<string>>
  /** Words written elided, without their apostrophe (`d`, `qu`): `»` after one opens a quote (`qu’ »il …`). */
  readonly elided: ReadonlySet<string>
  /** Opening mark → its own closing marks (its pairs, not the fallback ones: `«` → `»`). */
  readonly own: ReadonlyMap<string, ReadonlySet<string>>
  /** Closing marks of a statement pasted whole, closing it after its signature (`»`: `MarkWords.statementPairs`). */
  readonly statementClosers: ReadonlySet<string>
}

/**
 * Builds the mark table from the pairs of a lexicon (`«»`, `""`…), its fallback pairs (`«”`), its elided words (`d`, `qu`)
 * and the pairs of a statement pasted whole (`«»`).
 */
export function markTable(pairs: readonly string[], fallbackPairs: readonly string[] = [], elidedWords: readonly string[] = [], statementPairs: readonly string[] = []): MarkTable {
  const closers = new Map<string, Set<string>>()
  const closing = new Set<string>()
  let reversedGuillemet = false
  for (const pair of pairs) {
    const [open, close] = [...pair]
    if (!open || !close) continue
    if (open === '»' && close === '»') {
      reversedGuillemet = true
      continue
    }
    let set = closers.get(open)
    if (!set) closers.set(open, (set = new Set()))
    set.add(close)
    closing.add(close)
  }
  if (reversedGuillemet) {
    const set = closers.get('»') ?? new Set<string>()
    set.add('»')
    closers.set('»', set)
  }
  const own = new Map<string, ReadonlySet<string>>()
  for (const [open, set] of closers) own.set(open, new Set(set))
  const fallback = new Map<string, Set<string>>()
  const fallbackInner = new Map<string, Set<string>>()
  for (const pair of fallbackPairs) {
    const [open, close] = [...pair]
    const own = open ? closers.get(open) : undefined
    if (!open || !close || !own || own.has(close)) continue
    let set = fallback.get(open)
    if (!set) fallback.set(open, (set = new Set()))
    set.add(close)
    closing.add(close)
    let inner = fallbackInner.get(open)
    if (!inner) fallbackInner.set(open, (inner = new Set()))
    for (const [o, cs] of closers) if (o !== open && o !== '»' && cs.has(close)) inner.add(o)
  }
  for (const [open, set] of fallback) for (const c of set) closers.get(open)!.add(c)
  const statementClosers = new Set<string>()
  for (const pair of statementPairs) {
    const close = [...pair][1]
    if (close) statementClosers.add(close)
  }
  return {closers, closing, reversedGuillemet, fallback, fallbackInner, elided: new Set(elidedWords), own, statementClosers}
}

/** A cut marked in brackets at the start of quoted words (`(...)`, `[…]`), white space around it. */
const CUT_START = /^\s*[([](?:\.\.\.|…)[)\]]\s*/

const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '«', '“', '„', '‘', '‹', '"', "'"])
const CLOSE_CONTEXT = /[\s.,;:!?)\]}…—–»”’›"'-]/u

/**
 * Whether the mark at `i` of `t` can open a quote. `"` opens after white
 * space, an opening bracket or a colon, or when glued between two words
 * (`vie."Crimes`), never after `=` (markup: `alt="…"`); `'` only after white space and before a letter (never
 * inside a word: `l'AES`, `don't`); `»` only at the start of a line.
 */
function canOpen(t: string, i: number, table: MarkTable): boolean {
  const c = t[i]!
  const prev = t[i - 1]
  const next = t[i + 1]
  if (next === undefined) return false
  if (c === '»') return table.reversedGuillemet && (((i === 0 || prev === '\n') && (space(next) || unitIs('alnum', t.charCodeAt(i + 1)))) || afterElision(t, i, table))
  if (!table.closers.has(c)) return false
  // An attribute's value in markup (`<a name="…">`, `alt="…"`) is not a quote, nor the mark that ends it.
  if (prev === '=' || next === '>') return false
  if (c === "'" || c === '‘') {
    if (!(space(prev) || OPEN_CONTEXT.has(prev!))) return false
    return unitIs('letter', t.charCodeAt(i + 1))
  }
  if (c === '"' || c === '”') {
    if (space(next)) {
      // Spaced straight marks (`" le président … "`): opens before a spaced word.
      return c === '"' && space(prev) && next !== '\n' && unitIs('alnum', t.charCodeAt(i + 2))
    }
    if (/[,.;:!?)\]}]/.test(next)) return false
    if (space(prev) || OPEN_CONTEXT.has(prev!)) return true
    // Glued between two words: may open when nothing is open (not before markup: `src="x">`).
    return c === '"' && !CLOSE_CONTEXT.test(next) && unitIs('alnum', t.charCodeAt(i + 1))
  }
  return true
}

/**
 * Whether `»` at `i` opens a quote after an elided word (`qu’ »il n’y avait …»`,
 * `d' »arrêter les combats »`): one of the table's elided words and an
 * apostrophe before it (a space between them at most), a letter after it (a
 * space between at most).
 */
function afterElision(t: string, i: number, table: MarkTable): boolean {
  if (table.elided.size === 0) return false
  let k = i - 1
  if (t[k] === ' ' || t[k] === '\u00a0' || t[k] === '\u202f') k--
  if (t[k] !== '’' && t[k] !== "'") return false
  let w = k
  while (w > 0 && k - w < 8 && unitIs('letter', t.charCodeAt(w - 1))) w--
  if (!table.elided.has(t.slice(w, k).toLowerCase())) return false
  let n = i + 1
  if (t[n] === ' ' || t[n] === '\u00a0' || t[n] === '\u202f') n++
  return unitIs('letter', t.charCodeAt(n))
}

/**
 * Whether a mark of the open quote's kind at `i` that closed nothing ends the
 * quote: nothing but a comma or a full stop after it, the end of the block, or
 * a lower-case word glued to it (`terminer «a écrit`, `longtemps «, a déclaré`).
 */
function straysAsClose(t: string, i: number): boolean {
  let k = i + 1
  if (caseOf(t.charCodeAt(k)) === 2) return true
  while (k < t.length && k < i + 4 && space(t[k])) k++
  return k >= t.length || t[k] === ',' || t[k] === '.'
}

/** Whether the mark at `i` can close a quote opened with `open`. */
function canClose(t: string, i: number, open: string, table: MarkTable): boolean {
  const c = t[i]!
  if (!table.closers.get(open)?.has(c)) return false
  const prev = t[i - 1]
  const next = t[i + 1]
  if (c === '»' && table.reversedGuillemet && (i === 0 || prev === '\n') && space(next) && next !== '\n') {
    // `»` opening a line inside a quote is the French continuation mark.
    return false
  }
  // `»` after an elided word opens (`qu’ »il …`): nothing ends there.
  if (c === '»' && afterElision(t, i, table)) return false
  if (c === "'" || c === '’') return !space(prev) && !unitIs('alnum', t.charCodeAt(i + 1))
  if (c === '"' || c === '“') return !space(prev) || space(next) || /[,.;:!?)\]}]/.test(next!)
  return true
}

/** The last index of `t` before `i` that is not white space, or -1. */
function lastNonSpaceBefore(t: string, i: number): number {
  let k = i - 1
  while (k >= 0 && space(t[k])) k--
  return k
}

/** Whether a sentence ends just before index `i` (skipping white space). */
function sentenceEndsBefore(t: string, i: number): boolean {
  const k = lastNonSpaceBefore(t, i)
  return k >= 0 && /[.!?…]/.test(t[k]!)
}

/** Whether a quote inside ends a sentence just before index `i` (`… ridiculous.' "But …`, white space skipped). */
function quoteEndsBefore(t: string, i: number): boolean {
  const k = lastNonSpaceBefore(t, i)
  return k > 0 && (t[k] === "'" || t[k] === '’') && /[.!?…]/.test(t[k - 1]!)
}

/**
 * Whether the mark at `i` of `t` opens a sentence: at the start of the block,
 * or after a sentence end, a colon, or a closing mark (`said: "…`, `… 1 January." "Let …`).
 */
function opensSentence(t: string, i: number): boolean {
  const k = lastNonSpaceBefore(t, i)
  return k < 0 || /[.!?…:"”»]/.test(t[k]!)
}

/**
 * Index of the first stop of `t` in [from, to) that ends a sentence (`.`, `!`, `?` or `…` before white space and a
 * capital letter or the end of `t`, or glued to a capital after a lower-case letter: `agenda.Dr`), or -1.
 */
function sentenceEndIn(t: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = t[k]!
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue
    let n = k + 1
    if (n < t.length && !space(t[n])) {
      if (caseOf(t.charCodeAt(k - 1)) === 2 && caseOf(t.charCodeAt(n)) === 1) return k
      continue
    }
    while (n < t.length && n < k + 4 && space(t[n])) n++
    // The end of the block ends the sentence too.
    if (n >= t.length || caseOf(t.charCodeAt(n)) === 1) return k
  }
  return -1
}

/** Index of the first comma of `t` in [from, to) followed by one of `joins` (`, but`, `, et`), or -1. */
function clauseJoinIn(t: string, from: number, to: number, joins: ReadonlySet<string>): number {
  if (joins.size === 0) return -1
  for (let k = from; k < to; k++) {
    if (t[k] !== ',') continue
    let s = k + 1
    while (s < to && s < k + 4 && space(t[s])) s++
    let e = s
    while (e < to && e < s + 16 && unitIs('letter', t.charCodeAt(e))) e++
    if (e > s && space(t[e]) && joins.has(t.slice(s, e))) return k
  }
  return -1
}

/**
 * Words of `t` in [from, to) as runs of non-space characters (a lone dash counts), counted up to `most`
 * (`countWords` in chars.ts counts runs of letters and digits instead).
 */
function spacedWords(t: string, from: number, to: number, most: number): number {
  let words = 0
  for (let k = from; k < to && words < most; k++) if (!space(t[k]) && (k === from || space(t[k - 1]))) words++
  return words
}

/** Fewest words of a statement closed by `»` after its signature (fewer: a line, not a statement pasted whole). */
const MIN_SIGNED_WORDS = 12
/** Most words of a signature glued after a statement's last sentence (`Thierno Bocoum`, `Fait à Dakar, le 14 juin 2025`). */
const MAX_SIGNATURE_WORDS = 12

/**
 * Where the words of a statement closed by the mark at `i` (one of the table's `statementClosers`: `»`) end when a
 * signature follows its last sentence (`… à perdre.El Malick NdiayeSecrétaire national »`, `… debout pour tous.Le
 * Collectif »`): just after the last stop of `t` in [from, i), when nothing but white space follows the mark in the
 * block and at most MAX_SIGNATURE_WORDS words, with no colon, stand between the stop and the mark. -1 otherwise.
 * Reads back from `i` at most to that stop.
 */
function signedEnd(t: string, from: number, i: number): number {
  for (let k = i + 1; k < t.length; k++) if (!space(t[k])) return -1
  let words = 0
  for (let k = i - 1; k >= from; k--) {
    const c = t[k]!
    if (isStop(c)) return words > 0 ? k + 1 : -1
    if (c === ':' || c === '\n') return -1
    // (A word glued to the stop, `libre.Diop`, is one too.)
    if (!space(c) && (k === from || space(t[k - 1]) || isStop(t[k - 1])) && ++words > MAX_SIGNATURE_WORDS) return -1
  }
  return -1
}

/** Whether `c` is a stop: `.`, `!`, `?`, `…`. */
function isStop(c: string | undefined): boolean {
  return c === '.' || c === '!' || c === '?' || c === '…'
}

/** First index of `t` that is not white space, or -1. */
function firstNonSpace(t: string): number {
  for (let k = 0; k < t.length && k < 64; k++) if (!space(t[k])) return k
  return -1
}

/**
 * The index of the last `mark` in `text` (-1: none, or not a closing mark of
 * `table`), kept in `cache` for the block: each mark is searched for only when asked about.
 */
function lastClose(cache: Map<string, number>, text: string, mark: string, table: MarkTable): number {
  return table.closing.has(mark) ? lastIn(cache, text, mark) : -1
}

/**
 * Whether two of the marks that close a quote opened with `open` (its own, `table.own`, not the fallback ones) follow
 * index `i` of `text`: the last two of each are found once per block and kept in `cache`.
 */
function closesTwiceAfter(text: string, i: number, open: string, table: MarkTable, cache: Map<string, number>): boolean {
  let after = 0
  for (const own of table.own.get(open) ?? []) {
    const last = lastIn(cache, text, own)
    if (last <= i) continue
    if (++after > 1) return true
    // (Keyed apart from the marks `lastIn` keeps: `’’` there is two apostrophes in a row.)
    const key = `before ${own}`
    let before = cache.get(key)
    if (before === undefined) cache.set(key, (before = text.lastIndexOf(own, last - 1)))
    if (before > i) return true
  }
  return false
}

/** Whether a stop (`.`, `!`, `?`, `…`) stands in [from, to) of `t`. */
function stopIn(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isStop(t[k])) return true
  return false
}

/** `text.lastIndexOf(s)`, kept in `cache` for the block (searched for when first asked about). */
function lastIn(cache: Map<string, number>, text: string, s: string): number {
  let at = cache.get(s)
  if (at === undefined) cache.set(s, (at = text.lastIndexOf(s)))
  return at
}

const compiledPairs = new WeakMap<readonly string[], {table: MarkTable; markRe: RegExp; fallbackPairs: readonly string[]; elidedWords: readonly string[]; statementPairs: readonly string[]}>()

/** The mark table of `pairs` and a pattern that finds any of its marks, built once per list. */
function compiled(pairs: readonly string[], fallbackPairs: readonly string[], elidedWords: readonly string[], statementPairs: readonly string[]): {table: MarkTable; markRe: RegExp} {
  let found = compiledPairs.get(pairs)
  if (found && found.fallbackPairs === fallbackPairs && found.elidedWords === elidedWords && found.statementPairs === statementPairs) return found
  const table = markTable(pairs, fallbackPairs, elidedWords, statementPairs)
  const markChars = new Set<string>([...table.closers.keys(), ...table.closing])
  const markRe = new RegExp(`[${[...markChars].map((c) => '\\' + c).join('')}]`, 'g')
  found = {table, markRe, fallbackPairs, elidedWords, statementPairs}
  compiledPairs.set(pairs, found)
  return found
}

/** The marks and words of a locale that `findMarkedQuotes` reads. */
export type MarkWords = {
  /** Quotation mark pairs, each as two characters: opening then closing (`«»`, `“”`). */
  readonly pairs: readonly string[]
  /** Pairs that close a quote only where none of its own closing marks follows in the block (`«”`: `« … ”` in scraped text). */
  readonly fallbackPairs?: readonly string[]
  /** Words after which an apostrophe then `»` opens (`d`, `qu`: `qu’ »il …`). */
  readonly elidedWords?: readonly string[]
  /** Pairs of a statement pasted whole whose closing mark closes it after its signature, its opening mark lost (`«»`). */
  readonly statementPairs?: readonly string[]
  /** Words that join a clause after a comma (`, but`, `, et`). */
  readonly clauseJoins?: ReadonlySet<string>
}

/**
 * Finds the quotes of `texts` (the blocks, in order), with the locale's marks
 * and words (`MarkWords`, the second argument). `sameFlow(a, b)` tells whether block `b` may continue a quote
 * left open at the end of block `a`.
 */
export function findMarkedQuotes(
  texts: readonly string[],
  {pairs, fallbackPairs = [], elidedWords = [], statementPairs = [], clauseJoins = new Set()}: MarkWords,
  sameFlow: (a: number, b: number) => boolean = () => true
): {quotes: MarkedQuote[]; unbalanced: UnbalancedMark[]} {
  const {table, markRe} = compiled(pairs, fallbackPairs, elidedWords, statementPairs)
  const quotes: MarkedQuote[] = []
  const unbalanced: UnbalancedMark[] = []

  // Open quote state.
  let openChar = ''
  let openAt: {block: number; at: number} | null = null
  let segments: Segment[] = []
  let segStart = 0
  let length = 0
  let paragraphs = 0
  let depth = 0
  /** Index, in the current block, of the last mark that closed a nested quote (-1: none). */
  let nestedClose = -1
  /** Index, in the current block, of the last mark of the open quote's kind met inside it that closed nothing (-1: none). */
  let strayOpen = -1
  /** Whether a quote of another kind, whose closing mark is a fallback closer of the open one, is open inside it (`« … “ … ” … »`). */
  let innerOpen = false
  /** The opening mark of a quote of another kind, closed by none of the open quote's marks, open inside it ('': none). */
  let innerKind = ''
  /** Whether the open quote's current piece opens a line (its mark first on the line, or a paragraph continued). */
  let segAtLineStart = false
  /** End of the line holding `segStart` in block `b` (memo: [block, segStart, end]). */
  let lineMemo: [number, number, number] = [-1, -1, -1]
  const lineEndOf = (t: string, b: number, from: number): number => {
    if (lineMemo[0] !== b || lineMemo[1] !== from) {
      const at = t.indexOf('\n', from)
      lineMemo = [b, from, at < 0 ? t.length : at]
    }
    return lineMemo[2]
  }
  /** Whether only white space stands between the line's start and `i`. */
  const opensLine = (t: string, i: number): boolean => {
    for (let k = i - 1; k >= 0; k--) {
      if (t[k] === '\n') return true
      if (!space(t[k])) return false
    }
    return true
  }

  const trimSeg = (block: number, start: number, end: number): Segment | null => {
    const t = texts[block]!
    let s = start
    let e = end
    while (s < e && space(t[s])) s++
    while (e > s && space(t[e - 1])) e--
    return e > s ? {block, start: s, end: e} : null
  }
  /**
   * The quote a closing mark at `i` ends when nothing is open (its opening mark
   * was lost: `… la justice. », a réagi X`, `… MONDE ! »a déclaré Trump`,
   * `on ne lâchera rien", a poursuivi la CGT`): the words from the start of its
   * line or after the last mark on it that paired with nothing (`looseMark`);
   * for a straight or English mark, only from the sentence after the mark
   * before it on the line (`markBefore`); guillemets nest, so quotes closed
   * before it on the line are quotes inside it and are dropped. Only when the
   * words end a sentence before the mark or a comma follows it, and are three
   * or more. Null otherwise.
   */
  const orphanClose = (t: string, b: number, i: number, markBefore: number, looseMark: number, lineStart: number): MarkedQuote | null => {
    const c = t[i]!
    if ((c !== '»' && c !== '”' && c !== '"') || !table.closing.has(c)) return null
    // From the line's start, or after a mark on it that neither opened nor closed a quote (`Texte in extenso» J’ai …`).
    let start = Math.max(lineStart, looseMark + 1)
    if (c !== '»' && markBefore >= lineStart) {
      // After a mark on the same line (a quote closed there): only a new sentence.
      let k = markBefore + 1
      while (k < i && space(t[k])) k++
      if (!/[.!?…]/.test(t[k] ?? '')) return null
      start = k + 1
    }
    if (i - start > MAX_QUOTE_LENGTH) return null
    let n = i + 1
    while (n < t.length && n < i + 3 && space(t[n]) && t[n] !== '\n') n++
    let end = i
    // A full stop after the mark (`… sans toi ».`) ends the words too, when no other mark stands before them on the line.
    if (t[n] !== ',' && !sentenceEndsBefore(t, i) && !(t[n] === '.' && markBefore < lineStart && looseMark < lineStart)) {
      // A statement pasted whole, its signature glued after its last sentence and the mark ending the paragraph
      // (`… pas une seconde à perdre.El Malick NdiayeSecrétaire national à la Communication »`): the words end with that sentence.
      end = table.statementClosers.has(c) ? signedEnd(t, start, i) : -1
      if (end < 0) return null
    }
    // A cut marked at the start (`(...) Emmanuel Macron représente …`) is left out.
    const cut = CUT_START.exec(t.slice(start, Math.min(i, start + 12)))
    const seg = trimSeg(b, cut ? start + cut[0].length : start, end)
    if (!seg || !unitIs('alnum', t.charCodeAt(seg.start))) return null
    if (spacedWords(t, seg.start, seg.end, 3) < 3) return null
    // A statement, not a line (`La défense sera toujours debout pour tous.Le Collectif »`).
    if (end !== i && spacedWords(t, seg.start, seg.end, MIN_SIGNED_WORDS) < MIN_SIGNED_WORDS) return null
    // Guillemets nest: quotes closed earlier on the line are quotes inside this one (`… appelé « LA GUERRE
    // DES 12 JOURS ».C’était … LE MONDE ! »a déclaré Trump.`).
    for (let last = quotes[quotes.length - 1]; last && last.open.block === b && last.close.block === b && last.segments[0]!.start >= seg.start; last = quotes[quotes.length - 1]) quotes.pop()
    return {segments: [seg], open: {block: b, at: Math.max(0, seg.start - 1)}, close: {block: b, at: i}}
  }
  /** Ends the open quote at `end` (a line's end) though no mark closes it there: the mark is reported as never closed. */
  const closeAtLineEnd = (b: number, end: number) => {
    const seg = trimSeg(b, segStart, end)
    if (seg) segments.push(seg)
    if (openAt && segments.length > 0) quotes.push({segments, open: openAt, close: {block: b, at: end}})
    if (openAt && unbalanced.length < MAX_UNBALANCED) unbalanced.push(openAt)
    openAt = null
    segments = []
    openChar = ''
  }
  /**
   * Ends the open straight quote (`"`) at the first sentence end of its current piece before `to`, though no mark
   * closes it there (its closing mark was lost: `were "only 10% of the health agenda. Dr Gibbons, who …`): the mark
   * is reported as never closed. False, and nothing done, when no sentence ends there after three words or more.
   */
  const closeAtSentenceEnd = (b: number, to: number, inSentence = false): boolean => {
    if (openChar !== '"' || !openAt) return false
    const t = texts[b]!
    let stop = sentenceEndIn(t, segStart, Math.min(to, segStart + MAX_QUOTE_LENGTH))
    // In the sentence of the next quote, a comma before a word joining a clause of the writer's (`"ambitious and
    // ground-breaking, but take-up had not been "sufficient …"`) ends it when no sentence does.
    if (stop < 0 && inSentence) stop = clauseJoinIn(t, segStart, Math.min(to, segStart + MAX_QUOTE_LENGTH), clauseJoins)
    const seg = stop < 0 ? null : trimSeg(b, segStart, stop)
    if (!seg || spacedWords(t, seg.start, seg.end, 3) < 3) return false
    // (It closes as at a line end: the piece up to `stop`, the opening mark reported.)
    closeAtLineEnd(b, stop)
    return true
  }
  const abandon = () => {
    if (openAt && unbalanced.length < MAX_UNBALANCED) unbalanced.push(openAt)
    openAt = null
    segments = []
    openChar = ''
  }

  /** Whether the next block closes a quote left open here before opening any (a paragraph break inside a quote). */
  function nextClosesFirst(b: number, open: string): boolean {
    if (b + 1 >= texts.length || !sameFlow(b, b + 1)) return false
    const n = texts[b + 1]!
    const closers = table.closers.get(open)
    if (!closers) return false
    for (let k = 0; k < n.length && k < MAX_QUOTE_LENGTH; k++) {
      const c = n[k]!
      if (c !== open && !closers.has(c)) continue
      if (canClose(n, k, open, table) && !(c === open && canOpen(n, k, table) && space(n[k - 1]))) return k > 0
      if (canOpen(n, k, table)) return false
    }
    return false
  }
  /** Whether the next block repeats the end of block `b` (`repeatsEnd`). */
  function nextRepeatsEnd(b: number): boolean {
    return b + 1 < texts.length && repeatsEnd(texts[b]!, texts[b + 1]!)
  }
  /** Whether the next block opens with the mark that continues a quote opened with `open`. */
  function nextStartsWith(b: number, open: string): boolean {
    if (b + 1 >= texts.length || !sameFlow(b, b + 1)) return false
    const n = texts[b + 1]!
    const k = firstNonSpace(n)
    if (k < 0) return false
    const c = n[k]!
    return c === open || (open === '«' && c === '»' && table.reversedGuillemet) || (open === '„' && c === '„') || (open === '“' && c === '„')
  }

  /** The last block with text: a quote still open at its end runs to the end of the text. */
  let lastText = texts.length - 1
  while (lastText >= 0 && texts[lastText]!.trim() === '') lastText--

  for (let b = 0; b < texts.length; b++) {
    const t = texts[b]!
    // Closing marks that can still come in this block, per mark, from the right (read when first asked for).
    let lastCloses: Map<string, number> | null = null
    let i = 0
    nestedClose = -1
    strayOpen = -1
    /** Index of the last mark met in the block (not an apostrophe), -1: none. */
    let prevMark = -1
    /** Index of the last mark of the block that could neither open nor close a quote (not an apostrophe), -1: none. */
    let looseMark = -1
    /** Start of the line holding the mark being read, found by a scan that only moves forward. */
    let lineScan = 0
    let lineStart = 0
    if (openAt) {
      // Continuing from the previous block: skip its opening mark, if it has one.
      const k = firstNonSpace(t)
      const reopens = k >= 0 && (t[k] === openChar || (openChar === '«' && t[k] === '»') || t[k] === '„' || t[k] === '“')
      segStart = reopens ? k + 1 : Math.max(0, k)
      i = segStart
      paragraphs++
      segAtLineStart = true
    }
    for (; i < t.length; i++) {
      // Jump to the next mark.
      markRe.lastIndex = i
      const found = markRe.exec(t)
      if (!found) break
      i = found.index
      const c = t[i]!
      const markBefore = prevMark
      if (c !== "'" && c !== '’' && c !== '‘') prevMark = i
      if (openAt) {
        const fallback = table.fallback.get(openChar)
        if (fallback) {
          // Another kind of quote opened inside it and not yet closed (`« … l’émission ‘Jakaarlo”, ce … »`).
          if (innerKind) {
            if (table.closers.get(innerKind)?.has(c) && canClose(t, i, innerKind, table)) innerKind = ''
          } else if (c !== openChar && !fallback.has(c) && !table.fallbackInner.get(openChar)!.has(c) && canOpen(t, i, table)) innerKind = c
          if (table.fallbackInner.get(openChar)!.has(c) && !fallback.has(c) && canOpen(t, i, table)) {
            innerOpen = true
            continue
          }
          if (fallback.has(c)) {
            // A fallback closer closes a quote opened inside, or this one only where none of its own closing marks follows.
            if (innerOpen) {
              innerOpen = false
              continue
            }
            let own = false
            for (const cc of table.closers.get(openChar)!) if (!fallback.has(cc) && lastClose((lastCloses ??= new Map()), t, cc, table) > i) own = true
            if (own) {
              // Its own closing mark follows: this mark opens a quote inside (`« le "mot" »`), or, when it can
              // only close, ends this one all the same (`« … Français". "Seul …`, `"… nous'», et …`).
              if (canOpen(t, i, table)) innerOpen = true
              if (innerOpen || innerKind !== '' || !canClose(t, i, openChar, table)) continue
            }
          }
        }
        if (c === '’' && t[i + 1] === '’' && depth === 0 && (openChar === '“' || openChar === '”' || openChar === '"') && !space(t[i - 1])) {
          // Two apostrophes typed for the closing mark (`“… situées’’, a déclaré X`).
          const seg = trimSeg(b, segStart, i)
          if (seg) segments.push(seg)
          if (segments.length > 0) quotes.push({segments, open: openAt, close: {block: b, at: i}})
          openAt = null
          segments = []
          i++
          continue
        }
        if (depth > 0 && canClose(t, i, openChar, table)) {
          depth--
          nestedClose = i
          continue
        }
        if (canClose(t, i, openChar, table)) {
          const seg = trimSeg(b, segStart, i)
          if (seg) segments.push(seg)
          if (segments.length > 0) quotes.push({segments, open: openAt, close: {block: b, at: i}})
          openAt = null
          segments = []
          continue
        }
        if (c === openChar && (c === '"' || c === "'" || c === '«' || c === '“') && canOpen(t, i, table) && space(t[i - 1])) {
          // A mark opening a line, a line (a name, a title, a question) after
          // the line a quote opened: that line ends the quote, a new one opens.
          if (t[i - 1] === '\n' && openChar !== "'" && segAtLineStart) {
            const end = lineEndOf(t, b, segStart)
            if (end < i - 1) {
              closeAtLineEnd(b, end)
              i--
              continue
            }
          }
          // An opening mark inside an open quote: the news way of continuing a
          // quote in a new (merged) paragraph after a full stop; otherwise the
          // first mark was never closed.
          if ((sentenceEndsBefore(t, i) || quoteEndsBefore(t, i)) && segments.length + 1 < MAX_QUOTE_PARAGRAPHS) {
            const seg = trimSeg(b, segStart, i)
            if (seg) segments.push(seg)
            segStart = i + 1
            segAtLineStart = opensLine(t, i)
            continue
          }
          // A quote inside closed with the only mark there was for both (`… de la jeunesse « Dakar 2026 ».Il ajoute :
          // « Nous …`): after it, a sentence of the writer's and a new mark of the kind that fewer than two marks
          // follow to close. That mark ended this quote, and the new one opens with nothing open.
          if ((c === '«' || c === '“') && depth === 0 && nestedClose > segStart && !closesTwiceAfter(t, i, openChar, table, (lastCloses ??= new Map())) && stopIn(t, nestedClose + 1, i)) {
            const seg = trimSeg(b, segStart, nestedClose)
            if (seg) segments.push(seg)
            if (segments.length > 0) quotes.push({segments, open: openAt, close: {block: b, at: nestedClose}})
            openAt = null
            segments = []
            openChar = ''
            i--
            continue
          }
          // A typographic mark inside a quote of the same kind opens a nested quote.
          if (c !== '"' && c !== "'" && depth < 8) {
            depth++
            if (c === '«' || c === '“') strayOpen = i
            continue
          }
          // A straight mark opening a quote in the sentence of one never closed: the first ends with its first sentence.
          if (!closeAtSentenceEnd(b, i, true)) abandon()
        } else {
          if (c === openChar && (c === '«' || c === '“')) strayOpen = i
          continue
        }
      }
      if (!canOpen(t, i, table)) {
        // A closing mark with nothing open: its opening mark was lost.
        // (The scan inline, not a closure made per block: under tsx, which keeps function names, each closure made costs a
        // `defineProperty` of about a microsecond.)
        for (; lineScan < i; lineScan++) if (t.charCodeAt(lineScan) === 10) lineStart = lineScan + 1
        const orphan = orphanClose(t, b, i, markBefore, looseMark, lineStart)
        if (orphan) quotes.push(orphan)
        else if (c !== "'" && c !== '’' && c !== '‘') looseMark = i
        continue
      }
      const closers = table.closers.get(c)
      if (!closers) continue
      let closable = false
      for (const cc of closers) if (lastClose((lastCloses ??= new Map()), t, cc, table) > i) closable = true
      if (!closable && (c === '«' || c === '“')) {
        // The same mark typed again for the closing one (`« … terminer «a écrit X`).
        const at = lastIn(lastCloses!, t, c)
        closable = at > i && straysAsClose(t, at)
      }
      if (!closable && (c === '“' || c === '”' || c === '"')) {
        // Two apostrophes may close it (`”C’est … situées’’,a déclaré X`).
        closable = lastIn(lastCloses!, t, '’’') > i
      }
      // A mark opening a line whose sentence ends with it, with nothing to close it, opens a quote that ends with the line.
      if (!closable && !nextStartsWith(b, c) && !nextClosesFirst(b, c) && !(c !== "'" && c !== '‘' && opensLine(t, i) && sentenceEndsBefore(t, lineEndOf(t, b, i + 1)))) {
        // A typographic opening mark that nothing closes.
        if (c !== '"' && c !== "'" && c !== '‘' && unbalanced.length < MAX_UNBALANCED) unbalanced.push({block: b, at: i})
        continue
      }
      openChar = c
      depth = 0
      nestedClose = -1
      openAt = {block: b, at: i}
      innerOpen = false
      innerKind = ''
      segments = []
      segStart = i + 1
      segAtLineStart = opensLine(t, i)
      length = 0
      paragraphs = 0
    }
    if (openAt) {
      length += t.length - segStart
      if (depth <= 1 && strayOpen >= segStart && strayOpen > nestedClose && straysAsClose(t, strayOpen)) {
        // `« … on va terminer «a écrit X.`, `« … longtemps «, a déclaré X`: the same mark
        // again, with nothing after it but the attribution, is the closing mark typed wrong.
        const seg = trimSeg(b, segStart, strayOpen)
        if (seg) segments.push(seg)
        if (segments.length > 0) quotes.push({segments, open: openAt, close: {block: b, at: strayOpen}})
        openAt = null
        segments = []
      } else if (depth === 0 && openChar !== "'" && nextRepeatsEnd(b) && sentenceEndsBefore(t, t.length)) {
        // The next paragraph copies this one's end (a scraping artefact, `«Le HNK … en 2025.` and then
        // `«Le HNK … en 2025.` again): the quote ends with this paragraph, whose mark never closes.
        closeAtLineEnd(b, t.length)
      } else if ((nextStartsWith(b, openChar) || nextClosesFirst(b, openChar)) && paragraphs < MAX_QUOTE_PARAGRAPHS && length < MAX_QUOTE_LENGTH) {
        const seg = trimSeg(b, segStart, t.length)
        if (seg) segments.push(seg)
      } else if (nestedClose > segStart && depth === 0) {
        // `« a, b et c qui « d e f ».`: a nested mark that never closes took
        // the only closing mark; that mark closes the outer quote.
        const seg = trimSeg(b, segStart, nestedClose)
        if (seg) segments.push(seg)
        if (segments.length > 0) quotes.push({segments, open: openAt, close: {block: b, at: nestedClose}})
        openAt = null
        segments = []
      } else if (segAtLineStart && depth === 0 && openChar !== "'" && length < MAX_QUOTE_LENGTH && sentenceEndsBefore(t, lineEndOf(t, b, segStart))) {
        // A paragraph (or paragraphs continued in the news way) opening a mark
        // that nothing closes before a block that does not go on with it (a
        // heading, a name, a question): the quote ends with its first line.
        closeAtLineEnd(b, lineEndOf(t, b, segStart))
      } else if (b === lastText && depth === 0 && openChar !== "'" && openChar !== '‘' && length < MAX_QUOTE_LENGTH && sentenceEndsBefore(t, t.length) && opensSentence(texts[openAt.block]!, openAt.at)) {
        // A quote opening a sentence that nothing closes before the end of the
        // text, which ends a sentence: the last paragraph lost its closing mark
        // (`said: "… . "With Labour Britain is working. … the country.` and no more).
        closeAtLineEnd(b, t.length)
      } else if (depth !== 0 || !closeAtSentenceEnd(b, t.length)) abandon()
    }
  }
  if (openAt) abandon()
  return {quotes: quotes.filter((q) => quoteLength(q) <= MAX_QUOTE_LENGTH), unbalanced}
}

function quoteLength(q: MarkedQuote): number {
  let n = 0
  for (const s of q.segments) n += s.end - s.start
  return n
}
