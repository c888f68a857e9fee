/**
 * Text helpers shared by the quote extractor and the attribution refiner:
 * words, sentences and capitalised name runs of one block of text.
 * Everything here is linear in the length of the text.
 */
import type {QuoteLexicon} from '../locales/lexicon-quotes.js'
import {caseOf, charIs, isOne, lazy, letterOrDigitWidth, possessiveBefore, unitIs} from '../chars.js'
import {firstStartingAt, lastNumberAtMost} from '../search.js'

/** A word of a text, with its place in that text. */
export interface Token {
  readonly text: string
  /** Lower-case form. */
  readonly lower: string
  readonly start: number
  readonly end: number
}

/** A run of capitalised words that reads as a proper name (titles and roles removed). */
export interface NameRun {
  /** The name as written (no title, no possessive). */
  readonly text: string
  /** Index of the first and just after the last character of the name in the text. */
  readonly start: number
  readonly end: number
  /** Number of words. */
  readonly words: number
  /** Whether the run starts a sentence (within its first words, after titles). */
  readonly sentenceInitial: boolean
}

const INNER_UPPER = lazy('^\\p{Ll}{1,3}\\p{Lu}', 'u')
const CAMEL_SPLIT = lazy('^(.*\\p{Ll}{2})(\\p{Lu}\\p{Ll}+)$', 'u')
const ACRONYM = lazy('^\\p{Lu}{2,}$', 'u')
const DIGIT_START = lazy('^\\p{N}', 'u')

/**
 * Words of `text`: letters and digits, with inner hyphens, apostrophes and
 * dots (`a-t-il`, `l’AES`, `U.S`). One pass, no regular expression per word.
 * `max`: stop after that many words (the first words are the same).
 * `lowerInto`: also adds there the words written all in lower case (not
 * inside a domain name: `fbi.gov`), in the same pass.
 */
