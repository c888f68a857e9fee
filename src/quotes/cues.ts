/**
 * Attribution cues: the speech verb or cue phrase of a quote and the words
 * that name its speaker (a name, a pronoun or a role), read from the text
 * around the quote with its quoted words masked out.
 */
import type {QuoteLexicon} from '../locales/lexicon-quotes.js'
import {isCapitalised, tokenAt, type NameRun, type Token} from './text.js'
import {allAre, caseless, charIs, isBlank, isSpaces, lazy, possessiveAt, unitIs, withoutFullStop} from '../chars.js'

const NOT_LETTER = lazy('[^\\p{L}]', 'gu')
const ACRONYM_BEFORE_NAME = lazy('^\\p{Lu}{2,}[ \\u00a0](?=\\p{Lu}\\p{Ll})', 'u')
const WORD_BEFORE_CAPITAL = lazy('[\\p{L}]+\\.?\\s+(?=\\p{Lu})', 'gu')

/** Word sets of a quote lexicon, built once per lexicon. */
export interface CueWords {
  readonly verbs: ReadonlySet<string>
  /** Speech verbs and auxiliaries that are not also prepositions or determiners (`a`, `has`, `déclare`; not `de`, `sa`). */
  readonly verbsAndAuxiliaries: ReadonlySet<string>
  readonly auxiliaries: ReadonlySet<string>
  /** The locale's `incidentAdverbs`, split into words (`cependant`, `au contraire`). */
  readonly incidentAdverbs: readonly (readonly string[])[]
  readonly pronouns: ReadonlySet<string>
  readonly organizationPronouns: ReadonlySet<string>
  /** Pronouns for a person or an organisation (`elle`; `she`). */
  readonly personOrOrganizationPronouns: ReadonlySet<string>
  readonly pluralPronouns: ReadonlySet<string>
  /** Pronouns that stand for no one named before (`on`; `we`). */
  readonly unboundPronouns: ReadonlySet<string>
  /** Determiners by which an outlet names its own staff (`notre`; `our`: `our correspondent`). */
  readonly ownDeterminers: ReadonlySet<string>
  readonly possessiveDeterminers: ReadonlySet<string>
  readonly unnamedGroups: ReadonlySet<string>
  /** Pronouns that only stand for a person (`he`, `she`). */
  readonly personSubjectPronouns: ReadonlySet<string>
  /** Subject pronouns for a person, a thing or no one (`il`, `elle`): see the lexicon. */
  readonly ambiguousSubjectPronouns: ReadonlySet<string>
  /** Words after `il` that make it impersonal (`faut`, `s'agit`): see the lexicon. */
  readonly impersonalVerbs: ReadonlySet<string>
  /** Definite articles, elided ones with their apostrophe (`le`, `l’`; `the`). */
  readonly definiteArticles: ReadonlySet<string>
  readonly demonstratives: ReadonlySet<string>
  readonly pluralDemonstratives: ReadonlySet<string>
  /** Pronouns and titles that mark a man, a woman. */
  readonly masculine: ReadonlySet<string>
  readonly feminine: ReadonlySet<string>
  /** Determiners giving a role after them a gender (`le`; `la`), empty where they have none. */
  readonly masculineDeterminers: ReadonlySet<string>
  readonly feminineDeterminers: ReadonlySet<string>
  readonly determiners: ReadonlySet<string>
  /** Endings of a noun in the genitive (`'s`, `s'`), none where the language has none. */
  readonly genitiveEndings: readonly string[]
  /** Object pronouns written like determiners (`la`, `les`): a participle after one is a verb. */
  readonly objectPronouns: ReadonlySet<string>
  /** Every word of every role (`premier`, `ministre`). */
  readonly roleWords: ReadonlySet<string>
  /** The roles of one word (`ministre`, not `gouvernement` of `chef du gouvernement`): the head of a role phrase. */
  readonly roleHeads: ReadonlySet<string>
  readonly organizationNouns: readonly (readonly string[])[]
  /** `organizationNouns` by their last word (`company` → `the company`), in the lexicon's order. */
  readonly organizationNounsByLast: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Endings of nouns naming a person by what they do (`-eur`, `-iste`; `-ist`). */
  readonly agentSuffixes: readonly string[]
  readonly agentExceptions: ReadonlySet<string>
  readonly personNouns: ReadonlySet<string>
  /** Last words of `organizationNouns` (`entreprise`, `company`): never a person however they end. */
  readonly organizationHeads: ReadonlySet<string>
  /** The determiners each noun of a two-word `organizationNouns` phrase takes (`company` → `the`). */
  readonly organizationDeterminers: ReadonlyMap<string, ReadonlySet<string>>
  /** Most words between such a determiner and its noun (`the former monopoly`). */
  readonly organizationNounQualifiers: number
  /** Most words between a determiner and a role after a speech verb (`said the world indoor champion`). */
  readonly roleNounQualifiers: number
  readonly describedBodies: ReadonlySet<string>
  readonly bodyMembers: ReadonlySet<string>
  readonly bodyComplements: ReadonlySet<string>
  readonly cuePhrases: readonly (readonly string[])[]
  readonly notQuoteBefore: ReadonlySet<string>
  /** Words naming a work or an undertaking, whose title is capitalised (`film`, `campaign`). */
  readonly titledNouns: ReadonlySet<string>
  /** Verbs giving a newspaper's front-page title (`titre`; `headlined`). */
  readonly headlineVerbs: ReadonlySet<string>
  /** Participles that name what follows them after a passive auxiliary or before an article (`dubbed the "…"`, `appelé « … »`). */
  readonly namingParticiples: ReadonlySet<string>
  /** Definite and indefinite articles (`the`, `a`; `le`, `une`). */
  readonly articles: ReadonlySet<string>
  readonly agentMarkers: ReadonlySet<string>
  readonly nounPrepositions: ReadonlySet<string>
  /** Verbs whose next words name who is spoken to, not the speaker (`told`). */
  readonly addresseeVerbs: ReadonlySet<string>
  /** Participles of reading a document (`consulté`, `seen`): their agent is not the source. */
  readonly readerParticiples: ReadonlySet<string>
  /** Verbs by which a study reports a finding (`suggère`; `suggests`): see the lexicon. */
  readonly findingVerbs: ReadonlySet<string>
  /** Nouns naming a study (`étude`; `survey`): see the lexicon. */
  readonly findingNouns: ReadonlySet<string>
  /** Verbs by which an outlet reports someone's words (`citant`; `quoted`). */
  readonly quotingVerbs: ReadonlySet<string>
  /** Verbs whose object may be someone's words, quoted in part (`salue`, `exprime`; `describing`, `calls`): see the lexicon. */
  readonly objectVerbs: ReadonlySet<string>
  /** Forms of the passive's auxiliary (`est`, `été`; `was`, `been`): see the lexicon. */
  readonly passiveAuxiliaries: ReadonlySet<string>
  /** `notQuoteBefore` entries split into words, by their last word. */
  readonly notQuoteByLast: ReadonlyMap<string, readonly (readonly string[])[]>
  readonly indefinites: ReadonlySet<string>
  /** Indefinite pronouns as a subject after an inverted cue's verb (`l'un`): see the lexicon. */
  readonly indefinitePronouns: ReadonlySet<string>
  /** Adverbial phrases between an inverted cue's verb and its subject (`de son côté`), split into words: see the lexicon. */
  readonly postposedAdverbials: readonly (readonly string[])[]
  /** Prepositions leading in the addressee after an inverted cue's verb (`à`, `au`): see the lexicon. */
  readonly addresseePrepositions: ReadonlySet<string>
  readonly voiceRoles: ReadonlySet<string>
  readonly readingInfinitives: ReadonlySet<string>
  readonly bodyDocuments: ReadonlySet<string>
  readonly bodyMemberRoles: ReadonlySet<string>
  readonly voicePrepositions: ReadonlySet<string>
  readonly genericRoles: ReadonlySet<string>
  readonly describingRoles: ReadonlySet<string>
  /** Words before a role that make it another role (`shadow`, `deputy`): see the lexicon. */
  readonly roleQualifiers: ReadonlySet<string>
  readonly pastQualifiers: ReadonlySet<string>
  readonly clauseWords: ReadonlySet<string>
  /** `namedOnlyBodies` as written (`the government`). */
  readonly namedOnlyBodies: ReadonlySet<string>
  readonly relativePronouns: ReadonlySet<string>
  readonly subjectRelatives: ReadonlySet<string>
  /** Abbreviations whose period ends no sentence (`m`, `dr`, `mr`). */
  readonly abbreviations: ReadonlySet<string>
  readonly inversionWords: ReadonlySet<string>
  readonly prepositions: ReadonlySet<string>
  /** Prepositions opening an affiliation after a speaker's name (`of`, `du`): `X Y of Z` names X Y. */
  readonly affiliationPrepositions: ReadonlySet<string>
  /** `organizationNouns` as written (`the company`). */
  readonly organizationPhrases: readonly string[]
  readonly sharedSubjectMarkers: readonly string[]
  readonly narrativeInfinitives: readonly string[]
  /** The locale's `subordinators` (`after`, `because`). */
  readonly subordinators: ReadonlySet<string>
  /** The locale's `continuingVerbs` (`added`). */
  readonly continuingVerbs: ReadonlySet<string>
  readonly participleEndings: readonly string[]
  readonly pastParticipleEndings: readonly string[]
  readonly feminineParticipleEndings: readonly string[]
  readonly masculineParticipleEndings: readonly string[]
  readonly sourcePrepositions: ReadonlySet<string>
  readonly topicPrepositions: ReadonlySet<string>
  readonly ownerPrepositions: ReadonlySet<string>
  /** Each capital that stands for its state, to that state's names (`Téhéran` → `Iran`). */
  readonly capitalCountries: ReadonlyMap<string, readonly string[]>
  /** `sourcePronouns`: each stressed pronoun with the subject pronoun it stands as (`lui` → `il`). */
  readonly sourcePronouns: ReadonlyMap<string, string>
  readonly inversionMarks: ReadonlySet<string>
  /** Opening marks of `headlineGistPairs`: a headline's gist of a claim (`'`, `‘`). */
  readonly headlineGistOpeners: ReadonlySet<string>
  readonly sentenceConnectors: ReadonlySet<string>
  /** Conjunctions joining two names (`et`; `and`). */
  readonly coordinators: ReadonlySet<string>
  /** Words that join a clause after a comma (`, but`, `, et`): the coordinators and the sentence connectors. */
  readonly clauseJoins: ReadonlySet<string>
  /** `(base)-t-(pronoun)` and `(base)-(pronoun)`: French inverted forms. */
  readonly inverted: RegExp
  /** Finds an inverted form anywhere in a text (a quick test before reading its words). */
  readonly invertedIn: RegExp
  /** The locale's `objectRelatives` (`ce qu'`), lower case. */
  readonly objectRelatives: readonly string[]
}

const cache = new WeakMap<QuoteLexicon, CueWords>()

/** Phrases split into words at single spaces, by their last word, in their order. */
function byLastWord(phrases: readonly string[]): Map<string, (readonly string[])[]> {
  return byLastPart(phrases.map((phrase) => phrase.split(' ')))
}

/** Phrases split into words, by their last word, in their order. */
function byLastPart(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>()
  for (const parts of phrases) {
    const last = parts[parts.length - 1]!
    const list = out.get(last)
    if (list) list.push(parts)
    else out.set(last, [parts])
  }
  return out
}

/** The determiner of each two-word phrase by its noun (`the company` → `company` → `the`). */
function determinersByNoun(phrases: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const phrase of phrases) {
    const parts = phrase.split(/\s+/)
    if (parts.length !== 2) continue
    let set = out.get(parts[1]!)
    if (!set) out.set(parts[1]!, (set = new Set()))
    set.add(parts[0]!)
  }
  return out
}

/** An optional group for the elided reflexives of `lexicon` (`(?:s'|s’)?`), or nothing. */
function reflexives(lexicon: QuoteLexicon): string {
  const list = lexicon.reflexivePrefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return list.length > 0 ? `(?:${list.join('|')})?` : ''
}

/** The genitive ending `word` carries (`minister's` → `'s`), from the locale's `endings`; undefined when none. */
export function genitiveEnding(word: string, endings: readonly string[]): string | undefined {
  return endings.find((e) => word.length > e.length && word.endsWith(e))
}

