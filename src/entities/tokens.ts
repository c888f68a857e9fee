/**
 * Words of a block, with their case shape and whether they open a sentence.
 */
import {fold, inLists, type EntityLookups, type WordList} from './lexicon.js'
import {caseOf, isJsSpace, isOne, lazy, possessiveBefore, unitIs} from '../chars.js'
import {COMMON, DATE_WORD, GIVEN_NAME, gluedCapital, gluedLead, isApostrophe, KNOWN_NAME, LOWER_IN_ARTICLE, OPENER, PERSON_WORD, PLACE} from '../glue.js'
import {ARTICLE, DATE, featuresOf, featureTable, is, NAME_PARTICLE, NOT_NAME, PARTICLE, ROLE, STOP, TITLE} from './features.js'

/** Case shape of a word. */
export type Shape = 'cap' | 'upper' | 'lower' | 'other'

/** A word of a block. */
export interface Token {
  /** Index in `Block.text`. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** Folded form (lower-case, no diacritics). */
  readonly key: string
  readonly shape: Shape
  /** Whether the word opens a sentence, a line, a quotation or a labelled field. */
  readonly initial: boolean
  /** The text between the previous word and this one. */
  readonly gap: string
  /** Whether this word was split from the word before it with no gap (`l'` + `AES`, `Jackson` + `Selon`). */
  readonly glued: boolean
  /** The word lists its folded form is in (features.ts: `featuresOf`). */
  readonly bits: number
}

/** Whether the UTF-16 unit `c` is a letter, mark or digit (non-BMP characters are not). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  // The chars.ts table caches each unit's class: no second cache here.
  return (c < 0xd800 || c > 0xdfff) && (unitIs('alnum', c) || unitIs('mark', c))
}

/** Index of the first word character of `text` at or after `i` (`text.length` when none). */
function wordStart(text: string, i: number): number {
  const n = text.length
  while (i < n && !isWordChar(text.charCodeAt(i))) i++
  return i
}

/** `wordFlags` bits: the word was read character by character (not a dotted abbreviation). */
const READ = 1
/** `wordFlags` bits: every character is ASCII (no character reference either). */
const ASCII = 2
/** `wordFlags` bits: an ASCII capital somewhere. */
const HAS_UPPER = 4
/** `wordFlags` bits: a capital after the first character (`hasInnerUpper`). */
const INNER_UPPER = 8
/** `wordFlags` bits: a hyphen inside the word. */
const HAS_HYPHEN = 16
/** `wordFlags` bits: an apostrophe inside the word (`l’AES`, `aujourd'hui`). */
const HAS_APOSTROPHE = 32

/**
 * What `wordEnd` learnt about the last word it read (bits above), so that
 * the word's characters are read once: its folded form and inner capitals
 * come from here when the token is the whole word.
 */
let wordFlags = 0

/**
 * End of the word of `text` that starts at `start` (a word character):
 * letters and digits, with up to 8 inner apostrophes or hyphens
 * (`Guinée-Bissau`, `aujourd’hui`), or an abbreviation with dots (`U.S.`).
 * Sets `wordFlags`.
 */
