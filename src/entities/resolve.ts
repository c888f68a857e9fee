/**
 * From candidates to entities: typing (gazetteers, cue words, titles,
 * prepositions), roles, and in-article coreference (surname → full name,
 * acronym → expansion, short form → country).
 */
import {blockOffset, spanAt, type Context} from '../context.js'
import type {Entity, EntityType, NewsArticle, Span} from '../schema/article.js'
import {acronymLetters, adjectivesOnly, candidate, candidatesOf, compassPlace, compassRegion, nationalBody, placePair, stateAfterPlace, knownKey, knownOpening, inCapitals, initialAt, initialsName, isNameWord, syllableName, isParticle, numberedAt, nameParticlesBefore, ownerAfter, knownOwnerAt, pluralOf, titleAt, type BlockWords, type Candidate} from './candidates.js'
import {decodeRefs, fold, inLists, lookupsOf, postAdjectiveEnding, type EntityLookups, type WordList} from './lexicon.js'
import {ARTICLE, ELISION, EVENT, FIXTURE, is, NOT_NAME, LOC_CUE, LOC_PREP, NAME_PARTICLE, ORG_CUE, ORG_HEAD, ORG_NOUN, PARTICLE, PERSON_NOUN, ROLE, ROLE_CONNECTOR, STOP, TITLE, WORK_CUE} from './features.js'
import {blockCase, isCommaGap, isSpaceGap, plainCapitals, singleSpaced, spaceSplit, tokenize, unglueNameEnds, type ArticleWords, type Token} from './tokens.js'
import {lineupNames, squadNames, trailingLineupNames} from './squad.js'
import type {RecognizedSpan} from './types.js'
import {flat, lazy, withoutFullStop} from '../chars.js'

const RX1 = lazy(String.raw`^\p{Lu}[\p{Lu}\d&-]+$`, 'u')
const RX2 = lazy(String.raw`^\p{Lu}[\p{Lu}&.]*\p{Lu}$`, 'u')
const RX3 = lazy(String.raw`[^\p{L}]`, 'gu')
const RX4 = lazy(String.raw`^\p{Lu}\p{Ll}{2,5}$`, 'u')
const RX5 = lazy(String.raw`^\p{Ll}+$`, 'u')
const RX6 = lazy(String.raw`^[\p{Lu}\d&.-]+$`, 'u')
const RX7 = lazy(String.raw`(?:^|\s)\p{Ll}`, 'u')
const YEAR = lazy(String.raw`^(?:1[89]|20)\d\d$`, 'u')
/** A model's code: one to three capitals, two to four digits, maybe a letter or a plural `s` (`A380`, `A300s`, `N95`, `W800`). */
const MODEL_CODE = lazy(String.raw`^\p{Lu}{1,3}(?:\d{2,4}|-\d{1,4})\p{Ll}?$`, 'u')

/** A typed mention with its place in the input. */
interface Mention {
  readonly start: number
  readonly end: number
  readonly form: string
  /** Folded words of the form. */
  readonly words: readonly string[]
  type: EntityType
  sure: boolean
  unconfirmed: boolean
  acronym: boolean
  /** Typed by context (fixture line, organisation noun, team role), not by a gazetteer. */
  strong?: boolean
  /** A person only by default (no given name, title, role): kept when the surname is used alone. */
  weak?: boolean
  /** An organisation only because it holds a word the article also writes in lower case (`Page Views`): dropped unless confirmed. */
  common?: boolean
  /** Typed by the last-resort default (an unknown single word is an organisation): any other clue wins. */
  guess?: boolean
  /** Named as the source of a piece of news or as a competitor (`selon Kawtef`, `rival Ryanair`): kept though named once. */
  source?: boolean
  /** A last-resort guess with a noun of works or things near it (`the comedy Rushlight`): see `workNear`. */
  work?: boolean
  /** A pronoun of a person follows the name in its sentence (`Levi Pettit … his`): a clue against a body (see firstWordForms). */
  pronoun?: boolean
  title?: string
  role?: string
  canonical?: string
  pair?: Mention
  /** Another name of the person named right before it (`alias Bello`, see aliasPairs): never the entity's name. */
  alias: boolean
  /** Block and token of the name (for unattached roles). */
  readonly block: number
}

/** How a new mention was found (`mention`); a flag left out is false. */
interface MentionFlags {
  /** Typed by strong evidence (a recogniser, gazetteer, cue or title; a name given by the user or a metadata step). */
  readonly sure: boolean
  /** Opens a sentence and is one word: kept only when confirmed elsewhere (see `Candidate.unconfirmed`). */
  readonly unconfirmed?: boolean
  /** Its words are all upper-case (see `Candidate.acronym`). */
  readonly acronym?: boolean
}

/**
 * A new mention, every field set (the optional ones undefined) in one order: one shape for the code that reads mentions
 * (see `candidate`). `block`: the index of its block, -1 for a name given by the user or found by a metadata step (an
 * author, the publisher, a dateline's place).
 */
function mention(start: number, end: number, form: string, words: readonly string[], type: EntityType, flags: MentionFlags, block: number): Mention {
  return {start, end, form, words, type, sure: flags.sure, unconfirmed: flags.unconfirmed === true, acronym: flags.acronym === true, strong: undefined, weak: undefined, common: undefined, guess: undefined, source: undefined, work: undefined, pronoun: undefined, title: undefined, role: undefined, canonical: undefined, pair: undefined, alias: false, block}
}

/** How a new draft entity starts (`draft`); `weak` and `common` left out are false, `guess` and `canonical` undefined. */
interface DraftFlags {
  readonly sure: boolean
  readonly weak?: boolean
  readonly common?: boolean
  readonly guess?: boolean
  readonly canonical?: string
}

/** A new draft entity, every field set in one order (see `mention`). */
function draft(type: EntityType, flags: DraftFlags): Draft {
  return {type, strong: undefined, mentions: [], title: undefined, role: undefined, country: undefined, canonical: flags.canonical, sure: flags.sure, weak: flags.weak === true, common: flags.common === true, guess: flags.guess}
}

interface Draft {
  type: EntityType
  /** Typed by the article's own context (a fixture line, `side X`), which wins over gazetteers. */
  strong?: boolean
  mentions: Mention[]
  title?: string
  role?: string
  country?: string
  canonical?: string
  sure: boolean
  weak: boolean
  /** Every mention so far an organisation only by a common word in it (see `Mention.common`). */
  common: boolean
  /** Every mention so far typed by the last-resort default. */
  guess?: boolean
}

/** What typed a candidate (`typeOf`): its type, whether strong evidence decided it, and how. */
interface Typing {
  type: EntityType
  sure: boolean
  /** The name a gazetteer gives it (`Burkina` → `Burkina Faso`). */
  canonical: string | undefined
  /** See `Mention.weak`. */
  weak: boolean | undefined
  /** See `Mention.common`. */
  common: boolean | undefined
  /** See `Mention.strong`. */
  strong: boolean | undefined
  /** See `Mention.guess`. */
  guess: boolean | undefined
  /** See `Mention.source`. */
  source: boolean | undefined
}

/** How a candidate was typed beyond its type and sureness (`typing`); a field left out is undefined. */
interface TypingFlags {
  readonly canonical?: string
  readonly weak?: boolean
  readonly common?: boolean
  readonly strong?: boolean
  readonly guess?: boolean
  readonly source?: boolean
}

/**
 * A typing, every field set in one order (the optional ones undefined): one shape for the code that reads it, which V8 then
 * reads with one map check, not the many of the dozen shapes object literals with different keys would give (see `mention`).
 */
function typing(type: EntityType, sure: boolean, flags?: TypingFlags): Typing {
  return {type, sure, canonical: flags?.canonical, weak: flags?.weak, common: flags?.common, strong: flags?.strong, guess: flags?.guess, source: flags?.source}
}

/** A punctuation mark in a gap (`/[,.;:!?()«»"“”|]/`); one space, most gaps, answered without the regex. */
const PUNCT = {test: (gap: string) => gap !== ' ' && PUNCT_MARK.test(gap)}
const PUNCT_MARK = /[,.;:!?()«»"“”|]/

/** Whether a gap is a comma alone, maybe with white space around it (`/^\s*,\s*$/`). */
function commaAlone(gap: string): boolean {
  return gap === ', ' || (gap.includes(',') && COMMA_ALONE.test(gap))
}
const COMMA_ALONE = /^\s*,\s*$/

/** How each mention of an entity was typed, for scripts that learn from a corpus (`scripts/generate-organizations.ts`). */
export interface MentionEvidence {
  /** The mention as written. */
  readonly form: string
  /** The type its own context gave it. */
  readonly type: EntityType
  /** Whether a clue decided that type (a cue word, a gazetteer, a role), not a default. */
  readonly sure: boolean
  /** Whether it is in the first block (the headline). */
  readonly headline: boolean
}

/** Finds the entities of the article; `evidence`, when given, is told how the mentions of each entity kept were typed. */
export function findEntities(context: Context, article: Readonly<NewsArticle>, evidence?: (mentions: readonly MentionEvidence[]) => void): Entity[] {
  const lx = lookupsOf(context.locale)
  const blocks: BlockRead[] = []
  for (const b of context.blocks) {
    // (The text as it reads: a name cut at a wrapped line's end, `Securities and\nExchange Commission`, is one span.)
    // (Copied flat: the tokenizer's reads of it stay monomorphic, see `flat`.)
    const text = flat(b.flowed)
    const tokens = tokenize(text, lx)
    // (A short line between people, `Sonko vs Mame Mbaye Niang : la Cour suprême tranche`, is no fixture line.)
    const fixture = fixtureLine(tokens, lx) && !duelLine(tokens, lx)
    const squad = squadNames(tokens, text, lx.particles)
    if (squad.size === 0) for (const [last, first] of lineupNames(tokens, lx)) squad.set(last, first)
    if (squad.size === 0) for (const [last, first] of trailingLineupNames(tokens, lx)) squad.set(last, first)
    // (A line of a team sheet is no headline, though its words are all capitalised.)
    blocks.push({block: b, words: {index: b.index, text, tokens}, kind: fixture || squad.size > 0 ? 'normal' : blockCase(text, tokens, b.index === 0 && lx.sentenceCaseHeadlines ? lx.stopWords : null), fixture, squad})
  }
  // Capitalised words, then which of them the article also writes in lower case.
  const capKeys = new Set<string>()
  const capSeen = new Set<string>()
  for (const b of blocks) {
    for (const t of b.words.tokens) {
      if (t.shape === 'cap' || t.shape === 'upper') {
        capKeys.add(t.key)
        if (!t.initial && t.shape === 'cap' && b.kind === 'normal') capSeen.add(t.key)
      }
    }
  }
  const lowerSeen = new Set<string>()
  // (Of these, the words written in lower case as a word of a sentence, after a space: not in a link, `github.com`, nor a file name, `src="kaeli"`.)
  const wordSeen = new Set<string>()
  const determined = new Set<string>()
  for (const b of blocks) {
    if (b.kind !== 'normal') continue
    const tokens = b.words.tokens
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!
      if (t.shape === 'lower' && capKeys.has(t.key)) {
        lowerSeen.add(t.key)
        if (isSpaceGap(t.gap)) wordSeen.add(t.key)
      }
      // `une Occitane`, `leur Cahier`, `chaque Ehpad`: a capitalised word alone after a singular determiner is a common noun (kept
      // apart from `lowerSeen`, which also reads the words of names).
      const prev = tokens[k - 1]
      if (t.shape === 'cap' && !t.initial && prev !== undefined && prev.shape === 'lower' && lx.commonDeterminers.has(prev.key) && isSpaceGap(t.gap) && !(tokens[k + 1] !== undefined && tokens[k + 1]!.shape !== 'lower' && isSpaceGap(tokens[k + 1]!.gap))) determined.add(t.key)
    }
  }
  // `présidentBassirou Diomaye Fayeet son`: a lower-case word glued to the end of a scraped name comes off it.
  let more: ReturnType<ArticleWords['more']> | undefined
  const seen: ArticleWords = {capitalised: capKeys, more: () => (more ??= moreKeys(blocks))}
  for (const b of blocks) {
    if (b.kind !== 'normal') continue
    const tokens = unglueNameEnds(b.words.tokens, seen, lx)
    if (tokens) b.words = {index: b.words.index, text: b.words.text, tokens}
  }
  // (Not a word that closes a longer name of the article: `un Trump visiblement agacé` after `Donald Trump`.)
  if (determined.size > 0) {
    for (const b of blocks) {
      if (b.kind !== 'normal') continue
      const tokens = b.words.tokens
      for (let k = 1; k < tokens.length; k++) if (tokens[k]!.shape === 'cap' && tokens[k - 1]!.shape !== 'lower' && isSpaceGap(tokens[k]!.gap) && !lx.commonDeterminers.has(tokens[k - 1]!.key) && !lx.stopWords.has(tokens[k - 1]!.key)) determined.delete(tokens[k]!.key)
    }
    for (const key of determined) wordSeen.add(key)
  }
  // `Sa Thiès vs Zarko` in an article that speaks of wrestlers, an arena or a stable: the sides of the bout are people.
  const wrestling = lx.duelWords.size > 0 && blocks.some((b) => b.kind === 'normal' && b.words.tokens.some((t) => t.shape === 'lower' && lx.duelWords.has(t.key)))
  // `le lutteur Sa Thiès`, `face à Sa Thiès`: in such an article, a capitalised determiner inside a sentence before a name opens a
  // wrestler's name; the words after it are that name wherever the text writes them so, also opening a sentence.
  const wrestlerNames = new Set<string>()
  if (wrestling) {
    for (const b of blocks) {
      if (b.kind !== 'normal') continue
      const tokens = b.words.tokens
      for (let k = 1; k + 1 < tokens.length; k++) {
        const d = tokens[k]!
        if (d.shape === 'cap' && lx.commonDeterminers.has(d.key) && isSpaceGap(d.gap) && tokens[k - 1]!.shape === 'lower' && tokens[k + 1]!.shape === 'cap' && isSpaceGap(tokens[k + 1]!.gap)) wrestlerNames.add(tokens[k + 1]!.key)
      }
    }
  }
  const user = userSpans(context)
  const mentions: Mention[] = []
  const notEntities = new Set<string>()
  const listedNames = new Set<string>()
  const roles: {at: number; text: string; block: number}[] = []
  /** Lists joined by a coordinating word, for the types the whole article gives their names (see placeLists). */
  const lists: Mention[][] = []
  const found: BlockFindings = {context, lx, capSeen, lowerSeen, wordSeen, wrestling, wrestlerNames, user, mentions, notEntities, listedNames, roles, lists, seen}
  for (const b of blocks) blockMentions(b, found)
  for (const u of user) {
    const form = context.source.slice(u.start, u.end)
    mentions.push(mention(u.start, u.end, form, spaceSplit(form).map(fold), u.type, {sure: true, acronym: RX1().test(form)}, -1))
  }
  // Authors and publisher found by the metadata steps are entities too.
  for (const a of article.authors) {
    if (!a.position) continue
    const start = a.position.start.offset
    const end = a.position.end.offset
    if (context.source.slice(start, end) !== a.name) continue
    // A credit the entity step also read as a name (in the headline, `Titre (Par X)`, or in a biography kept in the body,
    // `Jane Roe is technology correspondent …`): the credit makes it a sure person, whatever typed it before.
    const same = mentions.find((m) => m.start === start && m.end === end)
    if (same) {
      same.type = 'person'
      same.sure = true
      same.weak = false
      same.guess = undefined
      same.canonical = undefined
    } else if (!mentions.some((m) => m.start < end && start < m.end)) {
      mentions.push(mention(start, end, a.name, spaceSplit(a.name).map(fold), 'person', {sure: true}, -1))
    }
  }
  // The publisher, and the places of a wire dateline (`KANSAS CITY, March 3 -`, `PEKING, March 2 -`): the metadata steps read
  // what they are, whatever typed their words (a city in capitals read as a firm's name).
  const claim = (start: number, name: string, type: EntityType, words = spaceSplit(name).map(fold)) => {
    const end = start + name.length
    if (context.source.slice(start, end) !== name) return
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.start < end && start < mentions[i]!.end) mentions.splice(i, 1)
    mentions.push(mention(start, end, name, words, type, {sure: true}, -1))
  }
  const pub = article.publisher
  if (pub?.position) claim(pub.position.start.offset, pub.name, 'organization')
  const line = article.dateline
  if (line?.location && line.position) {
    // (The places open the dateline: of `SAN MATEO, Calif.`, the first name; `SEATTLE/WASHINGTON`, two.) Not when the town names
    // a firm of the article (`CORNING, N.Y. - Corning Glass Works said`): linking cannot tell the two apart.
    const head = line.location.split(',')[0]!
    if (line.text.startsWith(head)) {
      let at = line.position.start.offset
      for (const part of head.split('/')) {
        const place = part.trim()
        const words = spaceSplit(place).map(fold)
        const firm = mentions.some((m) => m.type !== 'location' && m.words.length > words.length && words.every((w, i) => m.words[i] === w))
        if (place !== '' && !firm) claim(at + part.indexOf(place), place, 'location', words)
        at += part.length + 1
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start)
  aliasPairs(context.source, mentions, lx)
  // `British film Vera Drake` … `an award for Vera Drake`: a title of a work (or the acronym of a common noun, `MGF`) is not
  // an entity anywhere.
  // `DNA`, `USD`, `R&B`: an acronym of a thing written in capitals is no entity, nor the name it stands for (`Digital Rights
  // Management (DRM)`).
  let j = 0
  // `JO-2024`, `CA-1000`, `RA-104`, `COX-2`: one word, capitals then a hyphen and a number, is the code of an edition, a product or
  // a road, no body's name (unless a list knows it).
  // `Paris XI`, `le règlement Dublin III`: a Roman numeral alone, split from the name before it, names no body.
  // `la CM des Clubs`, `le MVP de la Saison 5`, `le QG de Campagne`: an acronym of a thing, then a particle and a name, names that
  // thing (see thingAcronymOpening).
  for (const m of mentions) if (!notEntities.has(fold(m.form)) && !thingAcronym(m, lx) && !(m.pair && thingAcronym(m.pair, lx)) && !(m.type === 'organization' && (codeName(m, lx) || thingAcronymOpening(m, lx) || ROMAN_NUMERAL.test(m.form)))) mentions[j++] = m
  mentions.length = j
  retype(mentions, lx)
  const drafts = link(mentions, lx, capSeen)
  placeQualified(drafts, lx)
  townClubs(drafts, lx)
  clubForms(drafts, lx)
  nicknamed(drafts, lx, capKeys)
  placeLists(lists, drafts)
  firstWordForms(drafts)
  attachLooseRoles(drafts, roles)
  addOtherBlocks(context, blocks, drafts, lx)
  return finishEntities(context, drafts, lx, evidence)
}

/**
 * `Baltasar Ebang Engonga, alias Bello`, `Moustapha Senghor alias « Siteu »`, `Cheikh Moussa Diagne, plus connu sous le nom de
 * « Sangue »`: a name right after a person's name and a nickname cue (`nicknameCues`), maybe after a comma and in quotes, is
 * that person's other name: the two mentions are paired, as an acronym and its expansion are, and linked into one person.
 * Mentions sorted by start; one pass, each short gap read once.
 */
function aliasPairs(source: string, mentions: Mention[], lx: EntityLookups): void {
  if (lx.nicknameCues.size === 0) return
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!
    const b = mentions[i]!
    if (a.type !== 'person' || a.pair || b.pair || b.start - a.end > 40 || b.start <= a.end) continue
    const gap = ALIAS_GAP().exec(source.slice(a.end, b.start))
    if (!gap) continue
    // The cue ends the gap's words: `alias`, `plus connu sous le nom de` (`le nom de`).
    const words = fold(gap[1]!).split(/\s+/)
    // (Only words of the same one before it, `plus connue sous`; not another person's, `et leur neveu surnommé « Julo »`: no
    // conjunction, article or determiner.)
    let at = -1
    for (let k = words.length - 1; k >= 0 && at < 0; k--) if (lx.nicknameCues.has(words.slice(k).join(' '))) at = k
    if (at < 0 || words.slice(0, at).some((w) => lx.conjunctions.has(w) || lx.articles.has(w) || lx.commonDeterminers.has(w))) continue
    b.type = 'person'
    b.alias = true
    b.pair = a
    a.pair = b
  }
}

/** The gap between a name and its other name: a comma maybe, up to six words (the cue last), an opening quote maybe. */
const ALIAS_GAP = lazy(String.raw`^,?[ \u00a0]+((?:[\p{L}'’.]+[ \u00a0]+){0,5}?[\p{L}'’.]+)[ \u00a0]+(?:[«“"][ \u00a0]?)?$`, 'u')

/** A block of the article as the entity step reads it: its words, how its words are capitalised, fixture line, team sheet names. */
interface BlockRead {
  readonly block: Context['blocks'][number]
  words: BlockWords
  readonly kind: 'normal' | 'title' | 'caps'
  readonly fixture: boolean
  /** Last token → first token of the names of a team sheet or a line-up. */
  readonly squad: Map<number, number>
}

/** What the candidate pass of every block reads (the article's word sets, the user's spans) and adds to (mentions, roles, lists). */
interface BlockFindings {
  readonly context: Context
  readonly lx: EntityLookups
  readonly capSeen: ReadonlySet<string>
  readonly lowerSeen: ReadonlySet<string>
  readonly wordSeen: ReadonlySet<string>
  readonly wrestling: boolean
  readonly wrestlerNames: ReadonlySet<string>
  readonly user: readonly RecognizedSpan[]
  readonly mentions: Mention[]
  readonly notEntities: Set<string>
  readonly listedNames: Set<string>
  readonly roles: {at: number; text: string; block: number}[]
  readonly lists: Mention[][]
  /** The article's words (`more` read lazily by the candidate pass). */
  readonly seen: ArticleWords
}

/**
 * The mentions of one block (`findEntities`), added to `found`: its candidates, typed. A function of its own, not a loop
 * inside `findEntities`: V8 compiles a smaller function faster, and recompiles less when either one is deoptimised.
 */
