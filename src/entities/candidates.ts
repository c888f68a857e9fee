/**
 * Candidate name spans of one block: runs of capitalised words (with name
 * particles inside), titles and roles around them, acronym ↔ expansion pairs.
 */
import type {EntityType} from '../schema/article.js'
import {fold, inLists, postAdjectiveEnding, type EntityLookups, type WordList} from './lexicon.js'
import {ARTICLE, DATE, ELISION, EVENT, heads, INSTITUTION, is, LOC_CUE, LOC_PREP, NAME_PARTICLE, NOT_NAME, ORG_CUE, ORG_HEAD, ORG_NOUN, PARTICLE, PERSON_NOUN, ROLE, ROLE_CONNECTOR, STOP, TITLE, TITLE_HEAD, titleBits, WORK_CUE} from './features.js'
import {commonOpener, isCommaGap, isSpaceGap, OPENER_STOPS, opensSentence, singleSpaced, spaceSplit, type Token} from './tokens.js'
import {lazy, withoutFullStop} from '../chars.js'

const RX1 = lazy(String.raw`-\p{Ll}+$`, 'u')
const RX2 = lazy(String.raw`[^\p{L}]`, 'gu')
const RX3 = lazy(String.raw`^\p{Lu}$`, 'u')
const RX4 = lazy(String.raw`^\p{Ll}{2,}$`, 'u')
const RX5 = lazy(String.raw`^\p{Lu}{2,5}s$`, 'u')

/** A candidate mention inside one block. */
export interface Candidate {
  /** Index of the block in `Context.blocks`. */
  readonly block: number
  /** First and last token (inclusive) of the name, titles removed. */
  first: number
  last: number
  /** Offsets in the block text. */
  start: number
  end: number
  /** The name as written. */
  form: string
  type: EntityType | null
  /** Whether the type comes from strong evidence (recogniser, gazetteer, cue, title). */
  sure: boolean
  /** Opens a sentence and is one word: kept only when confirmed elsewhere. */
  unconfirmed: boolean
  /** First token of the title before the name, when there is one. */
  lead?: number
  title?: string
  role?: string
  /** Canonical name from a gazetteer (`Burkina` → `Burkina Faso`). */
  canonical?: string
  /** Index (in the block's candidate list) of the expansion this acronym stands for, or the reverse. */
  pair?: Candidate
  /** Words that are all upper-case (acronym). */
  readonly acronym: boolean
  /** Named in a list of organisations (`firms such as Swiss Re and Munich Re`): typed by it. */
  listed?: boolean
}

/** Everything the candidate pass of one block needs. */
export interface BlockWords {
  readonly index: number
  readonly text: string
  readonly tokens: readonly Token[]
}

/**
 * Whether token `k` is a person's initial: one capital letter, then a full stop and a space before a capitalised word
 * (`A. Ndao`, `O. Kamara`, `A. B. Mansaly`); not letters run together by full stops (`U.S. Steel`).
 */
export function initialAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  const next = tokens[k + 1]
  return t.text.length === 1 && t.shape === 'cap' && next !== undefined && next.shape === 'cap' && (next.gap === '. ' || next.gap === '.\u00a0')
}

/**
 * Whether the span is a name shaped as initials and a surname (`F. Faye`, `T. I. Barry`, `B. Samba Seck`): it opens with an
 * initial, and its last word is a word (not an initial). The shape is a person's name whatever the words are.
 */
export function initialsName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last <= first || !initialAt(tokens, first) || tokens[last]!.text.length < 2 || tokens[last]!.shape !== 'cap') return false
  for (let k = first + 1; k <= last; k++) if (tokens[k]!.shape !== 'cap' || (tokens[k]!.text.length === 1 && !initialAt(tokens, k))) return false
  return true
}

/** Whether `t` can be part of a name. */
export function isNameWord(t: Token, lx: EntityLookups): boolean {
  if (t.shape === 'lower' || t.shape === 'other') return false
  // `I'm`, `US-led`: contractions and compounds ending in a lower-case word are not names.
  if (joinMark(t.text) && (/['’](?:m|ve|ll|re|d|t)$/i.test(t.text) || (lx.possessive && /['’]s$/i.test(t.text) && !lx.possessiveNames.has(t.key)) || (RX1().test(t.text) && !lx.places.has(t.key)))) return false
  if (t.shape === 'cap') {
    const z = t.text.charCodeAt(t.text.length - 1)
    return z !== 39 && z !== 0x2019
  }
  if (t.shape === 'upper') return twoLetters(t.text) || is(t, TITLE)
  return false
}

/**
 * Whether the name goes on across the plural possessive before token `m`: `Actors' Equity Association`, `Seafarers' International
 * Union`, capitalised words ending with an organisation head within three words (not after a place or a body: `Wales' Labour Party`).
 */
function pluralPossessorName(tokens: readonly Token[], m: number, lx: EntityLookups): boolean {
  const u = tokens[m]!
  const prev = tokens[m - 1]
  if (!lx.possessive || !prev || !apostropheAt(u.gap, 0) || !PLURAL_POSSESSIVE_GAP.test(u.gap) || !pluralPossessor(prev, lx) || !possessorInName(prev, lx)) return false
  for (let q = m; q < tokens.length && q < m + 3; q++) {
    const t = tokens[q]!
    if (t.shape !== 'cap' || !isNameWord(t, lx) || (q > m && !SPACE.test(t.gap))) return false
    if (is(t, ORG_HEAD)) return true
  }
  return false
}
const PLURAL_POSSESSIVE_GAP = /^['’][ \u00a0]$/

/** Whether the word of `t` takes its possessive as an apostrophe alone (`Workers'`): it ends with one of the locale's `pluralPossessiveEndings`. */
function pluralPossessor(t: Token, lx: EntityLookups): boolean {
  for (const ending of lx.pluralPossessiveEndings) if (t.key.endsWith(ending)) return true
  return false
}

/**
 * Whether `prev`, before a possessive, can be a word of a body's name (`People's`, `Workers'`, `Actors'`): capitalised, and not a
 * place or a body itself (`Scotland's Army`, `the Fed's Board`, `Wales' Labour Party`).
 */
function possessorInName(prev: Token, lx: EntityLookups): boolean {
  return prev.shape === 'cap' && !lx.places.has(prev.key) && !is(prev, ORG_CUE) && !is(prev, ORG_HEAD) && !lx.organizations.has(prev.key)
}

/** Whether a country's name (one or two words, maybe after `the`) starts at token `q` and ends a name there (`of Sweden`, `of the Netherlands`). */
function countryAfter(words: BlockWords, q: number, lx: EntityLookups): boolean {
  const {tokens, text} = words
  if (q < tokens.length && tokens[q]!.shape === 'lower' && is(tokens[q]!, ARTICLE)) q++
  for (let e = q; e < tokens.length && e < q + 2; e++) {
    const t = tokens[e]!
    if ((t.shape !== 'cap' && t.shape !== 'upper') || (e > q && !SPACE.test(t.gap))) return false
    const after = tokens[e + 1]
    if (lx.countries.has(fold(singleSpaced(text.slice(tokens[q]!.start, t.end)))) && !(after && after.shape === 'cap' && SPACE.test(after.gap))) return true
  }
  return false
}

/**
 * Whether `u`, after the one capitalised word `surname`, is a romanised given name of two syllables joined by a hyphen, the
 * second in lower case (`Tsai Ing-wen`, `Kim Jong-un`, `Tchang Kaï-chek`, `Fan Shih-ping`): one hyphen, a capitalised syllable of
 * two to five letters and a lower-case one of two to four, neither a word the article writes in lower case (`lowerWords`: `Pop Idol-type`,
 * `Blair Re-run`: its head; `the Texan-born`: after an article), not opening a sentence, after a surname of two to seven
 * letters that is no common, date or title word.
 */
function syllableGivenName(surname: Token, u: Token, lower: ReadonlySet<string>, lx: EntityLookups): boolean {
  if (u.initial || surname.shape !== 'cap' || surname.text.length < 2 || surname.text.length > 7 || !SYLLABLES().test(u.text)) return false
  if (is(surname, STOP) || is(surname, NOT_NAME) || is(surname, DATE) || is(surname, TITLE) || is(surname, ROLE) || is(surname, ARTICLE) || is(surname, ORG_HEAD)) return false
  const dash = u.key.indexOf('-')
  const head = u.key.slice(0, dash)
  const tail = u.key.slice(dash + 1)
  return !lower.has(head) && !lx.namePrefixes.has(head) && (tail.length < 3 || !lower.has(tail))
}
/** Whether the name `tokens[first..last]` ends with a romanised given name after its one-word surname (`Tsai Ing-wen`): a person's. */
export function syllableName(tokens: readonly Token[], first: number, last: number, lx: EntityLookups): boolean {
  const t = tokens[last]!
  return last === first + 1 && t.shape === 'cap' && tokens[first]!.shape === 'cap' && SYLLABLES().test(t.text) && !lx.namePrefixes.has(t.key.slice(0, t.key.indexOf('-')))
}
const SYLLABLES = lazy(String.raw`^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$`, 'u')

/** Whether `t` is a prefix of the locale hyphened to a lower-case word (`Co-operation`). */
function prefixed(t: Token, lx: EntityLookups): boolean {
  const dash = t.key.indexOf('-')
  return dash > 0 && lx.namePrefixes.has(t.key.slice(0, dash)) && RX1().test(t.text)
}

/** Whether `s` has two letters or more (`s.replace(RX2(), '').length >= 2`; an ASCII word without the regex). */
function twoLetters(s: string): boolean {
  let letters = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 128) return s.replace(RX2(), '').length >= 2
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++
  }
  return letters >= 2
}

/** Whether `s` holds an apostrophe or a hyphen (one pass, not three `includes`: read for every capitalised word). */
function joinMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 39 || c === 45 || c === 0x2019) return true
  }
  return false
}