function wordEnd(text: string, start: number): number {
  const n = text.length
  let i = start
  wordFlags = 0
  // `U.S.`, `U.K.`: single capitals with dots.
  let j = i
  let dots = 0
  while (j + 1 < n && dots < 6 && text.charCodeAt(j + 1) === 46 && unitIs('upper', text.charCodeAt(j)) && !(j + 2 < n && isWordChar(text.charCodeAt(j + 2)) && !unitIs('upper', text.charCodeAt(j + 2)))) {
    j += 2
    dots++
    if (j < n && (text[j + 1] !== '.' || !unitIs('upper', text.charCodeAt(j)))) break
  }
  if (dots >= 2) return j
  let flags = READ | ASCII
  let joins = 0
  for (;;) {
    // (`i < n` before each read: `charCodeAt` out of range gives NaN, a double that slows every comparison of `c`.)
    while (i < n) {
      const c = text.charCodeAt(i)
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) i++
      else if (c >= 65 && c <= 90) {
        flags |= i > start ? HAS_UPPER | INNER_UPPER : HAS_UPPER
        i++
      } else if (c >= 128 && isWordChar(c)) {
        flags &= ~ASCII
        if (i > start && caseOf(c) === 1) flags |= INNER_UPPER
        i++
      } else {
        const r = c === 38 ? refAt(text, i) : 0
        if (r === 0) break
        flags &= ~ASCII
        i += r
      }
    }
    const c = i < n ? text.charCodeAt(i) : 0
    if (joins < 8 && (c === 39 || c === 0x2019 || c === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
      if (c === 45) flags |= HAS_HYPHEN
      else flags = c === 0x2019 ? (flags & ~ASCII) | HAS_APOSTROPHE : flags | HAS_APOSTROPHE
      i++
      joins++
      continue
    }
    wordFlags = flags
    return i
  }
}
/** Length of a numeric character reference to a letter inside a word at `i`, a `&` (`Pap&#233;`), or 0. */
function refAt(text: string, i: number): number {
  const m = REF.exec(text.slice(i, i + 8))
  return m && unitIs('letter', +m[1]!) ? m[0].length : 0
}
const REF = /^&#(\d{3,4});/
const INNER_CAP = lazy('^\\p{Ll}{1,3}\\p{Lu}\\p{Ll}', 'u')
const TWO_LETTERS = lazy('\\p{L}.*\\p{L}', 'u')
const ELIDED = lazy("^(\\p{L}{1,2}|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\\p{L})", 'u')
const BOUNDARY = /[.!?:;…«»"“”|•]|(?:^|\s)[-–—](?:\s|$)/

function shapeOf(text: string): Shape {
  const c = text.charCodeAt(0)
  if (c >= 97 && c <= 122) {
    // ASCII lower case, unless `eBay`, `diCaprio`.
    for (let i = 1; i < 4 && i < text.length; i++) {
      const d = text.charCodeAt(i)
      if (d >= 65 && d <= 90) return INNER_CAP().test(text) ? 'cap' : 'lower'
    }
    return 'lower'
  }
  if (c >= 48 && c <= 57) return 'other'
  if (c >= 65 && c <= 90 && text.length > 1) {
    // `Paris`: an ASCII capital then an ASCII lower-case letter.
    const d = text.charCodeAt(1)
    if (d >= 97 && d <= 122) return 'cap'
  }
  if (unitIs('upper', c)) {
    if (text.length === 1) return 'cap'
    // An ASCII word (most) is read in place: all capitals with two letters or more is `upper`.
    let letters = 0
    let i = 0
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i)
      if (d >= 128) break
      if (d >= 97 && d <= 122) return 'cap'
      if (d >= 65 && d <= 90) letters++
    }
    if (i === text.length) return letters >= 2 ? 'upper' : 'cap'
    const lower = text.toLowerCase()
    const upper = text.toUpperCase()
    if (text === upper && text !== lower && TWO_LETTERS().test(text)) return 'upper'
    return 'cap'
  }
  // `diCaprio`, `eBay`, `iPhone`
  if (INNER_CAP().test(text)) return 'cap'
  if (unitIs('lower', c)) return 'lower'
  return 'other'
}

/**
 * `shapeOf` a whole ASCII word from its `wordFlags`: with no capital after
 * the first letter, the first character decides; otherwise `shapeOf` reads it.
 */
function asciiShape(word: string, flags: number): Shape {
  if (flags & INNER_UPPER) return shapeOf(word)
  const c = word.charCodeAt(0)
  return c >= 97 ? 'lower' : c >= 65 ? 'cap' : 'other'
}

/** Whether a letter after the first is upper-case (cheap test before the costly ones). */
function hasInnerUpper(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 65 && c <= 90) return true
    if (c > 127 && caseOf(c) === 1) return true
  }
  return false
}

/** Whether an apostrophe stands where `ELIDED` looks for one (the 2nd to 7th character: `l’`, `jusqu’`, `lorsqu’`). */
function elisionMark(word: string): boolean {
  for (let i = 1; i < word.length && i <= 6; i++) {
    const c = word.charCodeAt(i)
    if (c === 39 || c === 0x2019) return true
  }
  return false
}

/**
 * Whether the gap between two words is one to three spaces or no-break
 * spaces (`/^[ \u00a0]{1,3}$/`): the rules ask it of most words, answered
 * without a regex (tens of thousands of calls per article sample).
 */
export function isSpaceGap(gap: string): boolean {
  if (gap === ' ') return true
  if (gap.length === 0 || gap.length > 3) return false
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i)
    if (c !== 32 && c !== 0xa0 && c !== 0x202f) return false
  }
  return true
}

