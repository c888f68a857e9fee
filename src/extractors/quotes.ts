import {blockOffset, blockSpans, spanAt, positionAt, type Block, type Context} from '../context.js'
import type {QuoteLexicon} from '../locales/lexicon-quotes.js'
import type {Locale} from '../locales/types.js'
import {isClaimed, type Extractor} from '../pipeline.js'
import {findRepeats} from '../refiners/duplicates.js'
import {
  agentNounAt,
  attributionAfter,
  attributionBefore,
  cueWords,
  firstTokenAt,
  genitiveEnding,
  hasQualifierEnding,
  invertedAt,
  isParticiple,
  isRoleWord,
  isVerbAt,
  mentionAfter,
  objectVerbAt,
  titlePeriodAt,
  type Attribution,
  type BlockView,
  type CueWords,
  type Mention
} from '../quotes/cues.js'
import {findMarkedQuotes, repeatsEnd, type MarkedQuote, type Segment} from '../quotes/marks.js'
import {capitalisedTokens, isCapitalised, nameRuns, splitGlued, sentenceIndex, sentenceStarts, tokenize, type NameContext, type Token} from '../quotes/text.js'
import type {Diagnostic, Entity, Quote, QuoteKind} from '../schema/article.js'
import {charIs, countWords, flat, isBlank, lazy} from '../chars.js'
import {lastAtMost} from '../search.js'

const RX1 = lazy(String.raw`^\p{Ll}[\p{L}-]{2,}$`, 'u')
const RX2 = lazy(String.raw`[^\p{L}\p{N}]+`, 'gu')
const RX3 = lazy(String.raw`[\/_]|\.\p{L}{1,4}$|^\d{4}-\d\d-\d\d`, 'u')
// (The spaces before a mark are read only with the mark: two space runs in a row would split a long run every way.)
const RX4 = lazy(String.raw`^(?:[\s\u00a0\u202f]*[»”’"'›])?[\s\u00a0\u202f]+(\p{Ll}[\p{L}-]*)`, 'u')
const RX5 = lazy(String.raw`\p{Lu}`, 'u')
const RX6 = lazy(String.raw`^\p{Lu}`, 'u')
/** A first word of capitals only, two or more (`IPTV ecosystem`): an acronym. */
/** A capitalised first word, then a word in lower case (`Cour de cassation`, `Conseil constitutionnel`). */
const LOWER_TAIL = lazy(String.raw`^(\p{Lu}[\p{L}-]+)[ \u00a0]+\p{Ll}`, 'u')
const CAPITALS_WORD = lazy(String.raw`^\p{Lu}{2,}(?![\p{L}])`, 'u')

/** A code or a model name: capitals and digits, a digit among them, joined by hyphens at most (`CA-1000`, `A320`). */
const MODEL_CODE = lazy(String.raw`^(?=[^\d]*\d)(?=[^\p{Lu}]*\p{Lu})[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$`, 'u')

/** A year in brackets right after a closing mark (`"Hurricane" (1976)`): the quote is the title of a work. */
const WORK_YEAR = /^[ \u00a0]?\((?:1[5-9]|20)\d\d\)/
/** A colon right after a cue (`Hayes said:`): it introduces the words after it. */
const COLON_AFTER = /^[ \u00a0]*:/

/** Longest stretch of a sentence read for an attribution on each side of a quote. */
const ATTRIBUTION_WINDOW = 500

/** A question or an exclamation ending the quoted words (`"…enough?"`, `« … ! »`): their own stop, not the sentence's. */
const STOP_INSIDE = /[?!…][\s\u00a0\u202f]*$/

/** Most words of a capitalised phrase woven into a sentence read as a title (`le film « Les Désirs d’une Femme »`). */
const MAX_TITLE_WORDS = 7

/** Most quotes of one article (in repeated paragraphs) looked for at the end of an earlier quote (each look reads every quote kept before). */
const MAX_CONTAINED_CHECKS = 32

/** Most `unbalanced-quote` diagnostics reported for one article. */
const MAX_DIAGNOSTICS = 20

/** No opening mark in a block. */
const NO_OPENERS: ReadonlySet<number> = new Set()

/** Blocks that can hold quotes. */
const QUOTABLE = new Set(['paragraph', 'heading', 'blockquote', 'list-item'])

/** One block prepared for reading quotes: masked text, words, sentences, names. */
export interface QuoteBlock extends BlockView {
  readonly block: Block
  readonly starts: readonly number[]
}

/** Everything the quote steps read about an article's blocks. */
export interface QuoteDocument {
  readonly blocks: readonly QuoteBlock[]
  readonly quotes: readonly MarkedQuote[]
  readonly unbalanced: readonly {block: number; at: number}[]
  readonly words: CueWords
  readonly lexicon: QuoteLexicon
  /** Word lists for telling names from ordinary words. */
  readonly names: NameContext
}

const documents = new WeakMap<Context, QuoteDocument>()

/** The name lists of one article, its word sets still being filled. */
type ArticleNames = NameContext & {readonly lowerWords: Set<string>; readonly capitalWords: Set<string>; readonly entityNames: Set<string>}

/** Word sets of a locale that do not depend on the article, built once per locale. */
interface LocaleWords {
  readonly stopWords: ReadonlySet<string>
  readonly roles: ReadonlySet<string>
  readonly nameParticles: ReadonlySet<string>
  readonly functionWords: ReadonlySet<string>
}

const localeWords = new WeakMap<Locale, LocaleWords>()

function wordsOf(locale: Locale, words: CueWords): LocaleWords {
  let found = localeWords.get(locale)
  if (found) return found
  const dates = locale.dates
  const stopWords = new Set([...locale.detection.stopWords, ...dates.months.flat(), ...dates.weekdays.flat()])
  const roles = new Set([...words.roleWords, ...locale.entities.titles.flatMap((t) => t.split(/\s+/))])
  const functionWords = new Set([...stopWords, ...locale.quotes.cuePhrases.map((p) => p.split(' ')[0]!)])
  found = {stopWords, roles, nameParticles: new Set(locale.entities.nameParticles), functionWords}
  localeWords.set(locale, found)
  return found
}

/** Adds the lower-case words of `name` (split at white space) to `into`. */
function addWords(name: string, into: Set<string>): void {
  for (const word of name.split(/\s+/)) into.add(word.toLowerCase())
}

/**
 * `text` with guillemets typed as `<<` and `>>` written as `«` and `»`, the
 * same length (` «`, `» `): offsets stay those of the input, and the quote
 * read between them is the text between `<<` and `>>`.
 */
function asciiGuillemets(text: string): string {
  if (!text.includes('<<') || !text.includes('>>')) return text
  return text.replace(/<<(?!<)/g, ' «').replace(/(?<!>)>>/g, '» ')
}

/** Whether one of the characters of `marks` occurs in `text`. */
function hasMark(text: string, marks: string): boolean {
  for (let i = 0; i < marks.length; i++) if (text.includes(marks[i]!)) return true
  return false
}

/**
 * Reads the quotation marks of `context` and prepares each block (quoted
 * words blanked out, words, sentences, capitalised names). Cached per context:
 * the quotes extractor and the attribution refiner share it. An article with
 * no quotation mark and no block quote is not read further (`blocks` is empty).
 */