function blockMentions(b: BlockRead, found: BlockFindings): void {
  const {context, lx, capSeen, lowerSeen, wordSeen, wrestling, wrestlerNames, user, mentions, notEntities, listedNames, roles, lists, seen} = found
  // The names that sign embedded posts replace what the candidate pass read there; a signature's line alone, capitalised as a
  // title, is read for them only (`— Foot Mercato (@footmercato)`).
  const signed = signatures(b.words, lx)
  if (b.kind !== 'normal' && signed.length === 0) return
  const cands = b.kind === 'normal' ? candidatesOf(b.words, lx, lowerSeen, notEntities, listedNames, () => seen.more().lower) : []
  if (signed.length > 0) {
    let j = 0
    for (const c of cands) if (!signed.some((x) => x.first <= c.last && c.first <= x.last)) cands[j++] = c
    cands.length = j
    cands.push(...signed)
    cands.sort((x, y) => x.first - y.first)
  }
  // A name of a team sheet or a line-up that the candidate pass left out (a word opening the paragraph: `Dudek, Finnan, …`).
  if (b.squad.size > 0) {
    const covered = new Uint8Array(b.words.tokens.length)
    for (const c of cands) covered.fill(1, c.first, c.last + 1)
    let added = false
    for (const [last, first] of b.squad) {
      if (covered.subarray(first, last + 1).includes(1)) continue
      const a = b.words.tokens[first]!
      const z = b.words.tokens[last]!
      cands.push(candidate(b.words.index, first, last, a.start, z.end, b.words.text.slice(a.start, z.end), null, false))
      added = true
    }
    if (added) cands.sort((x, y) => x.first - y.first)
  }
  if (cands.length > 1) mottoNames(b.words, cands, lx)
  dottedKnown(b.words, cands, lx)
  const conv = new Map<Candidate, Mention>()
  const listed: {c: Candidate; m: Mention}[] = []
  for (const c of cands) {
    // `Bergkamp (Van Persie 82)`: the minute after a name of a line-up is no part of it.
    if (c.last > c.first && b.squad.has(c.last - 1) && b.words.tokens[c.last]!.shape === 'other') {
      c.last--
      c.end = b.words.tokens[c.last]!.end
      c.form = b.words.text.slice(c.start, c.end)
    }
    // `L Dallaglio, M Corry, J Worsley`: a name of a team sheet is a person's, with its initial (`A` and `I` are no name words).
    const initial = b.squad.get(c.last)
    if (initial !== undefined && c.first >= initial) {
      c.first = initial
      c.start = b.words.tokens[initial]!.start
      c.form = b.words.text.slice(c.start, c.end)
      c.title = undefined
      c.lead = undefined
    }
    // `Looking ahead to its results`, `Software giant Microsoft`: an ordinary word opening a sentence is no name.
    if (c.unconfirmed && !b.fixture && (initial === undefined || c.first !== initial) && ordinaryOpener(b.words.tokens, c, lx, capSeen)) continue
    // `Number 10`, `Chapter 11`, `Top 5`: one capitalised word no list knows right before a number is a thing's label, no name.
    if (!b.fixture && initial === undefined && !c.title && labelBeforeNumber(b.words.tokens, c, lx)) continue
    const sa = wrestlerNames.size > 0 && c.first > 0 && !c.title ? b.words.tokens[c.first - 1]! : undefined
    const wrestler = sa !== undefined && sa.shape === 'cap' && lx.commonDeterminers.has(sa.key) && isSpaceGap(b.words.tokens[c.first]!.gap) && wrestlerNames.has(b.words.tokens[c.first]!.key)
    if (wrestler) {
      c.first--
      c.start = sa.start
      c.form = b.words.text.slice(c.start, c.end)
      c.unconfirmed = false
    }
    let typed = wrestler ? typing('person', true) : initial !== undefined && c.first === initial ? typing('person', true) : wrestling && boutSide(b.words.tokens, c, lx) ? typing('person', false) : b.fixture && fixtureNear(b.words.tokens, c, lx) ? typing('organization', true, {strong: true}) : typeOf(c, b.words, lx, lowerSeen, wordSeen)
    // `Cadre du Pastef et maire…`, `Militant de l’APR, il…`: a common word opening a sentence or a headline, a particle, then a
    // known organisation's whole name: the organisation alone.
    const known = typed && !c.title ? knownAfterOpener(b.words, c, lx) : -1
    if (known > 0) {
      c.first = known
      c.start = b.words.tokens[known]!.start
      c.form = b.words.text.slice(c.start, c.end)
      typed = typeOf(c, b.words, lx, lowerSeen, wordSeen)
    }
    // `la mer Caspienne`, `le pont Morandi`, `le stade Léopold Sédar Senghor`: a place noun right before the name is part of a place's name.
    const noun = c.title ? -1 : placeNounInName(b.words.tokens, c, lx)
    if (noun >= 0) {
      typed = typing('location', true, {strong: true})
      c.start = b.words.tokens[noun]!.start
      c.form = b.words.text.slice(c.start, c.end)
    }
    // `à la Mecque`, `de la Haye`: a known place whose name opens with an article, the article written in lower case, is named with it.
    const det = noun < 0 && !c.title && c.first > 0 ? b.words.tokens[c.first - 1]! : undefined
    const articled = det !== undefined && det.shape === 'lower' && is(det, ARTICLE) && isSpaceGap(b.words.tokens[c.first]!.gap) && !lx.places.has(fold(c.form)) ? lx.places.get(`${det.key} ${fold(c.form)}`) : undefined
    if (articled !== undefined) {
      typed = typing('location', true, {canonical: articled})
      c.start = det!.start
      c.form = b.words.text.slice(c.start, c.end)
    }
    if (!typed) continue
    // `Overall sales rose`, `Any organisation that`: one word opening a sentence, that the article never capitalises inside one and
    // no list knows, is an ordinary word capitalised there when only a weak cue types it (a firm's possession, an organisation noun;
    // not a strong one, a team's or a firm's role, a fixture: `Reading manager Steve Coppell`). (Measured: keeping it before an organisation noun, `Empire magazine's
    // editor`, won one body of design data and lost one on each honest set.) Only a guess then: it still joins a longer name of
    // the article as its short form (`Kestrel` after `Kestrel Holdings`), and is dropped named once. (Not a known place: a town's club, `Leeds
    // boss Kevin Blackwell`.)
    if (c.unconfirmed && c.first === c.last && typed.type === 'organization' && typed.canonical === undefined && lx.unknownNamesAsOrganizations && !typed.strong && !capSeen.has(b.words.tokens[c.first]!.key) && !lx.places.has(b.words.tokens[c.first]!.key)) typed = typing('organization', false, {guess: true})
    // `aux Dakarois`, `aux Pikinois`: a town's people, named after it, are no place (nor an entity: a demonym).
    if (typed.type === 'location' && c.first === c.last && noun < 0 && articled === undefined && lx.townDemonym(b.words.tokens[c.first]!.key) && !lx.givenNames.has(b.words.tokens[c.first]!.key)) continue
    // `Le Quotidien revient sur…`, `selon La France insoumise`: the capitalised article of a known organisation's name is part of it
    // (`articledOrganization`).
    if (typed.type === 'organization' && typed.canonical !== undefined && noun < 0 && articled === undefined) {
      const a = capitalArticleOf(b.words, c, typed.canonical)
      if (a !== undefined) {
        c.start = a.start
        c.form = b.words.text.slice(c.start, c.end)
      }
    }
    // `PIRE NIVEAU`, `GREAT AGAIN`: words in capitals only that no given name nor initial opens (`P. BA`) are a heading's or a
    // slogan's, no person's name.
    if (typed.type === 'person' && c.last > c.first && b.words.tokens[c.first]!.key.length > 1 && !lx.givenNames.has(b.words.tokens[c.first]!.key) && inCapitals(b.words.tokens, c.first, c.last)) continue
    // `Republican Roy Moore`, `Senators Susan Collins`, `Mr Ousmane Sonko`: a capitalised descriptor before a given name and a
    // surname is no part of the name.
    if (typed.type === 'person' && c.last - c.first >= 2) {
      const d = b.words.tokens[c.first]!
      const g = b.words.tokens[c.first + 1]!
      // (Not an initial, `J. Michael Cole`, nor before a particle, `South El Monte`.)
      // (A word opening a headline or a sentence, `Problème Bouba Ndour et…`, `Comment Mansour Faye garde…`, is cut too.)
      // (Not a first word no list knows before two given names, `Shani Rhys James`: the last is the surname, the first a given
      // name the lists lack.)
      // (So is a portfolio or a word no list knows as a place or a body after a particle, in a list of ministers: `…, du Travail
      // Muriel Pénicaud ou encore de la Santé Agnès Buzyn`; not without a portfolio head before: `the likes of Edgar Allan Poe`.)
      const before = b.words.tokens[c.first - 1]
      const portfolio = before !== undefined && before.shape === 'lower' && isParticle(before, lx) && isSpaceGap(d.gap) && !lx.places.has(d.key) && !lx.organizations.has(d.key) && !is(d, NAME_PARTICLE) && portfolioHeadBefore(b.words.tokens, c.first, lx)
      const opener = descriptor(d.key, lx, lowerSeen) || portfolio || (d.initial && !(c.last === c.first + 2 && lx.givenNames.has(b.words.tokens[c.last]!.key)))
      if (d.key.length > 1 && !lx.givenNames.has(d.key) && lx.givenNames.has(g.key) && !is(g, PARTICLE) && g.shape === 'cap' && opener && capitalsOnly(b.words.tokens, c.first + 1, c.last)) {
        c.first++
        c.start = g.start
        c.form = b.words.text.slice(c.start, c.end)
        // (The name now opens with a given name: no longer a person only by default.)
        typed.weak = undefined
      }
    }
    if (typed.type !== 'person' && c.lead !== undefined) {
      // The "title" was part of the name: `Imam Khomeini International Airport`.
      c.start = b.words.tokens[c.lead]!.start
      c.form = b.words.text.slice(c.start, c.end)
      c.title = undefined
    }
    // `the Tory Leader`, `UKIP MEP`, `Scottish National Party Justice Minister`: capitalised role words closing a body's name are
    // its member's role, no part of the name.
    if (typed.type === 'organization' && !c.pair && c.last > c.first) {
      const cut = roleTailCut(b.words.tokens, c, lx)
      if (cut < c.last) {
        c.last = cut
        c.end = b.words.tokens[cut]!.end
        c.form = b.words.text.slice(c.start, c.end)
        const known = lx.organizations.get(fold(c.form))
        if (known !== undefined) typed = typing(typed.type, typed.sure, {canonical: known, weak: typed.weak, common: typed.common, strong: typed.strong, guess: typed.guess, source: typed.source})
      }
    }
    const start = blockOffset(b.block, c.start)
    const end = Math.max(start, endOffset(context, b.block, b.words.text, c.end))
    if (user.some((u) => u.start < end && start < u.end)) continue
    const m = mention(start, end, context.source.slice(start, end), formWords(c, b.words.tokens), typed.type, {sure: typed.sure, unconfirmed: c.unconfirmed, acronym: c.acronym}, b.block.index)
    if (typed.canonical) m.canonical = typed.canonical
    if (typed.weak) m.weak = true
    if (typed.common) m.common = true
    if (typed.guess) m.guess = true
    if (typed.guess && workNear(b.words.tokens, c)) m.work = true
    if (typed.strong) m.strong = true
    if (typed.source) m.source = true
    if (((typed.weak && typed.type === 'person') || typed.guess) && personPronounAfter(b.words.tokens, c.last, lx)) m.pronoun = true
    if (c.title) m.title = withoutFullStop(c.title)
    if (m.type === 'person') {
      const lowTitle = lowerTitle(b.words.tokens, c, lx)
      if (!m.title && lowTitle) m.title = lowTitle
      const role = roleOf(b.words.tokens, b.words.text, c, lx)
      if (role && role !== m.title) m.role = role
    }
    if (c.pair && conv.has(c.pair)) {
      const p = conv.get(c.pair)!
      m.pair = p
      p.pair = m
      if (m.acronym) m.type = p.type
      else p.type = m.type
    }
    conv.set(c, m)
    mentions.push(m)
    listed.push({c, m})
    // `le tribunal de grande instance de Nanterre`, `Tribunal des flagrants délits de Dakar`: the place that ends a court's or a
    // prefecture's name is a place too.
    if (m.type === 'organization') {
      const q = jurisdictionTail(b.words.tokens, c, lx)
      if (q >= 0) {
        const at = b.words.tokens[q]!.start
        const form = b.words.text.slice(at, c.end)
        const place = lx.places.get(fold(form))
        const t = mention(blockOffset(b.block, at), end, context.source.slice(blockOffset(b.block, at), end), spaceSplit(form).map(fold), 'location', {sure: place !== undefined}, b.block.index)
        if (place !== undefined) t.canonical = place
        mentions.push(t)
      }
    }
  }
  shareListTypes(listed, b.words.tokens, b.words.text, lx, lowerSeen, lists)
  for (const r of looseRoles(b.words.tokens, b.words.text, lx)) {
    roles.push({at: blockOffset(b.block, r.start), text: r.text, block: b.block.index})
  }
}

/**
 * A dash between a name and the capitalised article of a motto: `Pastef–Les Patriotes`, `AGIR – Les Leaders`, `AGIR-Les Leaders`
 * (not a hyphen between spaces, which parts a work's title from its subtitle: `Sophie Scholl - The Final Days`).
 */
const MOTTO_DASH = /^(?:[ \u00a0]?[–—][ \u00a0]?|-)$/

/**
 * `Pastef–Les Patriotes`, `AGIR – Les Leaders`: a name, a dash, then a capitalised article and a name, is one name (a party and its
 * motto); the candidates of both halves become one (`cands` is changed in place).
 */
function mottoNames(words: BlockWords, cands: Candidate[], lx: EntityLookups) {
  const {tokens, text} = words
  let j = 0
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!
    const prev = j > 0 ? cands[j - 1]! : undefined
    const article = tokens[c.first - 1]
    // (Not a place's name before a sentence, `WASHINGTON, DC—The Privacy and Civil Liberties Oversight Board`: a motto is short.)
    if (prev !== undefined && !prev.title && !c.title && prev.type !== 'person' && c.type !== 'person' && c.last - c.first <= 2 && !lx.places.has(fold(prev.form)) && article !== undefined && prev.last === c.first - 2 && article.shape === 'cap' && is(article, ARTICLE) && MOTTO_DASH.test(article.gap) && isSpaceGap(tokens[c.first]!.gap)) {
      cands[j - 1] = candidate(words.index, prev.first, c.last, prev.start, c.end, text.slice(prev.start, c.end), 'organization', false)
      continue
    }
    cands[j++] = c
  }
  cands.length = j
}

/**
 * `Génération.s`: a known organisation's name written with a full stop before a short lower-case ending, which the candidate pass
 * stopped at; the candidate takes the ending (`cands` is changed in place).
 */
function dottedKnown(words: BlockWords, cands: Candidate[], lx: EntityLookups) {
  const {tokens, text} = words
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!
    const next = tokens[c.last + 1]
    if (next === undefined || next.gap !== '.' || next.shape !== 'lower' || next.end - next.start > 3) continue
    const form = text.slice(c.start, next.end)
    if (lx.organizations.has(fold(form)) && (cands[i + 1] === undefined || cands[i + 1]!.first > c.last + 1)) cands[i] = candidate(words.index, c.first, c.last + 1, c.start, next.end, form, null, false)
  }
}

/** Words that make a post's signature of two words a body's: `Foot Mercato`, `Présidence Sénégal`, `Sky Sports`. */
const SIGNATURE_LISTS: readonly WordList[] = ['organizations', 'orgCues', 'orgHeads', 'notNames', 'places']

