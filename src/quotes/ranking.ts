/**
 * The speaker ranker: for each quote, every candidate speaker (the people and
 * organisations named near it or speaking in the article, the attribution
 * cascade's own answer, and no one) gets a score, a weighted sum of features
 * of the (quote, candidate) pair; the best one speaks. The weights are fitted
 * on gold annotations by `scripts/fit-speakers.ts` (a conditional logit) and
 * live in `speaker-weights.ts`. Nothing here depends on a language: the
 * features read offsets, paragraphs, the cascade's choices and the entities.
 */

import {tokenAt} from './text.js'

/** Which step of the attribution cascade chose a quote's speaker. */
export type Branch =
  | 'name'
  | 'pronoun'
  | 'description'
  | 'continued'
  | 'inherited'
  | 'partial'
  | 'sentence'
  | 'voice'
  | 'none'

/** What the words next to a quote's cue name its speaker with. */
export type GivenKind = 'name' | 'pronoun' | 'description' | 'none'

/** The features of a (quote, candidate) pair, before their copies per kind of quote. */
const BASE_FEATURES = [
  'cascade',
  'cascade:name',
  'cascade:pronoun',
  'cascade:description',
  'cascade:continued',
  'cascade:inherited',
  'cascade:partial',
  'cascade:sentence',
  'cascade:voice',
  'before:distance',
  'before:none',
  'before:150',
  'before:600',
  'after:distance',
  'after:none',
  'after:60',
  'sentence:same',
  'sentence:previous',
  'spoke:before',
  'spoke:near',
  'block:same',
  'block:previous',
  'after:sameBlock',
  'subject',
  'nearest',
  'nearestSubject',
  'previousSpeaker',
  'lastCuedSpeaker',
  'quotesGiven',
  'mentions',
  'headline',
  'main',
  'organization',
  'unlinked',
  'gender:agree',
  'gender:clash',
  'noCue:previousSpeaker',
  'noCue:nearest',
  'pronoun:nearestSubject',
  'pronoun:previousSpeaker',
  'description:main',
  'cascadeNone:sentence',
  'cascadeNone:nearestSubject',
  'cascadeNone:previousSpeaker',
  'none',
  'none:cascade',
  'none:noCue',
  'none:partial',
  'none:far',
  'none:unresolvedCue'
] as const

/** A feature name. */
type SpeakerFeature = (typeof BASE_FEATURES)[number]

/**
 * Kinds of quote that get their own copy of every feature (besides the
 * shared one): the cascade found no speaker, else the words its cue names
 * the speaker with.
 */
const GROUPS = ['unresolved', 'name', 'pronoun', 'description', 'uncued'] as const

/** Every feature, in the order of a weight vector: the shared ones, then one copy per kind of quote (`pronoun×subject`). */
export const SPEAKER_FEATURES: readonly string[] = [...BASE_FEATURES, ...GROUPS.flatMap((g) => BASE_FEATURES.map((f) => `${g}×${f}`))]

/** Fitted weights: one per feature, in the order of `features`. */
export interface SpeakerWeights {
  readonly features: readonly string[]
  readonly weights: readonly number[]
}

/** A mention of a candidate outside quotes, in input order. */
export interface RankMention {
  readonly start: number
  readonly end: number
  /** The candidate's key (an entity id). */
  readonly key: string
  /** Subject of its sentence or of a speech verb. */
  readonly subject: boolean
}

/** A candidate speaker: an entity, or a name the cascade gave that no entity holds. */
export interface RankCandidate {
  readonly key: string
  readonly name: string
  readonly entity?: string
  readonly organization: boolean
  readonly mentions: number
  readonly headline: boolean
  readonly main: boolean
  readonly gender?: 'm' | 'f'
}

