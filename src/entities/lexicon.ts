/**
 * The entity lexicon of a locale compiled into lookup sets and maps (once per
 * locale object).
 */
import type {Locale} from '../locales/types.js'
import {withoutFullStop} from '../chars.js'

/** Lower-case, without diacritics, apostrophes unified, character references decoded. */
export function fold(s: string): string {
  // ASCII without a backquote (most words): lower-casing is the whole fold,
  // cheaper than a cache look-up (which hashes the string anyway).
  let ascii = true
  let lower = true
  for (let i = 0; i < s.length && ascii; i++) {
    const c = s.charCodeAt(i)
    // A `&` may open a character reference (`Pap&#233;`).
    ascii = c < 128 && c !== 96 && c !== 38
    if (c >= 65 && c <= 90) lower = false
  }
  if (ascii) return lower ? s : s.toLowerCase()
  const hit = folded.get(s)
  if (hit !== undefined) return hit
  const value = foldUncached(s)
  if (folded.size > 20_000) folded.clear()
  folded.set(s, value)
  return value
}

const folded = new Map<string, string>()

/** Whether an adjective ending is one accented letter, maybe with a plural `s` (`é`, `és`): folded, it would end any verb. */
function blurredEnding(x: string): boolean {
  const written = x.normalize('NFC').toLowerCase()
  return /^\p{L}s?$/u.test(written) && fold(written) !== written
}

/**
 * Whether the word (folded `key`, written `text`) ends with one of the locale's adjective endings
 * (`postAdjectiveEndings`): folded endings on the key, the ones folding blurs (`é`) on the word as written,
 * so that `désigné` has one and `approuve` has none; `blind` compares those on the key too (`d’assurance maladie`:
 * a lower-case complement's own adjective).
 */
export function postAdjectiveEnding(key: string, text: string, lx: EntityLookups, blind = false): boolean {
  for (const e of lx.postAdjectives) if (key.endsWith(e)) return true
  if (lx.postAdjectivesWritten.length === 0) return false
  if (blind) return lx.postAdjectivesWritten.some((e) => key.endsWith(fold(e)))
  const written = decodeRefs(text).normalize('NFC').toLowerCase()
  for (const e of lx.postAdjectivesWritten) if (written.endsWith(e)) return true
  return false
}