/** One to three spaces between two words (`SPACE.test(gap)`). */
const SPACE = {test: isSpaceGap}
/** Known words that end a region's name after a numbered channel (`France 3 Hauts-de-France`). */
const REGION_STOPS: readonly WordList[] = ['givenNames', 'titles', 'roles', 'stopWords', 'dateWords', 'notNames']
/** Known words that the first part of `the X and Y Commission` may not hold. */
const FIRST_PART_STOPS: readonly WordList[] = ['places', 'organizations', 'orgHeads', 'givenNames', 'titles', 'demonyms', 'stopWords', 'dateWords']
/** Known words that the second part of `the X and Y Commission` may not hold. */
const SECOND_PART_STOPS: readonly WordList[] = ['places', 'organizations', 'givenNames', 'stopWords', 'dateWords']
/** Known words that are no name before an institution adjective (`Garde nationale`). */
const ADJECTIVE_HEAD_STOPS: readonly WordList[] = ['places', 'organizations', 'givenNames', 'stopWords', 'notNames', 'demonyms', 'dateWords', 'titles', 'roles']
/** Known words that are no surname after a given name (`Sydney Olympics`, `Georgia Democrat`). */
const SURNAME_STOPS: readonly WordList[] = ['places', 'organizations', 'notNames', 'stopWords', 'eventWords', 'orgCues', 'locCues', 'demonyms', 'dateWords', 'roles', 'titles', 'givenNames']
/** Known words that do not make one name with a place written in full before them (`Liverpool Echo`, not `London Monday`). */
const PLACE_NAME_STOPS: readonly WordList[] = ['places', 'organizations', 'givenNames', 'stopWords', 'dateWords', 'notNames', 'titles', 'roles', 'demonyms', 'eventWords']
/** After a head and a coordinating word, a word of these lists opens another name (`Union européenne et Royaume-Uni`). */
const COORDINATED_STOPS: readonly WordList[] = ['places', 'organizations', 'orgHeads']
/** Known words that keep a sentence's first word before `de` in the name (`Banque de France`, not `Originaire de Thiès`). */
const OPENING_WORD_STOPS: readonly WordList[] = ['givenNames', 'places', 'organizations', 'orgCues', 'orgHeads', 'locCues', 'eventWords']
const AMP = /^[ \u00a0]?&[ \u00a0]?$/
const DOT_GAP = /^\.[ \u00a0]{1,2}$/
/** Punctuation ending a clause: a gap holding it breaks an acronym's lower-case expansion (`…, impôt (AMT)`). */
const CLAUSE_PUNCT = /[.!?;:,]/
/** The gap between a word opening a work's title (`la chanson`, `show`) and the title: spaces, maybe an opening quote mark. */
const WORK_TITLE_GAP = /^[ \u00a0]{0,2}[«"“‘'‹]?[ \u00a0]{0,2}$/
/** A space, or a comma and a space, between a noun and a naming participle (`the tool, called`). */
const NAMING_GAP = /^,?[ \u00a0]{1,2}$/
/** `/^['’]s?[ \u00a0]$/`; the regex only after an apostrophe (most gaps have none). */
const POSSESSIVE_INSIDE = {test: (gap: string) => apostropheAt(gap, 0) && POSSESSIVE_INSIDE_GAP.test(gap)}
const POSSESSIVE_INSIDE_GAP = /^['’]s?[ \u00a0]$/
/** Longest name, in words. */
const MAX_WORDS = 12

/** Whether the character at `i` of `s` is an apostrophe (`'` or `’`). */
function apostropheAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return c === 39 || c === 0x2019
}

/** Whether the gap before `t` lets a name go on (a space, or nothing after an elision). */
function joins(t: Token, prev: Token | undefined, lx: EntityLookups): boolean {
  if (t.glued) return prev !== undefined && apostropheAt(prev.text, prev.text.length - 1)
  if (SPACE.test(t.gap)) return true
  // `d'assurance`: a word right after an elision.
  if (t.gap === '' && prev !== undefined && apostropheAt(prev.text, prev.text.length - 1)) return true
  // `Bradford & Bingley`, `Marks & Spencer`: two capitalised words around `&`.
  if (t.gap.length <= 3 && t.gap.includes('&') && AMP.test(t.gap)) return prev !== undefined && prev.shape !== 'lower' && prev.shape !== 'other' && t.shape !== 'lower' && t.shape !== 'other'
  // `People's Party`, `Workers' Union`: a possessive inside a body's name, before its head word (not after a place: `Scotland's Army`).
  // (Nor after a body's name: `the Justice Department's Office`, `the Fed's Board`; a lone `'` only after a plural: `Workers'`.)
  if (lx.possessive && prev !== undefined && POSSESSIVE_INSIDE.test(t.gap) && t.shape === 'cap' && is(t, ORG_HEAD) && possessorInName(prev, lx) && (/^['’]s/.test(t.gap) || pluralPossessor(prev, lx))) return true
  // `M. Diallo`, `George W. Bush`
  return prev !== undefined && t.gap.charCodeAt(0) === 46 && DOT_GAP.test(t.gap) && (is(prev, TITLE) || RX3().test(prev.text))
}

/**
 * Whether the word at `a` follows a place noun and the `de` that belongs to the place's name (`la gare du Nord`, `la gare de l’Est`,
 * `place de la République`): a word that names nothing alone (`Nord`, `République`) names the place with them.
 */
function afterPlaceNounOf(tokens: readonly Token[], a: number, lx: EntityLookups): boolean {
  const [of, p] = nameParticlesBefore(tokens, a, lx)
  const n = tokens[p]
  return of !== '' && n !== undefined && (n.shape === 'lower' || n.shape === 'cap') && BLANK_GAP.test(tokens[p + 1]!.gap) && lx.placeNameNouns.has(`${n.key} ${of}`)
}
const BLANK_GAP = /^[ \u00a0\u202f]?$/

/**
 * The particles right before the word at `a`, one or two, each a space at most before the next word (`de`, `de la`, `d'`:
 * `’` written `'`, as `placeNameNouns` holds them), joined by a space ('' when none), and the index of the word before them.
 */
export function nameParticlesBefore(tokens: readonly Token[], a: number, lx: EntityLookups): [string, number] {
  let p = a - 1
  const of: string[] = []
  while (p >= 0 && p >= a - 2 && isParticle(tokens[p]!, lx) && BLANK_GAP.test(tokens[p + 1]!.gap)) of.unshift(tokens[p--]!.key.replace(/’/g, "'"))
  return [of.join(' '), p]
}

export function isParticle(t: Token, lx: EntityLookups): boolean {
  if (t.shape !== 'lower') return false
  if (is(t, PARTICLE)) return true
  const last = t.key.charCodeAt(t.key.length - 1)
  return (last === 39 || last === 0x2019) && lx.elisions.includes(t.key.replace(/’/g, "'"))
}

/** Length in words of the title or role that starts at token `k` (0 when none). */
export function titleAt(tokens: readonly Token[], k: number, set: ReadonlySet<string>, max: number): number {
  // (`titles` and `roles`: the token's features answer for its first word, unless it ends with a full stop, `U.S.`.)
  const bits = titleBits(set)
  const first = tokens[k]!
  if (bits && first.key.charCodeAt(first.key.length - 1) !== 46) {
    if (max === 1 || !(first.bits & bits.head)) return first.bits & bits.one ? 1 : 0
  } else {
    const head = withoutFullStop(first.key)
    if (max === 1 || !heads(set).has(head)) return set.has(head) ? 1 : 0
  }
  let key = ''
  let best = 0
  for (let n = 0; n < max && k + n < tokens.length; n++) {
    const t = tokens[k + n]!
    if (n > 0 && !SPACE.test(t.gap) && !t.glued) break
    key = n === 0 ? t.key : key + (t.glued ? '' : ' ') + t.key
    if (set.has(withoutFullStop(key))) best = n + 1
  }
  return best
}


/** Folded letters of an acronym (`FU-AES` → `fuaes`), or null when the word is not one. */
export function acronymLetters(t: Token): string | null {
  if (t.shape !== 'upper') return null
  const letters = t.key.replace(/[^a-z]/g, '')
  return letters.length >= 2 && letters.length <= 10 ? letters : null
}

/** Whether a token is an organisation word (a cue or a head: `Mouvement`, `société`), or ends with one after a hyphen (`Sous-direction`). */
function bodyWord(t: Token, lx: EntityLookups): boolean {
  if (is(t, ORG_CUE) || is(t, ORG_HEAD)) return true
  const end = t.key.lastIndexOf('-')
  return end > 0 && (lx.orgCues.has(t.key.slice(end + 1)) || lx.orgHeads.has(t.key.slice(end + 1)))
}

/**
 * Whether the words an acronym written as a word spells name a body: one is an organisation word (`Mouvement contre le racisme…`),
 * or all but function words are capitalised (`Absolute Return for Kids`); not a common noun's (`Massive open online classe`).
 */
function bodyName(words: readonly Token[], lx: EntityLookups): boolean {
  return words.some((w) => bodyWord(w, lx)) || (words.length > 1 && words.every((w) => w.shape === 'cap' || w.shape === 'upper' || is(w, STOP) || isParticle(w, lx)))
}

/**
 * Whether the words an acronym spells name a post, not a body: a capitalised role word opens them and no organisation word
 * follows (`Directeur Administratif et Financier (DAF)`, `Infirmier Chef de Poste (ICP)`; not `Président de la Commission (PC)`).
 */
function roleExpansion(words: readonly Token[], lx: EntityLookups): boolean {
  return words.length > 1 && words[0]!.shape === 'cap' && is(words[0]!, ROLE) && !words.some((w) => bodyWord(w, lx) || lx.organizations.has(w.key))
}

/** Whether a token is an acronym written as a word, one capital then three to five lower-case letters (`Mrap`, `Pnat`, `Sdat`). */
function wordAcronym(t: Token): boolean {
  return t.shape === 'cap' && !t.initial && WORD_ACRONYM.test(t.text)
}
const WORD_ACRONYM = /^[A-Z][a-z]{2,4}$/

/**
 * Whether `tokens[from..to]` spell `letters` by initials (particles may be
 * skipped, an upper-case word gives all its letters). Returns the first
 * token of the expansion, or -1.
 */
export function spellsBack(tokens: readonly Token[], from: number, to: number, letters: string, lx: EntityLookups): number {
  const floor = Math.max(from, to - letters.length * 3 - 2)
  const failed = new Set<number>()
  // Depth-first over (token, letters left); small: at most 32 tokens × 11 letters.
  const search = (k: number, rest: number, first: number): number => {
    if (rest === 0) return first
    if (k < floor) return -1
    const state = k * 16 + rest
    if (failed.has(state)) return -1
    const t = tokens[k]!
    const want = letters.slice(0, rest)
    const options: number[] = []
    const whole = t.shape === 'upper' ? t.key.replace(/[^a-z]/g, '') : ''
    if (whole.length > 1 && want.endsWith(whole)) options.push(whole.length)
    if (t.key.includes('-')) {
      const parts = t.key.split('-').map((x) => x[0] ?? '').join('')
      if (parts.length > 1 && want.endsWith(parts)) options.push(parts.length)
    }
    if (t.shape !== 'other' && t.key[0] === want[want.length - 1]) options.push(1)
    // Function words are skipped first (`Office of Personnel Management (OPM)`), used if needed (`BDF`).
    const skippable = t.shape === 'lower' && (isParticle(t, lx) || is(t, ARTICLE) || is(t, STOP))
    if (skippable) {
      const found = search(k - 1, rest, first)
      if (found >= 0) return found
    }
    for (const used of options) {
      const found = search(k - 1, rest - used, k)
      if (found >= 0 && !(found === k && skippable)) return found
    }
    failed.add(state)
    return -1
  }
  return search(to, letters.length, -1)
}

/**
 * Candidates of one block. `lowerSeen` holds the folded words seen in
 * lower case in the article (a capitalised one of them opening a sentence is
 * a common word). `notEntities` collects the folded forms that are no entity
 * anywhere in the article: titles of works (`la chanson « Sama Ex »`), names of
 * things before a noun of a thing (`the Cell processor`) and the acronyms of a
 * common-noun expansion (`mutilations génitales féminines (MGF)`).
 */
/** A Roman ordinal, maybe with its French ending: `XVIIe`, `XII`, `IIIème`. */
const ROMAN_ORDINAL = /^[IVXL]{2,}(?:e|er|ème)?$|^[IVXL](?:e|er|ème)$/

export function candidatesOf(words: BlockWords, lx: EntityLookups, lowerSeen: ReadonlySet<string>, notEntities?: Set<string>, listedNames?: Set<string>, lowerWords?: () => ReadonlySet<string>): Candidate[] {
  const {tokens, text} = words
  const out: Candidate[] = []
  const n = tokens.length
  // Acronym pairs first: `Alliance des États du Sahel (AES)`, `l’AES (Alliance des États du Sahel)`.
  const forced: {first: number; last: number; acronym: number}[] = []
  const events = new Set<number>()
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!
    // (Only a word in capitals or capitalised is an acronym: the others, most words, are passed before any test of their gaps.)
    if (t.shape !== 'upper' && t.shape !== 'cap') continue
    const next = tokens[k + 1]
    // (`le parquet national antiterroriste (Pnat)`, `le Mrap (Mouvement contre le racisme…)`: an acronym read as a word is written
    // with one capital; one that spells the name beside it in brackets pairs with it as one in capitals does.)
    // (Not a common noun's, `Ehpad`, `Mooc`: its name holds an organisation word, `Mouvement`, `société`, `Sous-direction`.)
    const caps = acronymLetters(t)
    const word = caps === null && wordAcronym(t) && !is(t, NOT_NAME)
    if (caps === null && !word) continue
    const inBrackets = /\(\s*$/.test(t.gap) && (!next || /^\s*\)/.test(next.gap))
    const letters = caps ?? (word && (inBrackets || (next !== undefined && /^\s*\(\s*$/.test(next.gap))) ? t.key : null)
    if (!letters) continue
    if (inBrackets) {
      // Expansion before: words up to the `(`.
      let first = k > 0 ? spellsBack(tokens, 0, k - 1, letters, lx) : -1
      // `Albanian Macedonian Bulgarian Oil Corporation (AMBO)`: a final company word the acronym leaves out.
      if (first < 0 && k > 1 && is(tokens[k - 1]!, ORG_CUE) && tokens[k - 1]!.shape === 'cap') first = spellsBack(tokens, 0, k - 2, letters, lx)
      // `Collectif des Médecins, Pharmaciens et … du Sénégal (COMES)`: an acronym that does not spell its name by initials.
      if (first < 0 && k > 1) first = looseExpansion(tokens, k - 1, letters, lx, -1)
      if (first >= 0 && tokens.slice(first, k).some((w) => w.shape !== 'lower') && !tokens.slice(first + 1, k).some((w) => /[.!?;:]/.test(w.gap))) {
        // `Consumer Electronics Show (CES)`: an event and its acronym are not entities.
        if (tokens.slice(first, k).some((w) => w.shape === 'cap' && is(w, EVENT))) events.add(k)
        else if (roleExpansion(tokens.slice(first, k), lx)) {
          // `le Directeur Administratif et Financier (DAF)`, `l’Infirmier Chef de Poste (ICP)`: a post written with capitals, no body;
          // neither it nor its words name anything.
          for (let m = first; m <= k; m++) events.add(m)
          notEntities?.add(t.key)
        } else if (!word || bodyName(tokens.slice(first, k), lx)) forced.push({first, last: k - 1, acronym: k})
      } else if (first >= 0 && first < k - 1 && !lx.organizations.has(t.key) && tokens.slice(first, k).every((w, j) => w.shape === 'lower' && !is(w, ORG_CUE) && !is(w, ORG_HEAD) && (j === 0 || !CLAUSE_PUNCT.test(w.gap)))) {
        // `les mutilations génitales féminines (MGF)`, `the alternative minimum tax (AMT)`: an expansion in lower case without an
        // organisation word names a kind of thing; its acronym is no entity, here or elsewhere in the article (as a work's title).
        events.add(k)
        notEntities?.add(t.key)
      }
    } else if (next && /^\s*\(\s*$/.test(next.gap)) {
      // Expansion after: `AES (Alliance des États du Sahel)`.
      let close = -1
      for (let m = k + 2; m < Math.min(n, k + 2 + letters.length * 3 + 2); m++) {
        if (/\)/.test(tokens[m]!.gap)) {
          close = m - 1
          break
        }
      }
      if (close < 0) {
        const lastTok = tokens[Math.min(n, k + 2 + letters.length * 3 + 2) - 1]
        if (lastTok && /^\s*\)/.test(text.slice(lastTok.end, lastTok.end + 2))) close = Math.min(n, k + 2 + letters.length * 3 + 2) - 1
      }
      if (close > k && /^\s*\)/.test(text.slice(tokens[close]!.end, tokens[close]!.end + 3)) && (spellsBack(tokens, k + 1, close, letters, lx) === k + 1 || looseExpansion(tokens, close, letters, lx, k + 1) === k + 1)) {
        // `PQN (presse quotidienne nationale)`: an expansion in lower case without an organisation word names a kind of thing.
        const expansion = tokens.slice(k + 1, close + 1)
        if (roleExpansion(expansion, lx)) {
          for (let m = k; m <= close; m++) events.add(m)
          notEntities?.add(t.key)
        } else if (word ? bodyName(expansion, lx) : expansion.some((w) => w.shape !== 'lower' || is(w, ORG_CUE)) || lx.organizations.has(t.key)) forced.push({first: k + 1, last: close, acronym: k})
        else events.add(k)
      }
    }
  }
  const forcedAt = new Map<number, {first: number; last: number; acronym: number}>()
  for (const f of forced) forcedAt.set(Math.min(f.first, f.acronym), f)

  let portfolioChain = false
  // The lower-case body heading the open portfolio chain (`ministère`), or -1.
  let bodyAt = -1
  // The list of examples being read (`films including Raging Bull, Goodfellas and …`): its kind and its last name's last token.
  let list: {kind: ListKind; last: number} | null = null
  let k = 0
  while (k < n) {
    let t = tokens[k]!
    const f = forcedAt.size > 0 ? forcedAt.get(k) : undefined
    if (f) {
      const exp = make(words, f.first, f.last, null)
      exp.type = 'organization'
      const a = make(words, f.acronym, f.acronym, null, true)
      exp.pair = a
      a.pair = exp
      // Keep reading order.
      if (f.acronym < f.first) out.push(a, exp)
      else out.push(exp, a)
      k = Math.max(f.last, f.acronym) + 1
      portfolioChain = false
      continue
    }
    // `le quotidien L’As`, `selon L’Observateur`: a capitalised elided article inside a sentence opens a title
    // (not an institution's name: `L’Assemblée nationale` is `Assemblée nationale`).
    const next = tokens[k + 1]
    const capElision = t.shape === 'cap' && !t.initial && next !== undefined && next.glued && next.shape === 'cap' && is(t, ARTICLE) && is(t, ELISION) && !is(next, ORG_HEAD)
    // `ont rapporté franceinfo et BFMTV`: an organisation whose name is written in lower case.
    // (`la 2STV`, `sur 7TV`: a known organisation whose name opens with a figure, a word no other rule reads as a name.)
    // (`at 20th Century Fox`: a known organisation's name of several words that opens with a figure, which no other rule reads as a name.)
    if (t.shape === 'other' && next !== undefined && next.shape === 'cap' && SPACE.test(next.gap)) {
      const most = lx.longNames.get(t.key)
      const end = most === undefined ? k : knownEndFrom(words, k, k, most, lx)
      if (end > k && lx.organizations.has(fold(singleSpaced(text.slice(t.start, tokens[end]!.end))))) {
        out.push(make(words, k, end, 'organization'))
        portfolioChain = false
        k = end + 1
        continue
      }
    }
    if ((t.shape === 'lower' && lx.lowerCaseOrganizations.size > 0 && lx.lowerCaseOrganizations.has(t.key)) || (t.shape === 'other' && lx.organizations.has(t.key))) {
      out.push(make(words, k, k, 'organization'))
      portfolioChain = false
      k++
      continue
    }
    // `#DCM`, `#FreeSenegal`: a hashtag is a label, no name, unless a list knows it (`#Pastef`).
    const hashtag = t.gap.length > 0 && t.gap.charCodeAt(t.gap.length - 1) === 35 && !lx.organizations.has(t.key) && !lx.places.has(t.key)
    if ((!isNameWord(t, lx) && !capElision) || (events.size > 0 && events.has(k)) || hashtag) {
      // `Seattle-based`, `UK-led`: a known place before a lower-case word.
      const dash = t.shape === 'cap' || t.shape === 'upper' ? t.text.indexOf('-') : -1
      if (dash > 1 && RX4().test(t.text.slice(dash + 1))) {
        // (`New York-based`, `Hong Kong-based`: a known place of two words, the first on its own before.)
        // (The first may be no name on its own, `New`, or one ending there, maybe after an article.)
        const prev = out[out.length - 1]
        const held = prev !== undefined && prev.last === k - 1
        let two = k > 0 && tokens[k - 1]!.shape === 'cap' && SPACE.test(t.gap) && lx.places.has(fold(tokens[k - 1]!.text + ' ' + t.text.slice(0, dash)))
        if (two && held) two = !prev.type && (prev.first === k - 1 || (prev.first === k - 2 && is(tokens[k - 2]!, ARTICLE)))
        if (two && held) out.pop()
        if (two || lx.places.has(fold(t.text.slice(0, dash)))) {
          const c = make(words, two ? k - 1 : k, k, 'location')
          c.end = t.start + dash
          c.form = words.text.slice(c.start, c.end)
          out.push(c)
        } else if (lx.organizations.has(fold(t.text.slice(0, dash)))) {
          // `Microsoft-partnered devices`, `Nato-led forces`: so does a known organisation's name (of one word).
          const c = make(words, k, k, 'organization')
          c.end = t.start + dash
          c.form = words.text.slice(c.start, c.end)
          out.push(c)
        }
      }
      // (Read only while a portfolio chain is open: most words end none.)
      // (A body's portfolios may be listed with commas, `ministère de la Jeunesse, des Sports et de la Culture`, not after an article,
      // `ministère de l’Économie, l’ADEPME et le FONGIP`; the adjective a body's name ends with goes on too, `ministère de l’Enseignement
      // supérieur, de la Recherche`.)
      if (portfolioChain) {
        // (A particle or a conjunction, `et`, `and`, carries the chain on.)
        const joins = t.shape === 'lower' && (isParticle(t, lx) || lx.conjunctions.has(t.key))
        if (bodyAt >= 0) {
          // (The body's candidate, pushed when `bodyAt` was set, is the last one unless another came after it.)
          const lastOut = out[out.length - 1]
          const named = lastOut !== undefined && lastOut.first === bodyAt && lastOut.last >= k
          const article = t.shape === 'lower' && is(t, ARTICLE) && (isCommaGap(t.gap) || lx.conjunctions.has(tokens[k - 1]!.key))
          if (!named && (article || !(joins && (SPACE.test(t.gap) || isCommaGap(t.gap))))) portfolioChain = false
        } else if (!(joins && (SPACE.test(t.gap) || (isCommaGap(t.gap) && !is(t, ARTICLE))))) portfolioChain = false
      }
      k++
      continue
    }
    // Grow the span.
    let last = k
    let m = k + 1
    // `Cour de…`, `The Court of…`: an organisation head, maybe after an article.
    let crossed = false
    // (Crossed a connector after a head closing the name: `Johns Hopkins Center for Bioengineering Innovation and Design`.)
    let closed = false
    // (Crossed a particle right after a head inside the name: `British Academy of Film`, `US Department of Health`.)
    let headCrossed = false
    // `Port autonome de Dakar`, `Haut conseil des collectivités`: a head of several words, the first capitalised.
    const hs = is(t, ARTICLE) && k + 1 < n && SPACE.test(tokens[k + 1]!.gap) ? k + 1 : k
    const headWords = tokens[hs]!.shape === 'cap' && lx.orgHeadWords > 1 ? titleAt(tokens, hs, lx.orgHeads, lx.orgHeadWords) : 0
    if (headWords > 1) {
      last = hs + headWords - 1
      m = hs + headWords
    }
    const head = headWords > 0 || (t.shape === 'cap' && is(t, ORG_HEAD)) || (is(t, ARTICLE) && k + 1 < n && tokens[k + 1]!.shape === 'cap' && is(tokens[k + 1]!, ORG_HEAD) && SPACE.test(tokens[k + 1]!.gap))
    // `le maire de Saint-Louis Pape Malick Ndour`, `l’élu du Calvados Christophe Blanchet`: after a lower-case role and de, a place
    // or body then a given name and a surname; the person's name opens at the given name.
    let rb = k - 1
    if (rb >= 0 && is(tokens[rb]!, ARTICLE) && tokens[rb]!.shape === 'lower') rb--
    const afterRole = rb >= 1 && isParticle(tokens[rb]!, lx) && tokens[rb - 1]!.shape === 'lower' && (is(tokens[rb - 1]!, ROLE) || is(tokens[rb - 1]!, TITLE)) &&
      t.shape === 'cap' && !is(t, ORG_HEAD) && !is(t, TITLE) && !lx.givenNames.has(t.key)
    // `Chancellor of the Exchequer Gordon Brown`, `Chairman of the Transport Committee Jane Hollis`: a capitalised role
    // or title opening the span before a particle names its portfolio or body, then the holder's given name and surname.
    const roleOpens = t.shape === 'cap' && (is(t, ROLE) || is(t, TITLE)) && !is(t, ORG_HEAD) && k + 1 < n && tokens[k + 1]!.shape === 'lower' && isParticle(tokens[k + 1]!, lx)
    while (m < n) {
      const u = tokens[m]!
      if (!joins(u, tokens[m - 1], lx) && !pluralPossessorName(tokens, m, lx)) break
      if (forcedAt.has(m) || events.has(m)) break
      if (m - k >= MAX_WORDS) break
      // `told the BBC Mr Howard`: an honorific opens a new name; so does a capitalised role before a given name and a surname
      // (`Federal Reserve Board Chairman Paul Volcker`, `Senate Majority Leader Mitch McConnell`).
      const honorific = u.shape === 'cap' && is(u, TITLE) && is(u, NOT_NAME)
      if (honorific || (u.shape === 'cap' && m > k && personAfterRole(tokens, m, lx))) {
        // `new Prime Minister Yulia Tymoshenko`, `British Prime Minister Tony Blair`: words that open a title of several words
        // with the honorific are the title's, not a name's (no `Prime` organisation); after a head and a particle the title
        // is in the name (`Office of the Deputy Prime Minister`).
        let j = Math.max(k, m - 2)
        // (A role right before the honorific closes the name before it: `Metropolitan Police Commissioner Sir John Stevens`.)
        while (j < m && !(tokens[j]!.shape === 'cap' && (roleSpan(tokens, j, lx) > m - j || (honorific && j > k && roleSpan(tokens, j, lx) === m - j)))) j++
        // (`EU Trade Commissioner Peter Mandelson`, `BBC Political Correspondent James Hardy`: one capitalised modifier before a role is
        // the title's, unless it names a body or a place, `Federal Reserve Board Chairman`, or follows a particle, `School of Law Professor`.)
        if (j === m && m - 1 > k && !honorific && roleModifier(tokens, m - 1, lx)) j = m - 1
        if (j < m) {
          if (j === k || (head && crossed && isParticle(tokens[j - 1]!, lx))) {
            m = j + roleSpan(tokens, j, lx)
            last = m - 1
            continue
          }
          last = j - 1
          while (last > k && tokens[last]!.shape === 'lower') last--
        }
        break
      }
      // `le député LR Eric Ciotti`, `l’UGTT Noureddine Taboubi`: an acronym, then a person's given name and surname.
      const prevTok = tokens[m - 1]!
      if (u.shape === 'cap' && prevTok.shape === 'upper' && !is(prevTok, TITLE) && lx.givenNames.has(u.key) && m + 1 < n && tokens[m + 1]!.shape === 'cap' && SPACE.test(tokens[m + 1]!.gap)) break
      // (`the rail union Tracklink Tom Barnes`: so is one word named by an organisation noun in lower case before it.)
      const named = m === k + 1 && k > 0 && tokens[k - 1]!.shape === 'lower' && is(tokens[k - 1]!, ORG_NOUN) && SPACE.test(t.gap)
      // (So does a body's name that crossed a particle, closed by a head or a known place or body: `président de l’Assemblée nationale et
      // du Congrès Amadou Mame Diop`, `gouverneur de la Banque de France François Villeroy de Galhau`; not `Office of National Marine
      // Sanctuaries`.)
      const closedBody = head && crossed && (is(prevTok, ORG_HEAD) || is(prevTok, ORG_CUE) || lx.places.has(prevTok.key) || lx.organizations.has(prevTok.key))
      if ((afterRole || named || (roleOpens && crossed) || closedBody) && u.shape === 'cap' && prevTok.shape === 'cap' && SPACE.test(u.gap) && !is(prevTok, TITLE) && !lx.givenNames.has(prevTok.key) && lx.givenNames.has(u.key) && m + 1 < n && tokens[m + 1]!.shape === 'cap' && SPACE.test(tokens[m + 1]!.gap)) break
      // (`Organisation for Economic Co-operation`: a word of a prefix hyphened to a lower-case word goes on a name, though it opens none, `Co-founder`.)
      if (isNameWord(u, lx) || (u.shape === 'cap' && SPACE.test(u.gap) && (prefixed(u, lx) || (last === m - 1 && syllableGivenName(prevTok, u, lowerWords?.() ?? lowerSeen, lx))))) {
        last = m
        m++
        continue
      }
      // `Cargill Inc of Minneapolis`, `Hitachi Ltd of Japan`: after a word that closes a company's name, a particle and a place say
      // where it is based.
      // (After any company word when a state's abbreviation follows the place: `Circle Rubber Corp of Newark, N.J.`.)
      if (last === m - 1 && u.shape === 'lower' && isParticle(u, lx) && (lx.companyEndings.has(tokens[last]!.key) || (is(tokens[last]!, ORG_CUE) && townWithState(words, m + 1, lx)))) break
      // `Ericsson of Sweden`, `Nokia of Finland`: after a known organisation's whole name, a particle and a country say where it is based.
      if (last === m - 1 && u.shape === 'lower' && isParticle(u, lx) && !is(u, ARTICLE) && countryAfter(words, m + 1, lx) && lx.organizations.has(fold(singleSpaced(text.slice(tokens[k]!.start, tokens[last]!.end))))) break
      // Particles between names: `Alliance des États du Sahel`, `Bank of England`.
      let p = m
      while (p < n && p - m < 3 && isParticle(tokens[p]!, lx) && joins(tokens[p]!, tokens[p - 1], lx) && !(p === m && is(tokens[p]!, ARTICLE) && !is(tokens[p]!, ELISION))) p++
      // `Dr Peter Hollis of the European Patent Office`, `Col Mark Ryan of the CPA`: a given name and a surname, maybe after
      // titles, end a person's name before a particle no name holds (not a peer's, `Lord Irvine of Lairg`, one name; not `Nick Van den
      // Brul`, `Valery Giscard d'Estaing`).
      if (p > m && p < n && !tokens[p]!.glued && !is(tokens[m]!, NAME_PARTICLE) && personBefore(tokens, k, last, lx)) break
      // `le GFM de Youssou Ndour`, `la World Film Foundation de Martin Scorsese`: a body's name ends before `de`, a given name
      // and a surname (its owner or leader); not inside a person's name (`Jean de Dieu Faye`).
      if (p === m + 1 && (ownerAfter(tokens, k, m, lx) || knownOwnerAfter(words, k, m, lx))) break
      if (p > m && p < n && isNameWord(tokens[p]!, lx) && joins(tokens[p]!, tokens[p - 1], lx) && !forcedAt.has(p) && !events.has(p)) {
        crossed = true
        if (last === m - 1 && m - 1 > k && tokens[m - 1]!.shape === 'cap' && is(tokens[m - 1]!, ORG_HEAD)) headCrossed = true
        m = p
        continue
      }
      // `Department of Trade and Industry`, `Office of Management and Budget`: after a head and a particle, a coordinating word then one or two
      // words closing the name (not `House of Representatives and Senate`, `University of California and Dan Gillmor`, `… and the Home Office`).
      // (A head word alone, which names no body without its complement, closes it too: `Centre for Transport and Society`; not another
      // organisation word, which may: `Ministry of Defence and Treasury`.)
      // (So does a head after words that qualify it, there even before one organisation word: `British Academy of Film and
      // Television`, `US Department of Health and Human Services`. Never before a known body's name: `the Bank of England and Barclays`.)
      if ((head || closed || headCrossed) && crossed && u.shape === 'lower' && lx.conjunctions.has(u.key) && SPACE.test(u.gap)) {
        let q = m + 1
        while (q < n && q - m <= 3 && isNameWord(tokens[q]!, lx) && joins(tokens[q]!, tokens[q - 1], lx) && !forcedAt.has(q) && !events.has(q)) q++
        const w = tokens[m + 1]
        const after = tokens[q]
        const lone = q - m === 2 && w !== undefined && is(w, ORG_HEAD)
        if (q - m >= 2 && q - m <= 3 && w && w.shape === 'cap' && !is(w, NOT_NAME) && !is(w, STOP) && !lx.givenNames.has(w.key) && !is(w, TITLE) && !lx.places.has(w.key) && !lx.organizations.has(w.key) && (lone || (!is(tokens[q - 1]!, ORG_HEAD) && !(q - m === 2 && is(w, ORG_CUE) && !headCrossed))) && !(after && isParticle(after, lx) && SPACE.test(after.gap))) {
          last = q - 1
          break
        }
      }
      // `Centre des Sciences du Goût et de l’Alimentation`: after a head's name, a coordinator, a particle (not an article alone) and another name.
      const co = tokens[m]!
      if (head && last > k && m + 2 < n && co.shape === 'lower' && SPACE.test(co.gap) && is(co, ROLE_CONNECTOR) && is(co, STOP) && !is(co, PARTICLE) && !is(co, LOC_PREP) && isParticle(tokens[m + 1]!, lx) && !is(tokens[m + 1]!, ARTICLE) && SPACE.test(tokens[m + 1]!.gap)) {
        let q = m + 1
        while (q < n && q - m <= 3 && isParticle(tokens[q]!, lx) && joins(tokens[q]!, tokens[q - 1], lx)) q++
        if (q < n && tokens[q]!.shape === 'cap' && joins(tokens[q]!, tokens[q - 1], lx) && !forcedAt.has(q) && !events.has(q) && !lx.places.has(tokens[q]!.key) && !lx.organizations.has(tokens[q]!.key)) {
          m = q
          continue
        }
      }
      // `Brennan Center for Justice`, `Joint Committee on Human Rights`: a head closing the name so far, a connector, maybe an
      // article, then a name (not a date: `the Electoral Commission on Thursday`; nor a person: `the Centre for John Smith`, `Committee for Mr Smith`).
      if (!head && last === m - 1 && tokens[last]!.shape === 'cap' && is(tokens[last]!, ORG_HEAD) && u.shape === 'lower' && lx.orgConnectors.has(u.key) && SPACE.test(u.gap)) {
        let q = m + 1
        while (q < n && q - m <= 2 && tokens[q]!.shape === 'lower' && isParticle(tokens[q]!, lx) && joins(tokens[q]!, tokens[q - 1], lx)) q++
        const w = tokens[q]
        if (w && w.shape === 'cap' && isNameWord(w, lx) && joins(w, tokens[q - 1], lx) && !forcedAt.has(q) && !events.has(q) && !is(w, DATE) && !lx.givenNames.has(w.key) && !(is(w, TITLE) && is(w, NOT_NAME))) {
          crossed = true
          closed = true
          m = q
          continue
        }
      }
      // An organisation head takes lower-case words before its name: `École de maintien de la paix Alioune Blondin Beye`.
      if (head) {
        // Right after the head (after its article too: `La Direction générale des Douanes`), any lower-case words; after a name,
        // only connectors (`Union des Assistants à la Sécurité`).
        // (After a capitalised article, only when an adjective follows the head: not `The Office issued in April`.)
        const next = tokens[hs + 1]
        const first = hs > k && next !== undefined && next.shape === 'lower' && postAdjectiveEnding(next.key, next.text, lx, true) ? hs : k
        // (Never a weekday or a month: `L’Assemblée nationale se réunit mardi à Dakar`; nor an article after a word that is
        // no particle or connector, a verb's object: `le Collectif invite le chef de l’État`, `l’Assemblée et la Primature`.)
        let q = m
        while (q < n && q - m < 7 && tokens[q]!.shape === 'lower' && joins(tokens[q]!, tokens[q - 1], lx) && headWordJoins(tokens, q, last === first, lx)) q++
        // (Not across a coordinating word to a known place, organisation or head: the name is coordinated with another,
        // `l’Union européenne et Royaume-Uni`, `au Conseil constitutionnel et à la Cour suprême`.)
        // (Nor from a known body's name to its holder's, a given name and a surname: `l’Assemblée nationale Richard Ferrand`,
        // `le Rassemblement national Marine Le Pen`.)
        // (Nor right after a coordinating word: `le Parti socialiste et Place publique` are two; a particle after it keeps one name,
        // `Direction de la surveillance et du Contrôle`.)
        if (q > m && q < n && isNameWord(tokens[q]!, lx) && joins(tokens[q]!, tokens[q - 1], lx) && !forcedAt.has(q) && !(inLists(lx, tokens[q]!.key, COORDINATED_STOPS) && conjunctionIn(tokens, m, q, lx)) && !lx.conjunctions.has(tokens[q - 1]!.key) && !holderAfter(words, k, q, lx) && !roleHolderAfter(tokens, m, q, lx) && !wordAfterBody(words, k, m, q, lx) && !placedAfter(words, k, last, q, lx)) {
          crossed = true
          m = q
          continue
        }
      }
      break
    }
    // `the Securities and Exchange Commission`, `the Transport and General Workers Union`: after an article, up to three
    // capitalised words of no known name, a coordinating word, then two to four capitalised words ending with an
    // organisation word, make one name (not `the House and Senate`, `the United States and Canada`, `the Tories and Labour Party`).
    if (!head && last + 3 < n && last - k < 3) {
      const end = coordinatedOrgEnd(tokens, k, last, lx)
      // (A capitalised article inside a sentence is no part of it: `…, The Trade and Industry Department said`.)
      if (end > last && t.shape === 'cap' && is(t, ARTICLE)) t = tokens[++k]!
      last = end
    }
    // `Arabie saoudite`, `Emirats arabes unis`, `République démocratique du Congo`: a known name that goes on in lower-case words.
    const knownEnd = knownNameEnd(words, k, last, lx)
    // (`Standard and Poor's Corp`: a company word after such a name is the name's too.)
    if (knownEnd > last) for (last = knownEnd; last + 1 < n && tokens[last + 1]!.shape === 'cap' && SPACE.test(tokens[last + 1]!.gap) && is(tokens[last + 1]!, ORG_CUE); ) last++
    // Adjectives after a head: `Assemblée nationale`, `Banque mondiale`, `Force unifiée`.
    let headDone = false
    const hk = is(t, ARTICLE) && k + 1 < n && tokens[k + 1]!.shape === 'cap' && SPACE.test(tokens[k + 1]!.gap) ? k + 1 : k
    if ((head || (tokens[hk]!.shape === 'cap' && is(tokens[hk]!, ORG_CUE))) && last === hk) {
      let q = hk + 1
      // (`la Banque alimentaire organisées ce week-end`: a plural participle after a singular head is not in the name.)
      const singular = !/[sx]$/.test(tokens[hk]!.key)
      while (q < n && q - hk <= (head ? 2 : 1) && tokens[q]!.shape === 'lower' && SPACE.test(tokens[q]!.gap) && tokens[q]!.key.length > 3 && !is(tokens[q]!, STOP) && !lx.speechVerbs.has(tokens[q]!.key) && (lx.demonyms.has(tokens[q]!.key) || postAdjectiveEnding(tokens[q]!.key, tokens[q]!.text, lx)) && !(singular && q > hk + 1 && /[^u]s$/.test(tokens[q]!.key))) q++
      const complement = q < n && tokens[q]!.shape === 'lower' && SPACE.test(tokens[q]!.gap) && isParticle(tokens[q]!, lx)
      // (`la Cour suprême espagnole`, `le Sénat américain`, `l’Assemblée nationale française`: a country's demonym after a known body's
      // name says whose body it is, it is no part of the name; not after other words, `Académie française`, `Forces armées maliennes`,
      // nor before a complement, `Fédération sénégalaise de football`; a continent's is, `Commission européenne`.)
      if (q > hk + 1 && !complement && countryDemonym(tokens[q - 1]!.key, lx) && knownBody(words, hk, q - 2, lx)) q--
      if (q > hk + 1 && !complement) last = q - 1
      // `Caisse nationale d'assurance vieillesse`, `Agence nationale de l’aviation civile`, `Comité national de gestion de la lutte`:
      // adjectives, then a lower-case complement.
      else if (q > hk + 1 && head) {
        // (`Cour suprême de suspendre la loi`, `Banque mondiale d’accorder…`: the adjective stays; a particle then an infinitive
        // opens a verb's object, not the name's complement; so does a singular particle, not elided, before a plural word:
        // `la Banque mondiale de nouveaux prêts`, not `Caisse nationale d’allocations familiales`.)
        last = q - 1
        const w = tokens[q + 1]
        if (w === undefined || (w.shape === 'lower' && (INFINITIVE.test(w.key) || (/[sx]$/.test(w.key) && !/s$/.test(tokens[q]!.key) && !is(tokens[q]!, ELISION))))) headDone = true
      }
    }
    // A head's complement in lower case: `Cour de cassation`, `Assemblée des Représentants du peuple`.
    if (head && !headDone) last = complementEnd(tokens, last, lx)
    // `la Haute cour de justice`: a known body's name closed by an organisation head takes the head's lower-case complement.
    else if (!head && last > k && is(tokens[last]!, ORG_HEAD) && lx.organizations.has(fold(singleSpaced(text.slice(t.start, tokens[last]!.end))))) last = complementEnd(tokens, last, lx)
    // `Ministère de la Fonction publique`, `Commission de l’Union africaine`: a head's capitalised complement takes its adjectives.
    if (head && crossed && last > hk + 1 && tokens[last]!.shape === 'cap' && isParticle(tokens[last - 1]!, lx)) last = adjectivesEnd(tokens, last, lx)
    // `Comité des Nations unies pour l’exercice des droits…`, `Haut-Commissariat des Nations unies aux droits de l’homme`: a head's
    // complement that is a known body's name takes that body's own lower-case complement after a connector.
    if (head && crossed && last > hk + 1) last = knownBodyComplementEnd(words, hk, last, lx)
    // `Président de l’Assemblée nationale`: so does a head after a role and a particle (the role comes off the name in finish).
    else if (!head && crossed && last > k + 1 && tokens[last]!.shape === 'cap' && is(tokens[last]!, ORG_HEAD) && isParticle(tokens[last - 1]!, lx) && (is(t, ROLE) || is(t, TITLE))) last = adjectivesEnd(tokens, last, lx)
    // `la Garde nationale`, `la Sécurité sociale`, `l’Éducation nationale`: a common noun capitalised inside a sentence, then an
    // adjective, name an institution.
    // (Not in a portfolio: `ministre de l’Éducation nationale Jean-Michel Blanquer`.)
    const institutional = !head && last === hk && (institutionalAdjective(tokens, hk, lx) || articledGivenInstitution(tokens, hk, lx)) && !portfolioChain && !afterPortfolio(tokens, hk, lx)
    if (institutional) {
      last = hk + 1
      // `Bibliothèque nationale de France`, `Brigade nationale des Sapeurs-pompiers`, `Division spéciale de cybercriminalité`: its complement.
      let p = last + 1
      while (p < n && p - last <= 2 && isParticle(tokens[p]!, lx) && joins(tokens[p]!, tokens[p - 1], lx)) p++
      if (p > last + 1 && p < n && tokens[p]!.shape === 'cap' && isNameWord(tokens[p]!, lx) && joins(tokens[p]!, tokens[p - 1], lx) && !forcedAt.has(p)) {
        last = p
        while (last + 1 < n && last - p < 3 && tokens[last + 1]!.shape === 'cap' && isNameWord(tokens[last + 1]!, lx) && joins(tokens[last + 1]!, tokens[last], lx)) last++
      } else last = complementEnd(tokens, last, lx)
    }
    // `BBC Radio 4`, `Channel 4`; `France 5`, `Europe 1`, `Balla Gaye 2`: a small number after a name is part of it.
    const num = tokens[last + 1]
    if (num && num.shape === 'other' && /^\d{1,3}$/.test(num.text) && SPACE.test(num.gap) && (lx.numbered.has(tokens[last]!.key) || numberedName(words, k, last, num, lx))) {
      last++
      // `France 3 Hauts-de-France`, `France 3 Bourgogne - Franche-Comté`: a known name and a number, then a region's name (a channel's edition).
      const known = lx.places.has(fold(text.slice(t.start, tokens[last - 1]!.end)))
      for (let q = last + 1, n = 0; known && q < tokens.length && n < 3; q++, n++) {
        const w = tokens[q]!
        if (w.shape !== 'cap' || !isNameWord(w, lx) || inLists(lx, w.key, REGION_STOPS)) break
        if (!(SPACE.test(w.gap) || (n > 0 && /^ [-–] $/.test(w.gap)))) break
        last = q
      }
    }
    // `le XVIIe arrondissement`, `le XII arrondissement`: a Roman ordinal alone and a lower-case place word after it are one name, a
    // district's.
    const ward = tokens[last + 1]
    if (last === k && ROMAN_ORDINAL.test(t.text) && ward && ward.shape === 'lower' && SPACE.test(ward.gap) && is(ward, LOC_CUE)) last++
    // `Sunugox.info`: a site's name.
    const tld = tokens[last + 1]
    if (tld && tld.gap === '.' && TLD.has(tld.text) && !(tokens[last + 2] && (tokens[last + 2]!.gap === '' || tokens[last + 2]!.glued))) last++
    // Names listed after a plural noun and `such as`: works are no entities, organisations are typed by the list.
    // (`companies such as Germany's TUI`: a possessor qualifies the next item, the list goes on.)
    const possessor = lx.possessive && POSSESSIVE_GAP.test(tokens[last + 1]?.gap ?? '')
    let kind: ListKind | 'part' | null = possessor ? null : listItemKind(tokens, k, lx, list)
    // (Right after words of a part played, `a role in Labour`, `role in Mike Nichols' Closer`, `China had role in Yukos split-up`: a
    // known place or body, a name opening with a given name or one qualifying a lower-case noun is no work.)
    if (kind === 'part') {
      const span = fold(words.text.slice(t.start, tokens[last]!.end))
      const after = tokens[last + 1]
      kind = lx.givenNames.has(t.key) || lx.places.has(span) || lx.organizations.has(span) || (after !== undefined && after.shape === 'lower' && SPACE.test(after.gap) && !is(after, STOP)) ? null : 'work'
    }
    if (!possessor) list = kind ? {kind, last} : null
    if (kind === 'work') {
      // (`… and Malcolm X. Attallah Shabazz, the daughter`: a name run on after the title is not the title.)
      let end = k
      while (end < last && tokens[end + 1]!.gap[0] !== '.') end++
      notEntities?.add(fold(words.text.slice(t.start, tokens[end]!.end)))
      const rest = end < last ? finish(words, end + 1, last, lx, lowerSeen) : null
      if (rest) out.push(...split(words, rest, lx))
      list = {kind, last: end}
      portfolioChain = false
      k = last + 1
      continue
    }
    if (kind === 'organization') {
      const listed = finish(words, k, last, lx, lowerSeen, true)
      if (listed && !listed.title) {
        listed.type = 'organization'
        listed.listed = true
        if (listed.first < listed.last) listedNames?.add(fold(listed.form))
        out.push(listed)
        portfolioChain = false
        k = last + 1
        continue
      }
    }
    // Titles of works: `la chanson « Sama Ex »`, `boxing show The Next Great Champ`, and what a participle names after a noun of a
    // work or a thing: `a track called My Masochistic Baby`, `the tool, called Picasa`, `un album baptisé Dakar Rek`.
    const skip = k > 1 && tokens[k - 1]!.shape === 'cap' && is(tokens[k - 1]!, STOP) && SPACE.test(tokens[k - 1]!.gap) && SPACE.test(t.gap) ? 1 : 0
    const before = tokens[k - 1 - skip]
    // (Not a country's name unquoted: `the biggest scandal to hit Singapore`, `the sort of injuries that have hit England`.)
    // (Set off by commas on both sides and followed by a pronoun of things, an apposition names the work too: `his last single,
    // Killamangiro, which reached`; not a name opening a clause after the noun, `after the show, Blair said`, nor a person set off
    // by commas, `his novel, Perumal Murugan, a Tamil author`.)
    const closing = tokens[last + 1]
    const apposed = skip === 0 && isCommaGap(t.gap) && closing !== undefined && isCommaGap(closing.gap) && closing.shape === 'lower' && lx.nonPersonPronouns.has(closing.key)
    const title = before && before.shape === 'lower' && t.gap !== '' && (WORK_TITLE_GAP.test(t.gap) || apposed) && workCueAt(tokens, k - 1 - skip, lx) ? fold(words.text.slice(t.start, tokens[last]!.end)) : null
    if (title !== null && !(SPACE.test(t.gap) && lx.countries.has(title))) {
      // The same title elsewhere in the article is the work too.
      notEntities?.add(title)
      portfolioChain = false
      k = last + 1
      continue
    }
    // `over The Office Christmas Special`, `for The Phantom of the Opera`: an article of titles capitalised inside a sentence opens
    // a work's title; the same words elsewhere in the article, with the article or without it, are the work too.
    if (notEntities !== undefined && titled(words, k, last, lx)) {
      notEntities.add(fold(words.text.slice(t.start, tokens[last]!.end)))
      notEntities.add(fold(words.text.slice(tokens[k + 1]!.start, tokens[last]!.end)))
      portfolioChain = false
      k = last + 1
      continue
    }
    // `The Office creator Ricky Gervais`, `Friends actor Matt LeBlanc`: a title, the role of one who makes or plays in works, then
    // a capitalised name (not a known place or body, nor a demonym or a given name first: `Hollywood actor`, `British actress`).
    if (notEntities !== undefined && workRoleAfter(tokens, last, lx) && !knownSpan(words, k, last, lx)) {
      notEntities.add(fold(words.text.slice(t.start, tokens[last]!.end)))
      portfolioChain = false
      k = last + 1
      continue
    }
    // `the Cell processor`, `the Sativex drug`, `Toshiba's HD-DVD technology`: capitalised words between a determiner (or an owner's
    // possessive) and a noun of a thing name that thing, no entity, here or elsewhere in the article (not a known place or body, nor
    // a name opening with a given name or a demonym: `the Intel processor`, `the John Lewis version`).
    // (`The Vexa processor` opening a sentence: the article is no part of the name.)
    const named = is(t, ARTICLE) && k < last ? k + 1 : k
    if (notEntities !== undefined && thingNamed(tokens, named, last, lx) && !knownSpan(words, named, last, lx)) {
      notEntities.add(fold(words.text.slice(tokens[named]!.start, tokens[last]!.end)))
      portfolioChain = false
      k = last + 1
      continue
    }
    // (`Shares in Munich Re`: the same words as a listed organisation, whole.)
    const whole = listedNames !== undefined && listedNames.size > 0 && listedNames.has(fold(words.text.slice(t.start, tokens[last]!.end)))
    if (whole) {
      const again = make(words, k, last, 'organization')
      again.listed = true
      out.push(again)
      portfolioChain = false
      k = last + 1
      continue
    }
    const cand = finish(words, k, last, lx, lowerSeen)
    // `West Yorkshire police`, `the Commons education select committee`: a lower-case noun of a body after a place's or a body's name,
    // maybe with lower-case words of its remit between, ends one organisation's name.
    const bodyEnd = cand && !cand.title && cand.last === last ? bodyNounEnd(words, cand.first, last, lx) : -1
    if (bodyEnd > 0) {
      out.push(make(words, cand!.first, bodyEnd, 'organization'))
      portfolioChain = false
      k = bodyEnd + 1
      continue
    }
    // `musicians including Miles Davis and Bruni Sablan`: a name listed after a plural role and an opener is a person's (not a known
    // place or body, nor a word before a given name, a party's or a body's: `ministres comme MoDem Jacqueline Gourault`).
    // (Not right after the plural role without an opener: `the leaders Chelsea`, `rock veterans New Order`.)
    if (cand && kind === 'person' && !cand.type && !cand.acronym && listedPerson(words, cand.first, cand.last, lx)) cand.type = 'person'
    // (`l’Arène nationale`: a place word makes it a place.)
    if (cand && institutional && cand.first === hk && cand.last === last && !cand.type) cand.type = is(tokens[hk]!, LOC_CUE) ? 'location' : 'organization'
    // `le tribunal de Grande Instance de Thiès`, `le tribunal d’Instance de Mbour`: a kind of institution opening in lower case
    // whose last words are capitalised names it, with the place after it.
    const into = cand && cand.first === k && !cand.title ? institutionInto(tokens, k, cand.last, lx) : -1
    if (cand && into >= 0) {
      const end = placeAfterInstitution(tokens, into, cand.last, lx)
      let s = k - 1
      while (s >= 0 && !(tokens[s]!.shape === 'lower' && institutionEnd(tokens, s, lx) === into)) s--
      out.push(make(words, s, end, 'organization'))
      portfolioChain = false
      k = Math.max(last, end) + 1
      continue
    }
    // `le tribunal de commerce de Dakar`, `la cour d’appel de Dijon`: a kind of institution in lower case, `de` and a place name it.
    const institution = cand && cand.first === k && !cand.title ? institutionBefore(tokens, k, lx) : -1
    // (`l’hôpital Dalal Jamm de Dakar`: an establishment's name ends before `de`, and the place after it is read on its own.)
    if (cand && institution >= 0 && institution === k - 1 && lx.namedEstablishments.has(tokens[institution]!.key)) {
      let end = k
      while (end < cand.last && tokens[end + 1]!.shape !== 'lower' && SPACE.test(tokens[end + 1]!.gap)) end++
      out.push(make(words, institution, end, 'organization'))
      portfolioChain = false
      k = end + 1
      continue
    }
    if (cand && institution >= 0) {
      out.push(make(words, institution, cand.last, 'organization'))
      portfolioChain = false
      k = last + 1
      continue
    }
    // A portfolio: `ministre de la Défense et des Anciens combattants`.
    // (`Ministre de l’Agriculture` read as one span: the portfolio after the role cut from it.)
    // (A name right after the portfolio, with no particle nor conjunction between, is its holder's: `le ministre de l’Intérieur
    // Christophe Castaner`, `ministre de la Santé Olivier Véran`.)
    const portfolio: boolean = ((portfolioChain && (SPACE.test(t.gap) || t.glued) && tokens[k - 1]!.shape === 'lower') || afterPortfolio(tokens, k, lx) || (cand !== null && cand.first > k && afterPortfolio(tokens, cand.first, lx))) && !(cand && lx.places.has(fold(cand.form)))
    // `Tory MP John Smith`, `Labour MEP Jane Brown`: a known organisation qualifying the role before the name is an entity too.
    if (cand && !portfolio && cand.title && cand.lead !== undefined && cand.lead < cand.first - 1) {
      const o = tokens[cand.lead]!
      const isRole = (q: number) => is(tokens[q]!, ROLE) || is(tokens[q]!, TITLE)
      if (o.shape !== 'lower' && lx.organizations.has(o.key) && isRole(cand.lead + 1)) out.push(make(words, cand.lead, cand.lead, 'organization'))
      else if (cand.lead + 2 < cand.first && knownPair(words, cand.lead, lx) && isRole(cand.lead + 2)) out.push(make(words, cand.lead, cand.lead + 1, 'organization'))
    }
    if (cand && !portfolio) out.push(...split(words, cand, lx))
    // `le ministère de la Santé`, `du ministère des Sports`: a body heading a portfolio, in lower case right before its particles,
    // is an organisation with it (not a person's role, `ministre de la Santé`, nor after an adjective, `ministère iranien de la Santé`);
    // the chain goes on with it (`ministère de l’Équipement et des Transports terrestres`).
    // `le ministre de l’Économie et des Finances Bruno Le Maire`, `ministre des Finances J.-P. Durand`: the portfolio's span may run on
    // into its holder's name; the holder is read on his own.
    const holder = cand && portfolio ? holderInPortfolio(tokens, cand.first, cand.last, lx, lowerSeen) : -1
    // (A known place closing a role's portfolio is a place of its own: `ministre des Finances du Sénégal Amadou Ba`; a body's keeps it,
    // `ministère des Finances du Sénégal`.)
    const portfolioEnd = holder > 0 ? holder - 1 : (cand?.last ?? -1)
    const placeAt = cand && portfolio && bodyAt < 0 && bodyHeadBefore(tokens, k, lx) < 0 ? placeEnding(words, cand.first, portfolioEnd, lx) : -1
    if (placeAt > 0) out.push(make(words, placeAt, portfolioEnd, null))
    if (holder > 0) {
      const h = finish(words, holder, cand!.last, lx, lowerSeen)
      const parts = h ? split(words, h, lx) : []
      // (A holder's name is a person's, though no list knows its given name: `Wopke Hoekstra`.)
      if (parts.length === 1 && parts[0]!.first === holder && !parts[0]!.type) parts[0]!.type = 'person'
      out.push(...parts)
      portfolioChain = false
      bodyAt = -1
      k = last + 1
      continue
    }
    if (cand && portfolio) {
      const body = portfolioChain && (SPACE.test(t.gap) || t.glued) ? bodyAt : cand.first === k ? bodyHeadBefore(tokens, k, lx) : -1
      // (`portfolio` already excludes a known place.)
      if (body >= 0) {
        if (portfolioChain && bodyAt >= 0 && out.length > 0 && out[out.length - 1]!.first === bodyAt) out.pop()
        out.push(make(words, body, tokens[cand.last]!.shape === 'cap' ? adjectivesEnd(tokens, cand.last, lx) : cand.last, 'organization'))
      }
      bodyAt = body
    } else bodyAt = -1
    portfolioChain = portfolio
    k = last + 1
  }
  return out
}

/**
 * The index where a portfolio's holder's name opens inside the span `first..last` that opens with the portfolio (`Finances Bruno
 * Le Maire`, `Affaires Étrangères Jean-Yves Le Drian`, `Budget J.-P. Durand`), or -1: after the portfolio's capitalised words (one
 * at least, spaced, no particle between), a given name, an initial or an honorific, then at least one more word of the name.
 */
function holderInPortfolio(tokens: readonly Token[], first: number, last: number, lx: EntityLookups, lowerSeen: ReadonlySet<string>): number {
  for (let j = first + 1; j < last; j++) {
    const t = tokens[j]!
    // (The portfolio may hold particles and a place: `Finances du Sénégal Amadou Ba`.)
    if (t.shape === 'lower' && isParticle(t, lx)) continue
    if (t.shape === 'lower' || !(SPACE.test(t.gap) || DOT_GAP.test(t.gap) || t.glued)) return -1
    if (t.shape !== 'cap' || tokens[j - 1]!.shape === 'lower') continue
    // (A given name that is a place's too opens the name before a name particle: `Dominique de Villepin`; not `Culture France`.)
    const after = tokens[j + 1]!
    if ((lx.places.has(t.key) || lx.organizations.has(t.key)) && !(after.shape === 'lower' && is(after, NAME_PARTICLE))) continue
    if (lx.givenNames.has(t.key) || initialAt(tokens, j) || (is(t, TITLE) && is(t, NOT_NAME))) return j
  }
  // (`ministre des Finances Wopke Hoekstra`: one portfolio word then two capitalised words no list knows, the first no adjective the
  // article writes in lower case, are a given name the lists lack and a surname (`ministre de l’Intérieur Horst Seehofer`); not after
  // an article written whole, which a body's name takes, `secretary of the Catholic Secular Forum`.)
  if (last !== first + 2 || (first > 0 && is(tokens[first - 1]!, ARTICLE) && !is(tokens[first - 1]!, ELISION))) return -1
  const g = tokens[first + 1]!
  const s = tokens[last]!
  const unknown = (t: Token) => t.shape === 'cap' && SPACE.test(t.gap) && !t.text.includes('-') && !inLists(lx, t.key, SURNAME_STOPS) && !lowerSeen.has(t.key)
  return unknown(g) && unknown(s) && !lx.surnames.has(g.key) && !postAdjectiveEnding(g.key, g.text, lx) ? first + 1 : -1
}

/** The index opening a known place's name after the last particle of `first..last` (`Finances du Sénégal`), or -1. */
function placeEnding(words: BlockWords, first: number, last: number, lx: EntityLookups): number {
  const {tokens, text} = words
  let p = last
  while (p > first && tokens[p]!.shape !== 'lower') p--
  return p > first && p < last && isParticle(tokens[p]!, lx) && lx.places.has(fold(singleSpaced(text.slice(tokens[p + 1]!.start, tokens[last]!.end)))) ? p + 1 : -1
}

/**
 * Whether `tokens[k..last]` is a given name and a surname, maybe after titles or roles (`Dr Peter Hollis`): no word of a body or
 * a place, the surname no given name (`Jean Marc`: the name may go on).
 */
function personBefore(tokens: readonly Token[], k: number, last: number, lx: EntityLookups): boolean {
  if (last < k + 1) return false
  const g = tokens[last - 1]!
  const s = tokens[last]!
  if (g.shape !== 'cap' || s.shape !== 'cap' || !lx.givenNames.has(g.key) || lx.givenNames.has(s.key) || !SPACE.test(s.gap)) return false
  if (is(s, TITLE) || is(s, ROLE) || is(s, ORG_CUE) || is(s, ORG_HEAD) || is(s, LOC_CUE) || is(s, NOT_NAME) || lx.places.has(s.key) || lx.organizations.has(s.key)) return false
  for (let q = k; q < last - 1; q++) if (!is(tokens[q]!, TITLE) && !is(tokens[q]!, ROLE)) return false
  return true
}

/** The index of the token before the up to three particles (each after a space or glued) right before `k`: `k - 1` when there is none. */
function particlesBefore(tokens: readonly Token[], k: number, lx: EntityLookups): number {
  let p = k - 1
  let particles = 0
  while (p >= 0 && particles < 3 && isParticle(tokens[p]!, lx) && (SPACE.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued)) {
    p--
    particles++
  }
  return p
}

/** The index of a lower-case portfolio head that names a body (`ministère`, not `ministre`) right before the particles before `k`, or -1. */
function bodyHeadBefore(tokens: readonly Token[], k: number, lx: EntityLookups): number {
  const p = particlesBefore(tokens, k, lx)
  const t = tokens[p]
  return p < k - 1 && t !== undefined && t.shape === 'lower' && lx.portfolioBodies.has(t.key) && (SPACE.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued) ? p : -1
}

/**
 * Whether the particle at `m` (`de`, `d’`) ties the name opening at `k` to a
 * person named after it, a given name and a surname (`GFM de Youssou Ndour`),
 * and the name before is no person's (opens with no given name nor title).
 */
export function ownerAfter(tokens: readonly Token[], k: number, m: number, lx: EntityLookups): boolean {
  const de = tokens[m]!
  if (lx.ownerParticles.size === 0 || de.shape !== 'lower' || !lx.ownerParticles.has(de.key)) return false
  const given = tokens[m + 1]
  const surname = tokens[m + 2]
  if (given === undefined || surname === undefined || given.shape !== 'cap' || surname.shape !== 'cap' || !SPACE.test(surname.gap)) return false
  if (!lx.givenNames.has(given.key) || lx.places.has(given.key) || lx.organizations.has(given.key) || !isNameWord(surname, lx)) return false
  const open = is(tokens[k]!, ARTICLE) && k + 1 < m ? tokens[k + 1]! : tokens[k]!
  return !lx.givenNames.has(open.key) && !is(open, TITLE)
}

/**
 * Whether `de` at `m` and two capitalised words no list knows as a place, a body or a title, the name closed after them, follow a
 * known organisation's whole name `tokens[k..m - 1]` (`Manchester City de Pep Guardiola`): its owner or coach, as in `ownerAfter`,
 * whose given name no list holds.
 */
function knownOwnerAfter(words: BlockWords, k: number, m: number, lx: EntityLookups): boolean {
  const {tokens, text} = words
  const de = tokens[m]!
  if (lx.ownerParticles.size === 0 || de.shape !== 'lower' || !lx.ownerParticles.has(de.key)) return false
  const given = tokens[m + 1]
  const surname = tokens[m + 2]
  const after = tokens[m + 3]
  if (given === undefined || surname === undefined || given.shape !== 'cap' || surname.shape !== 'cap' || !SPACE.test(given.gap) || !SPACE.test(surname.gap)) return false
  if (after !== undefined && after.shape !== 'lower' && SPACE.test(after.gap)) return false
  for (const t of [given, surname]) if (!isNameWord(t, lx) || lx.places.has(t.key) || lx.organizations.has(t.key) || is(t, TITLE) || is(t, ORG_CUE) || lx.demonyms.has(t.key)) return false
  return lx.organizations.has(fold(singleSpaced(text.slice(tokens[k]!.start, tokens[m - 1]!.end))))
}

/** Whether the two words after `de` at `m` are the owner or coach of a known organisation named just before it (`knownOwnerAfter`). */
export function knownOwnerAt(words: BlockWords, m: number, lx: EntityLookups): boolean {
  for (let k = m - 1; k >= 0 && k >= m - 4; k--) if (knownOwnerAfter(words, k, m, lx)) return true
  return false
}

/**
 * Whether a person's name, a given name (maybe after a particle: `El Malick`)
 * and a capitalised word, opens at `q` right after a known body's name
 * `tokens[k..q - 1]` written with its lower-case adjectives (`knownBody`).
 */
function holderAfter(words: BlockWords, k: number, q: number, lx: EntityLookups): boolean {
  const {tokens} = words
  const g = tokens[q]!.shape === 'cap' && is(tokens[q]!, NAME_PARTICLE) ? q + 1 : q
  const given = tokens[g]
  const surname = tokens[g + 1]
  if (given === undefined || surname === undefined || given.shape !== 'cap' || surname.shape !== 'cap' || !SPACE.test(given.gap) || !SPACE.test(surname.gap) || !lx.givenNames.has(given.key)) return false
  const from = is(tokens[k]!, ARTICLE) && k + 1 < q ? k + 1 : k
  // (A school or a university is often named after one: `École nationale Cheikh Anta Diop`.)
  return !is(tokens[from]!, INSTITUTION) && knownBody(words, from, q - 1, lx)
}

/**
 * Whether the lower-case words `tokens[m..q - 1]` after the head at `k` first close a known body's name (`Cour suprême`, with its
 * adjectives: `knownBody`), then go on with a word that is no particle nor connector: the name ends there, the words after it are
 * the sentence's (`la Cour suprême contre Richard Nixon`, `l’Assemblée nationale adopte le Code`); not `Cour suprême des États-Unis`,
 * `Ligue régionale de football de Kaffrine`, nor before an adjective, `Cour d’assises spéciale de Paris`.
 */
function wordAfterBody(words: BlockWords, k: number, m: number, q: number, lx: EntityLookups): boolean {
  const {tokens} = words
  const from = is(tokens[k]!, ARTICLE) && k + 1 < m ? k + 1 : k
  for (let j = m; j < q - 1; j++) {
    if (!knownBody(words, from, j, lx)) continue
    const w = tokens[j + 1]!
    return !isParticle(w, lx) && !lx.orgConnectors.has(w.key) && !is(w, ROLE_CONNECTOR) && !lx.demonyms.has(w.key) && !postAdjectiveEnding(w.key, w.text, lx)
  }
  return false
}

/**
 * Whether the lower-case words `tokens[m..q - 1]` after an organisation head are a person's role before their name, so the
 * head's name ends before them (`Campaign boss Tony Blair`, `Campaign coordinator Alan Milburn`): the last is a role and two
 * capitalised words follow (not `École nationale Cheikh Anta Diop`, `École de maintien de la paix Alioune Blondin Beye`).
 */
function roleHolderAfter(tokens: readonly Token[], m: number, q: number, lx: EntityLookups): boolean {
  const name = tokens[q]!
  const next = tokens[q + 1]
  if (name.shape !== 'cap' || next === undefined || next.shape !== 'cap' || !SPACE.test(next.gap)) return false
  const role = tokens[q - 1]!
  return is(role, ROLE) || lx.memberRoles.has(role.key) || lx.teamRoles.has(role.key)
}

/** Whether token `k` is a state's abbreviation with its dot (`N.J.`, `Calif.`) after a capitalised word and a comma (`Newark, N.J.`). */
export function stateAfterPlace(words: BlockWords, k: number, lx: EntityLookups): boolean {
  const {tokens, text} = words
  const t = tokens[k]
  const prev = tokens[k - 1]
  if (lx.stateAbbreviations.size === 0 || t === undefined || prev === undefined || (prev.shape !== 'cap' && prev.shape !== 'upper') || !isCommaGap(t.gap)) return false
  if (t.key.endsWith('.')) return lx.stateAbbreviations.has(t.key.slice(0, -1))
  return text.charCodeAt(t.end) === 46 && lx.stateAbbreviations.has(t.key)
}

/** Whether one to three capitalised words from token `k` name a town that a state's abbreviation follows (`Grand Rapids, Mich.`). */
function townWithState(words: BlockWords, k: number, lx: EntityLookups): boolean {
  const {tokens} = words
  for (let q = k; q < tokens.length && q - k < 3 && tokens[q]!.shape === 'cap' && (q === k || SPACE.test(tokens[q]!.gap)); q++) if (stateAfterPlace(words, q + 1, lx)) return true
  return false
}

/**
 * Whether `tokens[from..to]` name a body known as such: a known organisation
 * (`Sénat`), an institution of several words (`Cour suprême`) or a head and
 * an institution adjective (`Assemblée nationale`).
 */
function knownBody(words: BlockWords, from: number, to: number, lx: EntityLookups): boolean {
  const {tokens} = words
  const key = fold(words.text.slice(tokens[from]!.start, tokens[to]!.end))
  if (lx.organizations.has(key)) return true
  return to > from && (lx.institutions.has(key) || lx.institutionAdjectives.has(tokens[to]!.key))
}

/**
 * Whether token `z` is an acronym of two letters in capitals that no list knows as a word, a place or a body, right after a
 * country's demonym (`Spanish FA`, `Bulgarian FA`): a national body's name, both words.
 */
export function nationalBody(tokens: readonly Token[], z: number, lx: EntityLookups): boolean {
  const t = tokens[z]!
  const d = tokens[z - 1]
  return d !== undefined && d.shape === 'cap' && t.shape === 'upper' && t.key.length === 2 && isSpaceGap(t.gap) && countryDemonym(d.key, lx) &&
    !is(t, NOT_NAME) && !is(t, TITLE) && !is(t, STOP) && !lx.commonAcronyms.has(t.key) && !lx.places.has(t.key) && !lx.organizations.has(t.key)
}

/** Whether `key` is the demonym of a country (`espagnole`, `américain`; not `européenne`, `africaine`). */
function countryDemonym(key: string, lx: EntityLookups): boolean {
  const country = lx.demonyms.get(key)
  return country !== undefined && lx.countries.has(fold(country))
}

/** Whether the two capitalised words at `k` spell a known organisation (`Lib Dem`, `Scottish Executive`). */
function knownPair(words: BlockWords, k: number, lx: EntityLookups): boolean {
  const a = words.tokens[k]!
  const b = words.tokens[k + 1]
  return b !== undefined && a.shape !== 'lower' && b.shape !== 'lower' && SPACE.test(b.gap) && lx.organizations.has(fold(words.text.slice(a.start, b.end)))
}

/**
 * Whether the number `num` after the name `tokens[k..last]` belongs to it
 * (`France 5 a diffusé`, `Balla Gaye 2 face à Siteu`): one or two digits after
 * a capitalised word that is not a date or common word, and no score, time
 * or range around it (`Angleterre 1 – Sénégal 3`, `Mali 2-0`, `Lundi 14`).
 */
function numberedName(words: BlockWords, k: number, last: number, num: Token, lx: EntityLookups): boolean {
  const {tokens, text} = words
  const w = tokens[last]!
  if (num.text.length > 2 || w.shape !== 'cap' || is(w, DATE) || is(w, STOP) || is(w, NOT_NAME)) return false
  // One word other than a place's name is more often a thing's model or a section (`Rover 75`, `Chapter 11`, `Nintendo 64`) than a name.
  // (After a place preposition it is a numbered district: `à Afia 6`, `à Sangomar 2`, `à Gueule-Tapée 2`.)
  if (last === k && !lx.places.has(w.key) && !districtAfter(tokens, k, lx)) return false
  if (/[-–—:/\d]/.test(tokens[k]!.gap)) return false
  // `London 13 years ago`, `Shr 47 cts`: a number of things.
  const next = tokens[last + 2]
  if (next && next.shape === 'lower' && SPACE.test(next.gap) && /s$/.test(next.key) && !is(next, STOP)) return false
  return !/^(?:\s?[-–—:/,.]\s?\d|\s?[-–—]|[^\s,.;:!?)»"”])/.test(text.slice(num.end, num.end + 4))
}

/**
 * Whether a place preposition that takes unknown names (`à`, `vers`; not `en`) or a place noun (`le quartier Santhié 2`) stands
 * right before the one word at `k`, no known organisation nor given name.
 */
function districtAfter(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const p = tokens[k - 1]
  return p !== undefined && p.shape === 'lower' && ((lx.locPreps.has(p.key) && !lx.weakLocPreps.has(p.key)) || is(p, LOC_CUE)) && SPACE.test(tokens[k]!.gap) && !lx.organizations.has(tokens[k]!.key) && !lx.givenNames.has(tokens[k]!.key)
}

/**
 * Whether `tokens[a..q]`, for a `q` from `a + 1` up to `to`, spell a known
 * organisation's name, or a known place's too when `places` (`South Korea`,
 * `New York`, `France Bleu`).
 */
export function knownOpening(words: BlockWords, a: number, to: number, lx: EntityLookups, places: boolean): boolean {
  for (let q = a + 1; q <= to; q++) {
    const key = knownKey(words, a, q, lx)
    if (lx.organizations.has(key) || (places && lx.places.has(key))) return true
  }
  return false
}

/**
 * Folded text of `tokens[a..q]` for a look-up in the known places and
 * organisations, or '' when it is none: a name of several words whose first
 * word, then a space, opens no known name of several words (`longNames`) is
 * not read again. (The first word alone is its token's key.)
 */
export function knownKey(words: BlockWords, a: number, q: number, lx: EntityLookups): string {
  const {tokens} = words
  if (q === a) return tokens[a]!.key
  if (tokens[a + 1]!.gap.charCodeAt(0) === 32 && !lx.longNames.has(tokens[a]!.key)) return ''
  return fold(words.text.slice(tokens[a]!.start, tokens[q]!.end))
}

/** Whether `a b` reads as a given name and a surname: `a` a given name, `b` a capitalised word no list holds (not `Sydney Olympics`, `Georgia Democrat`). */
function givenNameBeforeSurname(a: Token, b: Token, lx: EntityLookups): boolean {
  return a.shape === 'cap' && b.shape === 'cap' && SPACE.test(b.gap) && lx.givenNames.has(a.key) && !inLists(lx, b.key, SURNAME_STOPS)
}

/**
 * Last token of a known place's or organisation's name that opens the span
 * `k..last` (maybe after an article) and goes on in lower-case words the span
 * stopped at (`Arabie saoudite`, `Guinée équatoriale`, `République
 * démocratique du Congo`); `last` when none does.
 */
function knownNameEnd(words: BlockWords, k: number, last: number, lx: EntityLookups): number {
  const {tokens} = words
  const next = tokens[last + 1]
  if (!next || next.shape !== 'lower' || !(SPACE.test(next.gap) || next.glued)) return last
  for (let from = k; from <= Math.min(k + 1, last); from++) {
    // (Not from a function word: `Le monde entier` is no `Le Monde`.)
    const most = is(tokens[from]!, STOP) ? undefined : lx.longNames.get(tokens[from]!.key)
    if (most === undefined) continue
    const q = knownEndFrom(words, from, last, most, lx)
    if (q > last) return q
    if (!is(tokens[k]!, ARTICLE)) break
  }
  // (`Nicolas Dupont-Aignan de Debout la France`: a known name may open at the span's last word, after a particle.)
  if (last > k + 1 && tokens[last - 1]!.shape === 'lower' && isParticle(tokens[last - 1]!, lx)) {
    const most = is(tokens[last]!, STOP) ? undefined : lx.longNames.get(tokens[last]!.key)
    if (most !== undefined) return knownEndFrom(words, last, last, most, lx)
  }
  return last
}

/**
 * Whether the words after token `a` up to `last` are a known organisation's name, and `a` is no name of a list (a given name, a place,
 * a demonym, a known organisation, an organisation word) nor opens with them a known name (`Royal Bank of Scotland`).
 */
function knownTail(words: BlockWords, a: number, last: number, lx: EntityLookups): boolean {
  const {tokens, text} = words
  const t = tokens[a]!
  if (lx.givenNames.has(t.key) || lx.places.has(t.key) || lx.demonyms.has(t.key) || lx.organizations.has(t.key) || is(t, ORG_CUE) || is(t, ORG_HEAD) || is(t, TITLE)) return false
  if (!lx.organizations.has(fold(singleSpaced(text.slice(tokens[a + 1]!.start, tokens[last]!.end))))) return false
  return !lx.organizations.has(fold(singleSpaced(text.slice(t.start, tokens[last]!.end))))
}

/** Last token of a known name of up to `most` words that opens at `from` and goes on after `last`; `last` when none does. */
function knownEndFrom(words: BlockWords, from: number, last: number, most: number, lx: EntityLookups): number {
  const {tokens, text} = words
  let q = last + 1
  while (q + 1 < tokens.length && q + 1 < from + most && (SPACE.test(tokens[q + 1]!.gap) || tokens[q + 1]!.glued)) q++
  for (; q > last; q--) {
    const key = fold(singleSpaced(text.slice(tokens[from]!.start, tokens[q]!.end)))
    if (lx.places.has(key)) return q
    const known = lx.organizations.get(key)
    if (known !== undefined && lowerAsKnown(known, key, tokens, from, last, q)) return q
  }
  return last
}

/**
 * Whether the lower-case words among `last + 1..q` of the known organisation `from..q` are in lower case in its known spelling
 * too: `Gazzetta dello Sport`, not `BBC news` (the known `BBC News`: `the BBC news website` names the BBC), `MGM studios`. A
 * spelling of other words (another form of the name) does not say. (Places are written in any case, `Arabie saoudite`, and so is
 * a body's head word, `the Commerce department`.)
 */
function lowerAsKnown(known: string, key: string, tokens: readonly Token[], from: number, last: number, q: number): boolean {
  if (fold(known) !== key) return true
  const parts = spaceSplit(known)
  if (parts.length !== q - from + 1) return true
  for (let i = last + 1 - from; i < parts.length; i++) {
    const c = parts[i]!.charAt(0)
    if (tokens[from + i]!.shape === 'lower' && !is(tokens[from + i]!, ORG_HEAD) && c !== c.toLowerCase()) return false
  }
  return true
}

/** Last token of `the A and B Commission` from the span `k..last` (its first part), or `last` when the span does not go on. */
function coordinatedOrgEnd(tokens: readonly Token[], k: number, last: number, lx: EntityLookups): number {
  // (`The Securities and…` opening a sentence: the article is in the span.)
  const a = is(tokens[k]!, ARTICLE) && tokens[k]!.shape === 'cap' ? k + 1 : k
  const before = tokens[a - 1]
  const conj = tokens[last + 1]!
  // (After `of` too: `director general of Entertainment and Leisure Software Publishers Association`.)
  const of = before !== undefined && before.shape === 'lower' && is(before, PARTICLE) && !is(before, ARTICLE)
  if (a > last || !before || !(is(before, ARTICLE) || of) || !SPACE.test(tokens[a]!.gap)) return last
  if (conj.shape !== 'lower' || !lx.conjunctions.has(conj.key) || !SPACE.test(conj.gap)) return last
  // (An organisation word may stand in the first part, `Securities`, but not a known name or a head: `the House and…`.)
  for (let q = a; q <= last; q++) if (tokens[q]!.shape !== 'cap' || inLists(lx, tokens[q]!.key, FIRST_PART_STOPS) || (q > a && !SPACE.test(tokens[q]!.gap))) return last
  // (Two names that open alike are two: `the Los Angeles Times and Los Angeles Daily News`.)
  if (tokens[last + 2]!.key === tokens[a]!.key || (last > a && lx.places.has(tokens[a]!.key + ' ' + tokens[a + 1]!.key))) return last
  // The second part: two to four capitalised words, the last an organisation word.
  let q = last + 2
  // (Across a plural possessive before the organisation word too: `the Transport and General Workers' Union`.)
  while (q < tokens.length && q - last - 2 < 4 && tokens[q]!.shape === 'cap' && !inLists(lx, tokens[q]!.key, SECOND_PART_STOPS) && (SPACE.test(tokens[q]!.gap) || (q > last + 2 && pluralPossessorName(tokens, q, lx)))) q++
  // (Not when the second part is a known body by itself: `the Ministry of Defence and Home Office` are two.)
  return q - last - 2 >= 2 && is(tokens[q - 1]!, ORG_CUE) && !(tokens[q] && isNameWord(tokens[q]!, lx) && SPACE.test(tokens[q]!.gap)) && !(of && lx.organizations.has(tokens.slice(last + 2, q).map((t) => t.key).join(' '))) ? q - 1 : last
}

/** `/^['’]s[ \u00a0]{1,2}$/`; the regex only after an apostrophe (most gaps have none). */
const POSSESSIVE_GAP = {test: (gap: string) => apostropheAt(gap, 0) && POSSESSIVE_GAP_RX.test(gap)}
const POSSESSIVE_GAP_RX = /^['’]s[ \u00a0]{1,2}$/

/** What a list of examples names: organisations, works or people. */
type ListKind = 'organization' | 'work' | 'person'

/**
 * The kind of the name starting at token `k` when it is an item of a list of
 * examples: right after a plural organisation or work noun and a list opener
 * (`firms such as Swiss Re`, `films including Raging Bull`), or after the
 * previous item and a comma or a conjunction (`, Goodfellas and Gangs of New
 * York`). A possessive name may qualify the item (`companies such as
 * Germany's TUI`). `part` right after words of a part played in a work
 * (`starred in`, `role in`), for the caller to check. Null otherwise.
 */
function listItemKind(tokens: readonly Token[], k: number, lx: EntityLookups, list: {kind: ListKind; last: number} | null): ListKind | 'part' | null {
  if (lx.listOpeners.size === 0) return null
  let p = k - 1
  // `Germany's TUI`: a possessive qualifier before the item.
  const q = tokens[p]
  if (q && q.shape !== 'lower' && lx.possessive && POSSESSIVE_GAP.test(tokens[k]!.gap)) p--
  const first = tokens[p + 1]!
  if (list && list.last < k) {
    if (p === list.last && isCommaGap(first.gap)) return list.kind
    const c = tokens[p]
    if (p === list.last + 1 && c && c.shape === 'lower' && lx.conjunctions.has(c.key) && /^,?[ \u00a0]{1,2}$/.test(c.gap) && SPACE.test(first.gap)) return list.kind
  }
  if (!SPACE.test(first.gap)) return null
  // The opener, then the plural noun before it; or words that name a part played in a work (`starred in`).
  let key = ''
  for (let n = 1; n <= Math.max(lx.listOpenerWords, lx.workOpenerWords) && p - n + 1 >= 0; n++) {
    const w = tokens[p - n + 1]!
    if (w.shape !== 'lower' || (n > 1 && !SPACE.test(tokens[p - n + 2]!.gap))) return null
    key = n === 1 ? w.key : w.key + ' ' + key
    if (lx.workOpeners.has(key)) return 'part'
    if (!lx.listOpeners.has(key) || p - n < 0) continue
    const noun = tokens[p - n]!
    // (A comma may stand between the noun and the opener: `Some networks, such as Orange, charge`.)
    if (!(noun.shape === 'lower' || (noun.shape === 'cap' && noun.initial)) || !(SPACE.test(w.gap) || isCommaGap(w.gap))) return null
    if (pluralOf(noun.key, lx.workCues, lx)) return 'work'
    if (pluralOf(noun.key, lx.orgNouns, lx)) return 'organization'
    return pluralRole(noun.key, lx) ? 'person' : null
  }
  return null
}

/** Whether the name `k..last`, listed after a plural role, is a person's (see its caller). */
function listedPerson(words: BlockWords, k: number, last: number, lx: EntityLookups): boolean {
  const {tokens} = words
  if (lx.givenNames.has(tokens[k]!.key)) return true
  for (let q = k + 1; q < last; q++) if (lx.givenNames.has(tokens[q]!.key)) return false
  return !knownSpan(words, k, last, lx)
}

/** Whether `key` is the plural of a role that no organisation noun nor rival word spells (`actors`, `ministres`; not `analysts`, `rivals`). */
function pluralRole(key: string, lx: EntityLookups): boolean {
  return !lx.orgNouns.has(key) && !lx.rivalWords.has(key) && pluralOf(key, lx.roles, lx)
}

/**
 * Whether the lower-case word `tokens[p]` makes the name after it the title of a work: a work cue (`film`, `chanson`), or a
 * naming participle (`called`, `baptisé`) right after a noun of a work or a thing, a comma between them or not (`a track
 * called`, `the tool, called`, `un album intitulé`). (Not after another noun: `a company called`, `a woman named`.)
 */
function workCueAt(tokens: readonly Token[], p: number, lx: EntityLookups): boolean {
  const w = tokens[p]!
  if (is(w, WORK_CUE)) return true
  if (!lx.namingParticiples.has(w.key) || !NAMING_GAP.test(w.gap)) return false
  const noun = tokens[p - 1]
  return noun !== undefined && noun.shape === 'lower' && (is(noun, WORK_CUE) || lx.thingNouns.has(noun.key) || pluralOf(noun.key, lx.workCues, lx) || pluralOf(noun.key, lx.thingNouns, lx))
}

/**
 * Whether the name `k..last` opens with an article of titles capitalised inside a sentence, then two or more words: no known
 * name, no given name first, not ending with an organisation word, a demonym or a plural, no date word (`The New York Times`,
 * `The North Korean ambassador`, `The Beastie Boys`, `The Sunday Mirror`); after a space (`(CNN)The` opens a text).
 */
function titled(words: BlockWords, k: number, last: number, lx: EntityLookups): boolean {
  const {tokens} = words
  const t = tokens[k]!
  if (lx.titleArticles.size === 0 || last < k + 2 || t.initial || k === 0 || t.shape !== 'cap' || !SPACE.test(t.gap) || !lx.titleArticles.has(t.key)) return false
  const end = tokens[last]!
  if (is(end, ORG_CUE) || is(end, ORG_HEAD) || lx.demonyms.has(end.key) || (end.key.endsWith('s') && !end.key.endsWith('ss'))) return false
  for (let q = k + 1; q <= last; q++) if (is(tokens[q]!, DATE)) return false
  return !knownSpan(words, k, last, lx) && !knownSpan(words, k + 1, last, lx)
}

/** Whether a work role (`creator`, `actor`) follows the words ending at `last`, then a capitalised word. */
function workRoleAfter(tokens: readonly Token[], last: number, lx: EntityLookups): boolean {
  const role = tokens[last + 1]
  const name = tokens[last + 2]
  return lx.workRoles.size > 0 && role !== undefined && name !== undefined && role.shape === 'lower' && SPACE.test(role.gap) && lx.workRoles.has(role.key) && name.shape === 'cap' && SPACE.test(name.gap)
}

/** Whether a noun of a thing follows the words `k..last` and a determiner or an owner's possessive comes before them. */
function thingNamed(tokens: readonly Token[], k: number, last: number, lx: EntityLookups): boolean {
  const noun = tokens[last + 1]
  if (lx.thingNouns.size === 0 || noun === undefined || noun.shape !== 'lower' || !SPACE.test(noun.gap) || !lx.thingNouns.has(noun.key)) return false
  const before = tokens[k - 1]
  if (before === undefined) return false
  return (before.shape !== 'other' && is(before, ARTICLE) && SPACE.test(tokens[k]!.gap)) || (lx.possessive && POSSESSIVE_GAP.test(tokens[k]!.gap))
}

/** Whether the words `k..last` are a known place or organisation, whole or by their first word, or open with a demonym or a given name. */
function knownSpan(words: BlockWords, k: number, last: number, lx: EntityLookups): boolean {
  const {tokens} = words
  const span = fold(words.text.slice(tokens[k]!.start, tokens[last]!.end))
  const first = tokens[k]!.key
  return lx.places.has(span) || lx.organizations.has(span) || lx.demonyms.has(first) || lx.places.has(first) || lx.organizations.has(first) || lx.givenNames.has(first)
}

/** Whether `key` is the plural of a word of `set` (`firms` of `firm`, `companies` of `company`). */
export function pluralOf(key: string, set: {has(key: string): boolean}, lx: EntityLookups): boolean {
  for (const [ending, singular] of lx.pluralEndings) {
    if (key.endsWith(ending) && key.length > ending.length + 2 && set.has(key.slice(0, key.length - ending.length) + singular)) return true
  }
  return false
}

/**
 * First token of the name an acronym stands for when it does not spell it by
 * initials (`SYNPCS` for `Syndicat des professionnels de l’information et de
 * la communication`): the nearest organisation head before `to` with the
 * acronym's first letter, its other letters in order in the words after it,
 * in one clause of at most 16 words without a person's name, verb or
 * number; `at` forces where the head must be. -1 when none.
 */
function looseExpansion(tokens: readonly Token[], to: number, letters: string, lx: EntityLookups, at: number): number {
  for (let p = to; p >= 0 && to - p < 16; p--) {
    const t = tokens[p]!
    if (p < to && /[.!?;:()«»"“”]/.test(tokens[p + 1]!.gap)) return -1
    if (t.shape === 'other' || lx.givenNames.has(t.key) || is(t, TITLE)) return -1
    if (t.shape === 'lower' && is(t, STOP) && !isParticle(t, lx) && !lx.conjunctions.has(t.key) && !is(t, ROLE_CONNECTOR)) return -1
    if (t.shape !== 'cap' || !(is(t, ORG_HEAD) || is(t, ORG_CUE)) || t.key[0] !== letters[0] || (at >= 0 && p !== at)) continue
    // The other letters, in order, in the words after the head (of four or more, one may be missing: a misspelt acronym).
    const rest = tokens.slice(p, to + 1).map((w) => w.key).join('').slice(1)
    const inOrder = (skip: number) => {
      let i = 1
      for (let c = 0; c < rest.length && i < letters.length; c++) {
        if (i === skip) i++
        if (rest[c] === letters[i]) i++
      }
      return i >= letters.length || (i === skip && i === letters.length - 1)
    }
    let found = inOrder(-1)
    for (let skip = 1; !found && letters.length >= 4 && skip < letters.length; skip++) found = inOrder(skip)
    return found && p < to ? p : -1
  }
  return -1
}

/** Index of the number inside `tokens[first..last]` after a known place's name (`France 3 Hauts-de-France`), or -1. */
export function numberedAt(words: BlockWords, first: number, last: number, lx: EntityLookups): number {
  for (let q = first + 1; q <= last && q - first <= 4; q++) {
    if (words.tokens[q]!.shape !== 'other') continue
    const head = fold(words.text.slice(words.tokens[first]!.start, words.tokens[q - 1]!.end))
    return lx.places.has(head) ? q : -1
  }
  return -1
}

/** A word ending in a lower-case letter, then a glued elided word (`s’`, `n’`) and a short word: `Mbayes’est`. */
const GLUED = /^(.*[a-zà-ÿ])([snlmjc]['’])([a-zé]{1,6})$/

/** Endings of infinitives (`éviter`, `réunir`, `suspendre`, `recevoir`). */
const INFINITIVE = /(?:er|ir|re)$/

/** Top-level domains that end a site's name (`Seneweb.com`). */
const TLD = new Set(['com', 'net', 'org', 'info', 'sn', 'fr', 'ci', 'ml', 'bf', 'ne', 'tv', 'io', 'co', 'uk', 'be', 'ch', 'ca', 'news', 'africa'])

/**
 * Last token of an organisation name whose head takes a lower-case
 * complement: particles, one lower-case noun, maybe an adjective
 * (`Cour de cassation`, `Conseil de sécurité`, `… du peuple`).
 */
function complementEnd(tokens: readonly Token[], last: number, lx: EntityLookups): number {
  const end = complementChain(tokens, last, lx)
  if (end === last) return end
  for (let q = last + 1; q <= end; q++) if (lx.conjunctions.has(tokens[q]!.key)) return end
  // `Commission de l’aménagement du territoire et du développement durable`, `Conseil de l’ordre des médecins et des pharmaciens`: a
  // complement coordinated with the last one, after a particle (not an article: `la Cour des comptes et le réalignement des priorités`).
  const and = tokens[end + 1]
  const particle = tokens[end + 2]
  if (and === undefined || particle === undefined || and.shape !== 'lower' || !lx.conjunctions.has(and.key) || !SPACE.test(and.gap) || is(particle, ARTICLE) || !isParticle(particle, lx)) return end
  const more = complementChain(tokens, end + 1, lx)
  return more > end + 1 ? more : end
}

/** `complementEnd` without a complement coordinated after the last one. */
function complementChain(tokens: readonly Token[], last: number, lx: EntityLookups): number {
  // At most two complements: `des représentants` + `du peuple`; the first may be two joined by a coordinating word before a particle
  // (`Bureau de suivi et d’évaluation des politiques publiques`, `Direction de la surveillance et du contrôle`).
  let coordinated = false
  for (let round = 0; round < 2; round++) {
    let p = last + 1
    const and = tokens[p]
    const joined = round === 1 && !coordinated && and !== undefined && and.shape === 'lower' && lx.conjunctions.has(and.key) && SPACE.test(and.gap)
    if (joined) p++
    // (A particle, not an article: `la Cour des comptes et le réalignement des priorités` lists two things.)
    if (joined && (p >= tokens.length || is(tokens[p]!, ARTICLE))) return last
    const from = p
    while (p < tokens.length && p - from < 2 && isParticle(tokens[p]!, lx) && joins(tokens[p]!, tokens[p - 1], lx)) p++
    if (p === from || p >= tokens.length) return last
    if (joined) {
      coordinated = true
      round--
    }
    const w = tokens[p]!
    if (w.shape !== 'lower' || !joins(w, tokens[p - 1], lx) || is(w, STOP) || is(w, PARTICLE) || is(w, DATE) || w.key.length < 4) return last
    const next = tokens[p + 1]
    // `permet au Groupe d'éviter une liquidation`: an infinitive and its object, not a complement.
    if (next && SPACE.test(next.gap) && next.shape === 'lower' && next.key.length > 1 && is(next, STOP) && !isParticle(next, lx) && !is(next, ROLE_CONNECTOR) && INFINITIVE.test(w.key)) return last
    if (next && SPACE.test(next.gap) && next.shape === 'lower' && !is(next, STOP) && !lx.speechVerbs.has(next.key) && !isParticle(next, lx) && postAdjectiveEnding(next.key, next.text, lx, true)) return p + 1
    last = p
    if (!(next && SPACE.test(next.gap) && (isParticle(next, lx) || (!coordinated && next.shape === 'lower' && lx.conjunctions.has(next.key))))) return last
  }
  return last
}

/** Longest lower-case complement, in words, that `knownBodyComplementEnd` reads after its connector. */
const BODY_COMPLEMENT_WORDS = 9
/** An ordinal word (`deuxième`, `première`, `premier`). */
const ORDINAL_WORD = /^premi[eè]re?$|i[eè]me$/

/**
 * Last token of a lower-case complement, opened by an organisation connector (`pour`, `aux`), after a head's name `hk..last` whose
 * capitalised complement, after a particle, is a known organisation (`Comité des Nations unies pour l’exercice des droits inaliénables
 * du peuple palestinien`, `Fonds des Nations unies pour l’enfance`); `last` when there is none. The complement holds lower-case words,
 * particles and coordinating words only, and ends at a clause's punctuation, a capitalised word, a place preposition (`aux droits de
 * l’homme à Dakar`) or any other function word (`qui`, `a`); it ends on a word that is no particle nor coordinating word.
 */
function knownBodyComplementEnd(words: BlockWords, hk: number, last: number, lx: EntityLookups): number {
  const {tokens, text} = words
  const connector = tokens[last + 1]
  if (connector === undefined || connector.shape !== 'lower' || !lx.orgConnectors.has(connector.key) || !SPACE.test(connector.gap)) return last
  // The known body closing the name: capitalised words, maybe lower-case adjectives, right after a particle (`des Nations unies`).
  let known = false
  for (let j = last; j > hk + 1 && j >= last - 3 && !known; j--) {
    if (tokens[j]!.shape !== 'cap' || !isParticle(tokens[j - 1]!, lx)) continue
    known = lx.organizations.has(fold(singleSpaced(text.slice(tokens[j]!.start, tokens[last]!.end))))
  }
  if (!known) return last
  let end = last
  for (let p = last + 2; p < tokens.length && p - last - 1 <= BODY_COMPLEMENT_WORDS; p++) {
    const w = tokens[p]!
    if (w.shape !== 'lower' || !joins(w, tokens[p - 1], lx) || CLAUSE_PUNCT.test(w.gap)) break
    const linking = isParticle(w, lx) || lx.conjunctions.has(w.key)
    // (Nor an ordinal, an adverbial's: `pour la deuxième fois`.)
    if (!linking && (is(w, STOP) || is(w, LOC_PREP) || is(w, DATE) || lx.speechVerbs.has(w.key) || ORDINAL_WORD.test(w.key))) break
    if (!linking) end = p
  }
  return end
}

/**
 * Last of at most two lower-case adjectives after the capitalised word `k`
 * (`Fonction publique`, `Enseignement supérieur`), `k` when none: words with
 * an adjective's ending, no function or speech word, of the word's number
 * (not `la Cour des Comptes consacré aux finances`), and not after a known
 * place (not `l’Université de Dakar rouvre`).
 */
function adjectivesEnd(tokens: readonly Token[], k: number, lx: EntityLookups): number {
  if (lx.places.has(tokens[k]!.key)) return k
  const singular = !/[sx]$/.test(tokens[k]!.key)
  let q = k + 1
  for (; q < tokens.length && q - k <= 2; q++) {
    const w = tokens[q]!
    if (w.shape !== 'lower' || !SPACE.test(w.gap) || w.key.length < 4 || is(w, STOP) || lx.speechVerbs.has(w.key) || lx.places.has(w.key)) break
    if (singular ? /[^u]s$/.test(w.key) : !/[sx]$/.test(w.key)) break
    let adjective = false
    // (Endings of three letters or more: folded, `é` and `és` would take any verb: `le Port autonome de Dakar recrute`.)
    for (const e of lx.postAdjectives) if (e.length > 2 && w.key.endsWith(e)) adjective = true
    if (!adjective) break
  }
  return q - 1
}

function afterPortfolio(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  let p = particlesBefore(tokens, k, lx)
  if (p === k - 1) return false
  for (let adj = 0; adj < 3 && p >= 0; adj++, p--) {
    const t = tokens[p]!
    // (`le Ministre de l’Agriculture`: a portfolio head that is a person's role may be capitalised; not `Ministère de la Santé`.)
    const head = lx.portfolio.has(t.key) && (t.shape === 'lower' || (t.shape === 'cap' && is(t, ROLE)))
    // (`le ministère public de Brunswick`: a body named by its place, no portfolio.)
    if (head && (SPACE.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued)) return !(adj === 1 && lx.jurisdictions.has(t.key + ' ' + tokens[p + 1]!.key))
    // (A head of words elided into a capitalised one, then a participle: `secrétaire d’État chargé du Numérique`.)
    if (adj > 0 && t.glued && p > 1 && tokens[p - 2]!.shape === 'lower' && lx.portfolio.has(tokens[p - 2]!.key + ' ' + tokens[p - 1]!.key + t.key)) return true
    if (t.shape !== 'lower' || !(SPACE.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued)) return false
    if (isParticle(t, lx)) return false
  }
  return false
}

function make(words: BlockWords, first: number, last: number, type: EntityType | null, acronym?: boolean): Candidate {
  const a = words.tokens[first]!
  const b = words.tokens[last]!
  return candidate(words.index, first, last, a.start, b.end, words.text.slice(a.start, b.end), type, acronym ?? (first === last && a.shape === 'upper'))
}

/**
 * A new candidate, every field set (the optional ones undefined) in one order:
 * candidates of one shape keep the code that reads them fast (V8 gives objects
 * whose fields were added in other orders other maps, and the readers go slow).
 */
export function candidate(block: number, first: number, last: number, start: number, end: number, form: string, type: EntityType | null, acronym: boolean): Candidate {
  return {block, first, last, start, end, form, type, sure: false, unconfirmed: false, acronym, lead: undefined, title: undefined, role: undefined, canonical: undefined, pair: undefined, listed: undefined}
}

/**
 * Whether `t`, a capitalised word opening a sentence, ends like a participle or an adverb (`openingWordEndings`: `Voyant`,
 * `Évoquant`) and no list knows it (no given name, surname, place or organisation: `Bryant`, `Constant`), before a given name the
 * lists know, right after it: the sentence's first word, no part of the name.
 */
const ITEM_NUMBER = /^\d{1,2}$/
function openingParticiple(t: Token, next: Token, lx: EntityLookups): boolean {
  if (t.shape !== 'cap' || next.shape !== 'cap' || !isSpaceGap(next.gap) || !lx.givenNames.has(next.key)) return false
  if (lx.givenNames.has(t.key) || lx.surnames.has(t.key) || lx.places.has(t.key) || lx.organizations.has(t.key)) return false
  for (const e of lx.openingEndings) if (t.key.length >= e.length + 3 && t.key.endsWith(e)) return true
  return false
}

/** Strips common words and titles from the span `first..last`; returns the candidate or null. */
function finish(words: BlockWords, first: number, last: number, lx: EntityLookups, lowerSeen: ReadonlySet<string>, listed = false): Candidate | null {
  const {tokens} = words
  let a = first
  let initial = tokens[a]!.initial
  const labelled = tokens[a]!.gap.includes('|') && is(tokens[a]!, ARTICLE) && last > a
  // `British Airways`: a demonym inside an organisation's name stays.
  let hasCue = false
  // (`British Chambers of Commerce`: so is one before a name that holds a function word no person's name holds.)
  for (let q = first + 1; q <= last; q++) if (is(tokens[q]!, ORG_CUE) || is(tokens[q]!, LOC_CUE) || (q > first + 1 && tokens[q]!.shape === 'lower' && is(tokens[q]!, STOP) && !is(tokens[q]!, NAME_PARTICLE) && !is(tokens[q]!, ARTICLE))) hasCue = true
  // (`the Spanish FA`, `the Bulgarian FA`: so is a country's demonym right before an acronym of two letters no list knows, a
  // national body's; not a thing's, `British TV`, `American IT`, nor a known body's, `Turkish EU`.)
  if (!hasCue && nationalBody(tokens, last, lx)) hasCue = true
  // `l’ONG Leaders For Peace`: a kind of organisation written as an acronym before the name is no part of it, and types it.
  let kind = false
  // Common words opening a sentence (`Selon`, `Cette`, `But`).
  while (a <= last && !labelled) {
    const t = tokens[a]!
    // (`Advisors Goldman Sachs are understood…`: one capitalised word opening a sentence before a known organisation's name of several
    // words, when the whole is no known name and the word no name of a list, is a common noun, no part of it.)
    if (initial && a === first && last > a + 1 && t.shape === 'cap' && knownTail(words, a, last, lx)) {
      a++
      initial = false
      continue
    }
    if (a < last && t.shape === 'upper' && is(t, ORG_NOUN) && tokens[a + 1]!.shape !== 'lower') {
      a++
      initial = false
      kind = true
      continue
    }
    // (`le Général de Brigade Moussa Soumaré`: a title of several words, its particle inside, is read below as a title.)
    if (t.shape === 'cap' && is(t, TITLE_HEAD) && a + 2 < last && titleAt(tokens, a, lx.titles, lx.titleWords) > 2) break
    // `Coordonnateur de PASTEF`: a role opening a line, then its organisation.
    if (a < last && (is(t, ROLE) || is(t, TITLE)) && isParticle(tokens[a + 1]!, lx)) {
      a++
      initial = false
      while (a <= last && isParticle(tokens[a]!, lx)) a++
      continue
    }
    // `Voyant Ousmane Sonko reçu par…`, `Évoquant Macky Sall,`: a participle opening a sentence before a given name is no word of it.
    // (`2° Voyant`, `1. Évoquant`: so after a number opening a line, an item's number.)
    if ((initial || (a > 0 && tokens[a - 1]!.initial && ITEM_NUMBER.test(tokens[a - 1]!.text))) && a === first && a < last && openingParticiple(t, tokens[a + 1]!, lx)) {
      a++
      initial = false
      continue
    }
    // `Originaire de Thiès,`, `Proche de Macky Sall,`, `Décès de Moctar Dème` (a heading): a sentence's first word that no list
    // knows (no name, cue, head or event), a particle, then a known name or a given name: the name alone.
    if (initial && a === first && a < last && t.shape === 'cap' && isParticle(tokens[a + 1]!, lx) && !inLists(lx, t.key, OPENING_WORD_STOPS)) {
      let p = a + 1
      while (p <= last && isParticle(tokens[p]!, lx)) p++
      const w = tokens[p]
      // (Before a comma, a colon or at the end of its line only, as an opening phrase or a heading, `Réunion du Pastef : …`: not
      // `Republic of Ireland manager`.)
      const after = tokens[last + 1]
      const closes = after === undefined || /^\s*[,:]|\n/.test(after.gap)
      if (closes && w !== undefined && p <= last && w.shape !== 'lower' && (lx.givenNames.has(w.key) || lx.places.has(w.key) || lx.organizations.has(w.key) || lx.longNames.has(w.key))) {
        a = p
        initial = false
        continue
      }
    }
    // `European Council`: a demonym before an organisation word is part of its name.
    // (`Frenchman Arnaud Clement`: a person noun before two words or more is not; `Finn Russell`, `Dane Coles` are names.)
    // (`firms such as Swiss Re`: a listed organisation's name keeps its demonym.)
    // (`A. Ndao a été arrêté`: an initial opening a sentence is no stop word.)
    if (initialAt(tokens, a) && a < last) break
    // (`AT&T`: a word in capitals joined by `&` to the next is a letter of a firm's name, no common word.)
    if (a < last && t.shape === 'upper' && tokens[a + 1]!.gap.includes('&')) break
    // (`L’Université Gaston Berger de Saint-Louis`: an organisation head before a given name and more words names a body after the
    // person, though the article writes the head in lower case elsewhere.)
    if (a === first && a + 1 < last && t.shape === 'cap' && is(t, ORG_HEAD) && isSpaceGap(tokens[a + 1]!.gap) && lx.givenNames.has(tokens[a + 1]!.key)) break
    const common = !((hasCue || listed) && lx.demonyms.has(t.key)) && (is(t, STOP) || is(t, NOT_NAME) || is(t, DATE) || (lx.demonyms.has(t.key) && !(a === last && lx.places.has(t.key))) || (is(t, PERSON_NOUN) && a < last - 1)) || (initial && t.shape === 'cap' && lowerSeen.has(t.key) && !is(t, TITLE) && !lx.places.has(t.key))
    if (!common) break
    // (`la gare du Nord`, `place de la République`: a common word after a place noun and its `de` names the place with them.)
    // (`la gare de l’Est`: `est` is also a verb.)
    if (t.shape === 'cap' && (is(t, NOT_NAME) || is(t, STOP)) && (afterPlaceNounOf(tokens, a, lx) || compassRegion(tokens, a, lx))) break
    // (`South Korea's Hyundai`, `New Zealand rugby` opening a sentence: a common word opening a known place's or organisation's name stays.)
    if (a < last && !is(t, STOP) && knownOpening(words, a, Math.min(last, a + 3), lx, true)) break
    // (`Saudi Arabia`, `Kyrgyz Republic`: a demonym opening a known place's or organisation's name stays.)
    if (a < last && lx.demonyms.has(t.key)) {
      const whole = fold(words.text.slice(t.start, tokens[last]!.end))
      if (lx.places.has(whole) || lx.organizations.has(whole)) break
    }
    if (!initial && is(t, ARTICLE) && a < last) break
    // (`Le Monde revient sur …`, `Le Quotidien titre …`: an article opening a sentence stays on a known organisation's name that
    // is the whole span; not on a longer name one opens, `The Guardian Media Group`.)
    // `the Sunday Times`, `The Sunday Telegraph`, `Sunday Telegraph journalist`: a day's name after an article, or before
    // an organisation word, opens a title.
    if (a < last && lx.weekdays.has(t.key) && t.shape === 'cap' && ((a > 0 && is(tokens[a - 1]!, ARTICLE) && SPACE.test(t.gap)) || (a + 1 === last && is(tokens[a + 1]!, ORG_CUE)))) break
    // (`JT de TF1`: an ALL-CAPS common word still goes.)
    // (`procureur de la République de Dijon`: a common word, a singular particle, then the name: the name alone; not `République des Valeurs`.)
    if (!initial && is(t, NOT_NAME) && !is(t, STOP) && !lx.demonyms.has(t.key) && a < last && !is(t, DATE) && t.shape !== 'upper' && !(isParticle(tokens[a + 1]!, lx) && !/s$/.test(tokens[a + 1]!.key) && !is(t, ORG_CUE))) break
    if (is(t, TITLE) && a < last) break
    a++
    initial = false
    // Drop the particles that followed it.
    while (a <= last && isParticle(tokens[a]!, lx)) a++
  }
  // A bill is no entity: `the Prevention of Terrorism Bill`, `the Finance Bill` (not a given name opening a name: `Bill Clinton`).
  if (last > first && tokens[last]!.shape === 'cap' && lx.lawWords.has(tokens[last]!.key)) return null
  // Events are not entities: `FA Cup`, `Rugby World Cup`, `Coupe du monde`.
  for (let q = first; q <= last; q++) {
    if (tokens[q]!.shape === 'lower' || !is(tokens[q]!, EVENT)) continue
    // `the Sydney Olympics`: the place where it happens stays.
    if (q > a && lx.places.has(fold(words.text.slice(tokens[a]!.start, tokens[q - 1]!.end)))) return make(words, a, q - 1, null)
    return null
  }
  if (a > last) return null
  // Titles and roles: `Général Sadio Camara`, `Foreign Secretary Jack Straw`, `M. Diallo`.
  let title: string | undefined
  let b = a
  for (let guard = 0; guard < 4 && b < last; guard++) {
    const n = Math.max(titleAt(tokens, b, lx.titles, lx.titleWords), titleAt(tokens, b, lx.roles, lx.roleWords))
    // (`US carmaker General Motors`, `General Electric`, `GENERAL MOTORS ACCEPTANCE CORP`: a title that opens a known
    // organisation's name is its first word.)
    if (n > 0 && tokens[b]!.shape !== 'lower' && knownOpening(words, b, Math.min(last, b + 3), lx, false)) break
    if (n > 0 && b + n > last) return null
    // `Pape Natango Guèye`: a title that is also a given name, before two names, is the given name; so before one known surname
    // (`Pape Sarr`, `Pape Mbaye`, `Cheikh Ndiaye`; not `Pape François`).
    if (n === 1 && tokens[b]!.shape === 'cap' && lx.givenNames.has(tokens[b]!.key) && tokens[b + 1]!.shape === 'cap' && tokens[last]!.shape === 'cap' && (last - b >= 2 || lx.surnames.has(tokens[last]!.key))) break
    if (n > 0 && isParticle(tokens[b + n]!, lx)) break
    // (`Centre for Economic Reform`: an organisation head that is also a role, before a lower-case word, is the head.)
    if (n === 1 && tokens[b + 1]!.shape === 'lower' && is(tokens[b]!, ORG_HEAD)) break
    if (n === 0 || b + n > last) {
      // One modifier before a role: `Foreign Secretary`, `Defence Minister`.
      if (guard === 0 && b + 1 < last) {
        const n2 = titleAt(tokens, b + 1, lx.roles, lx.roleWords)
        if (n2 > 0 && b + 1 + n2 > last && !is(tokens[b]!, ORG_HEAD) && !is(tokens[b]!, ORG_CUE)) return null
        if (n2 > 0 && b + 1 + n2 <= last && !is(tokens[b]!, ORG_HEAD) && !is(tokens[b]!, ORG_CUE) && !isParticle(tokens[b + 1 + n2]!, lx)) {
          b = b + 1 + n2
          continue
        }
        // `Lib Dem MP Lembit Opik`: a known organisation of two words before the role.
        const n3 = n2 === 0 && b + 2 < last && knownPair(words, b, lx) ? titleAt(tokens, b + 2, lx.roles, lx.roleWords) : 0
        if (n3 > 0 && b + 2 + n3 <= last && !isParticle(tokens[b + 2 + n3]!, lx)) {
          b = b + 2 + n3
          continue
        }
      }
      break
    }
    b += n
  }
  // `National Executive Committee`, `Justice Department`: a role before an organisation's head alone is the head's name, no title.
  if (b === last && b > a && tokens[last]!.shape === 'cap' && is(tokens[last]!, ORG_HEAD)) b = a
  const lead = a
  if (b > a) {
    title = words.text.slice(tokens[a]!.start, tokens[b - 1]!.end)
    a = b
    initial = false
  }
  // Trailing particles, roles and common words cannot end a name (`Labour MPs`).
  let z = last
  // (`Office of the Deputy Prime Minister`: a title after a head and a particle stays.)
  const titled = is(tokens[a]!, ORG_HEAD) && titledEnd(tokens, a, last, lx)
  // `Conservative Shadow chancellor Oliver Letwin`: a role that opens in the name and ends after it.
  if (!titled && z > a && tokens[z]!.shape === 'cap' && titleAt(tokens, z, lx.roles, lx.roleWords) > 1) z--
  if (!titled && z > a && trimmable(tokens[z]!, lx)) {
    // (Cheapest first: the bits and look-ups of a word or two, then the compass place, then the whole name folded.)
    // Not a compass word after a particle in an organisation's name: `Banque alimentaire du Nord`.
    const compass = z - 1 > a && tokens[z]!.shape === 'cap' && is(tokens[z]!, NOT_NAME) && !is(tokens[z]!, ROLE) && isParticle(tokens[z - 1]!, lx) && (is(tokens[a]!, ORG_HEAD) || is(tokens[a]!, ORG_CUE))
    // Nor a surname that is also a month after a given name: `Theresa May`, `James May` (not `Tony Award`, `Brent South`); nor one
    // that is another common word, below the headline: `Chris Day`, `Stephen Pound` (a headline runs a name into a noun: `Ken Nazi jibe`).
    const surname = z === a + 1 && tokens[a]!.shape === 'cap' && lx.givenNames.has(tokens[a]!.key) && tokens[z]!.shape === 'cap' && !lx.weekdays.has(tokens[z]!.key) &&
      (is(tokens[z]!, DATE) || (words.index > 0 && is(tokens[z]!, NOT_NAME) && !is(tokens[z]!, ROLE) && !is(tokens[z]!, STOP)))
    // Nor an organisation word in capitals after a name no list makes a demonym or a common word: `Fox TV`, `Channel TV` (not `German TV`).
    const channel = z === last && tokens[z]!.shape === 'upper' && is(tokens[z]!, ORG_CUE) && isSpaceGap(tokens[z]!.gap) && tokens[z - 1]!.shape === 'cap' && !lx.demonyms.has(tokens[z - 1]!.key) && !lowerSeen.has(tokens[z - 1]!.key) && !is(tokens[z - 1]!, NOT_NAME)
    // Nor a compass word that names a seat or a district with the town before it: `Leicester South`, `Dundee East`.
    if (!compass && !surname && !channel && !compassPlace(tokens, words.text, a, z, lx)) {
      // Nor from a known name: `Middle East`, `BBC One`.
      const whole = fold(words.text.slice(tokens[a]!.start, tokens[last]!.end))
      // (Nor a common word after a place noun and its `de`, capitalised or not: `Boulevard de la République`, `la place de la Nation`.)
      if (!lx.organizations.has(whole) && !lx.places.has(whole)) while (z > a && trimmable(tokens[z]!, lx) && !(tokens[z]!.shape === 'cap' && afterPlaceNounOf(tokens, z, lx))) z--
    }
  }
  // `MUCH MORE`: function words only.
  let content = false
  for (let q = a; q <= z && !content; q++) content = !is(tokens[q]!, STOP)
  if (!content && a === z && tokens[a]!.shape === 'cap' && afterPlaceNounOf(tokens, a, lx)) content = true
  if (!content) return null
  const c = make(words, a, z, null)
  // `Modou Mbayes’est confié`, `Cheikh Cissén’a pas`: a scraper glued the next words (an elided pronoun and a verb) to the name.
  // (Read only for a word with an apostrophe: most have none.)
  const glued = tokens[z]!.text.length > 3 && joinMark(tokens[z]!.text) ? GLUED.exec(tokens[z]!.text) : null
  if (glued && (lx.stopWords.has(fold(glued[3]!)) || lx.auxiliaries.has(fold(glued[3]!))) && (z > a || glued[1]!.length > 2)) {
    c.end = tokens[z]!.start + glued[1]!.length
    c.form = words.text.slice(c.start, c.end)
  }
  if (title) {
    c.title = title
    c.lead = lead
  }
  if (kind) c.type = 'organization'
  const key = fold(c.form)
  if (a === z) {
    const t = tokens[a]!
    if (t.end - t.start < 2) return null
    // `DVDs`, `PVRs`: a plural acronym is a common noun.
    if (t.text.charCodeAt(t.text.length - 1) === 115 && RX5().test(t.text)) return null
    // `C'était`, `N'est`: an elided word glued to a verb or pronoun.
    const apo = t.key.indexOf("'")
    if (apo === 1 && !lx.elisions.includes(t.key.slice(0, 2)) && lx.stopWords.has(t.key.slice(2))) return null
    // ALL-CAPS words that are common words (`NOTE`) or too long for an acronym.
    if (t.shape === 'upper' && !lx.places.has(key) && !lx.organizations.has(key) && (lowerSeen.has(key) || t.key.replace(/[^a-z]/g, '').length > 6)) return null
    // An organisation word alone (`la TV`, `une ONG`) names none, unless known (`ONU`).
    if ((lx.notNames.has(key) && !afterPlaceNounOf(tokens, a, lx) && !compassRegion(tokens, a, lx)) || lx.dateWords.has(key) || lx.roles.has(key) || (lx.titles.has(key) && !title) || (t.shape === 'upper' && lx.orgCues.has(key) && !lx.organizations.has(key))) return null
    if (lx.stopWords.has(key) && t.shape !== 'upper' && !(t.shape === 'cap' && afterPlaceNounOf(tokens, a, lx))) return null
    if (t.shape === 'cap' && initial && !title) c.unconfirmed = true
  } else if (lx.notNames.has(key)) return null
  // (A people's name that is also a known place's, `Suisse`, `Argentine`, `Djibouti`, is the place.)
  if (lx.demonyms.has(key) && !lx.places.has(key)) return null
  return c
}

/**
 * Whether the word at `k` is a capitalised side of the compass after a place preposition that ends in an article (`dans le Nord`,
 * `vers le Sud`): the region of that side, a place (French; `dans le nord du pays` is no name).
 */
export function compassRegion(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const t = tokens[k]!
  const article = tokens[k - 1]
  const prep = tokens[k - 2]
  // (Not before `de`: `dans le Nord du pays`, `le Sud du Mali` name a side of a place, as `le Centre du pays` does.)
  const next = tokens[k + 1]
  if (next !== undefined && isParticle(next, lx) && SPACE.test(next.gap)) return false
  return t.shape === 'cap' && lx.compass.has(t.key) && article !== undefined && prep !== undefined && is(article, ARTICLE) && article.shape === 'lower' && prep.shape !== 'upper' && SPACE.test(t.gap) && SPACE.test(article.gap) && lx.locPreps.has(`${prep.key} ${article.key}`)
}

/** Whether an organisation noun comes just before `k`, maybe with particles (`le club de Dakar Sacré-Cœur`). */
/** Whether `tokens[a..last]` ends with a title of several words after a particle (`Office of the Prime Minister`). */
function titledEnd(tokens: readonly Token[], a: number, last: number, lx: EntityLookups): boolean {
  for (let j = Math.max(a + 2, last - 2); j <= last; j++) {
    const n = Math.max(titleAt(tokens, j, lx.titles, lx.titleWords), titleAt(tokens, j, lx.roles, lx.roleWords))
    if (n > 1 && j + n - 1 === last && isParticle(tokens[j - 1]!, lx)) return true
  }
  return false
}

/** Whether a coordinating word stands among `tokens[from..to - 1]`. */
function conjunctionIn(tokens: readonly Token[], from: number, to: number, lx: EntityLookups): boolean {
  for (let r = from; r < to; r++) if (lx.conjunctions.has(tokens[r]!.key)) return true
  return false
}

/** How many words of a title or a role open at `q` (0 when none). */
function roleSpan(tokens: readonly Token[], q: number, lx: EntityLookups): number {
  return Math.max(titleAt(tokens, q, lx.titles, lx.titleWords), titleAt(tokens, q, lx.roles, lx.roleWords))
}

/** Whether the word at `q` may qualify a role after it (`Trade` in `Trade Commissioner`): capitalised, after a capitalised word, and no body's, place's or person's name nor part of one. */
function roleModifier(tokens: readonly Token[], q: number, lx: EntityLookups): boolean {
  const t = tokens[q]!
  const before = tokens[q - 1]
  // (Nor the last word of a known name of several words: `New York Governor`, `Puerto Rico Governor`.)
  return t.shape === 'cap' && before !== undefined && before.shape !== 'lower' && SPACE.test(t.gap) && SPACE.test(tokens[q + 1]!.gap) && !inLists(lx, t.key, MODIFIER_STOPS) && !lx.longNames.has(before.key)
}

/** Lists of words that name something themselves, never a role's modifier. */
const MODIFIER_STOPS: readonly WordList[] = ['orgCues', 'orgHeads', 'places', 'organizations', 'givenNames', 'locCues']

/** Whether a capitalised title or role opens at `q`, then a given name and a capitalised surname on the same line (`Chairman Paul Volcker`). */
function personAfterRole(tokens: readonly Token[], q: number, lx: EntityLookups): boolean {
  const n = roleSpan(tokens, q, lx)
  const g = tokens[q + n]
  const s = tokens[q + n + 1]
  return n > 0 && g !== undefined && s !== undefined && g.shape === 'cap' && s.shape === 'cap' && SPACE.test(g.gap) && SPACE.test(s.gap) && lx.givenNames.has(g.key) && !is(g, TITLE)
}

/**
 * The index of a lower-case noun of a body that ends the name `a..last`, or -1: one of `localBodyNouns` right after a place's or
 * another name no list makes a body's (`Norfolk police`, `the Metropolitan police`), or one of `remitBodyNouns` after a body's name
 * and one to four lower-case words of its remit (`Commons education select committee`; not `the ODPM committee`, a body's
 * committee of no name). Not after a country's, a people's or a person's name (`UK police`, `British police` name no one body),
 * nor a sentence's first word no list knows (`Local police`).
 */
function bodyNounEnd(words: BlockWords, a: number, last: number, lx: EntityLookups): number {
  if (lx.localBodyNouns.size === 0 && lx.remitBodyNouns.size === 0) return -1
  const {tokens} = words
  const next = tokens[last + 1]
  if (next === undefined || next.shape !== 'lower' || !SPACE.test(next.gap)) return -1
  const first = tokens[a]!
  const name = fold(words.text.slice(first.start, tokens[last]!.end))
  if (first.shape === 'lower' || lx.givenNames.has(first.key) || lx.demonyms.has(first.key) || lx.countries.has(name) || is(first, TITLE)) return -1
  let body = lx.organizations.has(name) || first.shape === 'upper'
  for (let q = a; q <= last && !body; q++) body = is(tokens[q]!, ORG_CUE)
  if (!body) return lx.localBodyNouns.has(next.key) && (!first.initial || lx.places.has(name)) ? last + 1 : -1
  for (let q = last + 2; q < tokens.length && q - last <= 5; q++) {
    const t = tokens[q - 1]!
    if (t.shape !== 'lower' || !SPACE.test(t.gap) || (is(t, STOP) && !lx.conjunctions.has(t.key)) || is(t, ROLE) || lx.speechVerbs.has(t.key) || t.key.length < 3) return -1
    const u = tokens[q]!
    if (u.shape !== 'lower' || !SPACE.test(u.gap)) return -1
    if (lx.remitBodyNouns.has(u.key)) return q
    // (A noun of two words, `select committee`, after one remit word at least: `the Commons education select committee`; not `a
    // Commons select committee`, a committee of no name.)
    const v = tokens[q + 1]
    if (q > last + 1 && v !== undefined && v.shape === 'lower' && SPACE.test(v.gap) && lx.remitBodyNouns.has(u.key + ' ' + v.key)) return q + 1
  }
  return -1
}

function orgNounJustBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  let p = k - 1
  for (let n = 0; n < 2 && p >= 0 && isParticle(tokens[p]!, lx) && (SPACE.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued); n++) p--
  const t = tokens[p]
  return t !== undefined && t.shape === 'lower' && SPACE.test(tokens[p + 1]!.gap) && is(t, ORG_NOUN)
}

/**
 * Whether the word at `k`, capitalised inside a sentence and no known name,
 * title or role, comes before an adjective of institutions in lower case
 * (`Garde nationale`, `Sécurité sociale`, `Garde révolutionnaire`).
 */
function institutionalAdjective(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const t = tokens[k]!
  const u = tokens[k + 1]
  // (Not two words glued by a scraper: `MontrougePolicière`.)
  // (The adjective first: most words after a name are none, and the test of capitals copies the word.)
  if (t.shape !== 'cap' || t.initial || t.key.length < 4 || !u || u.shape !== 'lower' || !lx.institutionAdjectives.has(u.key) || !SPACE.test(u.gap) || t.text.slice(1) !== t.text.slice(1).toLowerCase()) return false
  return !inLists(lx, t.key, ADJECTIVE_HEAD_STOPS)
}

/**
 * Whether the word at `k` is a given name the lists know after an article in lower case and before an adjective of
 * institutions (`la Marine nationale`): an institution's name, not a person's (`institutionalAdjective` leaves out given names).
 */
function articledGivenInstitution(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const t = tokens[k]!
  const a = tokens[k - 1]
  const u = tokens[k + 1]
  if (!a || !u || a.shape !== 'lower' || !is(a, ARTICLE) || !isSpaceGap(t.gap) || t.shape !== 'cap' || t.initial || !lx.givenNames.has(t.key)) return false
  return u.shape === 'lower' && SPACE.test(u.gap) && lx.institutionAdjectives.has(u.key) && !lx.places.has(t.key) && !lx.organizations.has(t.key)
}

/**
 * First token of a lower-case kind of institution (`tribunal de grande
 * instance`, `cour d’appel`, `lycée`) right before `de`/`du`/`d’` (maybe with
 * an article) and the name at `k`, or right before the name (`lycée Blaise
 * Diagne`), or of an establishment right before the name it bears (`hôpital
 * Dalal Jamm`: `namedEstablishments`), or -1.
 */
function institutionBefore(tokens: readonly Token[], k: number, lx: EntityLookups): number {
  // `l’hôpital Dalal Jamm`, `la clinique Pasteur`: an establishment right before the name it bears.
  const d = tokens[k - 1]
  if (d !== undefined && d.shape === 'lower' && lx.namedEstablishments.has(d.key) && SPACE.test(tokens[k]!.gap)) return k - 1
  if (lx.institutionWords === 0) return -1
  let p = k - 1
  // `de`, `du`, `des`, `d’`, `de la`, `de l’`.
  for (let n = 0; n < 2 && p >= 0 && isParticle(tokens[p]!, lx) && (SPACE.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued); n++) p--
  // (`le lycée Blaise Diagne`, `l’université Cheikh Anta Diop`: or right before the name.)
  if (p < 0 || (!SPACE.test(tokens[p + 1]!.gap) && !tokens[p + 1]!.glued)) return -1
  for (let s = Math.max(0, p - lx.institutionWords + 1); s <= p; s++) {
    if (tokens[s]!.shape === 'lower' && titleAt(tokens, s, lx.institutions, lx.institutionWords) === p - s + 1) {
      // (`la capitaine de gendarmerie Amel Ayoubi`: a kind after a role and a particle, right before the name, is the person's rank.)
      if (p === k - 1 && s > 1 && isParticle(tokens[s - 1]!, lx) && (is(tokens[s - 2]!, ROLE) || is(tokens[s - 2]!, TITLE))) return -1
      return s
    }
  }
  return -1
}

/** The last token of the institution noun opening at the lower-case word `s` (`tribunal de grande instance`), or -1. */
function institutionEnd(tokens: readonly Token[], s: number, lx: EntityLookups): number {
  const n = titleAt(tokens, s, lx.institutions, lx.institutionWords)
  return n > 0 ? s + n - 1 : -1
}

/**
 * The last token of an institution noun that opens in lower case before the capitalised word `k` and ends at `k` or after it,
 * within `k..last` (`tribunal de Grande Instance`, `tribunal d’Instance`), or -1.
 */
function institutionInto(tokens: readonly Token[], k: number, last: number, lx: EntityLookups): number {
  if (lx.institutionWords < 2) return -1
  for (let s = Math.max(0, k - lx.institutionWords + 1); s < k; s++) {
    if (tokens[s]!.shape !== 'lower') continue
    const z = institutionEnd(tokens, s, lx)
    if (z >= k && z <= last) return z
  }
  return -1
}

/** The last token of the place named after the institution noun ending at `z` (`de Thiès`, `de Saint-Louis`), within or after the span ending at `last`; `z` when none. */
function placeAfterInstitution(tokens: readonly Token[], z: number, last: number, lx: EntityLookups): number {
  if (last > z) return last
  let p = z + 1
  for (let n = 0; n < 2 && p < tokens.length && isParticle(tokens[p]!, lx) && SPACE.test(tokens[p]!.gap); n++) p++
  if (p === z + 1 || p >= tokens.length || tokens[p]!.shape !== 'cap' || !(SPACE.test(tokens[p]!.gap) || tokens[p]!.glued)) return z
  while (p + 1 < tokens.length && tokens[p + 1]!.shape === 'cap' && SPACE.test(tokens[p + 1]!.gap)) p++
  return p
}

/** Whether `tokens[from..to]` are adjectives (`Occidentale Française`): a place's name goes on. */
export function adjectivesOnly(tokens: readonly Token[], from: number, to: number, lx: EntityLookups): boolean {
  for (let q = from; q <= to; q++) {
    const t = tokens[q]!
    if (!(lx.demonyms.has(t.key) || (t.key.length > 5 && !t.key.includes('-') && lx.postAdjectives.some((e) => e.length > 2 && t.key.endsWith(e))))) return false
  }
  return true
}

/** Whether a last word is dropped from a name (`Labour MPs`), unless it ends a site name or is a number. */
function trimmable(t: Token, lx: EntityLookups): boolean {
  // `Secours International`: a capitalised organisation word that is also a role stays.
  // `Marodi TV`: an upper-case organisation word that is a name word ends the name (English lists `tv` as not a name: `German TV`).
  return t.gap !== '.' && t.shape !== 'other' && !(t.shape === 'upper' && is(t, ORG_CUE) && !is(t, NOT_NAME)) && (isParticle(t, lx) || (is(t, ROLE) && !(t.shape === 'cap' && ((is(t, ORG_CUE) && !is(t, TITLE)) || t.text.slice(1) === t.key.slice(1)))) || is(t, NOT_NAME) || is(t, DATE) || (t.shape === 'cap' && is(t, STOP)))
}

/** Whether the words `tokens[from..to]` are all written in capitals (`PIRE NIVEAU`, `À SON`). */
export function inCapitals(tokens: readonly Token[], from: number, to: number): boolean {
  for (let q = from; q <= to; q++) if (tokens[q]!.shape !== 'upper' && tokens[q]!.end - tokens[q]!.start > 1) return false
  return true
}

/**
 * Whether `tokens[a..z]` is a place named with points of the compass (`compassWords`): a known place then capitalised compass words
 * (`Leicester South`, `Coventry North East`: a seat, a district), or
 * compass words then a known place (`North Dorset`, `South West Edinburgh`). Not a country (`Korea North`).
 */
export function compassPlace(tokens: readonly Token[], text: string, a: number, z: number, lx: EntityLookups): boolean {
  if (z <= a || lx.compass.size === 0) return false
  for (let q = a + 1; q <= z; q++) if (!isSpaceGap(tokens[q]!.gap)) return false
  let p = z
  while (p > a && compassWord(tokens[p]!, lx)) p--
  // (Not after a word no list knows: `Kanye West`, `Oliver North` are people.)
  if (p < z) return knownPlaceNoCountry(tokens, text, a, p, lx)
  p = a
  while (p < z && compassWord(tokens[p]!, lx)) p++
  return p > a && knownPlaceNoCountry(tokens, text, p, z, lx)
}

/**
 * Whether `t` is a capitalised compass word (`North`, `Sud`). `compassPlace`'s helpers are module functions, not closures made
 * per call: under a loader that keeps function names (tsx, as the tests run; not the benchmark, which bundles `src` with
 * esbuild), each closure made costs a `defineProperty` of about a microsecond.
 */
function compassWord(t: Token, lx: EntityLookups): boolean {
  return t.shape === 'cap' && lx.compass.has(t.key)
}

/** Whether the words `tokens[from..to]` of `text` are a known place that is not a country. */
function knownPlaceNoCountry(tokens: readonly Token[], text: string, from: number, to: number, lx: EntityLookups): boolean {
  const key = fold(text.slice(tokens[from]!.start, tokens[to]!.end))
  return lx.places.has(key) && !lx.countries.has(key)
}

/**
 * Whether the lower-case word `tokens[q]` goes on an organisation head's name (`candidatesOf`): never a weekday or a month, nor
 * an article after a word that is no particle or connector; a particle, a connector, or (`headOnly`: the head is the name's
 * only capitalised word so far) any word that is no stop word. A module function, not a closure made per head: under tsx,
 * which keeps function names, each closure made costs a `defineProperty` of about a microsecond.
 */
function headWordJoins(tokens: readonly Token[], q: number, headOnly: boolean, lx: EntityLookups): boolean {
  const w = tokens[q]!
  const before = tokens[q - 1]!
  return !is(w, DATE) && !(is(w, ARTICLE) && !isParticle(before, lx) && !((is(before, ROLE_CONNECTOR) || lx.orgConnectors.has(before.key)) && !lx.conjunctions.has(before.key))) && (isParticle(w, lx) || lx.orgConnectors.has(w.key) || (is(w, ROLE_CONNECTOR) && (headOnly || !is(w, STOP))) || (headOnly && !is(w, STOP)))
}

/**
 * Whether the lower-case words before `q` end with a place preposition (maybe with its article) and `q` opens a known place's name
 * (`Conseil consultatif des organisations islamiques en Malaisie`, `le Centre aux Vosges`), or a body's head after a known body's
 * whole name `k..last` (`Front national au Parlement`): where the body is, no part of its name.
 */
function placedAfter(words: BlockWords, k: number, last: number, q: number, lx: EntityLookups): boolean {
  const {tokens, text} = words
  let r = q - 1
  if (is(tokens[r]!, ARTICLE)) r--
  const prep = tokens[r]!
  if (r <= last || prep.shape !== 'lower' || !is(prep, LOC_PREP)) return false
  // (Not after a connector of the body's remit, whose object the place may qualify: `Comité de soutien aux réfugiés au Liban`.)
  for (let j = last + 1; j < r; j++) if (lx.orgConnectors.has(tokens[j]!.key)) return false
  const w = tokens[q]!
  // (After a weak preposition, only a country: `Programme d’accélération de l’adaptation en Afrique` names a continent in its remit.)
  const two = q + 1 < tokens.length && SPACE.test(tokens[q + 1]!.gap) ? fold(text.slice(w.start, tokens[q + 1]!.end)) : ''
  const place = (key: string) => (lx.weakLocPreps.has(prep.key) ? lx.countries.has(key) : lx.places.has(key))
  if (place(w.key) || (two !== '' && place(two))) return true
  return r === last + 1 && is(w, ORG_HEAD) && lx.organizations.has(fold(singleSpaced(text.slice(tokens[k]!.start, tokens[last]!.end))))
}

/** Whether `tokens[a..z]` is two known places joined by `&` (`Folkestone & Hythe`, `Trinidad & Tobago`), one place. */
export function placePair(tokens: readonly Token[], a: number, z: number, lx: EntityLookups): boolean {
  if (z !== a + 1 || !lx.places.has(tokens[a]!.key)) return false
  // `Rosso Sénégal`, `Rosso Mauritanie`: a town and the country it lies in, which tells it from its namesake across a border.
  if (SPACE.test(tokens[z]!.gap) && tokens[a]!.shape === 'cap' && tokens[z]!.shape === 'cap' && lx.countries.has(tokens[z]!.key) && !lx.countries.has(tokens[a]!.key)) return true
  return tokens[z]!.gap.includes('&') && AMP.test(tokens[z]!.gap) && lx.places.has(tokens[z]!.key)
}

/** Known words that are no part of a person's name before a given name (`Première Dame`, `Feu`, `Affaire`). */
const BEFORE_GIVEN_NAME: readonly WordList[] = ['titles', 'roles', 'notNames', 'stopWords', 'orgCues', 'locCues', 'demonyms', 'eventWords', 'dateWords', 'places', 'organizations']

/** Whether the words `tokens[from..to - 1]` before a given name open a sentence, follow an article or hold a word known as another kind. */
function otherWordsOpen(tokens: readonly Token[], from: number, to: number, lx: EntityLookups): boolean {
  const before = tokens[from - 1]
  if (tokens[from]!.initial || (before && before.shape === 'lower' && is(before, ARTICLE))) return true
  for (let q = from; q < to; q++) if (inLists(lx, tokens[q]!.key, BEFORE_GIVEN_NAME)) return true
  return false
}

/** Whether the two words from `k` read as a person's name by what they are or what stands before them (see `split`). */
function personPair(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const first = tokens[k]!
  const before = tokens[k - 1]!
  if (lx.givenNames.has(first.key) || first.text.length === 1) return true
  const key = before.key
  return before.shape === 'upper' || lx.titles.has(key) || lx.roles.has(key) || lx.memberRoles.has(key) || lx.teamRoles.has(key) || lx.demonyms.has(key)
}

/** Whether `tokens[from..to]` are all lower-case name particles that are no stop word of the language (`da`, `dos`, `van der`; not `de`, `du` in French). */
function nameParticlesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!
    if (t.shape !== 'lower' || !is(t, NAME_PARTICLE) || is(t, STOP) || !isSpaceGap(t.gap)) return false
  }
  return to >= from
}

/** Whether the words `tokens[from..to]` are parted by spaces only (no line break, no dot: `Malcolm X. Besides Dee`). */
function runOnOneLine(tokens: readonly Token[], from: number, to: number): boolean {
  for (let q = from + 1; q <= to; q++) if (!isSpaceGap(tokens[q]!.gap)) return false
  return true
}

/**
 * Splits a long run of capitalised words that holds two names
 * (`Daily Mail Kieran Gill`): a known name at its start, or the last two
 * words as a person when four or more words run without particles.
 */
/** No words: for `finish` on a part of a span, whose opening no sentence's first word is. */
const NO_WORDS: ReadonlySet<string> = new Set()

function split(words: BlockWords, c: Candidate, lx: EntityLookups): Candidate[] {
  const {tokens} = words
  const count = c.last - c.first + 1
  // `France 3 Bourgogne - Franche-Comté`: one name.
  if (numberedAt(words, c.first, c.last, lx) > 0) return [c]
  if (c.title) {
    // `Ambassador Stefan Johannesson of Iceland`, `Lord Kinnock of Bedwellty`: a person, then where from.
    for (let q = c.first + 1; q < c.last; q++) {
      const t = tokens[q]!
      if (t.shape !== 'lower') continue
      // (`Analyst Piet Van der Heyden of Baltic Capital`: lower-case name particles after a capitalised one are the surname's.)
      if (is(t, NAME_PARTICLE) && is(tokens[q - 1]!, NAME_PARTICLE) && q - 1 > c.first) continue
      if (!is(t, PARTICLE) || is(t, NAME_PARTICLE) || tokens[q + 1]!.shape === 'lower') break
      // (`Detective Inspector Paul Miller of Thames Valley Police`: a name holding an organisation word is where the person works.)
      let body = lx.organizations.has(fold(words.text.slice(tokens[q + 1]!.start, tokens[c.last]!.end)))
      for (let k = q + 1; k <= c.last && !body; k++) body = tokens[k]!.shape === 'cap' && is(tokens[k]!, ORG_CUE)
      return [{...c, last: q - 1, end: tokens[q - 1]!.end, form: words.text.slice(c.start, tokens[q - 1]!.end)}, make(words, q + 1, c.last, body ? 'organization' : 'location')]
    }
    return [c]
  }
  // `Republican Trump`, `Jamais Macron n’avait…`: a word of no name before a surname the lists know is no part of it.
  if (count === 2 && commonBeforeSurname(tokens, c.first, c.last, lx)) return [make(words, c.first, c.first, null), make(words, c.last, c.last, 'person')]
  // `George R. R. Martin`, `J. R. R. Tolkien`: initials inside a name keep it whole.
  if (count >= 4 && middleInitials(tokens, c.first, c.last)) return [{...c, type: c.type ?? 'person'}]
  // `Conflit Iran`, `Guerre Russie` (of `Conflit Iran-Israël`, `Guerre Russie-Ukraine`, parted at their hyphen): a common noun that
  // opens the block or a sentence, no name of a list, before a known place is no part of it.
  if (count === 2 && opensSentence(tokens, c.first) && commonOpener(tokens[c.first]!, lx) && tokens[c.last]!.shape === 'cap' && tokens[c.last + 1] !== undefined && tokens[c.last + 1]!.gap === '-' && lx.places.has(tokens[c.last]!.key)) return [make(words, c.last, c.last, null)]
  // `l’hôpital Rambam de Haïfa`, `l’hôpital Purpan de Toulouse`: after a lower-case noun, one capitalised word no list knows, a town
  // particle and a known town (no country) are two names, the town a place of its own. (Not after an article alone: `la Linguère
  // de Saint-Louis`, `le Protocole de Maputo`, `l’Appel de Yoff` are one name, a club's, a text's, an event's.)
  const noun = tokens[c.first - 1]
  if (count === 3 && lx.townParticles.size > 0 && noun !== undefined && noun.shape === 'lower' && isSpaceGap(tokens[c.first]!.gap) && !is(noun, STOP) && !is(noun, ARTICLE) && !is(noun, PARTICLE) && !is(noun, LOC_PREP) && tokens[c.first]!.shape === 'cap' && tokens[c.last]!.shape === 'cap' && lx.townParticles.has(tokens[c.first + 1]!.key.replace(/’/g, "'")) && lx.places.has(tokens[c.last]!.key) && !lx.countries.has(tokens[c.last]!.key) && !inLists(lx, tokens[c.first]!.key, OPENER_STOPS) && !is(tokens[c.first]!, EVENT) && !lx.places.has(fold(c.form)) && !lx.organizations.has(fold(c.form))) {
    return [make(words, c.first, c.first, null), make(words, c.last, c.last, null)]
  }
  // `Folkestone & Hythe`, `Trinidad & Tobago`: two known places around `&` are one place (a seat, a country).
  if (placePair(tokens, c.first, c.last, lx)) return [c]
  // `South West Edinburgh`, `Leicester South`: a town and points of the compass are one place.
  if (compassPlace(tokens, words.text, c.first, c.last, lx)) return [c]
  if (count >= 2 && !lx.places.has(fold(c.form)) && !lx.organizations.has(fold(c.form)) && !orgNounJustBefore(tokens, c.first, lx)) {
    // A place before another name: `Athens Olympics`, `US People` (unless a cue makes it one name: `New York Times`).
    let cue = false
    for (let q = c.first; q <= c.last; q++) if (is(tokens[q]!, ORG_CUE) || is(tokens[q]!, LOC_CUE)) cue = true
    // (Nor a known organisation opening with the place: `France Bleu Provence`, split after it below.)
    if (!cue) cue = knownOpening(words, c.first, Math.min(c.last - 1, c.first + 2), lx, false)
    for (let q = Math.min(c.last - 1, c.first + 2); q >= c.first && !cue; q--) {
      const head = knownKey(words, c.first, q, lx)
      // (`Victoria Wood`, `Milan Baros`: a place that is also a given name, before one surname, opens a person's name; not after a
      // place preposition or a particle: `à Saly Portudal`, `police de Saly Portudal`.)
      const prev = tokens[q - 1]
      if (q === c.first && c.last === q + 1 && givenNameBeforeSurname(tokens[q]!, tokens[c.last]!, lx) && !(prev && prev.shape === 'lower' && (is(prev, LOC_PREP) || isParticle(prev, lx)))) continue
      if (lx.places.has(head) && !lx.organizations.has(tokens[c.first]!.key) && tokens[q + 1]!.shape !== 'lower' && tokens[q + 1]!.shape !== 'other' && !adjectivesOnly(tokens, q + 1, c.last, lx)) {
        // (`Liverpool Echo`, `Sheffield Hallam`, `Hollywood Boulevard`, `Israël Katz`: one capitalised word no list knows after a place
        // written in full makes one name with it; not an abbreviation, `US Senate`, nor a compound, `Paris Saint-Germain`, a club named
        // after its city, `Manchester United-Arsenal`.)
        if (q + 1 === c.last && tokens[c.last]!.shape === 'cap' && tokens[q]!.shape === 'cap' && !tokens[c.last]!.text.includes('-') && !inLists(lx, tokens[c.last]!.key, PLACE_NAME_STOPS)) continue
        return [make(words, c.first, q, null), ...split(words, make(words, q + 1, c.last, null), lx)]
      }
    }
  }
  // `Alé Ba du Pastef`: a person's name, a particle, another name.
  if (count >= 4) {
    let p = c.first
    while (p <= c.last && tokens[p]!.shape !== 'lower') p++
    // (`Nick Van den Brul of BNP Paribas`: a capitalised name particle, then lower-case ones, opens one surname; the particle
    // that parts the names comes after it.)
    if (p > c.first + 1 && p < c.last && is(tokens[p - 1]!, NAME_PARTICLE) && tokens[p - 1]!.shape === 'cap' && is(tokens[p]!, NAME_PARTICLE)) {
      while (p <= c.last && tokens[p]!.shape === 'lower') p++
      while (p <= c.last && tokens[p]!.shape !== 'lower') p++
    }
    let cue = false
    for (let q = c.first; q < p; q++) if (is(tokens[q]!, ORG_CUE) || is(tokens[q]!, LOC_CUE)) cue = true
    // (Not after a demonym or an article, which open no person's name: `British Chambers of Commerce`, `La République des Valeurs`.)
    if (!cue && p - c.first >= 2 && p < c.last && !is(tokens[c.first]!, ORG_HEAD) && !lx.places.has(tokens[c.first]!.key) && !lx.demonyms.has(tokens[c.first]!.key) && !is(tokens[c.first]!, ARTICLE) && (is(tokens[p]!, PARTICLE) || is(tokens[p]!, ELISION))) {
      let q = p
      while (q <= c.last && tokens[q]!.shape === 'lower') q++
      // `Thierry Pocquet du Haut-Jussé`: one compound word after the particle is a surname.
      // (`Yannick Jadot d’Europe Écologie`, `Jean Dupont d’Air France`: after an elided particle, two words or more, or a known
      // name, are another name; one word no list knows is a surname, `Valéry Giscard d’Estaing`.)
      const surname = (q === c.last && tokens[q]!.text.includes('-') && tokens[q]!.shape === 'cap' && !lx.places.has(tokens[q]!.key)) ||
        (q === c.last && !is(tokens[p]!, PARTICLE) && tokens[q]!.shape === 'cap' && !lx.organizations.has(tokens[q]!.key) && !lx.places.has(tokens[q]!.key)) ||
        // (`Luiz Inacio Lula da Silva`, `José Eduardo dos Santos`: after a given name, name particles that are no common word of the
        // language, then one word no list knows as a place or a body, are the surname's.)
        (q === c.last && lx.givenNames.has(tokens[c.first]!.key) && nameParticlesOnly(tokens, p, q - 1) && tokens[q]!.shape === 'cap' && !lx.organizations.has(tokens[q]!.key) && !lx.places.has(tokens[q]!.key)) ||
        // (`François Villeroy de Galhau`, `Mathieu Durand de La Souchère`: a given name, a surname, a surname particle, then one word no
        // list knows (maybe after a capitalised name particle) are one name; not `Moussa Diop de Rewmi`, `Awa Ndiaye de Kolda`.)
        doubleSurname(tokens, c.first, p, q, c.last, lx)
      if (q <= c.last && !surname) return [make(words, c.first, p - 1, null), ...split(words, make(words, q, c.last, null), lx)]
    }
  }
  if (count < 3) return [c]
  for (let q = c.first; q <= c.last; q++) if (tokens[q]!.shape === 'lower') return [c]
  const key = fold(c.form)
  if (lx.places.has(key) || lx.organizations.has(key)) return [c]
  for (let q = c.first; q <= c.last; q++) if (is(tokens[q]!, ORG_CUE) || is(tokens[q]!, LOC_CUE)) return [c]
  // A known name at the start.
  for (let q = Math.min(c.last - 1, c.first + 5); q >= c.first; q--) {
    const head = knownKey(words, c.first, q, lx)
    // (`France Bleu Roussillon`, `Le Monde Afrique`: a known organisation's name of two words or more and one more word, not a
    // given name nor a known name, is a branch of it, one name.)
    if (q === c.last - 1 && q > c.first && lx.organizations.has(head) && !lx.places.has(head) && tokens[c.last]!.shape === 'cap' && !lx.givenNames.has(tokens[c.last]!.key) && !lx.organizations.has(tokens[c.last]!.key)) return [c]
    if ((lx.places.has(head) || lx.organizations.has(head)) && tokens[q + 1]!.shape !== 'other' && !adjectivesOnly(tokens, q + 1, c.last, lx)) {
      // (`London UKIP MEP Gerard Batten`: a title or a role after the known name opens the person's name, and is its title.)
      const roled = roleSpan(tokens, q + 1, lx) > 0 ? finish(words, q + 1, c.last, lx, NO_WORDS) : null
      if (roled?.title !== undefined) return [make(words, c.first, q, null), roled]
      // (`Daily Mail Kieran Gill`: two or three words after a known name of two or more, a given name first, make a person's name.)
      return [make(words, c.first, q, null), make(words, q + 1, c.last, count >= 4 && q > c.first && c.last - q <= 3 && lx.givenNames.has(tokens[q + 1]!.key) && tokens[c.last]!.shape === 'cap' ? 'person' : null)]
    }
  }
  // (`Ndèye Thioro Cissé Ndiaye`, `Mohamad Azmi Abdul Hamid`, `Thierno Mouhamadoul Mansour Barro`: up to five words on one line
  // opening with a given name are one person's name, compound given names and family names, though a given name stands inside,
  // when a capitalised word closes them, or any word but a number when two given names open them, `Cheikh Abdou Malick NIASS`;
  // not across a dot: `Malcolm X. Besides Dee`.)
  const last = tokens[c.last]!
  if (count <= 5 && lx.givenNames.has(tokens[c.first]!.key) && ((last.shape === 'cap' && !last.initial) || (lx.givenNames.has(tokens[c.first + 1]!.key) && last.shape !== 'other')) && runOnOneLine(tokens, c.first, c.last)) return [c]
  // (`DÉFÉRENCE JOURNALISTIQUE FRANÇAISE À SON PIRE NIVEAU`, `TITRE DES MESURES INDIVIDUELLES`: a run of capitals only is a heading's words, no
  // person's name at its end.)
  if (inCapitals(tokens, c.first, c.last)) return [c]
  // (`Pourquoi Bassirou Diomaye Faye`, `la Première Dame Marie Khone Faye`: a person's name of three words opens with the first
  // given name after words that open a sentence, follow an article or are known as other words; not `Farhat Omar Ben Gadaravice`.)
  const g = c.last - 2
  // (Not after one capitalised organisation head, a body named after the person: `l’Université Gaston Berger`, `Lycée Blaise Diagne`.)
  if (!lx.givenNames.has(tokens[c.first]!.key) && lx.givenNames.has(tokens[g]!.key) && tokens[c.last]!.shape !== 'other' && runOnOneLine(tokens, g, c.last) && otherWordsOpen(tokens, c.first, g, lx) && !(g === c.first + 1 && tokens[c.first]!.shape === 'cap' && is(tokens[c.first]!, ORG_HEAD))) return [make(words, c.first, g - 1, null), make(words, g, c.last, 'person')]
  // (Typed a person's only with evidence: a given name or an initial first, or a title, a role or an acronym before them,
  // `Bankruptcy Judge Burton Lifland`, `HHS CTO Bryan Sivak`; else the words decide, `the Human Proteome Folding Project`,
  // `Credit Suisse First Boston`, `Beringer Blass Wine Estate` are no people.)
  if (count >= 4 && tokens[c.last]!.shape !== 'other') return [make(words, c.first, c.last - 2, null), make(words, c.last - 1, c.last, personPair(tokens, c.last - 1, lx) ? 'person' : null)]
  return [c]
}

/** A word opening with a vowel or `h`, before which French elides a particle (`d’Estaing`): no word of a `de` surname. */
const VOWEL_START = /^[aeiouyh]/

/**
 * Whether `first..last` is a given name and one or two surname words, one surname particle at `p` (`de`), then at `q` one
 * capitalised word no list knows, maybe after a capitalised name particle (`La`): `François Villeroy de Galhau`.
 */
function doubleSurname(tokens: readonly Token[], first: number, p: number, q: number, last: number, lx: EntityLookups): boolean {
  if (lx.surnameParticles.size === 0 || !lx.surnameParticles.has(tokens[p]!.key) || q !== p + 1 || p - first < 2 || p - first > 3 || !lx.givenNames.has(tokens[first]!.key)) return false
  if (!SPACE.test(tokens[q]!.gap) || (q < last && !(q === last - 1 && tokens[q]!.shape === 'cap' && is(tokens[q]!, NAME_PARTICLE) && SPACE.test(tokens[last]!.gap)))) return false
  const s = tokens[last]!
  // (Not a name a full stop runs on: `Génération.s`; nor a word opening with a vowel, before which the particle would be elided,
  // `d’Estaing`: `Boubacar Séye de Horizon sans frontières` names a body.)
  const after = tokens[last + 1]
  return s.shape === 'cap' && !VOWEL_START.test(s.key) && !s.text.includes('-') && !(after !== undefined && after.gap === '.' && after.shape === 'lower') && !inLists(lx, s.key, SURNAME_STOPS) && !lx.surnames.has(s.key)
}

/**
 * Lists whose words name no one before a surname (`Republican`, `Jamais`, `Allemand`). Not date words: a feast's name is a given
 * name too (`Tabaski Ngom`, `Noël Le Graët`).
 */
const COMMON_BEFORE_SURNAME: readonly WordList[] = ['notNames', 'stopWords', 'demonyms']

/**
 * Whether the two words `first`, `last` are a capitalised word of `COMMON_BEFORE_SURNAME` that is no given name, then a surname
 * the lists know that is no place nor organisation (`Republican Trump`, `Jamais Macron`): the surname alone is the person's name.
 */
function commonBeforeSurname(tokens: readonly Token[], first: number, last: number, lx: EntityLookups): boolean {
  const a = tokens[first]!
  const b = tokens[last]!
  if (a.shape !== 'cap' || b.shape !== 'cap' || !isSpaceGap(b.gap) || !lx.surnames.has(b.key) || lx.givenNames.has(a.key)) return false
  return inLists(lx, a.key, COMMON_BEFORE_SURNAME) && !lx.places.has(b.key) && !lx.organizations.has(b.key) && !lx.givenNames.has(b.key)
}

/**
 * Whether `tokens[first..last]` is a person's name with two initials or more inside (`George R. R. Martin`, `J. R. R. Tolkien`):
 * a capitalised word or an initial first, then only initials (one capital and a full stop), then a capitalised word of two
 * letters or more on the same line. The shape is a person's whatever the words are.
 */
function middleInitials(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first]!
  const tail = tokens[last]!
  if (head.shape !== 'cap' || tail.shape !== 'cap' || tail.text.length < 2 || last - first < 3 || !isSpaceGap(tokens[first + 1]!.gap)) return false
  if (head.text.length === 1 && !initialAt(tokens, first)) return false
  for (let k = first + 1; k < last; k++) if (!initialAt(tokens, k)) return false
  return true
}