/** A quote as the ranker reads it, with the cascade's answer. */
export interface RankQuote {
  readonly start: number
  readonly end: number
  /** Sentence ids (as `sentenceOf` gives them) of the quote's start and end. */
  readonly sentenceStart: number
  readonly sentenceEnd: number
  readonly partial: boolean
  readonly cue: boolean
  readonly given: GivenKind
  /** Gender of a pronoun cue (`il`, `she`). */
  readonly gender?: 'm' | 'f'
  readonly branch: Branch
  /** Key of the cascade's speaker, null for no speaker. */
  readonly chosen: string | null
  /**
   * Whether the cascade's answer is a guess the ranker may replace: a speaker carried from another quote or
   * found for words with no cue, or no speaker because nothing was found. False when a rule decided (a name,
   * pronoun or description next to the cue, or no speaker on purpose: `selon une source`, `they said`).
   */
  readonly open: boolean
  /**
   * Key of a candidate this quote's words name in the third person (`« Libérez X ! »`): never its speaker. The cascade's
   * answer when it was that candidate is dropped (`chosen` is then null and the quote open).
   */
  readonly excluded?: string
}

/** One candidate of a quote with its features (for fitting). */
export interface RankRow {
  /** Candidate key, null for no speaker. */
  readonly key: string | null
  readonly name: string | null
  readonly features: Float64Array
}

/** Most characters before a quote where a mention makes a candidate (the cascade's reach). */
export const RANK_LOOK_BACK = 2500
/** Most characters after a quote where a mention makes a candidate (`"…," said X`). */
const LOOK_AHEAD = 300
/** Most candidates per quote (nearest first). */
const MAX_CANDIDATES = 20
/** Characters within which a mention makes `none:far` false. */
const NEAR = 500

const INDEX: ReadonlyMap<string, number> = new Map(SPEAKER_FEATURES.map((f, i) => [f, i]))
const B = BASE_FEATURES.length
const at = (name: SpeakerFeature) => INDEX.get(name)!
const LOG_BACK = Math.log1p(RANK_LOOK_BACK)
const LOG_AHEAD = Math.log1p(LOOK_AHEAD)

/** Picks each quote's speaker from the cascade's answers and candidates (see `rankSpeakers`). */
export type SpeakerRanker = (
  quotes: readonly RankQuote[],
  mentions: readonly RankMention[],
  candidates: ReadonlyMap<string, RankCandidate>,
  blockOf: (offset: number) => number,
  sentenceOf: (offset: number) => number
) => (string | null)[]

/**
 * A ranker for `createAttributionRefiner({ranker})`: `rankSpeakers` with
 * `weights` (null: the cascade's answers) and the fitting hook `onRows`.
 */
export function speakerRanker(weights: SpeakerWeights | null, onRows?: (quote: number, rows: RankRow[], cascade: RankQuote) => void): SpeakerRanker {
  return (quotes, mentions, candidates, blockOf, sentenceOf) => rankSpeakers(quotes, mentions, candidates, blockOf, sentenceOf, weights, onRows)
}

/**
 * Ranks the speakers of `quotes` (in input order): for each, the key of the
 * best candidate (null for no speaker). `blockOf` gives the paragraph of an
 * offset, `sentenceOf` an id of its sentence that grows by one from a
 * sentence to the next in a paragraph. `onRows`, when given, receives each
 * quote's candidates and features (used by the fitting script); with no
 * weights, the cascade's answers are returned as they are.
 */