/** Whether the gap between two words is a comma and one or two spaces or no-break spaces (`Newark, N.J.`, `Sall, ministre`). */
export function isCommaGap(gap: string): boolean {
  return gap === ', ' || (gap.charCodeAt(0) === 44 && COMMA_GAP.test(gap))
}
const COMMA_GAP = /^,[ \u00a0]{1,2}$/

/**
 * `s.replace(/\s+/g, ' ')`: white space runs as one space; `s` itself, without
 * the regex, when its only white space is single spaces (most names).
 */
export function singleSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32 ? isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(WHITE_SPACE_RUNS, ' ')
  }
  return s
}
const WHITE_SPACE_RUNS = /\s+/g

/** `form.split(/\s+/)`, split at single spaces without the regex when those are its only white space. */
export function spaceSplit(form: string): string[] {
  return singleSpaced(form) === form ? form.split(' ') : form.split(/\s+/)
}

/** The text between two words; the usual ones without a new string. */
function gapOf(text: string, from: number, to: number): string {
  const n = to - from
  if (n === 1 && text.charCodeAt(from) === 32) return ' '
  if (n === 2 && text.charCodeAt(from + 1) === 32) {
    const c = text.charCodeAt(from)
    if (c === 44) return ', '
    if (c === 46) return '. '
  }
  return text.slice(from, to)
}

/** What `tokenize` reads and writes while it cuts a text: the tokens so far and where the current line starts. */
interface TokenizeState {
  readonly text: string
  readonly lx: EntityLookups
  readonly tokens: Token[]
  /** The locale's word features (`featureTable`). */
  readonly table: ReadonlyMap<string, number>
  lineStart: number
}

/**
 * Pushes the token `text[start, end)` with its gap and sentence place. `flags`:
 * the `wordFlags` of the whole word, when the token is the whole word (`known`
 * given). A module function, not a closure of `tokenize`: that runs for every
 * block and every name form.
 */
function pushToken(st: TokenizeState, start: number, end: number, glued: boolean, known?: string, flags = 0): void {
  const tokenText = known ?? st.text.slice(start, end)
  const prev = st.tokens[st.tokens.length - 1]
  const gap = gapOf(st.text, prev ? prev.end : 0, start)
  let initial = !prev
  // One space or a comma and a space (most gaps) opens nothing: no regex for them.
  if (prev && !glued && gap !== ' ' && gap !== ', ') {
    const nl = gap.indexOf('\n')
    if (nl >= 0) {
      // A line break opens a sentence unless the text is hard-wrapped (long lines).
      initial = prev.end - st.lineStart < 60 || BOUNDARY.test(gap)
      st.lineStart = prev.end + nl + 1
    } else if (gap === '. ' || BOUNDARY.test(gap)) {
      // `M. Diallo`, `George W. Bush`: a dot after a title or an initial does not end the sentence.
      const afterAbbrev = (gap === '. ' || gap.trim() === '.') && (is(prev, TITLE) || isOne('upper', prev.text))
      initial = !afterAbbrev
    }
  }
  if (glued && prev) {
    // After an elision (`L’AES`) the word inherits the elision's place; a
    // word glued by scraping (`JacksonSelon`) opens a new sentence, but not
    // an elided article cut from the word before (`selonL’Observateur`).
    const z = prev.text.charCodeAt(prev.text.length - 1)
    const y = tokenText.charCodeAt(tokenText.length - 1)
    initial = z === 39 || z === 0x2019 ? prev.initial : y === 39 || y === 0x2019 ? initial : true
  }
  // An ASCII word is folded by lower-casing it (what `fold` does, without reading it again).
  const key = flags & ASCII ? (flags & HAS_UPPER ? tokenText.toLowerCase() : tokenText) : fold(tokenText)
  let shape = flags & ASCII ? asciiShape(tokenText, flags) : shapeOf(tokenText)
  if (shape === 'lower' && particleJoined(tokenText, st.lx)) shape = 'cap'
  let bits = featuresOf(st.table, key)
  // `Parti dès le matin`, `là`: a short word whose accent folding takes off is no particle or article (`des`, `la`).
  if (bits & ACCENT_LOST_BITS && !(flags & ASCII) && tokenText.length <= 3 && ACCENTED.test(tokenText)) bits &= ~ACCENT_LOST_BITS
  st.tokens.push({start, end, text: tokenText, key, shape, initial, gap, glued, bits})
}
const ACCENT_LOST_BITS = PARTICLE | ARTICLE | NAME_PARTICLE
const ACCENTED = /[\u00c0-\u024f]/