export function tokenize(text: string, max = Infinity, lowerInto?: Set<string>): Token[] {
  const out: Token[] = []
  const n = text.length
  let i = 0
  while (i < n && out.length < max) {
    let w = letterOrDigitWidth(text, i)
    if (w === 0) {
      i++
      continue
    }
    const start = i
    // Whether lower-casing leaves the word as it is (no capital read): then the word is its own `lower`.
    let lower = isLowerUnit(text.charCodeAt(i))
    // Whether a full stop joins two parts of the word (`U.S`, `fbi.gov`).
    let dotted = false
    i += w
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i)
        // ASCII lower-case letters and digits first: most of any text.
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) i++
        else if ((w = letterOrDigitWidth(text, i)) > 0) {
          if (lower && !isLowerUnit(d)) lower = false
          i += w
        } else break
      }
      const c = text.charCodeAt(i)
      // `-`, `'`, `’`, `.` followed by a letter or a digit joins the next part.
      // Not a full stop between a lower-case letter and a capital: two sentences glued by scraping (`comédienne.C'est`).
      if (i + 1 < n && (c === 45 || c === 39 || c === 0x2019 || c === 46) && letterOrDigitWidth(text, i + 1) > 0 && !(c === 46 && charIs('lower', text, i - 1) && charIs('upper', text, i + 1))) {
        if (c === 46) dotted = true
        i++
        continue
      }
      break
    }
    const word = text.slice(start, i)
    const lowered = lower ? word : word.toLowerCase()
    out.push({text: word, lower: lowered, start, end: i})
    // A word written all in lower case (no full stop inside, not after `.` or `-`, not a number), without an elided
    // article or pronoun in front (`l’`, `qu’`: `accord` for `l’accord`).
    if (lowerInto === undefined || dotted || lowered !== word) continue
    const c = text.charCodeAt(start)
    const before = text.charCodeAt(start - 1)
    if ((c >= 48 && c <= 57) || before === 46 || before === 45) continue
    // An elided article or pronoun puts its apostrophe 2nd or 3rd.
    const q1 = word.charCodeAt(1)
    const q2 = word.charCodeAt(2)
    lowerInto.add(q1 === 39 || q1 === 0x2019 || q2 === 39 || q2 === 0x2019 ? word.replace(/^(?:[ldjnmstc]|qu)['’]/, '') : word)
  }
  return out
}

/**
 * Whether lower-casing leaves the UTF-16 unit `c` as it is: not a capital
 * (ASCII or `caseOf`), not half of a surrogate pair (an astral capital).
 */
function isLowerUnit(c: number): boolean {
  if (c < 128) return c < 65 || c > 90
  return (c < 0xd800 || c > 0xdfff) && caseOf(c) !== 1
}

/**
 * Splits words glued by scraping where a heading or a sentence lost its
 * break (`JacksonSelon les…` → `Jackson` + `Selon`): at a lower-case →
 * capital change whose right part is a function word of the language. Returns
 * the words and the offsets where a sentence starts.
 */
export function splitGlued(tokens: readonly Token[], functionWords: ReadonlySet<string>, cuts?: readonly number[], known?: {has(word: string): boolean}): {tokens: Token[]; breaks: number[]} {
  // The words are copied only once a glued word is found (most blocks have none).
  let out: Token[] | null = null
  const breaks: number[] = []
  let c = 0
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!
    if (cuts) {
      // A cut strictly inside the word, between two letters (not after an elision, `l’AES`, nor at a hyphen).
      while (c < cuts.length && cuts[c]! <= t.start) c++
      while (c < cuts.length && cuts[c]! < t.end) {
        const at = cuts[c++]!
        const k = at - t.start
        if (!letterOrDigitWidth(t.text, k - 1) || !letterOrDigitWidth(t.text, k)) continue
        // A name glued at its front (`stratégiquesJérôme`), or a word the article or the language knows glued to its end
        // (`Ndione` + `a`, `Morgun` + `affirme`); not a name's alias inside a longer word (`Mac` of `Macintosh`). (`k` counts
        // in `t.text`: `t.lower` is longer after a capital whose lower case is, `İ`.)
        if (!(charIs('upper', t.text, k) && charIs('lower', t.text, k - 1)) && !(known && known.has(t.text.slice(k).toLowerCase()))) continue
        out ??= tokens.slice(0, i)
        const head = t.text.slice(0, k)
        out.push({text: head, lower: head.toLowerCase(), start: t.start, end: at})
        const tail = t.text.slice(k)
        t = {text: tail, lower: tail.toLowerCase(), start: at, end: t.end}
      }
    }
    if (t !== tokens[i]) {
      out!.push(t)
      continue
    }
    // Only words with a capital after their first letter can be glued.
    if (t.text.length < 5 || t.text === t.lower || !innerCapital(t)) {
      out?.push(t)
      continue
    }
    const m = CAMEL_SPLIT().exec(t.text)
    if (m && functionWords.has(m[2]!.toLowerCase()) && !/[-'’.]/.test(m[1]!)) {
      out ??= tokens.slice(0, i)
      const cut = t.start + m[1]!.length
      out.push({text: m[1]!, lower: m[1]!.toLowerCase(), start: t.start, end: cut})
      out.push({text: m[2]!, lower: m[2]!.toLowerCase(), start: cut, end: t.end})
      breaks.push(cut)
    } else out?.push(t)
  }
  return {tokens: out ?? (tokens as Token[]), breaks}
}

/** Whether a word differs from its lower-case form after its first letter (`JacksonSelon`, `McCann`). */
function innerCapital(t: Token): boolean {
  const {text, lower} = t
  if (text.length !== lower.length) return text.slice(1) !== lower.slice(1)
  for (let c = 1; c < text.length; c++) if (text.charCodeAt(c) !== lower.charCodeAt(c)) return true
  return false
}

/** Whether a word is written with a capital (also `diCaprio`, `McCann`, `LY`). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c >= 97 && c <= 122 && word.length > 1) {
    // `diCaprio`, `McCann`: a capital within the first four letters, after lower-case ones.
    const d = word.charCodeAt(1)
    if (d >= 65 && d <= 90) return true
    if (d < 97 || d > 122) return INNER_UPPER().test(word)
    const e = word.charCodeAt(2)
    if (e >= 65 && e <= 90) return true
    if (e < 97 || e > 122) return INNER_UPPER().test(word)
    const f = word.charCodeAt(3)
    return f >= 65 && f <= 90 ? true : f >= 128 ? INNER_UPPER().test(word) : false
  }
  if (c < 128) return false
  return charIs('upper', word) || INNER_UPPER().test(word)
}

/** Whether `c` (one character, or nothing) is white space (including no-break and narrow no-break spaces): `/\s/`, none between `!` and U+0084. */
export function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || (c > ' ' && c < '\u0085' ? false : /\s/.test(c))
}