/** The gap before a post's handle: `Foot Mercato (@footmercato)`. */
const HANDLE_GAP = /[ \u00a0]\(@$/
/** A dash that opens a post's signature (`— Taggat`, `#Meurtre— Police`), not a hyphen inside a word. */
const SIGNATURE_DASH = /(?:[—–]|(?:^|[ \u00a0\n])-)[ \u00a0]$/

/**
 * `— Foot Mercato (@footmercato)`, `— Police Nationale du Sénégal (@PoliceNationSN)`: the name that signs an embedded post,
 * between a dash and its handle in brackets on one line, is one name whatever its words, an organisation's (a medium, a club, a
 * body that posts), unless a given name or a known surname opens or closes it (`— Alioune Tine (@aliounetine16)`: a person).
 */
function signatures(words: BlockWords, lx: EntityLookups): Candidate[] {
  const {tokens, text} = words
  const out: Candidate[] = []
  for (let k = 1; k < tokens.length; k++) {
    if (!tokens[k]!.gap.endsWith('(@') || !HANDLE_GAP.test(tokens[k]!.gap)) continue
    const last = k - 1
    let first = -1
    for (let q = last; q >= 0 && q > last - 6; q--) {
      const gap = tokens[q]!.gap
      if (SIGNATURE_DASH.test(gap)) {
        first = q
        break
      }
      if (gap.includes('\n') || gap.includes('(') || gap.includes(')')) break
    }
    if (first < 0) continue
    const a = tokens[first]!
    const z = tokens[last]!
    // (`Pressafrik.com`: a site's name ends with its domain.)
    if ((a.shape !== 'cap' && a.shape !== 'upper') || (z.shape === 'lower' && !(last > first && z.gap === '.'))) continue
    const short = last > first && last - first <= 2
    // (A person's name is left to the candidate pass: measured, typing it here added as many wrong people, `Diagne Madiambal` for
    // `Madiambal Diagne`, as right ones.)
    const person = !lx.organizations.has(a.key) && (lx.givenNames.has(a.key) || (short && (lx.surnames.has(a.key) || (z.shape === 'cap' && lx.surnames.has(z.key)))))
    // (Nor two plain capitalised words no list knows, `— Curt Schilling (@gehrig38)`: a person's name as often.)
    const plain = last === first + 1 && a.shape === 'cap' && z.shape === 'cap' && !inLists(lx, a.key, SIGNATURE_LISTS) && !inLists(lx, z.key, SIGNATURE_LISTS)
    if (!person && !plain) out.push(candidate(words.index, first, last, a.start, z.end, text.slice(a.start, z.end), 'organization', false))
  }
  return out
}

/**
 * The folded words of a candidate's form (`spaceSplit(c.form).map(fold)`): its tokens' keys when the form is its tokens
 * parted by single spaces (most names), without splitting and folding the form again.
 */
function formWords(c: Candidate, tokens: readonly Token[]): string[] {
  const a = tokens[c.first]
  const z = tokens[c.last]
  if (a !== undefined && z !== undefined && a.start === c.start && z.end === c.end) {
    let plain = true
    for (let k = c.first + 1; k <= c.last && plain; k++) plain = tokens[k]!.gap === ' '
    if (plain) {
      const words: string[] = []
      for (let k = c.first; k <= c.last; k++) words.push(tokens[k]!.key)
      return words
    }
  }
  return spaceSplit(c.form).map(fold)
}

/** Folded lower-case words of the blocks' text, folded capitalised words in runs glued at no front, and pairs of capitalised words after a space. */
function moreKeys(blocks: readonly {words: BlockWords}[]): {lower: Set<string>; plain: Set<string>; pairs: Set<string>} {
  const lower = new Set<string>()
  const plain = new Set<string>()
  const pairs = new Set<string>()
  for (const b of blocks) {
    let prev: Token | undefined
    for (const t of b.words.tokens) {
      if (t.shape === 'lower') lower.add(t.key)
      else if (t.shape === 'cap' && prev !== undefined && (prev.shape === 'cap' || prev.shape === 'upper') && isSpaceGap(t.gap)) pairs.add(prev.key + ' ' + t.key)
      prev = t
    }
    plainCapitals(b.words.tokens, plain)
  }
  return {lower, plain, pairs}
}

/**
 * Input offset just after the block character before `i`: the end of a
 * name that closes a link (`[Seneweb.com](https://…)`) is the end of the
 * link text, not of the link.
 */
function endOffset(context: Context, block: Context['blocks'][number], text: string, i: number): number {
  if (i === 0) return blockOffset(block, i)
  const last = blockOffset(block, i - 1)
  return context.source[last] === text[i - 1] ? last + 1 : blockOffset(block, i)
}

function userSpans(context: Context): RecognizedSpan[] {
  const out: RecognizedSpan[] = []
  const recognizers = context.options.recognizers ?? []
  for (const r of recognizers) {
    let spans: readonly RecognizedSpan[] = []
    try {
      spans = r({source: context.source, language: context.locale.code, blocks: context.blocks.map((b) => ({start: b.start, end: b.end}))})
    } catch {
      continue
    }
    for (const s of spans ?? []) {
      if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') continue
      if (!(s.start >= 0 && s.end > s.start && s.end <= context.source.length)) continue
      if (s.type !== 'person' && s.type !== 'organization' && s.type !== 'location') continue
      if (out.some((o) => o.start < s.end && s.start < o.end)) continue
      out.push({start: s.start, end: s.end, type: s.type})
    }
  }
  return out
}

/** The type of a candidate, or null when it is not a name. */
function typeOf(c: Candidate, block: BlockWords, lx: EntityLookups, lowerSeen: ReadonlySet<string>, wordSeen: ReadonlySet<string>): Typing | null {
  const {tokens} = block
  const key = fold(c.form)
  if (c.type === 'person') return typing('person', false)
  // `Group B`, `le Groupe G des éliminatoires`: a group of a competition's draw, no body.
  if (contestGroup(tokens, c, lx)) return null
  // `Newark, N.J.`, `San Jose, Calif.`: a state's abbreviation after a place's name and a comma is a place.
  if (c.first === c.last && stateAfterPlace(block, c.first, lx)) return typing('location', true)
  // `firms such as Swiss Re and Munich Re`: named in a list of organisations.
  if (c.listed) return typing('organization', true, {strong: true})
  // `the Spanish FA`: a country's demonym and an acronym no list knows name the country's body.
  if (c.last === c.first + 1 && nationalBody(tokens, c.last, lx)) return typing('organization', true)
  // Teams of a fixture line: `Derby v Watford`, `Southampton v Liverpool`; people when a side opens with a given name (`Sonko vs
  // Mame Mbaye Niang`, `Balla Gaye 2 vs Siteu`: a duel).
  const vs = fixtureWordAt(tokens, c, lx)
  if (vs >= 0 && duelAt(tokens, vs, lx)) return typing('person', false)
  if (fixtureSide(tokens, c, lx)) return typing('organization', true, {strong: true})
  // `housebuilder George Wimpey`, `Championship side Wolves`; `nos confrères de Kawtef` unless a known place.
  const orgNoun = c.title ? 0 : orgNounBefore(tokens, c, lx)
  if (orgNoun === 1 && !lx.countries.has(key)) return typing('organization', true, {strong: true})
  // `soutien aux Lions`, `refus des visas aux Lionnes`, `the Cleveland Cavaliers`: a team's nickname, alone or after a town's name
  // (or words no given name opens), is the team, no place nor person.
  // (Not a known organisation's name, which keeps its canonical form below: `Barça`.)
  if (!c.title && !lx.organizations.has(key) && teamNickname(tokens, c, lx)) return typing('organization', true)
  const place = lx.places.get(key)
  // A city's club: `Southampton manager Harry Redknapp`, `l’entraîneur de Marseille`.
  // (`Chelsea beat Southampton`, `Lyon a battu Lens`: the town a verb of a match has for object is its club.)
  if (place !== undefined && !lx.countries.has(key) && (teamRoleNear(tokens, c, lx) || matchObject(tokens, c, lx))) return typing('organization', true, {strong: true})
  // `Chelsea boss Jose Mourinho`, `the Wasps wing`, `Ladbrokes spokesman Warren Lush`: one word before a team or firm role is its organisation.
  // (Not a common noun capitalised at a sentence's start, an organisation head or a word the article writes in lower case: `Campaign
  // boss Tony Blair` names no body.)
  if (place === undefined && c.first === c.last && !c.title && !lx.givenNames.has(key) && !lx.demonyms.has(key) && teamRoleAfter(tokens, c, lx) && !(tokens[c.first]!.initial && (is(tokens[c.first]!, ORG_HEAD) || lowerSeen.has(key)))) {
    // (A known organisation keeps its full name: `Tory spokesman` is the Conservatives'.)
    const known = lx.organizations.get(key)
    return known === undefined ? typing('organization', true, {strong: true}) : typing('organization', true, {strong: true, canonical: known})
  }
  // `the US Open`, `the 2000 US Open final`: a country's name before a capitalised word of `countryEvents` names the event, no place.
  const event = tokens[c.last + 1]
  if (place !== undefined && lx.countries.has(key) && event !== undefined && event.shape === 'cap' && isSpaceGap(event.gap) && lx.countryEvents.has(event.key)) return null
  if (place !== undefined && !c.title) return typing('location', true, {canonical: place})
  // `d’Ouest à Sud-Ouest`, `du secteur Nord-Ouest au Sud-Ouest`: a side of the compass a few words after another is the end of a
  // range of directions (a wind's), no place.
  if (c.first === c.last && compassSide(key, lx) && compassBefore(tokens, c.first, lx)) return null
  // `dans le Nord`, `vers le Sud`: a capitalised side of the compass after a place preposition and its article is that region.
  if (c.first === c.last && compassRegion(tokens, c.first, lx)) return typing('location', true)
  // `Leicester South`, `North Dorset`, `Pikine Nord`: a town and points of the compass, a seat or a district.
  if (!c.title && compassPlace(tokens, block.text, c.first, c.last, lx)) return typing('location', true)
  // `Chelsea de Nicolas Jackson`, `l’OM de Roberto De Zerbi`: a name followed by an owner's particle and a person's name is the body the
  // person leads or plays for.
  if (!c.title && !c.unconfirmed && c.last - c.first < 3 && tokens[c.last + 1] !== undefined && isSpaceGap(tokens[c.last + 1]!.gap) && ownerAfter(tokens, c.first, c.last + 1, lx)) return typing('organization', true)
  // `a stake in Sina`, `acquired Pyra Labs`, `merger with Deutsche Boerse`: what is owned or bought is a firm (not after `in`: a place).
  // (Not a town before its state: `acquire Englewood, Colo., homebuilder Winley`.)
  if (!c.title && !lx.givenNames.has(tokens[c.first]!.key) && cueBefore(tokens, c.first, lx.ownershipCues, true) && !placeAfterComma(tokens, c, lx)) return typing('organization', true)
  // `Vivendi's board`, `Genentech's stock`, `les actionnaires de Vivendi`: what a firm has or earns.
  if (!c.title && !lx.givenNames.has(tokens[c.first]!.key) && firmPossessionNear(tokens, c, lx)) return typing('organization', true)
  // `France 5`, `Russia 24`, `France 3 Hauts-de-France`: a country's name and a number name a channel or a club; a town's, after a place preposition or a place noun, a district (`à Mbour 4`, `le quartier de Grand Yoff 4`).
  const numbered = c.last > c.first ? numberedAt(block, c.first, c.last, lx) : -1
  if (numbered > 0) {
    const district = numbered === c.last && (placeBefore(tokens, c.first, lx) || placeNounBefore(tokens, c, lx)) && !lx.countries.has(key.slice(0, key.lastIndexOf(' '))) && !lx.organizations.has(key)
    return district ? typing('location', true) : typing('organization', true)
  }
  // `à Afia 6`, `à Gueule-Tapée 2`: a name no list knows and a small number after a place preposition is a numbered district.
  // (Not a person's name, a wrestler's: `hommage à Balla Gaye 2`.)
  if (numbered < 0 && c.last > c.first && districtNumber(tokens[c.last]!) && !lx.givenNames.has(tokens[c.first]!.key) && !lx.organizations.has(key) && ((placeBefore(tokens, c.first, lx) && !weakPrepBefore(tokens, c.first, lx)) || placeNounBefore(tokens, c, lx))) return typing('location', true)
  const articledOrg = articledOrganization(tokens, c, key, lx)
  if (articledOrg !== undefined) return typing('organization', true, {canonical: articledOrg})
  const org = lx.organizations.get(key)
  if (org !== undefined) return typing('organization', true, {canonical: org})
  // `une information du Figaro`, `a répondu au Parisien`, `la République en marche`: a known name that opens with an article, without it after an
  // article, a contracted one or a place preposition.
  const bare = lx.bareOrganizations.get(key)
  if (bare !== undefined && articleBefore(tokens, c.first, lx, ARTICLE_LISTS)) return typing('organization', true, {canonical: bare})
  // `alias Siteu`, `surnommé « Julo »`, `plus connue sous le nom d’Adja`: a nickname is a person's.
  if (!c.title && c.last - c.first < 2 && cueBefore(tokens, c.first, lx.nicknameCues, false, true)) return typing('person', true)
  // `selon Kawtef`, `rapporte L’Observateur`: a short name after a source cue is a medium, kept though named once
  // (not sure: a person's surname used alone still goes to that person).
  // (`told the Evening Standard`, `a confié à Sport Auto`: a name of up to three words that no given name opens, after an article or
  // without one; `selon Ousmane Sonko` stays a person's.)
  // (`a survey by the TowerGroup`, `un rapport de la Centif`: an article may stand between the cue and the name.)
  if (!c.title && sourceName(tokens, c, lx) && (cueBefore(tokens, c.first, lx.sourceCues, true, true) || (articleBefore(tokens, c.first, lx) && cueBefore(tokens, c.first - 1, lx.sourceCues, true)))) return typing('organization', false, {source: true})
  if (orgNoun === 2) return typing('organization', true)
  // `the Al-Jazeera television channel`, `the Laura Ashley group`: an organisation noun right after the name.
  if (!c.title && orgNounAfter(tokens, c, lx)) return typing('organization', true)
  // `Virtus Bologna, club phare de la Serie A`, `Sedima, société spécialisée dans…`: an organisation noun without an article in
  // apposition after a name no list knows as a place or a given name.
  if (!c.title && orgNounApposition(tokens, c, lx)) return typing('organization', true)
  // `the East Kilbride seat`, `Helmand province`: a lower-case division right after a name no list knows (no given name, common word
  // of the article or organisation cue in it: `Parliamentary constituency`, `Alter Television station`).
  if (!c.title && !c.acronym && c.last - c.first < 3 && !lx.givenNames.has(tokens[c.first]!.key) && !lx.organizations.has(key) && capitalsOnly(tokens, c.first, c.last) && !commonWordIn(tokens, c, lowerSeen) && !orgCueIn(tokens, c, lx) && placeNounAfter(tokens, c, lx)) return typing('location', false)
  // `Haut-Valromey, au nord-est de Lyon`, `Makri, north of Athens`, `Boksburg, 25 km east of Johannesburg`: a name no list knows
  // before a comma, maybe a distance, and a side of the compass with its `de` or `of` is a place.
  if (!c.title && !c.acronym && c.last - c.first < 3 && !lx.givenNames.has(tokens[c.first]!.key) && !lx.organizations.has(key) && !orgCueIn(tokens, c, lx) && compassSideAfter(tokens, c, lx)) return typing('location', true)
  // `la région Bourgogne-Franche-Comté`, `the state of Hessen`: a place word in lower case before the name.
  // (Not before an organisation head and its words: `la mise en place du Comité national de gestion de la lutte`.)
  if (!c.title && placeNounBefore(tokens, c, lx) && !(c.last > c.first && is(tokens[c.first]!, ORG_HEAD))) return typing('location', true)
  if (c.type) return typing(c.type, true)
  const first = tokens[c.first]!
  const last = tokens[c.last]!
  const words = c.last - c.first + 1
  // `Sunugox.info`
  if (words > 1 && last.gap === '.') return typing('organization', true)
  // `Bradford & Bingley` (not two known places: `Folkestone & Hythe`, a seat)
  if (placePair(tokens, c.first, c.last, lx)) return typing('location', true)
  for (let k = c.first + 1; k <= c.last; k++) if (tokens[k]!.gap.includes('&')) return typing('organization', true)
  // `le Centre du pays`, `au Centre du Sénégal`: a head that is no name alone (`notNames`), then `de` and a place or a common noun,
  // is a part of the country, no body (`Centre hospitalier de Dakar`, `Centre Pompidou` go on).
  if (words > 2 && is(first, ORG_HEAD) && is(first, NOT_NAME) && regionOf(tokens, c, lx)) return null
  // (`Port autonome de Dakar`: a head of several words, though its first is a place word.)
  if ((is(first, ORG_HEAD) || titleAt(tokens, c.first, lx.orgHeads, lx.orgHeadWords) > 1) && words > 1) return typing('organization', true)
  // `Richard Hill`, `Stephen Cape`: a given name then one place word is a person, unless a place preposition comes before (`in Victoria Park`).
  // `le coach du Stade de Rennes`, `l’entraîneur de l’AS Monaco`: a team role before `de` names the club.
  if (words > 1 && !lx.givenNames.has(first.key) && teamRoleNear(tokens, c, lx)) return typing('organization', true)
  // (`PASTEF Médina`, like `Pastef France`: a known party's acronym in capitals before a place word that opens a place's name, the
  // party's branch there; not a name no list holds, `SECC Arena`.)
  if (words === 2 && is(last, LOC_CUE) && last.shape === 'cap' && first.shape === 'upper' && lx.organizations.has(first.key)) return typing('organization', true)
  if (words > 1 && is(last, LOC_CUE) && !(words === 2 && lx.givenNames.has(first.key) && !first.initial && !placeBefore(tokens, c.first, lx))) return typing('location', true)
  // (`Bridge Street`, `Park Royal`: a place word first; not with an organisation word inside, `State University of New York`.)
  if (words > 1 && is(first, LOC_CUE) && !orgCueIn(tokens, c, lx)) return typing('location', true)
  for (let k = c.first; k <= c.last; k++) {
    const t = tokens[k]!
    // `in Park City`, `à Salt Lake City`: an organisation word that also ends a place's name, ending a name of several words after
    // a place preposition, is the place's (`face à City`, `in Manchester City's win` stay the club's).
    if (k === c.last && k > c.first && lx.placeHeads.has(t.key) && placeBefore(tokens, c.first, lx) && !POSSESSIVE_AFTER.test(tokens[c.last + 1]?.gap ?? '')) return typing('location', true)
    if (is(t, ORG_CUE) && (words > 1 || t.shape === 'upper')) return typing('organization', true)
  }
  // `Airbus A380`, `Nokia N95`, `Canon EOS 5D`: a known organisation's name then a model's code name a product, no body.
  if (words === 2 && lx.organizations.has(first.key) && MODEL_CODE().test(last.text)) return null
  // `BBC One`, `Reuters Television`: a known organisation's name first.
  // (Not a known name that is also a given name, before a surname the lists know: `Meta Kandé`, a player.)
  if (words > 1 && (lx.organizations.has(first.key) || knownOrgOpens(block, c, lx)) && !(words === 2 && knownSurnameAfterOrg(first, last, lx))) return typing('organization', true)
  // `F. Faye`, `A. B. Mansaly`: initials and a surname are a person's name (not a state's abbreviation: `Bluefield, W. Va.`).
  if (initialsName(tokens, c.first, c.last) && !lx.stateAbbreviations.has(last.key)) return typing('person', false)
  // `Tsai Ing-wen`, `Tchang Kaï-chek`: a surname and a given name of two syllables joined by a hyphen (candidates.ts: `syllableGivenName`).
  if (syllableName(tokens, c.first, c.last, lx)) return typing('person', false)
  // `S.O. Diallo`: initials written together with their full stops, then a surname the lists know.
  if (words === 2 && DOTTED_INITIALS.test(first.text) && isSpaceGap(last.gap) && last.shape === 'cap' && lx.surnames.has(last.key) && !lx.organizations.has(key)) return typing('person', false)
  if (c.title) {
    // `the General Election`, `the Pope Emeritus`, `a Justice Department spokeswoman`: one word after a title that the article
    // also writes in lower case is a common noun: an organisation with the title when it is an organisation word, else nothing.
    if (words === 1 && !first.initial && lowerSeen.has(first.key)) return is(first, ORG_CUE) && c.lead !== undefined ? typing('organization', true) : null
    // (`Mike Gansey, General Manager des Cavaliers`: one word after a title that is a role itself is the role's last word, no name.)
    if (words === 1 && first.shape === 'cap' && is(first, ROLE) && !lx.givenNames.has(first.key) && !lx.surnames.has(first.key)) return null
    return typing('person', true)
  }
  // `AC Milan`, `CHU de Dijon`, `CPAM de Loire-Atlantique`: an acronym before a name, maybe after a particle.
  if (words > 1 && first.shape === 'upper' && (tokens[c.first + 1]!.shape === 'cap' || isParticle(tokens[c.first + 1]!, lx))) {
    // (`AL Gooneratne told a news conference`, `by AR Rahman, the director of…`: initials in capitals before one surname no list
    // knows, then a person's cue, are a person's name.)
    if (words === 2 && first.key.length <= 3 && last.shape === 'cap' && !DIGIT.test(last.text) && !lx.organizations.has(first.key) && !inLists(lx, last.key, INITIALS_SURNAME_STOPS) && (speechVerbAfter(tokens, c, lx) || roleAppositionAfter(tokens, c, lx) || personAppositionAfter(tokens, c, lx) || roleRightAfter(tokens, c, lx))) return typing('person', false)
    return typing('organization', false)
  }
  // `Afrique Occidentale Française`: a place and its adjectives.
  if (words > 1 && lx.places.has(first.key) && adjectivesOnly(tokens, c.first + 1, c.last, lx)) return typing('location', true)
  // `Praia da Luz`, `Rio de Janeiro`: a place with a particle.
  // (Not a given name that is a place's too before a name particle and a word no list knows as a place: `Dominique de Villepin`.)
  if (words > 2 && lx.places.has(first.key) && tokens[c.first + 1]!.shape === 'lower' && !(lx.givenNames.has(first.key) && is(tokens[c.first + 1]!, NAME_PARTICLE) && last.shape === 'cap' && !lx.places.has(last.key))) return typing('location', true)
  // `The Guardian`: people's names do not open with an article.
  // (Not one singular word no list knows after a capitalised article of `titleArticles` inside a sentence: a work's title, `Oscar
  // hopefuls The Aviator`, `a film version of The Hobbit`; a band's name is plural, `The Beatles`, and a newspaper's is known, `The
  // Guardian`. French opens newspapers' names so, `Le Soleil`: no title article.)
  if (words === 2 && !first.initial && first.shape === 'cap' && lx.titleArticles.has(first.key) && singularTitleWord(last, lx)) return null
  if (words > 1 && is(first, ARTICLE) && !first.initial) return typing('organization', false, {weak: true})
  // `an analyst at Goodbody Stockbrokers`, `analyste chez Natixis`: the body a person with a role works for.
  if (!c.title && employerBefore(tokens, c.first, lx)) return typing('organization', true)
  // `Evening Standard reporter Oliver Finegold`, `Lib Dem leader Charles Kennedy`: capitalised words no given name opens, then a
  // member's role and a given name, are the body the person works for (not opening a sentence nor holding a word the article writes in lower case: `Former Tory minister`).
  if (words >= 2 && words <= 3 && !first.initial && !lx.givenNames.has(first.key) && capitalsOnly(tokens, c.first, c.last) && !commonWordIn(tokens, c, lowerSeen) && memberRoleAfter(tokens, c, lx)) return typing('organization', true)
  // `le parquet de Kaolack`, `le ministère public de Brunswick`: the place a body's authority covers.
  if (words <= 3 && !c.acronym && !lx.givenNames.has(first.key) && capitalsOnly(tokens, c.first, c.last) && jurisdictionBefore(tokens, c.first, lx)) return typing('location', false)
  // Place prepositions: `à Bamako`, `in Frankfurt`; opening the sentence before a comma, `À Assadabad, un missile…`.
  // (`au Groupe`, `au Parlement`: an organisation word alone is not a place.)
  // (`dans la Fonction publique`, `grève dans la Justice`: a word the article also writes in lower case, or one a lower-case adjective follows, is a common noun.)
  // (`à Henriette Niang Kandé, directrice de publication`: a role after a comma describes a person.)
  const placePrep = placeBefore(tokens, c.first, lx) || openingPlace(tokens, c, lx)
  // `licence en Pharmacie`, `élève en S1`, `en Premier League`, `Rendez-vous en Terre inconnue`: after a place preposition that
  // takes common nouns, levels and teams as often as places, a name no list knows is none.
  if (placePrep && weakPrepBefore(tokens, c.first, lx)) return null
  // (`a demandé à Diomaye`, `hommage à Alseyni Ba`, `la parole à Sonko`: a given name or a known surname alone, or a known surname
  // closing the name, is the person spoken to, no place; known places were typed above.)
  const personName = lx.dativePreps.has(tokens[c.first - 1]?.key ?? '') && ((words === 1 && first.shape === 'cap' && (lx.givenNames.has(first.key) || lx.surnames.has(first.key))) || (words > 1 && last.shape === 'cap' && lx.surnames.has(last.key)))
  // (`au CNG`, `à la CDC`: an acronym of three letters or more that no list knows names a body far more often than a place; known
  // places were typed above.)
  const acronymBody = c.acronym && first.key.length >= 3
  if (placePrep && !personName && !acronymBody && !roleAppositionAfter(tokens, c, lx) && !(words === 1 && (is(first, ORG_CUE) || lowerSeen.has(first.key) || adjectiveAfter(tokens, c, lx))) && (words === 1 || (words <= 3 && !lx.givenNames.has(first.key) && !commonWordIn(tokens, c, lowerSeen)))) {
    return typing('location', false)
  }
  // The organisation of a role: `reporter du Daily Mail`, `directeur de Sonatel`, `spokesman for Lufthansa`.
  // A single unknown word after `chief executive of` names the organisation (`Metrojaya`) unless the article writes it in lower case.
  // `le frère de Balla Gaye 2`, `the widow of John Smith`: a tie between people names a person.
  if (!c.acronym && kinBefore(tokens, c.first, lx)) return typing('person', false)
  const role = roleOfOrg(tokens, c.first, lx)
  // `maire de Lherm`, `député des Bouches-du-Rhône`: a role held over a place names the place.
  if (role && lx.placeRoles.has(role) && !c.acronym && words <= 3) return typing('location', false)
  // `l’avocat de Murielle Bolle`, `conseiller de Sadio Mané`: a given name and a surname after the role are a person's.
  if (role && words >= 2 && words <= 3 && lx.givenNames.has(first.key) && !first.initial && capitalsOnly(tokens, c.first, c.last)) return typing('person', false)
  if (role) return typing('organization', words === 1 && !c.acronym && !lowerSeen.has(first.key) && !c.unconfirmed)
  // A person role or title just before: `le ministre-conseiller Ousseynou Ly`, `striker Didier Drogba`.
  const prev = tokens[c.first - 1]
  // `its rival Peoplesoft`, `US rivals Ford`: a competitor named without a given name is a firm (a surname used alone still goes to its person).
  // `at home to Bayer Leverkusen`, `drew with Real Betis`: the opponent in a fixture is a team (not a known place: `at home to Liverpool`).
  if (!c.title && !c.acronym && !lx.givenNames.has(first.key) && words >= 2 && words <= 3 && !lx.places.has(fold(c.form)) && cueBefore(tokens, c.first, lx.fixtureCues, false)) return typing('organization', false, {source: true})
  if (prev && prev.shape === 'lower' && SPACE_GAP.test(first.gap) && lx.rivalWords.has(prev.key) && !lx.givenNames.has(first.key) && words <= 3) return typing('organization', false, {source: true})
  // (`son mari Sergueï`, `his wife Cherie`: a kinship word after a function word, right before a name, is a person's role; not
  // `US partner Biogen Idec`, `imaging partner Sertit`.)
  if (prev && prev.shape === 'lower' && isSpaceGap(first.gap) && (is(prev, ROLE) || is(prev, TITLE) || (lx.kinRoles.has(prev.key) && !c.acronym && c.first > 1 && is(tokens[c.first - 2]!, STOP) && isSpaceGap(prev.gap)))) {
    // `candidat FN`, `Labour MP`: an acronym after a role is its organisation.
    if (c.acronym) return typing('organization', false)
    return typing('person', true)
  }
  // `Laura Ashley is parting company with its chief`, `Laura Ashley, which…`: a thing, not a person; not a given name and a surname
  // (`the foul on Ashley Cole for which he was banned`, `a former spy, Christopher Steele, which prompted`: the pronoun is the thing's).
  if (!(words >= 2 && lx.givenNames.has(first.key) && !first.initial) && thingPronounAfter(tokens, c, lx)) return typing('organization', true, {strong: true})
  if (c.acronym) return typing('organization', false)
  if (words === 1) {
    // `Bouches-du-Rhône`, `Sausset-les-Pins`, `Stratford-upon-Avon`: a place's compound name.
    if (first.text.includes('-') && placeCompound(first.key, lx)) return typing('location', true)
    // `a précisé Peskov`, `said Peskov`: the subject after a speech verb.
    if (speechBefore(tokens, c, lx)) return typing('person', false)
    // `le petit Grégory`, `Gerry et Kate McCann`: a given name alone.
    if (lx.givenNames.has(first.key) && !first.initial) return typing('person', false)
    // `le porte-parole du Kremlin, Peskov`
    if (roleOf(tokens, '', c, lx) !== undefined) return typing('person', true)
    // `Aliyah, 20 ans,`, `Mountakha (10 ans)`, `Diadia, une vendeuse de 30 ans`: an age after the name (not `X, who`: bands
    // and families take it too).
    if (personAppositionAfter(tokens, c, lx, true)) return typing('person', false)
    // `Hier, Sonko a réaffirmé`, `la sortie de Gadiaga`: a known surname alone, opening a sentence too (no French or English word).
    if (lx.surnames.has(first.key) && first.shape === 'cap') return typing('person', false)
    // `the Commons`, `le Sénat`; not before a capitalised word of an award or an event the name stopped at (`the Academy Award`,
    // `a League Cup tie`): the two name a prize or a contest.
    const prize = tokens[c.last + 1]
    if (is(first, ORG_CUE) && !first.initial && first.key.length >= 5 && !(prize !== undefined && prize.shape === 'cap' && SPACE_GAP.test(prize.gap) && (is(prize, EVENT) || (is(prize, NOT_NAME) && !is(prize, STOP) && !is(prize, TITLE))))) return typing('organization', true)
  }
  let allUpper = true
  let particles = false
  // (Only name particles that are no stop word, after a given name: `Luiz Inacio Lula da Silva` is a person's name.)
  let nameOnly = lx.givenNames.has(first.key)
  for (let k = c.first; k <= c.last; k++) {
    const t = tokens[k]!
    if (t.shape === 'cap') allUpper = false
    if (t.shape === 'lower') {
      particles = true
      if (!is(t, NAME_PARTICLE) || is(t, STOP)) nameOnly = false
    }
  }
  // `DROIT DE REPONSE`, `LETTRE OUVERTE`: an ALL-CAPS line of unknown words is a heading.
  if (words > 1 && allUpper && lineAlone(tokens, c)) return null
  // `QUE DIEU BÉNISSE LE MONDE`, `SPORTS DE TRADITION FRANÇAISE`, a prayer transliterated in capitals (`SOUBHANA LAHI WA …`): three
  // words or more in capitals that nothing above makes a body's name (no organisation word, cue nor known name) are a phrase shouted
  // or set as a heading, with or without a function word inside.
  if (words > 2 && allUpper) return null
  if (words > 1 && allUpper) return typing('organization', false)
  if (words > 1 && words <= 4) {
    // `Shaun of the Dead`, `Call of Duty`, `Bill of Rights`, `Lequel des Le Pen`: function words that people's names do not hold,
    // in capitalised words that nothing above makes a body's name (no organisation word, cue nor known name), name a work, a text,
    // an event or a phrase: no entity; a demonym opening them makes them a body's (`British Guilds of Commerce`).
    for (let k = c.first; k <= c.last; k++) {
      const t = tokens[k]!
      // (A particle no person's name holds counts, though the language has no such stop word: `Game of Thrones` in French copy.)
      if (t.shape === 'lower' && (is(t, STOP) || is(t, PARTICLE)) && !is(t, NAME_PARTICLE)) {
        return lx.demonyms.has(first.key) ? typing('organization', false) : null
      }
    }
    // `Météo France`, `Médis Sénégal`, `Google France`: capitalised words no given name, place or demonym opens, closed by a
    // country's name, are a body's name (its branch in that country), no person's; not a plan's before its year (`Vision Sénégal 2050`).
    if (lx.countryBranches && words === 2 && first.shape === 'cap' && last.shape === 'cap' && !first.initial && lx.countries.has(last.key) && !lx.givenNames.has(first.key) && !lx.places.has(first.key) && !lx.demonyms.has(first.key) && !lx.surnames.has(first.key) && !yearAfter(tokens, c.last)) return typing('organization', true)
    // (`Korka Fall`, `Tahirou Sarr`: a known surname closing capitalised words says so as a given name opening them does.)
    if (lx.givenNames.has(first.key) || (lx.surnames.has(last.key) && last.shape === 'cap' && first.shape === 'cap')) return typing('person', false)
    // `told the Evening Standard`, `the Kyoto Protocol`, `the West Country`: a lower-case article before a name with no given name
    // is no person's, whatever verb or role comes after it (people's names take none); with no other cue, too weak to keep.
    const before = tokens[c.first - 1]
    const article = before !== undefined && before.shape === 'lower' && is(before, ARTICLE) && !is(before, ELISION) && SPACE_GAP.test(first.gap) && !first.initial
    // `l’architecte italien Renzo Piano`, `Frenchman Arnaud Clement`, `signed Italian Generoso Rossi`: a nationality or a person
    // noun right before capitalised words the article never writes in lower case.
    if (!article && nationalityBefore(tokens, c, lx, lowerSeen)) return typing('person', false)
    if (speaks(tokens, c, lx) || roleRightAfter(tokens, c, lx) || personAppositionAfter(tokens, c, lx) || roleAppositionAfter(tokens, c, lx)) return article ? typing('person', false, {weak: true}) : typing('person', false)
    // `Free Trade Agreement`: capitalised common nouns of the article are not people's names.
    // `Manchester City de Pep Guardiola`: the owner or coach of a known organisation named just before (`knownOwnerAt`).
    if (words === 2 && c.first > 1 && knownOwnerAt(block, c.first - 1, lx)) return typing('person', false)
    for (let k = c.first + 1; k <= c.last; k++) {
      const t = tokens[k]!
      if (t.shape === 'cap' && lowerSeen.has(t.key)) return typing('organization', false, {weak: true, common: true})
    }
    return typing('person', false, {weak: true})
  }
  if (words > 4) return typing(particles && !nameOnly ? 'organization' : 'person', false)
  // `France's Total`, `Korea's Hyundai`, `the UK's Corus`: one unknown word after a country's possessive is a firm of that country,
  // kept though named once (`Switzerland's Federer` still goes to the person named in full).
  if (countryOwns(tokens, c, lx, lowerSeen)) return typing('organization', true, {source: true})
  // `la Fête de la musique`, `La Justice qui a sanctionné`, `lors d’un Thiant`: one word no rule types that the article also writes in
  // lower case as a word of a sentence is a common noun, no name.
  if (wordSeen.has(first.key)) return null
  // `50 Cent`, `American Idol`, `the British Empire`, `Robin van Persie`: one word no rule types, right after a number, a demonym or a
  // name's particle with a space, is the tail of a longer name cut there (a performer's, a show's, a person's): too weak to guess a body.
  if (fragmentTail(tokens, c.first, lx)) return null
  return typing('organization', false, {guess: true})
}

/**
 * Whether the name opens with a capitalised word of `contestGroupWords` (maybe after an article) and one capital letter or a number
 * (`Group B`, `Groupe G`, `Pool 2`), with no capitalised word after them.
 */
function contestGroup(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  if (lx.contestGroupWords.size === 0) return false
  let k = c.first
  if (k < c.last && is(tokens[k]!, ARTICLE)) k++
  const group = tokens[k]!
  const label = tokens[k + 1]
  if (!(k < c.last && group.shape === 'cap' && lx.contestGroupWords.has(group.key) && label !== undefined && isSpaceGap(label.gap) && GROUP_LABEL.test(label.text))) return false
  // (Not a firm's name going on in capitalised words: `Group 4 Securicor`.)
  for (let p = k + 2; p <= c.last; p++) if (tokens[p]!.shape !== 'lower') return false
  return true
}

/** A group's label in a draw: one capital letter or a number of one or two figures (`B`, `2`). */
const GROUP_LABEL = /^(?:[A-L]|\d{1,2})$/

/** Whether the name is a team's nickname of `teamNicknames`, alone or closing up to three capitalised words no given name opens (`Lions`, `Sale Sharks`). */
function teamNickname(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const last = tokens[c.last]!
  if (last.shape !== 'cap' || c.last - c.first > 2) return false
  if (c.first === c.last) return lx.teamNicknames.has(last.key)
  if (!lx.teamNicknames.has(last.key) && !lx.teamNicknames.has(tokens[c.last - 1]!.key + ' ' + last.key)) return false
  // (Not a known organisation's name after its town, which the lists type with its canonical name: `Neath-Swansea Ospreys`.)
  if (lx.organizations.has(last.key)) return false
  return !lx.givenNames.has(tokens[c.first]!.key) && capitalsOnly(tokens, c.first, c.last)
}

/**
 * How many words before or after a name `workNear` reads, within its block. A body guessed by the last resort
 * (`unknownNamesAsOrganizations`) with a lower-case noun of works or things that near one of its mentions (`her new comedy,
 * Rushlight, opens`, `the cancer drug Cardexa`) is a title or a product, no body: dropped.
 */
const WORK_WINDOW = 3

/**
 * Whether a lower-case noun of works or things (`film`, `game`, `drug`) stands within `WORK_WINDOW` words of the name (not the word
 * right after it, which the name may qualify: `the Bafta film awards`, `a Kestrel game console`).
 */
function workNear(tokens: readonly Token[], c: Candidate): boolean {
  const from = Math.max(0, c.first - WORK_WINDOW)
  const to = Math.min(tokens.length - 1, c.last + WORK_WINDOW)
  for (let k = from; k <= to; k++) if ((k < c.first || k > c.last + 1) && tokens[k]!.shape === 'lower' && is(tokens[k]!, WORK_CUE)) return true
  return false
}

/** Whether the token before `k` is a number, a capitalised demonym or a lower-case name particle (see `typeOf`'s last guess). */
function fragmentTail(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const before = tokens[k - 1]
  if (before === undefined || !isSpaceGap(tokens[k]!.gap)) return false
  if (FRAGMENT_NUMBER.test(before.text)) return true
  if (before.shape === 'cap' && lx.demonyms.has(before.key)) return true
  return before.shape === 'lower' && is(before, NAME_PARTICLE) && !is(before, ARTICLE) && !is(before, STOP)
}
const FRAGMENT_NUMBER = /^\d{1,4}$/

/**
 * Whether the words after the first of `c` are a particle, then a known place or a place noun in lower case (`du Sénégal`, `du
 * pays`; not `de formation judiciaire`).
 */
function regionOf(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const p = tokens[c.first + 1]!
  const rest = tokens[c.first + 2]!
  return c.last === c.first + 2 && p.shape === 'lower' && is(p, PARTICLE) && (lx.places.has(rest.key) ? rest.shape === 'cap' : rest.shape === 'lower' && is(rest, LOC_CUE))
}

/** Initials written together, each with its full stop (`S.O.`, `M.A.K.`). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u

/**
 * Whether `a b` is a known organisation's one word before a surname the lists know, capitalised and no place nor organisation word
 * (`Meta Kandé`, a player; not `Orange Money`, `Total Sénégal`).
 */
function knownSurnameAfterOrg(a: Token, b: Token, lx: EntityLookups): boolean {
  return a.shape === 'cap' && b.shape === 'cap' && isSpaceGap(b.gap) && lx.surnames.has(b.key) && !lx.places.has(b.key) && !lx.organizations.has(b.key) && !is(b, ORG_CUE) && !is(b, ORG_HEAD) && !lx.givenNames.has(b.key)
}

/**
 * Last token of the body's name `c` without the capitalised role or title words that close it (`Tory Leader`, `UKIP MEP`,
 * `Conservative Party Co-Chairman`, `Scottish National Party Justice`), or `c.last` when none does: what stays must name a body
 * by itself, a known organisation, an acronym, or words ending with an organisation head (not `Senate Majority Leader`, `Burger
 * King`, `Daily Star`, `Digital Communications Manager`), and not end with a particle (`European Court of Justice`).
 */
function roleTailCut(tokens: readonly Token[], c: Candidate, lx: EntityLookups): number {
  let q = c.last
  while (q > c.first && tokens[q]!.shape === 'cap' && isSpaceGap(tokens[q]!.gap) && roleWord(tokens[q]!, lx)) q--
  if (q === c.last) return c.last
  const rest = tokens[q]!
  if (rest.shape === 'lower' || is(rest, TITLE) || is(rest, ROLE)) return c.last
  const key = fold(tokens.slice(c.first, q + 1).map((t) => t.text).join(' '))
  return lx.organizations.has(key) || rest.shape === 'upper' || (q > c.first && is(rest, ORG_HEAD)) ? q : c.last
}

/**
 * Whether `t` is a title or a member's role, maybe after a prefix of the locale (`Co-Chairman`); not a role that is also a thing's
 * or a work's word (`Interactive Media Player`, `Daily Star`).
 */
function roleWord(t: Token, lx: EntityLookups): boolean {
  if (is(t, TITLE) || lx.memberRoles.has(t.key)) return true
  const dash = t.key.indexOf('-')
  const rest = t.key.slice(dash + 1)
  return dash > 0 && lx.namePrefixes.has(t.key.slice(0, dash)) && (lx.titles.has(rest) || lx.memberRoles.has(rest))
}

/** Whether a speech verb comes right after the name (`AL Gooneratne told`). */
function speechVerbAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const t = tokens[c.last + 1]
  return t !== undefined && t.shape === 'lower' && SPACE_GAP.test(t.gap) && lx.speechVerbs.has(t.key)
}

/**
 * Whether a country's name and a possessive come right before the one-word name (`Germany's DaimlerChrysler`): not a word the
 * article writes in lower case (`Russia's Gold`, `Argentina's Economy Minister`), nor one before a place noun (`Thailand's Phuket
 * island`, `Pakistan's Sindh province`) or a capitalised word, the rest of a name or title (`Britain's Foreign Secretary`).
 */
function countryOwns(tokens: readonly Token[], c: Candidate, lx: EntityLookups, lowerSeen: ReadonlySet<string>): boolean {
  const owner = tokens[c.first - 1]
  const next = tokens[c.last + 1]
  if (!lx.possessive || owner === undefined || owner.shape === 'lower' || owner.shape === 'other' || !POSSESSIVE_GAP.test(tokens[c.first]!.gap) || !lx.countries.has(owner.key)) return false
  if (lowerSeen.has(tokens[c.first]!.key)) return false
  return next === undefined || !SPACE_GAP.test(next.gap) || (next.shape === 'lower' && !is(next, LOC_CUE) && !lx.placeNameNouns.has(next.key))
}