/** The word sets of `lexicon`. */
export function cueWords(lexicon: QuoteLexicon): CueWords {
  let found = cache.get(lexicon)
  if (found) return found
  const pronouns = lexicon.subjectPronouns.map((p) => p.replace(NOT_LETTER(), '')).filter((p) => p !== '')
  // The base keeps an elided reflexive glued to it (`s'étonne-t-il` → `s'étonne`, as the speech verbs store it).
  const inverted = lazy(`^(${reflexives(lexicon)}\\p{L}+)-(?:t-)?(${pronouns.length > 0 ? pronouns.join('|') : '(?!)'})$`, 'u')
  // `i` spelled out (`[tT]`, `[iI][lL]`; U+0345 is what `\p{L}` gains with `i`): a `\p{L}` with `i` costs ~10 ms to compile.
  const invertedIn = lazy(`[\\p{L}\\u0345]-(?:[tT]-)?(?:${pronouns.length > 0 ? pronouns.map(caseless).join('|') : '(?!)'})(?![\\p{L}\\p{N}\\u0345])`, 'u')
  found = {
    verbs: new Set(lexicon.speechVerbs),
    verbsAndAuxiliaries: new Set([...lexicon.speechVerbs, ...lexicon.auxiliaries.filter((x) => !lexicon.prepositions.includes(x) && !lexicon.determiners.includes(x))]),
    auxiliaries: new Set(lexicon.auxiliaries),
    incidentAdverbs: lexicon.incidentAdverbs.map((x) => x.split(/\s+/)),
    pronouns: new Set(lexicon.subjectPronouns),
    organizationPronouns: new Set(lexicon.organizationPronouns),
    personOrOrganizationPronouns: new Set(lexicon.personOrOrganizationPronouns),
    pluralPronouns: new Set(lexicon.pluralPronouns),
    unboundPronouns: new Set(lexicon.unboundPronouns),
    ownDeterminers: new Set(lexicon.ownDeterminers),
    possessiveDeterminers: new Set(lexicon.possessiveDeterminers),
    unnamedGroups: new Set(lexicon.unnamedGroups),
    personSubjectPronouns: new Set(lexicon.personSubjectPronouns),
    ambiguousSubjectPronouns: new Set(lexicon.ambiguousSubjectPronouns),
    impersonalVerbs: new Set(lexicon.impersonalVerbs),
    definiteArticles: new Set(lexicon.definiteArticles),
    demonstratives: new Set([...lexicon.demonstrativePronouns, ...lexicon.pluralDemonstratives]),
    pluralDemonstratives: new Set(lexicon.pluralDemonstratives),
    masculine: new Set(lexicon.masculineWords),
    feminine: new Set(lexicon.feminineWords),
    masculineDeterminers: new Set(lexicon.masculineDeterminers),
    feminineDeterminers: new Set(lexicon.feminineDeterminers),
    determiners: new Set(lexicon.determiners),
    genitiveEndings: lexicon.genitiveEndings,
    objectPronouns: new Set(lexicon.objectPronouns),
    // Words of roles, without the function words inside them (`chef de l’état` → `chef`, `l’état`).
    roleWords: new Set(lexicon.speakerRoles.flatMap((r) => r.split(/\s+/)).filter((x) => !lexicon.prepositions.includes(x) && !lexicon.determiners.includes(x))),
    roleHeads: new Set(lexicon.speakerRoles.filter((r) => !/\s/.test(r))),
    organizationNouns: lexicon.organizationNouns.map((p) => p.split(/\s+/)),
    organizationNounsByLast: byLastPart(lexicon.organizationNouns.map((p) => p.split(/\s+/))),
    agentSuffixes: lexicon.agentSuffixes,
    agentExceptions: new Set(lexicon.agentExceptions),
    personNouns: new Set(lexicon.personNouns),
    organizationHeads: new Set(lexicon.organizationNouns.map((p) => withoutElision(p.split(/\s+/).pop()!))),
    organizationDeterminers: determinersByNoun(lexicon.organizationNouns),
    organizationNounQualifiers: lexicon.organizationNounQualifiers,
    roleNounQualifiers: lexicon.roleNounQualifiers,
    describedBodies: new Set(lexicon.describedBodies),
    bodyMembers: new Set(lexicon.bodyMembers),
    bodyComplements: new Set(lexicon.bodyComplements),
    cuePhrases: lexicon.cuePhrases.map((p) => p.split(/\s+/)),
    notQuoteBefore: new Set(lexicon.notQuoteBefore),
    titledNouns: new Set(lexicon.titledNouns),
    headlineVerbs: new Set(lexicon.headlineVerbs),
    namingParticiples: new Set(lexicon.namingParticiples),
    articles: new Set([...lexicon.definiteArticles, ...lexicon.indefiniteDeterminers]),
    agentMarkers: new Set(lexicon.agentMarkers),
    nounPrepositions: new Set(lexicon.nounPrepositions),
    addresseeVerbs: new Set(lexicon.addresseeVerbs),
    readerParticiples: new Set(lexicon.readerParticiples),
    findingVerbs: new Set(lexicon.findingVerbs),
    findingNouns: new Set(lexicon.findingNouns),
    quotingVerbs: new Set(lexicon.quotingVerbs),
    objectVerbs: new Set(lexicon.objectVerbs),
    passiveAuxiliaries: new Set(lexicon.passiveAuxiliaries),
    notQuoteByLast: byLastWord(lexicon.notQuoteBefore),
    indefinites: new Set(lexicon.indefiniteDeterminers),
    indefinitePronouns: new Set(lexicon.indefinitePronouns),
    postposedAdverbials: lexicon.postposedAdverbials.map((p) => p.split(/\s+/)),
    addresseePrepositions: new Set(lexicon.addresseePrepositions),
    voiceRoles: new Set(lexicon.voiceRoles),
    readingInfinitives: new Set(lexicon.readingInfinitives),
    bodyDocuments: new Set(lexicon.bodyDocuments),
    bodyMemberRoles: new Set(lexicon.bodyMemberRoles),
    voicePrepositions: new Set(lexicon.voicePrepositions),
    genericRoles: new Set(lexicon.genericRoles),
    describingRoles: new Set(lexicon.describingRoles),
    roleQualifiers: new Set(lexicon.roleQualifiers),
    pastQualifiers: new Set(lexicon.pastQualifiers),
    clauseWords: new Set(lexicon.clauseWords),
    namedOnlyBodies: new Set(lexicon.namedOnlyBodies.map((p) => p.split(/\s+/).join(' '))),
    relativePronouns: new Set(lexicon.relativePronouns),
    subjectRelatives: new Set(lexicon.subjectRelatives),
    abbreviations: new Set(lexicon.abbreviations),
    inversionWords: new Set(lexicon.inversionWords),
    prepositions: new Set(lexicon.prepositions),
    affiliationPrepositions: new Set(lexicon.affiliationPrepositions),
    organizationPhrases: lexicon.organizationNouns.map((p) => p.split(/\s+/).join(' ')),
    sharedSubjectMarkers: lexicon.sharedSubjectMarkers,
    narrativeInfinitives: lexicon.narrativeInfinitives,
    subordinators: new Set(lexicon.subordinators),
    continuingVerbs: new Set(lexicon.continuingVerbs),
    participleEndings: lexicon.participleEndings,
    pastParticipleEndings: lexicon.pastParticipleEndings,
    feminineParticipleEndings: lexicon.feminineParticipleEndings,
    masculineParticipleEndings: lexicon.masculineParticipleEndings,
    sourcePrepositions: new Set(lexicon.sourcePrepositions),
    topicPrepositions: new Set(lexicon.topicPrepositions),
    ownerPrepositions: new Set(lexicon.ownerPrepositions),
    capitalCountries: capitalStates(lexicon.capitalCountries),
    sourcePronouns: new Map(lexicon.sourcePronouns.map((p) => p.split(/\s+/) as [string, string])),
    inversionMarks: new Set(lexicon.inversionMarks),
    headlineGistOpeners: new Set(lexicon.headlineGistPairs.map((p) => p[0]!)),
    sentenceConnectors: new Set(lexicon.sentenceConnectors),
    coordinators: new Set(lexicon.coordinators),
    clauseJoins: new Set([...lexicon.coordinators, ...lexicon.sentenceConnectors]),
    objectRelatives: lexicon.objectRelatives,
    // Built on first use: an article without quotes never reads them, and their `\p{…}` classes cost ~300,000 instructions each to build.
    get inverted() {
      return inverted()
    },
    get invertedIn() {
      return invertedIn()
    }
  }
  cache.set(lexicon, found)
  return found
}

/**
 * Whether `word` ends with one of `suffixes` (a locale's `qualifierSuffixes`:
 * `-al`, `-ien`; `-ing`, `-ous`) after `stem` letters or more (`familial`,
 * `iranienne`), as an adjective or a participle does.
 */
export function hasQualifierEnding(word: string, suffixes: readonly string[], stem: number): boolean {
  return suffixes.some((x) => word.length >= x.length + stem && word.endsWith(x))
}

/** A lower-case word without an elided article glued to its front (`l’économiste` → `économiste`). */
export function withoutElision(lower: string): string {
  return isElided(lower) ? lower.slice(2) : lower
}

/**
 * Whether a lower-case word opens with an elided article or preposition (`l’entrepreneur`, `d’après`): `l` or `d`, then
 * `'` or `’`, read with two character codes. (The definite `l’` alone is still tested apart in the attribution step.)
 */
export function isElided(lower: string): boolean {
  const q = lower.charCodeAt(1)
  if (q !== 39 && q !== 0x2019) return false
  const c = lower.charCodeAt(0)
  return c === 108 || c === 100
}

/** Whether a lower-case word is a word of a role, maybe with an elided article (`ministre`, `l’ambassadeur`). */
export function isRoleWord(lower: string, w: CueWords): boolean {
  if (w.roleWords.has(lower)) return true
  const bare = withoutElision(lower)
  if (w.roleWords.has(bare)) return true
  // `l’ex-président`, `ex-minister`: a qualifier joined to a role by a hyphen.
  const dash = bare.indexOf('-')
  return dash > 0 && w.roleQualifiers.has(bare.slice(0, dash)) && w.roleWords.has(bare.slice(dash + 1))
}

/**
 * Whether `lower`, a lower-case word after `before` (the word before it, lower
 * case), is a noun naming a person by what they do: a word with an agent
 * ending (`basketteur`, `urbaniste`; `economist`) right after a singular
 * definite or demonstrative determiner (`le`, `cette`, `l’`; `the`), not an
 * organisation noun (`l’opérateur`). `l’` may be glued to the word. `before`
 * null: the word alone, whatever stands before it (an elided determiner glued
 * to it is still read).
 */
export function agentNounAt(lower: string, before: string | null, w: CueWords): boolean {
  let word = lower
  let det = before
  if (isElided(lower)) {
    word = lower.slice(2)
    det = lower.slice(0, 2)
  }
  if (word.length < 5 || (det !== null && (!w.determiners.has(det) || w.indefinites.has(det) || w.prepositions.has(det)))) return false
  if (w.organizationHeads.has(word) || w.voiceRoles.has(word) || w.agentExceptions.has(word)) return false
  // Lower-case letters or digits, parts joined by a hyphen (`médecin-psychiatre`, `24-year-old`).
  if (!word.split('-').every((part) => allAre('lower', part) || /^[0-9]+$/.test(part))) return false
  for (const suffix of w.agentSuffixes) if (word.endsWith(suffix)) return true
  return false
}

/** What names the speaker of a quote. */
export interface Mention {
  readonly kind: 'name' | 'pronoun' | 'role'
  readonly start: number
  readonly end: number
  /**
   * For a name in the complement of a role (`le président de Jokoo Sénégal`):
   * the role phrase, which is the speaker unless the name is a person's.
   */
  readonly roleOf?: {readonly start: number; readonly end: number}
}

/** The cue and the speaker mention of a quote, as offsets into one block's text. */
export interface Attribution {
  readonly cue: {readonly start: number; readonly end: number} | null
  readonly speaker: Mention | null
}

/** One block as the cue finder reads it. */
export interface BlockView {
  /** The block text with quoted words blanked out. */
  readonly masked: string
  readonly tokens: readonly Token[]
  readonly names: readonly NameRun[]
}

/** Most words between a verb and the partial quote that is (in) its object (`describing the series as`, `a soutenu son projet de`). */
const OBJECT_WORDS = 4

/**
 * The token of the verb of `objectVerbs` whose object holds the quote opening
 * at index `at` of `view` (`exprime sa « … »`, `calls it "…"`, `dénonce les « … »`):
 * at most `OBJECT_WORDS` words before it, from token `a` (its sentence's first),
 * with no punctuation, no clause word and no other verb between; -1 when there is none.
 */
export function objectVerbAt(view: BlockView, a: number, at: number, w: CueWords): number {
  let end = at
  for (let k = firstTokenAt(view.tokens, at) - 1, n = 0; k >= a && n <= OBJECT_WORDS; k--, n++) {
    const t = view.tokens[k]!
    if (/[,;:.!?()]/.test(view.masked.slice(t.end, end))) return -1
    if (w.objectVerbs.has(t.lower)) return k
    if (w.clauseWords.has(t.lower) || w.verbs.has(t.lower)) return -1
    end = t.start
  }
  return -1
}