/** `Pap&#233;` → `Papé`: numeric character references left in scraped plain text. */
export function decodeRefs(s: string): string {
  return s.includes('&#') ? s.replace(/&#(\d{2,5});/g, (_, n: string) => String.fromCharCode(+n)) : s
}

function foldUncached(s: string): string {
  return decodeRefs(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
}

/** Compiled lookups of one locale. */
export interface EntityLookups {
  readonly titles: ReadonlySet<string>
  /** Longest number of words of a title. */
  readonly titleWords: number
  readonly roles: ReadonlySet<string>
  readonly roleWords: number
  readonly particles: ReadonlySet<string>
  /** Particles inside people's names (`del`, `van`): read as the `NAME_PARTICLE` bit of a token. */
  readonly nameParticles: ReadonlySet<string>
  readonly elisions: readonly string[]
  /** Elisions that open a name when capitalised (`D'Souza`): not split from it. */
  readonly nameElisions: readonly string[]
  /** Whether `'s` ending a name is a possessive, cut from it (not in French: `RM Sotheby's`). */
  readonly possessive: boolean
  /** Folded endings of a word whose possessive is an apostrophe alone (`s`: `Workers'`); empty without `possessive`. */
  readonly pluralPossessiveEndings: readonly string[]
  /** Whether headlines are written in sentence case (see `EntityLexicon.sentenceCaseHeadlines`). */
  readonly sentenceCaseHeadlines: boolean
  /** Whether a name and a country's name name a body's branch (see `EntityLexicon.countryBranches`). */
  readonly countryBranches: boolean
  /** Whether an unknown capitalised word named more than once is an organisation by default (see `EntityLexicon.unknownNamesAsOrganizations`). */
  readonly unknownNamesAsOrganizations: boolean
  /** Folded words ending in `'s` inside a known organisation's or place's name (`moody's`, `poor's`): their `'s` is no possessive. */
  readonly possessiveNames: ReadonlySet<string>
  readonly articles: ReadonlySet<string>
  readonly orgCues: ReadonlySet<string>
  readonly orgHeads: ReadonlySet<string>
  /** Longest number of words of an organisation head. */
  readonly orgHeadWords: number
  readonly portfolio: ReadonlySet<string>
  /** Portfolio heads that name a body (`ministère`, `ministry`), whose portfolio after them makes an organisation's name. */
  readonly portfolioBodies: ReadonlySet<string>
  /** Folded adjective endings (`nationale` → `ale`), without the ones `postAdjectivesWritten` holds. */
  readonly postAdjectives: readonly string[]
  /**
   * Adjective endings that folding would blur into any word's ending (`é`, `és` → `e`, `es`: `approuve`, `constitue`):
   * lower-case and accented, compared with the word as written (`postAdjectiveEnding`).
   */
  readonly postAdjectivesWritten: readonly string[]
  readonly roleConnectors: ReadonlySet<string>
  /** Given names; a hyphenated one counts when each part is one (`jean-frederic`). */
  readonly givenNames: {has(key: string): boolean}
  /** Surnames (`fall`, `sarr`): a last word found here makes capitalised words a person's name. */
  readonly surnames: ReadonlySet<string>
  readonly locCues: ReadonlySet<string>
  /** Whether a folded word is a town's people (`dakarois`, `pikinois`: `townDemonymEndings`). */
  readonly townDemonym: (key: string) => boolean
  /** Folded finite-verb endings (`gluedVerbEndings`). */
  readonly gluedVerbEndings: readonly string[]
  readonly locPreps: ReadonlySet<string>
  /** Place prepositions that alone make no unknown name a place (`en`; not `aux`, see `weakLocationPrepositions`). */
  readonly weakLocPreps: ReadonlySet<string>
  /** Place prepositions that also take a person (`à`). */
  readonly dativePreps: ReadonlySet<string>
  /** Lower-case place words written after a place's name (`seat`, `province`). */
  readonly placeAfter: ReadonlySet<string>
  /** `compassWords`. */
  readonly compass: ReadonlySet<string>
  /** `townParticles`. */
  readonly townParticles: ReadonlySet<string>
  /** `surnameParticles`. */
  readonly surnameParticles: ReadonlySet<string>
  /** `countryEvents`. */
  readonly countryEvents: ReadonlySet<string>
  /** Organisation words that also end a place's name (`city`): after a place preposition, the place's. */
  readonly placeHeads: ReadonlySet<string>
  readonly placeNameNouns: ReadonlySet<string>
  /** `siteNouns`. */
  readonly siteNouns: ReadonlySet<string>
  readonly institutions: ReadonlySet<string>
  /** `namedEstablishmentNouns`. */
  readonly namedEstablishments: ReadonlySet<string>
  readonly institutionAdjectives: ReadonlySet<string>
  /** Bodies whose place follows them (`parquet`, `ministère public`). */
  readonly jurisdictions: ReadonlySet<string>
  /** Longest number of words of an institution noun (elided particles glued to the next word). */
  readonly institutionWords: number
  readonly notNames: ReadonlySet<string>
  /** Acronyms of things, not bodies (`DNA`, `USD`): no entity when written in capitals. */
  readonly commonAcronyms: ReadonlySet<string>
  readonly stopWords: ReadonlySet<string>
  /** Whether a lower-case word is a stop word or a place preposition (`de`, `à`, `selon`): a lead the scraper may glue to a name (glue.ts). */
  readonly isFunctionWord: (word: string) => boolean
  /** Month and weekday names. */
  readonly dateWords: ReadonlySet<string>
  /** Full names of the days of the week, folded. */
  readonly weekdays: ReadonlySet<string>
  /** folded form → canonical place name. */
  readonly places: ReadonlyMap<string, string>
  /** folded form → canonical organisation name. */
  readonly organizations: ReadonlyMap<string, string>
  /** Folded names of organisations written in lower case (`franceinfo`). */
  readonly lowerCaseOrganizations: ReadonlySet<string>
  /** Lower-case nouns of a body after the place it serves (`police`). */
  readonly localBodyNouns: ReadonlySet<string>
  /** Lower-case nouns of a body after a body's name and words of its remit (`committee`). */
  readonly remitBodyNouns: ReadonlySet<string>
  /** Folded nickname → the bodies it may stand for, each as its folded forms (`gunners` → `[['arsenal']]`, `spurs` → `[['tottenham', 'tottenham hotspur']]`). */
  readonly nicknames: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Folded team nicknames: `teamNicknames` and the keys of `nicknames` (`lions`, `gunners`). */
  readonly teamNicknames: ReadonlySet<string>
  /** Known organisations whose name opens with an article, by the folded rest of the name (`figaro` → `Le Figaro`). */
  readonly bareOrganizations: ReadonlyMap<string, string>
  /** First folded word of a known place or organisation of several words → the most words (elisions apart) of one (`arabie` → 2 for `Arabie saoudite`). */
  readonly longNames: ReadonlyMap<string, number>
  /** folded demonym (any inflected form) → country. */
  readonly demonyms: {has(key: string): boolean; get(key: string): string | undefined}
  /** Nouns naming a person by where they come from (`Frenchman`, `Scot`), from the quote locale. */
  readonly personNouns: ReadonlySet<string>
  /** Speech verbs, folded, and the longest in words. */
  readonly speechVerbs: ReadonlySet<string>
  readonly speechWords: number
  readonly orgNouns: ReadonlySet<string>
  readonly orgConnectors: ReadonlySet<string>
  readonly workCues: ReadonlySet<string>
  /** Roles of people who make or play in works (`creator`, `actor`): the capitalised words right before one are a work's title. */
  readonly workRoles: ReadonlySet<string>
  /** Nouns of things: the capitalised words between a determiner and one name the thing (`the Cell processor`). */
  readonly thingNouns: ReadonlySet<string>
  /** Articles that, capitalised inside a sentence, open a work's title (`The`). */
  readonly titleArticles: ReadonlySet<string>
  /** Participles that name what comes after them (`called`, `dubbed`, `baptisé`), from the quote locale. */
  readonly namingParticiples: ReadonlySet<string>
  /** List openers after a plural noun (`such as`), and their longest in words. */
  readonly listOpeners: ReadonlySet<string>
  readonly listOpenerWords: number
  /** Words right before a name that make it a work (`starred in`), and their longest in words. */
  readonly workOpeners: ReadonlySet<string>
  readonly workOpenerWords: number
  /** Plural endings and what replaces them in the singular (`ies` → `y`), longest first. */
  readonly pluralEndings: readonly (readonly [string, string])[]
  readonly eventWords: ReadonlySet<string>
  readonly contestGroupWords: ReadonlySet<string>
  readonly fixtureWords: ReadonlySet<string>
  readonly numbered: ReadonlySet<string>
  readonly placeJoiners: ReadonlySet<string>
  readonly namePrefixes: ReadonlySet<string>
  readonly teamRoles: ReadonlySet<string>
  readonly matchVerbs: ReadonlySet<string>
  readonly placeRoles: ReadonlySet<string>
  readonly nonPersonPronouns: ReadonlySet<string>
  /** Those of `nonPersonPronouns` that refer back to any thing, not only a body (`which`). */
  readonly anyThingPronouns: ReadonlySet<string>
  readonly personPronouns: ReadonlySet<string>
  readonly commonDeterminers: ReadonlySet<string>
  readonly duelWords: ReadonlySet<string>
  readonly personAppositions: ReadonlySet<string>
  readonly employerPrepositions: ReadonlySet<string>
  /** Abbreviations of states and provinces, folded, without their last dot (`n.j`, `calif`). */
  readonly stateAbbreviations: ReadonlySet<string>
  /** Words that end the name of a law in the making (`bill`). */
  readonly lawWords: ReadonlySet<string>
  /** Words that close a company's name (`inc`, `ltd`). */
  readonly companyEndings: ReadonlySet<string>
  /** Particles before the owner or leader of a body (`de`, `d'`): a body's name ends before one, a given name and a surname (`le GFM de Youssou Ndour`). */
  readonly ownerParticles: ReadonlySet<string>
  /** Particles between a noun of a kind of organisation and the bare word of its kind (`de`, `d'`, `en`: `agence de presse`). */
  readonly kindParticles: ReadonlySet<string>
  readonly ownershipCues: ReadonlySet<string>
  readonly rivalWords: ReadonlySet<string>
  /** Nouns of a kind of body that name none alone (`EntityLexicon.genericBodies`). */
  readonly genericBodies: ReadonlySet<string>
  readonly clubWords: ReadonlySet<string>
  readonly listAdverbs: ReadonlySet<string>
  readonly listConjunctions: ReadonlySet<string>
  readonly fixtureCues: ReadonlySet<string>
  readonly firmPossessions: ReadonlySet<string>
  readonly ageUnits: ReadonlySet<string>
  readonly ageWords: ReadonlySet<string>
  readonly genderLetters: ReadonlySet<string>
  readonly pluralLetters: ReadonlySet<string>
  readonly kinRoles: ReadonlySet<string>
  readonly sourceCues: ReadonlySet<string>
  readonly memberRoles: ReadonlySet<string>
  readonly nicknameCues: ReadonlySet<string>
  /** Endings of ordinary words that may open a sentence (`ing`, `ly`), folded. */
  readonly openingEndings: readonly string[]
  /** Folded country names and their other forms. */
  readonly countries: ReadonlySet<string>
  /** Auxiliaries that may stand between a speaker and the verb (`a`, `has`). */
  readonly auxiliaries: ReadonlySet<string>
  /** Coordinating words (`and`, `et`), from the byline data. */
  readonly conjunctions: ReadonlySet<string>
  /** Auxiliaries, adverbs and time words that may stand between a speech verb and its subject set after it (`a ajouté samedi le …`): the quotes data's auxiliaries that are no preposition, folded. */
  readonly adverbials: ReadonlySet<string>
  /** Words opening a phrase that names a source (`pour`, `selon`, `d'après`; `for`, `according to`), folded, from the quotes data. */
  readonly sourceWords: ReadonlySet<string>
}

/** `Jean-Frédéric`, `Marie-Claire`: a hyphenated given name made of given names. */
function compound(names: ReadonlySet<string>): {has(key: string): boolean} {
  return {has: (key) => names.has(key) || (key.includes('-') && key.split('-').every((part) => names.has(part)))}
}

const cache = new WeakMap<Locale, EntityLookups>()

/** The word lists of `EntityLookups` that say a word is a known kind of word, for `inLists`. */
export type WordList = 'places' | 'organizations' | 'orgHeads' | 'orgCues' | 'locCues' | 'eventWords' | 'givenNames' | 'titles' | 'roles' | 'demonyms' | 'stopWords' | 'dateWords' | 'notNames' | 'articles' | 'particles' | 'locPreps'

/** Whether the folded word `key` is in one of `lists` of `lx`. */
export function inLists(lx: EntityLookups, key: string, lists: readonly WordList[]): boolean {
  for (const list of lists) if (lx[list].has(key)) return true
  return false
}

/** Lookups of `locale`, compiled once. */
export function lookupsOf(locale: Locale): EntityLookups {
  let found = cache.get(locale)
  if (!found) {
    found = compile(locale)
    cache.set(locale, found)
  }
  return found
}

function compile(locale: Locale): EntityLookups {
  const e = locale.entities
  const set = (xs: readonly string[] | undefined) => new Set((xs ?? []).map((x) => withoutFullStop(fold(x))))
  const words = (xs: readonly string[] | undefined) => Math.max(1, ...(xs ?? []).map((x) => x.split(/[\s]+/).length))
  const pairs = (xs: readonly string[] | undefined, into: Map<string, string>) => {
    for (const x of xs ?? []) {
      const at = x.indexOf('=')
      if (at > 0) into.set(fold(x.slice(0, at)), x.slice(at + 1))
    }
  }
  const places = new Map<string, string>()
  for (const c of e.cities ?? []) places.set(fold(c), c)
  for (const c of e.countries ?? []) places.set(fold(c), c)
  pairs(e.countryAliasesCased, places)
  // (The name an alias stands for is a form of it too: `République démocratique du Congo`.)
  for (const x of e.countryAliasesCased ?? []) if (!places.has(fold(x.slice(x.indexOf('=') + 1)))) places.set(fold(x.slice(x.indexOf('=') + 1)), x.slice(x.indexOf('=') + 1))
  const organizations = new Map<string, string>()
  // `Tories=Conservatives`: another form of a known organisation's name.
  for (const o of e.organizations ?? []) if (!o.includes('=')) organizations.set(fold(o), o)
  pairs(e.organizations, organizations)
  // `du Figaro`, `au Parisien`: a name that opens with an article is written without it after a contracted one.
  const articles = set(e.articles)
  const bareOrganizations = new Map<string, string>()
  for (const [key, name] of organizations) {
    const at = key.indexOf(' ')
    const rest = key.slice(at + 1)
    if (at > 0 && articles.has(key.slice(0, at)) && !organizations.has(rest) && !places.has(rest)) bareOrganizations.set(rest, name)
  }
  // Every inflected form of every demonym, computed once (`maliennes` → Mali).
  const demonymBases = new Map<string, string>()
  pairs(e.demonymCountries, demonymBases)
  const demonymForms = new Map<string, string>()
  for (const [base, country] of demonymBases) demonymForms.set(base, country)
  for (const s of (e.demonymSuffixes ?? []).map(fold)) {
    for (const [base, country] of demonymBases) if (base.length > 2 && !demonymForms.has(base + s)) demonymForms.set(base + s, country)
  }
  // `Moody's`, `Standard & Poor's`: a word of a known name that ends in `'s`.
  const possessiveNames = new Set<string>()
  for (const key of [...places.keys(), ...organizations.keys()]) if (key.includes("'s")) for (const w of key.split(' ')) if (w.endsWith("'s")) possessiveNames.add(w)
  const longNames = new Map<string, number>()
  for (const key of [...places.keys(), ...organizations.keys()]) {
    const at = key.indexOf(' ')
    if (at < 0) continue
    // (`afrique de l'ouest`: an elided particle is a word of its own.)
    const n = key.split(/[ ']/).length
    const head = key.slice(0, at)
    if (n > (longNames.get(head) ?? 0)) longNames.set(head, n)
  }
  const demonymOf = (key: string): string | undefined => demonymForms.get(key)
  const townEndings = (e.townDemonymEndings ?? []).map(fold)
  const townDemonym = (key: string): boolean => {
    if (places.has(key)) return false
    for (const end of townEndings) {
      if (!key.endsWith(end)) continue
      const stem = key.slice(0, key.length - end.length)
      if (stem.length >= 4 && (places.has(stem) || places.has(stem + 'e'))) return true
    }
    return false
  }
  const demonyms = {has: (key: string) => demonymOf(key) !== undefined, get: demonymOf}
  const dateWords = new Set<string>()
  const weekdays = new Set<string>()
  for (const forms of [...(locale.dates?.months ?? []), ...(locale.dates?.weekdays ?? [])]) {
    forms.forEach((f, i) => {
      if (i === 0 || f.length > 3) dateWords.add(withoutFullStop(fold(f)))
    })
  }
  for (const forms of locale.dates?.weekdays ?? []) weekdays.add(fold(forms[0]!))
  const speech = locale.quotes?.speechVerbs ?? []
  const stopWords = set(locale.detection?.stopWords)
  const locPreps = set(e.locationPrepositions)
  return {
    titles: set(e.titles),
    titleWords: words(e.titles),
    roles: set(e.roleWords),
    roleWords: words(e.roleWords),
    particles: set(e.particles),
    nameParticles: set(e.nameParticles),
    elisions: (e.elisions ?? []).map(fold),
    nameElisions: (e.nameElisions ?? []).map(fold),
    possessive: fold(e.possessive ?? '') === "'s",
    pluralPossessiveEndings: (e.pluralPossessiveEndings ?? []).map(fold),
    sentenceCaseHeadlines: e.sentenceCaseHeadlines === true,
    countryBranches: e.countryBranches === true,
    unknownNamesAsOrganizations: e.unknownNamesAsOrganizations !== false,
    possessiveNames,
    articles,
    orgCues: set(e.organizationCues),
    orgHeads: set(e.organizationHeads),
    orgHeadWords: words(e.organizationHeads),
    portfolio: set(e.portfolioHeads),
    portfolioBodies: set(e.portfolioBodies),
    postAdjectives: (e.postAdjectiveEndings ?? []).filter((x) => !blurredEnding(x)).map(fold),
    postAdjectivesWritten: (e.postAdjectiveEndings ?? []).filter(blurredEnding).map((x) => x.normalize('NFC').toLowerCase()),
    roleConnectors: set(e.roleConnectors),
    givenNames: compound(set(e.givenNames)),
    surnames: set(e.surnames),
    locCues: set(e.locationCues),
    townDemonym,
    gluedVerbEndings: (e.gluedVerbEndings ?? []).map(fold),
    locPreps,
    weakLocPreps: set(e.weakLocationPrepositions),
    dativePreps: set(e.dativePrepositions),
    placeAfter: set(e.placeWordsAfter),
    compass: set(e.compassWords),
    townParticles: set(e.townParticles),
    surnameParticles: set(e.surnameParticles),
    countryEvents: set(e.countryEvents),
    placeHeads: set(e.placeHeads),
    placeNameNouns: set(e.placeNameNouns),
    siteNouns: set(e.siteNouns),
    institutions: set(e.institutionNouns),
    namedEstablishments: set(e.namedEstablishmentNouns),
    institutionAdjectives: set(e.institutionAdjectives),
    jurisdictions: set(e.jurisdictionNouns),
    institutionWords: (e.institutionNouns ?? []).length === 0 ? 0 : Math.max(...(e.institutionNouns ?? []).map((x) => x.split(/[\s'’]+/).length)),
    notNames: set(e.notNames),
    commonAcronyms: set(e.commonAcronyms),
    orgNouns: set(e.organizationNouns),
    orgConnectors: set(e.organizationConnectors),
    workCues: set(e.workCues),
    workRoles: set(e.workRoles),
    thingNouns: set(e.thingNouns),
    titleArticles: set(e.titleArticles),
    listOpeners: set(e.listOpeners),
    listOpenerWords: words(e.listOpeners),
    workOpeners: set(e.workOpeners),
    workOpenerWords: words(e.workOpeners),
    pluralEndings: (e.pluralEndings ?? []).map((x) => [fold(x.slice(0, Math.max(0, x.indexOf('=')))), fold(x.slice(x.indexOf('=') + 1))] as const).sort((a, b) => b[0].length - a[0].length),
    eventWords: set(e.eventWords),
    contestGroupWords: set(e.contestGroupWords),
    fixtureWords: set(e.fixtureWords),
    numbered: set(e.numberedNames),
    placeJoiners: set(e.placeJoiners),
    namePrefixes: set(e.namePrefixes),
    teamRoles: set(e.teamRoles),
    matchVerbs: set(e.matchVerbs),
    placeRoles: set(e.placeRoles),
    nonPersonPronouns: set(e.nonPersonPronouns),
    anyThingPronouns: set(e.anyThingPronouns),
    personPronouns: set(e.personPronouns),
    commonDeterminers: set(e.commonDeterminers),
    duelWords: set(e.duelWords),
    personAppositions: set(e.personAppositions),
    employerPrepositions: set(e.employerPrepositions),
    companyEndings: set(e.companyEndings),
    lawWords: set(e.lawWords),
    stateAbbreviations: set(e.stateAbbreviations),
    ownerParticles: set(e.ownerParticles),
    kindParticles: set(e.kindParticles),
    ownershipCues: set(e.ownershipCues),
    rivalWords: set(e.rivalWords),
    genericBodies: set(e.genericBodies),
    clubWords: set(e.clubWords),
    listAdverbs: set(e.listAdverbs),
    listConjunctions: set(e.listConjunctions),
    fixtureCues: set(e.fixtureCues),
    firmPossessions: set(e.firmPossessions),
    ageUnits: set(e.ageUnits),
    ageWords: set(e.ageWords),
    genderLetters: set(e.genderLetters),
    pluralLetters: set(e.pluralLetters),
    kinRoles: set(e.kinRoles),
    sourceCues: set(e.sourceCues),
    memberRoles: set(e.memberRoles),
    nicknameCues: set(e.nicknameCues),
    openingEndings: [...set(e.openingWordEndings)],
    countries: new Set([...(e.countries ?? []), ...(e.countryAliasesCased ?? []).map((x) => x.slice(0, Math.max(0, x.indexOf('='))))].map(fold)),
    stopWords,
    isFunctionWord: (word: string) => stopWords.has(word) || locPreps.has(fold(word)),
    dateWords,
    weekdays,
    places,
    organizations,
    lowerCaseOrganizations: set(e.lowerCaseOrganizations),
    localBodyNouns: set(e.localBodyNouns),
    remitBodyNouns: set(e.remitBodyNouns),
    nicknames: new Map((e.nicknamesCased ?? []).map((x) => [fold(x.slice(0, x.indexOf('='))), x.slice(x.indexOf('=') + 1).split('/').map((body) => body.split('+').map(fold))] as const)),
    teamNicknames: set([...(e.teamNicknames ?? []), ...(e.nicknamesCased ?? []).map((x) => x.slice(0, x.indexOf('=')))]),
    bareOrganizations,
    longNames,
    demonyms,
    speechVerbs: set(speech),
    speechWords: words(speech),
    auxiliaries: set(locale.quotes?.auxiliaries),
    personNouns: set(locale.quotes?.personNouns),
    namingParticiples: set(locale.quotes?.namingParticiples),
    conjunctions: set(locale.byline?.conjunctions),
    adverbials: set((locale.quotes?.auxiliaries ?? []).filter((x) => !(locale.quotes?.prepositions ?? []).includes(x))),
    sourceWords: set([...(locale.quotes?.sourcePrepositions ?? []), ...(locale.quotes?.cuePhrases ?? [])])
  }
}