/** A possessive `'s` between two words (`France's Total`). */
const POSSESSIVE_GAP = /^['’]s[ \u00a0]$/

/**
 * Whether the one capitalised word `c` opening a sentence is an ordinary word:
 * one the article never capitalises inside a sentence and no list knows, that
 * ends like a participle or an adverb (`Looking`, `Typically`; not before a
 * team's role: `Reading manager`), or that
 * qualifies a firm noun before the firm's name (`Software giant Microsoft`,
 * `Polling company Mori`).
 */
function ordinaryOpener(tokens: readonly Token[], c: Candidate, lx: EntityLookups, capSeen: ReadonlySet<string>): boolean {
  if (c.first !== c.last) return false
  const t = tokens[c.first]!
  const key = t.key
  if (t.shape !== 'cap' || capSeen.has(key) || lx.places.has(key) || lx.organizations.has(key) || lx.givenNames.has(key)) return false
  const noun = tokens[c.last + 1]
  const name = tokens[c.last + 2]
  // (`Reading manager Steve Coppell`: a team's role and a name after it name the team; not `Looking forward, Nestle`.)
  if (noun !== undefined && name !== undefined && noun.shape === 'lower' && SPACE_GAP.test(noun.gap) && lx.teamRoles.has(noun.key) && name.shape === 'cap' && SPACE_GAP.test(name.gap)) return false
  for (const e of lx.openingEndings) if (key.length >= e.length + 3 && key.endsWith(e)) return true
  // `Analysts are divided`, `Officials said`: the plural of a role or a firm noun names no one.
  if (pluralOf(key, lx.roles, lx) || pluralOf(key, lx.orgNouns, lx)) return true
  return noun !== undefined && name !== undefined && noun.shape === 'lower' && SPACE_GAP.test(noun.gap) && is(noun, ORG_NOUN) && name.shape !== 'lower' && SPACE_GAP.test(name.gap)
}

/** Whether a known organisation's name of several words opens the longer name (`France Bleu` in `France Bleu Roussillon`). */
function knownOrgOpens(block: BlockWords, c: Candidate, lx: EntityLookups): boolean {
  const most = lx.longNames.get(block.tokens[c.first]!.key)
  return most !== undefined && knownOpening(block, c.first, Math.min(c.last - 1, c.first + most - 1), lx, false)
}

/** Known words that the one word of a work's title after `The` does not hold (`The Guardian` is known whole; `The Office`, `The Times`). */
const TITLE_WORD_STOPS: readonly WordList[] = ['places', 'organizations', 'orgCues', 'orgHeads', 'locCues', 'givenNames', 'notNames', 'eventWords', 'titles', 'roles']

/** Whether `t` is one capitalised word, not plural and in no list of `TITLE_WORD_STOPS`: after `The`, a work's title. */
function singularTitleWord(t: Token, lx: EntityLookups): boolean {
  return t.shape === 'cap' && isSpaceGap(t.gap) && !lx.pluralLetters.has(t.key.slice(-1)) && !inLists(lx, t.key, TITLE_WORD_STOPS)
}

/**
 * A known organisation whose name opens with an article (`Le Quotidien`, `L’Observateur`, `The Guardian`), read in two steps,
 * here and in `capitalArticleOf`. Here, its name: the article right before the candidate (in lower case, or capitalised opening
 * the sentence: `Le Quotidien revient sur…`, `L’Observateur révèle`, `selon le Quotidien`) and the candidate's words `key`
 * make that known name, though the bare word is known too (`Quotidien`); undefined otherwise.
 */
function articledOrganization(tokens: readonly Token[], c: Candidate, key: string, lx: EntityLookups): string | undefined {
  const det = tokens[c.first - 1]
  if (det === undefined || c.title || !is(det, ARTICLE) || !(det.shape === 'lower' || (det.shape === 'cap' && det.initial)) || !(isSpaceGap(tokens[c.first]!.gap) || tokens[c.first]!.glued) || lx.places.has(key)) return undefined
  return lx.organizations.get(is(det, ELISION) ? det.key + key : det.key + ' ' + key)
}

/**
 * The second step of `articledOrganization`, its span: the capitalised article right before candidate `c` when it and the
 * candidate's words write the organisation's known name `canonical` (`Le Quotidien`, `La France insoumise`, `The Guardian`);
 * undefined otherwise (an article in lower case reads as the sentence's: `selon le Guardian`, `the Beatles`).
 */
function capitalArticleOf(words: BlockWords, c: Candidate, canonical: string): Token | undefined {
  const a = c.first > 0 ? words.tokens[c.first - 1]! : undefined
  if (a === undefined || a.shape !== 'cap' || !is(a, ARTICLE)) return undefined
  return fold(words.text.slice(a.start, c.end).replace(/\s+/g, ' ')) === fold(canonical) ? a : undefined
}

/** Words after which a known name loses its opening article (`du Figaro`, `au Parisien`, `la République en marche`). */
const ARTICLE_LISTS: readonly WordList[] = ['articles', 'particles', 'locPreps']
/** Known words that the surname after capital initials does not hold (`AL Gooneratne told` is a person; not a place, a body, a cue or a given name). */
const INITIALS_SURNAME_STOPS: readonly WordList[] = ['places', 'organizations', 'orgCues', 'orgHeads', 'locCues', 'stopWords', 'notNames', 'givenNames', 'dateWords', 'eventWords']
/** Known words that a person's name after a nationality does not hold (`Grand Prix`, `National`, `The`). */
const NATIONALITY_NAME_STOPS: readonly WordList[] = ['stopWords', 'notNames', 'eventWords', 'orgCues', 'locCues', 'places', 'organizations', 'dateWords', 'titles', 'roles']

/** Known words that may stand before a number as a name (`Europe 1`, `Balla 2`, `Windows 95` is none). */
const NUMBERED_NAME_LISTS: readonly WordList[] = ['places', 'organizations', 'givenNames', 'orgCues', 'orgHeads', 'locCues', 'titles', 'roles']

/**
 * Whether a one-word candidate no list knows stands right before a number of
 * up to four digits as a label, not a name (`Number 10`, `Chapter 11`, `Top
 * 5`): not in a score (`Wolves 2 Derby 1`) nor a district after a place word
 * (`à Afia 6`). Before a day, a comma and a year (`June 25, 2025`), always: a
 * month, of another language than the article's.
 */
function labelBeforeNumber(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const num = tokens[c.last + 1]
  if (c.first !== c.last || c.acronym || !num || num.shape !== 'other' || num.gap !== ' ' || num.text.length > 4) return false
  for (let i = 0; i < num.text.length; i++) if (num.text.charCodeAt(i) < 48 || num.text.charCodeAt(i) > 57) return false
  const next = tokens[c.last + 2]
  // `June 25, 2025` in a French text (a tweet's date): a day, a comma and a year make the word a month, whatever list knows it.
  if (num.text.length <= 2 && next && next.shape === 'other' && next.text.length === 4 && isCommaGap(next.gap) && YEAR().test(next.text)) return true
  // (Not a score: `Wolves 2 Derby 1`, `Wolves 2-1`.)
  if (next && (next.shape === 'cap' || next.shape === 'upper' || !isSpaceGap(next.gap))) return false
  // (Nor a district after a place preposition or a place noun: `à Afia 6`, `l’arrondissement de Kataba 1`, `quartier Santhié 2`.)
  return !inLists(lx, tokens[c.first]!.key, NUMBERED_NAME_LISTS) && !placeBefore(tokens, c.first, lx) && !placeNounBefore(tokens, c, lx)
}

/**
 * Whether a nationality or a person noun stands right before the candidate,
 * whose words are all capitalised and none a known or common word
 * (`Frenchman Arnaud Clement`, `l'architecte italien Renzo Piano`): a
 * person's name. Not when it qualifies a body's or an event's name.
 */
function nationalityBefore(tokens: readonly Token[], c: Candidate, lx: EntityLookups, lowerSeen: ReadonlySet<string>): boolean {
  const prev = tokens[c.first - 1]
  if (c.title || !prev || !isSpaceGap(tokens[c.first]!.gap) || !(lx.demonyms.has(prev.key) || is(prev, PERSON_NOUN))) return false
  // (Not a nationality qualifying a body's or an event's name: `the British Red Cross`, `the Italian Grand Prix`, `la maison
  // belge Carat Duchatelet`, `le tabloïd britannique The Mirror`.)
  const before = tokens[c.first - 2]
  if (before && (is(before, ARTICLE) || is(before, ORG_NOUN) || is(before, ORG_CUE) || before.shape === 'cap' || before.shape === 'upper')) return false
  for (let k = c.first; k <= c.last; k++) {
    const t = tokens[k]!
    if (t.shape !== 'cap' || lowerSeen.has(t.key) || inLists(lx, t.key, NATIONALITY_NAME_STOPS)) return false
  }
  return true
}

/** Whether `tokens[from..to]` are all capitalised words (no number, no acronym: `Super Mario 64 DS`). */
function capitalsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.shape !== 'cap') return false
  return true
}

/** Whether a role and an employer's preposition come just before token `k`, maybe with an article (`analyst at`, `economist with the`). */
function employerBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  let p = k - 1
  if (p >= 0 && tokens[p]!.shape === 'lower' && is(tokens[p]!, ARTICLE) && SPACE_GAP.test(tokens[p + 1]!.gap)) p--
  const prep = tokens[p]
  const role = tokens[p - 1]
  return prep !== undefined && role !== undefined && prep.shape === 'lower' && lx.employerPrepositions.has(prep.key) && SPACE_GAP.test(tokens[p + 1]!.gap) && SPACE_GAP.test(prep.gap) && role.shape === 'lower' && (is(role, ROLE) || lx.teamRoles.has(role.key))
}

/** Whether a word before a person's name describes the person: a title, a role or a common word, maybe plural (`Senators`). */
function descriptor(key: string, lx: EntityLookups, lowerSeen: ReadonlySet<string>): boolean {
  // (No closure for the test: under tsx, which keeps function names, each closure made costs a `defineProperty` of about a microsecond.)
  if (describesPerson(key, lx) || lowerSeen.has(key)) return true
  if (!key.endsWith('s')) return false
  const singular = key.slice(0, -1)
  return describesPerson(singular, lx) || lowerSeen.has(singular)
}

/** Whether a word (its key) is a title, a role, a team role, a demonym or a common word: one that describes a person, never names one. */
function describesPerson(key: string, lx: EntityLookups): boolean {
  return lx.titles.has(key) || lx.roles.has(key) || lx.teamRoles.has(key) || lx.demonyms.has(key) || lx.notNames.has(key)
}

/**
/** Whether a portfolio head (`ministres`, `ministre`) comes before token `k` in its sentence, at most twenty words before. */
function portfolioHeadBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  for (let p = k - 1; p >= 0 && p >= k - 20; p--) {
    const t = tokens[p]!
    if (lx.portfolio.has(t.key)) return true
    if (t.initial || /[.!?]/.test(tokens[p + 1]!.gap)) return false
  }
  return false
}

/**
 * Index of the first word of a known organisation's whole name that closes `c` after its opening word and one or two particles
 * (`Cadre du Pastef`), when that opening word opens a sentence or a headline and is no given name, organisation word, title nor
 * known name (`Conseil de l’UEMOA` stays); -1 otherwise.
 */
function knownAfterOpener(words: BlockWords, c: Candidate, lx: EntityLookups): number {
  const {tokens} = words
  const first = tokens[c.first]!
  if (!first.initial || first.shape !== 'cap' || c.last < c.first + 2 || lx.givenNames.has(first.key) || is(first, ORG_HEAD) || is(first, ORG_CUE) || is(first, TITLE) || lx.organizations.has(first.key) || lx.places.has(first.key)) return -1
  let p = c.first + 1
  while (p < c.last && p <= c.first + 2 && tokens[p]!.shape === 'lower' && isParticle(tokens[p]!, lx)) p++
  if (p === c.first + 1 || tokens[p]!.shape === 'lower') return -1
  return lx.organizations.has(fold(singleSpaced(words.text.slice(tokens[p]!.start, tokens[c.last]!.end)))) ? p : -1
}

/** Whether a lower-case adjective follows the name (`Fonction publique`). */
function adjectiveAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const t = tokens[c.last + 1]
  return t !== undefined && t.shape === 'lower' && SPACE_GAP.test(t.gap) && t.key.length > 4 && !is(t, STOP) && !lx.demonyms.has(t.key) && lx.postAdjectives.some((e) => e.length > 2 && t.key.endsWith(e))
}

/** Whether the name fills its line: a new line (or the block's start) before it, a new line (or the block's end) after it. */
function lineAlone(tokens: readonly Token[], c: Candidate): boolean {
  const next = tokens[c.last + 1]
  return (c.first === 0 || tokens[c.first]!.gap.includes('\n')) && (next === undefined || next.gap.includes('\n'))
}

/** Whether a comma and a lower-case role follow the name, maybe after an article (`X, directrice de publication`, `X, le porte-parole`). */
function roleAppositionAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  let p = c.last + 1
  const t = tokens[p]
  if (!t || !isCommaGap(t.gap)) return false
  if (t.shape === 'lower' && is(t, ARTICLE) && tokens[p + 1] && SPACE_GAP.test(tokens[p + 1]!.gap)) p++
  // (Not a team's role, which may introduce the next name: `face à Linz, le coach du Slavia, Jindrich Trpisovsky`.)
  return tokens[p]!.shape === 'lower' && !lx.teamRoles.has(tokens[p]!.key) && titleAt(tokens, p, lx.roles, lx.roleWords) > 0
}

/**
 * Whether what follows the name only describes a person: a comma and a
 * relative or an age (`X, who`, `X, aged 38`, `X, 38, said`, `X, 38 ans`;
 * `X, âgé de`), an age in the apposition a comma and a function word open
 * (`X, une retraitée de 67 ans,`), an age in brackets (`X (55 ans)`), or
 * where a person comes from (`Sania Mirza of India`). With `ageOnly`, an age
 * only.
 */
function personAppositionAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups, ageOnly = false): boolean {
  const t = tokens[c.last + 1]
  if (!t) return false
  const comma = isCommaGap(t.gap)
  // `X, un ressortissant sénégalais âgé de 32 ans,`, `X, une retraitée de 67 ans,`, `X, an engineer aged 45,`: an age in the
  // apposition that the comma opens (up to its next mark, eight words at most). (Not `X, a 45-year-old farmer`: `a` is no
  // English stop word and `year` no age unit.)
  if (comma && t.shape === 'lower' && is(t, STOP) && !lx.nonPersonPronouns.has(t.key)) {
    for (let p = c.last + 2; p < tokens.length && p <= c.last + 9 && !PUNCT.test(tokens[p]!.gap); p++) if (ageAt(tokens, p, lx)) return true
  }
  // (Only an age, for one word: `Radiohead, who`, `the Oatleys, who` name bands and families too.)
  if (ageOnly && comma && t.shape === 'lower') return ageAt(tokens, c.last + 1, lx)
  // `Sania Mirza of India`, `Jan Hernych of the Czech Republic`, `Pat Toomey of Pennsylvania`: where a person comes from
  // (not a plural, `the Blind Boys of Alabama`, nor a name after an article, `the Writers Guild of America`, `la Grande Mosquée de Dakar`).
  const before = tokens[(c.lead ?? c.first) - 1]
  if (!ageOnly && t.shape === 'lower' && is(t, PARTICLE) && !is(t, ARTICLE) && SPACE_GAP.test(t.gap) && !lx.pluralLetters.has(tokens[c.last]!.key.slice(-1)) && !(before && is(before, ARTICLE))) {
    let p = c.last + 2
    if (tokens[p] && tokens[p]!.shape === 'lower' && is(tokens[p]!, ARTICLE)) p++
    const u = tokens[p]
    const v = tokens[p + 1]
    if (u && u.shape === 'cap' && SPACE_GAP.test(u.gap) && (lx.places.has(u.key) || (v !== undefined && SPACE_GAP.test(v.gap) && lx.places.has(u.key + ' ' + v.key)))) return true
  }
  if (comma && t.shape === 'lower') return lx.personAppositions.has(t.key)
  if (!(comma || /^[ \u00a0]?\([ \u00a0]?$/.test(t.gap)) || !ageNumber(t)) return false
  const u = tokens[c.last + 2]
  const unit = u !== undefined && u.shape === 'lower' && SPACE_GAP.test(u.gap) && lx.ageUnits.has(u.key)
  if (!comma) return unit && /^[ \u00a0]?\)/.test(tokens[c.last + 3]?.gap ?? ')')
  return unit || (u !== undefined && isCommaGap(u.gap))
}

/** Whether an age stands at token `p`: a number up to 110 and a unit (`32 ans`, `45 years`), or a word of the locale's `ageWords` (`âgé de 32 ans`, `aged 38`). */
function ageAt(tokens: readonly Token[], p: number, lx: EntityLookups): boolean {
  const t = tokens[p]
  if (t === undefined) return false
  if (t.shape === 'lower' && lx.ageWords.has(t.key)) return true
  const u = tokens[p + 1]
  return ageNumber(t) && u !== undefined && u.shape === 'lower' && (SPACE_GAP.test(u.gap) || u.gap === '-') && lx.ageUnits.has(u.key)
}

/** Whether a token is a number a person's age may be: three digits at most, up to 110. */
function ageNumber(t: Token): boolean {
  return AGE_NUMBER.test(t.text) && Number(t.text) <= 110
}
const AGE_NUMBER = /^\d{1,3}$/

/** Whether a lower-case role and a particle follow the name with no comma: `Moncef Marzouki président du Mouvement…`. */
function roleRightAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const t = tokens[c.last + 1]
  const n = t && t.shape === 'lower' && SPACE_GAP.test(t.gap) ? titleAt(tokens, c.last + 1, lx.roles, lx.roleWords) : 0
  const after = tokens[c.last + 1 + n]
  return n > 0 && after !== undefined && SPACE_GAP.test(after.gap) && isParticle(after, lx)
}

/**
 * Whether a pronoun that never refers to a person, nor to a work or a product
 * (`anyThingPronouns`), follows the name in its clause: right after a comma
 * (`X, lequel`) or after at most four lower-case words (`X is parting company
 * with its`).
 */
function thingPronounAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  for (let p = c.last + 1; p < tokens.length && p <= c.last + 5; p++) {
    const t = tokens[p]!
    if (t.shape !== 'lower') return false
    const gap = t.gap
    // `Alois Rhiel, its minister`: a role after the pronoun describes a person.
    // (`Killamangiro, which reached number eight`: a pronoun of any thing says no body.)
    if (p === c.last + 1 && gap.charCodeAt(0) === 44 && isCommaGap(gap)) return lx.nonPersonPronouns.has(t.key) && !lx.anyThingPronouns.has(t.key) && !(tokens[p + 1] !== undefined && is(tokens[p + 1]!, ROLE))
    // `Smith said its profits`: after a speech verb the pronoun may mean someone else's firm.
    if (lx.speechVerbs.has(t.key) || !isSpaceGap(gap)) return false
    if (lx.nonPersonPronouns.has(t.key) && !lx.anyThingPronouns.has(t.key)) return true
  }
  return false
}

/**
 * Whether two names of a block are listed: `, ` between them; `, ` and an article when an article comes before the first
 * name too (`la Gascogne, le Limousin`); or, within four words, a coordinating word (`et`, `and`, `ou`, `or`), maybe list
 * adverbs (`Monaco ou encore Stuttgart`), then one article (`the Kerch Straits and the Bosphorus`) or the kind of words
 * that stand before the first name (`des Charentes et du Berry`, `à Dakar et à Thiès`); nothing else.
 */
function listLinked(a: Candidate, b: Candidate, tokens: readonly Token[], lx: EntityLookups): boolean {
  const between = b.first - a.last - 1
  if (between === 0) return commaAlone(tokens[b.first]!.gap)
  // (`Kylie, Sir Tom Jones, Dido`: a title before the name listed, after the comma.)
  if (b.lead !== undefined && b.lead === a.last + 1) return commaAlone(tokens[b.lead]!.gap)
  // `la Gascogne, le Limousin, le Massif Central`: an article after the comma, as before the name listed first (not an
  // apposition, `Paul Martin, the Liberal leader`, nor `the German Embassy, the Soros Foundation`, whose first name is `Embassy`),
  // names of capitalised words only (not `the News of the World, the Guardian Media Group`, titles of a list of firms).
  if (between === 1 && a.first > 0 && articleBeforeName(tokens, a.first - 1, lx) && articleBeforeName(tokens, a.last + 1, lx) && commaAlone(tokens[a.last + 1]!.gap) && !RX7().test(a.form) && !RX7().test(b.form)) return true
  if (between > 4) return false
  const w = tokens[a.last + 1]!
  // (`Liffe in London`: a place preposition does not list.)
  if (!(w.shape === 'lower' && (lx.conjunctions.has(w.key) || lx.listConjunctions.has(w.key)) && !is(w, PARTICLE) && !is(w, LOC_PREP) && isSpaceGap(w.gap))) return false
  // After the coordinating word: adverbs of a list (`Monaco ou encore Stuttgart`), then the words that stood before the name
  // listed first, again (`the Kerch Straits and the Bosphorus`, `le Fulbé et l’Ogou`, `des Charentes et du Berry`, `de la
  // Bourgogne et de la Franche-Comté`, `à Dakar et à Thiès`): an article, particles or a place preposition, when one stands
  // before the first name too (not `Macron et de la France`).
  let k = a.last + 2
  while (k < b.first && tokens[k]!.shape === 'lower' && lx.listAdverbs.has(tokens[k]!.key) && isSpaceGap(tokens[k]!.gap)) k++
  if (k < b.first) {
    const prev = tokens[(a.lead ?? a.first) - 1]
    const article = k === b.first - 1 && k === a.last + 2 && articleBeforeName(tokens, k, lx)
    if (!article && (!prev || prev.shape !== 'lower' || !listLead(prev, lx))) return false
    for (let j = k; j < b.first; j++) {
      const t = tokens[j]!
      if (!listLead(t, lx) || !(isSpaceGap(t.gap) || (j > k && t.glued))) return false
    }
    return nameAfter(tokens, b.first - 1, lx)
  }
  return isSpaceGap(tokens[b.first]!.gap)
}

/** Whether a token is of the words that may stand before a name of a list: a particle, a place preposition or an article. */
function listLead(t: Token, lx: EntityLookups): boolean {
  return isParticle(t, lx) || is(t, LOC_PREP) || is(t, ARTICLE)
}

/** Whether token `k` is an article right before a name. */
function articleBeforeName(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  return tokens[k]!.shape === 'lower' && is(tokens[k]!, ARTICLE) && nameAfter(tokens, k, lx)
}

/** Whether the token after token `k` follows it as a name follows its article or particle: after a space, or after none when `k` is elided (`et l’Ogou`). */
function nameAfter(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const next = tokens[k + 1]!
  return isSpaceGap(next.gap) || (next.gap === '' && is(tokens[k]!, ELISION))
}

/** A name of a list whose type may change: not sure, not an acronym. */
function looseMention(m: Mention): boolean {
  return !m.sure && !m.acronym
}

/** A one-word name typed an organisation only by default or context, not an acronym: a list of places makes it a place. */
function oneLoose(m: Mention): boolean {
  return m.type === 'organization' && !m.sure && m.words.length === 1 && !m.acronym
}

/** `A, B`, `A and B`, `A et B`: a comma or a coordinating word only (not `Ian Hunter at Goodbody Stockbrokers`). */
function coordinatedPair(a: Candidate, b: Candidate, tokens: readonly Token[], lx: EntityLookups): boolean {
  const w = tokens[a.last + 1]!
  return b.first === a.last + 2 ? w.shape === 'lower' && lx.conjunctions.has(w.key) : b.first === a.last + 1
}

/** Capitalised words only, none a role, title, demonym, cue or common word of the article, and no article before. */
function plainListName(c: Candidate, tokens: readonly Token[], lx: EntityLookups, lowerSeen: ReadonlySet<string>): boolean {
  const before = tokens[(c.lead ?? c.first) - 1]
  if (before && before.shape === 'lower' && is(before, ARTICLE)) return false
  for (let k = c.first; k <= c.last; k++) {
    const t = tokens[k]!
    if (t.shape !== 'cap' || describesPerson(t.key, lx) || is(t, ORG_CUE) || is(t, LOC_CUE) || lowerSeen.has(t.key)) return false
  }
  return true
}

/**
 * Names in one list share a place type: `à Natanz, Ispahan et Fordow` — when
 * one of them is a place, the one-word names of unknown type are places too.
 */