export function rankSpeakers(
  quotes: readonly RankQuote[],
  mentions: readonly RankMention[],
  candidates: ReadonlyMap<string, RankCandidate>,
  blockOf: (offset: number) => number,
  sentenceOf: (offset: number) => number,
  weights: SpeakerWeights | null,
  onRows?: (quote: number, rows: RankRow[], cascade: RankQuote) => void
): (string | null)[] {
  const vectors = weights ? groupWeights(weights) : null
  const given = new Map<string, number>()
  for (const q of quotes) if (q.chosen !== null) given.set(q.chosen, (given.get(q.chosen) ?? 0) + 1)
  const out: (string | null)[] = []
  let lastCued: string | null = null
  // Blocks where each candidate spoke (by the cascade) so far: the last one.
  const spoke = new Map<string, number>()
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n]!
    const previous = n > 0 ? quotes[n - 1]!.chosen : null
    if (!vectors && !onRows) {
      out.push(q.chosen)
      continue
    }
    if (!q.open || carriesNameless(q, n > 0 ? quotes[n - 1]! : null)) {
      out.push(q.chosen)
      lastCued = remember(q, blockOf, spoke, lastCued)
      continue
    }
    const block = blockOf(q.start)
    const group = GROUPS.indexOf(q.chosen === null ? 'unresolved' : q.given === 'none' ? 'uncued' : q.given)
    // Nearest mention of each candidate before the quote, then after it.
    const before = new Map<string, {m: RankMention; rank: number}>()
    let firstSubject: string | null = null
    let nearestKey: string | null = null
    let near = false
    let k = tokenAt(mentions, q.start) - 1
    for (; k >= 0; k--) {
      const m = mentions[k]!
      if (m.end > q.start) continue
      if (q.start - m.end > RANK_LOOK_BACK) break
      if (q.start - m.end <= NEAR) near = true
      nearestKey ??= m.key
      if (m.subject && firstSubject === null) firstSubject = m.key
      if (!before.has(m.key)) before.set(m.key, {m, rank: before.size})
    }
    const after = new Map<string, RankMention>()
    for (k = tokenAt(mentions, q.end); k < mentions.length; k++) {
      const m = mentions[k]!
      if (m.start - q.end > LOOK_AHEAD) break
      if (!after.has(m.key)) after.set(m.key, m)
    }
    const keys: string[] = []
    const add = (key: string | null) => {
      if (key !== null && key !== q.excluded && candidates.has(key) && !keys.includes(key)) keys.push(key)
    }
    add(q.chosen)
    add(previous)
    add(lastCued)
    for (const key of after.keys()) if (keys.length < MAX_CANDIDATES) add(key)
    for (const key of before.keys()) if (keys.length < MAX_CANDIDATES) add(key)
    const rows: RankRow[] = []
    for (const key of keys) {
      const c = candidates.get(key)!
      const f = new Float64Array(B)
      const b = before.get(key)
      const a = after.get(key)
      if (key === q.chosen) {
        f[at('cascade')] = 1
        const branch = INDEX.get('cascade:' + q.branch)
        if (branch !== undefined) f[branch] = 1
      }
      // Sentences are looked up only for mentions near the quote.
      const sb = b && q.start - b.m.end <= NEAR ? sentenceOf(b.m.start) : -1
      const sa = a ? sentenceOf(a.start) : -1
      if ((sb >= q.sentenceStart && sb <= q.sentenceEnd) || (sa >= q.sentenceStart && sa <= q.sentenceEnd)) f[at('sentence:same')] = 1
      if (sb >= 0 && sb === q.sentenceStart - 1) f[at('sentence:previous')] = 1
      const last = spoke.get(key)
      if (last !== undefined) {
        f[at('spoke:before')] = 1
        if (last >= block - 1) f[at('spoke:near')] = 1
      }
      if (q.chosen === null && (q.cue || q.given !== 'none')) {
        if (f[at('sentence:same')]) f[at('cascadeNone:sentence')] = 1
        if (firstSubject === key) f[at('cascadeNone:nearestSubject')] = 1
        if (previous === key) f[at('cascadeNone:previousSpeaker')] = 1
      }
      if (b) {
        const d = q.start - b.m.end
        f[at('before:distance')] = Math.log1p(d) / LOG_BACK
        if (d <= 150) f[at('before:150')] = 1
        if (d <= 600) f[at('before:600')] = 1
        const mb = blockOf(b.m.start)
        if (mb === block) f[at('block:same')] = 1
        else if (mb === block - 1) f[at('block:previous')] = 1
        if (b.m.subject) f[at('subject')] = 1
        if (b.rank === 0) f[at('nearest')] = 1
      } else f[at('before:none')] = 1
      if (a) {
        f[at('after:distance')] = Math.log1p(Math.max(0, a.start - q.end)) / LOG_AHEAD
        if (a.start - q.end <= 60) f[at('after:60')] = 1
        if (blockOf(a.start) === blockOf(Math.max(q.start, q.end - 1))) f[at('after:sameBlock')] = 1
      } else f[at('after:none')] = 1
      if (firstSubject === key) f[at('nearestSubject')] = 1
      if (previous === key) f[at('previousSpeaker')] = 1
      if (lastCued === key) f[at('lastCuedSpeaker')] = 1
      const others = (given.get(key) ?? 0) - (q.chosen === key ? 1 : 0)
      f[at('quotesGiven')] = Math.log1p(others) / Math.LN2 / 4
      f[at('mentions')] = Math.min(1, Math.log1p(c.mentions) / Math.log1p(20))
      if (c.headline) f[at('headline')] = 1
      if (c.main) f[at('main')] = 1
      if (c.organization) f[at('organization')] = 1
      if (!c.entity) f[at('unlinked')] = 1
      if (q.given === 'pronoun' && q.gender && c.gender) f[at(q.gender === c.gender ? 'gender:agree' : 'gender:clash')] = 1
      if (q.given === 'none' && !q.cue) {
        if (previous === key) f[at('noCue:previousSpeaker')] = 1
        if (nearestKey === key) f[at('noCue:nearest')] = 1
      }
      if (q.given === 'pronoun') {
        if (firstSubject === key) f[at('pronoun:nearestSubject')] = 1
        if (previous === key) f[at('pronoun:previousSpeaker')] = 1
      }
      if (q.given === 'description' && c.main) f[at('description:main')] = 1
      rows.push({key, name: c.name, features: f})
    }
    const none = new Float64Array(B)
    none[at('none')] = 1
    if (q.chosen === null) none[at('none:cascade')] = 1
    if (!q.cue && q.given === 'none') none[at('none:noCue')] = 1
    if (q.partial) none[at('none:partial')] = 1
    if (!near) none[at('none:far')] = 1
    if (q.chosen === null && (q.cue || q.given !== 'none')) none[at('none:unresolvedCue')] = 1
    rows.push({key: null, name: null, features: none})
    if (onRows) onRows(n, rows.map((row) => ({...row, features: expand(row.features, group)})), q)
    let best: string | null = q.chosen
    if (vectors) {
      const vector = vectors[group]!
      // The cascade's answer wins ties.
      let top = -Infinity
      for (const row of rows) if (row.key === q.chosen) top = score(vector, row.features)
      for (const row of rows) {
        const s = score(vector, row.features)
        if (s > top) {
          top = s
          best = row.key
        }
      }
    }
    out.push(best)
    lastCued = remember(q, blockOf, spoke, lastCued)
  }
  return out
}