export function quoteDocument(context: Context, entities?: readonly Entity[]): QuoteDocument {
  const cached = documents.get(context)
  if (cached) return cached
  const lexicon = context.locale.quotes
  const words = cueWords(lexicon)
  const {stopWords, roles, nameParticles, functionWords} = wordsOf(context.locale, words)
  const lowerWords = new Set<string>()
  const capitalWords = new Set<string>()
  const entityNames = new Set<string>()
  const names: ArticleNames = {lexicon, stopWords, roles, nameParticles, lowerWords, capitalWords, entityNames, verbs: words.verbsAndAuxiliaries, clauseOpeners: words.clauseWords}
  // (The text as it reads: a sentence of hard-wrapped wire copy runs on over its line breaks, `"…," said\nanalyst Eileen Rico.`)
  // (Copied flat: the readers of the marks stay monomorphic, see `flat`.)
  const texts = context.blocks.map((b) => (QUOTABLE.has(b.kind) ? flat(asciiGuillemets(b.flowed)) : ''))
  const marks = lexicon.quotePairs.join('')
  if (!context.blocks.some((b) => b.kind === 'blockquote') && !texts.some((t) => hasMark(t, marks))) {
    // Nothing reads the word sets of an article with no quote: they stay empty.
    const doc = new LazyDocument(null, [], [], words, lexicon, names)
    documents.set(context, doc)
    return doc
  }
  const {quotes, unbalanced} = findMarkedQuotes(
    texts,
    {pairs: lexicon.quotePairs, fallbackPairs: lexicon.fallbackQuotePairs, elidedWords: lexicon.elidedWords, statementPairs: lexicon.statementPairs, clauseJoins: words.clauseJoins},
    (a, b) => {
      const x = context.blocks[a]!
      const y = context.blocks[b]!
      return texts[b] !== '' && (x.kind === 'blockquote') === (y.kind === 'blockquote')
    }
  )
  // The blocks are read (words, sentences, names) when first asked for: an
  // article whose marks enclose no quote (apostrophes) needs none of it.
  const build = () => buildBlocks(context, texts, quotes, functionWords, names, entities)
  const doc = new LazyDocument(build, quotes, unbalanced, words, lexicon, names)
  documents.set(context, doc)
  return doc
}

/**
 * The blocks of `context` prepared for reading quotes (`texts`: the quotable
 * blocks' texts, '' for the others): quoted words blanked out, words,
 * sentences, names; fills the article's word sets of `names`. A module
 * function, not a closure made per article: V8 keeps a closure's optimised
 * code only while one of its closures lives, so a large closure made per
 * parse is compiled again after most garbage collections.
 */
function buildBlocks(context: Context, texts: readonly string[], quotes: readonly MarkedQuote[], functionWords: ReadonlySet<string>, names: ArticleNames, entities: readonly Entity[] | undefined): QuoteBlock[] {
  const {lexicon, lowerWords, capitalWords, entityNames} = names
  // The words of the people and organisations found: a lone word opening a sentence that names one is a name (`Jalila, journaliste`).
  for (const e of entities ?? []) {
    if (e.type === 'location') continue
    addWords(e.name, capitalWords)
    for (const alias of e.aliases) addWords(alias, capitalWords)
    // Their one-word names: a name even where the article writes the word in lower case too (`Orange`, `orange branding`).
    for (const x of [e.name, ...e.aliases]) if (!/\s/.test(x)) entityNames.add(x.toLowerCase())
    // The capitalised head of a name whose next word is in lower case (`Cour` of `Cour de cassation`, `Conseil
    // constitutionnel`): a name even where the article writes the word in lower case too (`la cour d'appel`).
    const head = LOWER_TAIL().exec(e.name)
    if (head) entityNames.add(head[1]!.toLowerCase())
  }
  // Blank the quoted words (keeping a final full stop so that sentences still end there).
  const spans: Segment[][] = texts.map(() => [])
  const lastOf = new Set<Segment>()
  const openers: (Set<number> | undefined)[] = []
  for (const q of quotes) {
    for (const s of q.segments) spans[s.block]!.push(s)
    lastOf.add(q.segments[q.segments.length - 1]!)
    ;(openers[q.open.block] ??= new Set()).add(q.open.at)
  }
  const maskedTexts = texts.map((text, b) => {
    const list = spans[b]!
    if (list.length === 0) return text
    list.sort((x, y) => x.start - y.start)
    let out = ''
    let at = 0
    for (const s of list) {
      if (s.start < at) continue
      out += text.slice(at, s.start)
      let end = s.end
      if (lastOf.has(s) && end > s.start && /[.!?…]/.test(text[end - 1]!)) end--
      const quoted = text.slice(s.start, end)
      out += quoted.includes('\n') ? quoted.replace(/[^\n]/g, ' ') : ' '.repeat(quoted.length)
      at = end
    }
    return out + text.slice(at)
  })
  // One loop over the blocks (no closure per block): every block's lower-case words go into the
  // article's set before any block's names are read, as `nameRuns` reads that set.
  const n = maskedTexts.length
  const allTokens: Token[][] = new Array(n)
  for (let i = 0; i < n; i++) {
    const text = maskedTexts[i]!
    allTokens[i] = text === '' ? [] : tokenize(flat(text), Infinity, lowerWords)
  }
  const allStarts: number[][] = new Array(n)
  const cuts = mentionEdges(context.blocks, entities)
  // A word glued to a name's end is one the article writes in lower case, a function word or a speech verb.
  const knownWords = {has: (w: string) => lowerWords.has(w) || functionWords.has(w) || names.verbs!.has(w)}
  for (let i = 0; i < n; i++) {
    const text = maskedTexts[i]!
    const glued = splitGlued(allTokens[i]!, functionWords, cuts[i], knownWords)
    let starts = text === '' ? [0] : sentenceStarts(text, lexicon, openers[i] ?? NO_OPENERS)
    if (glued.breaks.length > 0) starts = [...new Set([...starts, ...glued.breaks])].sort((x, y) => x - y)
    capitalisedTokens(glued.tokens, starts, capitalWords)
    allTokens[i] = glued.tokens
    allStarts[i] = starts
  }
  const out: QuoteBlock[] = new Array(n)
  for (let i = 0; i < n; i++) {
    const text = maskedTexts[i]!
    const tokens = allTokens[i]!
    const starts = allStarts[i]!
    out[i] = {block: context.blocks[i]!, masked: text, tokens, starts, names: tokens.length === 0 ? [] : nameRuns(text, tokens, starts, names)}
  }
  return out
}

/**
 * Where the entities step's mentions start and end, by block (indices in
 * `Block.text`, ascending; none for a block with no mention): the words it
 * read apart where the scraper glued them (`stratégiquesJérôme Salomon`,
 * `Saliou Ndionea évoqué`), so that the quote words are read the same way.
 */
function mentionEdges(blocks: readonly Block[], entities: readonly Entity[] | undefined): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(blocks.length)
  if (!entities || blocks.length === 0) return out
  for (const e of entities) {
    for (const m of e.mentions) {
      const start = m.position.start.offset
      const b = blockAtOffset(blocks, start)
      if (b < 0) continue
      const block = blocks[b]!
      const a = blockIndexOf(block, start)
      const z = blockIndexOf(block, m.position.end.offset)
      if (a < 0 || z < 0) continue
      ;(out[b] ??= []).push(a, z)
    }
  }
  for (const list of out) list?.sort((x, y) => x - y)
  return out
}

/** Index of the block of `blocks` (ascending by `start`) whose input span holds offset `at`, or -1. */
function blockAtOffset(blocks: readonly Block[], at: number): number {
  const lo = lastAtMost(blocks, (b) => b.start, at)
  const b = blocks[lo]!
  return b.start <= at && at <= b.end ? lo : -1
}

/** Index in `block.text` of the input offset `at` (the segments ascend in the input), or -1 inside a segment not mapped character for character. */
function blockIndexOf(block: Block, at: number): number {
  const s = block.segments[lastAtMost(block.segments, (seg) => seg.source, at)]
  if (!s || at < s.source || at > s.source + s.sourceLength) return -1
  return s.exact ? s.at + (at - s.source) : at === s.source ? s.at : at === s.source + s.sourceLength ? s.at + s.length : -1
}

/**
 * A `QuoteDocument` whose blocks are built on first read. A class, not an
 * object literal with a getter: such a literal is a dictionary-mode object,
 * slow on every read of `doc.words`, `doc.names` or `doc.blocks` (the quote
 * and attribution steps read them at every word they look at).
 */
class LazyDocument implements QuoteDocument {
  readonly quotes: readonly MarkedQuote[]
  readonly unbalanced: readonly {block: number; at: number}[]
  readonly words: CueWords
  readonly lexicon: QuoteLexicon
  readonly names: NameContext
  /** The blocks once built; the function that builds them until then (null: no block to read). */
  private built: QuoteBlock[] | undefined
  private build: (() => QuoteBlock[]) | null