function shareListTypes(items: readonly {c: Candidate; m: Mention}[], tokens: readonly Token[], text: string, lx: EntityLookups, lowerSeen: ReadonlySet<string>, lists: Mention[][]) {
  // `à Nancy (Lorraine)`: a name in brackets right after a place is the region it lies in.
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!
    const b = items[i]!
    const close = tokens[b.c.last + 1]
    // (The closing bracket may end the block: `… et Nancy (Meurthe-et-Moselle).`)
    if (b.c.first === a.c.last + 1 && /^\s?\(\s?$/.test(tokens[b.c.first]!.gap) && /^\s?\)/.test(close ? close.gap : text.slice(tokens[b.c.last]!.end, tokens[b.c.last]!.end + 2))) {
      // (Not a given name and a surname: `le président du Gabon (Brice Clotaire Oligui Nguema)` names the person.)
      if (a.m.type === 'location' && looseMention(b.m) && !(b.m.type === 'person' && b.m.words.length > 1 && lx.givenNames.has(b.m.words[0]!))) {
        b.m.type = 'location'
        b.m.guess = undefined
      }
      // `Gallargues (Gard)`, `Nancy (Meurthe-et-Moselle)`: a one-word name of unknown type, then its region in brackets
      // (a region, not a country: `Koulibaly (Sénégal)` lists a player).
      else if (looseMention(a.m) && !a.c.title && a.m.words.length === 1 && a.m.type !== 'location' && b.m.words.length <= 3 && ((b.m.type === 'location' && !lx.countries.has(b.m.words.join(' '))) || (b.m.guess && a.m.guess))) {
        for (const m of [a.m, b.m]) {
          m.type = 'location'
          m.guess = undefined
        }
      }
    }
    // `Bobigny, en Seine-Saint-Denis`: a one-word name of unknown type, a comma, a place preposition and a place.
    const prep = tokens[a.c.last + 1]
    if (b.c.first === a.c.last + 2 && a.m.guess && b.m.type === 'location' && prep && prep.shape === 'lower' && is(prep, LOC_PREP) && /^,[ \u00a0]$/.test(prep.gap) && SPACE_GAP.test(tokens[b.c.first]!.gap)) {
      a.m.type = 'location'
      a.m.guess = undefined
    }
  }
  let start = 0
  // Whether a coordinating word has joined the list being read: a comma after it ends the list (`A et B, Trump hésite`).
  let joined = false
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && listLinked(items[i - 1]!.c, items[i]!.c, tokens, lx)) {
      const comma = (items[i]!.c.lead ?? items[i]!.c.first) === items[i - 1]!.c.last + 1
      if (!(comma && joined)) {
        joined ||= !comma
        continue
      }
    }
    joined = false
    const group = items.slice(start, i)
    // (Joined by a coordinating word somewhere, not by commas only: a list `placeLists` reads again.)
    const coordinated = group.length > 1 && group.some((x, j) => j > 0 && (x.c.lead ?? x.c.first) !== group[j - 1]!.c.last + 1)
    if (coordinated) lists.push(group.map((x) => x.m))
    if (group.length > 1 && group.some((x) => x.m.type === 'location')) {
      const sure = group.filter((x) => x.m.type === 'location' && x.m.sure).length >= 2
      // (`Ross Béthio, Saint-Louis et Mpal`, `Chicago and Tel Aviv`: names of two or three capitalised words no given name opens are
      // places too when the list is joined by a coordinating word, its other names are places, one of them sure, and it names three
      // or opens with the place (not `Bad Education and Hong Kong`); no name of it before a possessive, which stands for the next
      // name (`Lockheed Martin and France's Snecma`, `London and Public Enemy's Fight The Power`), nor holding a function word.)
      const places = coordinated && (group.length > 2 || group[0]!.m.type === 'location') && group.some((x) => x.m.type === 'location' && x.m.sure) && group.every((x) => !POSSESSIVE_AFTER.test(tokens[x.c.last + 1]?.gap ?? '') && (x.m.type === 'location' || oneLoose(x.m) || (x.m.type === 'person' && x.m.weak && x.m.words.length <= 3 && plainListName(x.c, tokens, lx, lowerSeen) && !x.m.words.some((w) => lx.stopWords.has(w)))))
      for (const x of group) {
        if (oneLoose(x.m)) {
          x.m.type = 'location'
          // (A word opening a sentence, `localités : Diass, Mbour, Touba`, is confirmed as a name by a list of sure places.)
          if (sure) x.m.unconfirmed = false
        }
        else if (places && x.m.type === 'person') {
          // (Sure: the same name typed a person by default elsewhere, `Petah Tikva et Tel Aviv` … `entre Téhéran et Tel Aviv`, is this place.)
          x.m.type = 'location'
          x.m.weak = undefined
          x.m.sure = true
        }
      }
    }
    // `Creative, Sony and Philips`: single words listed with a known organisation are organisations.
    // (Two names apart from a comma alone are no list: `According to Reuters, Blair said`, `D’après le New York Times, Khamenei a demandé`.)
    const listed = group.length > 2 || (group.length === 2 && group[1]!.c.first !== group[0]!.c.last + 1)
    if (listed && group.some((x) => x.m.type === 'organization' && (x.m.canonical !== undefined || (x.m.sure && x.m.strong && !x.m.acronym))) && !group.some((x) => x.m.type !== 'organization' && x.m.sure)) {
      // (Not a given name alone, a person's: `Auprès de Franceinfo, Alain, le fils d’une victime`; nor a people, `The Japanese, Koreans
      // and Ericsson are backing it`.)
      for (const x of group) if (!x.m.sure && x.m.words.length === 1 && !lowerSeen.has(x.m.words[0]!) && !(x.m.type === 'person' && lx.givenNames.has(x.m.words[0]!)) && !pluralOf(x.m.words[0]!, lx.demonyms, lx)) {
        x.m.type = 'organization'
        x.m.sure = true
      }
    }
    // `Zurich Financial, Allianz and Axa`, `le groupe Orvalis, Natelis et Boravia`: one-word names of unknown type in a list
    // whose first item, before a comma, the text marks as an organisation (a cue word, a firm noun before it) are organisations
    // too; not when the organisation comes last (`the Coffee, Sugar and Cocoa Exchange`) nor when a longer name ends the list
    // (`Citizenship and Immigration Services`).
    else if (group.length > 2 && group[1]!.c.first === group[0]!.c.last + 1 && group[group.length - 1]!.m.words.length === 1 && group[0]!.m.type === 'organization' && group[0]!.m.sure && !group[0]!.m.weak && (group[0]!.m.words.length > 1 || group[0]!.m.strong) && !RX7().test(group[0]!.m.form) && !group.some((x) => x.m.type !== 'organization' && x.m.sure)) {
      for (const x of group) if (x.m.guess && !x.m.unconfirmed && x.m.words.length === 1 && !lowerSeen.has(x.m.words[0]!)) {
        x.m.sure = true
        x.m.guess = undefined
      }
    }
    // `the Guardian Media Group, Trinity Mirror and Emap`, `Yahoo, Ask Jeeves, Amazon and …`: in a list of three names or more that
    // names, before its last name, an organisation the gazetteer knows or that its words make one for sure (not an acronym before a
    // name, a default: `LL Cool J, DMX, Ludacris`, `the GMC Savana, Sierra and Yukon`), and no person nor place for sure, the names
    // typed only by default (one unknown word; capitalised words no given name opens, a person's for lack of a clue) are organisations.
    // (Not a name that another capitalised word goes on from, a part of a longer one: `Credit Suisse First Boston`; nor in the tail
    // of a long name that lists its fields, `the Department for Culture, Media and Sport`: no name of the list holds a lower-case
    // word; nor by the name that closes the list, which may hold the others: `Citizenship and Immigration Services`.)
    if (group.length > 2 && !group.some((x) => RX7().test(x.m.form)) && group.some((x, j) => j < group.length - 1 && x.m.type === 'organization' && (x.m.canonical !== undefined || (x.m.sure && !x.m.acronym && x.m.words.length > 1))) && group.every((x) => x.m.type === 'organization' || (x.m.type === 'person' && x.m.weak))) {
      // (One word is kept out when the list ends with an organisation word: the list may be one name, `Citizenship and Immigration
      // Services`, `Rothschild, Unterberg, Towbin Inc`.)
      const end = group[group.length - 1]!.m.words
      const oneName = lx.orgCues.has(end[end.length - 1]!)
      for (const x of group) {
        const next = tokens[x.c.last + 1]
        if (x.m.sure || x.m.acronym || x.m.unconfirmed || x.c.title || (next !== undefined && next.shape !== 'lower' && next.shape !== 'other' && isSpaceGap(next.gap))) continue
        if (x.m.type === 'organization' && x.m.guess && x.m.words.length === 1 && !oneName && !lowerSeen.has(x.m.words[0]!)) {
          x.m.sure = true
          x.m.guess = undefined
        } else if (x.m.type === 'person' && x.m.weak && x.m.words.length <= 3 && !lx.givenNames.has(x.m.words[0]!) && plainListName(x.c, tokens, lx, lowerSeen)) {
          x.m.type = 'organization'
          x.m.sure = true
          x.m.weak = undefined
        }
      }
    }
    // `Bernal, Jamie Foxx, Jim Carrey and Johnny Depp`: a surname among people is a person's; so is one word joined by a coordinating
    // word to one person named in full (`Mamico et Dieynaba Tall`, `entre Balla Gaye 2 et Siteu`).
    // (Of a pair, the person opens with a known given name or is sure, and the other name is capitalised words standing alone: no
    // article before them, `Youssou Ndour et la Cybercriminalité`, nor a capitalised word or an article next to them, `Touching the
    // Void director`, `A Very Long Engagement and Ray`.)
    const people = group.filter((x) => x.m.type === 'person' && !x.m.weak && (group.length > 2 || (x.m.words.length > 1 && (x.m.sure || lx.givenNames.has(x.m.words[0]!))))).length
    const pair = group.length === 2 && people === 1 && coordinated
    // (`singers Kylie, Sir Tom Jones, Dido and Moby`: after the plural of a person's role in lower case, one person named in full
    // is enough.)
    const lead = tokens[group[0]!.c.first - 1]
    const roleLed = group.length > 2 && people === 1 && lead !== undefined && lead.shape === 'lower' && SPACE_GAP.test(tokens[group[0]!.c.first]!.gap) && pluralOf(lead.key, lx.roles, lx)
    if ((group.length > 2 ? people >= 2 || roleLed : pair) && !group.some((x) => x.m.type === 'location')) {
      for (const x of group) if (x.m.type !== 'person' && !x.m.sure && x.m.words.length === 1 && !x.m.acronym && !lowerSeen.has(x.m.words[0]!) && plainInPair(pair, x.c, tokens, lx, lowerSeen)) x.m.type = 'person'
      // `JP McManus and John Magnier`, `Gareth Edwards, Phil Bennett, JPR Williams`: initials in capitals and one surname, typed a
      // body only by their capitals, are a person's among people.
      for (const x of group) if (x.m.type === 'organization' && !x.m.sure && !x.m.canonical && initialsAndSurname(tokens, x.c, lx) && standsAlone(tokens, x.c, lx)) x.m.type = 'person'
      // `Richard Hill, Jonny Wilkinson, Martin Corry`: a two- or three-word name listed among people is confirmed as a person's.
      for (const x of group) if (x.m.type === 'person' && x.m.weak && x.m.words.length >= 2 && x.m.words.length <= 3 && plainInPair(pair, x.c, tokens, lx, lowerSeen)) x.m.weak = false
    }
    // `Joseph Fiennes and Kristin Scott-Thomas`, `Bouba Ndour et Pape Cheikh Diallo`: a name of two or three words
    // listed with a person named with a given name, a title or a role is a person's too (nothing else in the list).
    // (Not a name after an article, `Harry Potter and the Half-Blood Prince`, nor one holding a common word, a role or a demonym: `Republican Representative`.)
    else if (group.length > 1 && group.some((x) => x.m.type === 'person' && !x.m.weak && x.m.words.length > 1) && group.every((x, j) => x.m.type === 'person' && (j === 0 || coordinatedPair(group[j - 1]!.c, x.c, tokens, lx)))) {
      for (const x of group) if (x.m.weak && x.m.words.length <= 3 && plainListName(x.c, tokens, lx, lowerSeen)) x.m.weak = false
    }
    start = i
  }
}

/** Whether the name is initials in capitals and one capitalised surname no list knows (`JP McManus`, `JPR Williams`, not `BBC News`). */
function initialsAndSurname(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const first = tokens[c.first]!
  const last = tokens[c.last]!
  return c.last === c.first + 1 && first.shape === 'upper' && INITIALS.test(first.text) && last.shape === 'cap' && isSpaceGap(last.gap) && !DIGIT.test(last.text) &&
    !lx.organizations.has(first.key) && !lx.organizations.has(fold(c.form)) && !inLists(lx, last.key, INITIALS_SURNAME_STOPS)
}
const INITIALS = /^[A-Z]{2,3}$/

/**
 * Whether a name of a list may take the type of the people listed with it: any name of a longer list; of a `pair` (one person and
 * one other name), only capitalised words standing alone (`plainListName`, `standsAlone`). A module function, not a closure made
 * for every list: under a loader that keeps function names (tsx, as the tests run; not the benchmark, which bundles `src` with
 * esbuild), each closure made costs a `defineProperty` of about a microsecond.
 */
function plainInPair(pair: boolean, c: Candidate, tokens: readonly Token[], lx: EntityLookups, lowerSeen: ReadonlySet<string>): boolean {
  return !pair || (plainListName(c, tokens, lx, lowerSeen) && standsAlone(tokens, c, lx))
}

/** Whether no capitalised word stands right before or after the name (white space between), nor an article right after it. */
function standsAlone(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const before = tokens[(c.lead ?? c.first) - 1]
  const after = tokens[c.last + 1]
  const named = (t: Token) => t.shape === 'cap' || t.shape === 'upper'
  // (White space of any kind: `Savings and Loan\nAssociation`.)
  const white = (gap: string) => gap !== '' && gap.trim() === ''
  if (before && named(before) && white(tokens[c.lead ?? c.first]!.gap)) return false
  return !(after && white(after.gap) && (named(after) || (after.shape === 'lower' && is(after, ARTICLE))))
}

/**
 * Lists read again over the whole article: a name of a list whose entity is an organisation only by default (every mention an
 * unknown word, named once) is a place when another name of the list is a place by its entity, whatever the mention in the list
 * was typed, and no name of it a person's (`de la Bourgogne et de la Franche-Comté`, where `Bourgogne` is a place by another sentence).
 */
function placeLists(lists: readonly Mention[][], drafts: readonly Draft[]) {
  if (lists.length === 0) return
  const owner = new Map<Mention, Draft>()
  for (const d of drafts) for (const m of d.mentions) owner.set(m, d)
  for (const list of lists) {
    // (Not a list that names a person, even by default: `Sizzla, Elephant Man, Buju Banton, Capleton`.)
    if (!list.some((m) => owner.get(m)?.type === 'location') || list.some((m) => m.type === 'person' || owner.get(m)?.type === 'person')) continue
    for (const m of list) {
      const d = owner.get(m)
      if (d && d.type === 'organization' && d.guess && !d.sure && d.mentions.length === 1 && m.words.length === 1) d.type = 'location'
    }
  }
}

/**
 * A name that no clue typed, shortened elsewhere in the article to its first word, is an organisation's: firms and bodies are
 * named short by the word that opens their name (`Pernod Ricard` … `Pernod`, `Lycos Europe` … `Lycos`), people by their surname
 * (`Sania Mirza` … `Mirza`). Only drafts of defaults: a person's by default (capitalised words no given name opens) joined by one
 * unknown word in the body, no title, role, pronoun of a person (`Kenji Fujimori … his`) nor clue in any mention.
 */
function firstWordForms(drafts: readonly Draft[]) {
  for (const d of drafts) {
    if (d.type !== 'person' || d.sure || d.title || d.role) continue
    if (d.mentions.some((m) => (m.words.length > 1 ? !m.weak : !m.guess) || m.pronoun)) continue
    // The first and last words of its names of several words, read once (not for each short form: linear in the mentions).
    const firsts = new Set<string>()
    const lasts = new Set<string>()
    for (const x of d.mentions) {
      // (Not a model's or a label's name, a number or a letter closing it: `Casio QV-10`, `Type 35`, `Class B`.)
      const end = x.words[x.words.length - 1]
      if (x.words.length < 2 || end!.length === 1 || DIGIT.test(end!)) continue
      firsts.add(x.words[0]!)
      lasts.add(end!)
    }
    if (firsts.size === 0) continue
    let first = false
    let last = false
    for (const m of d.mentions) {
      // (A word of the headline is no short form: `Privacy rules` over `your agency Privacy Officer`.)
      if (m.words.length !== 1 || m.block === 0) continue
      if (firsts.has(m.words[0]!)) first = true
      if (lasts.has(m.words[0]!)) last = true
    }
    if (first && !last) d.type = 'organization'
  }
}

const SENTENCE_END = /[.!?]/

/** Most words read after a name for a pronoun of a person in its sentence. */
const PRONOUN_WORDS = 12

/** Whether a pronoun of a person (`he`, `his`; `elle`) follows token `k` within its sentence. */
function personPronounAfter(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  for (let p = k + 1; p < tokens.length && p <= k + PRONOUN_WORDS; p++) {
    const t = tokens[p]!
    if (SENTENCE_END.test(t.gap)) return false
    if (t.shape === 'lower' && lx.personPronouns.has(t.key)) return true
  }
  return false
}

/** Whether the name is the object of a verb of a match: `Chelsea beat Portsmouth`, `Lyon a battu Lens`. */
function matchObject(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const verb = tokens[c.first - 1]
  return verb !== undefined && verb.shape === 'lower' && SPACE_GAP.test(tokens[c.first]!.gap) && lx.matchVerbs.has(verb.key)
}

/** Whether a team role follows the name (`Southampton manager`) or comes before it with `de` (`l’entraîneur de Marseille`). */
function teamRoleNear(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const after = tokens[c.last + 1]
  if (after && after.shape === 'lower' && SPACE_GAP.test(after.gap) && lx.teamRoles.has(after.key)) return true
  let p = c.first - 1
  let n = 0
  while (p >= 0 && n < 2 && tokens[p]!.shape === 'lower' && (is(tokens[p]!, PARTICLE) || is(tokens[p]!, ELISION)) && (SPACE_GAP.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued)) {
    p--
    n++
  }
  const t = tokens[p]
  return n > 0 && t !== undefined && t.shape === 'lower' && SPACE_GAP.test(tokens[p + 1]!.gap) && lx.teamRoles.has(t.key)
}

/** Whether a team role follows the name, then a name or the end of the clause (`Chelsea boss Jose Mourinho`, `the Wasps wing insisted`). */
function teamRoleAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const after = tokens[c.last + 1]
  if (!after || after.shape !== 'lower' || !SPACE_GAP.test(after.gap) || !lx.teamRoles.has(after.key)) return false
  const next = tokens[c.last + 2]
  return next === undefined || !SPACE_GAP.test(next.gap) || next.shape === 'cap' || (next.shape === 'lower' && !is(next, STOP) && !is(next, PARTICLE))
}

/** Whether a member's role follows the name, then a capitalised given name (`Lib Dem leader Charles Kennedy`). */
function memberRoleAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const role = tokens[c.last + 1]
  const next = tokens[c.last + 2]
  return role !== undefined && next !== undefined && role.shape === 'lower' && SPACE_GAP.test(role.gap) && lx.memberRoles.has(role.key) && next.shape === 'cap' && SPACE_GAP.test(next.gap) && lx.givenNames.has(next.key)
}

/** Whether a short line reads `A v B` (`Derby v Watford or Fulham`): all its names are teams. */
function fixtureLine(tokens: readonly Token[], lx: EntityLookups): boolean {
  if (tokens.length > 16) return false
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!
    if (t.shape === 'lower' && is(t, FIXTURE) && isNameWord(tokens[k - 1]!, lx) && isNameWord(tokens[k + 1]!, lx)) return true
  }
  return false
}

/** Whether `v` stands within a few words of the name, with only spaces between (`Derby v Watford or Fulham`). */
function fixtureNear(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  for (let p = c.first, n = 0; p > 0 && n < 5 && SPACE_GAP.test(tokens[p]!.gap); n++) {
    p--
    if (tokens[p]!.shape === 'lower' && is(tokens[p]!, FIXTURE)) return true
  }
  for (let p = c.last + 1, n = 0; p < tokens.length && n < 5 && SPACE_GAP.test(tokens[p]!.gap); p++, n++) {
    if (tokens[p]!.shape === 'lower' && is(tokens[p]!, FIXTURE)) return true
  }
  return false
}

/**
 * Whether the fixture word `tokens[k]` (`vs`, `v`) stands between people: a name
 * on either side opens with a given name and goes on with a surname, or ends with
 * or is a known surname (`Sonko vs Mame Mbaye Niang`, `Balla Gaye 2 vs Siteu`,
 * `Franc vs Eumeu Sène`), a duel, not a match between teams.
 */
function duelAt(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  let a = k - 1
  while (a > 0 && k - a < 4 && SPACE_GAP.test(tokens[a]!.gap) && sideWord(tokens[a - 1]!)) a--
  let z = k + 1
  while (z + 1 < tokens.length && z - k < 4 && SPACE_GAP.test(tokens[z + 1]!.gap) && sideWord(tokens[z + 1]!)) z++
  return personSide(tokens, a, k - 1, lx) || personSide(tokens, k + 1, z, lx)
}

/** Whether `t` may be a word of a fixture's side: capitalised, or a number (`Balla Gaye 2`). */
function sideWord(t: Token): boolean {
  return t.shape === 'cap' || t.shape === 'upper' || (t.shape === 'other' && t.text.length === 1 && t.text >= '0' && t.text <= '9')
}

/**
 * Whether `tokens[from..to]` holds a given name (not an initial) then a capitalised word (`Combat Balla Gaye`), a capitalised word then
 * a known surname (`Eumeu Sène`), or is one known surname (`Sonko`).
 */
function personSide(tokens: readonly Token[], from: number, to: number, lx: EntityLookups): boolean {
  const lo = Math.max(from, 0)
  // (`to` is past the end when the fixture word closes the line: `Manchester United vs`.)
  const only = lo === to ? tokens[to] : undefined
  if (only !== undefined && only.shape === 'cap' && lx.surnames.has(only.key)) return true
  for (let i = lo; i < to; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]!
    if (t.shape === 'cap' && next.shape === 'cap' && SPACE_GAP.test(next.gap) && ((!t.initial && lx.givenNames.has(t.key)) || lx.surnames.has(next.key))) return true
  }
  return false
}

/**
 * Whether `c` is a side of an `X vs Y` line that no list knows (not an acronym, a known place or organisation): in an article
 * that speaks of wrestlers, an arena or a stable (`duelWords`), a wrestler (`Sa Thiès vs Zarko`).
 */
function boutSide(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  if (c.acronym || fixtureWordAt(tokens, c, lx) < 0) return false
  const key = fold(c.form)
  return !lx.places.has(key) && !lx.organizations.has(key)
}

/** The index of a fixture word right after the name or right before it (its title included), or -1. */
function fixtureWordAt(tokens: readonly Token[], c: Candidate, lx: EntityLookups): number {
  const after = tokens[c.last + 1]
  if (after && after.shape === 'lower' && is(after, FIXTURE) && SPACE_GAP.test(after.gap)) return c.last + 1
  const lead = c.lead ?? c.first
  const before = tokens[lead - 1]
  return before && before.shape === 'lower' && is(before, FIXTURE) && SPACE_GAP.test(tokens[lead]!.gap) ? lead - 1 : -1
}

/** Whether a fixture word of a short line stands between people (`duelAt`). */
function duelLine(tokens: readonly Token[], lx: EntityLookups): boolean {
  for (let k = 1; k + 1 < tokens.length; k++) if (tokens[k]!.shape === 'lower' && is(tokens[k]!, FIXTURE) && duelAt(tokens, k, lx)) return true
  return false
}

/** Whether `v`/`vs` and another name stand next to the name: a fixture line. */
function fixtureSide(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const after = tokens[c.last + 1]
  const other = tokens[c.last + 2]
  if (after && other && after.shape === 'lower' && is(after, FIXTURE) && SPACE_GAP.test(after.gap) && SPACE_GAP.test(other.gap) && isNameWord(other, lx)) return true
  const lead = c.lead ?? c.first
  const before = tokens[lead - 1]
  const prior = tokens[lead - 2]
  return before !== undefined && prior !== undefined && before.shape === 'lower' && is(before, FIXTURE) && SPACE_GAP.test(before.gap) && SPACE_GAP.test(tokens[lead]!.gap) && isNameWord(prior, lx)
}

/** One to three spaces between two words (`SPACE_GAP.test(gap)`). */
const SPACE_GAP = {test: isSpaceGap}

/**
 * Whether a noun that names a kind of organisation comes just before the
 * name (`housebuilder George Wimpey`: 1), or before `de`/`of` and a name
 * that does not open with a given name (`nos confrères de Kawtef`: 2); 0 when not.
 */
function orgNounBefore(tokens: readonly Token[], c: Candidate, lx: EntityLookups): 0 | 1 | 2 {
  let p = c.first - 1
  let n = 0
  while (p >= 0 && n < 2 && tokens[p]!.shape === 'lower' && (is(tokens[p]!, PARTICLE) || is(tokens[p]!, ARTICLE) || is(tokens[p]!, ELISION)) && (SPACE_GAP.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued)) {
    p--
    n++
  }
  const t = tokens[p]
  // `la chaîne saoudienne Aman Makkah`, `le groupe international GreenTech`: one nationality or adjective between the noun and the name.
  if (n === 0 && t && p > 0 && t.shape === 'lower' && SPACE_GAP.test(tokens[p + 1]!.gap) && !is(t, ORG_NOUN) && !is(t, STOP) && (lx.demonyms.has(t.key) || (t.key.length > 5 && postAdjectiveEnding(t.key, t.text, lx)))) {
    const noun = tokens[p - 1]!
    if (noun.shape === 'lower' && SPACE_GAP.test(t.gap) && is(noun, ORG_NOUN) && !is(noun, ROLE) && !lx.givenNames.has(tokens[c.first]!.key)) return 1
  }
  // `les agences de presse iraniennes Fars`, `le journal d’opposition Nacha Niva`, `le journal en ligne El Confidencial`: the noun, a
  // complement of its kind and maybe adjectives.
  if (n === 0 && t && kindComplementBefore(tokens, c.first, lx) && !lx.givenNames.has(tokens[c.first]!.key)) return 1
  // `Germany's central bank, the Bundesbank`: the noun, a comma and an article.
  const apposition = n === 1 && is(tokens[p + 1]!, ARTICLE) && isCommaGap(tokens[p + 1]!.gap)
  if (!t || t.shape !== 'lower' || !(SPACE_GAP.test(tokens[p + 1]!.gap) || apposition)) return 0
  const first = tokens[c.first]!
  // (`your agency Privacy Officer`: a name that ends with a title names a post, not the body.)
  if (c.last > c.first && is(tokens[c.last]!, TITLE)) return 0
  // `start-up companies Gizmondo and Tapwave`, `technology firms Earthlink`, `analysts Gartner`: a plural noun of firms before a name
  // no given name opens (not `analysts William Marcus`).
  if (!is(t, ORG_NOUN)) return n === 0 && pluralOf(t.key, lx.orgNouns, lx) && !lx.givenNames.has(first.key) ? 1 : 0
  if (n === 0 && t.key.endsWith('s') && lx.givenNames.has(first.key)) return 0
  // `fellow broadcaster Michael Pointon`: after a noun that is also a person's role, a given name and a surname name a person.
  if (n === 0 && is(t, ROLE) && c.last - c.first >= 1 && c.last - c.first <= 2 && first.shape === 'cap' && lx.givenNames.has(first.key) && tokens[c.last]!.shape === 'cap') return 0
  // `la présidente du parti Marine Le Pen`, `la candidate officielle du parti Agnès Buzyn`: so do they after a role, `de` and the noun
  // (the role is the person's: the body goes unnamed).
  if (n === 0 && c.last - c.first >= 1 && c.last - c.first <= 2 && first.shape === 'cap' && lx.givenNames.has(first.key) && tokens[c.last]!.shape === 'cap' && roleOfNoun(tokens, p, lx)) return 0
  return n === 0 ? 1 : lx.givenNames.has(tokens[c.first]!.key) ? 0 : 2
}

/** Whether the noun at `p` is the complement of a person's role: the role, maybe an adjective, then `de` in any form before it
 * (`la présidente du parti`, `la candidate officielle du parti`, `le patron de la formation`). */
function roleOfNoun(tokens: readonly Token[], p: number, lx: EntityLookups): boolean {
  let q = p - 1
  // (`de la`, `de l’`: an article after `de`.)
  if (q > 0 && tokens[q]!.shape === 'lower' && (is(tokens[q]!, ARTICLE) || is(tokens[q]!, ELISION)) && is(tokens[q - 1]!, PARTICLE)) q--
  if (q < 1 || tokens[q]!.shape !== 'lower' || !is(tokens[q]!, PARTICLE) || is(tokens[q]!, ARTICLE)) return false
  const role = tokens[q - 1]!
  if (role.shape === 'lower' && is(role, ROLE)) return true
  const before = tokens[q - 2]
  return role.shape === 'lower' && before !== undefined && before.shape === 'lower' && is(before, ROLE) && postAdjectiveEnding(role.key, role.text, lx)
}

/** Whether a number of four digits, a year, follows token `k` after a space (`Vision Sénégal 2050`). */
function yearAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k + 1]
  return t !== undefined && isSpaceGap(t.gap) && YEAR().test(t.text)
}

/**
 * Whether a noun of a kind of organisation (maybe plural), a particle of its kind (`kindParticles`), one common word and maybe up to
 * two adjectives (nationalities or words with an adjective's ending) come just before `k`, all in lower case and apart by spaces:
 * `agences de presse iraniennes`, `journal d’opposition`, `journal en ligne`, `agence de presse officielle iranienne`.
 */
function kindComplementBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  if (lx.kindParticles.size === 0) return false
  let p = k - 1
  let adjectives = 0
  // (The word right after the particle is the complement, whatever its ending: `de presse`.)
  while (p > 2 && adjectives < 2 && tokens[p]!.shape === 'lower' && isSpaceGap(tokens[p + 1]!.gap) && postAdjective(tokens[p]!, lx) && !is(tokens[p]!, STOP) && !kindParticle(tokens[p - 1]!, lx)) {
    p--
    adjectives++
  }
  const word = tokens[p]
  const particle = tokens[p - 1]
  const noun = tokens[p - 2]
  if (!word || !particle || !noun || p + 1 > k || !isSpaceGap(tokens[p + 1]!.gap)) return false
  if (word.shape !== 'lower' || is(word, STOP) || !(isSpaceGap(word.gap) || (word.glued && is(particle, ELISION)))) return false
  if (!kindParticle(particle, lx) || !isSpaceGap(particle.gap)) return false
  return noun.shape === 'lower' && !is(noun, ROLE) && (is(noun, ORG_NOUN) || pluralOf(noun.key, lx.orgNouns, lx))
}

/**
 * Whether `t` may be an adjective after the noun it qualifies (`kindComplementBefore`): a demonym, or a word of six letters or
 * more with one of the locale's adjective endings. `kindComplementBefore`'s helpers are module functions, not closures made per
 * call (under tsx, which keeps function names, each closure made costs a `defineProperty` of about a microsecond).
 */
function postAdjective(t: Token, lx: EntityLookups): boolean {
  return lx.demonyms.has(t.key) || (t.key.length > 5 && postAdjectiveEnding(t.key, t.text, lx))
}

/** Whether `t` is a lower-case particle that opens a kind's complement (`de` of `agence de presse`). */
function kindParticle(t: Token, lx: EntityLookups): boolean {
  return t.shape === 'lower' && lx.kindParticles.has(t.key)
}

/** Whether a kinship word and a particle come just before `k` (`frère de`, `l’épouse d’`, `son of`). */
function kinBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const p = k - 2
  const particle = tokens[k - 1]
  if (p < 0 || !particle || particle.shape !== 'lower' || !(is(particle, PARTICLE) || is(particle, ELISION)) || !(SPACE_GAP.test(tokens[k]!.gap) || tokens[k]!.glued)) return false
  const t = tokens[p]!
  return t.shape === 'lower' && SPACE_GAP.test(particle.gap) && lx.kinRoles.has(t.key)
}

/** The role word when one and a particle come just before `k` (`directeur de`, `chief executive of`), else an empty string. */
function roleOfOrg(tokens: readonly Token[], k: number, lx: EntityLookups): string {
  let p = k - 1
  let n = 0
  while (p >= 0 && n < 2 && tokens[p]!.shape === 'lower' && (is(tokens[p]!, PARTICLE) || is(tokens[p]!, ARTICLE) || is(tokens[p]!, ELISION)) && (isSpaceGap(tokens[p + 1]!.gap) || tokens[p + 1]!.glued)) {
    p--
    n++
  }
  if (n === 0 || p < 0) return ''
  const t = tokens[p]!
  return t.shape === 'lower' && isSpaceGap(tokens[p + 1]!.gap) && is(t, ROLE) && !lx.portfolio.has(t.key) ? t.key : ''
}

/** Whether a capitalised word of the name is a common word of the article (`Eternal Sunshine`, `Trade`). */
function commonWordIn(tokens: readonly Token[], c: Candidate, lowerSeen: ReadonlySet<string>): boolean {
  for (let k = c.first; k <= c.last; k++) if (tokens[k]!.shape === 'cap' && lowerSeen.has(tokens[k]!.key)) return true
  return false
}

/** Whether a hyphenated word holds a place joiner between capitalised parts (`bouches-du-rhone`). */
function placeCompound(key: string, lx: EntityLookups): boolean {
  const parts = key.split('-')
  if (parts.length < 3) return false
  for (let i = 1; i < parts.length - 1; i++) if (lx.placeJoiners.has(parts[i]!)) return true
  return false
}

/** Whether a speech verb stands just before the name (`a déclaré Peskov`, `said Peskov`), maybe after an article. */
function speechBefore(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const lead = c.lead ?? c.first
  const t = tokens[lead - 1]
  // The name ends the clause (`a précisé Peskov.`), unlike an object or a modifier (`told Radio Five`, `said Wallabies coach`).
  const after = tokens[c.last + 1]
  return t !== undefined && t.shape === 'lower' && SPACE_GAP.test(tokens[lead]!.gap) && lx.speechVerbs.has(t.key) && (!after || /[.,;:!?)»"”]/.test(after.gap))
}

/** Most words of an apposition or relative clause between a name and its verb. */
const APPOSITION_WORDS = 16

/** Whether the name is the subject of a speech verb: `Guy Marius Sagna a déclaré`, `said John Smith`. */
function speaks(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  if (lx.speechVerbs.size === 0) return false
  // `Maciej Sundra, who designed the interface, says`: after an apposition or a relative clause between commas.
  // (Not one that says what kind of body it is: `X, the agency under …, said`; nor after an article: `Le Magen David Adom, …`.)
  let from = c.last + 1
  const article = tokens[(c.lead ?? c.first) - 1]
  if (tokens[from] && isCommaGap(tokens[from]!.gap) && tokens[from]!.shape === 'lower' && !(article && is(article, ARTICLE))) {
    for (let k = from; k < tokens.length && k <= from + APPOSITION_WORDS; k++) {
      const t = tokens[k]!
      if (k - from < 5 && t.shape === 'lower' && (is(t, ORG_NOUN) || is(t, ORG_CUE))) break
      if (k > from && isCommaGap(t.gap)) {
        from = k
        break
      }
      if (k > from && /[.;:!?()«»"“”|]/.test(t.gap)) break
    }
  }
  for (let k = from, n = 0; k < tokens.length && n < 4; k++, n++) {
    const t = tokens[k]!
    if (t.shape !== 'lower' || (n === 0 ? !(k === c.last + 1 ? isSpaceGap(t.gap) : isCommaGap(t.gap)) : PUNCT.test(t.gap))) break
    if (lx.speechVerbs.has(t.key)) return true
    if (!lx.auxiliaries.has(t.key)) break
  }
  const lead = c.lead ?? c.first
  for (let k = lead - 1, n = 0; k >= 0 && n < 2; k--, n++) {
    const t = tokens[k]!
    if (t.shape !== 'lower' || !isSpaceGap(tokens[k + 1]!.gap)) break
    if (lx.speechVerbs.has(t.key)) return true
    if (!is(t, ARTICLE)) break
  }
  return false
}

function placeBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  // (Not a fixture's `à`: `face à Sonacos`, `face au Petro de Luanda` name the opponent.)
  return cueBefore(tokens, k, lx.locPreps, false) && !cueBefore(tokens, k, lx.fixtureCues, false)
}

/** Whether the word right before `k` is a place preposition that alone makes no unknown name a place (`en`). */
function weakPrepBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const t = tokens[k - 1]
  return t !== undefined && lx.weakLocPreps.has(t.key) && isSpaceGap(tokens[k]!.gap)
}

/**
 * Whether a place preposition stands before the name, capitalised at the opening of the sentence too, and a comma closes
 * the name: a place set before the clause (`À Assadabad, un missile…`, `In Broomall, voters…`). (Its lower-case readings
 * are `placeBefore`'s already: what it adds is the opening one.)
 */
function openingPlace(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const next = tokens[c.last + 1]
  return next !== undefined && commaAlone(next.gap) && cueBefore(tokens, c.first, lx.locPreps, true)
}

/**
 * Whether a body whose authority covers a place comes before the name at `k`, then `de`/`du`/`d’` (maybe with an article):
 * `le parquet de Kaolack`, `le ministère public de Brunswick`, `le tribunal de grande instance de Nanterre`, `la cour d’appel de
 * Dijon`, and inside a name, `Tribunal des flagrants délits de Dakar`.
 */
function jurisdictionBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  if (lx.jurisdictions.size === 0) return false
  let p = k - 1
  let particle = false
  for (let n = 0; n < 2 && p >= 0 && isParticle(tokens[p]!, lx) && (SPACE_GAP.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued); n++) {
    if (!is(tokens[p]!, ARTICLE)) particle = true
    p--
  }
  if (!particle || p < 0 || !SPACE_GAP.test(tokens[p + 1]!.gap)) return false
  const t = tokens[p]!
  if (t.shape === 'upper') return false
  if (lx.jurisdictions.has(t.key)) return true
  if (p > 0 && SPACE_GAP.test(t.gap) && lx.jurisdictions.has(tokens[p - 1]!.key + ' ' + t.key)) return true
  // (`tribunal de grande instance`, `cour d’appel`: a kind of institution of several words whose head is such a body, or which is
  // one, `cour administrative d’appel`: the jurisdiction read up to the institution's last word, whatever the lists' longest entries.)
  for (let s = Math.max(0, p - lx.institutionWords + 1); s < p; s++) {
    if (titleAt(tokens, s, lx.institutions, lx.institutionWords) === p - s + 1 && (lx.jurisdictions.has(tokens[s]!.key) || titleAt(tokens, s, lx.jurisdictions, p - s + 1) === p - s + 1)) return true
  }
  return false
}

/**
 * First token of the place that ends an organisation's name after a body whose authority covers it (`Dakar` in `Tribunal des
 * flagrants délits de Dakar`, `Nanterre` in `tribunal de grande instance de Nanterre`), or -1. Not an acronym (`Cour de justice de
 * la CEDEAO`), a known organisation or a person's name; in a capitalised name, only a known place.
 */
function jurisdictionTail(tokens: readonly Token[], c: Candidate, lx: EntityLookups): number {
  if (lx.jurisdictions.size === 0 || c.last - c.first < 2) return -1
  let q = c.last
  while (q > c.first && tokens[q - 1]!.shape === 'cap' && !isParticle(tokens[q - 1]!, lx) && SPACE_GAP.test(tokens[q]!.gap)) q--
  if (q - c.first < 2 || c.last - q > 2) return -1
  const first = tokens[q]!
  if (first.shape !== 'cap' || lx.givenNames.has(first.key)) return -1
  for (let k = q; k <= c.last; k++) if (tokens[k]!.shape !== 'cap') return -1
  const key = tokens.slice(q, c.last + 1).map((t) => t.key).join(' ')
  if (lx.organizations.has(key)) return -1
  // (Not the capitalised end of the institution noun itself: `tribunal de Grande Instance`, `cour d’Appel`.)
  if (lx.institutionWords > 1 && tokens[c.first]!.shape === 'lower' && c.first + titleAt(tokens, c.first, lx.institutions, lx.institutionWords) - 1 >= q) return -1
  // (In a capitalised name, only a known place: `Haute Cour de Justice`, `Cour des Comptes`.)
  if (tokens[c.first]!.shape !== 'lower' && !lx.places.has(key)) return -1
  return jurisdictionBefore(tokens, q, lx) ? q : -1
}

/** A gap of an opening quotation mark or a line break, maybe both, with spaces around. */
const QUOTED_GAP = /^[ \u00a0]{0,3}(?:[«"“][ \u00a0]{0,3}\n?|\n)[ \u00a0]{0,3}$/

/** Whether a candidate is shaped like a medium's name after a source cue: an article maybe, then one to three words, the first no given name. */
function sourceName(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const from = c.last > c.first && is(tokens[c.first]!, ARTICLE) ? c.first + 1 : c.first
  if (c.last - from > 2 || lx.givenNames.has(tokens[from]!.key) || lx.givenNames.has(tokens[c.last]!.key)) return false
  if (from === c.last) return true
  // (Not a people's adjective, `the West German weekly`, nor a name a role describes after a comma: `selon Dalton Rice, responsable`.)
  for (let k = from; k <= c.last; k++) if (lx.demonyms.has(tokens[k]!.key)) return false
  return !c.acronym && capitalsOnly(tokens, from, c.last) && !roleAppositionAfter(tokens, c, lx)
}

/** Whether a lower-case article (or a word of `lists`), glued (`l’`) or followed by a space, stands just before token `k`. */
function articleBefore(tokens: readonly Token[], k: number, lx: EntityLookups, lists: readonly WordList[] = ARTICLES): boolean {
  const t = tokens[k - 1]
  return t !== undefined && t.shape === 'lower' && inLists(lx, t.key, lists) && (isSpaceGap(tokens[k]!.gap) || tokens[k]!.glued)
}
const ARTICLES: readonly WordList[] = ['articles']

/** Whether one to three lower-case words just before token `k` make an entry of `cues` (`à`, `près de`, `selon`); with `opening`, also a capitalised one opening the sentence (`Selon`). */
function cueBefore(tokens: readonly Token[], k: number, cues: ReadonlySet<string>, opening: boolean, quoted = false): boolean {
  let key = ''
  for (let n = 1; n <= 3 && k - n >= 0; n++) {
    const t = tokens[k - n]!
    const after = tokens[k - n + 1]!
    // (With `quoted`, an opening quotation mark may stand before the name: `surnommé « Julo »`; or a line break, a link scraped
    // onto its own line: `Selon\nKawtef\n,`.)
    if (!(isSpaceGap(after.gap) || after.glued || (quoted && n === 1 && QUOTED_GAP.test(after.gap))) || (t.shape !== 'lower' && !(opening && t.initial && t.shape === 'cap'))) return false
    key = n === 1 ? t.key : t.key + (after.glued ? '' : ' ') + key
    if (cues.has(key)) return true
  }
  return false
}

/** Whether the name's possessive comes before a noun of what a firm has (`Vivendi's board`), or such a noun and `de`/`of` before the name (`les actionnaires de Vivendi`). */
function firmPossessionNear(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const t = tokens[c.last + 1]
  if (lx.possessive && t !== undefined && t.shape === 'lower' && POSSESSIVE_AFTER.test(t.gap) && lx.firmPossessions.has(t.key)) return true
  // `les actionnaires de Vivendi`, `shareholders of the Taft group`: the noun, a particle (not an article alone), maybe an article.
  let p = c.first - 1
  if (p >= 0 && tokens[p]!.shape === 'lower' && is(tokens[p]!, ARTICLE) && !is(tokens[p]!, ELISION) && SPACE_GAP.test(tokens[p + 1]!.gap)) p--
  const particle = tokens[p]
  const noun = tokens[p - 1]
  return particle !== undefined && noun !== undefined && particle.shape === 'lower' && (is(particle, PARTICLE) || is(particle, ELISION)) && !is(particle, ARTICLE) && (SPACE_GAP.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued) && SPACE_GAP.test(particle.gap) && (noun.shape === 'lower' || (noun.shape === 'cap' && noun.initial)) && lx.firmPossessions.has(noun.key)
}

/** A possessive ending between a name and the next word (`'s `, `' `). */
const POSSESSIVE_AFTER = /^['’]s?[ \u00a0]{1,2}$/

/** Whether a comma and a known place or an abbreviation follow the name (`Englewood, Colo.`, `Kent, Wash.`, `Leeds, England`). */
function placeAfterComma(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const t = tokens[c.last + 1]
  if (!t || t.shape !== 'cap' || !isCommaGap(t.gap)) return false
  const next = tokens[c.last + 2]
  return lx.places.has(t.key) || (next !== undefined && next.gap.charCodeAt(0) === 46)
}

/** Whether one or two lower-case organisation words follow the name, the last an organisation noun (`television channel`, `group`). */
function orgNounAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  for (let p = c.last + 1; p <= c.last + 2 && p < tokens.length; p++) {
    const t = tokens[p]!
    if (t.shape !== 'lower') return false
    // (A plural noun names several bodies, not this one: `Industry analysts said`, `Senior consultants from EDS`.)
    const noun = is(t, ORG_NOUN) && !t.key.endsWith('s')
    if ((!noun && !is(t, ORG_CUE)) || !SPACE_GAP.test(t.gap)) return false
    if (noun) return !lx.givenNames.has(tokens[c.first]!.key)
  }
  return false
}

/** Whether a comma and a singular organisation noun without an article follow the name (`Virtus Bologna, club phare…`). */
function orgNounApposition(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const t = tokens[c.last + 1]
  if (t === undefined || t.shape !== 'lower' || !COMMA_GAP.test(t.gap) || !is(t, ORG_NOUN) || t.key.endsWith('s')) return false
  return !lx.givenNames.has(tokens[c.first]!.key) && !lx.places.has(fold(tokens.slice(c.first, c.last + 1).map((x) => x.text).join(' ')))
}

/** Whether a word of the name is an organisation cue (`Alter Television`). */
function orgCueIn(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  for (let k = c.first; k <= c.last; k++) if (is(tokens[k]!, ORG_CUE)) return true
  return false
}

/**
 * Whether a comma, maybe a distance (`25 km`, `600 miles`) and function words (`au`, `à l’`, `dans le`), then a side of the
 * compass and its particle follow the name (`, au nord-est de`, `, 25 km north-east of`, `, northeast of`).
 */
function compassSideAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  let q = c.last + 1
  if (tokens[q] === undefined || !commaAlone(tokens[q]!.gap)) return false
  for (let n = 0; n < 4 && q < tokens.length - 1; n++, q++) {
    const t = tokens[q]!
    if (t.shape === 'lower' && compassSide(t.key, lx)) return isParticle(tokens[q + 1]!, lx) && isSpaceGap(tokens[q + 1]!.gap)
    const number = t.shape === 'other' && DIGIT.test(t.text)
    const unit = n > 0 && t.shape === 'lower' && DIGIT.test(tokens[q - 1]!.text)
    if (!number && !unit && !(t.shape === 'lower' && (is(t, STOP) || is(t, ARTICLE) || is(t, LOC_PREP) || isParticle(t, lx)))) return false
  }
  return false
}
/** Whether a token is a district's number after its name, one space apart (`6` in `Afia 6`). */
function districtNumber(t: Token): boolean {
  return t.shape === 'other' && t.text.length <= 2 && t.gap === ' ' && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57 && t.text.charCodeAt(t.text.length - 1) >= 48 && t.text.charCodeAt(t.text.length - 1) <= 57
}

/** Whether a lower-case word is a side of the compass: one of `compassWords`, two joined (`northeast`) or hyphenated (`nord-est`). */
function compassSide(key: string, lx: EntityLookups): boolean {
  if (lx.compass.has(key)) return true
  const dash = key.indexOf('-')
  if (dash > 0) return lx.compass.has(key.slice(0, dash)) && lx.compass.has(key.slice(dash + 1))
  for (const w of lx.compass) if (key.length > w.length && key.startsWith(w) && lx.compass.has(key.slice(w.length))) return true
  return false
}

/** Whether a side of the compass stands among the three words before `k`, in its sentence (`du secteur Nord-Ouest au Sud-Ouest`). */
function compassBefore(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  for (let p = k - 1; p >= 0 && p >= k - 3; p--) {
    if (/[.!?:;]/.test(tokens[p + 1]!.gap)) return false
    if (compassSide(tokens[p]!.key, lx)) return true
  }
  return false
}

/** Whether a lower-case division word follows the name (`the East Kilbride seat`, `Helmand province`). */
function placeNounAfter(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  const t = tokens[c.last + 1]
  return t !== undefined && t.shape === 'lower' && SPACE_GAP.test(t.gap) && lx.placeAfter.has(t.key)
}

/** Whether a lower-case place word comes just before the name, maybe with one particle (`la région`, `the state of`). */
function placeNounBefore(tokens: readonly Token[], c: Candidate, lx: EntityLookups): boolean {
  let p = c.first - 1
  if (p >= 0 && isParticle(tokens[p]!, lx) && (SPACE_GAP.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued)) p--
  // `le parc naturel de Doñana`, `la région autonome du Kurdistan`: one adjective after the place word.
  const adj = tokens[p]
  if (p > c.first - 3 && p > 0 && adj && adj.shape === 'lower' && adj.key.length > 4 && !is(adj, STOP) && !is(adj, LOC_CUE) && (lx.demonyms.has(adj.key) || postAdjectiveEnding(adj.key, adj.text, lx)) && SPACE_GAP.test(adj.gap) && (SPACE_GAP.test(tokens[p + 1]!.gap) || tokens[p + 1]!.glued) && is(tokens[p - 1]!, LOC_CUE)) p--
  const t = tokens[p]
  // (`les provinces de Lorestan, Hamedan et Kermanshah`, `the islands of`: the place word in the plural too.)
  return t !== undefined && t.shape === 'lower' && (is(t, LOC_CUE) || (p < c.first - 1 && pluralOf(t.key, lx.locCues, lx))) && SPACE_GAP.test(tokens[p + 1]!.gap) && !lx.givenNames.has(tokens[c.first]!.key)
}

/**
 * Where a place noun that belongs to the name stands before it: right before, with one space (`mer Caspienne`, `pont Morandi`),
 * or before `de` in any form for the nouns listed with it (`l’île de Wight`, `la plage de Malibu`, `la gare d’Asnières`), maybe
 * with one adjective (`le parc national des Calanques`); the noun's index, or -1.
 */
function placeNounInName(tokens: readonly Token[], c: Candidate, lx: EntityLookups): number {
  const first = tokens[c.first]!
  let p = c.first - 1
  const t = tokens[p]
  if (t === undefined || t.shape !== 'lower' || first.shape !== 'cap' || c.acronym) return -1
  if (!first.glued && SPACE_GAP.test(first.gap) && lx.placeNameNouns.has(t.key)) return p
  // (A name glued to its elided `d’` is one word of the text: `d’Asnières`.)
  if (first.glued && !is(t, ELISION)) return -1
  const [of, before] = nameParticlesBefore(tokens, c.first, lx)
  p = before
  if (of === '' || p < 0 || !SPACE_GAP.test(tokens[p + 1]!.gap)) return -1
  // (After a definite article or a preposition: `une plage du Maroc` is a beach of Morocco, no name.)
  // (A site noun names its site without an article too, `réunis place de la République`, but its `de` names what it belongs to
  // before a country or a person: `la place du Sénégal`, `la place de la France`, `la porte de Macky Sall`.)
  // (Nor in `mise en place de`, `à la place de`: a preposition before the noun makes it `instead of`, `setting up`.)
  const owner = (q: number) => {
    const d = tokens[q - 1]
    const idiom = d !== undefined && d.shape === 'lower' && (is(d, LOC_PREP) || (is(d, ARTICLE) && q > 1 && lx.dativePreps.has(tokens[q - 2]!.key)))
    return idiom || is(first, ORG_HEAD) || is(first, ORG_CUE) || lx.countries.has(fold(c.form)) || lx.givenNames.has(first.key) || lx.surnames.has(tokens[c.last]!.key)
  }
  const noun = (q: number) => {
    const n = tokens[q]
    const d = tokens[q - 1]
    return n !== undefined && n.shape === 'lower' && lx.placeNameNouns.has(`${n.key} ${of}`) && (lx.siteNouns.has(n.key) ? !owner(q) : d !== undefined && (is(d, ARTICLE) || is(d, PARTICLE) || is(d, LOC_PREP)))
  }
  if (noun(p)) return p
  const adj = tokens[p]!
  return p > 0 && adj.shape === 'lower' && adj.key.length > 4 && !is(adj, STOP) && (lx.demonyms.has(adj.key) || postAdjectiveEnding(adj.key, adj.text, lx)) && SPACE_GAP.test(adj.gap) && noun(p - 1) ? p - 1 : -1
}
const BLANK_GAP = /^[ \u00a0\u202f]?$/

/**
 * The key of a place's name without the lower-case place noun that opens it, its adjective and its `de` (`le fleuve Guadalupe` →
 * `guadalupe`, `le parc national des Everglades` → `everglades`, `la gare d’Asnières` → `asnieres`); undefined for other mentions.
 */
function placeNameRest(m: Mention, lx: EntityLookups): string | undefined {
  const w = m.words
  if (m.type !== 'location' || w.length < 2 || m.form[0] === m.form[0]!.toUpperCase()) return undefined
  let i = w.length > 3 && !lx.particles.has(w[1]!) && lx.particles.has(w[2]!) ? 2 : 1
  while (i < w.length - 1 && lx.particles.has(w[i]!)) i++
  const rest = w.slice(i).join(' ')
  const elided = lx.elisions.find((e) => rest.replace(/’/g, "'").startsWith(e))
  return elided === undefined ? rest : rest.slice(elided.length) || undefined
}

/** A lower-case title right before the name: `le général Sadio Camara`. */
function lowerTitle(tokens: readonly Token[], c: Candidate, lx: EntityLookups): string | undefined {
  const k = c.lead ?? c.first
  const prev = tokens[k - 1]
  if (prev && prev.shape === 'lower' && isSpaceGap(tokens[k]!.gap) && is(prev, TITLE)) return prev.text
  return undefined
}

/** Role given next to the name: `le ministre malien de la Défense, Général Sadio Camara`, `Sadio Camara, ministre de…`. */
function roleOf(tokens: readonly Token[], text: string, c: Candidate, lx: EntityLookups): string | undefined {
  const k = c.lead ?? c.first
  const gap = tokens[k]?.gap ?? ''
  // Before, next to the name or before a comma.
  if (k > 0 && (isSpaceGap(gap) || commaAlone(gap))) {
    let from = -1
    for (let p = k - 1, n = 0; p >= 0 && n < 14; p--, n++) {
      const t = tokens[p]!
      // (Not a portfolio or a place after a particle, before a given name or an initial: `le ministre de l’Économie et des Finances
      // Bruno Le Maire`; capitalised words before a name no given name opens are a body's the name is cut from, `general secretary of
      // the Catholic Secular Forum`, `manager of British Music Rights`.)
      if (n === 0 && isNameWord(t, lx) && gap.trim() === '' && !((lx.givenNames.has(tokens[k]!.key) || initialAt(tokens, k)) && connectedName(tokens, p, lx, false))) break
      // (The farthest role whose words up to the name still read as a role: `ce lundi le ministre iranien des Affaires étrangères,
      // Abbas Araghchi`, not `Le chef de la diplomatie devait rencontrer … le ministre`.)
      if (t.shape === 'lower' && titleAt(tokens, p, lx.roles, lx.roleWords) > 0 && roleLike(tokens, p, k - 1, lx)) from = p
      if (t.initial || (PUNCT.test(t.gap) && !listedPortfolio(tokens, p, lx))) break
      // (Capitalised words no particle nor connector opens are another name, whose role that is: `analyst Alex Potter at Lehman
      // Brothers`, `presenter Andrea Arnold while Little Terrorist`; `le ministre de la Culture Franck Riester` reads on.)
      // (Before a comma, a person named in the role is part of it: `le chef de cabinet du président Diomaye Faye, Pape Mada Ndour`.)
      if (n > 0 && t.shape !== 'lower' && !connectedName(tokens, p, lx, commaAlone(gap))) break
    }
    const before = tokens[k - 1]!
    // (Nor a role that a function word ends: the name after it is what the role is held at or for, `spokesman for Ask Jeeves`,
    // `economist at Societe Generale`, `journaliste au journal d'opposition Novaïa Gazeta`.)
    const dangling = before.shape === 'lower' && (nameConnector(before.key, lx) || is(before, STOP))
    // (Nor a role in a source phrase before a comma, when the name after it goes on with its clause, not with a comma closing an
    // apposition: `Pour le député des Bouches-du-Rhône, Emmanuel Macron est le seul responsable` names the source, then the subject.)
    const sourced = from >= 0 && commaAlone(gap) && !commaAlone(tokens[c.last + 1]?.gap ?? '') && sourceBefore(tokens, from, lx)
    if (from >= 0 && !dangling && !sourced && roleLike(tokens, from, k - 1, lx)) {
      const role = text.slice(tokens[from]!.start, tokens[k - 1]!.end).trim()
      if (role.length > 1) return role
    }
  }
  // After: `Michael Lamberty, a spokesman for Lufthansa, said`.
  const next = tokens[c.last + 1]
  if (next && commaAlone(next.gap)) {
    let p = c.last + 1
    if (titleAt(tokens, p, lx.roles, lx.roleWords) === 0 && tokens[p + 1] && isSpaceGap(tokens[p + 1]!.gap)) p++
    const n = titleAt(tokens, p, lx.roles, lx.roleWords)
    // `Pat Ferguson, President of AMBO`: a capitalised role counts when a particle follows it.
    const capRole = n > 0 && tokens[p]!.shape === 'cap' && tokens[p + n] !== undefined && isParticle(tokens[p + n]!, lx)
    if (n > 0 && (tokens[p]!.shape === 'lower' || capRole)) {
      let q = p
      while (q + 1 < tokens.length && q - p < 14 && !(PUNCT.test(tokens[q + 1]!.gap) && !listedPortfolio(tokens, q + 1, lx)) && !tokens[q + 1]!.initial) q++
      if (roleLike(tokens, p, q, lx)) return text.slice(tokens[p]!.start, tokens[q]!.end).trim()
    }
  }
  return undefined
}

/**
 * Whether `tokens[q]` is a particle after a comma alone, no article, before a capitalised word (maybe after an article): the next
 * portfolio of a role that lists them (`ministre de l’Économie, des Finances et du Plan`; not `…, de vivre un moment`).
 */
function listedPortfolio(tokens: readonly Token[], q: number, lx: EntityLookups): boolean {
  const t = tokens[q]!
  if (t.shape !== 'lower' || !commaAlone(t.gap) || !isParticle(t, lx) || is(t, ARTICLE)) return false
  let r = q + 1
  if (r < tokens.length && tokens[r]!.shape === 'lower' && is(tokens[r]!, ARTICLE)) r++
  return r < tokens.length && tokens[r]!.shape === 'cap'
}

/**
 * Whether the capitalised words running back from `tokens[p]` follow a particle, an article or a connector (`de la Culture`,
 * `of the Russian Direct Investment Fund`); with `afterRole`, a role or a title too (`du président Diomaye Faye`).
 */
function connectedName(tokens: readonly Token[], p: number, lx: EntityLookups, afterRole: boolean): boolean {
  let q = p
  while (q > 0 && tokens[q - 1]!.shape !== 'lower' && !tokens[q - 1]!.initial && isSpaceGap(tokens[q]!.gap)) q--
  const t = tokens[q - 1]
  return t !== undefined && t.shape === 'lower' && (isSpaceGap(tokens[q]!.gap) || tokens[q]!.glued) && (nameConnector(t.key, lx) || (afterRole && (is(t, ROLE) || is(t, TITLE))))
}

/** Whether a lower-case word joins a role to the name it is held at or for: a particle, an article, an elision or a role connector (`de`, `la`, `l'`, `for`). */
function nameConnector(key: string, lx: EntityLookups): boolean {
  return lx.particles.has(key) || lx.articles.has(key) || lx.elisions.includes(key) || lx.roleConnectors.has(key)
}

/** Role phrases not attached to a name: `évoquée par le ministre nigérien de la Défense nationale.` */
function looseRoles(tokens: readonly Token[], text: string, lx: EntityLookups): {start: number; text: string}[] {
  const out: {start: number; text: string}[] = []
  for (let p = 1; p < tokens.length; p++) {
    const t = tokens[p]!
    if (t.shape !== 'lower' || !is(tokens[p - 1]!, ARTICLE) || titleAt(tokens, p, lx.roles, lx.roleWords) === 0) continue
    // (Not the subject set after a speech verb that ends its sentence, `», a ajouté le chef de file des Insoumis.`: it stands
    // for someone named before, not for the next person the article names; `a commenté le chef d'état-major, le général X`
    // goes on with the name.)
    const verbSubject = afterSpeechVerb(tokens, p - 1, lx)
    // (Nor one naming a source, `Pour le député des Bouches-du-Rhône, Emmanuel Macron est …`: the name after it is the subject of
    // what the source says.)
    if (sourceBefore(tokens, p, lx)) continue
    let q = p
    while (q + 1 < tokens.length && q - p < 14 && !PUNCT.test(tokens[q + 1]!.gap) && !tokens[q + 1]!.initial && !(tokens[q + 1]!.shape === 'cap' && !afterParticle(tokens, q + 1, lx))) q++
    const after = tokens[q + 1]
    if (after && !PUNCT.test(after.gap) && !after.initial) continue
    if (verbSubject && !(after && COMMA_GAP.test(after.gap))) continue
    if (!roleLike(tokens, p, q, lx)) continue
    out.push({start: t.start, text: text.slice(t.start, tokens[q]!.end)})
    p = q
  }
  return out
}

/** A gap holding a comma and nothing else but spaces. */
const COMMA_GAP = /^[ \u00a0\u202f]*,[ \u00a0\u202f]*$/

/**
 * Whether a source phrase's words (`pour`, `selon`, `d'après`; `according to`) end right before the role at `tokens[from]`,
 * its determiner between them (`Pour le député …`).
 */
function sourceBefore(tokens: readonly Token[], from: number, lx: EntityLookups): boolean {
  let j = from - 1
  if (j >= 0 && is(tokens[j]!, ARTICLE)) j--
  if (j < 0 || lx.sourceWords.size === 0) return false
  const last = tokens[j]!
  if (last.shape !== 'lower' && !last.initial) return false
  const one = last.key
  const two = j > 0 ? tokens[j - 1]!.key + (isSpaceGap(last.gap) && last.gap !== '' ? ' ' : '') + one : ''
  return lx.sourceWords.has(one) || (two !== '' && lx.sourceWords.has(two))
}

/**
 * Whether the word before `tokens[k]` is a speech verb, an adverb or a time word read past (`a ajouté le`,
 * `a déclaré samedi le`; not `évoquée par le`, an agent): what starts at `k` is that verb's subject, set after it.
 */
function afterSpeechVerb(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  for (let j = k - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    const t = tokens[j]!
    if (t.shape !== 'lower' || !isSpaceGap(tokens[j + 1]!.gap)) return false
    if (lx.speechVerbs.has(t.key)) return true
    if (!lx.adverbials.has(t.key)) return false
  }
  return false
}

/** Whether `tokens[from..to]` reads as a role, not a clause: no function words but connectors. */
function roleLike(tokens: readonly Token[], from: number, to: number, lx: EntityLookups): boolean {
  if (to - from > 12) return false
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!
    if (t.shape === 'lower' && is(t, STOP) && !is(t, ROLE_CONNECTOR) && !is(t, PARTICLE) && !is(t, ARTICLE)) return false
  }
  return true
}