/** Whether token `k` is a speech verb (not a noun after a determiner). */
export function isVerbAt(view: BlockView, k: number, w: CueWords): boolean {
  const t = view.tokens[k]
  if (!t || !w.verbs.has(t.lower)) return false
  const prev = view.tokens[k - 1]
  // A determiner before it makes it a noun, not across a quote (`denied this. "…," said X`: the quote's words are blanked),
  // unless it is an object pronoun before a participle (`la qualifiant de`).
  if (prev && w.determiners.has(prev.lower) && !/[,;:«»“”„"‹›]/.test(view.masked.slice(prev.end, t.start))) {
    return w.objectPronouns.has(prev.lower) && w.participleEndings.some((e) => t.lower.endsWith(e))
  }
  // So does a preposition that governs nouns only (`about claims that`, `amid claims`); not a participle (`after saying`).
  if (prev && w.nounPrepositions.has(prev.lower) && isSpaces(view.masked.slice(prev.end, t.start)) && !w.participleEndings.some((e) => t.lower.endsWith(e))) return false
  return true
}

/** The letter French puts between a verb ending in a vowel and an inverted pronoun (`a-t-il`), read from the `inverted` pattern. */
const EUPHONIC_T = 't'

/** Whether token `k` is an inverted verb (`estime-t-elle`, `a-t-il`, `a t-il` written apart): the pronoun offsets, or null. */
export function invertedAt(view: BlockView, k: number, w: CueWords, anyVerb = false): {verbEnd: number; pronoun: Mention} | null {
  const first = view.tokens[k]
  if (!first) return null
  let t = first
  let m = w.inverted.exec(t.lower)
  let base = m?.[1] ?? ''
  // `a t-il lâché`, `déclare t-elle`: the euphonic `t-` written apart from its verb, the verb in the token before.
  if (!m) {
    const apart = view.tokens[k + 1]
    const n = apart && /^[ \u00a0]$/.test(view.masked.slice(first.end, apart.start)) ? w.inverted.exec(apart.lower) : null
    if (!n || n[1] !== EUPHONIC_T || !allAre('lower', first.lower)) return null
    m = n
    t = apart!
    base = first.lower
    k++
  }
  const pronounStart = t.end - m[2]!.length
  if (w.auxiliaries.has(base)) {
    const next = view.tokens[k + 1]
    if (next && (w.verbs.has(next.lower) || (anyVerb && charIs('lower', next.text))) && isBlank(view.masked.slice(t.end, next.start), true)) {
      return {verbEnd: next.end, pronoun: {kind: 'pronoun', start: pronounStart, end: t.end}}
    }
  }
  // Right after a quote, an inverted subject marks an attribution whatever the verb (`asséné-t-il`).
  if (w.verbs.has(base) || (anyVerb && !w.auxiliaries.has(base))) return {verbEnd: t.end, pronoun: {kind: 'pronoun', start: pronounStart, end: t.end}}
  return null
}

/** Length in tokens of the cue phrase starting at token `k`, or 0. */
export function cuePhraseAt(view: BlockView, k: number, w: CueWords): number {
  for (const phrase of w.cuePhrases) {
    let ok = true
    for (let j = 0; j < phrase.length && ok; j++) {
      const t = view.tokens[k + j]
      ok = t !== undefined && t.lower === phrase[j]
      if (ok && j > 0 && !isBlank(view.masked.slice(view.tokens[k + j - 1]!.end, t!.start), true)) ok = false
    }
    if (ok) return phrase.length
  }
  return 0
}

/** Words that join clauses: a noun phrase never ends with one. */
const CONJUNCTIONS = new Set(['et', 'ou', 'mais', 'que', 'qui', 'and', 'or', 'but', 'that', 'who', 'which'])

/** The marks that end a speaker's phrase (a comma, a clause's stop, a bracket, a quotation mark, a dash), as a character class. */
const STOP_MARKS = '[,;:.!?()\\[\\]«»“”"—–]'
/** One of `STOP_MARKS`. */
const STOP_MARK = lazy(STOP_MARKS, '')
/** One of `STOP_MARKS`, or a hyphen between spaces set as a dash. */
const MENTION_STOP = lazy(STOP_MARKS + '|\\s-\\s', 'g')
const WORD_BEFORE_PERIOD = lazy('(?:^|[^\\p{L}])(\\p{L}{1,4})$', 'u')

/** Whether the period at `i` of `text` closes a title or an initial written before a capitalised word (`M. Tudge`). */
export function titlePeriodAt(text: string, i: number, w: CueWords): boolean {
  if (!/^[ \u00a0]/.test(text.slice(i + 1, i + 2)) || !charIs('upper', text, i + 2)) return false
  const word = WORD_BEFORE_PERIOD().exec(text.slice(Math.max(0, i - 5), i))?.[1]
  if (!word || !charIs('upper', word)) return false
  return word.length === 1 || w.abbreviations.has(word.toLowerCase())
}

/** Whether a participle of reading a document (`consulté`, `seen`) lies between offsets `from` and `to`. */
function readerBetween(view: BlockView, from: number, to: number, w: CueWords): boolean {
  for (let k = firstTokenAt(view.tokens, from); k < view.tokens.length && view.tokens[k]!.start < to; k++) if (w.readerParticiples.has(view.tokens[k]!.lower)) return true
  return false
}

/** Most words of an impersonal phrase of time read for the subject after it (`il y a quinze jours`). */
const IMPERSONAL_PHRASE_WORDS = 6

/** Whether the token at `k` is a subject pronoun made impersonal by the word right after it (`il y a`, `il faut`). */
function impersonalAt(view: BlockView, k: number, w: CueWords): boolean {
  const next = view.tokens[k + 1]
  return next !== undefined && w.ambiguousSubjectPronouns.has(view.tokens[k]!.lower) && w.impersonalVerbs.has(next.lower) && isSpaces(view.masked.slice(view.tokens[k]!.end, next.start))
}

/**
 * The speaker named right after offset `from` (after a verb or a cue phrase),
 * before the next comma or the end of the sentence at `limit`: a pronoun, a
 * name (not a possessor: `Xbox's Peter Moore` → `Peter Moore`) or a role
 * (`la police fédérale`, `le préfet`).
 */
export function mentionAfter(view: BlockView, from: number, limit: number, w: CueWords, source = false): Mention | null {
  let end = limit
  const rest = view.masked.slice(from, Math.min(limit, from + 160))
  const stops = MENTION_STOP()
  stops.lastIndex = 0
  let stop = stops.exec(rest)
  // The period of a title or an initial before a name (`a expliqué M. Tudge`, `said Dr. Lee`, `J. Michael Cole`) ends nothing.
  while (stop && stop[0] === '.' && titlePeriodAt(rest, stop.index, w)) stop = stops.exec(rest)
  if (stop) end = from + stop.index
  let k = firstTokenAt(view.tokens, from)
  // The subject after the verb ends at a word opening a clause (`a tweeté l'ancien comédien quand la présidente …`).
  for (let j = k + 1; j < view.tokens.length && view.tokens[j]!.start < end; j++) {
    const lower = view.tokens[j]!.lower
    // (And at a passive auxiliary after a word or more: `said the station was not trying to replace Peel`, a clause
    // reported, whose subject is the description before it, not a name after.)
    if (w.clauseWords.has(lower) || w.clauseWords.has(lower.replace(/['’].*$/u, '')) || w.passiveAuxiliaries.has(lower)) {
      end = view.tokens[j]!.start
      break
    }
  }
  const first = view.tokens[k]
  if (!first || first.start >= end) return null
  // (Not an impersonal `il` opening a phrase of time, `a annoncé il y a quinze jours la ministre`: the subject is the
  // definite description after it.)
  if (w.pronouns.has(first.lower) && impersonalAt(view, k, w)) {
    for (let j = k + 3; j < view.tokens.length && j <= k + IMPERSONAL_PHRASE_WORDS && view.tokens[j]!.start < end; j++) {
      if (w.definiteArticles.has(view.tokens[j]!.lower)) return mentionAfter(view, view.tokens[j]!.start, limit, w, source)
    }
    return null
  }
  if (w.pronouns.has(first.lower)) return {kind: 'pronoun', start: first.start, end: first.end}
  // `« … » et débarrassées des barrières qui, selon lui, …`: the stressed pronoun a source phrase names (`lui`).
  if (source && w.sourcePronouns.has(first.lower)) return {kind: 'pronoun', start: first.start, end: first.end}
  // An indefinite subject ends where an outlet relaying its words is named (`said one analyst quoted by the Agence France
  // Presse news agency`): the outlet is not who speaks.
  if (w.indefinites.has(first.lower)) {
    for (let j = k + 1; j + 1 < view.tokens.length && view.tokens[j + 1]!.start < end; j++) {
      if (w.quotingVerbs.has(view.tokens[j]!.lower) && w.agentMarkers.has(view.tokens[j + 1]!.lower)) {
        end = view.tokens[j]!.start
        break
      }
    }
  }
  let voice: Mention | null = null
  for (let n = firstNameAt(view.names, from); n < view.names.length; n++) {
    const run = view.names[n]!
    if (run.start >= end) break
    if (possessiveAt(view.masked, run.end)) continue
    // The tail of a longer run cut after a preposition (`en Grèce du Haut commissariat` → `du Haut`).
    if (unitIs('lower', view.masked.charCodeAt(run.start))) continue
    // A name inside a prepositional phrase (`le président de la CGT`, `the head of BP`) is not the speaker,
    // unless the phrase speaks for it (`le communiqué de la FA`, `a statement from BP`).
    const before = wordBeforeAt(view, run.start, from, w)
    // `a relevé la journaliste lors de son émission Punchline`: a name right after the noun of a work names that work
    // (a show, a film, a book), not who speaks.
    if (w.titledNouns.has(withoutElision(before))) continue
    if (w.prepositions.has(before)) {
      // `a confié à l’AFP Mustafa`: after an acronym that hangs on the verb, the next name is the subject.
      if (w.prepositions.has(view.tokens[k]?.lower ?? '') && run.words === 2) {
        const m = ACRONYM_BEFORE_NAME().exec(view.masked.slice(run.start, run.end))
        if (m) return {kind: 'name', start: run.start + m[0].length, end: run.end}
      }
      // After `selon`, `according to`, the phrase names the source (`according to a note from Ed Yardeni`),
      // not who read the document (`selon un courrier consulté mardi par l'AFP`, `copies reviewed by Reuters`).
      if (source && w.agentMarkers.has(wordBeforeAt(view, run.start, from, w)) && readerBetween(view, from, run.start, w)) return null
      // `a déclaré le ministre de la Santé Olivier Véran`: a role's portfolio, then the name in apposition.
      const named = !source && !voice ? nameAfterPortfolio(view, run, firstTokenAt(view.tokens, from), w) : null
      if (named) return named
      if (!voice && (source || voiceHeadAt(view, k, w))) voice = {kind: 'name', start: run.start, end: run.end}
      continue
    }
    // `des députés du mouvement Nidaa Tounes`: a name after a common noun inside an indefinite phrase only qualifies it.
    if (w.indefinites.has(first.lower)) {
      const prev = view.tokens[firstTokenAt(view.tokens, run.start) - 1]
      if (prev && prev.start > first.start && charIs('lower', prev.text) && !w.determiners.has(prev.lower) && !w.roleWords.has(prev.lower) && !w.voiceRoles.has(prev.lower)) continue
    }
    // `JRFU secretary Koji Tokumasu`, `Spurs sporting director Frank Arnesen`: a name qualifying a role before another name.
    if (qualifiesNextName(view, n, end, w)) continue
    // `la présidente de la région Grand Est, Carole Martin.`: a name inside the role phrase qualifies it.
    const closing = run.start > first.start ? nameClosingSubject(view, from, limit, w) : null
    if (closing && closing.start > run.start) return closing
    return {kind: 'name', start: run.start, end: run.end}
  }
  // `», rétorque ce dernier`, `said the latter`: a demonstrative phrase of several words.
  const demonstrative = demonstrativeFrom(view, k, end, w)
  if (demonstrative) return demonstrative
  // `», explique ainsi le député`, `a déclaré jeudi le ministre`: an adverb or a time between the verb and a role
  // put after it is no part of the subject.
  const bare = adverbsAfter(view, k, end, w)
  // `said officials`, `said local residents`: an unnamed group (maybe after one qualifier) names no one.
  for (let j = bare; j < view.tokens.length && j <= bare + 1 && view.tokens[j]!.start < end; j++) {
    if (w.unnamedGroups.has(view.tokens[j]!.lower)) return {kind: 'role', start: view.tokens[bare]!.start, end: view.tokens[j]!.end}
  }
  // A role: determiner + role or organisation noun, up to the end of the phrase (after where it was said: `sur Facebook l'élue`).
  const lead = afterOutlet(view, bare, end, w)
  const roleStart = view.tokens[lead]!.start
  k = lead
  let count = 0
  let roleEnd = -1
  const opened = w.determiners.has(view.tokens[lead]!.lower)
  for (; k < view.tokens.length && view.tokens[k]!.start < end && count < 8; k++, count++) {
    const t = view.tokens[k]!
    // A role after several qualifiers ends the phrase (`said the world indoor champion, who`), not `its dot com culture of`.
    if (isRoleWord(t.lower, w) && (roleEnd >= 0 || count <= 1 || !(view.tokens[k + 1] && view.tokens[k + 1]!.start < end))) roleEnd = t.end
    // `», souligne le basketteur`, `ajoute cette urbaniste`: a noun naming a person by what they do.
    else if (roleEnd < 0 && count <= 1 && agentNounAt(t.lower, k > 0 ? view.tokens[k - 1]!.lower : '', w)) roleEnd = t.end
    // After a determiner, up to `roleNounQualifiers` words may qualify the role before it (`the world indoor champion`,
    // `the Ealing North MP`); where that is one, no capitalised word (`le Premier ministre` is read as a name).
    else if (roleEnd < 0 && isCapitalised(t.text) && !(opened && count >= 1 && count <= w.roleNounQualifiers && w.roleNounQualifiers > 1 && (count === 1 || isCapitalised(view.tokens[k - 1]!.text)))) break
    else if (roleEnd < 0 && !w.determiners.has(t.lower) && count > (opened ? w.roleNounQualifiers : 1)) break
    else if (roleEnd < 0 && count > 1 && (w.verbs.has(t.lower) || w.prepositions.has(t.lower))) break
    else if (roleEnd >= 0 && (w.determiners.has(t.lower) || w.verbs.has(t.lower))) break
    // A time or an adverb ends the role (`l'élue samedi matin`, `le ministre lui-même`), not a preposition (`de`).
    else if (roleEnd >= 0 && w.auxiliaries.has(t.lower) && !w.prepositions.has(t.lower)) break
    else if (roleEnd >= 0) roleEnd = t.end
  }
  if (roleEnd >= 0) {
    // The role's complement, up to the end of the phrase: `le secrétaire général de la CGT`.
    const at = firstTokenAt(view.tokens, roleEnd)
    const lastIn = view.tokens[at - 1]
    if ((lastIn && w.prepositions.has(lastIn.lower)) || w.prepositions.has(view.tokens[at]?.lower ?? '')) {
      for (let j = at; j < view.tokens.length && view.tokens[j]!.end <= end; j++) roleEnd = view.tokens[j]!.end
    }
    // `le maire, Ibrahima Sarr` / `the coach, Tom Hill`: the name in apposition.
    const apposition = /^,[\s\u00a0\u202f]*/.exec(view.masked.slice(roleEnd, roleEnd + 4))
    if (apposition) {
      const at = roleEnd + apposition[0].length
      const run = nameStartingAt(view, at)
      if (run && !possessiveAt(view.masked, run.end)) return {kind: 'name', start: run.start, end: run.end}
    }
    return nameClosingSubject(view, from, limit, w) ?? {kind: 'role', start: roleStart, end: roleEnd}
  }
  // `said the company`, `said the former monopoly`.
  const det = firstTokenAt(view.tokens, from)
  for (let h = det + 1 + w.organizationNounQualifiers; h >= det; h--) {
    if (h < view.tokens.length && view.tokens[h]!.end <= end && organizationNounEndingAt(view, det, h, w) === det) return roleMention(view, from, h - det + 1)
  }
  // `a indiqué à l'AFP la gendarmerie`, `a répété lundi soir l'état-major`: the same after an adverb, a time or where it
  // was said (as for a role above).
  // (A definite one only, and not after a passive's agent: `Accused of fraud by the X group, …` is no subject there.)
  if (lead > det && !w.indefinites.has(view.tokens[lead]!.lower) && !view.tokens.slice(det, lead).some((t) => w.agentMarkers.has(t.lower))) {
    for (let h = lead + 1 + w.organizationNounQualifiers; h >= lead; h--) {
      if (h < view.tokens.length && view.tokens[h]!.end <= end && organizationNounEndingAt(view, lead, h, w) === lead) return roleMention(view, view.tokens[lead]!.start, h - lead + 1)
    }
  }
  // `le co-directeur de Sainte-Croix, Pierre Singer`: a noun phrase, then the name in apposition.
  if (w.determiners.has(first.lower) && view.masked[end] === ',') {
    const at = end + /^,[\s\u00a0\u202f]*/u.exec(view.masked.slice(end, end + 4))![0].length
    const run = nameStartingAt(view, at) ?? titledNameAt(view, at, w)
    if (run && !possessiveAt(view.masked, run.end)) return {kind: 'name', start: run.start, end: run.end}
  }
  return voice ?? nameClosingSubject(view, from, limit, w)
}

/**
 * The name after a determiner and a role word at offset `at` (`le père Antoine Martin`, `le docteur Jean de La Roche`: a
 * name in apposition given with its title), when the name starts one space after the role word; else undefined.
 */
function titledNameAt(view: BlockView, at: number, w: CueWords): NameRun | undefined {
  const k = firstTokenAt(view.tokens, at)
  const det = view.tokens[k]
  const role = view.tokens[k + 1]
  if (!det || det.start !== at || !role || !w.determiners.has(det.lower) || w.indefinites.has(det.lower) || !isRoleWord(role.lower, w)) return undefined
  if (!isSpaces(view.masked.slice(det.end, role.start)) || !isSpaces(view.masked.slice(role.end, role.end + 1))) return undefined
  return nameStartingAt(view, role.end + 1)
}

/**
 * The index of the first token from `k` that is not an adverb or a time word
 * (`ainsi`, `encore`, `jeudi`: the locale's auxiliaries that are no
 * preposition, determiner or pronoun) set between a verb and the subject put
 * after it; `k` when no such word is there, or when nothing but such words is
 * left before `end`.
 */
function adverbsAfter(view: BlockView, k: number, end: number, w: CueWords): number {
  const tokens = view.tokens
  let j = k
  while (j + 1 < tokens.length && tokens[j + 1]!.start < end && isSpaces(view.masked.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
    const lower = tokens[j]!.lower
    if (!w.auxiliaries.has(lower) || w.prepositions.has(lower) || w.determiners.has(lower) || w.pronouns.has(lower) || w.verbs.has(lower)) break
    j++
  }
  return j
}

/** Most characters of a subject put after its verb that ends with a name in apposition. */
const CLOSING_SUBJECT_CHARS = 240

/**
 * A subject after the verb that closes the sentence with a name in apposition
 * after a comma, however long the role before it (`a indiqué lundi à
 * l'AFP le directeur général de l'Agence régionale de santé (ARS) Occitanie,
 * Pierre Ricordeau.`): the name. The role must hold a role word, and nothing
 * but the name and the sentence's end may follow the comma; or the name stands
 * between commas, after a role (`avait déclaré sur X l'initiateur du projet, le
 * procureur général de Floride, James Uthmeier, la semaine dernière.`) or before
 * one (`a affirmé dimanche au Journal du Dimanche, Hugh Bailey, le directeur
 * général de GE France.`).
 */
function nameClosingSubject(view: BlockView, from: number, limit: number, w: CueWords): Mention | null {
  const rest = view.masked.slice(from, Math.min(limit, from + CLOSING_SUBJECT_CHARS))
  const stops = CLOSING_STOPS()
  stops.lastIndex = 0
  // A role word read so far; one opening a phrase, after a determiner that is no preposition (`le procureur`, not `du chef`).
  let role = false
  let opening = false
  let k = firstTokenAt(view.tokens, from)
  for (let comma = stops.exec(rest); comma; comma = stops.exec(rest)) {
    if (comma[0] !== ',') return null
    const c = from + comma.index
    for (; k < view.tokens.length && view.tokens[k]!.end <= c; k++) {
      if (!isRoleWord(view.tokens[k]!.lower, w)) continue
      // A title right before a name (`Mr Waller`, `le ministre Ibrahima Sall`) has its holder: it leaves no role open for
      // a name after the comma (`According to Mr Waller, Exxon "…"` is Mr Waller's).
      const next = view.tokens[k + 1]
      if (next && next.end <= c && isSpaces(view.masked.slice(view.tokens[k]!.end, next.start)) && nameStartingAt(view, next.start)) continue
      role = true
      // (Read back over a qualifier or two: `the Florida attorney general`, `le nouveau procureur`.)
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
        const d = view.tokens[j]!.lower
        if (w.prepositions.has(d)) break
        if (w.determiners.has(d)) {
          opening = true
          break
        }
      }
    }
    const at = c + /^,[\s\u00a0\u202f]*/.exec(view.masked.slice(c, c + 4))![0].length
    const run = nameStartingAt(view, at)
    // No name after this comma: a role's words may go on to the next (`l'initiateur du projet, le procureur …, X`).
    if (!run) continue
    if (possessiveAt(view.masked, run.end)) return null
    const after = view.masked.slice(run.end, Math.min(limit, run.end + 8))
    if (/^[\s\u00a0\u202f]*(?:[.!?…]|$)/.test(after)) return role ? {kind: 'name', start: run.start, end: run.end} : null
    if (!/^[\s\u00a0\u202f]*,/.test(after)) return null
    // Between commas: after a role, or before a definite role in apposition (`, le directeur général de …`).
    return opening || roleOpensAt(view, run.end, w) ? {kind: 'name', start: run.start, end: run.end} : null
  }
  return null
}

/** What ends the reach of a closing subject: a comma, other punctuation, a quote mark, a dash, a full stop. */
const CLOSING_STOPS = lazy('[,;:!?«»“”"—–]|\\.\\s', 'g')

/** Whether a comma then a determiner and a role word follow offset `at` (`, le directeur général`, `, the chief executive`). */
function roleOpensAt(view: BlockView, at: number, w: CueWords): boolean {
  const k = firstTokenAt(view.tokens, at)
  const d = view.tokens[k]
  if (!d || !/^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/.test(view.masked.slice(at, d.start))) return false
  if (isElided(d.lower)) return w.definiteArticles.has(d.lower.slice(0, 2)) && isRoleWord(withoutElision(d.lower), w)
  const r = view.tokens[k + 1]
  return w.determiners.has(d.lower) && r !== undefined && isRoleWord(r.lower, w)
}

/** Whether the phrase at token `k` is headed by a word that speaks for an organisation (`le communiqué`, `a spokesman`). */
function voiceHeadAt(view: BlockView, k: number, w: CueWords): boolean {
  for (let j = k; j < view.tokens.length && j < k + 3; j++) {
    const lower = view.tokens[j]!.lower
    if (w.voiceRoles.has(lower)) return true
    if (!w.determiners.has(lower)) return false
  }
  return false
}

/**
 * The lower-case word before offset `at` (the start of a name), skipping
 * determiners and an elided article glued to the name (`de l’ONU` → `de`).
 */
function wordBeforeAt(view: BlockView, at: number, from: number, w: CueWords): string {
  let k = firstTokenAt(view.tokens, at) - 1
  if (k >= 0 && view.tokens[k]!.end > at) {
    // The name is inside a token with an elided article: `l’ONU`, `d’Air France`.
    const elided = view.tokens[k]!.lower.slice(0, at - view.tokens[k]!.start).replace(/['’]$/, '')
    if (w.prepositions.has(elided)) return elided
    k--
  }
  for (let steps = 0; k >= 0 && steps < 2; k--, steps++) {
    const t = view.tokens[k]!
    // Words of the cue itself (`according to`) do not count.
    if (t.start < from) return ''
    if (!w.determiners.has(t.lower) || w.prepositions.has(t.lower)) return t.lower
  }
  return ''
}

/**
 * Index of a role word among the three tokens before the preposition that
 * precedes token `k` (`le président de` → `président`), or -1.
 */
function roleBefore(view: BlockView, a: number, k: number, w: CueWords): number {
  let j = k - 1
  while (j >= a && !w.prepositions.has(view.tokens[j]!.lower) && j > k - 3) j--
  for (let r = j - 1; r >= a && r >= j - 3; r--) {
    const lower = view.tokens[r]!.lower
    if (w.roleWords.has(lower) && !w.voiceRoles.has(lower)) return r
    if (!w.determiners.has(lower) && !w.roleWords.has(lower) && charIs('lower', view.tokens[r]!.text) === false) return -1
  }
  return -1
}

/**
 * The name after a role's portfolio inside a run of three or more capitalised
 * words after the role's preposition (`le ministre de la Santé Olivier Véran`,
 * `le chef de l'État Macky Sall` → `Olivier Véran`, `Macky Sall`): the run
 * without its first word, when a role word stands before the preposition and
 * no lower-case word is inside the rest (`la Fédération Sénégalaise de
 * Football` names no one), or null. `a` is the first token of the subject.
 */
function nameAfterPortfolio(view: BlockView, run: NameRun, a: number, w: CueWords): Mention | null {
  if (run.words < 3) return null
  let k = firstTokenAt(view.tokens, run.start)
  // The run may open inside a token with an elided article (`l'Intérieur`).
  if (k > 0 && view.tokens[k - 1]!.end > run.start) k--
  const next = view.tokens[k + 1]
  if (!next || next.end > run.end || !isSpaces(view.masked.slice(view.tokens[k]!.end, next.start), true)) return null
  for (let j = k + 1; j < view.tokens.length && view.tokens[j]!.start < run.end; j++) if (!isCapitalised(view.tokens[j]!.text)) return null
  return roleBefore(view, a, k, w) >= 0 ? {kind: 'name', start: next.start, end: run.end} : null
}

/** Most words of a role phrase between two names (`Spurs sporting director Frank Arnesen`). */
const QUALIFIED_ROLE_WORDS = 4

/**
 * Whether the words between `from` and `to` (the end of one name and the start
 * of the next) are a role phrase the first name qualifies, joined by single
 * spaces: lower-case words ending with a role or a noun naming a person by
 * what they do (`JRFU secretary Koji Tokumasu`, `Spurs sporting director Frank
 * Arnesen`, `Merrill Lynch debt analyst Jim Duggan`), none of them a verb, an
 * auxiliary, a preposition, a determiner, a pronoun or a word joining clauses
 * (`Blair told reporters Tony …`, `Howard described director Martin Scorsese`).
 */
function qualifiedRoleBetween(view: BlockView, from: number, to: number, w: CueWords): boolean {
  const gap = view.masked.slice(from, to)
  if (gap.length > 60 || !/^[ \u00a0\u202f]/.test(gap) || !/[ \u00a0\u202f]$/.test(gap)) return false
  const parts = gap.trim().split(/[ \u00a0\u202f]+/)
  // A courtesy title belongs to the name after it (`executive chairman Dr Geoffrey Guy`, not `sent Mr Bush`).
  const courtesy = (x: string) => w.masculine.has(x) || w.feminine.has(x) || w.abbreviations.has(x)
  while (parts.length > 0 && courtesy(withoutFullStop(parts[parts.length - 1]!.toLowerCase()))) parts.pop()
  if (parts.length === 0 || parts[0] === '' || parts.length > QUALIFIED_ROLE_WORDS) return false
  const last = parts[parts.length - 1]!.toLowerCase()
  // The head noun is a role, a noun naming what someone does, or a body's (`Italian news agency Apcom`, `US magazine Rolling Stone`).
  if (!w.roleWords.has(last) && !w.organizationHeads.has(last) && !w.agentSuffixes.some((x) => last.length > x.length + 3 && last.endsWith(x))) return false
  for (const part of parts) {
    const x = part.toLowerCase()
    if (w.roleWords.has(x)) continue
    if (!allAre('lower', part.replace(/-/g, '')) || w.verbs.has(x) || w.auxiliaries.has(x) || w.prepositions.has(x) || w.determiners.has(x)) return false
    if (w.pronouns.has(x) || w.clauseWords.has(x) || w.sentenceConnectors.has(x) || CONJUNCTIONS.has(x)) return false
  }
  return true
}

/**
 * Whether the block's name run `n` only qualifies a name after it in the
 * phrase ending at `end`: a role phrase stands between them (`JRFU secretary
 * Koji Tokumasu`), or it is coordinated with the next name, which does
 * (`Richard and Judy executive producer Amanda Ross`).
 */
function qualifiesNextName(view: BlockView, n: number, end: number, w: CueWords): boolean {
  const names = view.names
  const run = names[n]!
  const next = names[n + 1]
  if (!next || next.start >= end) return false
  if (qualifiedRoleBetween(view, run.end, next.start, w)) return true
  const after = names[n + 2]
  return coordinatedBetween(view, run.end, next.start, w) && after !== undefined && after.start < end && qualifiedRoleBetween(view, next.end, after.start, w)
}

/** Whether the words between offsets `from` and `to` of the block are a coordinator alone (`and`, `et`) or `&`, white space around. */
function coordinatedBetween(view: BlockView, from: number, to: number, w: CueWords): boolean {
  const gap = view.masked.slice(from, to).trim().toLowerCase()
  return w.coordinators.has(gap) || gap === '&'
}

/** Whether a word opening a subordinate clause (`que`, `how`) lies between `from` and `to`. */
function clauseBetween(view: BlockView, from: number, to: number, w: CueWords): boolean {
  for (let k = firstTokenAt(view.tokens, from); k < view.tokens.length && view.tokens[k]!.start < to; k++) {
    const lower = view.tokens[k]!.lower
    if (w.clauseWords.has(lower) || w.clauseWords.has(lower.replace(/['’].*$/u, ''))) return true
  }
  return false
}

function roleMention(view: BlockView, from: number, n: number): Mention {
  const k = firstTokenAt(view.tokens, from)
  return {kind: 'role', start: view.tokens[k]!.start, end: view.tokens[k + n - 1]!.end}
}

function matchesAt(view: BlockView, k: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (view.tokens[k + j]?.lower !== phrase[j]) return false
  return true
}

/**
 * The index of the first token of a description of an organisation ending
 * with token `h`, not before token `a`: one of `organizationNouns` (`the
 * company`), or its determiner and noun with up to `organizationNounQualifiers`
 * words between them (`the former monopoly`, `the US firm`, `the Commons
 * education select committee`), none a verb, an auxiliary, a preposition, a
 * determiner, a pronoun or a word opening a clause, and no mark between any
 * two. -1 when the words ending at `h` are none.
 */
export function organizationNounEndingAt(view: BlockView, a: number, h: number, w: CueWords): number {
  const tokens = view.tokens
  // (Only the nouns ending with the word at `h`: this runs for several `h` per cue.)
  const nouns = tokens[h] ? w.organizationNounsByLast.get(tokens[h]!.lower) : undefined
  if (nouns) {
    for (const noun of nouns) {
      const s = h + 1 - noun.length
      if (s >= a && matchesAt(view, s, noun)) return s
    }
  }
  const determiners = w.organizationDeterminers.get(tokens[h]?.lower ?? '')
  if (!determiners) return -1
  for (let j = h - 1; j >= a && h - j <= w.organizationNounQualifiers + 1; j--) {
    if (!isSpaces(view.masked.slice(tokens[j]!.end, tokens[j + 1]!.start))) return -1
    const x = tokens[j]!.lower
    if (determiners.has(x)) return h - j >= 2 ? j : -1
    if (w.verbs.has(x) || w.auxiliaries.has(x) || w.prepositions.has(x) || w.determiners.has(x) || w.pronouns.has(x) || w.clauseWords.has(x)) return -1
  }
  return -1
}

/**
 * Whether the name run `c`, chosen so far as the subject among the runs of the words from token `a` to `lastEnd`, gives way to
 * the run `view.names[n]` after it: a run that only qualifies the next (`JP Morgan chief executive William Harrison`), or a lone
 * capitalised word opening the sentence (`Face aux critiques…`). A module function, not a closure made per call: under tsx, which
 * keeps function names, each closure made costs a `defineProperty` of about a microsecond.
 */
function chosenIsWeak(view: BlockView, c: NameRun, n: number, a: number, lastEnd: number, w: CueWords): boolean {
  const next = view.names[n]!
  if (next.start >= lastEnd + 1) return false
  if (view.names[n - 1] === c && qualifiesNextName(view, n - 1, lastEnd + 1, w)) return true
  return c.words === 1 && c.sentenceInitial && c.start === view.tokens[a]!.start && (next.words >= 2 || openingFunctionWord(view.tokens[a]!.lower, w))
}

/**
 * The speaker named in the words `from`–`to` that stand before a verb:
 * `he`, `Michael Lamberty, a Lufthansa spokesman`, `le ministre Fofana`,
 * `the company`. With `adjacent`, only a mention that ends right before `to`
 * (auxiliaries and adverbs aside) counts.
 */
export function mentionBefore(view: BlockView, from: number, to: number, w: CueWords, adjacent: boolean): Mention | null {
  const a = firstTokenAt(view.tokens, from)
  let b = firstTokenAt(view.tokens, to)
  // Drop auxiliaries and adverbs right before the verb.
  while (b > a && w.auxiliaries.has(view.tokens[b - 1]!.lower) && !w.pronouns.has(view.tokens[b - 1]!.lower)) b--
  if (b <= a) return null
  const last = view.tokens[b - 1]!
  const lastEnd = last.end
  if (w.pronouns.has(last.lower)) return {kind: 'pronoun', start: last.start, end: last.end}
  // `Ce dernier a qualifié`, `the latter said`: a demonstrative phrase of several words ending before the verb.
  for (let n = 2; n <= 3 && b - n >= a; n++) {
    const found = demonstrativeFrom(view, b - n, lastEnd, w)
    // Not in a complement (`Les proches de cette dernière déplorent`).
    if (found && found.end === lastEnd && !w.prepositions.has(view.tokens[b - n - 1]?.lower ?? '')) return found
  }
  // `the Russian president said`: a role right before the verb names the speaker, not a word before it.
  if (!adjacent && charIs('lower', last.text) && w.roleWords.has(last.lower) && !nameEndingAt(view, lastEnd) && !/[,(]/.test(view.masked.slice(view.tokens[a]!.start, lastEnd))) {
    return mentionBefore(view, from, to, w, true)
  }
  // `Howard Archer, economist at Global Insight said`: an apposition its closing comma is missing from describes the
  // name opening the clause, which is the subject, not the name the apposition ends with.
  const head = openAppositionHead(view, a, lastEnd, w) ?? joinedAppositionHead(view, a, b, lastEnd, w)
  if (head) return {kind: 'name', start: head.start, end: head.end}
  if (adjacent) {
    // `X, cité par le quotidien Y, estime` / `La présidente, Fatou Ndiaye, a salué`: an apposition
    // between commas before the verb. A name there is the speaker; otherwise the subject is before it.
    const gap = view.masked.slice(lastEnd, to)
    if (/,/.test(gap)) {
      // `Dr Gibbons, who was a GP in the Upper Afan Valley, said`: the name before a relative clause.
      const head = relativeHead(view, a, lastEnd, w) ?? describedHead(view, a, lastEnd, w)
      if (head) return {kind: 'name', start: head.start, end: head.end}
      const run = nameEndingAt(view, lastEnd)
      const open = view.masked.lastIndexOf(',', last.start)
      if (run && open >= 0 && (/^,[\s\u00a0\u202f]*$/.test(view.masked.slice(open, run.start).replace(WORD_BEFORE_CAPITAL(), (m) => (w.roleWords.has(withoutFullStop(m.trim()).toLowerCase()) ? '' : m))) || titledApposition(view, open, run.start, w))) {
        return {kind: 'name', start: run.start, end: run.end}
      }
      if (open > view.tokens[a]!.start) return subjectBefore(view, from, open, w)
    } else if (/(?:\s-|[–—])\s*$/.test(gap)) {
      // `B&B - which has a 22% share of the market - said`: the subject before a dashed aside.
      const dash = /\s-\s|[–—]/g
      let open = -1
      dash.lastIndex = Math.max(view.tokens[a]!.start, lastEnd - 300)
      for (let m = dash.exec(view.masked); m && m.index < last.start; m = dash.exec(view.masked)) open = m.index
      // (`Julia Hart, director of Hart Consulting - a firm advising councils - told`: the name the apposition describes.)
      const head = open > view.tokens[a]!.start ? describedHead(view, a, open, w) : null
      if (head) return {kind: 'name', start: head.start, end: head.end}
      if (open > view.tokens[a]!.start) return subjectBefore(view, from, open, w)
    }
  }
  let chosen: NameRun | null = null
  for (let n = firstNameAt(view.names, adjacent ? view.tokens[a]!.start : subjectFrom(view, a, lastEnd, w)); n < view.names.length; n++) {
    const run = view.names[n]!
    if (run.end > lastEnd) break
    if (possessiveAt(view.masked, run.end)) continue
    if (adjacent) {
      if (run.end === lastEnd) chosen = run
    } else if (!chosen || chosenIsWeak(view, chosen, n, a, lastEnd, w)) chosen = run
    // `Michael Howard pointed to how Tony Blair had complained`: the subject of the clause that holds the verb.
    else if (clauseBetween(view, chosen.end, run.start, w) && !/[,;:]/.test(view.masked.slice(run.end, to))) chosen = run
  }
  // `Jean-Paul Morin (UDI) a dénoncé`: a label in brackets right after a name (a party, a club) is not the subject; the name is.
  if (chosen) chosen = labelledName(view, chosen) ?? chosen
  if (!adjacent) {
    // A pronoun subject before the first name, or after a lone word opening the
    // sentence (`Enfin, elle conclut … que « … »`).
    const adverb = chosen !== null && chosen.words === 1 && chosen.sentenceInitial && chosen.start === view.tokens[a]!.start && /^,/.test(view.masked.slice(chosen.end, chosen.end + 1))
    for (let k = a; k < b; k++) {
      const t = view.tokens[k]!
      if (chosen && !adverb && t.start >= chosen.start) break
      if (w.pronouns.has(t.lower)) {
        // `he pointed to how Tony Blair had complained`: the name in the verb's clause.
        if (chosen && !adverb && clauseBetween(view, t.end, chosen.start, w) && !/[,;:]/.test(view.masked.slice(chosen.end, to))) break
        return {kind: 'pronoun', start: t.start, end: t.end}
      }
    }
  }
  // `the company said`, `the former monopoly said`, `The Commons education select committee called`: a description of an
  // organisation right before the verb, a name inside it only qualifying its noun.
  let body = organizationNounEndingAt(view, a, b - 1, w)
  // A qualified one not in a complement (`was quoted in the Herald newspaper saying`; `a source at the club told` is the club's).
  if (body > 0 && b - 1 - body >= 2 && w.prepositions.has(view.tokens[body - 1]!.lower)) body = -1
  if (chosen && body >= 0 && chosen.start >= view.tokens[body]!.start && chosen.end < last.start) return {kind: 'role', start: view.tokens[body]!.start, end: lastEnd}
  if (chosen) {
    // `le président de Jokoo Sénégal a exprimé`: a name in the complement of a role is not the subject; the role is.
    // The capitalised words the name was cut from (`de Jokoo Sénégal/Deutschland` → `Sénégal/Deutschland`).
    let first = firstTokenAt(view.tokens, chosen.start)
    // A name opening inside a word (`l’Israel` read with a locale whose elisions do not split it): the word that holds it.
    if (first > 0 && (first === view.tokens.length || view.tokens[first]!.start > chosen.start) && view.tokens[first - 1]!.end > chosen.start) first--
    while (first > a && isCapitalised(view.tokens[first - 1]!.text) && /^[ \u00a0\u202f/&]$/.test(view.masked.slice(view.tokens[first - 1]!.end, view.tokens[first]!.start))) first--
    if (w.prepositions.has(wordBeforeAt(view, view.tokens[first]!.start, view.tokens[a]!.start, w))) {
      const role = roleBefore(view, a, first, w)
      if (role >= 0) {
        let s = role
        while (s > a && (isRoleWord(view.tokens[s - 1]!.lower, w) || w.determiners.has(view.tokens[s - 1]!.lower))) s--
        // The role phrase ends with the name, not at a verb after it (`L'ex présentateur du JT lui a rendu … :`).
        let roleEnd = lastEnd
        for (let j = firstTokenAt(view.tokens, chosen.end); j < b; j++) if (w.auxiliaries.has(view.tokens[j]!.lower) || w.verbs.has(view.tokens[j]!.lower)) roleEnd = chosen.end
        return {kind: 'name', start: chosen.start, end: chosen.end, roleOf: {start: view.tokens[s]!.start, end: roleEnd}}
      }
    }
    return {kind: 'name', start: chosen.start, end: chosen.end}
  }
  // A role or an organisation noun ending right before the verb; or a voice noun (`the report said`, `the statement added`):
  // the body it speaks for is found when the speaker is resolved.
  // (Or a noun naming a person by what they do or their age after a determiner: `the 23-year-old wrote`, `the economist said`.)
  const agent = b - 2 >= a && agentNounAt(last.lower, view.tokens[b - 2]!.lower, w) && isSpaces(view.masked.slice(view.tokens[b - 2]!.end, last.start))
  // (Or an unnamed group that is the whole subject, a qualifier or two before it: `"…," officials said`, `local residents
  // said`; not a group in a clause before the verb, `The MP, who is consulting his lawyers, told`.)
  const group = w.unnamedGroups.has(last.lower) && b - a <= 3 && !/[^\p{Ll}\s-]/u.test(view.masked.slice(view.tokens[a]!.start, lastEnd))
  if (w.roleWords.has(last.lower) || w.voiceRoles.has(last.lower) || agent || group) {
    let s = b - 1
    while (s > a && (w.roleWords.has(view.tokens[s - 1]!.lower) || w.determiners.has(view.tokens[s - 1]!.lower))) s--
    // `the Russian president`, `the new coach`: one or two qualifying words between the determiner and the role.
    if (!w.determiners.has(view.tokens[s]!.lower)) {
      // Or up to four when the words further back are a capitalised name (`a US Embassy spokesman`, `the Home Office press officer`).
      for (let j = s - 1; j >= a && j >= s - 4; j--) {
        const t = view.tokens[j]!
        if (w.determiners.has(t.lower)) {
          if (!/[,;:.!?()]/.test(view.masked.slice(t.end, view.tokens[s]!.start))) s = j
          break
        }
        if (w.verbs.has(t.lower) || w.auxiliaries.has(t.lower) || w.pronouns.has(t.lower)) break
        // (Two lower-case words at most, the first maybe a qualifier of the role: `the former cabinet secretary`.)
        if (s - j >= 2 && !isCapitalised(t.text) && !(s - j === 2 && w.roleQualifiers.has(t.lower))) break
      }
    }
    return {kind: 'role', start: view.tokens[s]!.start, end: lastEnd}
  }
  if (body >= 0) return {kind: 'role', start: view.tokens[body]!.start, end: lastEnd}
  if (!adjacent) {
    const t = view.tokens[a]!
    if (w.pronouns.has(t.lower)) return {kind: 'pronoun', start: t.start, end: t.end}
  }
  return null
}

/** An opening bracket ending the text before a name (`Morin (`), and the name before it. */
const OPEN_BRACKET_END = /[ \u00a0]*\([ \u00a0]*$/
/** A closing bracket opening the text after a name. */
const CLOSE_BRACKET_START = /^[ \u00a0]*\)/

/** The name run right before the brackets holding run `label` (`Jean-Paul Morin` of `Jean-Paul Morin (UDI)`), else null. */
function labelledName(view: BlockView, label: NameRun): NameRun | null {
  const open = OPEN_BRACKET_END.exec(view.masked.slice(Math.max(0, label.start - 4), label.start))
  if (!open || !CLOSE_BRACKET_START.test(view.masked.slice(label.end, label.end + 3))) return null
  const n = firstNameAt(view.names, label.start) - 1
  const before = view.names[n]
  return before && before.end === label.start - open[0].length ? before : null
}

/** Most words of the title in front of a name in apposition (`l’ayatollah`, `le général de brigade`). */
const APPOSED_TITLE_WORDS = 3

/**
 * Whether the words from the comma at offset `comma` to offset `at` (where a
 * name starts) are a title with its article (`Le guide suprême, l’ayatollah
 * Ali Khamenei,`, `Le chef de l'armée, le général Ali Dia,`): a few words,
 * each a determiner or a role word (an elided article glued to it, or not).
 */
function titledApposition(view: BlockView, comma: number, at: number, w: CueWords): boolean {
  const a = firstTokenAt(view.tokens, comma + 1)
  const b = firstTokenAt(view.tokens, at)
  if (b <= a || b - a > APPOSED_TITLE_WORDS || !isRoleWord(view.tokens[b - 1]!.lower, w)) return false
  for (let k = a; k < b; k++) {
    const lower = view.tokens[k]!.lower
    if (!w.determiners.has(lower) && !isRoleWord(lower, w)) return false
  }
  return true
}

/**
 * The name opening a clause joined to the sentence after a comma by a word joining clauses (`…, but Christoph Caselitz,
 * president of the mobile networks division at the firm says`), its apposition's closing comma missing
 * (`openAppositionHead`); null when tokens `a` to `b` hold no such clause.
 */
function joinedAppositionHead(view: BlockView, a: number, b: number, end: number, w: CueWords): NameRun | null {
  // The last connector after a comma, within the apposition's reach of the verb.
  for (let k = b - 1; k > a && k >= b - OPEN_APPOSITION_WORDS - 6; k--) {
    const t = view.tokens[k]!
    if (!w.sentenceConnectors.has(t.lower) || !/,[\s\u00a0\u202f]*$/.test(view.masked.slice(view.tokens[k - 1]!.end, t.start))) continue
    return k + 1 < b ? openAppositionHead(view, k + 1, end, w) : null
  }
  return null
}

/** Most words of an apposition whose closing comma is missing (`a fund manager at Perpetual Trustees`). */
const OPEN_APPOSITION_WORDS = 10

/** Marks that end an apposition before its verb could: a comma, a clause's stop, a bracket, a quote, a dash. */
const OPEN_APPOSITION_STOP = lazy(STOP_MARKS + '|\\s-\\s', '')

/**
 * The name opening the clause at token `a` when an apposition set off by one
 * comma runs from it to `end` (before the verb), its closing comma missing:
 * `Howard Archer, economist at Global Insight said`, `However, Matt Williams,
 * a fund manager at Perpetual Trustees said`, `Colin Asplin, Blackpool Hotel
 * Association said`. The apposition describes the name: a role, a noun naming
 * what someone does, a determiner or a preposition in it; or else it is the
 * name of an organisation (its last word an organisation noun's, not a list of
 * names nor a second subject). Not a clause (a verb, a pronoun, `who`). The
 * name is of two words or more, or titled (`Dr Gibbons`): one capitalised word
 * before a comma is as often an opening adverb (`Separately, the firm said`);
 * and all its words are capitalised, as a phrase opening the sentence may be
 * read as a name (`Invité de France Info, le député LREM de Paris X a estimé`).
 */
function openAppositionHead(view: BlockView, a: number, end: number, w: CueWords): NameRun | null {
  const head = clauseHead(view, a, end, w)
  if (!head || (head.run.words < 2 && !head.titled) || view.masked[head.run.end] !== ',' || !isSpaces(view.masked[head.run.end + 1] ?? '')) return null
  const {run} = head
  const tokens = view.tokens
  if (OPEN_APPOSITION_STOP().test(view.masked.slice(run.end + 1, end))) return null
  const s = firstTokenAt(tokens, run.end + 1)
  const b = firstTokenAt(tokens, end)
  const described = describes(view, s, b, w)
  if (described !== false) return described ? run : null
  // A name alone describes only as an organisation's (`Blackpool Hotel Association`), not a list (`Credit Suisse, Deutsche
  // Bank and UBS said`) nor a second subject (`International Monetary Fund, Balladur said`).
  const last = nameEndingAt(view, tokens[b - 1]!.end)
  return run.words >= 2 && last?.start === tokens[s]!.start && w.organizationHeads.has(tokens[b - 1]!.lower) ? run : null
}

/**
 * The name opening the clause at token `a`, before `end`, and whether a title
 * stands before it (`Dr Gibbons`); null when other words come first or the
 * name holds a word in lower case (`Invité de France Info`, a phrase).
 */
function clauseHead(view: BlockView, a: number, end: number, w: CueWords): {run: NameRun; titled: boolean} | null {
  const tokens = view.tokens
  const k = firstTokenAt(tokens, subjectFrom(view, a, end, w))
  const first = tokens[k]
  if (!first || first.start >= end) return null
  const run = view.names[firstNameAt(view.names, first.start)]
  if (!run || run.end >= end) return null
  // Only courtesy titles and roles before the name (`Dr`, `Professor`).
  let titled = false
  for (let j = k; j < tokens.length && tokens[j]!.end <= run.start; j++) {
    const x = withoutFullStop(tokens[j]!.lower)
    if (!w.roleWords.has(x) || !isCapitalised(tokens[j]!.text)) return null
    titled = true
  }
  // Capitalised words only: `Invité de France Info, le député X a estimé` opens with a phrase, not a name.
  if (!run.text.split(/\s+/).every(isCapitalised)) return null
  return {run, titled}
}

/**
 * Whether tokens `s` to `b` (at most OPEN_APPOSITION_WORDS) describe a name
 * before them: true when a role, a noun naming what someone does, a
 * determiner or a preposition is among them, false when they are names only,
 * null when they are no apposition (a verb, a pronoun, a clause word).
 */
function describes(view: BlockView, s: number, b: number, w: CueWords): boolean | null {
  if (b <= s || b - s > OPEN_APPOSITION_WORDS) return null
  let described = false
  for (let j = s; j < b; j++) {
    const t = view.tokens[j]!
    const x = t.lower
    // `and` joins two roles (`PTC president and conservative activist`) or stands in a name (`the Transport and General Workers union`).
    if (w.coordinators.has(x)) continue
    if (w.verbsAndAuxiliaries.has(x) || w.pronouns.has(x) || w.clauseWords.has(x) || w.sentenceConnectors.has(x)) return null
    if (!isCapitalised(t.text) && (w.roleWords.has(x) || w.determiners.has(x) || w.prepositions.has(x) || agentNounAt(x, null, w))) described = true
  }
  return described
}

/**
 * The name opening the clause at token `a` when a relative clause set off by
 * commas follows it, maybe after an apposition, and ends before `end` (the
 * comma before the verb): `Dr Gibbons, who was a GP in Blaengwynfi, in the
 * Upper Afan Valley, said`, `Nick Davies, spokesman for the IAAF, which handed
 * out the bans, said`. The subject is that name, not the last one the clause
 * names (`Upper Afan Valley`, `IAAF`). One word is a name here (`Weitz, who`):
 * no opening adverb takes a relative clause.
 */
function relativeHead(view: BlockView, a: number, end: number, w: CueWords): NameRun | null {
  const head = clauseHead(view, a, end, w)
  if (!head || view.masked[head.run.end] !== ',') return null
  const {run} = head
  const tokens = view.tokens
  let s = firstTokenAt(tokens, run.end + 1)
  if (w.relativePronouns.has(tokens[s]?.lower ?? '')) return tokens[s]!.end < end ? run : null
  // An apposition first, between commas.
  const comma = view.masked.indexOf(',', run.end + 1)
  if (comma < 0 || comma >= end || (run.words < 2 && !head.titled) || OPEN_APPOSITION_STOP().test(view.masked.slice(run.end + 1, comma))) return null
  if (describes(view, s, firstTokenAt(tokens, comma), w) !== true) return null
  s = firstTokenAt(tokens, comma + 1)
  return w.relativePronouns.has(tokens[s]?.lower ?? '') && tokens[s]!.end < end ? run : null
}

/** Most comma-separated parts of an apposition after a name (`MP for Henley-on-Thames, Oxfordshire`). */
const DESCRIBED_PARTS = 3

/**
 * The name opening the clause at token `a` when an apposition set off by a
 * comma after it describes it and runs to `end` (before the verb, or the comma
 * or dash before it): `Mr Johnson, MP for Henley-on-Thames, Oxfordshire,
 * said`, `Jane Hart, director, of Hart Consulting - a firm … - told`. The
 * first part of the apposition describes (a role, a preposition, a
 * determiner); the parts after its commas describe too or are names only (a
 * place qualifying it, `Oxfordshire`), never a clause. The name is of two
 * words or more, or titled, as for `openAppositionHead`.
 */
function describedHead(view: BlockView, a: number, end: number, w: CueWords): NameRun | null {
  const head = clauseHead(view, a, end, w)
  if (!head || (head.run.words < 2 && !head.titled) || view.masked[head.run.end] !== ',') return null
  const tokens = view.tokens
  const parts = view.masked.slice(head.run.end + 1, end).split(',')
  if (parts.length > DESCRIBED_PARTS) return null
  let at = head.run.end + 1
  for (let p = 0; p < parts.length; at += parts[p]!.length + 1, p++) {
    const part = parts[p]!
    if (part.trim() === '' || OPEN_APPOSITION_STOP().test(part)) return null
    const described = describes(view, firstTokenAt(tokens, at), firstTokenAt(tokens, at + part.length), w)
    if (described === null || (p === 0 && !described)) return null
  }
  return head.run
}

/**
 * Where the subject of the clause opening at token `a` may start, before
 * index `to`: after the first comma when the sentence opens with a phrase that
 * is not a name, a determiner or a pronoun (`Devant la presse, un Trump agacé`,
 * `Alors que la Cour suprême le réhabilite, Saliou Samb`, `Speaking on the
 * Senate floor, Senator Mark Warner`); else at token `a`.
 */
function subjectFrom(view: BlockView, a: number, to: number, w: CueWords): number {
  const tokens = view.tokens
  const first = tokens[a]!
  if (!isCapitalised(first.text) || (nameStartingAt(view, first.start) && !openingFunctionWord(first.lower, w)) || w.determiners.has(first.lower) || w.pronouns.has(first.lower) || w.roleWords.has(first.lower)) return first.start
  // `Selon lui, …`: a cue phrase names the source itself.
  if (cuePhraseAt(view, a, w) > 0) return first.start
  // `Pour Fabien Roussel, …`, `Pour l’économiste Seydou Bocoum, …`: a source preposition before a name (up to two words between) gives the speaker.
  if (w.sourcePrepositions.has(first.lower) || (w.prepositions.has(first.lower) && tokens[a + 1] && nameStartingAt(view, tokens[a + 1]!.start))) {
    for (let j = a + 1; j <= a + 3 && j < tokens.length; j++) {
      const t = tokens[j]!
      if (/,/.test(view.masked.slice(tokens[j - 1]!.end, t.start))) break
      if (nameStartingAt(view, t.start) || nameStartingAt(view, t.start + bareOffset(t.text))) return first.start
      if (!charIs('lower', t.text)) break
    }
  }
  // The first comma after which a subject starts: a name, a determiner or a pronoun (not `, qui`, `, très impliquée`),
  // within an opening phrase of at most OPENING_CHARS characters and before any colon, quote or bracket.
  const limit = Math.min(to, first.end + OPENING_CHARS)
  const subordinate = w.clauseWords.has(first.lower) || w.clauseWords.has(tokens[a + 1]?.lower ?? '')
  for (let i = first.end; i < limit; i++) {
    const c = view.masked[i]!
    if (STOP_OPENING.test(c)) return first.start
    if (c !== ',') continue
    // A speech verb before the comma, after the opening words (`L’ancien conseiller dénonce …, selon lui, …`): the clause is the main one.
    // Not in a subordinate clause (`Alors que les recherches se poursuivent,`).
    if (!subordinate && verbBetween(view, a + 2, i, w)) return first.start
    const next = tokens[firstTokenAt(tokens, i)]
    if (!next || next.start >= to) return first.start
    if (nameStartingAt(view, next.start) || (w.determiners.has(next.lower) && !w.prepositions.has(next.lower)) || w.pronouns.has(next.lower) || w.roleWords.has(next.lower)) return i
  }
  return first.start
}

/**
 * Whether a word opening a sentence is a function word, not a name, however it
 * is capitalised: a conjunction (`Mais`, `When`), a preposition (`Dans`, `After`).
 */
function openingFunctionWord(lower: string, w: CueWords): boolean {
  return w.clauseWords.has(lower) || w.prepositions.has(lower) || w.sentenceConnectors.has(lower) || w.sharedSubjectMarkers.includes(lower)
}

/**
 * Whether a verb stands among the words of `view` from token `k` to block index `to`: a speech verb (`isVerbAt`), or
 * with `auxiliaries` any word of `verbsAndAuxiliaries` (`is`, `a`: a predicate, whatever its verb).
 */
export function verbBetween(view: BlockView, k: number, to: number, w: CueWords, auxiliaries = false): boolean {
  for (; k < view.tokens.length && view.tokens[k]!.start < to; k++) {
    if (auxiliaries ? w.verbsAndAuxiliaries.has(view.tokens[k]!.lower) : isVerbAt(view, k, w)) return true
  }
  return false
}

/** Length of an elided article or preposition glued to a word (`l’` in `l’économiste`), else 0. */
function bareOffset(word: string): number {
  return isElided(word.slice(0, 2).toLowerCase()) ? 2 : 0
}

/** Longest phrase opening a sentence before its subject (`Speaking on the Senate floor,`), in characters. */
const OPENING_CHARS = 200

/** Marks that end an opening phrase before its comma could (a colon, a quote, a bracket). */
const STOP_OPENING = /[;:.!?()«»“”"]/

/**
 * The subject that ends at `to` (before an apposition or a verb): a pronoun,
 * a name, or a noun phrase with a determiner (`un psychiatre infantile`, `the
 * legal submission`) given as a role, which names nobody unless the
 * article gave that role to someone.
 */
function subjectBefore(view: BlockView, from: number, to: number, w: CueWords): Mention | null {
  const a = firstTokenAt(view.tokens, from)
  const b = firstTokenAt(view.tokens, to)
  if (b <= a) return null
  const last = view.tokens[b - 1]!
  if (w.pronouns.has(last.lower)) return {kind: 'pronoun', start: last.start, end: last.end}
  const run = nameEndingAt(view, last.end)
  if (run) return {kind: 'name', start: run.start, end: run.end}
  if (last.text.length < 3 || CONJUNCTIONS.has(last.lower)) return null
  for (let k = b - 1; k >= a && k >= b - 5; k--) {
    const t = view.tokens[k]!
    if (w.determiners.has(t.lower) || isElided(t.lower)) {
      // Only a noun phrase that opens its clause is a subject.
      const before = view.masked.slice(k > a ? view.tokens[k - 1]!.end : from, t.start)
      if (k > a && !/[,;:]/.test(before)) return null
      return {kind: 'role', start: t.start, end: last.end}
    }
    if (isCapitalised(t.text) && k < b - 1) break
  }
  return null
}

/**
 * A demonstrative phrase of two or three words (`ce dernier`, `the latter
 * two`) from token `k`, ending by index `end`, as a mention; else null.
 */
function demonstrativeFrom(view: BlockView, k: number, end: number, w: CueWords): Mention | null {
  let phrase = view.tokens[k]?.lower ?? ''
  let found: Mention | null = null
  for (let j = k + 1; j < k + 3 && j < view.tokens.length && view.tokens[j]!.end <= end; j++) {
    phrase += ' ' + view.tokens[j]!.lower
    if (w.demonstratives.has(phrase)) found = {kind: 'role', start: view.tokens[k]!.start, end: view.tokens[j]!.end}
  }
  if (!found) return null
  // Not a determiner before a noun (`selon ce dernier quotidien`): the next word, in the same phrase, is a verb or none.
  const next = view.tokens[firstTokenAt(view.tokens, found.end)]
  if (next && !/[,;:.!?«»“”"()]/.test(view.masked.slice(found.end, next.start)) && charIs('lower', next.text) && !w.verbs.has(next.lower) && !w.auxiliaries.has(next.lower) && !w.pronouns.has(next.lower)) return null
  return found
}

/** First index of `names` whose start is at or after `at` (names are in order). */
function firstNameAt(names: readonly NameRun[], at: number): number {
  return tokenAt(names, at)
}

/** The name run that starts at `at`, if any. */
function nameStartingAt(view: BlockView, at: number): NameRun | undefined {
  const r = view.names[firstNameAt(view.names, at)]
  return r && r.start === at ? r : undefined
}

/** The name run that ends at `at`, if any (runs do not overlap). */
export function nameEndingAt(view: BlockView, at: number): NameRun | undefined {
  const k = firstNameAt(view.names, at) - 1
  const r = view.names[k]
  return r && r.end === at ? r : undefined
}

/** Most lower-case words before the name of where words were said (`auprès de l'`), and most words of that name. */
const OUTLET_LEAD = 3
const OUTLET_WORDS = 4

/**
 * The index of the token after a phrase naming where words were said, when it
 * comes between the speech verb and a definite description (`a écrit sur
 * Facebook l'élue`, `interroge auprès de l'AFP le député`, `justifiait sur les
 * lieux le préfet`): a few lower-case words, one a preposition, then maybe
 * capitalised words (`l'AFP` is one), then a determiner or a role glued to an
 * elided one. Token `k` (the first after the verb) otherwise.
 */
function afterOutlet(view: BlockView, k: number, end: number, w: CueWords): number {
  const tokens = view.tokens
  // A subject right after the verb (`a dit le chef du Kremlin aux …`) is no place.
  if (!tokens[k] || (w.determiners.has(tokens[k]!.lower) && !w.prepositions.has(tokens[k]!.lower))) return k
  let j = k
  let preposition = false
  for (; j < tokens.length && j - k < OUTLET_LEAD && !capitalAt(tokens[j]!); j++) preposition ||= w.prepositions.has(tokens[j]!.lower)
  if (!preposition) return k
  const name = j
  for (; j < tokens.length && j - name < OUTLET_WORDS && capitalAt(tokens[j]!); j++) if (!isSpaces(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start))) return k
  const t = tokens[j]
  if ((j === name && j - k < 2) || !t || t.start >= end || !isSpaces(view.masked.slice(tokens[j - 1]!.end, t.start))) return k
  // (Or an organisation noun glued to its elided article: `a répété à l'AFP l'état-major`.)
  return (w.determiners.has(t.lower) && !w.prepositions.has(t.lower)) || isRoleWord(t.lower, w) || (isElided(t.lower) && w.organizationNounsByLast.get(t.lower)?.some((noun) => noun.length === 1) === true) ? j : k
}

/** Whether a token is capitalised, after an elided article (`l'AFP`). */
function capitalAt(t: Token): boolean {
  return charIs('upper', t.text, isElided(t.lower) ? 2 : 0)
}

/** First index of `tokens` whose start is at or after `at`. */
export function firstTokenAt(tokens: readonly Token[], at: number): number {
  return tokenAt(tokens, at)
}

/**
 * Attribution after a quote: in the words `from`–`to` (the rest of the
 * sentence after the closing mark), the first speech verb, inverted verb or
 * cue phrase within a few words. `», a plaidé le Général Sadio Camara` and
 * `" said Mr Smith` name the speaker after the verb; `" he said` and
 * `", Moore told the audience` before it; `», a-t-il expliqué` in the verb.
 */
export function attributionAfter(view: BlockView, from: number, to: number, w: CueWords): Attribution | null {
  const a = firstTokenAt(view.tokens, from)
  for (let k = a; k < view.tokens.length && k < a + 14; k++) {
    const t = view.tokens[k]!
    if (t.start >= to) break
    // Right after the quote, an inverted subject attributes it whatever the verb, after a punctuation mark (`», asséné-t-il`,
    // not `des « gilets jaunes » vont-elles avoir`).
    const inv = invertedAt(view, k, w, k - a <= 1 && /[,.!?…]/.test(view.masked.slice(Math.max(0, from - 2), t.start)))
    if (inv) {
      if (k - a > 4) return null
      return {cue: {start: t.start, end: inv.verbEnd}, speaker: inv.pronoun}
    }
    const phrase = cuePhraseAt(view, k, w)
    if (phrase > 0) {
      const end = view.tokens[k + phrase - 1]!.end
      return {cue: {start: t.start, end}, speaker: mentionAfter(view, end, to, w, true)}
    }
    if (!isVerbAt(view, k, w)) continue
    // Auxiliaries before the verb belong to the cue (`a plaidé`, `has said`).
    let s = k
    s = verbLeadStart(view, s, a, w)
    const cue = {start: view.tokens[s]!.start, end: t.end}
    const gapBefore = view.masked.slice(s > a ? view.tokens[s - 1]!.end : from, view.tokens[s]!.start)
    // A capitalised verb right after the quote with no comma opens a sentence the scraper lost the full stop of
    // (`…five years" Asked about waiting lists, she said`), not the quote's attribution; a lower-case word after it tells it
    // from a headline in title case (`'Rates Will Rise' Says Minister`).
    const next = view.tokens[k + 1]
    if (s === a && s === k && charIs('upper', t.text) && !/,/.test(gapBefore) && next !== undefined && charIs('lower', next.text)) return null
    // A passive participle (`soutenu par`, `cited by`) is not an attribution.
    const after = view.tokens[k + 1]
    // (Not across a full stop: `Wolfgang Clement said. By 2010, …`.)
    if (after && w.determiners.has(after.lower) === false && w.agentMarkers.has(after.lower) && isBlank(view.masked.slice(t.end, after.start))) return null
    // `attacked "false" tabloids, questioning their honesty after they reported …`: a verb whose subject a subordinator
    // opens heads a clause of its own, not the quote's attribution.
    const own = s > a && w.subordinators.size > 0 ? mentionBefore(view, from, view.tokens[s]!.start, w, true) : null
    if (own && subordinateAt(view, own.start, w)) return null
    const opensWithSpeaker = s > a && (w.pronouns.has(view.tokens[a]!.lower) || nameStartingAt(view, view.tokens[a]!.start) !== undefined)
    if (opensWithSpeaker) {
      const speaker = mentionBefore(view, from, view.tokens[s]!.start, w, false)
      if (speaker) return {cue, speaker}
    }
    // `", the mayor told CNN`: the name after `told` is who is spoken to.
    const spokenTo = w.addresseeVerbs.has(t.lower)
    if ((s === a || /,/.test(gapBefore)) && !spokenTo) {
      const speaker = mentionAfter(view, t.end, to, w) ?? subjectAfterIncise(view, t.end, to, w)
      // `the "ticking bomb" of council tax, saying it was …`: a pronoun that only stands for a thing or a body (`it`, not
      // `she`) after a present participle is the subject of the words reported, not who speaks (the participle's subject
      // stands before it); the quote is left to the other readings.
      if (speaker?.kind === 'pronoun' && s === k && thingPronounAt(view, speaker.start, w) && isParticiple(t.lower, w)) return null
      if (speaker || s === a) return {cue, speaker}
      // `…, a annoncé la préfecture de police`: the subject follows the verb and names nobody.
      if (/,/.test(gapBefore) && w.determiners.has(view.tokens[k + 1]?.lower ?? '')) return {cue, speaker: null}
    }
    if (k - a > 9) return finalClause(view, from, to, w)
    const speaker = mentionBefore(view, from, view.tokens[s]!.start, w, false)
    // `X called this "…" but the government said …`: a verb with a subject of its own after a word joining clauses heads
    // the next clause, not the quote's (a pronoun there may be the same person: `"…", but he said`).
    if (speaker && speaker.kind !== 'pronoun' && w.sentenceConnectors.has(view.tokens[a]!.lower) && speaker.start > view.tokens[a]!.start) return null
    if (speaker) return {cue, speaker}
    // `", ainsi que…, précise la police"`: a verb after a comma names its subject after it.
    if (/,/.test(gapBefore)) return {cue, speaker: spokenTo ? null : mentionAfter(view, t.end, to, w)}
    if (spokenTo && s === a) return {cue, speaker: null}
    return null
  }
  return finalClause(view, from, to, w) ?? inversionAfter(view, from, to, w)
}

/**
 * Whether a subordinator (`after`, `because`) stands right before index `at` of the block, white space between; capitalised
 * titles and roles the name run leaves out may stand between them (`when Mr Clarke had indicated`, `after Dr Reid said`).
 */
function subordinateAt(view: BlockView, at: number, w: CueWords): boolean {
  let k = firstTokenAt(view.tokens, at)
  let end = at
  for (let n = 0; n < 3 && k > 0; n++) {
    const t = view.tokens[k - 1]!
    if (!(charIs('upper', t.text) && w.roleWords.has(t.lower) && /^\.?[ \u00a0]+$/.test(view.masked.slice(t.end, end)))) break
    k--
    end = t.start
  }
  const before = k > 0 ? view.tokens[k - 1] : undefined
  return before !== undefined && w.subordinators.has(before.lower) && isSpaces(view.masked.slice(before.end, end))
}

/** Whether only white space stands between `view.tokens[k]` and the word after it. */
function spacedAfter(view: BlockView, k: number): boolean {
  return /^[\s\u00a0]+$/.test(view.masked.slice(view.tokens[k]!.end, view.tokens[k + 1]!.start))
}

/**
 * The index of the first word of a speech verb's lead ending before token `s`
 * (at or after token `a`): the auxiliaries before it (`a`, `s’est`) and the
 * incident adverbs among them (`a cependant averti`, `a au contraire assuré`,
 * `s’est par exemple félicitée`), each word followed by white space only.
 * An incident adverb counts only with an auxiliary before it. With
 * `anyGap`, an auxiliary right before the lead joins it whatever stands
 * between them (`a, cependant, averti` → `a`, not only `cependant, averti`).
 */
export function verbLeadStart(view: BlockView, s: number, a: number, w: CueWords, anyGap = false): number {
  let lead = s
  for (let k = s; k > a; ) {
    if (w.auxiliaries.has(view.tokens[k - 1]!.lower) && ((anyGap && k === lead) || spacedAfter(view, k - 1))) {
      lead = k = k - 1
      continue
    }
    if (!spacedAfter(view, k - 1)) break
    const phrase = w.incidentAdverbs.find((p) => k - p.length > a && p.every((x, i) => view.tokens[k - p.length + i]!.lower === x && (i === p.length - 1 || spacedAfter(view, k - p.length + i))))
    if (!phrase) break
    k -= phrase.length
  }
  return lead
}

/** The first word of the lead of the speech verb at token `k`: its auxiliaries and incident adverbs (`verbLeadStart`), an auxiliary right before the lead whatever the gap. */
function leadWithAdverbs(view: BlockView, k: number, a: number, w: CueWords): number {
  return verbLeadStart(view, k, a, w, true)
}

/** Whether a lower-case word is a present participle (`ajoutant`, `adding`): six letters at least, not a preposition. */
export function isParticiple(word: string, w: CueWords): boolean {
  return word.length >= 6 && !w.prepositions.has(word) && w.participleEndings.some((e) => word.endsWith(e))
}

/** Whether the token at index `at` of the block is a pronoun that stands for a body or a thing only (`it`, not `she` or `elle`). */
function thingPronounAt(view: BlockView, at: number, w: CueWords): boolean {
  const lower = view.tokens[firstTokenAt(view.tokens, at)]?.lower ?? ''
  return w.organizationPronouns.has(lower) && !w.personOrOrganizationPronouns.has(lower)
}

/** White space (removed from the gap between a quote and an inverted clause). */
const SPACES = lazy('[\\s\\u00a0\\u202f]+', 'g')

/** Most words from an inverted verb no list holds to the name after it (`», développe pour l'AFP le chanteur X.`). */
const INVERSION_WORDS = 6

/** A stop (or the end of the text) next, after white space: the words before end their sentence. */
const SENTENCE_END_NEXT = /^[\s\u00a0\u202f]*(?:[.;!?…]|$)/

/**
 * An attribution inverted right after a quote and a mark of `inversionMarks`
 * (French `,`), whatever its verb: a lower-case word with no hyphen that no
 * list holds as a function word (preposition, determiner, pronoun, clause
 * word, connective) nor opens a cue phrase, then a name within
 * INVERSION_WORDS words that ends the sentence (`», développe pour l'AFP le
 * chanteur Benjamin Biolay.`, `», met en lumière Aurélie Hannedouche.`,
 * `», parie Michael Maloney.`): the name is the speaker. Null when the words
 * after the quote are no such clause (`», du consul général à Djeddah.`,
 * `», par X.`).
 */
function inversionAfter(view: BlockView, from: number, to: number, w: CueWords): Attribution | null {
  const a = firstTokenAt(view.tokens, from)
  const t = view.tokens[a]
  if (!t || t.start >= to || !w.inversionMarks.has(view.masked.slice(from, t.start).replace(SPACES(), ''))) return null
  const lower = t.lower
  if (!allAre('lower', t.text) || lower.includes('-') || w.prepositions.has(lower) || w.determiners.has(lower) || w.pronouns.has(lower) || w.clauseWords.has(lower) || w.sentenceConnectors.has(lower) || w.coordinators.has(lower) || cuePhraseAt(view, a, w) > 0) return null
  const m = mentionAfter(view, t.end, to, w)
  if (!m || m.kind !== 'name' || firstTokenAt(view.tokens, m.start) - a > INVERSION_WORDS) return null
  // The name ends the sentence.
  if (!SENTENCE_END_NEXT.test(view.masked.slice(m.end, to + 1))) return null
  return {cue: {start: t.start, end: t.end}, speaker: m}
}

/** Most words in a phrase set between a verb and the subject after it (`a rétorqué, visage fermé, X`). */
const INCISE_WORDS = 5

/**
 * The subject after a verb when a short phrase between commas comes first
 * (`», a rétorqué, visage fermé, Nicolas Sarkozy`, `», a déclaré, mardi, le
 * ministre`): the name or role after the phrase's closing comma. The phrase
 * holds a few words, no verb and no word opening a clause; a pronoun after it
 * is not read.
 */
function subjectAfterIncise(view: BlockView, from: number, limit: number, w: CueWords): Mention | null {
  const open = /^[\s\u00a0\u202f]*,/.exec(view.masked.slice(from, from + 4))
  if (!open) return null
  const start = from + open[0].length
  const rest = view.masked.slice(start, Math.min(limit, start + 80))
  const stop = STOP_MARK().exec(rest)
  if (!stop || stop[0] !== ',') return null
  const close = start + stop.index
  const a = firstTokenAt(view.tokens, start)
  const b = firstTokenAt(view.tokens, close)
  if (b <= a || b - a > INCISE_WORDS) return null
  for (let k = a; k < b; k++) {
    const lower = view.tokens[k]!.lower
    if (isVerbAt(view, k, w) || w.clauseWords.has(lower) || w.clauseWords.has(lower.replace(/['’].*$/u, ''))) return null
  }
  const speaker = mentionAfter(view, close + 1, limit, w)
  return speaker && speaker.kind !== 'pronoun' ? speaker : null
}

/** Most words in a clause that attributes a whole sentence from its end (`, Tony Blair has said on Monday.`). */
const FINAL_CLAUSE_WORDS = 9

/**
 * The attribution that closes a sentence after its last comma, however far
 * from the quote (`A deal is of "fundamental importance" to the peace of the
 * world, Tony Blair has said.`, `…, a indiqué le ministre.`): a short clause
 * made of a speaker and a speech verb (either order), then at most a few words.
 */
function finalClause(view: BlockView, from: number, to: number, w: CueWords): Attribution | null {
  // `b`: the first word at or after `to`. The clause after the last comma has at most
  // FINAL_CLAUSE_WORDS words, so that comma comes after the start of word `b - FINAL_CLAUSE_WORDS - 1`:
  // the search back stops there (a sentence without end, `« a » « a » …`, would make it quadratic).
  const b = firstTokenAt(view.tokens, to)
  const limit = b > FINAL_CLAUSE_WORDS ? Math.max(from, view.tokens[b - FINAL_CLAUSE_WORDS - 1]!.start) : from
  let comma = to - 1
  while (comma >= limit && view.masked[comma] !== ',') comma--
  if (comma < limit) return null
  const a = firstTokenAt(view.tokens, comma + 1)
  if (b <= a || b - a > FINAL_CLAUSE_WORDS) return null
  for (let k = a; k < b; k++) {
    const t = view.tokens[k]!
    const inv = invertedAt(view, k, w)
    if (inv) return k === a ? {cue: {start: t.start, end: inv.verbEnd}, speaker: inv.pronoun} : null
    if (!isVerbAt(view, k, w)) continue
    if (b - k > 5) return null
    const s = leadWithAdverbs(view, k, a, w)
    const cue = {start: view.tokens[s]!.start, end: t.end}
    const speaker = s > a ? mentionBefore(view, comma + 1, view.tokens[s]!.start, w, true) : w.addresseeVerbs.has(t.lower) ? null : mentionAfter(view, t.end, to, w)
    return speaker ? {cue, speaker} : null
  }
  return null
}

/**
 * Attribution before a quote: in the words `from`–`to` (the sentence up to
 * the opening mark), the last speech verb or cue phrase, and its subject:
 * the mention right before the verb, else the first of the sentence
 * (`Amadou Ba dément … et accuse Madiambal :` → `Amadou Ba`). With
 * `anyMention`, a sentence with no verb still gives its first name (an
 * introduction ending with a colon).
 */
export function attributionBefore(view: BlockView, from: number, to: number, w: CueWords, anyMention: boolean): Attribution | null {
  let a = firstTokenAt(view.tokens, from)
  const b = firstTokenAt(view.tokens, to)
  // An introduction (`X a poursuivi en évoquant … :`) is led by its first verb; a
  // sentence that weaves a quote in, by the verb nearest the quote.
  if (anyMention && a < b) {
    // Not a verb of a phrase opening the sentence (`Alors que les recherches se poursuivent, sa famille … :`).
    const subject = firstTokenAt(view.tokens, subjectFrom(view, a, to, w))
    if (subject > a && subject < b) a = subject
    // Nor the verb of a clause opening it with no comma to close it (`When asked if … Owen said:`): the verb nearest the quote leads.
    const subordinate = w.clauseWords.has(view.tokens[a]!.lower) && charIs('upper', view.tokens[a]!.text)
    for (let k = Math.max(a, b - 40); k < b && !subordinate; k++) {
      if (!isVerbAt(view, k, w)) continue
      const s = leadWithAdverbs(view, k, a, w)
      // `…, écrit Le Parisien, « … »`, `…, writes The Guardian, "…"`: a verb set off by a comma, its subject named right after
      // it, up to the quote, is an incise: that name speaks (not a noun phrase opening the sentence).
      // (Not the one told: `…, he told BBC News, "…"`.)
      if (s > a && !w.addresseeVerbs.has(view.tokens[k]!.lower) && /,[\s\u00a0\u202f]*$/.test(view.masked.slice(view.tokens[s - 1]!.end, view.tokens[s]!.start))) {
        const after = mentionAfter(view, view.tokens[k]!.end, to, w)
        if (after?.kind === 'name' && /^[\s\u00a0\u202f]*[,:]?[\s\u00a0\u202f]*$/.test(view.masked.slice(after.end, to))) return {cue: {start: view.tokens[s]!.start, end: view.tokens[k]!.end}, speaker: after}
        // (Or any subject a comma closes, the sentence going on: `…, explique le quotidien régional, avant de préciser que « … »`.)
        if (after && closesIncise(view, after)) return {cue: {start: view.tokens[s]!.start, end: view.tokens[k]!.end}, speaker: after}
      }
      const speaker = s > a ? mentionBefore(view, from, view.tokens[s]!.start, w, true) : null
      if (speaker) return laterClauseLead(view, from, k, b, w) ?? {cue: {start: view.tokens[s]!.start, end: view.tokens[k]!.end}, speaker: coordinatedHead(view, speaker, from, w)}
    }
  }
  for (let k = b - 1; k >= a && k >= b - 40; k--) {
    const t = view.tokens[k]!
    const inv = invertedAt(view, k, w)
    if (inv) return {cue: {start: t.start, end: inv.verbEnd}, speaker: inv.pronoun}
    const phrase = cuePhraseAt(view, k, w)
    if (phrase > 0) {
      const end = view.tokens[k + phrase - 1]!.end
      const speaker = mentionAfter(view, end, to, w, true)
      if (speaker) return {cue: {start: t.start, end}, speaker}
      // `selon un courrier consulté par l'AFP`: a source phrase whose document's author is not named.
      if (readerBetween(view, end, to, w)) return {cue: {start: t.start, end}, speaker: null}
      continue
    }
    if (!isVerbAt(view, k, w)) continue
    // `a-t-il dit`: the inverted auxiliary before the verb.
    const invAux = k > a ? invertedAt(view, k - 1, w) : null
    if (invAux && invAux.verbEnd === t.end) return {cue: {start: view.tokens[k - 1]!.start, end: t.end}, speaker: invAux.pronoun}
    const s = leadWithAdverbs(view, k, a, w)
    const cue = {start: view.tokens[s]!.start, end: t.end}
    const verbStart = view.tokens[s]!.start
    // `», pointe la parlementaire, qui plaide pour une « … »`: the verb of a relative clause set off by a comma has the
    // subject its relative pronoun stands for, the mention right before that comma.
    const relative = s > a ? view.tokens[s - 1]! : undefined
    if (relative && w.subjectRelatives.has(relative.lower) && RELATIVE_COMMA().test(view.masked.slice(from, relative.start))) {
      const head = mentionBefore(view, from, view.masked.lastIndexOf(',', relative.start), w, true)
      if (head && !reportingBefore(view, a, head.start, w)) return {cue, speaker: coordinatedHead(view, head, from, w)}
    }
    // `ce qu'il qualifie de « … »`, `une administration qu'elle juge « … »`: a subject pronoun elided onto the relative
    // word right before the verb (`qu'il`) is its subject (not an indefinite `qu'on`).
    const elided = s > a ? elidedPronounAt(view, s - 1, w) : null
    if (elided) return {cue, speaker: elided}
    // `L'Est de la Charente a été touché, explique le quotidien régional, avant de préciser que « … »`: a verb set off by
    // a comma, its subject right after it and a comma closing that subject (an incise; a word or two in lower case may
    // end the subject), has that subject, not a name before the comma.
    if (s > a && /,[\s\u00a0\u202f]*$/.test(view.masked.slice(view.tokens[s - 1]!.end, verbStart))) {
      const after = mentionAfter(view, t.end, to, w)
      if (after && closesIncise(view, after)) return {cue, speaker: after}
    }
    // `The pop star said it would be a "…", and called his music "…"`: a verb joined by a coordinating conjunction to
    // an earlier speech verb shares that verb's subject, not a pronoun of the clause that verb reports.
    const coordinated = s > a ? view.tokens[s - 1]! : undefined
    const shared =
      coordinated && CONJUNCTIONS.has(coordinated.lower) && !w.clauseWords.has(coordinated.lower) && !w.relativePronouns.has(coordinated.lower) && coordinated.start > from
        ? () => attributionBefore(view, from, coordinated.start, w, false)?.speaker ?? null
        : () => null
    let speaker =
      mentionBefore(view, from, verbStart, w, true) ??
      (s > a && !/,\s*$/.test(view.masked.slice(from, verbStart)) ? subjectBefore(view, from, verbStart, w) : null) ??
      shared() ??
      mentionBefore(view, from, verbStart, w, false)
    // `le directeur général, accusé par X de « … » pour avoir assuré que « … »`: the agent of a past participle is no
    // subject of the verb after it; the one the participle describes, named before it, is.
    const agent = speaker?.kind === 'name' ? passiveAgentAt(view, speaker.start, from, w) : -1
    if (agent >= 0) speaker = mentionBefore(view, from, agent, w, true) ?? mentionBefore(view, from, agent, w, false)
    // `Jean Dupont et Marie Durand ont déclaré : « … »`: two people speaking together are credited to the first named.
    if (speaker) speaker = coordinatedHead(view, speaker, from, w)
    // `The Tory leader said …, but admitted it was "…"`: a verb joined to an earlier one shares its subject.
    const joined = s > a ? view.tokens[s - 1]! : undefined
    if (!speaker && joined && CONJUNCTIONS.has(joined.lower) && joined.start > from) {
      speaker = attributionBefore(view, from, joined.start, w, false)?.speaker ?? null
    }
    if (speaker || w.addresseeVerbs.has(t.lower)) return {cue, speaker}
    // `Les professionnels de la viande ont appelé vendredi le président X à « … »`: after a subject of common nouns (a
    // determiner first, no comma before the verb) a name or role after the verb is its object, not who speaks (a
    // pronoun there opens the clause reported, its subject's: `The chancellor … insisted he would not be "…"`).
    const after = mentionAfter(view, t.end, to, w)
    const nounSubject = s > a && w.determiners.has(view.tokens[a]!.lower) && !w.prepositions.has(view.tokens[a]!.lower) && !/,[\s\u00a0\u202f]*$/.test(view.masked.slice(view.tokens[s - 1]!.end, verbStart))
    return {cue, speaker: nounSubject && after?.kind !== 'pronoun' ? null : after}
  }
  if (!anyMention) return null
  // `la famille s’interroge :`, `le prévenu a été rappelé à l’ordre :`: a common noun, not a role, opens an
  // introduction with no speech verb, no name and no pronoun; it names nobody.
  const det = view.tokens[a]
  const noun = view.tokens[a + 1]
  const named = () => {
    if ((view.names[firstNameAt(view.names, det!.start)]?.start ?? Infinity) < to) return true
    for (let k = a; k < b; k++) if (w.pronouns.has(view.tokens[k]!.lower.replace(/^qu['’]/, ''))) return true
    return false
  }
  // A short introduction only (the words before the quote are read once per quote).
  if (det && noun && a + 1 < b && b - a <= 40 && w.determiners.has(det.lower) && charIs('lower', noun.text) && !w.determiners.has(noun.lower) && !w.roleWords.has(noun.lower) && !w.organizationNouns.some((p) => matchesAt(view, a, p)) && !named()) {
    return {cue: null, speaker: {kind: 'role', start: det.start, end: noun.end}}
  }
  const speaker = mentionBefore(view, from, to, w, false)
  return speaker ? {cue: null, speaker} : null
}

/**
 * The attribution of a later clause of an introduction whose first clause has a speech verb at token `k` (`Mr Blair
 * denied it, and before he left the chancellor told reporters:`): a speech verb after a clause break and a
 * coordinator, before token `b`, its own subject right before it; the one nearest the quote. Null when there is none.
 */
function laterClauseLead(view: BlockView, from: number, k: number, b: number, w: CueWords): Attribution | null {
  let joined = false
  let found: Attribution | null = null
  for (let j = k + 1; j < b; j++) {
    const t = view.tokens[j]!
    const gap = view.masked.slice(view.tokens[j - 1]!.end, t.start)
    if (gap.includes(';') || (/,/.test(gap) && (w.coordinators.has(t.lower) || w.sentenceConnectors.has(t.lower)))) joined = true
    if (!joined || !isVerbAt(view, j, w)) continue
    const s = leadWithAdverbs(view, j, k + 1, w)
    const speaker = mentionBefore(view, from, view.tokens[s]!.start, w, true)
    if (speaker && speaker.start > view.tokens[k]!.end && speaker.kind !== 'pronoun') found = {cue: {start: view.tokens[s]!.start, end: t.end}, speaker}
  }
  return found
}

/**
 * The past participle right before the agent marker that is token `k` of a block (`accusé` of `accusé par`), spaces between;
 * else undefined.
 */
export function passiveParticipleBefore(view: BlockView, k: number, w: CueWords): Token | undefined {
  const by = view.tokens[k]
  const participle = view.tokens[k - 1]
  if (!by || !participle || !w.agentMarkers.has(by.lower) || !isSpaces(view.masked.slice(participle.end, by.start))) return undefined
  return w.pastParticipleEndings.some((x) => participle.lower.endsWith(x)) ? participle : undefined
}

/**
 * The start of the past participle before an agent marker right before offset `at` (`accusé` of `accusé par X`), after
 * `from`; -1 when the name at `at` is no such agent.
 */
function passiveAgentAt(view: BlockView, at: number, from: number, w: CueWords): number {
  const k = firstTokenAt(view.tokens, at) - 1
  const participle = passiveParticipleBefore(view, k, w)
  if (!participle || participle.start < from || !isSpaces(view.masked.slice(view.tokens[k]!.end, at))) return -1
  return participle.start
}

/** What closes the subject of an incise: a word or two in lower case at most (`régional`), then a comma. */
const INCISE_CLOSE = lazy("^(?:[\\s\\u00a0\\u202f]+[\\p{Ll}'’-]+){0,2}[\\s\\u00a0\\u202f]*,", 'u')

/** Whether mention `m`, found after a verb set off by a comma, is an incise's subject: no pronoun, and `INCISE_CLOSE` after it. */
function closesIncise(view: BlockView, m: Mention): boolean {
  return m.kind !== 'pronoun' && INCISE_CLOSE().test(view.masked.slice(m.end, m.end + 40))
}

/** A word elided onto the next (`qu'` of `qu'il`), then that word. */
const ELIDED_PAIR = lazy("^(\\p{L}+)['’](\\p{L}+)$", 'u')

/**
 * The subject pronoun a clause word elided onto it (`qu'il`, `qu’elle`) leaves at token `k`, as a mention of the
 * pronoun alone; null when token `k` is no such pair or the pronoun names no one in particular (`qu'on`).
 */
function elidedPronounAt(view: BlockView, k: number, w: CueWords): Mention | null {
  const t = view.tokens[k]!
  const m = ELIDED_PAIR().exec(t.lower)
  if (!m || !w.clauseWords.has(m[1]!) || !w.pronouns.has(m[2]!) || w.unboundPronouns.has(m[2]!)) return null
  return {kind: 'pronoun', start: t.end - m[2]!.length, end: t.end}
}

/** A comma ending the words before a relative pronoun. */
const RELATIVE_COMMA = lazy('\\S[ \\u00a0]*,[ \\u00a0]*$', '')

/**
 * Whether a speech verb with a person pronoun right after it (`Weitz said he
 * had visited Pullman, who had told him …`) stands between token `a` and
 * index `at` of the block (a relative clause's head): the head is then inside what
 * someone else reports, and the pronoun's person stays who the paragraph is
 * about (the next `He added` is theirs, not the head's).
 */
function reportingBefore(view: BlockView, a: number, at: number, w: CueWords): boolean {
  for (let k = a; k + 1 < view.tokens.length && view.tokens[k + 1]!.start < at; k++) {
    if (isVerbAt(view, k, w) && w.personSubjectPronouns.has(view.tokens[k + 1]!.lower) && isSpaces(view.masked.slice(view.tokens[k]!.end, view.tokens[k + 1]!.start))) return true
  }
  return false
}

/**
 * The first of two names a coordinator joins when `head` is the second
 * (`fellow students Ryan Crabbe and Gordon Rennie, who observed`): two people
 * speaking together are credited to the first named. Else `head`.
 */
function coordinatedHead(view: BlockView, head: Mention, from: number, w: CueWords): Mention {
  if (head.kind !== 'name') return head
  const n = firstNameAt(view.names, head.start)
  const before = n > 0 ? view.names[n - 1] : undefined
  if (!before || view.names[n]?.start !== head.start || before.start < from) return head
  if (coordinatedBetween(view, before.end, head.start, w)) return {kind: 'name', start: before.start, end: before.end}
  // `Le ministre de l’Intérieur, X, et le préfet de police, Y, ont annoncé`: two people each in apposition to a role
  // (not a name in a complement, `X, maire de Lille, et le préfet, Y`).
  const gap = COORDINATED_ROLE().exec(view.masked.slice(before.end, head.start))
  if (!gap || !w.coordinators.has(gap[1]!.toLowerCase()) || w.prepositions.has(wordBeforeAt(view, before.start, from, w))) return head
  const k = firstTokenAt(view.tokens, before.end + gap[0].indexOf(gap[2]!))
  const det = view.tokens[k]
  const role = view.tokens[k + 1]
  return det && role && w.determiners.has(det.lower) && isRoleWord(role.lower, w) ? {kind: 'name', start: before.start, end: before.end} : head
}

/** A comma, a coordinator, a role phrase (80 characters at most) and a comma, between two names. */
const COORDINATED_ROLE = lazy('^,[\\s\\u00a0\\u202f]*(\\p{L}+)[\\s\\u00a0\\u202f]+([^,;:«»"“”]{1,80}),[\\s\\u00a0\\u202f]*$', 'u')

/** `Capital|State` pairs (`Téhéran|Iran`) as a map from each capital to its states' names. */
function capitalStates(pairs: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>()
  for (const pair of pairs) {
    const [capital, state] = pair.split('|')
    if (!capital || !state) continue
    const states = out.get(capital)
    if (states) states.push(state)
    else out.set(capital, [state])
  }
  return out
}