  constructor(build: (() => QuoteBlock[]) | null, quotes: readonly MarkedQuote[], unbalanced: readonly {block: number; at: number}[], words: CueWords, lexicon: QuoteLexicon, names: NameContext) {
    this.quotes = quotes
    this.unbalanced = unbalanced
    this.words = words
    this.lexicon = lexicon
    this.names = names
    this.built = build ? undefined : []
    this.build = build
  }

  get blocks(): readonly QuoteBlock[] {
    if (this.built === undefined) {
      this.built = this.build!()
      this.build = null
    }
    return this.built
  }
}

/** The sentence of `view` that holds offset `at`: [start, end). */
export function sentenceAround(view: QuoteBlock, at: number): [number, number] {
  const k = sentenceIndex(view.starts, at)
  return [view.starts[k]!, view.starts[k + 1] ?? view.masked.length]
}

/** End of the sentence that goes on after index `at` (the start of the next sentence). */
function sentenceEndAfter(view: QuoteBlock, at: number): number {
  const k = sentenceIndex(view.starts, at)
  return view.starts[k + 1] ?? view.masked.length
}

/** Most words after the verb (and a subject after it) of an attribution that makes a sentence of its own (`he said from the pulpit.`). */
const STOP_CLAUSE_TAIL = 8

/**
 * The attribution of words that end with their own stop (`"…enough?" he asked.`): the sentence starting right after the
 * closing mark at `closeAt` when it is a short clause naming who speaks (`Rubio asked.`, `said sophomore X.`, `Trump
 * wrote in a post on Twitter.`), not a sentence saying more (`Camus said many people are afraid …`, `X has acknowledged
 * that …`) nor a participle's (`remembers Wyatt telling her`); null otherwise.
 */
function stopClauseAfter(view: QuoteBlock, closeAt: number, w: CueWords): Attribution | null {
  const start = sentenceEndAfter(view, closeAt)
  if (start >= view.masked.length || !isBlank(view.masked.slice(closeAt + 1, start))) return null
  const end = Math.min(sentenceEndAfter(view, start), start + ATTRIBUTION_WINDOW)
  const found = attributionAfter(view, start, end, w)
  if (!found?.speaker || !found.cue) return null
  const cueWord = view.tokens[firstTokenAt(view.tokens, found.cue.end) - 1]
  if (!cueWord || isParticiple(cueWord.lower, w)) return null
  const from = firstTokenAt(view.tokens, Math.max(found.cue.end, found.speaker.end))
  const to = firstTokenAt(view.tokens, end)
  if (to - from > STOP_CLAUSE_TAIL || (from < to && w.clauseWords.has(view.tokens[from]!.lower))) return null
  return found
}

/**
 * Whether the words before a mark name what follows (`le terme`, `known as`,
 * `dubbed`): a naming participle after a passive auxiliary (`what are called
 * "…"`, `devrait être appelé « … »`), and a naming participle or phrase before
 * an article (`surnommée le « … »`, `known as the "…"`). After a work or an
 * undertaking (`the film`, `le projet`), only a capitalised title is its name:
 * words opening lower-case (`opensLower`) say something about it (`the film
 * "has received…"`). `masked`: the block's text the tokens index.
 */
function namesAThing(before: readonly Token[], words: CueWords, opensLower: boolean, masked: string, byAgent: boolean): boolean {
  const n = before.length
  const last = before[n - 1]
  if (!last) return false
  if (namingEndsAt(before, n, words, opensLower, false, byAgent)) return true
  // One article between the naming words and the mark, nothing but a space before it.
  return n >= 2 && words.articles.has(last.lower) && isBlank(masked.slice(before[n - 2]!.end, last.start), true) && namingEndsAt(before, n - 1, words, opensLower, true, byAgent)
}

/** Whether the word after the closing mark at `closeAt` is an agent marker (`by`, `par`), after white space only. */
function agentAfter(view: QuoteBlock, closeAt: number, words: CueWords): boolean {
  const t = view.tokens[firstTokenAt(view.tokens, closeAt + 1)]
  return t !== undefined && words.agentMarkers.has(t.lower) && isBlank(view.masked.slice(closeAt + 1, t.start), true)
}

/**
 * Whether the naming words of `namesAThing` end with `before[n - 1]` (`article`: an article follows them; `byAgent`:
 * an agent follows the mark, whose words a passive reports: `have been called "outrageous" by X`).
 */