/**
 * Whether a lower-case word is a name's particle joined by a hyphen to a
 * capitalised word (`al-Abadi`, `el-Sissi`, `ben-Ali`): a word of the name,
 * not a lower-case word (not `mid-March`, `pro-Trump`: no particle).
 */
function particleJoined(word: string, lx: EntityLookups): boolean {
  for (let i = 1; i < 4 && i < word.length - 2; i++) {
    if (word.charCodeAt(i) !== 45) continue
    return unitIs('upper', word.charCodeAt(i + 1)) && unitIs('lower', word.charCodeAt(i + 2)) && lx.particles.has(word.slice(0, i))
  }
  return false
}

/** Whether the word `start..end`, ending in `'s`, is a known name's own word (`Moody's`), not after a capitalised word and a space (`Lewis Moody's`). */
function ownPossessive(st: TokenizeState, start: number, end: number): boolean {
  if (st.lx.possessiveNames.size === 0 || !st.lx.possessiveNames.has(fold(st.text.slice(start, end)))) return false
  const prev = st.tokens[st.tokens.length - 1]
  return !(prev && prev.shape === 'cap' && prev.end === start - 1 && st.text.charCodeAt(prev.end) === 32)
}

/** The words of `text`. */
export function tokenize(text: string, lx: EntityLookups): Token[] {
  const tokens: Token[] = []
  const st: TokenizeState = {text, lx, tokens, table: featureTable(lx), lineStart: 0}
  // One pass: each word is cut (elision, glued words) and pushed with its gap and sentence place.
  let at = 0
  for (;;) {
    const wStart = wordStart(text, at)
    if (wStart >= text.length) break
    const wEnd = wordEnd(text, wStart)
    const flags = wordFlags
    at = wEnd
    const whole = text.slice(wStart, wEnd)
    let start = wStart
    let end = wEnd
    let glued = false
    // Elision: `l'AES`, `d'Ivoire`, `qu'Ousmane`.
    // (Only a word with an apostrophe, or one not read character by character, may hold one.)
    const el = whole.length > 2 && (flags & HAS_APOSTROPHE || !(flags & READ)) && elisionMark(whole) && ELIDED().exec(whole)
    // `BT's`, `DS's`: a possessive, not an elision.
    if (el && !(whole.length === el[0].length + 1 && (whole.endsWith('s') || whole.endsWith('S'))) && (unitIs('lower', el[1]!.charCodeAt(0)) || el[1]!.length > 1 || (lx.elisions.includes(fold(el[1]!) + "'") && !lx.nameElisions.includes(fold(el[1]!) + "'")))) {
      pushToken(st, start, start + el[0].length, false)
      start += el[0].length
      glued = true
    }
    // Possessive `Smith's` (not in French: `RM Sotheby's` is a name).
    // (Not in a known name whose `'s` is its own, `Moody's`, `Standard & Poor's`, unless a capitalised word stands just before: `Lewis Moody's`.)
    if (lx.possessive && (end - start > 3 || (end - start === 3 && text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57)) && possessiveBefore(text, end) && !ownPossessive(st, start, end)) end -= 2
    // Words glued by scraping (see glue.ts): `deNogaye`, `àTéhéran`, `selonLibération`, `ministreOusmane`, and before an
    // elided article, `journalL’As`, `parL’Observateur`, `del’UEMOA`. After a lead of four letters or more, the
    // capitalised word opens a name, as after a lost full stop (`transparenceLe`).
    const isWhole = start === wStart && end === wEnd
    const word = isWhole ? whole : text.slice(start, end)
    const inner = isWhole && flags & READ ? (flags & INNER_UPPER) !== 0 : hasInnerUpper(word)
    const lead = inner ? gluedLead(word, lx.isFunctionWord, (name) => lx.givenNames.has(fold(name))) : 0
    if (lead > 0) {
      pushToken(st, start, start + lead, glued)
      start += lead
      // (After an elided article, `parL’Observateur`: the article is a word of its own.)
      if (isApostrophe(word.charCodeAt(lead + 1))) {
        pushToken(st, start, start + 2, true)
        start += 2
        glued = true
      } else glued = lead >= 4
    }
    // A capitalised word glued to the next (see glue.ts): `JacksonSelon`, `BotswanaLundi`, `TOURÉVictime`, `GouvernementAmadou`.
    // (One cut at most: the tail is one capital and lower-case letters, which gluedCapital never cuts again.)
    const cut = inner ? gluedCapital(lead === 0 ? word : text.slice(start, end), (part) => glueKind(part, lx)) : 0
    if (cut > 0) {
      pushToken(st, start, start + cut, glued)
      start += cut
      glued = true
    }
    // `Paris-Marseille`, `Dakar-Thiès`: two known places joined by a hyphen (a route, a match) are two words.
    // (Not inside a longer name: `US-China Economic and Security Review Commission`; a common noun opening a sentence before
    // it is none, `Conflit Iran-Israël`: see `aloneAt`.)
    // (Read only for a word with a hyphen: most words have none.)
    const dash = flags & HAS_HYPHEN && aloneAt(text, tokens, start, end, lx) ? placePairAt(text, start, end, lx) : -1
    if (dash > 0) {
      pushToken(st, start, dash, glued)
      pushToken(st, dash + 1, end, false)
      continue
    }
    pushToken(st, start, end, glued, start === wStart && end === wEnd ? whole : undefined, start === wStart && end === wEnd ? flags : 0)
  }
  return tokens
}