const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', ']', '›', '“'])
const OPENERS = new Set(['«', '“', '„', '‘', '"', '‹'])

/** Most characters of a heading set between dashes inside a paragraph (`.- Limiter les risques -A Tunis`). */
const DASHED_HEADING_CHARS = 80

/**
 * The words of a dashed heading up to its closing dash, glued to the capital or the quotation mark opening the next
 * sentence: no stop nor line break before it.
 */
const DASHED_HEADING_CLOSE = lazy('^[^\\n.!?…]*?[ \\u00a0][-–](?=[\\p{Lu}"«“])', 'u')

/** Characters that may end a sentence. */
const STOPS = /[\n.!?…]/g

const abbreviationSets = new WeakMap<QuoteLexicon, ReadonlySet<string>>()

/**
 * Start offsets of the sentences of `text` (always begins with 0). A
 * sentence ends at `.`, `!`, `?` or `…` followed (after closing marks) by
 * white space or the end, at a line break, or where a lower-case word is glued
 * to the next capitalised sentence (`vie."Crimes`), but not after an
 * abbreviation of the lexicon or an initial. `openers` are the indices of
 * opening quotation marks (a straight mark right after a stop opens the next
 * sentence).
 */
export function sentenceStarts(text: string, lexicon: QuoteLexicon, openers: ReadonlySet<number> = new Set()): number[] {
  let abbreviations = abbreviationSets.get(lexicon)
  if (!abbreviations) abbreviationSets.set(lexicon, (abbreviations = new Set(lexicon.abbreviations)))
  const starts = [0]
  const n = text.length
  for (let i = 0; i < n; i++) {
    STOPS.lastIndex = i
    const hit = STOPS.exec(text)
    if (!hit) break
    i = hit.index
    const c = text[i]!
    if (c === '\n') {
      starts.push(i + 1)
      continue
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue
    let k = i + 1
    // Closing marks after the stop, also after a (no-break) space: `fin. »`.
    while (k < n && k < i + 6 && (CLOSERS.has(text[k]!) || (/[ \u00a0\u202f]/.test(text[k]!) && /[»”›]/.test(text[k + 1] ?? '')))) {
      // A straight mark glued to the next word opens the next sentence: `vie."Je`.
      if (openers.has(k) || ((text[k] === '"' || text[k] === "'") && unitIs('letter', text.charCodeAt(k + 1)))) break
      k++
    }
    if (k < n && text[k] === '.' ) continue
    if (c === '.') {
      // The word before the dot.
      let w = i
      while (w > 0 && w > i - 12 && (unitIs('alnum', text.charCodeAt(w - 1)) || text[w - 1] === '.' || text[w - 1] === '-')) w--
      const word = text.slice(w, i).toLowerCase()
      if (abbreviations.has(word) || isOne('letter', word)) continue
      if (/\d$/.test(word) && k < n && /\d/.test(text[k]!)) continue
    }
    if (k >= n) {
      starts.push(n)
      continue
    }
    const next = text[k]!
    if (isSpace(next)) starts.push(k + 1)
    else if ((next === '-' || next === '–') && (text[k + 1] === ' ' || text[k + 1] === '\u00a0')) {
      // `était passé.- Situation « dramatique » -Dans les maisons…`: a heading set between dashes that scraping glued to
      // the sentences around it is a sentence of its own, and so is what follows its closing dash.
      starts.push(k)
      const close = DASHED_HEADING_CLOSE().exec(text.slice(k + 2, k + 2 + DASHED_HEADING_CHARS))
      if (close) starts.push(k + 2 + close[0].length)
    }
    else if (unitIs('upper', text.charCodeAt(k)) || OPENERS.has(next)) {
      // Glued sentences, only after a lower-case word (not `U.S.A`).
      if (i >= 2 && unitIs('lower', text.charCodeAt(i - 1)) && unitIs('lower', text.charCodeAt(i - 2))) starts.push(k)
      // After a number, a quotation mark opening a capitalised sentence (`depuis 1994."Nous allons`).
      else if (i >= 1 && OPENERS.has(next) && /\d/.test(text[i - 1]!) && (openers.has(k) || unitIs('upper', text.charCodeAt(k + 1)))) starts.push(k)
      // After a number of two digits or more, a capitalised word (`en 2019.Le`, `sur Europe 1.Plusieurs` is not read:
      // one digit may number a list, `1.Introduction`).
      else if (i >= 2 && /\d\d$/.test(text.slice(i - 2, i)) && unitIs('lower', text.charCodeAt(k + 1))) starts.push(k)
      // After a closing bracket, a capitalised word or an opening mark (`Mireille Stivala (CGT)."Ces réunions`).
      else if (i >= 1 && text[i - 1] === ')' && (OPENERS.has(next) || unitIs('lower', text.charCodeAt(k + 1)))) starts.push(k)
      else if (k > i + 1) starts.push(k)
      // After a closing quotation mark (`de « vérité ».« Je suis prêt »`, `"vérité"."Je`).
      else if (i >= 1 && /[»”"]/.test(text[i - 1]!) && !openers.has(i - 1)) starts.push(k)
    }
  }
  return starts
}

/** Index in `starts` of the sentence holding offset `at`. */
export function sentenceIndex(starts: readonly number[], at: number): number {
  return lastNumberAtMost(starts, at)
}

/**
 * First index of `items` (sorted by `start`: tokens, name runs, candidates)
 * whose start is at or after `at` (binary search).
 */
export function tokenAt(items: readonly {readonly start: number}[], at: number): number {
  return firstStartingAt(items, at)
}

/** Whether a word ends with a possessive `'s` (`Moore's`). */
function possessive(word: string): boolean {
  return word.length >= 3 && possessiveBefore(word, word.length)
}

/** Words after which a capitalised run is a place or an organisation, not a speaker. */
const PLACE_PREPOSITIONS = new Set(['de', 'du', 'des', 'd', 'of', 'from', 'at', 'à', 'in', 'en', 'au', 'aux', 'vers', 'into', 'to', 'sur'])

/** Strips an elided article (`l’`, `d'`) and a possessive (`'s`) from a word. */
export function bareWord(word: string): {text: string; offset: number} {
  if (!word.includes("'") && !word.includes('’')) return {text: word, offset: 0}
  let text = word
  let offset = 0
  const e = /^(?:[ldjnmstcqſ]|qu|ju[sſ]qu|lor[sſ]qu|pui[sſ]qu)['’]/i.exec(text)
  const elision = e && charIs('letter', text, e[0].length) ? e : null
  if (elision) {
    offset = elision[0].length
    text = text.slice(offset)
  }
  if (/['’]s$/i.test(text)) text = text.slice(0, -2)
  return {text, offset}
}

/** Context for finding names in one article. */
export interface NameContext {
  readonly lexicon: QuoteLexicon
  /** Lower-case function words of the language (never names). */
  readonly stopWords: ReadonlySet<string>
  /** Lower-case titles and roles (`général`, `mr`): stripped from the front of a name. */
  readonly roles: ReadonlySet<string>
  /**
   * Lower-case words opening a clause (`si`, `lorsque`; `if`): stripped from the front of a name (`Si l’Iran` → `Iran`,
   * `Lorsque Sonko` → `Sonko`), never from its end. Absent: none.
   */
  readonly clauseOpeners?: ReadonlySet<string>
  /** Words that may join the parts of a name (`de`, `van`, `bin`): the locale's `entities.nameParticles`. */
  readonly nameParticles: ReadonlySet<string>
  /** Lower-case words seen written in lower case somewhere in the article. */
  readonly lowerWords: ReadonlySet<string>
  /**
   * Lower-case forms of the words written with a capital somewhere in the
   * article other than as the first word of a sentence (`ndiaye` for `Aminata
   * Ndiaye`): a lone capitalised word opening a sentence and seen nowhere
   * else with its capital (`Devant la presse`, `Toutefois,`) is an ordinary word.
   * Also holds the words of the people and organisations the entities step
   * found (`jalila`). Absent: every lone word may be a name.
   */
  readonly capitalWords?: ReadonlySet<string>
  /** Lower-case verbs and auxiliaries (`a`, `déclare`; `said`): a lone opening word before one is its subject, a name. */
  readonly verbs?: ReadonlySet<string>
  /**
   * Lower-case one-word names (or aliases) of the people and organisations the entities step found (`orange` for the
   * company `Orange`): such a word is a name even where the article also writes it in lower case (`its orange branding`).
   */
  readonly entityNames?: ReadonlySet<string>
}

/**
 * The index in `parts` where its last `count` words start, the capitalised name particles among them not counted
 * (`Bruno Le Maire` is two words; not `CHU de Saint-Etienne`, where a lower-case `de` joins a body to its place).
 */
function lastNameWordsStart(parts: readonly {text: string; lower: string}[], count: number, particles: ReadonlySet<string>): number {
  let s = parts.length - 1
  for (let words = 1; s > 0 && words < count; ) {
    s--
    if (!particles.has(parts[s]!.lower) || !isCapitalised(parts[s]!.text)) words++
  }
  return s
}

/**
 * Capitalised runs of `text` that read as proper names: two or more
 * capitalised words (with particles), or one capitalised word that is not a
 * function word, not a title and is never written in lower case in the
 * article. Titles and roles at the front are removed (`Général Sadio
 * Camara` → `Sadio Camara`). A run right after a preposition (`de la
 * République`, `of Europe`) is not a name unless it has three words or more,
 * then its last two words are taken (`du Daily Mail Kieran Gill`).
 */
export function nameRuns(text: string, tokens: readonly Token[], starts: readonly number[], names: NameContext): NameRun[] {
  const out: NameRun[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    // Fast path: a word with no capital at all.
    if (t.text === t.lower) {
      i++
      continue
    }
    const bare = bareWord(t.text)
    if (!isCapitalised(bare.text)) {
      i++
      continue
    }
    // Extend the run over capitalised words separated by single spaces, with particles inside.
    const run: {text: string; start: number; end: number; lower: string}[] = []
    let j = i
    while (j < tokens.length && run.length < 8) {
      const w = tokens[j]!
      if (j > i) {
        const prevEnd = tokens[j - 1]!.end
        // Words joined by one space, by `&` (`B&B`, `Marks & Spencer`) or by `/` (`Jokoo Sénégal/Deutschland`).
        if (w.start - prevEnd === 1) {
          const g = text.charCodeAt(prevEnd)
          if (g !== 32 && g !== 0xa0 && g !== 0x202f && g !== 38 && g !== 47) break
        } else if (!/^(?:[ \u00a0]?&[ \u00a0]?)$/.test(text.slice(prevEnd, w.start))) break
        if (possessive(tokens[j - 1]!.text)) break
      }
      // (Read once the word is known to join the run.)
      const b = j === i ? bare : bareWord(w.text)
      if (isCapitalised(b.text)) run.push({text: b.text, start: w.start + b.offset, end: w.start + b.offset + b.text.length, lower: b.text === w.text ? w.lower : b.text.toLowerCase()})
      else if (names.nameParticles.has(w.lower) && j + 1 < tokens.length && isCapitalised(tokens[j + 1]!.text) && run.length > 0) {
        run.push({text: w.text, start: w.start, end: w.end, lower: w.lower})
      } else break
      j++
    }
    const prev = i > 0 ? tokens[i - 1]! : null
    const prevLower = prev ? prev.lower : ''
    const elided = bare.offset > 0 ? t.text.slice(0, 1).toLowerCase() : ''
    i = Math.max(j, i + 1)
    // Strip titles, roles and function words at the front.
    // A function word in capitals standing alone among lower-case words is an acronym (`the WHO said`), not the word.
    if (run.length === 1 && run[0]!.text.length >= 3 && names.stopWords.has(run[0]!.lower) && ACRONYM().test(run[0]!.text) && !(prev && ACRONYM().test(bareWord(prev.text).text)) && !(tokens[j] && ACRONYM().test(bareWord(tokens[j]!.text).text))) {
      const only = run[0]!
      out.push({text: only.text, start: only.start, end: only.end, words: 1, sentenceInitial: false})
      continue
    }
    let a = 0
    while (a < run.length && (names.roles.has(run[a]!.lower) || names.stopWords.has(run[a]!.lower) || names.nameParticles.has(run[a]!.lower) || names.clauseOpeners?.has(run[a]!.lower) === true)) a++
    let b = run.length
    while (b > a && (names.nameParticles.has(run[b - 1]!.lower) || names.stopWords.has(run[b - 1]!.lower))) b--
    let parts = run.slice(a, b)
    if (parts.length === 0) continue
    const afterPreposition = a === 0 && (PLACE_PREPOSITIONS.has(prevLower) || elided === 'd')
    if (afterPreposition) {
      if (parts.length < 2) continue
      // (Counting a name's particles with the word after them: `des Finances Bruno Le Maire` → `Bruno Le Maire`.)
      if (parts.length >= 3) parts = parts.slice(lastNameWordsStart(parts, 2, names.nameParticles))
    }
    const first = parts[0]!
    const last = parts[parts.length - 1]!
    // `the outgoing European Commissioner`: a role written with capitals after a determiner names nobody.
    if (names.roles.has(last.lower) && determinerBefore(tokens, i - run.length, names.lexicon)) continue
    const sentenceStart = starts[sentenceIndex(starts, first.start)]!
    const before = tokenAt(tokens, sentenceStart)
    const position = tokenAt(tokens, first.start) - before
    const sentenceInitial = position <= 3
    if (parts.length === 1) {
      const w = first.lower
      const acronym = ACRONYM().test(first.text)
      // (Not one the entities step found as a name: `," Orange said` beside `orange branding`.)
      const named = names.entityNames?.has(w) === true
      if (w.length < 2 || (names.lowerWords.has(w) && !acronym && !named) || DIGIT_START().test(w)) continue
      // A lone capitalised word opening a sentence is usually an ordinary word: when the article
      // writes it in lower case, or never with its capital elsewhere (a name comes back, or came with its first name).
      if (position === 0 && !acronym && !named && (names.lowerWords.has(w.endsWith('s') ? w.slice(0, -1) : w) || (names.capitalWords !== undefined && !names.capitalWords.has(w) && !names.verbs?.has(tokens[i]?.lower ?? '')))) continue
    }
    out.push({
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      words: parts.length,
      sentenceInitial
    })
  }
  return out
}

const determinerSets = new WeakMap<QuoteLexicon, ReadonlySet<string>>()

/** Whether a determiner stands among the two words before token `k`. */
function determinerBefore(tokens: readonly Token[], k: number, lexicon: QuoteLexicon): boolean {
  let set = determinerSets.get(lexicon)
  if (!set) determinerSets.set(lexicon, (set = new Set(lexicon.determiners.filter((d) => !lexicon.prepositions.includes(d)))))
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (set.has(tokens[j]!.lower)) return true
  return false
}

/**
 * Adds to `into` the lower-case forms of the capitalised words of a block
 * that do not open a sentence (`starts`: the sentence starts of the block),
 * also inside a longer name (`Aminata Ndiaye` → `ndiaye`).
 */
export function capitalisedTokens(tokens: readonly Token[], starts: readonly number[], into: Set<string>): void {
  let s = 0
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.text === t.lower) continue
    while (s + 1 < starts.length && starts[s + 1]! <= t.start) s++
    // The first word of its sentence (no word of the sentence before it).
    if (k === 0 || tokens[k - 1]!.start < starts[s]!) continue
    const bare = bareWord(t.text)
    if (isCapitalised(bare.text)) into.add(bare.text === t.text ? t.lower : bare.text.toLowerCase())
  }
}