function afterParticle(tokens: readonly Token[], k: number, lx: EntityLookups): boolean {
  const prev = tokens[k - 1]
  return prev !== undefined && prev.shape === 'lower' && (is(prev, PARTICLE) || is(prev, ELISION))
}

/**
 * Types from the rest of the article, before linking: a name typed a place
 * only by a preposition, whose first and last words are those of a person
 * named with a title, role or given name, is that person's (`à Henriette
 * Niang Kandé` … `Mme Henriette Kandé Niang`); a name typed a person only by
 * default that ends with a particle and a place of the article is an
 * organisation of that place (`l’Ehpad de Lherm` … `à Lherm`); a place that is also a given name, alone,
 * is the person of the article that name opens (`Victoria Beckham` … `Victoria`).
 */
function retype(mentions: readonly Mention[], lx: EntityLookups) {
  const people = new Map<string, Set<string>>()
  const places = new Set<string>()
  for (const m of mentions) {
    const w = m.words
    if (m.type === 'person' && !m.weak && w.length > 1) {
      let words = people.get(w[0]!)
      if (!words) people.set(w[0]!, (words = new Set()))
      for (const x of w) words.add(x)
    } else if (m.type === 'location' && w.length === 1) places.add(w[0]!)
  }
  if (people.size === 0 && places.size === 0) return
  for (const m of mentions) {
    const w = m.words
    if (m.type === 'location' && !m.sure && !m.canonical && w.length >= 2 && w.length <= 3 && people.get(w[0]!)?.has(w[w.length - 1]!)) m.type = 'person'
    // `Victoria Beckham` … `Nicola et Victoria`: a town's name that is also a given name, alone, is that person's (not a country).
    else if (m.type === 'location' && w.length === 1 && people.has(w[0]!) && lx.givenNames.has(w[0]!) && !lx.countries.has(w[0]!)) m.type = 'person'
    else if (m.type === 'person' && m.weak && !m.title && w.length >= 3 && lx.particles.has(w[w.length - 2]!) && places.has(w[w.length - 1]!)) {
      m.type = 'organization'
      m.weak = false
    }
  }
}

/** Groups mentions into entities. */
/**
 * The person already named by the last words of the person's name `m`, two words or more, the longest first (`Ibra Kane` for
 * `Mamoudou Ibra Kane`, `Selbé Diouf` for `Marie Angélique Selbé Diouf`): one person, named in full here. Undefined when none.
 */
function tailPerson(m: Mention, byKey: ReadonlyMap<string, Draft>): Draft | undefined {
  for (let i = 1; i <= m.words.length - 2; i++) {
    const x = byKey.get(m.words.slice(i).join(' '))
    if (x && x.type === 'person') return x
  }
  return undefined
}

function link(mentions: readonly Mention[], lx: EntityLookups, capSeen: ReadonlySet<string>): Draft[] {
  const drafts: Draft[] = []
  const byKey = new Map<string, Draft>()
  /** Last word → people; first word → people; first and last word → person. */
  const bySurname = new Map<string, Set<Draft>>()
  const byFirst = new Map<string, Set<Draft>>()
  const byMiddle = new Map<string, Set<Draft>>()
  const byEnds = new Map<string, Draft>()
  /** A person's initial and surname (`b o'driscoll`) → people named with a given name of that initial, or with that initial alone. */
  const byInitialSurname = new Map<string, Set<Draft>>()
  /** Initials of multi-word organisation and place names → entity. */
  const byInitials = new Map<string, Draft>()
  /** Initials of each multi-word form, computed once per form. */
  const initialsByForm = new Map<string, string[]>()
  /** Single-word forms, for glued words. */
  const singles = new Map<string, Draft>()
  /** First and last words of organisation names → organisations (`RDF` → `RDF Media`, `Lords` → `House of Lords`). */
  const byOrgEnd = new Map<string, Set<Draft>>()
  const byOrgTail = new Map<string, Set<Draft>>()
  // (`BBC Radio 1` under `radio 1`: the words after a known organisation's name opening a longer organisation's.)
  const byKnownTail = new Map<string, Set<Draft>>()
  /** A name and an organisation word (`Labour Party`, `Chelsea FC`) → organisations, for the name alone. */
  const byCueForm = new Map<string, Set<Draft>>()
  /** Organisation names without their particles (`institute fiscal studies`), for forms that differ only there (`of`/`for`). */
  const byContent = new Map<string, Draft>()
  /** The last two or more words of people's names of three or more words (`ben souf`) → those people. */
  const byTail = new Map<string, Set<Draft>>()
  /** Forms of several words with one word left out (`waly diouf *`) → entities: for spelling variants that differ in that word. */
  const byVariant = new Map<string, Set<Draft>>()
  /** People's surnames of four letters or more by length and first or last half (`halfKeys`): for a surname alone spelt another way. */
  const bySurnameHalf = new Map<string, Set<string>>()
  const contentKey = (w: readonly string[]) => w.filter((x) => !lx.particles.has(x) && !lx.orgConnectors.has(x) && !lx.stopWords.has(x)).join(' ')
  const key = (m: Mention) => fold(m.canonical ?? m.form)
  const index = (map: Map<string, Set<Draft>>, k: string, d: Draft) => {
    const set = map.get(k) ?? new Set<Draft>()
    set.add(d)
    map.set(k, set)
  }
  const add = (d: Draft, m: Mention) => {
    d.mentions.push(m)
    if (!m.weak || m.title || m.role) d.weak = false
    if (!m.common) d.common = false
    // `De Bambali à…` (a default) then `natif de Bambali` (a place preposition): the place wins over the default.
    // (So does a person: `Mamico tacle…` then `Mamico et Dieynaba Tall`, `a frustré Mamico`: one word named only by default before.)
    if (d.guess && !m.guess && !d.sure && !m.sure && (m.type === 'location' || (m.type === 'person' && m.words.length === 1 && !m.weak)) && d.mentions.length > 1) d.type = m.type
    if (!m.guess) d.guess = false
    byKey.set(fold(m.form), d)
    if (m.canonical) byKey.set(fold(m.canonical), d)
    // `le fleuve Guadalupe` … `les eaux du Guadalupe`: the name without its place noun, unless a known place (`fleuve Sénégal`, `Sénégal`).
    // (`le parc national des Everglades` … `les Everglades`: without its adjective and `de` too.)
    // (A town's name right after the noun is the same place, `le fleuve Guadalupe`; not after `de`: `la plage de Marseille`.)
    const rest = placeNameRest(m, lx)
    if (rest !== undefined && !byKey.has(rest) && (!lx.places.has(rest) || (!lx.countries.has(rest) && m.words[1] === rest.split(' ')[0]))) byKey.set(rest, d)
    if (m.title && !d.title) d.title = m.title
    if (m.role && !d.role) d.role = m.role
    // A club named after its city (`Southampton v Portsmouth`): context wins over the gazetteer, not over a person or a country.
    // (`le rédacteur en chef de Delahousse` after `Laurent Delahousse`: a surname alone typed an organisation only by the words
    // around it stays the person's, whom a given name names.)
    if (((m.sure && !d.sure) || (m.strong && !d.strong && d.type === 'location' && !lx.countries.has(m.words.join(' ')))) && !(surnameOf(d, m, lx))) {
      d.sure = true
      d.type = m.type
      if (m.strong) d.strong = true
    }
    const w = m.words
    if (w.length === 1) singles.set(w[0]!, d)
    if (w.length > 1) for (let i = 0; i < w.length; i++) index(byVariant, variantKey(w, i), d)
    if (w.length > 1 && d.type === 'person') {
      const surname = w[w.length - 1]!
      if (surname.length >= 4 && !bySurname.has(surname)) {
        for (const h of halfKeys(surname)) {
          const set = bySurnameHalf.get(h)
          if (set) set.add(surname)
          else bySurnameHalf.set(h, new Set([surname]))
        }
      }
      index(bySurname, surname, d)
      index(byFirst, w[0]!, d)
      for (let i = 1; i < w.length - 1; i++) if (w[i]!.length > 2) index(byMiddle, w[i]!, d)
      byEnds.set(w[0]! + ' ' + w[w.length - 1]!, d)
      if (w.length === 2) index(byInitialSurname, w[0]![0]! + ' ' + w[1]!, d)
      // `Henriette Niang Kandé` and `Henriette Kandé Niang`: the same words after the given name, in another order.
      if (w.length > 2) byEnds.set(w[0]! + ' ' + w.slice(1).sort().join(' '), d)
      // `Ben Souf` for `Mohamed Ben Souf`: the last words of a longer name. Not from a given name on
      // when the longer name does not open with one (`Cedric Heymans` in `Wing Cedric Heymans`):
      // that is the full name, and the longer one has a word too many; that first word is then a role, a title, a demonym or a
      // common word (`Guy Marius Sagna` still gives `Marius Sagna`), and no particle comes before the tail (`Décès de Bernard Lacombe`).
      const given = lx.givenNames.has(w[0]!)
      for (let i = 1; i < w.length - 1; i++) if (given || !lx.givenNames.has(w[i]!) || !(lx.particles.has(w[i - 1]!) || describesPerson(w[0]!, lx))) index(byTail, w.slice(i).join(' '), d)
    }
    if (w.length > 1 && d.type !== 'person') {
      let initials = initialsByForm.get(m.form)
      if (!initials) {
        initials = initialsOf(m.form, lx)
        initialsByForm.set(m.form, initials)
      }
      for (const i of initials) if (!byInitials.has(i)) byInitials.set(i, d)
    }
    if (w.length > 2 && d.type === 'organization') byContent.set(contentKey(w), d)
    if (w.length > 1 && d.type === 'organization') {
      // (Not after a known organisation's name or an acronym and a place, `AOL UK`, `UKIP Scotland`: that is the branch of the
      // organisation the first word names, and the first word alone is that organisation. `Real` is still `Real Madrid`.)
      // (Nor after an acronym and one word that is no organisation word, `EMI Music`, `BT Retail`: a division of the body the acronym names.)
      const division = w.length === 2 && CAPS_WORD.test(m.form) && !lx.orgCues.has(w[1]!)
      if (!division && !(lx.places.has(w.slice(1).join(' ')) && (lx.organizations.has(w[0]!) || CAPS_WORD.test(m.form)))) index(byOrgEnd, w[0]!, d)
      // (A word after a particle is not a place's short form: `à Lherm` is not `l’Ehpad de Lherm`; `Lords` is `House of Lords`.)
      index(w.length > 2 && lx.particles.has(w[w.length - 2]!) ? byOrgTail : byOrgEnd, w[w.length - 1]!, d)
      if (w.length > 2 && lx.organizations.has(w[0]!)) index(byKnownTail, w.slice(1).join(' '), d)
      // (`Union Pacific Corp`, `Bond Corp Holdings Ltd`: up to two organisation words at the end; one word left only after one:
      // `Senate` is not `Senate Finance Committee`, nor `LA` `LA Daily News`.)
      for (let e = w.length - 1; e >= Math.max(1, w.length - 2) && lx.orgCues.has(w[e]!); e--) if (e > 1 || e === w.length - 1) index(byCueForm, w.slice(0, e).join(' '), d)
    }
  }
  const create = (m: Mention) => {
    const d = draft(m.type, {sure: m.sure, weak: true, common: true, guess: m.guess === true, canonical: m.canonical ? m.canonical : undefined})
    drafts.push(d)
    add(d, m)
    return d
  }
  const owner = new Map<Mention, Draft>()
  const only = (set: Set<Draft> | undefined) => (set && set.size === 1 ? [...set][0] : undefined)
  /** Of the people of `set` (not weak), the one named last before offset `at`, else the first one named. */
  const nearestOf = (set: Set<Draft> | undefined, at: number) => {
    let first: Draft | undefined
    let last: Draft | undefined
    let lastAt = -1
    if (set) {
      for (const x of set) {
        if (x.type !== 'person' || x.weak) continue
        first ??= x
        for (const y of x.mentions) {
          if (y.start < at && y.start > lastAt) {
            lastAt = y.start
            last = x
          }
        }
      }
    }
    return last ?? first
  }
  // 1. Names of several words and acronym pairs; 2. known single words;
  // 3. other single words; 4. single words opening a sentence.
  // (Each mention read in its pass only: sorted into the four passes once, in reading order.)
  const passes: Mention[][] = [[], [], [], []]
  /** One-word names the text sets as a place twice or more (a place preposition, a list of places): word → mentions typed a place. */
  const placeWords = new Map<string, number>()
  for (const m of mentions) {
    passes[m.words.length > 1 || m.pair ? 0 : m.unconfirmed ? 3 : m.sure ? 1 : 2]!.push(m)
    if (m.type === 'location' && m.words.length === 1) placeWords.set(m.words[0]!, (placeWords.get(m.words[0]!) ?? 0) + 1)
  }
  for (let pass = 0; pass < 4; pass++) {
    for (const m of passes[pass]!) {
      if (m.pair && owner.has(m.pair)) {
        const d = owner.get(m.pair)!
        add(d, m)
        owner.set(m, d)
        continue
      }
      const k = key(m)
      let d: Draft | undefined = byKey.get(k)
      if (d && d.type !== m.type && d.sure && m.sure && m.words.length > 1) d = undefined
      if (!d && m.type === 'person' && m.words.length > 1) d = byEnds.get(m.words[0]! + ' ' + m.words[m.words.length - 1]!) ?? (m.words.length > 2 ? byEnds.get(m.words[0]! + ' ' + m.words.slice(1).sort().join(' ')) : undefined) ?? only(byTail.get(m.words.join(' ')))
      // `B O'Driscoll` on a team sheet after `Brian O'Driscoll` (or before it): an initial and a surname are the one person named
      // with a given name of that initial and that surname (not when two people share both: `J Robinson` beside `Jason` and `James`).
      if (!d && m.type === 'person' && m.words.length === 2) {
        const initial = m.words[0]!.length === 1
        const x = only(byInitialSurname.get(m.words[0]![0]! + ' ' + m.words[1]!))
        // (A given name other than the one the initial stood for is another person: `Simon Jones` after `Stephen Jones`, `S Jones`.)
        if (x && x.type === 'person' && x.mentions.some((y) => y.words.length === 2 && y.words[1] === m.words[1] && (y.words[0]!.length === 1) !== initial) && (initial || x.mentions.every((y) => y.words.length < 2 || y.words[0]!.length === 1 || y.words[0] === m.words[0]))) d = x
      }
      // `Ben Sedrine` named first, then `Sihem Ben Sedrine`: a given name before the words of a person already named.
      if (!d && m.type === 'person' && m.words.length > 2 && lx.givenNames.has(m.words[0]!)) {
        const x = byKey.get(m.words.slice(1).join(' '))
        if (x && x.type === 'person') d = x
      }
      // `Ibra Kane` named first, then `Mamoudou Ibra Kane`; `Selbé Diouf`, then `Marie Angélique Selbé Diouf`: words before the two
      // last words or more of a person already named (`tailPerson`).
      // (Not a name typed a person's by default only: `Libérez Moustapha DIAKHATÉ`, a verb before the name.)
      if (!d && m.type === 'person' && m.words.length > 2 && !m.weak) d = tailPerson(m, byKey)
      // `le parc naturel des Everglades` after `le parc national des Everglades`: the same name with another place noun.
      if (!d) {
        const rest = placeNameRest(m, lx)
        const x = rest === undefined ? undefined : byKey.get(rest)
        if (x && x.type === 'location') d = x
      }
      // `Institute of Fiscal Studies` and `Institute for Fiscal Studies`.
      if (!d && m.type === 'organization' && m.words.length > 2) d = byContent.get(contentKey(m.words))
      // `Man Utd` and `Manchester United`: each word of one a short form of the other's.
      if (!d && m.type === 'organization' && m.words.length > 1 && m.words.length <= 4) {
        let letters = ''
        for (const w of m.words) letters += w[0]
        const o = byInitials.get(letters)
        if (o && o.type === 'organization' && shortensWords(m.words, o.mentions[0]!.words)) d = o
      }
      if (!d && m.words.length === 1) {
        // A surname or a first name alone, when one person only has it: `Traoré`, `Serena`.
        d = only(bySurname.get(k)) ?? only(byFirst.get(k)) ?? only(byMiddle.get(k))
        // (Not a known place the words around set as one, `en France`, of a name read as a person's by default at first and as an
        // organisation's since: `Météo France annonce` … `selon Météo France`.)
        if (d && d.type === 'organization' && m.type === 'location' && m.sure && m.canonical !== undefined) d = undefined
        // `M. Lambert` after `Vincent Lambert` and `François Lambert`: a surname several people share is the one named last
        // before it (the first one named when none is).
        if (!d && (!m.sure || m.type === 'person')) d = nearestOf(bySurname.get(k), m.start)
        if (!d && (m.acronym || RX2().test(m.form))) d = byInitials.get(m.form.replace(RX3(), '').toLowerCase())
        // `Cnav` for `Caisse nationale d'assurance vieillesse`: an acronym written as a word.
        if (!d && m.type === 'organization' && !m.canonical && RX4().test(m.form)) {
          const o = byInitials.get(k)
          if (o && o.type === 'organization') d = o
        }
        // A shortened organisation name: `RDF` for `RDF Media`, `Exeter` for `Exeter City`; never a known place of another type.
        // (Nor a word the text sets as a place elsewhere, `between Blackpool, Bournemouth and Brighton` beside `Blackpool Hotel Association`.)
        if (!d && m.type !== 'person' && !m.canonical && !(m.sure && m.type !== 'organization') && !lx.particles.has(k) && !lx.articles.has(k) && !(m.unconfirmed && lx.orgCues.has(k)) && (placeWords.get(k) ?? 0) < 2) d = only(byOrgEnd.get(k)) ?? townClub(byOrgEnd.get(k), lx) ?? (m.type === 'location' ? undefined : only(byOrgTail.get(k)))
        // `Labour` and `Labour Party`, `Chelsea` and `Chelsea FC`: one organisation, also when the short name is well known.
        if (!d && m.type === 'organization') d = only(byCueForm.get(k))
      }
      // `Union Pacific` after `Union Pacific Corp`, `Baker Hughes` after `Baker Hughes Inc`: a name of several words read before
      // as an organisation's with company words after it is that organisation, whatever type the shorter name had alone
      // (not a known place, nor a person named with a given name, a title or a role).
      if (!d && m.words.length > 1 && !m.canonical && !(m.sure && m.type !== 'organization') && !(m.type === 'person' && (lx.givenNames.has(m.words[0]!) || m.title || m.role)) && !lx.places.has(k)) {
        const o = only(byCueForm.get(k))
        if (o && o.type === 'organization') d = o
      }
      // `Radio 1` after `BBC Radio 1`: the rest of one organisation's name after the known organisation that opens it (`BBC`) is that
      // organisation.
      if (!d && m.type === 'organization' && m.words.length > 1 && !m.canonical) d = only(byKnownTail.get(k))
      // `le Mouvement Nidaa Tounes` and `Nidaa Tounes`: an organisation word before a name seen as an organisation.
      if (!d && m.type === 'organization' && m.words.length > 2 && lx.orgCues.has(m.words[0]!)) {
        const rest = byKey.get(m.words.slice(1).join(' '))
        if (rest && rest.type === 'organization') d = rest
      }
      // `Waly Diouf Bodian` after `Waly Diouf Bodiang`, `Oumar Kane` after `Omar Kane`, `GW Pharma` after `GW Pharmaceuticals`,
      // `Chada` after `Monica Chadha`: a spelling variant or a shortened word of one entity's name is that entity.
      if (!d && !m.canonical) d = variantOf(m, m.words.length > 1 ? byVariant : bySurname, lx, bySurnameHalf)
      // (A medium after a source cue stays, though it opens a sentence or a scraper glued it to the cue: `Toujours selonEnquête, …`.)
      if (!d && pass === 3 && !m.sure && !m.source && !capSeen.has(k)) continue
      if (!d && m.words.length === 1 && !m.sure) {
        // Glued by scraping: `Diamniadioest` → `Diamniadio`.
        for (let cut = Math.min(k.length - 2, 40); cut >= 3 && !d; cut--) {
          const prefix = singles.get(k.slice(0, cut))
          if (prefix && RX5().test(m.form.slice(cut))) {
            const mm = {...m, end: m.start + cut, form: m.form.slice(0, cut), words: [k.slice(0, cut)]}
            add(prefix, mm)
            owner.set(m, prefix)
            d = prefix
          }
        }
        if (d) continue
      }
      if (d) add(d, m)
      else d = create(m)
      owner.set(m, d)
    }
  }
  return drafts
}