/** What the language knows of a part of a glued word (`gluedCapital`'s evidence bits). */
function glueKind(part: string, lx: EntityLookups, lower?: ReadonlySet<string>): number {
  const key = fold(part)
  const bits = featuresOf(featureTable(lx), key)
  let kind = bits & (STOP | NOT_NAME | DATE) ? OPENER | COMMON : 0
  if (bits & DATE) kind |= DATE_WORD
  if (bits & (TITLE | ROLE)) kind |= bits & TITLE ? PERSON_WORD | COMMON : PERSON_WORD
  if (lx.givenNames.has(key)) kind |= GIVEN_NAME | KNOWN_NAME
  if (lx.places.has(key)) kind |= PLACE | KNOWN_NAME
  if (lx.surnames.has(key)) kind |= KNOWN_NAME
  if (lower?.has(key)) kind |= LOWER_IN_ARTICLE
  return kind
}

/**
 * Whether the word `text[start, end)` stands alone: no capitalised word right before it or right after it; a word that opens the
 * block or a sentence before it and no list knows as a name is a common noun capitalised there (`Conflit Iran-Israël :`, `Guerre
 * Russie-Ukraine`), not a name's first word. (`tokens`: the block's words before it.)
 */
function aloneAt(text: string, tokens: readonly Token[], start: number, end: number, lx: EntityLookups): boolean {
  if (text.charCodeAt(end) === 32 && unitIs('upper', text.charCodeAt(end + 1))) return false
  const k = tokens.length - 1
  const before = tokens[k]
  if (!before || before.shape === 'lower' || before.shape === 'other' || is(before, STOP) || !isSpaceGap(gapOf(text, before.end, start))) return true
  return opensSentence(tokens, k) && commonOpener(before, lx)
}
/** A gap that ends a sentence or a line (`. `, `\n\n`). */
const SENTENCE_GAP = /[\n.!?]/

/**
 * Whether `tokens[k]` opens its block or comes after a gap that ends a sentence or a line (`. `, `\n\n`): the gap alone,
 * not `Token.initial` (which also reads abbreviations, hard-wrapped lines and quotations).
 */
export function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || SENTENCE_GAP.test(tokens[k]!.gap)
}

/** Lists whose words may open a name before a place (`Gare Montparnasse`, `Banque Atlantique`, `Route Dakar-Thiès`). */
export const OPENER_STOPS: readonly WordList[] = ['givenNames', 'places', 'organizations', 'orgCues', 'orgHeads', 'locCues', 'titles', 'roles', 'demonyms']

/**
 * Whether `t`, opening the block or a sentence before a known place, is a common noun capitalised there (`Conflit`
 * in `Conflit Iran-Israël`, `Guerre Russie-Ukraine`), no part of a name: a capitalised word that no list of
 * `OPENER_STOPS` nor the surnames know.
 */
export function commonOpener(t: Token, lx: EntityLookups): boolean {
  return t.shape === 'cap' && !inLists(lx, t.key, OPENER_STOPS) && !lx.surnames.has(t.key)
}

/**
 * The hyphen of `text[start, end)` that parts two known places, both capitalised
 * (`Paris-Marseille`, `Louga-Saint-Louis`), when the whole is no known place or
 * organisation (`Guinée-Bissau`, `Paris-Match` is not two places); else -1.
 */