function namingEndsAt(before: readonly Token[], n: number, words: CueWords, opensLower: boolean, article: boolean, byAgent: boolean): boolean {
  const last = before[n - 1]!
  const prev = before[n - 2]
  // A naming participle that is also a speech verb (`called`, `appelé`) names only in the passive (`has called it "…"` voices words).
  if (words.namingParticiples.has(last.lower)) {
    if (prev && words.passiveAuxiliaries.has(prev.lower) && !byAgent) return true
    if (article && !words.verbs.has(last.lower)) return true
  }
  // An elided article stays glued to its noun (`l'émission "…"`): the noun alone names the thing.
  const bare = last.lower.replace(/^[a-z]['’]/u, '')
  if (opensLower && words.titledNouns.has(bare)) return false
  const entries = words.notQuoteByLast.get(last.lower) ?? (bare !== last.lower ? words.notQuoteByLast.get(bare) : undefined)
  if (!entries) return false
  // A speech verb that also names (`dit`, `dite`) is the verb after an auxiliary or a subject pronoun (`lui a dit « … »`, `s’est dite « lasse »`).
  if (prev && words.verbs.has(last.lower) && (words.auxiliaries.has(prev.lower) || words.pronouns.has(prev.lower))) return false
  for (const parts of entries) {
    // Before an article, a phrase (`known as`, `connu comme`); one word there is a noun or a verb (`la loi marque un « … » recul`).
    if (parts.length > n || (article && parts.length < 2)) continue
    let ok = true
    for (let j = 0; j < parts.length - 1 && ok; j++) ok = before[n - parts.length + j]!.lower === parts[j]
    if (ok) return true
  }
  return false
}

/**
 * Whether a one-word quote is a qualifier woven into the sentence (an
 * adjective or participle after a noun or an adverb: `le meurtre « familial »
 * est`, `désormais "contenu" après`) rather than a term named in scare quotes
 * (`le "smart" meter`, `to 'save'`, `de « réforme »`): a lower-case word right
 * after a lower-case content word, followed by punctuation or a function word.
 */
function qualifier(text: string, before: Token | undefined, gap: string, next: string | undefined, doc: QuoteDocument): boolean {
  if (!RX1().test(text) || !before || !isBlank(gap.replace(/[«“"'‘‹„]/gu, ''))) return false
  if (!hasQualifierEnding(text, doc.lexicon.qualifierSuffixes, 3)) return false
  const lower = before.lower
  const w = doc.words
  if (before.text !== lower || lower.length < 3 || /['’]/.test(lower)) return false
  if (w.determiners.has(lower) || w.prepositions.has(lower) || w.auxiliaries.has(lower) || w.clauseWords.has(lower) || w.verbs.has(lower)) return false
  if (doc.names.stopWords.has(lower) || w.notQuoteBefore.has(lower)) return false
  return next === undefined || doc.names.stopWords.has(next) || w.auxiliaries.has(next) || w.prepositions.has(next)
}

/**
 * Whether the word before a quote is a determiner, an elided article
 * included, whose apostrophe the tokenizer leaves in the gap (`l’« option arme »`).
 */
function determinerBefore(last: Token, gap: string, words: CueWords): boolean {
  const lower = last.lower
  if (words.determiners.has(lower)) return true
  const c = gap.charCodeAt(0)
  return (c === 39 || c === 0x2019) && words.determiners.has(lower + gap[0])
}

/**
 * Whether a verb of judging or voicing has the quote opening at `openAt` as (in) its object (`objectVerbAt`), the
 * verb not a noun after a determiner or a genitive (`USDA’s brand with the name “…”`).
 */
function objectVerbOf(view: QuoteBlock, sentenceStart: number, openAt: number, doc: QuoteDocument): boolean {
  const a = firstTokenAt(view.tokens, sentenceStart)
  const v = objectVerbAt(view, a, openAt, doc.words)
  if (v < 0) return false
  const prev = v > a ? view.tokens[v - 1] : undefined
  if (!prev) return true
  const gap = view.masked.slice(prev.end, view.tokens[v]!.start)
  return !determinerBefore(prev, gap, doc.words) && !genitiveBefore(prev, gap, doc.lexicon)
}

/**
 * Whether the word before a quote is a genitive, which determines the noun
 * as an article does (`Tony Blair's "cabinet enforcer"`, `the parties' "…"`):
 * it ends with one of the locale's genitive endings, its apostrophe kept in
 * the word or left in the gap by the tokenizer.
 */
function genitiveBefore(last: Token, gap: string, lexicon: QuoteLexicon): boolean {
  if (lexicon.genitiveEndings.length === 0) return false
  const c = gap.charCodeAt(0)
  const word = c === 39 || c === 0x2019 ? last.lower + gap[0] : last.lower
  return genitiveEnding(word, lexicon.genitiveEndings) !== undefined
}

/** Whether `lower` is a determiner glued to a one-letter elided preposition (`d’un ‘Thiant’`). */
function elidedDeterminer(lower: string, words: CueWords): boolean {
  const bare = lower.replace(ELIDED_LETTER(), '')
  return bare !== lower && words.determiners.has(bare)
}

/** A letter and an apostrophe opening a word (`d’`), built on first use: a `\p{L}` literal costs import time. */
const ELIDED_LETTER = lazy(String.raw`^\p{L}['’]`, 'u')

/** Whether `gap` between two quoted names joins them in a list: a comma, a semicolon or a slash, or a coordinator (`, and`, `ou`). */
function listGap(gap: string, words: CueWords): boolean {
  const t = gap.trim()
  if (t === ',' || t === ';' || t === '/') return true
  return words.coordinators.has(t.charCodeAt(0) === 44 ? t.slice(1).trimStart() : t)
}

/** Whether `block` holds the headline found at `position` (not a deck or another claimed block). */
function inHeadline(position: Quote['position'] | null, block: Block): boolean {
  return position !== null && block.start <= position.start.offset && position.start.offset < block.end
}

/**
 * Whether the one quoted word `text` of a headline, followed by `after`, is
 * reported words: lower-case, not a function word, and not modifying the
 * next word (a lower-case word after it is a function word or a verb).
 */
function headlineWord(text: string, after: string, doc: QuoteDocument): boolean {
  if (!charIs('lower', text, 0)) return false
  const w = doc.words
  const lower = text.toLowerCase()
  if (w.auxiliaries.has(lower) || w.determiners.has(lower) || w.prepositions.has(lower) || w.clauseWords.has(lower) || doc.names.stopWords.has(lower)) return false
  const next = RX4().exec(after)?.[1]
  return next === undefined || doc.names.stopWords.has(next) || w.verbs.has(next) || w.auxiliaries.has(next) || w.prepositions.has(next)
}

/** Whether the token starting at `at` is an auxiliary (`was` in `was described`, `a` in `a été qualifié`). */
function auxiliaryOpens(view: QuoteBlock, at: number, words: CueWords): boolean {
  const k = firstTokenAt(view.tokens, at)
  const t = view.tokens[k]
  // An auxiliary and then the verb: `said` alone is both a verb and an auxiliary (`is said to`).
  return t !== undefined && t.start === at && view.tokens[k + 1] !== undefined && words.auxiliaries.has(t.lower) && !words.verbs.has(t.lower)
}

/** Whether only capitalised title or role words (`Mr`, `Tory leader`), spaces and full stops between, stand from token `first` up to index `at`. */
function rolesUpTo(view: QuoteBlock, first: Token, at: number, words: CueWords): boolean {
  for (let k = firstTokenAt(view.tokens, first.start); k < view.tokens.length; k++) {
    const t = view.tokens[k]!
    if (t.start >= at) return t.start === at
    if (!words.roleWords.has(t.lower) || !/^\.?[ \u00a0]+$/.test(view.masked.slice(t.end, view.tokens[k + 1]?.start ?? t.end))) return false
  }
  return false
}

/**
 * Whether a passive auxiliary (`being`, `been`) stands right after the cue ending at `end` (`has denied being "…" by X`,
 * `denied having been "…" by X`): the agent after the words is that embedded passive's, not the speech verb's.
 */
function embeddedPassive(view: QuoteBlock, end: number, words: CueWords): boolean {
  const k = firstTokenAt(view.tokens, end)
  for (let n = k; n < view.tokens.length && n < k + 2; n++) {
    const t = view.tokens[n]!
    if (words.passiveAuxiliaries.has(t.lower)) return true
    if (!words.auxiliaries.has(t.lower)) return false
  }
  return false
}

/** Most words between a participle's agent marker and the quote (`par Jean-Christophe Lagarde (UDI) de`). */
const AGENT_WORDS = 6

/**
 * The attribution a participle's agent gives words right after it (`accusé par Jean Dupont de « … »`, `accused by John
 * Smith of "…"`): a speech verb, an agent marker, a name, then a preposition before the opening mark at `openAt`; null
 * otherwise.
 */
function agentBefore(view: QuoteBlock, before: readonly Token[], openAt: number, words: CueWords): {cue: {start: number; end: number}; speaker: Mention} | null {
  const n = before.length
  const prep = before[n - 1]
  if (!prep || !words.prepositions.has(prep.lower.replace(/['’]$/u, '')) || !isBlank(view.masked.slice(prep.end, openAt), true)) return null
  for (let j = n - 2; j >= 1 && j >= n - 2 - AGENT_WORDS; j--) {
    const by = before[j]!
    if (!words.agentMarkers.has(by.lower)) continue
    const verb = before[j - 1]!
    if (!words.verbs.has(verb.lower) || !isBlank(view.masked.slice(verb.end, by.start), true)) return null
    const agent = mentionAfter(view, by.end, prep.start, words)
    if (!agent || agent.kind !== 'name' || agent.start !== before[j + 1]!.start) return null
    // Only the name (a label in brackets at most) between it and the preposition.
    if (!/^[ \u00a0]*(?:\([^()]{1,30}\)[ \u00a0]*)?$/u.test(view.masked.slice(agent.end, prep.start))) return null
    return {cue: {start: verb.start, end: verb.end}, speaker: agent}
  }
  return null
}

/** Whether the cue at `at`–`end` is one word set right after a comma (`Le projet, qualifié de`): a participle opening an apposition, with no subject of its own. */
function participleAfterComma(view: QuoteBlock, at: number, end: number): boolean {
  const k = firstTokenAt(view.tokens, at)
  const t = view.tokens[k]
  const prev = view.tokens[k - 1]
  return t !== undefined && t.start === at && t.end === end && prev !== undefined && /^[ \u00a0]*,[ \u00a0]*$/.test(view.masked.slice(prev.end, t.start))
}

/** `text` without the white space and quotation marks at its end (a loop: a regular expression anchored at the end would be quadratic on long runs of blanks). */
function trimMarksEnd(text: string): string {
  let e = text.length
  while (e > 0 && /[«“„‘‹"'»\s]/u.test(text[e - 1]!)) e--
  return e === text.length ? text : text.slice(0, e)
}

/** Texts already kept, by word count; their comparison keys are computed only when two share a count. */
class SeenTexts {
  private readonly byCount = new Map<number, {texts: string[]; keys: Set<string> | null}>()
  /** Whether a text with the same words (case and punctuation aside) was added. */
  has(text: string, n: number): boolean {
    const bucket = this.byCount.get(n)
    if (!bucket) return false
    if (!bucket.keys) bucket.keys = new Set(bucket.texts.map(compareKey))
    return bucket.keys.has(compareKey(text))
  }
  add(text: string, n: number): void {
    const bucket = this.byCount.get(n)
    if (!bucket) this.byCount.set(n, {texts: [text], keys: null})
    else if (bucket.keys) bucket.keys.add(compareKey(text))
    else bucket.texts.push(text)
  }
}

/**
 * Indexes of the quotable blocks that repeat an earlier block verbatim, in
 * full or as its end (a scraping artefact): the blocks of `duplicate-paragraph`
 * warnings, and copies glued after a heading or a colon in the first one.
 */
function repeatedBlocks(blocks: readonly Block[]): ReadonlySet<number> {
  const quotable = blocks.filter((b) => QUOTABLE.has(b.kind))
  const out = new Set<number>()
  findRepeats(quotable, true).forEach((r, i) => {
    if (r) out.add(quotable[i]!.index)
  })
  // A short paragraph (too short for a `duplicate-paragraph` warning) that repeats the end of the one right before it: the
  // last sentence of a pasted statement given again with its signature (`Ce pays restera une démocratie.Thierno Bocoum »`).
  for (let i = 1; i < quotable.length; i++) if (quotable[i - 1]!.kind === quotable[i]!.kind && repeatsEnd(quotable[i - 1]!.text, quotable[i]!.text)) out.add(quotable[i]!.index)
  return out
}

function compareKey(text: string): string {
  return text.toLowerCase().replace(RX2(), ' ').trim()
}

/** Why a quote waits for the others before it is kept: a one-word qualifier, a short headline quote; false when it does not wait. */
type Pending = false | 'qualifier' | 'repeated'

/** A quote found, before it becomes a `Quote`. */
interface Found {
  readonly segments: readonly Segment[]
  /** Index of the opening and of the closing mark (in the first and last block). */
  readonly openAt: number
  readonly closeAt: number
  kind: QuoteKind
  attribution: Attribution | null
  /** Block of the attribution offsets. */
  attributionBlock: number
}

/**
 * Quotations: every span between quotation marks that reproduces someone's
 * words, with its kind, its cue and the words that name its speaker as
 * written (the `attribution` refiner then resolves pronouns, titles and
 * surnames to the fullest name and the entity).
 */
export const quotesExtractor: Extractor = {
  name: 'quotes',
  run(context, article, state) {
    const doc = quoteDocument(context, article.entities)
    const words = doc.words
    const found: Found[] = []
    for (const q of doc.quotes) {
      for (const part of splitIncise(q, doc)) found.push(part)
    }
    // Markdown blockquotes without marks are block quotes.
    let marked: Set<number> | null = null
    for (const block of context.blocks) {
      if (block.kind !== 'blockquote') continue
      marked ??= new Set(doc.quotes.flatMap((q) => q.segments.map((s) => s.block)))
      if (marked.has(block.index)) continue
      const text = block.text
      let s = 0
      let e = text.length
      while (s < e && /\s/.test(text[s]!)) s++
      while (e > s && /\s/.test(text[e - 1]!)) e--
      if (countWords(text) < 3) continue
      found.push({segments: [{block: block.index, start: s, end: e}], openAt: Math.max(0, s - 1), closeAt: e, kind: 'block', attribution: null, attributionBlock: block.index})
    }
    // The blocks' words and names are read only when there is a quote to place.
    const blocks = found.length === 0 ? [] : doc.blocks
    found.sort((x, y) => x.segments[0]!.block - y.segments[0]!.block || x.segments[0]!.start - y.segments[0]!.start)

    const quotes: Quote[] = []
    const placed: {block: number; pending: Pending; cue: boolean}[] = []
    const gistOpeners = doc.words.headlineGistOpeners
    const seen = new SeenTexts()
    /** Blocks that repeat an earlier block verbatim, read when a quote's words were seen before. */
    let repeats: ReadonlySet<number> | null = null
    /** The closing mark of the last quoted name or term (a list of terms goes on after it). */
    let named: {block: number; end: number} | null = null
    /** Comparison keys of texts quoted as a name or a title: quoted again elsewhere (`tentative d’interpellation de « Julo »`), still a name. */
    let names: Set<string> | null = null
    /** Texts of the body quotes kept so far, and how many times a quote was looked for among their ends. */
    const keptTexts: string[] = []
    let containedChecks = 0
    for (const f of found) {
      const first = f.segments[0]!
      const last = f.segments[f.segments.length - 1]!
      const firstView = blocks[first.block]!
      const lastView = blocks[last.block]!
      const text = f.segments.map((s) => blocks[s.block]!.block.text.slice(s.start, s.end)).join(' ')
      const n = countWords(text)
      // A paragraph repeated verbatim, in full or as the end of an earlier one (a scraping artefact), yields its quotes
      // once. The same words quoted again in another paragraph, or in the body after the headline, are a second quote.
      const metadata = isClaimed(state.claims, firstView.block)
      const again = !metadata && seen.has(text, n)
      if (n === 0 || (again && (repeats ??= repeatedBlocks(context.blocks)).has(first.block))) continue
      // A repeated paragraph that copies the end of an earlier one (`…a glued statement. », a réagi X` and then its last
      // sentences again) yields no quote the earlier one holds: only its end's words, now read from its own start.
      // Only a quote in a repeated paragraph spends one of the looks, so that many quotes before it leave some.
      if (!metadata && !again && n >= 4 && keptTexts.length > 0 && (repeats ??= repeatedBlocks(context.blocks)).has(first.block) && containedChecks < MAX_CONTAINED_CHECKS) {
        containedChecks++
        if (keptTexts.some((k) => k.length > text.length && k.endsWith(text))) continue
      }
      const {openAt, closeAt} = f
      // Attribution is read in the quote's sentence, at most ATTRIBUTION_WINDOW
      // characters either side, so that a text without sentence breaks stays linear.
      const sentenceStart = Math.max(sentenceAround(firstView, Math.max(0, openAt))[0], openAt - ATTRIBUTION_WINDOW)
      const before = trimMarksEnd(firstView.masked.slice(sentenceStart, Math.max(sentenceStart, openAt)))
      const beforeTokens = firstView.tokens.slice(firstTokenAt(firstView.tokens, sentenceStart), firstTokenAt(firstView.tokens, Math.max(sentenceStart, openAt)))
      const lastBefore = beforeTokens[beforeTokens.length - 1]
      const gapBefore = lastBefore ? firstView.masked.slice(lastBefore.end, openAt) : ''
      const detBefore = lastBefore !== undefined && determinerBefore(lastBefore, gapBefore, words)
      // A name, title or term (`the film "…"`, `titré : "…"`), and the next ones of a list of them (`terms like "digital", "interactive"`,
      // `dubbed "pioneers" and "materialists"`).
      if ((lastBefore && isBlank(gapBefore) && namesAThing(beforeTokens, words, charIs('lower', text, 0), firstView.masked, agentAfter(lastView, closeAt, words))) || (named && named.block === first.block && named.end < openAt && openAt - named.end < 12 && listGap(firstView.masked.slice(named.end + 1, openAt), words))) {
        named = {block: last.block, end: closeAt}
        // Words kept as a quote before stay one when they come back as a name (`"I will come" … the "I will come" campaign`).
        if (!again) (names ??= new Set()).add(compareKey(text))
        continue
      }
      // A title followed by its year in brackets (`"Tutti Frutti" (1955)`, `« West Indies » (1979)`): a work, not someone's words.
      if (WORK_YEAR.test(lastView.masked.slice(closeAt + 1, closeAt + 9))) {
        named = {block: last.block, end: closeAt}
        if (!again) (names ??= new Set()).add(compareKey(text))
        continue
      }
      // A newspaper's front-page title (`« … », titre Le Quotidien`, `Le Soleil titre : « … »`) is not someone's words.
      if (lastBefore && words.headlineVerbs.has(lastBefore.lower) && /^[\s\u00a0\u202f]*:?[\s\u00a0\u202f]*$/.test(gapBefore)) continue
      const afterClose = lastView.tokens[firstTokenAt(lastView.tokens, closeAt + 1)]
      if (afterClose && words.headlineVerbs.has(afterClose.lower) && /^[\s\u00a0\u202f,]*$/.test(lastView.masked.slice(closeAt + 1, afterClose.start))) continue

      let attribution = f.attribution
      let attributionBlock = f.attributionBlock
      if (!attribution) {
        // After the quote, in the rest of its sentence.
        const end = Math.min(sentenceEndAfter(lastView, closeAt), closeAt + ATTRIBUTION_WINDOW)
        attribution = end > closeAt + 1 ? attributionAfter(lastView, closeAt + 1, end, words) : null
        // `"… great year. " Hayes said: "Knowing …"`: a subject, then a verb closed by a colon, introduces the words after it, not
        // these (not `his "warmest congratulations", saying: "…"`, nor `», a répondu X : « … »`).
        if (attribution?.speaker && attribution.cue && attribution.speaker.end <= attribution.cue.start && COLON_AFTER.test(lastView.masked.slice(attribution.cue.end))) attribution = null
        attributionBlock = last.block
      }
      if (!attribution && f.kind !== 'block') {
        const intro = /[:,]$/.test(before)
        attribution = attributionBefore(firstView, sentenceStart, Math.max(sentenceStart, openAt), words, intro)
        attributionBlock = first.block
        // `And from Chairwoman X:` on the line before.
        if (!attribution && before === '' && first.block > 0) {
          const prev = blocks[first.block - 1]!
          if (/:\s*$/.test(prev.masked) && prev.block.text.length < 400) {
            const [s] = sentenceAround(prev, Math.max(0, prev.masked.trimEnd().length - 1))
            attribution = attributionBefore(prev, s, prev.masked.length, words, true)
            attributionBlock = first.block - 1
          }
        }
      } else if (!attribution && f.kind === 'block' && first.block > 0) {
        const prev = blocks[first.block - 1]!
        if (/:\s*$/.test(prev.masked)) {
          const [s] = sentenceAround(prev, Math.max(0, prev.masked.trimEnd().length - 1))
          attribution = attributionBefore(prev, s, prev.masked.length, words, true)
          attributionBlock = first.block - 1
        }
      }
      // Words ending with their own stop (`"…enough?" he asked.`, `« … ! » a lancé X`) end their sentence at the closing
      // mark: a short attribution clause may make the whole next sentence.
      if (!attribution && f.kind !== 'block' && STOP_INSIDE.test(text)) {
        const after = stopClauseAfter(lastView, closeAt, words)
        if (after) {
          attribution = after
          attributionBlock = last.block
        }
      }

      // `X was described as a "…" by Y`, `qualifié de « … » par Y`: the agent of a speech verb in the passive speaks.
      // (Also a participle alone opening an apposition: `Le projet, qualifié de « … » par Y,`, `The bill, described as "…" by Y`.)
      if (attribution?.cue && attributionBlock === last.block && first.block === last.block && attribution.cue.end <= openAt && ((auxiliaryOpens(firstView, attribution.cue.start, words) && !embeddedPassive(firstView, attribution.cue.end, words)) || participleAfterComma(firstView, attribution.cue.start, attribution.cue.end))) {
        const k = firstTokenAt(lastView.tokens, closeAt + 1)
        const by = lastView.tokens[k]
        const next = lastView.tokens[k + 1]
        if (by && next && words.agentMarkers.has(by.lower) && isBlank(lastView.masked.slice(closeAt + 1, by.start))) {
          const agent = mentionAfter(lastView, by.end, Math.min(sentenceEndAfter(lastView, closeAt), by.end + ATTRIBUTION_WINDOW), words)
          // The agent opens right after the marker (`by his friend …`, `by Michael Pointon`), not a clause (`by taunting X`).
          // (Or after titles and roles the name leaves out: `by Mr Howard`, `by Tory leader Michael Howard`.)
          if (agent && agent.kind !== 'pronoun' && (agent.start === next.start || words.determiners.has(next.lower) || rolesUpTo(lastView, next, agent.start, words))) attribution = {cue: attribution.cue, speaker: agent}
        }
      }

      // `accusé par Y de « … »`, `accused by Y of "…"`: the agent of a speech verb's participle set right before the words speaks.
      if (first.block === last.block) {
        const agent = agentBefore(firstView, beforeTokens, openAt, words)
        if (agent) attribution = agent
      }

      let kind = f.kind
      if (kind !== 'block') {
        if (firstView.block.kind === 'blockquote') kind = 'block'
        else if (before !== '' && !/[:,;—–-]$/.test(before) && !(lastBefore && (isVerbAt(firstView, beforeTokens.length - 1 + firstTokenAt(firstView.tokens, sentenceStart), words) || invertedAt(firstView, firstTokenAt(firstView.tokens, lastBefore.start), words)))) {
          kind = 'partial'
        }
      }

      // Words in a headline's gist marks (`Soaring oil 'hits world economy'`, `Economy 'strong' in election year`) with no cue
      // and no colon before them (`Senator: 'Let him do his job'`): the headline's gist of a claim, or a term, not a quotation.
      if (!attribution?.cue && !before.endsWith(':') && gistOpeners.has(firstView.block.text[openAt]!) && inHeadline(article.headlinePosition, firstView.block)) continue

      // Not quotes: scare quotes, names of things, titles of works.
      if (n === 0) continue
      // File names, paths and identifiers are not quotes (`2013-06-11-design.md`, `service_search.md`), nor codes and
      // model names of capitals and digits (`le produit « CA-1000 »`).
      if (!/\s/.test(text) && (RX3().test(text) || MODEL_CODE().test(text))) continue
      let pending: Pending = false
      // A short quote in the headline or a heading with no one saying it (`Vers un assouplissement « très limité »`) is
      // kept when the body quotes the same words (checked below): a headline quote is a quote.
      // Two words there that are not a term after a determiner (`Card fraudsters 'targeting web'`, `pointe « les
      // contradictions »`) are reported words, kept as a quote (unless capitalised as a name, checked below).
      // One lower-case word in the headline is reported words too (`Willis sues over movie 'injury'`, `l'État « supplanté » par`),
      // unless it modifies the next word (`Drive to 'save' festive holidays`), follows a preposition (`parle de « réforme »`)
      // or is a function word (`de « ses » PCA`).
      const headlineWords = metadata && !attribution?.cue && !detBefore && (n === 2 || (n === 1 && inHeadline(article.headlinePosition, firstView.block) && !(lastBefore && words.prepositions.has(lastBefore.lower)) && headlineWord(text, lastView.masked.slice(closeAt, closeAt + 40), doc)))
      if (n <= 2 && metadata && !attribution?.cue && !headlineWords) pending = 'repeated'
      else if (n <= 2 && !headlineWords) {
        // Someone voices the words: a speech verb in the sentence, or a verb of judging or voicing whose object they are
        // (`which it describes as "encouraging"`, `calling for a "balanced approach"`, `a exprimé sa « préoccupation »`).
        const voiced = attribution?.cue != null || (!metadata && objectVerbOf(firstView, sentenceStart, openAt, doc))
        const nextWord = RX4().exec(lastView.masked.slice(closeAt, closeAt + 40))
        // One function word stressed inside a clause that goes on (`what he believed "should" be`) is not a quote; a one-word answer (`he replied "never".`) is.
        if (n === 1 && nextWord) {
          const lower = text.toLowerCase()
          if (words.auxiliaries.has(lower) || words.determiners.has(lower) || words.prepositions.has(lower) || words.clauseWords.has(lower)) continue
        }
        // A term modifying the next noun (`his 'silence' gesture`): not a quote, in a language whose nouns take such
        // modifiers before them (not French: `a exprimé sa « préoccupation » face à`, `Un "record" dû à …, accuse X`).
        // An adjective someone is quoted for (`branding them a "regressive" step`, said X) stays.
        const adjunct = n === 1 && lastBefore !== undefined && doc.lexicon.nounAdjunctDeterminers.includes(lastBefore.lower)
        const quotedAdjective = n === 1 && voiced && hasQualifierEnding(text, doc.lexicon.qualifierSuffixes, 4)
        if (detBefore && nextWord && ((adjunct && !quotedAdjective) || !voiced) && !doc.names.stopWords.has(nextWord[1]!) && !words.verbs.has(nextWord[1]!)) continue
        // One capitalised word after a determiner is a name (`autour de la « Kabaa »`, `le magazine « People »`, `lors d’un ‘Thiant’`).
        if (n === 1 && lastBefore && (detBefore || elidedDeterminer(lastBefore.lower, words)) && RX6().test(text) && isBlank(gapBefore.replace(/^['’]/u, ''))) continue
        if (!voiced) {
          // Two words after a determiner with no one saying them (`le mouvement des "gilets jaunes"`, `his "odd odes"`, `l’« option arme »`): a term.
          if (n === 2 && kind === 'partial' && (detBefore || (lastBefore !== undefined && genitiveBefore(lastBefore, gapBefore, doc.lexicon)))) continue
          // One word qualifying the noun before it (`le meurtre « familial » est…`, `un incendie désormais "contenu"`)
          // is kept when a quote with a cue stands in the same or a next paragraph (checked below).
          if (n === 1 && !metadata && kind === 'partial' && qualifier(text, lastBefore, firstView.masked.slice(lastBefore?.end ?? 0, openAt), nextWord?.[1], doc)) pending = 'qualifier'
          else if (n === 1 || metadata || RX5().test(text[0]!) || kind !== 'partial') continue
        }
      }
      const bare = text.replace(/[.,;:]+$/, '')
      if (pending !== 'repeated' && (!attribution?.cue || kind === 'partial') && n >= 2 && n <= 12 && !/[.!?,;:]/.test(bare)) {
        const long = bare.split(/\s+/).filter((w) => w.length > 3)
        // Capitalised words: a name (a headline's stays when the body quotes it).
        if (long.length > 0 && long.every((w) => RX6().test(w))) {
          if (!headlineWords) continue
          pending = 'repeated'
        }
      }
      // A capitalised phrase woven into a sentence with no one saying it, and not ending as a sentence does
      // (`sur le plateau du « Magazine de la santé »`, `le film « Les Désirs d’une Femme »`): a title or a name.
      // Not after a word opening a clause (`convaincus que « Dieu est avec nous »`). After a determiner it names a thing
      // even in a sentence with a cue (`a annoncé … lors d’une réunion du « Ségur de la santé »`, `a appelé à une « Nuit
      // Debout devant les abattoirs »`): quoted words do not take an article. (Not one opening with an acronym: `shaping the
      // "IPTV ecosystem"`, said X.)
      const namedByDeterminer = lastBefore !== undefined && (detBefore || elidedDeterminer(lastBefore.lower, words)) && isBlank(gapBefore.replace(/^['’]/u, '')) && !CAPITALS_WORD().test(text)
      if (pending !== 'repeated' && (!attribution?.cue || namedByDeterminer) && kind === 'partial' && n <= MAX_TITLE_WORDS && lastBefore && RX6().test(text) && !/[.!?…]$/.test(text) && !words.clauseWords.has(lastBefore.lower.replace(/['’]$/, ''))) {
        // Words kept as a quote before stay one when they come back as a name (`"I will come" … the "I will come" campaign`).
        if (!again) (names ??= new Set()).add(compareKey(text))
        continue
      }
      if (!metadata) {
        seen.add(text, n)
        keptTexts.push(text)
      }

      const position = positionAt(context, blockOffset(firstView.block, first.start), blockOffset(lastView.block, last.end))
      const attrBlock = blocks[attributionBlock]!.block
      const cue = attribution?.cue ? spanAt(context, blockOffset(attrBlock, attribution.cue.start), blockOffset(attrBlock, attribution.cue.end)) : null
      let mention = attribution?.speaker
      // A name in the complement of a role (`le président de Jokoo Sénégal a dit`): the role speaks, unless the name is a person's.
      if (mention?.roleOf) {
        const s = blockOffset(blocks[attributionBlock]!.block, mention.start)
        const e = blockOffset(blocks[attributionBlock]!.block, mention.end)
        const person = article.entities.some((en) => en.type === 'person' && en.mentions.some((m) => m.position.start.offset < e && s < m.position.end.offset))
        if (!person) mention = {kind: 'role', start: mention.roleOf.start, end: mention.roleOf.end}
      }
      const speaker = mention
        ? (() => {
            const span = spanAt(context, blockOffset(attrBlock, mention.start), blockOffset(attrBlock, mention.end))
            return {name: span.text, position: span.position}
          })()
        : null
      const quote: Quote = {text, position, kind, speaker, cue}
      // A text joined from several paragraphs, or read through Markdown markup,
      // is not one slice of the input: give the pieces it was read from.
      if (context.source.slice(position.start.offset, position.end.offset) !== text) {
        quote.parts = f.segments.flatMap((s) => blockSpans(context, blocks[s.block]!.block, s.start, s.end))
      }
      quotes.push(quote)
      placed.push({block: first.block, pending, cue: cue !== null})
    }
    // A text quoted as a name or a title somewhere is a name everywhere in the article.
    const keys = names ? quotes.map((q) => compareKey(q.text)) : null
    const unnamed = (i: number) => !keys || !names!.has(keys[i]!)
    // Short headline quotes stay when the body quotes the same words (or, cut short, begins a quote with them: `« Meulé Sonko… »`).
    let bodyKeys: Set<string> | null = null
    const repeated = (i: number): boolean => {
      if (!bodyKeys) {
        // Each body quote's words, and its first one and two words (the headline quote has at most two).
        bodyKeys = new Set()
        for (let j = 0; j < quotes.length; j++) {
          if (placed[j]!.pending !== false || !unnamed(j)) continue
          const key = keys?.[j] ?? compareKey(quotes[j]!.text)
          bodyKeys.add(key)
          const one = key.indexOf(' ')
          if (one < 0) continue
          bodyKeys.add(key.slice(0, one) + '…')
          const two = key.indexOf(' ', one + 1)
          if (two > 0) bodyKeys.add(key.slice(0, two) + '…')
        }
      }
      const text = quotes[i]!.text
      const key = keys?.[i] ?? compareKey(text)
      // Only a quote cut short (`« Meulé Sonko… »`) stands for a longer one that begins with its words.
      return key !== '' && (bodyKeys.has(key) || (/(?:…|\.\.\.)$/.test(text) && bodyKeys.has(key + '…')))
    }
    // One-word qualifiers stay only next to a quote that has a cue (in its block or one beside it).
    // (The blocks holding such a quote, gathered once: not a scan of all quotes for each qualifier.)
    let cued: Set<number> | null = null
    const cuedNear = (block: number): boolean => {
      if (!cued) {
        cued = new Set()
        for (const o of placed) if (o.cue && !o.pending) cued.add(o.block)
      }
      return cued.has(block - 1) || cued.has(block) || cued.has(block + 1)
    }
    const kept = quotes.filter((_, i) => {
      const p = placed[i]!
      if (!unnamed(i)) return false
      if (p.pending === 'repeated') return repeated(i)
      return !p.pending || cuedNear(p.block)
    })

    const diagnostics: Diagnostic[] = doc.unbalanced.slice(0, MAX_DIAGNOSTICS).map((u) => {
      const block = context.blocks[u.block]!
      const at = blockOffset(block, u.at)
      return {
        code: 'unbalanced-quote',
        severity: 'info',
        message: 'Quotation mark opened here is never closed',
        position: positionAt(context, at, at + 1)
      }
    })
    return {quotes: kept, diagnostics}
  }
}

/**
 * Splits a quote interrupted by an inverted incise inside its marks
 * (`«…, a-t-il dit, …»`, `« …, estime-t-elle, … »`) into two quotes that share
 * the incise as their attribution.
 */
function splitIncise(q: MarkedQuote, doc: QuoteDocument): Found[] {
  const whole: Found = {segments: q.segments, openAt: q.open.at, closeAt: q.close.at, kind: 'direct', attribution: null, attributionBlock: q.segments[0]!.block}
  if (q.segments.length !== 1) return [whole]
  const seg = q.segments[0]!
  const view = doc.blocks[seg.block]!
  const text = view.block.flowed
  if (!doc.words.invertedIn.test(text.slice(seg.start, seg.end))) return namedIncise(q, seg, text, doc) ?? [whole]
  const tokens = tokenize(text.slice(seg.start, seg.end)).map((t) => ({...t, start: t.start + seg.start, end: t.end + seg.start}))
  const local: BlockView = {masked: text, tokens, names: []}
  for (let k = 1; k < tokens.length - 1; k++) {
    const known = invertedAt(local, k, doc.words)
    const inv = known ?? invertedAt(local, k, doc.words, true)
    if (!inv) continue
    const t = tokens[k]!
    // The incise sits between commas (or dashes), or ends the sentence (`…, tacle-t-il. Il faudra…`).
    const before = text.slice(seg.start, t.start)
    const comma = /[,—–]\s*$/.exec(before)
    if (!comma) continue
    const after = inciseEnd(text, inv.verbEnd, seg.end, doc.words)
    // Any verb when a full stop ends the incise; between commas, a speech verb (not `…, faut-il, …`).
    if (!after || (!known && !after.stop)) continue
    // A full stop ends it only with no other mark before it in the span (not a pairing gone wrong across `» (…), a-t-il reconnu. …`).
    if (after.stop && /[«»“”"]/.test(before)) continue
    const firstEnd = seg.start + comma.index
    const secondStart = after.next
    if (firstEnd <= seg.start || secondStart >= seg.end) continue
    const attribution: Attribution = {cue: {start: t.start, end: inv.verbEnd}, speaker: inv.pronoun}
    return splitAround(q, seg, text, firstEnd, secondStart, attribution)
  }
  return namedIncise(q, seg, text, doc) ?? [whole]
}

/** Most characters read after the verb of an incise for the comma, dash or full stop that ends it. */
const MAX_INCISE_TAIL = 60

/**
 * Where the quote goes on after an incise whose verb ends at `from`
 * (`, indique-t-il encore. En Allemagne, …` → `En`): after the first comma or
 * dash, or after a full stop (`!`, `?`) followed by a capitalised word, within
 * MAX_INCISE_TAIL characters and before any quotation mark; a title's period
 * (`a-t-il dit à M. Diallo, …`) does not end it; `stop` when a full stop
 * does. Null when nothing ends it.
 */
function inciseEnd(text: string, from: number, end: number, words: CueWords): {next: number; stop: boolean} | null {
  const to = Math.min(end, from + MAX_INCISE_TAIL)
  for (let i = from; i < to; i++) {
    const c = text[i]!
    if ('«»"“”'.includes(c)) return null
    const comma = c === ',' || c === '—' || c === '–'
    // A full stop glued to the next sentence after a lower-case letter (`porte-parole de la Maison-Blanche.Lorsque`) ends it too.
    const glued = c === '.' && charIs('lower', text, i - 1) && charIs('upper', text, i + 1)
    const stop = !comma && (c === '.' || c === '!' || c === '?') && ((/^[ \u00a0\u202f]/.test(text.slice(i + 1, i + 2)) && charIs('upper', text, i + 2)) || glued) && !(c === '.' && titlePeriodAt(text, i, words))
    if (!comma && !stop) continue
    let next = i + 1
    while (next < end && /\s/.test(text[next]!)) next++
    return {next, stop}
  }
  return null
}

/**
 * The two quotes of a one-segment quote `q` cut by an incise: its words up to
 * `firstEnd`, and from `secondStart` (white space skipped) to its end, both
 * attributed to the incise.
 */
function splitAround(q: MarkedQuote, seg: Segment, text: string, firstEnd: number, secondStart: number, attribution: Attribution): Found[] {
  let s2 = secondStart
  while (s2 < seg.end && /\s/.test(text[s2]!)) s2++
  return [
    {segments: [{block: seg.block, start: seg.start, end: firstEnd}], openAt: q.open.at, closeAt: firstEnd, kind: 'direct', attribution, attributionBlock: seg.block},
    {segments: [{block: seg.block, start: s2, end: seg.end}], openAt: s2 - 1, closeAt: q.close.at, kind: 'direct', attribution, attributionBlock: seg.block}
  ]
}

/** Most commas of one quote read for a named incise. */
const MAX_INCISE_COMMAS = 40

/**
 * Splits a quote interrupted by an incise that names its speaker inside its
 * marks (`"Nous sommes sous le choc, a affirmé Charles-Antoine Pinel. Je tiens
 * à …"`, `« …, estime Caroline De Haas, … »`): after a comma, a speech verb
 * (its auxiliaries before it), then one to four capitalised words ending at a
 * comma or a full stop (lower-case adverbs may stand between: `affirme ce mardi
 * X`; a role after the name goes with it: `, expert …. Mais`), then more words
 * of the quote. Only the few words after each comma are read.
 */
function namedIncise(q: MarkedQuote, seg: Segment, text: string, doc: QuoteDocument): Found[] | null {
  const w = doc.words
  let commas = 0
  for (let p = text.indexOf(',', seg.start); p >= 0 && p < seg.end && commas < MAX_INCISE_COMMAS; p = text.indexOf(',', p + 1), commas++) {
    const from = p + 1
    const to = Math.min(seg.end, from + 80)
    // The first word must be a speech verb or an auxiliary, right after the comma (most commas: no need to read further).
    const head = tokenize(text.slice(from, to), 1)[0]
    // (A comma glued to the verb, `impitoyable,a déclaré X`, is the scraper's: nothing but white space between them.)
    if (!head || !(w.auxiliaries.has(head.lower) || w.verbs.has(head.lower)) || !isBlank(text.slice(from, from + head.start))) continue
    const tokens = tokenize(text.slice(from, to))
    let k = 0
    while (k < tokens.length && k < 3 && w.auxiliaries.has(tokens[k]!.lower) && !w.verbs.has(tokens[k]!.lower)) k++
    const verb = tokens[k]
    if (!verb || !w.verbs.has(verb.lower)) continue
    // Lower-case adverbs and time words after the verb (`affirme ce mardi X`, `a déclaré hier X`): up to three of
    // the locale's auxiliary words.
    let v = k
    while (v + 1 < tokens.length && v < k + 3 && tokens[v + 1]!.text === tokens[v + 1]!.lower && w.auxiliaries.has(tokens[v + 1]!.lower) && !w.verbs.has(tokens[v + 1]!.lower)) v++
    // The name: capitalised words, none a verb or a function word, ending right before `,` or `.`; a title's
    // period does not end it (`a affirmé M. Diallo. Je…`).
    let e = v + 1
    while (e < tokens.length && e <= v + 4) {
      const prev = tokens[e - 1]!
      const next = tokens[e]!
      const space = next.start === prev.end + 1 && /[ \u00a0]/.test(text[from + prev.end]!)
      const title = e > v + 1 && next.start === prev.end + 2 && text[from + prev.end] === '.' && titlePeriodAt(text, from + prev.end, w)
      if (!(space || title) || !isCapitalised(next.text) || w.verbs.has(next.lower) || doc.names.stopWords.has(next.lower)) break
      e++
    }
    if (e === v + 1) continue
    const last = tokens[e - 1]!
    const stop = text[from + last.end]
    if (stop !== ',' && stop !== '.') continue
    let secondStart = from + last.end + 1
    // A role after the name (`, expert footballistique sur rfm. Mais …`, `, la ministre de la Santé, …`) belongs to
    // the incise, up to the comma, dash or full stop that ends it.
    if (stop === ',') {
      const role = tokenize(text.slice(secondStart, Math.min(seg.end, secondStart + 40)), 2)
      const [one, two] = role
      const head = one && w.determiners.has(one.lower) ? two : one
      if (head && (isRoleWord(head.lower, w) || (head === two && agentNounAt(two.lower, one!.lower, w)))) {
        const end = inciseEnd(text, secondStart + head.end, seg.end, w)
        if (!end) continue
        secondStart = end.next
      }
    }
    const rest = text.slice(secondStart, seg.end)
    if (countWords(rest) < 2) continue
    const attribution: Attribution = {
      cue: {start: from + tokens[0]!.start, end: from + verb.end},
      speaker: {kind: 'name', start: from + tokens[v + 1]!.start, end: from + last.end}
    }
    return splitAround(q, seg, text, p, secondStart, attribution)
  }
  return null
}