/**
 * Whether `q` carries no speaker from the direct quote before it, whose cue
 * the cascade deliberately left nameless (`"…," a spokesman said. "…"`): the
 * words go on in that nameless voice, not in the voice of someone named near.
 */
function carriesNameless(q: RankQuote, previous: RankQuote | null): boolean {
  return q.branch === 'inherited' && q.chosen === null && previous !== null && !previous.open && !previous.partial && previous.cue && previous.chosen === null
}

/**
 * Records the block where the cascade's speaker of `q` spoke last, and gives
 * the speaker of the last quote with a cue (`lastCued` unless `q` has one).
 */
function remember(q: RankQuote, blockOf: (offset: number) => number, spoke: Map<string, number>, lastCued: string | null): string | null {
  if (q.chosen === null) return lastCued
  spoke.set(q.chosen, blockOf(Math.max(q.start, q.end - 1)))
  return q.cue ? q.chosen : lastCued
}

/** The shared features followed by their copies for group `group` (the other groups' copies 0). */
function expand(base: Float64Array, group: number): Float64Array {
  const out = new Float64Array(SPEAKER_FEATURES.length)
  out.set(base, 0)
  out.set(base, B * (group + 1))
  return out
}

/** The score of a feature vector. */
export function score(weights: ArrayLike<number>, features: ArrayLike<number>): number {
  let s = 0
  for (let i = 0; i < features.length; i++) if (features[i] !== 0) s += weights[i]! * features[i]!
  return s
}

const aligned = new WeakMap<SpeakerWeights, Float64Array[]>()

/**
 * Per kind of quote, the weights of the shared features plus those of the
 * kind's copies (0 for a feature the weights lack): scores of the shared
 * features alone.
 */
function groupWeights(w: SpeakerWeights): Float64Array[] {
  let out = aligned.get(w)
  if (out) return out
  const all = new Float64Array(SPEAKER_FEATURES.length)
  w.features.forEach((name, i) => {
    const k = INDEX.get(name)
    if (k !== undefined) all[k] = w.weights[i] ?? 0
  })
  out = GROUPS.map((_, g) => {
    const v = all.slice(0, B)
    for (let f = 0; f < B; f++) v[f] = v[f]! + all[B * (g + 1) + f]!
    return v
  })
  aligned.set(w, out)
  return out
}