function placePairAt(text: string, start: number, end: number, lx: EntityLookups): number {
  if (!unitIs('upper', text.charCodeAt(start))) return -1
  const whole = fold(text.slice(start, end))
  if (lx.places.has(whole) || lx.organizations.has(whole)) return -1
  for (let h = text.indexOf('-', start + 1); h > 0 && h < end - 1; h = text.indexOf('-', h + 1)) {
    if (unitIs('upper', text.charCodeAt(h + 1)) && lx.places.has(fold(text.slice(start, h))) && lx.places.has(fold(text.slice(h + 1, end)))) return h
  }
  return -1
}

/**
 * How a block is cased: `normal`, `title` (Title Case Headline) or `caps` (ALL CAPS).
 * `functionWords` (the locale's stop words) are the words of four letters or more a
 * Title Case headline leaves in lower case (`with`, `from`); any other lower-case word
 * after the first makes the block sentence case, however many names it holds
 * (`Le projet ambitieux de Pape Matar Sarr et Jean Michel Sène`). Null reads the share of capitals alone
 * (English headlines, and every block after the first: see `EntityLexicon.sentenceCaseHeadlines`).
 */
export function blockCase(text: string, tokens: readonly Token[], functionWords: ReadonlySet<string> | null): 'normal' | 'title' | 'caps' {
  let letters = 0
  let upper = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const cased = c < 128 ? (c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0) : caseOf(c)
    if (cased === 1) {
      letters++
      upper++
    } else if (cased === 2) {
      letters++
      // Capitals over three quarters of the letters are out of reach even if every character left is one: stop reading.
      if (upper + (n - i - 1) <= 3 * (letters - upper)) break
    }
  }
  if (letters >= 8 && upper / letters > 0.75) return 'caps'
  // Only a short block may be a title (the words are counted only then).
  if (tokens.length > 30) return 'normal'
  let words = 0
  // The words of four letters or more after the first one that are not lower-case.
  let capped = 0
  for (const t of tokens) {
    if (t.end - t.start < 4 || t.shape === 'other') continue
    if (words > 0) {
      if (t.shape !== 'lower') capped++
      else if (functionWords && !functionWords.has(t.key)) return 'normal'
    }
    words++
  }
  if (words >= 3) {
    // A sentence full of names (`Le Sénégal prépare la Coupe d’Afrique…, a déclaré Aliou Cissé à Dakar.`)
    // is not a headline: headlines do not end with a full stop.
    const sentence = tokens.length >= 8 && /[.!?…]["»”’)]?\s*$/.test(text)
    if (capped / Math.max(1, words - 1) >= (sentence ? 0.9 : 0.7)) return 'title'
  }
  return 'normal'
}

/** What `unglueNameEnds` asks of the article: its capitalised words, and more words built on first need. */
export interface ArticleWords {
  /** Folded capitalised words of the article. */
  readonly capitalised: ReadonlySet<string>
  /**
   * Folded lower-case words of the article, folded capitalised words it writes in runs glued at no front (`plainCapitals`),
   * and pairs of capitalised words it writes one after the other with a space (`pape demba`).
   */
  more(): {readonly lower: ReadonlySet<string>; readonly plain: ReadonlySet<string>; readonly pairs: ReadonlySet<string>}
}

/** Marks that end a clause: a capital right after one with no space was glued by scraping. */
const CLOSING_MARKS = ',.;:!?»”)'

/**
 * `tokens` with a lower-case word glued by scraping to the end of a name cut
 * off (`présidentBassirou Diomaye Fayeet son`, `,Badara Gadiagasera`,
 * `leSénégalet la Chine`): in a run of capitalised words glued at its front
 * (no space before it, or a lower-case word with a capital inside just before),
 * a word that is a name the article capitalises elsewhere (and never writes
 * in lower case) followed by lower-case letters, when the article never
 * writes the whole word outside such a run; or, in a word glued at its own
 * front, a known place followed by a word the article writes in lower case
 * elsewhere (`àTéhéranont rassemblé`, `deMbourdans`); or a capitalised word
 * glued to the next where `gluedCapital` cuts it, with the article's lower-case
 * words as evidence (`TOURÉVictime`, `NDOYEEmail`: `victime`, `email` written
 * in lower case elsewhere). Null when nothing is cut.
 */
