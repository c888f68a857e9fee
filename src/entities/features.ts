/**
 * Word features: which of the locale's short word lists (cues, titles,
 * roles, function words…) each folded word is in, as bits of one number,
 * read with one look-up per token in a table built once per locale and
 * carried by the token (`Token.bits`), so that the rules test a bit instead
 * of hashing the word again for every list they ask (about 2,700 look-ups
 * of a text's 3,800 before). The gazetteers and given names (places,
 * organisations, demonyms, given names, speech verbs: thousands of words)
 * stay look-ups of their own: in the table they make it several times
 * larger, its look-ups miss the cache, and the step measured no faster.
 */
import type {EntityLookups} from './lexicon.js'

/** `Token.bits`: the folded word is in `articles`. */
export const ARTICLE = 1 << 0
/** `Token.bits`: in `particles`. */
export const PARTICLE = 1 << 1
/** `Token.bits`: in `stopWords`. */
export const STOP = 1 << 2
/** `Token.bits`: in `orgCues`. */
export const ORG_CUE = 1 << 3
/** `Token.bits`: in `orgHeads`. */
export const ORG_HEAD = 1 << 4
/** `Token.bits`: in `roles`. */
export const ROLE = 1 << 5
/** `Token.bits`: in `titles`. */
export const TITLE = 1 << 6
/** `Token.bits`: in `notNames`. */
export const NOT_NAME = 1 << 7
/** `Token.bits`: in `dateWords`. */
export const DATE = 1 << 8
/** `Token.bits`: in `eventWords`. */
export const EVENT = 1 << 9
/** `Token.bits`: in `locCues`. */
export const LOC_CUE = 1 << 10
/** `Token.bits`: in `fixtureWords`. */
export const FIXTURE = 1 << 11
/** `Token.bits`: in `institutions`. */
export const INSTITUTION = 1 << 12
/** `Token.bits`: in `orgNouns`. */
export const ORG_NOUN = 1 << 13
/** `Token.bits`: in `workOpeners`. */
export const WORK_OPENER = 1 << 14
/** `Token.bits`: in `listOpeners`. */
export const LIST_OPENER = 1 << 15
/** `Token.bits`: in `workCues`. */
export const WORK_CUE = 1 << 16
/** `Token.bits`: in `personNouns`. */
export const PERSON_NOUN = 1 << 17
/** `Token.bits`: in `locPreps`. */
export const LOC_PREP = 1 << 18
/** `Token.bits`: in `roleConnectors`. */
export const ROLE_CONNECTOR = 1 << 19
/** `Token.bits`: one of `elisions` (`l'`, `d'`). */
export const ELISION = 1 << 20
/** `Token.bits`: opens a title of several words (`heads(titles)`). */
export const TITLE_HEAD = 1 << 21
/** `Token.bits`: opens a role of several words (`heads(roles)`). */
export const ROLE_HEAD = 1 << 22
/** `Token.bits`: in `nameParticles` (`del`, `van`). */
export const NAME_PARTICLE = 1 << 23

/** Folded words of the locale's lists → their bits, per locale. */
const tables = new WeakMap<EntityLookups, Map<string, number>>()

/** The table of `lx`'s word features (`featuresOf`), built once per locale from its lists. */
export function featureTable(lx: EntityLookups): ReadonlyMap<string, number> {
  let table = tables.get(lx)
  if (!table) {
    table = build(lx)
    tables.set(lx, table)
    titleBitsOf.set(lx.titles, TITLE_BITS)
    titleBitsOf.set(lx.roles, ROLE_BITS)
  }
  return table
}

/** The features of the folded word `key` (the `Token.bits` of a token with that key): one look-up in `table`. */
export function featuresOf(table: ReadonlyMap<string, number>, key: string): number {
  return table.get(key) ?? 0
}

function build(lx: EntityLookups): Map<string, number> {
  const table = new Map<string, number>()
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) table.set(w, (table.get(w) ?? 0) | bit)
  }
  add(lx.articles, ARTICLE)
  add(lx.particles, PARTICLE)
  add(lx.stopWords, STOP)
  add(lx.orgCues, ORG_CUE)
  add(lx.orgHeads, ORG_HEAD)
  add(lx.roles, ROLE)
  add(lx.titles, TITLE)
  add(lx.notNames, NOT_NAME)
  add(lx.dateWords, DATE)
  add(lx.eventWords, EVENT)
  add(lx.locCues, LOC_CUE)
  add(lx.fixtureWords, FIXTURE)
  add(lx.institutions, INSTITUTION)
  add(lx.orgNouns, ORG_NOUN)
  add(lx.workOpeners, WORK_OPENER)
  add(lx.listOpeners, LIST_OPENER)
  add(lx.workCues, WORK_CUE)
  add(lx.personNouns, PERSON_NOUN)
  add(lx.locPreps, LOC_PREP)
  add(lx.roleConnectors, ROLE_CONNECTOR)
  add(lx.elisions, ELISION)
  add(heads(lx.titles), TITLE_HEAD)
  add(heads(lx.roles), ROLE_HEAD)
  add(lx.nameParticles, NAME_PARTICLE)
  return table
}

/** The bits of a word list `titleAt` reads: the word is an entry (`one`), opens an entry of several words (`head`). */
export interface TitleBits {
  readonly one: number
  readonly head: number
}
const TITLE_BITS: TitleBits = {one: TITLE, head: TITLE_HEAD}
const ROLE_BITS: TitleBits = {one: ROLE, head: ROLE_HEAD}

/**
 * The sets asked for lately and what they answered, at most eight (titles, roles and heads of two locales): `titleAt` asks
 * for every word, faster answered by a short scan than by a WeakMap; bounded, so that a caller building a locale per call
 * neither keeps them alive nor makes the scan longer.
 */
class Recent<T> {
  private readonly sets: ReadonlySet<string>[] = []
  private readonly values: T[] = []
  get(set: ReadonlySet<string>): T | undefined {
    for (let i = 0; i < this.sets.length; i++) if (this.sets[i] === set) return this.values[i]
    return undefined
  }
  put(set: ReadonlySet<string>, value: T): T {
    if (this.sets.length === 8) {
      this.sets.shift()
      this.values.shift()
    }
    this.sets.push(set)
    this.values.push(value)
    return value
  }
}

/** The bits `titleAt` reads for `set` when the features hold it (`titles` and `roles` of a locale whose table was built), else undefined. */
export function titleBits(set: ReadonlySet<string>): TitleBits | undefined {
  const recent = recentBits.get(set)
  if (recent) return recent
  const found = titleBitsOf.get(set)
  return found && recentBits.put(set, found)
}
/** `titles` and `roles` of each locale whose table was built → their bits. */
const titleBitsOf = new WeakMap<ReadonlySet<string>, TitleBits>()
const recentBits = new Recent<TitleBits>()

const headCache = new WeakMap<ReadonlySet<string>, Set<string>>()
const recentHeads = new Recent<Set<string>>()

/** First words of the entries of `set` that have several words. */
export function heads(set: ReadonlySet<string>): Set<string> {
  const recent = recentHeads.get(set)
  if (recent) return recent
  let found = headCache.get(set)
  if (!found) {
    found = new Set()
    for (const x of set) {
      const at = x.indexOf(' ')
      if (at > 0) found.add(x.slice(0, at))
    }
    headCache.set(set, found)
  }
  return recentHeads.put(set, found)
}

/** Whether the token's word is in the list of `bit` (`is(t, STOP)`: `lx.stopWords.has(t.key)`). */
export function is(t: {readonly bits: number}, bit: number): boolean {
  return (t.bits & bit) !== 0
}