/**
 * `Senate` and `U.S. Senate`, `Supreme Court` and `US Supreme Court`, `Jaraaf` and `Jaraaf de Dakar`: an organisation's name that
 * one other organisation of the article writes with a country before it, or a particle and a known place after it, is that
 * organisation; its mentions join it (the fullest name wins). Two organisations that hold it (`Alabama Senate`, `U.S. Senate`
 * under a country each) leave it alone.
 */
function placeQualified(drafts: readonly Draft[], lx: EntityLookups) {
  /** The name without its place → the one organisation writing it so (null when two organisations, or another tail than a place, do). */
  const byRest = new Map<string, Draft | null>()
  const note = (rest: readonly string[], d: Draft, place: boolean) => {
    const k = rest.join(' ')
    const x = byRest.get(k)
    byRest.set(k, place && (x === undefined || x === d) ? d : null)
  }
  for (const d of drafts) {
    if (d.type !== 'organization') continue
    for (const m of d.mentions) {
      const w = m.words
      if (w.length < 2 || w.length > 8) continue
      for (let i = 1; i < w.length && i <= 2; i++) if (lx.countries.has(w.slice(0, i).join(' '))) note(w.slice(i), d, true)
      // (`la Banque alimentaire du Vaucluse`, `de la Loire`, `du Nord`: the name of a network's branches, no one's short form.)
      for (let i = 1; i < w.length - 1; i++) if (lx.particles.has(w[i]!)) note(w.slice(0, i), d, lx.places.has(w.slice(i + 1).join(' ')))
    }
  }
  for (const d of drafts) {
    if (d.type !== 'organization') continue
    const k = soleName(d)
    const into = k === null ? undefined : byRest.get(k)
    if (into && into !== d) moveMentions(d, into)
  }
}

/**
 * `Strasbourg` beside `RC Strasbourg` or `Racing Club de Strasbourg`, `Gorée` beside `US Gorée`: a town named alone in an
 * article that names one club after it (its name and the locale's `clubWords`) is the club; its mentions join it. Left alone
 * when another organisation is named after the town (`Mairie de Strasbourg`), or for a country (`AS Monaco`).
 */
function townClubs(drafts: readonly Draft[], lx: EntityLookups) {
  if (lx.clubWords.size === 0) return
  /** Town → the one organisation named after it (null when two are) and whether one of its names there is a club's. */
  const clubs = new Map<string, {d: Draft | null; club: boolean}>()
  const note = (town: string, rest: readonly string[], d: Draft) => {
    if (rest.length === 0 || lx.countries.has(town)) return
    // (Any other organisation named after the town leaves it alone: `Mairie de Strasbourg` beside `RC Strasbourg`.)
    const club = lx.clubWords.has(rest.join(' ')) || rest.every((x) => lx.clubWords.has(x))
    const x = clubs.get(town)
    if (x === undefined) clubs.set(town, {d, club})
    else if (x.d !== d) x.d = null
    else x.club ||= club
  }
  for (const d of drafts) {
    if (d.type !== 'organization') continue
    for (const m of d.mentions) {
      const w = m.words
      if (w.length < 2 || w.length > 4) continue
      // (`Racing Club de Strasbourg`: the particle before the town is no club word.)
      const before = w.length > 2 && lx.particles.has(w[w.length - 2]!) ? w.slice(0, -2) : w.slice(0, -1)
      note(w[w.length - 1]!, before, d)
      note(w[0]!, w.slice(1), d)
    }
  }
  if (clubs.size === 0) return
  for (const d of drafts) {
    if (d.type !== 'location') continue
    const k = soleName(d)
    const into = k === null ? undefined : clubs.get(k)
    if (into?.d && into.club) moveMentions(d, into.d)
  }
}

/**
 * `Aston Villa` and `Aston Villa FC`, `FC Lorient` and `Lorient FC`, `Jaraaf` and `ASC Jaraaf`: two organisations whose names are
 * the same but for a club word of the locale (`clubWords`) before or after them are one club; the mentions of the one named without
 * it, or with it last, join the other. Left alone when three or more organisations share the name.
 */
function clubForms(drafts: readonly Draft[], lx: EntityLookups) {
  if (lx.clubWords.size === 0) return
  /** The words of `w` without one club word opening it and one closing it, and whether one did. */
  const core = (w: readonly string[]): [string, boolean] => {
    let a = 0
    let z = w.length
    if (z > 1 && lx.clubWords.has(w[0]!)) a++
    if (z - a > 1 && lx.clubWords.has(w[z - 1]!)) z--
    return [w.slice(a, z).join(' '), a > 0 || z < w.length]
  }
  const byCore = new Map<string, {ds: Draft[]; club: boolean}>()
  for (const d of drafts) {
    if (d.type !== 'organization' || d.mentions.length === 0) continue
    let k: string | undefined
    let club = false
    for (const m of d.mentions) {
      const [c, stripped] = core(m.words)
      if (k === undefined) k = c
      else if (k !== c) k = ''
      club ||= stripped
    }
    if (!k) continue
    const x = byCore.get(k)
    if (x) {
      x.ds.push(d)
      x.club ||= club
    } else byCore.set(k, {ds: [d], club})
  }
  for (const {ds, club} of byCore.values()) {
    if (ds.length !== 2 || !club) continue
    // (The first named keeps the entity; the other's mentions join it.)
    moveMentions(ds[1]!, ds[0]!)
  }
}

/**
 * `the Gunners` with `Arsenal`, `the Blues` with `Chelsea`, `the Fed` with `Federal Reserve`: an organisation named by a nickname
 * the locale knows is the one organisation (or club named after its town) of the article that the nickname may stand for;
 * its mentions join it. Left alone when the article names none of them, or two (`Blues` beside `Chelsea` and `Everton`).
 */
function nicknamed(drafts: readonly Draft[], lx: EntityLookups, capitalised: ReadonlySet<string>) {
  if (lx.nicknames.size === 0) return
  const byName = new Map<string, Draft>()
  for (const d of drafts) if (d.type !== 'person') for (const m of d.mentions) byName.set(m.words.join(' '), d)
  for (const d of drafts) {
    if (d.type !== 'organization') continue
    const k = soleName(d)
    const names = k === null ? undefined : lx.nicknames.get(k)
    if (!names) continue
    // The bodies the article writes, found as an entity by one of their forms, or by the first word of their first form alone
    // (`Chelsea beat Everton`, whose `Chelsea` opens the text and is no entity, still names a second club).
    let into: Draft | undefined
    let named = 0
    for (const forms of names) {
      let x: Draft | undefined
      for (const f of forms) {
        const y = byName.get(f)
        if (y !== undefined && y !== d && y.mentions.length > 0) x ??= y
      }
      if (x === undefined && !capitalised.has(forms[0]!.split(' ')[0]!)) continue
      named++
      into ??= x
    }
    if (into && named === 1) {
      moveMentions(d, into)
      // (A known nickname of the body is evidence of it: `Chelsea` … `les Blues` is the club though no cue named it.)
      into.guess = false
    }
  }
}

/** The folded words that every mention of `d` writes, joined by spaces; null when its mentions write two names, or it has none. */
function soleName(d: Draft): string | null {
  const k = d.mentions[0]?.words.join(' ')
  return k !== undefined && d.mentions.every((m) => m.words.join(' ') === k) ? k : null
}

/** Moves every mention of `d` to `into`, which `d` then names no more (see `placeQualified`, `nicknamed`). */
function moveMentions(d: Draft, into: Draft) {
  into.mentions.push(...d.mentions)
  d.mentions.length = 0
}

/**
 * Whether `m` is a surname alone typed an organisation by context only, of a person `d` named with a given name first; strongly
 * too (`l’administration Trump` after `Donald Trump`, `Chelsea … Lampard missed` after `Frank Lampard`: the words around a
 * surname do not make the person a body).
 */
function surnameOf(d: Draft, m: Mention, lx: EntityLookups): boolean {
  if (d.type !== 'person' || m.type !== 'organization' || m.canonical || m.words.length !== 1) return false
  for (const x of d.mentions) if (x.words.length > 1 && x.words[x.words.length - 1] === m.words[0] && lx.givenNames.has(x.words[0]!)) return true
  return false
}

/** The words of a name with word `i` left out: the key of `link`'s variant index. */
function variantKey(w: readonly string[], i: number): string {
  let key = ''
  for (let j = 0; j < w.length; j++) key += (j ? ' ' : '') + (j === i ? '*' : w[j])
  return key
}

/**
 * The one entity whose name differs from the mention's in one word only, a
 * spelling variant or (not for people) a shortened form of it (`nearWord`); of
 * a one-word mention, the one person whose surname is such a variant of it.
 * `index` is `link`'s variant index (several words) or its surname index (one);
 * `halves`, its surnames by `halfKeys`, gives the surnames that may be a variant
 * of a one-word mention, so it is not compared with every surname of the text.
 */
function variantOf(m: Mention, index: ReadonlyMap<string, ReadonlySet<Draft>>, lx: EntityLookups, halves: ReadonlyMap<string, ReadonlySet<string>>): Draft | undefined {
  const w = m.words
  let found: Draft | undefined
  if (w.length === 1) {
    // (A surname alone is matched only against people: a word of at least five letters, no known word of another kind.)
    const k = w[0]!
    if (k.length < 5 || (m.type !== 'person' && m.sure) || lx.places.has(k) || lx.organizations.has(k)) return undefined
    // (A surname met under two keys is weighed twice, to the same effect.)
    for (const h of nearKeys(k)) {
      const surnames = halves.get(h)
      if (surnames) {
        for (const surname of surnames) {
          for (const d of index.get(surname)!) {
            if (d.type !== 'person') continue
            const next = considerVariant(m, found, d, k, surname, lx)
            if (next === null) return undefined
            found = next
          }
        }
      }
    }
    return found
  }
  for (let i = 0; i < w.length; i++) {
    const set = index.get(variantKey(w, i))
    if (!set) continue
    for (const d of set) {
      for (const x of d.mentions) {
        if (x.words.length !== w.length || x.words[i] === w[i]) continue
        const next = considerVariant(m, found, d, w[i]!, x.words[i]!, lx)
        if (next === null) return undefined
        found = next
      }
    }
  }
  return found
}

/**
 * `variantOf` weighing the draft `d`, whose word `b` stands where `m` has `a`: the draft found so far (`found`) when `d` is it, is
 * of another sure type or is not near; `d` when it is the first near one; null when a second near draft makes `m` ambiguous. A
 * module function, not a closure made per mention (under tsx, which keeps function names, each closure made costs a
 * `defineProperty` of about a microsecond).
 */
function considerVariant(m: Mention, found: Draft | undefined, d: Draft, a: string, b: string, lx: EntityLookups): Draft | undefined | null {
  if (d === found || (d.type !== m.type && m.sure && d.sure)) return found
  if (!nearWord(a, b, d.type === 'person' || m.type === 'person', lx)) return found
  if (found) return null
  return d
}

/**
 * Keys of a word in `link`'s index of surnames by half: its length with its first or its last `h` letters, for `h` half its
 * length and half the length of a word one letter shorter. A word one letter added, dropped or changed apart keeps one of
 * those halves whole (the change is in the other), so `nearKeys` of that word holds one of these keys.
 */
function halfKeys(word: string): string[] {
  const n = word.length
  const out: string[] = []
  for (const h of [Math.floor((n - 1) / 2), Math.floor(n / 2)]) out.push(`${n}<${word.slice(0, h)}`, `${n}>${word.slice(n - h)}`)
  return out
}

/** The keys under which `halfKeys` puts the words one letter added, dropped or changed apart from `word` (and `word`). */
function nearKeys(word: string): string[] {
  const n = word.length
  const out: string[] = []
  for (let m = n - 1; m <= n + 1; m++) {
    const h = Math.floor(Math.min(n, m) / 2)
    out.push(`${m}<${word.slice(0, h)}`, `${m}>${word.slice(n - h)}`)
  }
  return out
}

/**
 * Whether two different words may be one word of a name written two ways: one
 * edit apart (a letter added, dropped or changed: `Bodian`/`Bodiang`, `Omar`/`Oumar`,
 * `Steve`/`Steven`), both at least four letters long, with no digit, and not a
 * feminine or masculine ending (`Louis`/`Louise`, `Mario`/`Maria`) nor a plural; not for people,
 * also a word cut short (`Pharma`/`Pharmaceuticals`).
 */
function nearWord(a: string, b: string, person: boolean, lx: EntityLookups): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a]
  if (s.length < 4 || DIGIT.test(s) || DIGIT.test(l)) return false
  if (lx.stopWords.has(s) || lx.particles.has(s) || lx.stopWords.has(l) || lx.particles.has(l)) return false
  if (!person && l.startsWith(s)) return true
  if (l.length - s.length > 1) return false
  let i = 0
  while (i < s.length && s[i] === l[i]) i++
  // (Past the first difference the rest must agree: one letter added in the longer word, or one changed.)
  if (s.length === l.length ? s.slice(i + 1) !== l.slice(i + 1) : s.slice(i) !== l.slice(i + 1)) return false
  // (A vowel added at the end or changed for another is a gender, `Denis`/`Denise`, `Mario`/`Maria`; an `s` added, a plural:
  // `the Beckhams`, `Productions`. The locale's `genderLetters` and `pluralLetters`.)
  const end = l[l.length - 1]!
  if (i >= s.length - 1 && (s.length < l.length ? lx.genderLetters.has(end) || lx.pluralLetters.has(end) : lx.genderLetters.has(end) && lx.genderLetters.has(s[s.length - 1]!))) return false
  return true
}
const DIGIT = /\d/
/** A first word in capitals, then a space: an acronym opening a name. */
const CAPS_WORD = /^\p{Lu}{2,}[\s\u00a0]/u

/**
 * Whether the names `a` and `b` have as many words and each word of one is
 * the other's or a short form of it: its first letter, then its other letters
 * in order (`Man Utd` and `Manchester United`, `Nat Inst` and `National Institute`).
 */
function shortensWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  let shorter = false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    const [s, l] = x.length < y.length ? [x, y] : [y, x]
    if (s.length < 2 || s[0] !== l[0]) return false
    let j = 1
    for (let c = 1; c < l.length && j < s.length; c++) if (l[c] === s[j]) j++
    if (j < s.length) return false
    shorter = true
  }
  return shorter
}

/**
 * The one club among several organisations a short name ends (`United` after
 * `Manchester United` and `Shareholders United`): the one named by a town and
 * that word (`Manchester United`), as a club's short name drops its town.
 */
function townClub(set: ReadonlySet<Draft> | undefined, lx: EntityLookups): Draft | undefined {
  if (set === undefined || set.size < 2) return undefined
  let found: Draft | undefined
  for (const d of set) {
    if (d.type !== 'organization') continue
    let town = false
    for (const m of d.mentions) town ||= m.words.length === 2 && lx.places.has(m.words[0]!) && !lx.countries.has(m.words[0]!)
    if (!town) continue
    if (found) return undefined
    found = d
  }
  return found
}

/**
 * Initials of a multi-word name, with and without its particles (`Alliance des États du Sahel` → `aes`, `adeds`), and
 * without its lower-case conjunctions and connectors either (`Securities and Exchange Commission` → `sec`, `Office for
 * National Statistics` → `ons`, `Parti de l’Indépendance et du Travail` → `pit`).
 */
function initialsOf(form: string, lx: EntityLookups): string[] {
  const tokens = tokenize(form, lx)
  if (tokens.length < 2 || tokens.length > 12) return []
  let strict = ''
  let loose = ''
  let bare = ''
  for (const t of tokens) {
    const letter = t.shape === 'upper' ? t.key.replace(/[^a-z]/g, '') : t.key.replace(/[^a-z]/g, '').slice(0, 1)
    const lower = t.shape === 'lower'
    if (!lower || !(is(t, PARTICLE) || is(t, ELISION) || is(t, ARTICLE))) {
      strict += letter
      if (!lower || !(lx.conjunctions.has(t.key) || lx.orgConnectors.has(t.key))) bare += letter
    }
    loose += letter
  }
  const out = strict === loose ? [strict] : [strict, loose]
  if (bare !== strict && bare.length > 1) out.push(bare)
  return out
}

function attachLooseRoles(drafts: Draft[], roles: readonly {at: number; text: string; block: number}[]) {
  if (roles.length === 0) return
  const used = new Set<number>()
  const people = drafts.filter((d) => d.type === 'person').sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
  // Starts of every person mention, sorted, to see whether someone is named in between.
  const starts = people.flatMap((d) => d.mentions.map((m) => m.start)).sort((a, b) => a - b)
  const namedBetween = (from: number, to: number) => {
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid]! <= from) lo = mid + 1
      else hi = mid
    }
    return lo < starts.length && starts[lo]! < to
  }
  let r = 0
  for (const d of people) {
    const first = d.mentions[0]!
    while (r < roles.length && roles[r]!.at < first.start - 400) r++
    if (d.role) continue
    let best = -1
    for (let i = r; i < roles.length && roles[i]!.at < first.start; i++) {
      const role = roles[i]!
      if (used.has(i) || (first.block >= 0 && first.block - role.block > 1)) continue
      if (!namedBetween(role.at, first.start)) best = i
    }
    if (best >= 0) {
      used.add(best)
      d.role = roles[best]!.text
    }
  }
}

/** Mentions of known names in headline-case and ALL-CAPS blocks. */
function addOtherBlocks(context: Context, blocks: readonly {block: Context['blocks'][number]; words: BlockWords; kind: string}[], drafts: Draft[], lx: EntityLookups) {
  if (blocks.every((b) => b.kind === 'normal')) return
  const forms = new Map<string, {words: string[]; draft: Draft | null; type: EntityType; canonical?: string}[]>()
  const put = (words: string[], draft: Draft | null, type: EntityType, canonical?: string) => {
    if (words.length === 0) return
    const list = forms.get(words[0]!) ?? []
    list.push({words, draft, type, ...(canonical ? {canonical} : {})})
    forms.set(words[0]!, list)
  }
  // (A word where a draft's mention already starts, such as a wire dateline's place the metadata steps placed, is not found twice.)
  const placed = new Set<number>()
  for (const d of drafts) {
    for (const f of new Set(d.mentions.map((m) => m.form))) put(keysOf(tokenize(f, lx)), d, d.type)
    for (const m of d.mentions) placed.add(m.start)
  }
  for (const b of blocks) {
    if (b.kind === 'normal') continue
    const {tokens} = b.words
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!
      if (t.shape === 'lower' || t.shape === 'other') continue
      let hit: {n: number; draft: Draft | null; type: EntityType; canonical?: string} | null = null
      // (No `?? []` for a word no form opens: an empty array literal has another map than the lists, and V8 deoptimised here.)
      const opened = forms.get(t.key)
      if (opened !== undefined) {
        for (const f of opened) {
          if (f.words.length < (hit?.n ?? 0) + 1) continue
          let ok = true
          for (let n = 0; n < f.words.length && ok; n++) ok = tokens[k + n]?.key === f.words[n]
          if (ok && (f.words.length > 1 || t.key.length >= 4 || (b.kind === 'title' && t.shape === 'upper'))) hit = {n: f.words.length, draft: f.draft, type: f.type}
        }
      }
      if (!hit) {
        // Countries and cities in headlines: `BAHIA COCOA REVIEW`.
        for (let n = 3; n >= 1 && !hit; n--) {
          if (k + n > tokens.length) continue
          const place = lx.places.get(knownKey(b.words, k, k + n - 1, lx))
          if (place && (n > 1 || t.key.length >= 4)) hit = {n, draft: null, type: 'location', canonical: place}
        }
      }
      if (!hit) continue
      const startOff = blockOffset(b.block, t.start)
      if (placed.has(startOff)) continue
      const endOff = Math.max(startOff, endOffset(context, b.block, b.words.text, tokens[k + hit.n - 1]!.end))
      const form = context.source.slice(startOff, endOff)
      const m = mention(startOff, endOff, form, spaceSplit(form).map(fold), hit.type, {sure: true}, b.block.index)
      let d = hit.draft ?? drafts.find((x) => x.canonical !== undefined && x.canonical === hit!.canonical) ?? null
      if (!d) {
        d = draft(hit.type, {sure: true, canonical: hit.canonical ? hit.canonical : undefined})
        drafts.push(d)
      }
      d.mentions.push(m)
      k += hit.n - 1
    }
  }
}

/**
 * The keys of `tokens`, in an array a loop fills: an array `map` makes has one map where the caller runs unoptimised and
 * another where V8 inlined the `map` into optimised code, and code reading both was deoptimised (`addOtherBlocks`).
 */
function keysOf(tokens: readonly Token[]): string[] {
  const keys: string[] = []
  for (const t of tokens) keys.push(t.key)
  return keys
}

/** Number of words of a form whose white space is single spaces (`form.split(' ').length`, without the array). */
function spaceWords(form: string): number {
  let n = 1
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) === 32) n++
  return n
}

/** A lower-case letter: a form holding one is not written in capitals. */
const LOWER_LETTER = /\p{Ll}/u

/**
 * Whether a mention is an acronym of a thing (`DNA`, `USD`), written in capitals, that no list of organisations knows and
 * that spells no name holding an organisation word (`Center for Democracy and Technology (CDT)`).
 */
function thingAcronym(m: Mention, lx: EntityLookups): boolean {
  const key = fold(m.form)
  return lx.commonAcronyms.has(key) && !LOWER_LETTER.test(m.form) && !lx.organizations.has(key) && !m.pair?.words.some((w) => lx.orgCues.has(w))
}

/** A Roman numeral of two to five letters (`III`, `XI`, `XIV`). */
const ROMAN_NUMERAL = /^[IVX]{2,5}$/

/**
 * Whether a mention opens with an acronym of a thing written in capitals (`CM`, `MVP`, `QG`), then a particle: the thing's name
 * (`CM des Clubs`, `MVP de la Saison 5`), no body's; unless a list knows the whole name.
 */
function thingAcronymOpening(m: Mention, lx: EntityLookups): boolean {
  return m.words.length > 2 && lx.commonAcronyms.has(m.words[0]!) && lx.particles.has(m.words[1]!) && !LOWER_LETTER.test(spaceSplit(m.form)[0]!) && !m.pair && !lx.organizations.has(fold(m.form))
}

/**
 * Whether a mention is a code, one word of a capital and at least one more letter or digit, a hyphen and a number (`JO-2024`,
 * `RA-104`), no list's (one letter before the hyphen may name a group: `G-7`, `M-23`).
 */
function codeName(m: Mention, lx: EntityLookups): boolean {
  return m.words.length === 1 && CODE().test(m.form) && !lx.organizations.has(m.words[0]!)
}
const CODE = lazy(String.raw`^\p{Lu}[\p{L}\d]{1,7}-\p{Lu}?\d{1,4}$`, 'u')

/** Whether a form is written like an acronym: capitals, digits, `&`, `.`, `-` only. */
function acronymForm(s: string): boolean {
  return RX6().test(s)
}

function finishEntities(context: Context, drafts: Draft[], lx: EntityLookups, evidence?: (mentions: readonly MentionEvidence[]) => void): Entity[] {
  const out: Entity[] = []
  const counts: Record<EntityType, number> = {person: 0, organization: 0, location: 0}
  // A single capitalised word of unknown type named once is too weak to keep.
  // A name typed as a person only by default, never confirmed, is dropped; so is one typed an organisation only because it holds a
  // common word of the article (`Page Views`, `Human Rights`), however often it is named.
  // Where the language takes no unknown word for a body by default (`EntityLexicon.unknownNamesAsOrganizations`), an organisation
  // only by that last-resort default (`Mamico tacle…`, `la Pentecôte`, `Touche pas à mon poste`) is dropped however often it is
  // named: being named twice is no evidence of a body. So is such a guess with a noun of works or things near a mention (`workNear`).
  const live = drafts.filter((d) => d.mentions.length > 0 && !genericBody(d, lx) && !(d.weak && (d.type === 'person' || d.mentions.length < 2 || d.common)) && !(d.guess && !d.sure && d.type === 'organization' && (!lx.unknownNamesAsOrganizations || d.mentions.some((m) => m.work))) && (d.sure || d.mentions.length > 1 || d.mentions[0]!.words.length > 1 || d.mentions[0]!.acronym || d.mentions[0]!.source || d.type !== 'organization'))
  for (const d of live) d.mentions.sort((a, b) => a.start - b.start)
  if (evidence) for (const d of live) evidence(d.mentions.map((m) => ({form: m.form, type: m.type, sure: m.strong === true || (m.sure && !m.guess), headline: m.block === 0})))
  live.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
  for (const d of live) {
    // Each mention's form with single spaces, read once: the entity's forms, and those of the body (not the first block).
    const seen = new Set<string>()
    const inBody = new Set<string>()
    // (Forms given only after an alias word are no candidates for the name: `Nar Ka Badar alias « Borom Jaro Bi »`.)
    let aliasOnly: Set<string> | undefined
    for (const m of d.mentions) {
      const f = decodeRefs(singleSpaced(m.form))
      seen.add(f)
      if (m.block !== 0) inBody.add(f)
      if (m.alias) (aliasOnly ??= new Set()).add(f)
    }
    if (aliasOnly) for (const m of d.mentions) if (!m.alias) aliasOnly.delete(decodeRefs(singleSpaced(m.form)))
    const forms = [...seen]
    let name = forms.find((f) => !aliasOnly?.has(f)) ?? forms[0]!
    let nameWords = spaceWords(name)
    for (const f of forms) {
      if (aliasOnly?.has(f)) continue
      const words = spaceWords(f)
      const better = words > nameWords || (words === nameWords && f.length > name.length)
      if ((better && !acronymForm(f)) || (acronymForm(name) && !acronymForm(f))) {
        name = f
        nameWords = words
      } else if (f !== name && fold(f) === fold(name) && !inBody.has(name) && inBody.has(f)) {
        // The same name spelled otherwise in the first line (`Ismaila` in a headline, `Ismaïla` in the body): the body's spelling.
        name = f
        nameWords = words
      }
    }
    if (d.canonical && d.canonical.length >= name.length && forms.some((f) => fold(f) === fold(d.canonical!))) name = forms.find((f) => fold(f) === fold(d.canonical!))!
    const entity: Entity = {
      id: `${d.type}-${++counts[d.type]}`,
      type: d.type,
      name,
      aliases: forms.filter((f) => f !== name),
      mentions: d.mentions.map((m): Span => spanAt(context, m.start, m.end))
    }
    if (d.type === 'person') {
      if (d.title) entity.title = d.title
      if (d.role) entity.role = d.role
      const country = d.role ? countryIn(d.role, lx) : undefined
      if (country) entity.country = country
    }
    out.push(entity)
  }
  return out
}

/**
 * Whether `d` is an organisation named only by a noun of a kind of body (`la création d’une Fédération`, `prévient le Conseil`,
 * `la Direction générale aurait accepté`): no one body (`EntityLexicon.genericBodies`).
 */
function genericBody(d: Draft, lx: EntityLookups): boolean {
  if (d.type !== 'organization' || d.canonical !== undefined || lx.genericBodies.size === 0) return false
  for (const m of d.mentions) if (!lx.genericBodies.has(m.words.join(' '))) return false
  return true
}

function countryIn(text: string, lx: EntityLookups): string | undefined {
  for (const w of text.split(/[\s,'’]+/)) {
    const c = lx.demonyms.get(fold(w))
    if (c) return c
  }
  return undefined
}

export {acronymLetters}