export function unglueNameEnds(tokens: readonly Token[], seen: ArticleWords, lx: EntityLookups): Token[] | null {
  let out: Token[] | null = null
  let glued = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.shape !== 'cap' && t.shape !== 'upper') {
      glued = false
      if (out) out.push(t)
      continue
    }
    // `TOURÉVictime`, `NDOYEEmail`: a word the article writes in lower case glued to a name (see glue.ts).
    const k = hasInnerUpper(t.text) ? gluedCapital(t.text, (part) => glueKind(part, lx, seen.more().lower)) : 0
    if (k > 0) {
      out ??= tokens.slice(0, i)
      cutToken(t, k, shapeOf(t.text.slice(0, k)), 'cap', lx, out)
      glued = false
      continue
    }
    glued = gluedAt(tokens, i, glued)
    // (Not a known name: `Tambacounda` beside `Tamba`.)
    // (Read only where one of the two cuts below may apply: glued at its front, or after a capitalised word and a space.)
    const open = (glued || (i > 0 && isSpaceGap(t.gap) && (tokens[i - 1]!.shape === 'cap' || tokens[i - 1]!.shape === 'upper'))) && t.shape === 'cap' && t.text.length >= 5 && !hasInnerUpper(t.text) && !lx.places.has(t.key) && !lx.givenNames.has(t.key) && !lx.organizations.has(t.key)
    let cut = glued && open ? nameEndAt(t, seen, lx, frontGlued(tokens[i - 1]!, t)) : 0
    // `Thierno Bocoumne limite`, `Pape Dembasort d’une saison`: in a run glued at no front, the last word when the word before
    // it and its head are two words of a name the article writes elsewhere (`Thierno Bocoum`, `Pape Demba Diop`).
    if (cut === 0 && open && isSpaceGap(t.gap) && (tokens[i - 1]!.shape === 'cap' || tokens[i - 1]!.shape === 'upper')) cut = pairEndAt(tokens[i - 1]!, t, tokens[i + 1], seen, lx)
    if (cut === 0) {
      if (out) out.push(t)
      continue
    }
    out ??= tokens.slice(0, i)
    cutToken(t, cut, t.shape, 'lower', lx, out)
    glued = false
  }
  return out
}

/** Pushes onto `out` the two tokens `t` parts into at `k` of its text: the head, with shape `head`, and the tail glued to it, with shape `tail`. */
function cutToken(t: Token, k: number, head: Shape, tail: Shape, lx: EntityLookups, out: Token[]): void {
  const table = featureTable(lx)
  const headKey = fold(t.text.slice(0, k))
  const tailKey = fold(t.text.slice(k))
  out.push({...t, end: t.start + k, text: t.text.slice(0, k), key: headKey, shape: head, bits: featuresOf(table, headKey)})
  out.push({start: t.start + k, end: t.end, text: t.text.slice(k), key: tailKey, shape: tail, initial: true, gap: '', glued: true, bits: featuresOf(table, tailKey)})
}

/**
 * Length of the name that opens the capitalised word `t` before a word glued to it that the article writes in lower case
 * or a function word or auxiliary (see lastCut: `Sagnaa multiplié`), when the article writes `prev` and that name
 * one after the other elsewhere and never writes the name in lower case (`Bocoum` + `ne` after `Thierno`), or 0.
 * (Not a plural, `Liberal Democrats`, nor a longer name, `Lion Airlines` beside `Lion Air`.)
 */
function pairEndAt(prev: Token, t: Token, next: Token | undefined, seen: ArticleWords, lx: EntityLookups): number {
  // (The folded word has the word's length when no letter lost a mark by folding: the head is read off it.)
  // (Not after a function word: `The Macworld Expo` beside `The Mac mini`.)
  if (t.key.length !== t.text.length || is(prev, STOP)) return 0
  for (let k = lastCut(t, lx); k >= 3; k--) {
    if (!unitIs('lower', t.text.charCodeAt(k))) continue
    const head = t.key.slice(0, k)
    if (!seen.capitalised.has(head)) continue
    const more = seen.more()
    const tail = t.key.slice(k)
    if (!more.lower.has(head) && (more.lower.has(tail) || lx.stopWords.has(tail) || lx.auxiliaries.has(tail) || verbTail(tail, next, lx)) && more.pairs.has(prev.key + ' ' + head)) return k
  }
  return 0
}

/**
 * Whether `tail`, the lower-case end of a capitalised word, reads as a verb glued to a name (`Gadiosouligne que`,
 * `Ndiayecomptait près`, `Sallpointe un`): a word of four letters or more with a finite verb's ending of the language
 * (`gluedVerbEndings`) that a lower-case word follows after a space, as a verb's complement does, or a speech verb.
 * (Not a name's own end: `Alioune, le`, `Mariette.`; nor in a language with no such endings: `GW Pharmaceuticals are`.)
 */
function verbTail(tail: string, next: Token | undefined, lx: EntityLookups): boolean {
  if (tail.length < 4 || next === undefined || next.shape !== 'lower' || !isSpaceGap(next.gap)) return lx.speechVerbs.has(tail) && lx.gluedVerbEndings.length > 0
  return lx.gluedVerbEndings.some((end) => tail.endsWith(end))
}

/** Whether the capitalised word `tokens[i]` is in a run of capitalised words glued at its front, `before` telling whether the word before it is. */
function gluedAt(tokens: readonly Token[], i: number, before: boolean): boolean {
  const t = tokens[i]!
  const prev = tokens[i - 1]
  if (!prev) return false
  // Inside a run, the run's answer; a run opens here when no white space parts it from the word before.
  if ((prev.shape === 'cap' || prev.shape === 'upper') && isSpaceGap(t.gap)) return before
  return frontGlued(prev, t)
}

/** Adds to `into` the folded capitalised words of `tokens` that stand in no run glued at its front. */
export function plainCapitals(tokens: readonly Token[], into: Set<string>): void {
  let glued = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.shape !== 'cap' && t.shape !== 'upper') {
      glued = false
      continue
    }
    glued = gluedAt(tokens, i, glued)
    if (!glued) into.add(t.key)
  }
}

/** Whether the capitalised word `t` is glued to the word before it by scraping (`unPape`, `,Badara`, `présidentBassirou Diomaye`; not `l’AES`, `(Dakar)`, `**Panel**`). */
function frontGlued(prev: Token, t: Token): boolean {
  if (t.gap === '') {
    const z = prev.text.charCodeAt(prev.text.length - 1)
    return z !== 39 && z !== 0x2019
  }
  if (isSpaceGap(t.gap)) return prev.shape === 'lower' && hasInnerUpper(prev.text)
  // One closing mark (`,Badara`, `.Elon`, `»Ce`), not markup (`**Panelists**`, `<strong>`).
  return t.gap.length === 1 && CLOSING_MARKS.includes(t.gap)
}

/**
 * The last index of `t`, a capitalised word, where a word glued to its end may start: the glued word has two letters or more,
 * or one when that letter is an auxiliary or a place preposition (`Sonkoa déclaré`, `Mbayeà`).
 */
function lastCut(t: Token, lx: EntityLookups): number {
  const z = t.key.slice(-1)
  return t.text.length - (lx.auxiliaries.has(z) || lx.locPreps.has(z) ? 1 : 2)
}

/**
 * Length of the name that opens the capitalised word `t` before a glued
 * lower-case word of two letters or more (`Faye` of `Fayeet`), or 0. When `t`
 * is glued at its own front (`front`), the name may also be a known place the
 * article writes nowhere else, before a word it writes in lower case elsewhere
 * (`Téhéran` of `àTéhéranont`).
 */
function nameEndAt(t: Token, seen: ArticleWords, lx: EntityLookups, front: boolean): number {
  // The longest name first: `Diakhaté` + `garde`.
  for (let k = lastCut(t, lx); k >= 3; k--) {
    const c = t.text.charCodeAt(k)
    if (!unitIs('lower', c)) continue
    const head = fold(t.text.slice(0, k))
    const more = seen.capitalised.has(head) ? seen.more() : null
    // (Not a common word, `Mais` + `on`, nor a word written elsewhere with nothing glued to it: `Davidson`.)
    if (more && !more.lower.has(head) && !more.plain.has(t.key)) return k
    // `àTéhéranont rassemblé`: a known place the article writes nowhere else, glued to a word it writes in lower case elsewhere.
    // (Glued at its own front, not inside a name: `àSa Thièsest`.)
    if (!more && front && lx.places.has(head)) {
      const words = seen.more()
      if (words.lower.has(fold(t.text.slice(k))) && !words.lower.has(head) && !words.plain.has(t.key)) return k
    }
  }
  return 0
}
