import {spanAt, type Context} from '../context.js'
import {quoteDocument, sentenceAround, type QuoteBlock, type QuoteDocument} from '../extractors/quotes.js'
import type {Extractor, StepResult} from '../pipeline.js'
import {agentNounAt, attributionBefore, cuePhraseAt, firstTokenAt, genitiveEnding, hasQualifierEnding, organizationNounEndingAt, isElided, passiveParticipleBefore, isParticiple, isRoleWord, isVerbAt, mentionAfter, mentionBefore, nameEndingAt, objectVerbAt, verbBetween, withoutElision, type CueWords, type Mention} from '../quotes/cues.js'
import {sentenceIndex, tokenAt, type Token} from '../quotes/text.js'
import {fold, lookupsOf} from '../entities/lexicon.js'
import {pluralOf} from '../entities/candidates.js'
import {allAre, charIs, countWords, isBlank, isJsSpace, isSpaces, lazy, possessiveAt, unitIs, withoutFullStop} from '../chars.js'
import type {Entity, EntityType, NewsArticle, Quote, Speaker} from '../schema/article.js'
import type {QuoteLexicon} from '../locales/lexicon-quotes.js'
import {speakerRanker, type Branch, type GivenKind, type RankCandidate, type RankMention, type RankQuote, type SpeakerRanker} from '../quotes/ranking.js'
import {SPEAKER_WEIGHTS} from '../quotes/speaker-weights.js'
import {lastAtMost} from '../search.js'


/** How far back (in characters) a pronoun or a title looks for its person. */
const LOOK_BACK = 2500

/** A person or organisation named in the text, as a candidate speaker. */
interface Candidate {
  /** Offsets in the input. */
  readonly start: number
  readonly end: number
  /** Fullest name. */
  readonly name: string
  readonly entity?: string
  readonly type?: EntityType
  /** Subject of its sentence or of a speech verb: the likely antecedent of a pronoun. */
  readonly subject: boolean
  /** Lower-case word right before the mention (a title or a role: `ministre`, `mr`). */
  readonly before: string
  /** Lower-case words before the mention in its sentence, up to a verb (`le ministre de l'intérieur`). */
  readonly lead: readonly string[]
  readonly words: number
  /** `m` or `f` when a title gives it (`Mr`, `Ms`, on this mention or another of its entity). */
  readonly gender?: Gender
  /**
   * Of a name the entities step did not report: whether it reads as a person's, its first word a given name
   * (`Alan Pryce`, not `Grand Slam`) or a speech verb beside it (`Lawson said`).
   */
  readonly given?: boolean
  /**
   * The input offset of the source a phrase opening this mention's sentence names (`Selon X, Y reste …`: X's, on Y),
   * when this mention is not that source; -1 when there is none.
   */
  readonly sourced: number
}

type Gender = 'm' | 'f'

/** Options of `createAttributionRefiner`. */
export interface AttributionOptions {
  /**
   * Weighs the cascade's answers against the other candidates (`speakerRanker(weights, onRows)` from
   * `src/quotes/ranking.ts`); none keeps the cascade's answers. The default step passes the shipped
   * weights (`SPEAKER_WEIGHTS`); the fitting script passes its own.
   */
  readonly ranker?: SpeakerRanker
}

/**
 * An attribution refiner with a speaker ranker (see `attributionRefiner`).
 *
 * @param options The ranker, if any.
 */
export function createAttributionRefiner(options: AttributionOptions = {}): Extractor {
  return {name: 'attribution', run: (context, article) => attribute(context, article, options.ranker)}
}

/**
 * Resolves quote speakers: a name to the fullest name the article gives and
 * its entity (`Mr Lamberty` → `Michael Lamberty`); a pronoun (`il`, `she`,
 * `it`) to the person or organisation it stands for (the subject of a nearby
 * sentence or the last speaker); a title or role (`le ministre`, `the
 * minister`) to the person the article gave that role, else no speaker; a
 * quote with no cue to the speaker of the quote just before it or to the
 * person its paragraph introduces. Then the speaker ranker weighs each
 * quote's candidates (the cascade's answer, the people and organisations
 * named near it, earlier speakers, no one) with the weights fitted on the
 * annotated sets (`SPEAKER_WEIGHTS`, docs/speaker-ranking.md), and the best
 * scored one speaks.
 */
export const attributionRefiner: Extractor = createAttributionRefiner({ranker: SPEAKER_WEIGHTS === null ? undefined : speakerRanker(SPEAKER_WEIGHTS)})

function attribute(context: Context, article: Readonly<NewsArticle>, ranker: SpeakerRanker | undefined): StepResult {
  if (article.quotes.length === 0) return {}
  const doc = quoteDocument(context)
  if (doc.blocks.length === 0) return {}
  const quoteRanges = article.quotes.map((q) => [q.position.start.offset, q.position.end.offset] as const).sort((x, y) => x[0] - y[0])
  const inQuote = (s: number) => {
    let lo = 0
    let hi = quoteRanges.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (quoteRanges[mid]![0] <= s) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && s < quoteRanges[lo - 1]![1]
  }
  const candidates = buildCandidates(context, doc, article.entities, inQuote)
  const fullest = fullestNames(candidates)
  const genders = new Map<string, Gender>()
  for (const c of candidates) if (c.entity && c.gender && !genders.has(c.entity)) genders.set(c.entity, c.gender)
  const mentionIndex = new MentionIndex(article.entities)
  // The names of the places found (read by `voiceOf`, built when first needed).
  let places: Set<string> | null = null
  // The person the article names most, when one clearly is: whom a description with no subject nearby stands for.
  const main = mainPerson(article.entities)
  // A nationality in the singular (`American`, `Américaine`, not `Americans`: not a plural, by the locale's plural endings,
  // of another) or a listed noun (`Spaniard`, `Bleu`).
  const lookups = lookupsOf(context.locale)
  const demonyms = lookups.demonyms
  // An adjective qualifying a body's noun (`fédérale`, `iranienne`): a word with a qualifier ending, or a nationality.
  const isAdjective = (lower: string): boolean =>
    hasQualifierEnding(lower, context.locale.quotes.qualifierSuffixes, 3) || demonyms.has(fold(lower))
  const isPersonNoun = (lower: string): boolean => {
    if (doc.words.personNouns.has(lower)) return true
    const key = fold(lower)
    return demonyms.has(key) && !pluralOf(key, demonyms, lookups)
  }
  const w = doc.words
  const organizationPronouns = w.organizationPronouns
  // The type of each of the article's entities by id, read once (the entities do not change during attribution).
  let entityTypes: Map<string, EntityType> | null = null
  const typeOfEntity = (id: string | undefined): EntityType | undefined =>
    id === undefined ? undefined : (entityTypes ??= new Map(article.entities.map((e) => [e.id, e.type]))).get(id)
  const isPerson = (id: string): boolean => typeOfEntity(id) === 'person'
  // Whether `holder`, a role's holder found for a pronoun of gender `gender` (if any) whose antecedent is the entity
  // `found`, is a person other than that antecedent, of no other gender.
  const otherHolder = (holder: Speaker | null, found: string | undefined, gender: Gender | undefined): holder is Speaker => {
    if (holder?.entity === undefined || holder.entity === found || !isPerson(holder.entity)) return false
    const other = genders.get(holder.entity)
    return !(gender && other && other !== gender)
  }
  const isOrganization = (id: string | undefined): boolean => typeOfEntity(id) === 'organization'

  // The role words the article writes right before each person's name or gives as their title (`Tory chairman Liam Fox`).
  let rolesOf: Map<string, Set<string>> | null = null
  const otherRole = (entity: string, wanted: readonly string[]): boolean => {
    if (!rolesOf) {
      rolesOf = new Map()
      // A written word as a role (`Chancellor.` → `chancellor`).
      const roleKey = (word: string): string => withoutFullStop(word.toLowerCase())
      const hold = (id: string, role: string) => {
        let set = rolesOf!.get(id)
        if (!set) rolesOf!.set(id, (set = new Set()))
        set.add(role)
      }
      const add = (id: string, word: string) => {
        const x = roleKey(word)
        // Courtesy titles (`Mr`, `Dr`, `Lady`) are no role.
        if (!w.roleWords.has(x) || w.masculine.has(x) || w.feminine.has(x) || w.abbreviations.has(x)) return
        hold(id, x)
      }
      for (const c of candidates) {
        if (!c.entity || c.type !== 'person') continue
        // `shadow chancellor Oliver Letwin` holds the role `shadow chancellor`, not `chancellor`.
        const q = leadQualifier(c.lead, w)
        if (q && q !== c.before && w.roleWords.has(c.before)) hold(c.entity, `${q} ${c.before}`)
        else add(c.entity, c.before)
        // `au maire de Béziers Robert Ménard`: a role completed by a place or a body right before the name is held too.
        const [next, preposition, role] = c.lead
        if (role !== undefined && !w.roleWords.has(next!) && w.prepositions.has(preposition!)) add(c.entity, role)
      }
      for (const e of article.entities) {
        if (e.type !== 'person') continue
        // The title the entities step kept without its qualifier (`Chancellor` of `shadow chancellor`) is not held.
        const qualified = rankedRoles().get(e.id)?.bases
        for (const x of `${e.title ?? ''} ${e.role ?? ''}`.split(/\s+/)) if (!qualified?.has(roleKey(x))) add(e.id, x)
      }
    }
    const own = rolesOf.get(entity)
    // `l'élue` may be `la maire`, `Rock star X` may be `the singer`: a generic role clashes with none.
    // `the Salford MP` may be the minister named before: a describing role clashes with none either, when the description uses it.
    const shared = (r: string) => w.genericRoles.has(r) || w.describingRoles.has(r)
    if (own === undefined || wanted.every((r) => shared(withoutElision(r))) || [...own].every((o) => w.genericRoles.has(o))) return false
    // `député` is `députée`, `president` is `presidents`: one word the start of the other.
    for (const r of wanted) {
      const x = withoutElision(r)
      for (const o of own) if (o.startsWith(x) || x.startsWith(o)) return false
    }
    return true
  }
  // The qualifiers of the roles written before each person's name (`shadow` of `shadow chancellor Oliver Letwin`), and
  // the roles they qualify (`chancellor`); built when first needed.
  let ranked: Map<string, {qualifiers: Set<string>; bases: Set<string>}> | null = null
  const rankedRoles = (): Map<string, {qualifiers: Set<string>; bases: Set<string>}> => {
    if (ranked) return ranked
    ranked = new Map()
    for (const c of candidates) {
      if (!c.entity || c.type !== 'person') continue
      const q = leadQualifier(c.lead, w)
      if (!q) continue
      let found = ranked.get(c.entity)
      if (!found) ranked.set(c.entity, (found = {qualifiers: new Set(), bases: new Set()}))
      found.qualifiers.add(q)
      for (const x of c.lead) {
        if (!w.roleWords.has(x) || w.roleQualifiers.has(x)) break
        found.bases.add(x)
      }
    }
    return ranked
  }
  // Whether candidate `c` is named with a qualified role (`shadow chancellor`) that a description of words `parts`
  // (`the chancellor`) does not hold: someone else is meant.
  const otherRank = (c: Candidate, parts: readonly string[]): boolean => {
    const qualifiers = c.entity ? rankedRoles().get(c.entity)?.qualifiers : undefined
    if (qualifiers) for (const q of qualifiers) if (!parts.includes(q)) return true
    const q = c.entity ? null : leadQualifier(c.lead, w)
    if (q !== null && !parts.includes(q)) return true
    // `le président sénégalais` is not `l'ancien président américain Donald Trump`: a nationality in the description that
    // the one written before the candidate's name is not (`sénégalaise` is `sénégalais`: one word the start of the other).
    const own = parts.filter(nationality)
    if (own.length === 0) return false
    const theirs = c.lead.filter(nationality)
    return theirs.length > 0 && !theirs.some((t) => own.some((o) => t.startsWith(o) || o.startsWith(t)))
  }
  // The organisation a description at input offsets `at`–`end` names in its complement (`la présidente d'Escale
  // Confluences`): one the entities step found there, after the description's first word; else null.
  const describedOrganization = (at: number, end: number): Entity | null => {
    const first = /^\S+/.exec(context.source.slice(at, end))?.[0].length ?? 0
    const e = first > 0 && at + first < end ? mentionIndex.at(at + first, end) : null
    return e && e.type === 'organization' ? e : null
  }
  // Whether candidate `c` holds its role, as the entities step read it, with an organisation the entities step found
  // other than `body` (`présidente de la Fédération nationale des producteurs de fruits`, not of `Escale Confluences`).
  const otherBody = (c: Candidate, body: Entity | null): boolean => {
    if (!body || c.entity === undefined) return false
    const role = mentionIndex.byId(c.entity)?.role?.toLowerCase()
    if (!role || role.includes(body.name.toLowerCase())) return false
    return article.entities.some((e) => e.type === 'organization' && e.id !== body.id && e.name.length > 2 && role.includes(e.name.toLowerCase()))
  }
  // A nationality in the singular as a word of a description (`sénégalais`, `américaine`).
  const nationality = (lower: string): boolean => {
    const key = fold(lower)
    return demonyms.has(key) && !pluralOf(key, demonyms, lookups)
  }
  const resolved: Resolved[] = []
  // Whether the starts of the quotes resolved so far never decrease (quotes come in reading order), checked up to `checkedTo`.
  // (The built-in quotes step sorts its quotes, so `spokeBetween`'s walk over all of them when not ordered serves a custom
  // quotes step of a copied pipeline, whose quotes may come in any order.)
  let ordered = true
  let checkedTo = 1
  // The entities of the speakers of the quotes resolved so far (`undefined` for a quote with no speaker or one no entity
  // holds), added up to `spokenTo`: not a walk over every earlier quote for each description.
  const spoken = new Set<string | undefined>()
  let spokenTo = 0
  /** Whether a quote resolved so far has `entity` for its speaker's entity (`undefined`: one with none). */
  const spokeBefore = (entity: string | undefined): boolean => {
    for (; spokenTo < resolved.length; spokenTo++) spoken.add(resolved[spokenTo]!.speaker?.entity)
    return spoken.has(entity)
  }
  // The entity of the speaker of the quote resolved last that has one, read once per number of quotes resolved.
  let lastSpoken: {count: number; entity: string | undefined} = {count: -1, entity: undefined}
  /** The entity of the speaker of the quote resolved last that has one, if any. */
  const lastSpeaker = (): string | undefined => {
    if (lastSpoken.count === resolved.length) return lastSpoken.entity
    let entity: string | undefined
    for (let k = resolved.length - 1; k >= 0; k--) {
      if (resolved[k]?.speaker) {
        entity = resolved[k]!.speaker!.entity
        break
      }
    }
    lastSpoken = {count: resolved.length, entity}
    return entity
  }
  /** Whether a quote resolved so far that starts after `from` and before `to` has the entity `entity` for speaker. */
  const spokeBetween = (entity: string, from: number, to: number): boolean => {
    for (; ordered && checkedTo < resolved.length; checkedTo++) if (resolved[checkedTo]!.start < resolved[checkedTo - 1]!.start) ordered = false
    if (!ordered) return resolved.some((r) => r.start > from && r.start < to && r.speaker?.entity === entity)
    // In reading order: the quotes starting before `to` (a binary search), read back to `from`; not every earlier quote.
    for (let k = tokenAt(resolved, to) - 1; k >= 0 && resolved[k]!.start > from; k--) if (resolved[k]!.speaker?.entity === entity) return true
    return false
  }
  // The organisation named in a complement right after input offset `end` (`dans les colonnes du quotidien X`): the first
  // name after it, an organisation's, with a preposition first and no mark of a clause between; else null.
  const readIn = (end: number): Candidate | null => {
    const c = candidates[lowerBound(candidates, end)]
    if (!c || c.type !== 'organization' || c.start - end > READ_IN_GAP) return null
    const gap = context.source.slice(end, c.start)
    // (A reading infinitive first is skipped: `peut-on lire dans L’Observateur`.)
    const words = readComplementWords(gap, w)
    const first = words[0] ?? ''
    // (The name right after a preposition, a determiner or an outlet's noun, `du quotidien X`; not one qualifying another
    // noun: `sur le compte Twitter de la BBC`.)
    const last = words[words.length - 1] ?? ''
    if (!w.prepositions.has(last) && !w.determiners.has(last) && !w.organizationNounsByLast.has(last) && !w.organizationNounsByLast.has(`l’${last}`) && !w.organizationNounsByLast.has(`l'${last}`)) return null
    // (Not the one who read it: `lit-on dans le site spécialisé visité par Senego`.)
    return w.prepositions.has(first) && !/[,;:.!?«»“”"()]/.test(gap) && !gap.toLowerCase().split(/[\s\u00a0\u202f]+/).some((x) => w.agentMarkers.has(x)) ? c : null
  }
  const resolveMention = (text: string, at: number, end: number): Speaker | null => {
    // (A stressed pronoun after `selon`, `lui`, as the subject pronoun it stands as, `il`.)
    // (Non-breaking spaces between the words read as spaces: `The\u00a0company`, as `the company`; same length, same offsets.)
    const folded = text.toLowerCase().replace(/[\u00a0\u202f]/g, ' ')
    const lower = w.sourcePronouns.get(folded) ?? folded
    // `Officials said`, `"…," analysts said`: an unnamed group speaks, no one the article names.
    if (w.unnamedGroups.has(lower)) return null
    const position = spanAt(context, at, end).position
    // `UK-based research consultancy Analysys`: a name made an adjective qualifies the noun after it; the name that noun
    // introduces speaks (when none does, `the Newport-based athlete`, the description is read as below).
    const introduced = QUALIFYING_NAME().test(text) ? introducedAfterQualifier(context.source, candidates, end) : null
    if (introduced) return {...named(introduced.name, introduced.entity), position: spanAt(context, introduced.start, introduced.end).position}
    // `MPs have warned`, `The MPs said`: the committee the article names them in, when it names one.
    if (w.bodyMembers.has(lower)) {
      const body = bodyOfMembers(at, end)
      if (body) return {...body, position}
    }
    // `Celui-ci a déclaré`, `Ceux-ci avaient affirmé`: the person (a body, for a plural) named just before it, subject or not.
    if (w.demonstratives.has(lower)) {
      const found = lastNamed(candidates, at, w.pluralDemonstratives.has(lower) ? 'organization' : 'person')
      return found ? {...named(found.name, found.entity), position} : null
    }
    if (w.pronouns.has(lower)) {
      // `lit-on dans les colonnes du quotidien Yoor-Yoor`, `peut-on lire dans L’Observateur`: an indefinite reader, then the
      // organisation read in, named in a complement right after, speaks.
      if (w.unboundPronouns.has(lower)) {
        const read = readIn(end)
        if (read) return {...named(read.name, read.entity), position: spanAt(context, read.start, read.end).position}
        // `peut-on lire dans le texte`, `lit-on dans le communiqué du parti`: a body's document naming no one; the
        // organisation named before issued it.
        const issuer = readInDocument(context.source, end, w) ? antecedent(candidates, [], at, 'organization', true) : null
        return issuer ? {...named(issuer.name, issuer.entity), position: spanAt(context, issuer.from, candidates[lowerBound(candidates, issuer.from)]?.end ?? issuer.from).position} : null
      }
      const wantOrg = organizationPronouns.has(lower) && !w.personOrOrganizationPronouns.has(lower)
      // `he` is not `Ms Hughes`: a pronoun's gender rules out people titled with the other.
      const gender: Gender | undefined = w.masculine.has(lower) ? 'm' : w.feminine.has(lower) ? 'f' : undefined
      // `it` stands for an organisation the entities step found (not `One Night`, a title it left out), never for a person
      // quoted in between (`Halden Insurance said … Peter Moll said … However, it said`).
      const wanted = wantOrg ? 'organization' : w.pluralPronouns.has(lower) ? null : 'person'
      const blockStart = doc.blocks[blockAt(doc, at)]!.block.start
      const clauseStart = reportedClauseStart(doc, at)
      const object = (k: number) => inObject(candidates, k, context.source, w)
      // (`he`, `she` never stand for a place quoted before: `Spain and the Czech Republic have announced "…". He accused`.)
      const found = antecedent(candidates, resolved, at, wanted, wantOrg, blockStart, gender && {want: gender, of: genders}, clauseStart, object, w.personSubjectPronouns.has(lower))
      // `Le Conseil scientifique s'est montré prudent. …, il observe`: where determiners have a gender, a gendered pronoun
      // stands for an organisation that is a subject, named with a determiner of that gender, after the person found.
      const body = gender && !wantOrg && !w.pluralPronouns.has(lower) ? gendered(doc, candidates, at, found ? found.from : -1, gender) : null
      // (Not a body no quote has given the words of, when the person found is the one quoted last: `X … « … ». Le port
      // n'échappe pas à ses critiques. Il évoque des « … »` goes on with X.)
      if (body && !(found?.entity !== undefined && isPerson(found.entity) && lastSpeaker() === found.entity && body.entity !== undefined && !spokeBefore(body.entity))) return {...named(body.name, body.entity), position}
      // `A Labour spokesman later said … "…," he said.`: an unnamed newcomer in between is the one meant.
      const newcomer = indefiniteSubject(doc, found ? found.from : at - LOOK_BACK, at)
      if (newcomer) return voiceOf(newcomer.start, newcomer.end, position) ?? voiceOwner(newcomer.start, newcomer.end, position)
      // `Lord Butler said … The prime minister's official spokesman said … But he added: "…"`: a definite voice that
      // speaks after the person found, as the subject of its sentence, is the one meant (resolved as a cue's subject).
      if (found && gender && wanted === 'person') {
        // Only one owned through a genitive (`the prime minister's spokesman`, `Google's spokesman`): `The Tory spokesman`
        // may be the person found.
        const voice = personVoiceBetween(doc, context.source, found.from, at)
        if (voice) {
          const after = afterGenitive(context.source, voice.start, voice.end, w)
          if (after > 0) {
            const spoken = resolveMention(context.source.slice(after, voice.end), after, voice.end)
            return spoken ? {...spoken, position} : null
          }
        }
      }
      // `The BBC spokeswoman said Graham Norton's show … "…" she said.`: a voice that is the subject of the sentence
      // naming the person found, before that name, is the one meant.
      // (The person of the other gender the pronoun skipped locates that sentence too: `Graham Norton`, for `she`.)
      const skipped = gender ? found ?? antecedent(candidates, resolved, at, wanted, wantOrg, blockStart, undefined, clauseStart) : null
      if (skipped) {
        const opening = sentenceAt(doc, skipped.from)
        const voice = indefiniteSubject(doc, offsetOf(opening.view, opening.s), skipped.from, true)
        // Resolved as a cue's subject would be: `The Tory spokesman` may be a person named with that role before.
        const spoken = voice ? resolveMention(context.source.slice(voice.start, voice.end), voice.start, voice.end) : null
        if (spoken) return {...spoken, position}
      }
      // `The prime minister is trying … his relationship with Gordon Brown … He is saying`: a pronoun whose antecedent
      // is a name that is no subject stands for the definite role that is the subject of that name's sentence.
      const foundAt = found ? candidates[lowerBound(candidates, found.from)] : undefined
      const subjectRole = found && foundAt?.start === found.from && !foundAt.subject ? roleSubject(doc, found.from) : null
      if (subjectRole && w.determiners.has(context.source.slice(subjectRole[0], subjectRole[1]).split(/\s+/)[0]!.toLowerCase()) && predicateBetween(doc, subjectRole[1], found!.from)) {
        const holder = resolveMention(context.source.slice(subjectRole[0], subjectRole[1]), subjectRole[0], subjectRole[1])
        const other = holder?.entity !== undefined ? genders.get(holder.entity) : undefined
        if (holder && !(gender && other && other !== gender)) return {...holder, position}
      }
      // `… where George Bush opposed it. But the Tory leader argued …. "…," he said`: a definite role opening a sentence
      // after the one naming the person found, as its subject, stands nearer: its holder is the one meant.
      if (found && wanted === 'person' && !w.pluralPronouns.has(lower)) {
        // (After a phrase opening the sentence or with a complement, `Dans une publication, le président de l'Assemblée a
        // salué …`, only when the person found is no subject: `Recadré par X, …`, `… reçu par X.`)
        const role = roleOpeningBetween(doc, found.from, at) ?? (foundAt?.start === found.from && !foundAt.subject ? roleSubjectBetween(doc, found.from, at) : null)
        // Not when words quoted after the role were the person found's (`Le Premier ministre s'est félicité … « … »` after
        // `Sonko`): the role was that person.
        const holds = role !== null && found.entity !== undefined && spokeBetween(found.entity, role[1], at)
        const holder = role && !holds ? resolveMention(context.source.slice(role[0], role[1]), role[0], role[1]) : null
        if (otherHolder(holder, found.entity, gender)) return {...holder, position}
      }
      // `Pour le député des Bouches-du-Rhône, Emmanuel Macron est le seul responsable : « … », a-t-il déclaré`: a pronoun in
      // the sentence a source phrase naming a role opens stands for the holder of that role, not for the subject it speaks of.
      if (found && wanted === 'person' && !w.pluralPronouns.has(lower)) {
        const source = roleSource(doc, at)
        if (source && source[1] <= found.from) {
          const holder = resolveMention(context.source.slice(source[0], source[1]), source[0], source[1])
          if (otherHolder(holder, found.entity, gender)) return {...holder, position}
        }
      }
      // `Solenn a écrit : « … », avait-elle ajouté`: a pronoun that may stand for an organisation (`elle`)
      // stands for the name opening its sentence, even when the entities step typed it as one.
      if (!wantOrg && organizationPronouns.has(lower)) {
        const opener = sentenceOpener(doc, candidates, at)
        if (opener && opener.type === 'organization' && (!found || opener.start > found.from)) {
          return {...named(opener.name, opener.entity), position}
        }
      }
      // `« … », ont-ils confié`, `"…" they said`, `aux yeux des syndicats. Ils disent vouloir « … »`: a plural pronoun
      // stands for a body or a group (`les proches de Seydina`, `the BBC`, `the lawmakers`), never for one person.
      if (found && w.pluralPronouns.has(lower) && !wantOrg && !isOrganization(found.entity)) return null
      if (!found) return null
      // `Jason Garner says … Garner, Darren Camp, Marlon Devin and Mark Lewis have all been given MBEs. "…," he said`: a
      // person found in a list of people that is the subject of an earlier sentence could be any of them; the one of
      // them alone a subject before the list (the one the article is about so far), else the article's main person when
      // one of them, else no one.
      if (gender && w.personSubjectPronouns.has(lower) && found.entity !== undefined) {
        const list = personList(candidates, found.from, context.source, w)
        if (list && sentenceStartAt(doc, list[list.length - 1]!.end) < sentenceStartAt(doc, at)) {
          const fits = (id: string) => (genders.get(id) ?? gender) === gender
          const members = new Set(list.map((c) => c.entity))
          const topics = new Set<string>()
          for (let k = 0; k < candidates.length && candidates[k]!.start < list[0]!.start; k++) {
            const c = candidates[k]!
            if (c.subject && c.entity !== undefined && members.has(c.entity) && fits(c.entity)) topics.add(c.entity)
          }
          const topic = topics.size === 1 ? list.find((c) => topics.has(c.entity!)) : undefined
          if (topic) return {...named(topic.name, topic.entity), position}
          const chosen = main !== null && members.has(main.id) && fits(main.id) ? main : null
          return chosen ? {name: chosen.name, entity: chosen.id, position} : null
        }
      }
      // `the defender said: "…" Souness is said to … But the Dubliner underlined … He added: "…"`: a verb that goes on
      // with words already said has for subject the person quoted last, in this paragraph or the one before.
      if (gender && wanted === 'person' && w.continuingVerbs.size > 0 && w.continuingVerbs.has(verbAfterPronoun(context.source, end, w))) {
        const last = resolved[resolved.length - 1]
        const entity = last?.speaker?.entity
        const other = entity !== undefined ? genders.get(entity) : undefined
        // Not when the person found spoke since, in words reported (`Lord Tebbit said he agreed … "…," he added`).
        if (last && entity !== undefined && entity !== found.entity && isPerson(entity) && last.lastBlock >= blockAt(doc, at) - 1 && !(other && other !== gender) && !activeSpeechBetween(doc, found.from, at)) return {...last.speaker!, position}
      }
      // `He suggested the claim that Lord Falconer had drafted it was wrong. "…," he said`: a person found inside the clause
      // that the same pronoun opening that sentence reports (a speech verb right after it) yields to whom that pronoun
      // stands for (`he`, `she` only: pronouns that stand for a person alone).
      if (gender && wanted === 'person' && w.personSubjectPronouns.has(lower)) {
        const opener = pronounReporting(doc, found.from, lower)
        const before = opener ? resolveMention(lower, opener[0], opener[1]) : null
        if (before?.entity !== undefined && before.entity !== found.entity && isPerson(before.entity) && (genders.get(before.entity) ?? gender) === gender) return {...before, position}
      }
      // `But Mr Howard denied Mr Yeo said the plans "stink". He also said …`: a person found inside the clause another
      // person opening that sentence reports yields to that person, the one the sentence is about.
      if (gender && wanted === 'person') {
        const opener = reportingSubject(doc, candidates, found.from)
        const other = opener?.entity !== undefined ? genders.get(opener.entity) : undefined
        if (opener && opener.entity !== found.entity && !(other && other !== gender)) return {...named(opener.name, opener.entity), position}
      }
      // `Moyes defended Beattie, saying Gallas overreacted. But he …`: a person found as the subject of the clause a
      // participle set off by a comma reports yields to the subject opening that sentence (a name, or a definite role).
      if (gender && wanted === 'person' && w.personSubjectPronouns.has(lower)) {
        const reporter = participleReporter(doc, candidates, found.from)
        const holder = reporter === null ? null : Array.isArray(reporter) ? resolveMention(context.source.slice(reporter[0], reporter[1]), reporter[0], reporter[1]) : named(reporter.name, reporter.entity)
        const other = holder?.entity !== undefined ? genders.get(holder.entity) : undefined
        if (holder?.entity !== undefined && holder.entity !== found.entity && isPerson(holder.entity) && !(other && other !== gender)) return {...holder, position}
      }
      const {from: _from, ...c} = found
      return {...c, position}
    }
    // `souligne l’Ong`, `l’ONG explique`: an organisation noun written with a capital after an elided article (read as a
    // name without it) is a description, resolved with its article.
    // (Not the first word of a name the entities step found: `l’Organisation mondiale de la santé`.)
    const elidedNoun = mentionIndex.startingAt(at, at) ? -1 : elidedOrganizationNoun(doc, context.source, text, at)
    if (elidedNoun >= 0) return resolveMention(context.source.slice(elidedNoun, end), elidedNoun, end)
    const firstWord = lower.split(/\s+/)[0]!
    // `a averti le porte-parole, Ma Xiaoguang`, `a lancé Mon Amour`: a capitalised first word that is also a determiner
    // opens the name of a person when the entities step found a person's name there, covering the whole mention.
    if (w.determiners.has(firstWord) && charIs('upper', text)) {
      const person = mentionIndex.startingAt(at, at)
      if (person && person.entity.type === 'person' && person.end >= end) return {name: person.entity.name, entity: person.entity.id, position}
    }
    // `the General Union of Dockers`, `le Syndicat général du Livre`: a determiner before the name of an organisation or a person.
    if (w.determiners.has(firstWord)) {
      // The determiner alone (a speaker cut short): no name after it.
      const next = /^\S+\s+/.exec(text)?.[0].length ?? text.length
      const named = charIs('upper', text, next) ? mentionIndex.startingAt(at + next, at + next) : null
      // Not when a role follows the name (`the Sale player`: a player of Sale), qualified or not (`the Spurs sporting director`).
      const after = named ? (/^\s*(\S+)/.exec(context.source.slice(named.end, Math.min(end, named.end + 40)))?.[1] ?? '').toLowerCase() : ''
      // Nor when it only qualifies the noun of a body named by its description (`The Commons education select committee`,
      // not `the Google team`).
      const qualifies = named !== null && named.end < end - 1 && w.describedBodies.has(lower.slice(lower.lastIndexOf(' ') + 1)) && isOrganizationNoun(lower, doc)
      if (named && !qualifies && !w.roleWords.has(after) && !describedRole(doc, named.start, named.end)) return expandAcronym({name: named.entity.name, entity: named.entity.id, position}, named.entity.type)
    }
    // `Labour says`: a capitalised word that is also a role word (`labour` of `Labour MP`) names the organisation the
    // entities step found there, when it is the whole mention.
    if (charIs('upper', text) && !/\s/.test(text) && isRoleWord(firstWord, w)) {
      const body = mentionIndex.startingAt(at, at)
      if (body && body.entity.type === 'organization' && body.end === end) return {name: body.entity.name, entity: body.entity.id, position}
    }
    // `The marathon world record holder believes`, given as `holder`: a lone role word in lower case that ends a
    // description a definite article opens the sentence with is that description.
    const opened = !/\s/.test(text) && charIs('lower', text) && isRoleWord(lower, w) ? definiteOpening(doc, at) : -1
    if (opened >= 0) return resolveMention(context.source.slice(opened, end), opened, end)
    // `L'entrepreneur`, `L'intéressé`: an elided article before a common noun is a description, not a name.
    const elided = isElided(firstWord) && charIs('lower', text, 2)
    if (charIs('lower', text) || elided || w.determiners.has(firstWord) || isRoleWord(firstWord, w) || isOrganizationNoun(lower, doc)) {
      // An indefinite role (`un porte-parole`, `a Labour spokesman`) is someone new: never a person named before.
      if (w.indefinites.has(firstWord)) {
        const voiced = voiceOf(at, end, position) ?? memberOf(at, end, position) ?? voiceOwner(at, end, position)
        if (voiced) return voiced
        // (`A UKIP MEP suggested` in the lead: the one the next block names; never a voice, `a spokesman`.)
        const head = lower.slice(lower.lastIndexOf(' ') + 1)
        const held = isRoleWord(head, w) && !w.voiceRoles.has(head) && !w.bodyMemberRoles.has(head) ? leadHolder(at) : null
        return held ? {...held, position} : null
      }
      // A role or an organisation noun.
      // Role words, and nouns naming a person by what they do (`le basketteur`, `cette urbaniste`).
      const parts = lower.split(/\s+/)
      // `the American`, `l’Américain`: a capitalised nationality as the whole description (not `l’armée américaine`).
      const personNoun = (x: string, i: number) => {
        const bare = withoutElision(x)
        return ((parts.length === 2 && i === 1) || (parts.length === 1 && bare !== x)) && charIs('upper', text, text.length - bare.length) && isPersonNoun(bare)
      }
      const roles = parts.filter((x, i) => isRoleWord(x, w) || agentNounAt(x, parts[i - 1] ?? '', w) || personNoun(x, i))
      // `the New Zealander`: a nationality of several words as the whole description.
      const rest = parts.slice(1).join(' ')
      if (roles.length === 0 && parts.length > 2 && charIs('upper', text, text.length - rest.length) && isPersonNoun(rest)) roles.push(rest)
      // `le communiqué de la FFR` names its organisation; `le communiqué` alone is the organisation's named before.
      const organizationNoun = isOrganizationNoun(lower, doc)
      const own = organizationNoun ? voiceOf(at, end, position) : null
      if (own) return own
      // `the government said`: only an organisation named with that noun (`the Welsh Assembly Government`), else no one.
      if (w.namedOnlyBodies.has(lower)) {
        const c = organizationNamedWith(candidates, parts[parts.length - 1]!, at, 0)
        return c ? {...named(c.name, c.entity), position} : null
      }
      // A description whose noun names a body (`the environment select committee`) holds no person's role.
      const body = organizationNoun && w.organizationHeads.has(parts[parts.length - 1]!)
      const wanted = roleKeys(roles)
      // (`la présidente d'Escale Confluences` is not `X, présidente de la Fédération nationale …`: not someone whose role the
      // article gives with another organisation than the one the description names.)
      const ownBody = roles.length > 0 ? describedOrganization(at, end) : null
      const found = (body ? null : byRole(candidates, mentionIndex, wanted, at, w, (c) => otherRank(c, parts) || otherBody(c, ownBody))) ?? (organizationNoun ? bodyFor(parts, at, end) : null)
      const c = found ? (({from: _f, ...rest}: Speaker & {from?: number}) => rest)(found) : null
      if (c) return {...c, position}
      // `our correspondent added`: the outlet's own reporter, whom the article names with that role (found above) or not at all.
      // `his son said`, `her lawyer said`: someone other than the one the possessive refers to, named with that role (found
      // above) or not at all.
      // (`…, according to his former adviser.` in the lead: the one the next block names, when not the one the lead names
      // before it, whom `his` stands for.)
      const possessed = roles.length > 0 && w.possessiveDeterminers.has(firstWord) ? leadHolder(at) : null
      if (possessed && !namedBefore(candidates, possessed.entity, doc.blocks[blockAt(doc, at)]!.block.start, at)) return {...possessed, position}
      if (roles.length > 0 && (w.ownDeterminers.has(firstWord) || w.possessiveDeterminers.has(firstWord))) return null
      // `…, its co-chairman has said.` in the lead: the one the next block names.
      // (Not a body's description, `le gouvernement togolais`, nor a role a name follows in apposition, `le ministre du Travail, X`.)
      const held = roles.length > 0 && !organizationNoun && !parts.some((x) => w.voiceRoles.has(x)) && !apposedPerson(doc, candidates, end) ? leadHolder(at) : null
      // (A role with a feminine determiner is never a man's: `La journaliste de CNews reproche au président …` then
      // `Emmanuel Macron donnera …`.)
      const heldMan = held?.entity !== undefined && w.feminineDeterminers.has(firstWord) && genders.has(held.entity) && genders.get(held.entity) !== 'f'
      if (held && !heldMan) return {...held, position}
      // `the Labour spokesman`: someone who speaks for an organisation the article does not name him in.
      const voice = voiceOf(at, end, position)
      if (voice) return voice
      // `a précisé le communiqué`, `the statement said`: the organisation named before speaks through it.
      if (!w.indefinites.has(firstWord) && parts.some((x) => w.voiceRoles.has(x))) {
        // `Tony Blair's official spokesman`, `the prime minister's spokesman`: someone speaking for a person, who is not
        // the one speaking and names no one else (a person's `statement` is theirs); someone speaking for an
        // organisation (`Google's spokesman`) is that organisation.
        const voiced = genitiveOwner(at)
        if (voiced === 'person' && isRoleWord(parts[parts.length - 1]!, w)) return null
        if (voiced && voiced !== 'person') return {...named(voiced.name, voiced.id), position}
        // The one the article gave that voice before (`a World Bank report` … `the report said`), else the organisation named before.
        // Never the agency the dateline credits (`WASHINGTON (Reuters) -`): it reports the statement, it does not make it.
        // (`"…," the club said in its statement. … "…," the statement said`: a body quoted last in this paragraph or the one
        // before, rather than the organisation named before it.)
        const quoted = w.definiteArticles.has(firstWord) ? paragraphSpeaker(resolved, blockAt(doc, at)) : null
        // (`…, a report says. The National Audit Office praised …` … `the report adds`: the source the lead's nameless report
        // was found to be, for a finding noun the article introduced no owner for.)
        const noun = parts[parts.length - 1]!
        const lead = w.definiteArticles.has(firstWord) && w.findingNouns.has(noun) ? namelessLeadOwner() : null
        const owner = voiceIntroduced(candidates, context.source, noun, at, w) ?? (lead && lead.position && lead.position.start.offset < at ? lead : null) ?? (quoted?.entity !== undefined && !isPerson(quoted.entity) ? {name: quoted.name, entity: quoted.entity} : null) ?? antecedent(candidates, [], at, 'organization', true)
        if (owner && owner.name !== article.dateline?.source) return {...named(owner.name, owner.entity), position}
      }
      // `rigole la comédienne`, `said the Sale player`: a definite description of someone named before stands for
      // the person who is the subject nearby. With a complement (`the head of X` often names someone else), only
      // when that subject is in this sentence or the one before (`PPDA a … L'ex présentateur du JT de TF1 a …`).
      const complement = parts.some((x) => w.prepositions.has(x))
      if (roles.length > 0 && !w.indefinites.has(firstWord) && (w.determiners.has(firstWord) || /^l['’]/.test(firstWord))) {
        // `La journaliste de CNews reproche au président …`: a feminine determiner makes the role a woman's (a masculine one
        // does not make it a man's: `le ministre Agnès Buzyn`), never a man the text names as one.
        const feminine = w.feminineDeterminers.has(firstWord)
        const near = antecedent(candidates, resolved, at, 'person', true, doc.blocks[blockAt(doc, at)]!.block.start, feminine ? {want: 'f', of: genders} : undefined)
        const mainFits = main !== null && !(feminine && genders.has(main.id) && genders.get(main.id) !== 'f')
        if (complement) {
          if (near && subjectJustBefore(doc, candidates, near.from, at)) return {...named(near.name, near.entity), position}
          // `a répondu l'ancien buteur de Tottenham`: the article's main person, when the person named last is them.
          if (main && mainFits && near?.entity === main.id) return {name: main.name, entity: main.id, position}
        } else {
          // Not someone the article gives another role (`the prime minister` is not `Tory chairman Liam Fox`):
          // the nearest person it gives no other role, a subject first.
          // A description by what someone does (`le spécialiste`) is no title: a person with one (`le professeur X`) may be meant.
          // (A role put in the past, `the former cabinet secretary`, clashes with none the person holds now.)
          const titled = roles.some((x) => isRoleWord(x, w)) && !parts.some((x) => w.pastQualifiers.has(x))
          const other = (entity?: string) => titled && entity !== undefined && otherRole(entity, roles)
          if (near && other(near.entity)) {
            // Then the article's main person, else the nearest person with no other role.
            const found = main && mainFits && !other(main.id) ? {name: main.name, entity: main.id} : unroled(candidates, at, other)
            if (found) return {...named(found.name, found.entity), position}
            // Else the person quoted last in this paragraph or the one before (`», assure l'élu` after `», a dit le député`).
            const last = paragraphSpeaker(resolved, blockAt(doc, at))
            return last && last.entity !== undefined && isPerson(last.entity) ? {...last, position} : null
          }
          // A subject nearby, else the article's main person (the one named most, when one is), else the nearest person.
          const nearSubject = near ? candidates[lowerBound(candidates, near.from)]?.subject !== false || spokeBefore(near.entity) : false
          const found = !nearSubject && main && mainFits && !other(main.id) ? {name: main.name, entity: main.id} : near
          if (found) return {...named(found.name, found.entity), position}
        }
      }
      if (roles.length > 0) {
        // The description's determiner, an elided one cut after its apostrophe (`l'ambassadrice` → `l'`).
        const determiner = firstWord.replace(/['’].*/, (m) => m.slice(0, 1))
        // `Le parlementaire a poursuivi :` right after a quote of someone: the same person.
        const previous = resolved[resolved.length - 1]
        if (previous?.speaker && previous.lastBlock >= blockAt(doc, at) - 1 && w.definiteArticles.has(determiner)) return {...previous.speaker, position}
        // `« … », selon l'ambassadrice du Royaume-Uni` in a headline or a lead, the holder named only later
        // (`L'ambassadrice Juliette John a …`): the first person after it named with that role.
        if (w.determiners.has(determiner)) {
          const later = byRoleAfter(candidates, mentionIndex, wanted, end, w)
          if (later) return {...later, position}
        }
      }
      return null
    }
    // The complement of a role (`le président de la République`, `le fondateur de Tesla et SpaceX`, `the head of BP`):
    // the role phrase is the subject, and stands for its holder, not for the name it is completed by.
    // (Nouns describing the name may come before it when it opens with no given name, and the role is a demonstrative's,
    // which names someone named before (`ce chercheur au cercle de réflexion Carnegie Endowment`), or its holder follows
    // in apposition (`le correspondant de l’agence Reuters à l’Élysée, Michel Rose`); not `la capitaine de gendarmerie
    // Amel Ayoubi`, `le ministre de la Protection du citoyen Michalis Chryssohoïdis`: the name is the holder's.)
    const complemented = complementOfRole(doc, at) ?? describedComplement(text, at, end)
    if (complemented !== null && !personInside(text, at)) {
      const entity = entityFor(article.entities, text, at, end, mentionIndex)
      const lowerName = text.toLowerCase()
      // A person named as written (not a name glued to a place before it, `République de Bayonne`).
      if (entity?.type !== 'person' || entity.name.toLowerCase() === lowerName || entity.aliases.some((x) => x.toLowerCase() === lowerName)) {
        // `la présidente de la Commission, Ursula von der Leyen, a assuré`: the person in apposition to the role.
        const apposed = apposedPerson(doc, candidates, end)
        if (apposed) return {...named(apposed.name, apposed.entity), position: spanAt(context, apposed.start, apposed.end).position}
        const holder = resolveMention(context.source.slice(complemented, end), complemented, end)
        // `L’avocat de Murielle Bolle`: whoever holds the role, not the person completing it.
        return holder && (holder.entity === undefined || holder.entity !== entity?.id) ? holder : null
      }
    }
    // `said the American`, `a déclaré le Bleu`: a nationality or a team after a definite determiner describes a person.
    const described = personDescribed(doc, at, end, isPersonNoun)
    if (described) return resolveMention(context.source.slice(described, end), described, end)
    // The first words of a longer name (`le Syndicat général du Livre`, cut at `général`): that entity.
    const longer = mentionIndex.startingAt(at, end)?.entity
    if (longer) return expandAcronym({name: longer.name, entity: longer.id, position}, longer.type)
    // A name between a determiner and a role (`the Sale player`): it qualifies the role, which is the subject.
    const qualified = describedRole(doc, at, end)
    if (qualified) return resolveMention(context.source.slice(qualified[0], qualified[1]), qualified[0], qualified[1])
    // A party's acronym after a role (`la députée LFI`, `le patron des députés LR`): it qualifies the role, which is the
    // subject (not a name after an adjective read as a role: `The official Xinhua News Agency said`).
    const party = SHORT_ACRONYM().test(text) ? roleBeforeOrganization(doc, at) : null
    const body = party ? mentionIndex.startingAt(at, at) : null
    if (party && body && body.entity.type === 'organization' && body.end >= end) {
      return resolveMention(context.source.slice(party[0], party[1]), party[0], party[1])
    }
    // `Sofiène Toubel du Mouvement X`, `Nick Bubb of Evolution Securities`: the person before the affiliation.
    const words = text.split(/\s+/)
    const cut = words.findIndex((x, i) => i >= 1 && w.prepositions.has(x.toLowerCase()))
    if (cut >= 1 && cut < words.length - 1) {
      const head = text.slice(0, text.indexOf(words[cut]!, words.slice(0, cut).join(' ').length)).trimEnd()
      const person = entityFor(article.entities, head, at, at + head.length, mentionIndex)
      if (person?.type === 'person') return {name: person.name, entity: person.id, position}
    }
    // A name.
    const entity = entityFor(article.entities, text, at, end, mentionIndex)
    // `said Dr Jane Holt of the UK Patent Office`, typed one organisation by the entities step: the person named before
    // the affiliation speaks, not the body (no entity of theirs to link).
    if (entity?.type === 'organization' && /\s/.test(text) && affiliatedIn(entity.name, text, w)) return {name: text, position}
    // `Ms Chada said` after `Monica Chadha`: a surname alone, one letter off the surname of a person named in full, is a typo
    // of it.
    const variant = entity?.type === 'person' && !/\s/.test(entity.name) ? surnameVariant(article.entities, entity.name) : null
    if (variant) return {name: variant.name, entity: variant.id, position}
    if (entity) return expandAcronym({name: entity.name, entity: entity.id, position}, entity.type)
    if (openingWord(doc, text, at, end)) return null
    // `The Oscar winner said`, `said one London-based broker`, `said the New Zealander`: capitalised words that name no
    // entity, after an article, describe someone; the description is resolved, never kept as a name.
    const description = describedName(doc, at, end, text, isPersonNoun)
    const phrase = description ? context.source.slice(description[0], description[1]) : ''
    // Not a place qualifying a body (`The US government has faced`): the country speaks.
    if (description && !(placeStartsAt(at) && isOrganizationNoun(phrase.toLowerCase(), doc))) return resolveMention(phrase, description[0], description[1])
    return expandAcronym({name: fullest(text), position})
  }
  // The organisation the sentences after a lead whose source names nobody (`…, a report says.`) name as that source, else
  // null (read once, when first needed).
  let leadOwner: Speaker | null | undefined
  const namelessLeadOwner = (): Speaker | null => {
    if (leadOwner !== undefined) return leadOwner
    leadOwner = null
    const headline = article.headlinePosition
    if (!headline) return leadOwner
    let b = blockAt(doc, headline.end.offset)
    if (doc.blocks[b]!.block.start < headline.end.offset) b++
    const view = doc.blocks[b]
    if (!view || view.masked.trim() === '') return leadOwner
    const [from, to] = sentenceAround(view, 0)
    if (!namelessLeadSource(view, from, to, w)) return leadOwner
    const found = sourceAfterLead(context.source, doc, b, to, clean, resolveMention)
    leadOwner = found?.entity !== undefined && isOrganization(found.entity) ? found : null
    return leadOwner
  }
  // `The Conservative Party would deal "sympathetically" with …, its co-chairman has said.` then `Dr Liam Fox told …`, `A
  // UKIP MEP suggested … an "empire" …` then `Mike Nattrass, UKIP's deputy leader, made the comments …`: a role in the
  // lead's first sentence (the first block after the headline) the article has named no one with stands for the person whose name opens
  // the next block as its subject (a title or a few role words may come first). Null otherwise.
  const leadHolder = (at: number): Speaker | null => {
    const headline = article.headlinePosition
    if (!headline || at < headline.end.offset) return null
    let b = blockAt(doc, headline.end.offset)
    if (doc.blocks[b]!.block.start < headline.end.offset) b++
    while (b < doc.blocks.length && doc.blocks[b]!.masked.trim() === '') b++
    if (b !== blockAt(doc, at) || b + 1 >= doc.blocks.length) return null
    // (In the lead's first sentence.)
    const lead = doc.blocks[b]!
    if (at >= offsetOf(lead, sentenceAround(lead, 0)[1])) return null
    const next = doc.blocks[b + 1]!
    const first = lowerBound(candidates, next.block.start)
    // (`Formerly one of Mr Brown's closest aides, Ed Balls hinted …`: a person subject after an opening phrase and its comma.)
    const opened = openedSubject(candidates, first, context.source, next.block.start)
    if (opened) return named(opened.name, opened.entity)
    const c = candidates[first]
    if (!c || c.type !== 'person' || c.entity === undefined || !c.subject) return null
    const view = next
    const k = firstTokenAt(view.tokens, indexIn(view, c.start))
    if (k > REPORTER_LEAD) return null
    for (let t = 0; t < k; t++) {
      const lower = withoutFullStop(view.tokens[t]!.lower)
      if (!isRoleWord(lower, w) && !w.masculine.has(lower) && !w.feminine.has(lower) && !charIs('upper', view.tokens[t]!.text)) return null
    }
    return named(c.name, c.entity)
  }
  // Who owns the words at `at` through a genitive just before them (`Tony Blair's spokesman`, `the minister's aide`,
  // `Google's spokesman`): an organisation's entity, `'person'` for a person or a role, else null.
  const genitiveOwner = (at: number): Entity | 'person' | null => {
    const before = context.source.slice(Math.max(0, at - 40), at)
    const m = /(\S+)\s+$/.exec(before)
    if (!m) return null
    const word = m[1]!
    const ending = genitiveEnding(word, w.genitiveEndings)
    if (ending === undefined) return null
    const wordEnd = at - (before.length - m.index - word.length) - ending.length
    const entity = mentionIndex.at(wordEnd - 1, wordEnd)
    if (entity) return entity.type === 'person' ? 'person' : entity.type === 'organization' ? entity : null
    return isRoleWord(word.slice(0, -ending.length).toLowerCase(), w) ? 'person' : null
  }
  // Whether the word right after input offset `at` is a verb of its own: a lower-case word that is no auxiliary, no
  // adverb the auxiliaries list, no preposition or determiner (`It blamed`, not `It was`, `It will`, `It also`).
  const lexicalVerbAfter = (at: number): boolean => {
    const m = LOWER_WORD_AFTER().exec(context.source.slice(at, at + 30))
    if (!m) return false
    const x = m[1]!
    return !w.auxiliaries.has(x) && !w.passiveAuxiliaries.has(x) && !w.prepositions.has(x) && !w.determiners.has(x) && !w.clauseWords.has(x)
  }
  // Whether a person's name starts after the first word of `text` at `at` (`Santé Olivier Véran`: a role's complement
  // glued to the name): a person's mention starts there, or a given name is a word there.
  const personInside = (text: string, at: number): boolean => {
    const parts = text.split(' ')
    let offset = 0
    for (let k = 0; k < parts.length; offset += parts[k]!.length + 1, k++) {
      if (k === 0) continue
      const found = mentionIndex.startingAt(at + offset, at + offset)
      if (found && found.entity.type === 'person') return true
      if (isGivenName(parts[k]!, context)) return true
    }
    return false
  }
  // An acronym to its expansion in the article (`B&B` → `Bradford & Bingley`, `JRFU` → `Japanese Rugby Football Union`).
  let expansions: Map<string, Candidate> | null = null
  const expandAcronym = (speaker: Speaker, type?: EntityType): Speaker => {
    if (type === 'person' || !SHORT_ACRONYM().test(speaker.name)) return speaker
    expansions ??= acronymExpansions(candidates)
    const long = expansions.get(speaker.name.replace(NOT_UPPER(), ''))
    if (!long) return speaker
    return {...named(long.name, long.entity), position: speaker.position}
  }
  // Whether `name` is a name or alias of a place the entities step found.
  const placeNamed = (name: string): boolean =>
    (places ??= new Set(article.entities.filter((e) => e.type === 'location').flatMap((e) => [e.name, ...e.aliases]))).has(name)
  // The speaker credited for someone who speaks for an organisation (`un porte-parole de la SNCF` → `SNCF`), else none.
  const voiceOf = (at: number, end: number, position: Speaker['position']): Speaker | null => {
    const words = context.source.slice(at, end)
    if (!words.toLowerCase().split(/\s+/).some((x) => w.voiceRoles.has(x))) return null
    const rest = words.replace(/^\S+/, '')
    // The first capitalised name in the phrase that is not a place (`le représentant en Grèce du HCR` → `HCR`).
    const groups = CAPITAL_GROUPS()
    groups.lastIndex = 0
    for (let org = groups.exec(rest); org; org = groups.exec(rest)) {
      const offset = at + (words.length - rest.length) + org.index + (org[0].length - org[1]!.length)
      const name = org[1]!
      if (placeNamed(name)) continue
      const entity = entityFor(article.entities, name, offset, offset + name.length, mentionIndex)
      if (entity && entity.type === 'person') return null
      return expandAcronym(entity ? {name: entity.name, entity: entity.id, position} : {name, position}, entity?.type)
    }
    return null
  }
  // `un responsable de la mairie de Paris`, `un haut responsable de la société Elbit Systems`, `an official at Renault`: an
  // indefinite member of a body (a member role, maybe after one qualifier, then a preposition) speaks for the body of its
  // complement: the first organisation named in the phrase, or a body described there (`la mairie de Paris`); else none.
  const memberOf = (at: number, end: number, position: Speaker['position']): Speaker | null => {
    const parts = context.source.slice(at, end).toLowerCase().split(/\s+/)
    // `A State Department official`, `a Renault executive`: an organisation named right after the indefinite, the member
    // role right after it, ending the phrase.
    if (parts.length >= 3 && w.bodyMemberRoles.has(parts[parts.length - 1]!)) {
      const c = candidates[lowerBound(candidates, at)]
      const after = c && c.type === 'organization' && c.start < end ? context.source.slice(c.end, end).trim().toLowerCase() : ''
      if (c && after === parts[parts.length - 1] && !/\s/.test(context.source.slice(at, c.start).trim())) return {...named(c.name, c.entity), position}
    }
    const r = w.bodyMemberRoles.has(parts[1] ?? '') ? 1 : w.bodyMemberRoles.has(parts[2] ?? '') && !w.prepositions.has(parts[1]!) ? 2 : -1
    const next = parts[r + 1] ?? ''
    if (r < 0 || !(w.prepositions.has(next) || (isElided(next) && w.prepositions.has(next.slice(0, next.search(/['’]/)))))) return null
    for (let k = lowerBound(candidates, at); k < candidates.length && candidates[k]!.start < end; k++) {
      const c = candidates[k]!
      if (c.type === 'organization') return {...named(c.name, c.entity), position}
      if (c.type === 'person') return null
    }
    const head = parts.slice(r + 2, r + 4).map(withoutElision).find((x) => w.describedBodies.has(x))
    const described = head ? describedBody(doc, context.source, head, end, isAdjective) : null
    if (!described) return null
    describedNames.add(described)
    return {name: described, position}
  }
  // `The Vestey Group said … But a spokesman added:`, `Sky denied it. A spokesperson said:`: an indefinite voice naming
  // no one (`a spokesman`, `a club spokeswoman`, `a statement`) speaks for the organisation that is the subject of its
  // sentence or of the one before; none when no organisation is.
  const voiceOwner = (at: number, end: number, position: Speaker['position']): Speaker | null => {
    const words = context.source.slice(at, end).split(/\s+/)
    // Not one that names someone (`a spokesman for Tony Blair`).
    if (words.some((x, i) => i > 0 && charIs('upper', x)) || !words.some((x) => w.voiceRoles.has(x.toLowerCase()))) return null
    // `an executive spokeswoman` after `the Scottish Executive`: the body whose name ends with a word qualifying the voice.
    for (const x of words) {
      const lower = x.toLowerCase()
      if (w.determiners.has(lower) || w.voiceRoles.has(lower)) continue
      for (let k = lowerBound(candidates, at) - 1; k >= 0 && at - candidates[k]!.start <= LOOK_BACK; k--) {
        const c = candidates[k]!
        if (c.type !== 'person' && c.type !== 'location' && c.words >= 2 && c.name.toLowerCase().endsWith(' ' + lower)) return {...named(c.name, c.entity), position}
      }
    }
    const owner = subjectOrganizationBefore(doc, candidates, context.source, at)
    return owner ? {...named(owner.name, owner.entity), position} : null
  }

  // The organisation a description of one (`the magazine`, `the former monopoly`, `the committee`: words `parts`, at
  // input offsets `at`–`end`) stands for, looking back only: the one introduced with its noun (`US magazine Rolling Stone`),
  // else the one whose name holds it (`the Welsh Assembly Government`), else a body named by a description in lower
  // case with that noun (`the environment select committee`), else one named in its sentence, else the nearest, a
  // subject first.
  // The descriptions given as names (`environment select committee`): kept whole by `clean`, which cuts role words.
  const describedNames = new Set<string>()
  // The name introduced with a description's head noun (`introducedCandidate`). For a body's noun, another body that is the
  // subject of this sentence or the one before, named after the introduction, is nearer: `Rival club Harbour City …
  // Harbour United's response comes as little surprise. "…," the club said` is Harbour United.
  const introducedBody = (parts: readonly string[], at: number, organizationNoun: boolean): Speaker | null => {
    const introduced = introducedCandidate(candidates, parts, at, w, organizationNoun)
    if (!introduced) return null
    const subject = organizationNoun ? subjectOrganizationBefore(doc, candidates, context.source, at, true) : null
    if (subject && subject.start > introduced.start && subject.entity !== introduced.entity) return named(subject.name, subject.entity)
    return named(introduced.name, introduced.entity)
  }
  const bodyFor = (parts: readonly string[], at: number, end: number): (Speaker & {from?: number}) | null => {
    const introduced = introducedBody(parts, at, true)
    if (introduced) return introduced
    // The noun: the last word (`the committee`), or where complements follow it, the first after the determiner (`l’armée iranienne`).
    const head = w.bodyComplements.size === 0 ? parts[parts.length - 1]! : withoutElision(parts[w.determiners.has(parts[0]!) && parts.length > 1 ? 1 : 0]!)
    // `EADS and BAE Systems have agreed … the two firms said`: a plural noun stands for organisations named together,
    // credited to the first named (as two people speaking together are); else for no one.
    if (pluralOf(head, w.organizationHeads, lookups)) {
      const pair = coordinatedOrganizations(candidates, at, context.source, w)
      return pair ? named(pair.name, pair.entity) : null
    }
    const holder = organizationNamedWith(candidates, head, at, 2)
    if (holder) return named(holder.name, holder.entity)
    const described = w.describedBodies.has(head) ? describedBody(doc, context.source, head, end, isAdjective) : null
    if (described) {
      describedNames.add(described)
      return {name: described}
    }
    // `a précisé le parquet` where the article describes it no further: no one rather than the body named last.
    if (w.bodyComplements.size > 0 && w.describedBodies.has(head)) return null
    const inSentence = organizationInSentence(doc, candidates, at)
    if (inSentence) return inSentence
    // The organisation subject nearest before, or the organisation quoted last when nearer (`selon la Cour des comptes … « … »
    // … « … », explique le rapport`, not the outlet named as the subject of a speech verb before it).
    const spoke = lastResolved(resolved, at, (r) => r.start < at && r.type === 'organization')
    return antecedent(candidates, spoke ? [spoke] : [], at, 'organization', true)
  }

  // The body whose members a plural noun (`MPs`, `the MPs`) at `at`..`end` names: an organisation named with a body's noun
  // (`the Environmental Audit Committee`) or a body described in lower case (`the environment select committee`), the last
  // before it, else the first after it (`…, MPs have warned.` in the lead, the committee named in the next paragraph);
  // null when the article names none.
  const bodyOfMembers = (at: number, end: number): Speaker | null => {
    for (const head of w.describedBodies) {
      const before = organizationNamedWith(candidates, head, at, 2)
      if (before) return named(before.name, before.entity)
      const described = describedBody(doc, context.source, head, at, isAdjective)
      if (described) {
        describedNames.add(described)
        return {name: described}
      }
    }
    for (const head of w.describedBodies) {
      const after = organizationNamedAfter(candidates, head, end, 2)
      if (after) return named(after.name, after.entity)
      const described = describedBody(doc, context.source, head, Math.min(context.source.length, end + LOOK_BACK), isAdjective)
      if (described) {
        describedNames.add(described)
        return {name: described}
      }
    }
    return null
  }

  // The subject after an opening phrase: the person named there, or the person a definite description there stands for.
  const fromOpening = (phrase: Opening, start: number): Speaker | null => {
    const c = phrase.person
    if (c) return {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position}
    if (!phrase.description) return null
    // Names in the opening phrase itself are not looked at.
    const found = antecedent(candidates, resolved, phrase.start, 'person', true, doc.blocks[blockAt(doc, start)]!.block.start)
    if (!found) return null
    const end = candidates[lowerBound(candidates, found.from)]?.end ?? found.from
    return {...named(found.name, found.entity), position: spanAt(context, found.from, Math.max(found.from, end)).position}
  }
  // `le procureur de Dijon Eric Mathais`: a place completing a role, glued to the front of the person's name, comes off it.
  const placeLeads = new Map<string, string>()
  const withoutPlaceLead = (name: string, entity: Entity | undefined): string => {
    if (entity && entity.type !== 'person') return name
    let found = placeLeads.get(name)
    if (found === undefined) {
      found = entity ? placeLead(name, entity, context, doc) : name
      placeLeads.set(name, (found = found === name ? complementLead(name, entity, context, doc) : found))
    }
    return found
  }
  // The entities by id (the first of an id, as a search in order finds it), built on the first speaker cleaned.
  let entityById: Map<string, Entity> | null = null
  // Every entity mention's offsets by start, places included (built on the first speaker with no entity).
  let spans: MentionSpan[] | null = null
  const clean = (speaker: Speaker | null): Speaker | null => {
    if (!speaker) return null
    if (!entityById) {
      entityById = new Map()
      for (const e of article.entities) if (!entityById.has(e.id)) entityById.set(e.id, e)
    }
    const entity = speaker.entity === undefined ? undefined : entityById.get(speaker.entity)
    if (!entity && describedNames.has(speaker.name)) return speaker
    // `Committee chairman Alan Beith`, `Fund manager Florian Hamm`, typed an organisation by the entities step: the person
    // named after its role word speaks, not the body (no entity of theirs to link).
    if (entity?.type === 'organization') {
      const person = personAfterRole(speaker.name, doc, context)
      if (person) {
        const {entity: _body, ...rest} = speaker
        return {...rest, name: person}
      }
    }
    const name = cleanName(unglue(withoutPlaceLead(speaker.name, entity), doc, (word) => isGivenName(word, context)), doc, entity?.type)
    if (name.trim() === '') return null
    if (!entity && commonWordName(name, doc, context)) return null
    // `Le Pôle des Autonomes dénonce`, read as `Pôle`: the name of a body cut before its complement, made whole.
    const whole = !entity && speaker.position ? wholeBodyName(name, speaker.position.end.offset) : null
    if (whole) return {...speaker, name: whole.name, position: spanAt(context, speaker.position!.start.offset, whole.end).position}
    if (speaker.position) {
      // `,Diadialaisse entrevoir`: the entities step cut a word glued to the name's end (`Diadia`): so does the speaker,
      // in its position always and in its name when the name was read from the glued word (an entity's name is already cut).
      spans ??= mentionSpans(article.entities)
      const tail = gluedTail(spans, context.source, speaker.position.start.offset, speaker.position.end.offset)
      if (tail && (entity || (name.length > tail.length && name.endsWith(tail)))) {
        const {start, end} = speaker.position
        const cut = !entity && name.endsWith(tail) ? name.slice(0, -tail.length) : name
        return {...speaker, name: cut, position: spanAt(context, start.offset, end.offset - tail.length).position}
      }
    }
    // `Or M. Cocq, …`, `Affaire M. Diakhaté : « … »`: a bare title or initial (a connective may open it) is no name; the
    // person named right after it speaks, else no one.
    if (!entity && speaker.position && bareTitle(name, doc, context)) return titledPerson(context, speaker.position.end.offset, article.entities, mentionIndex, doc)
    return {...speaker, name}
  }
  // The name of a body cut before its complement, made whole from `name` (one capitalised word, no entity's, no given
  // name) ending at input offset `end`: `Pôle` + ` des Autonomes` when the article writes that whole name twice or more
  // and no entity mention opens the complement's name (not `Smith of Reuters`, `Diallo de Thiès`); else null.
  const wholeBodyName = (name: string, end: number): {name: string; end: number} | null => {
    if (!ONE_WORD_NAME().test(name) || isGivenName(name, context)) return null
    const m = BODY_COMPLEMENT().exec(context.source.slice(end, end + BODY_COMPLEMENT_CHARS))
    if (!m || !w.prepositions.has(m[1]!.toLowerCase().replace(/['’]$/, ''))) return null
    const from = end + m[0].length - m[2]!.length
    spans ??= mentionSpans(article.entities)
    const k = firstStartingAt(spans, from)
    if (k < spans.length && spans[k]!.start.offset === from) return null
    const whole = `${name}${m[0]}`
    return wordCount(context.source, whole, 2) >= 2 ? {name: whole, end: end + m[0].length} : null
  }
  // The start of the role phrase a name (`text`, at `at`–`end`, opening with no given name) completes after common nouns
  // describing it, when the role's determiner is no definite article or a person follows in apposition (above); else null.
  const describedComplement = (text: string, at: number, end: number): number | null => {
    if (isGivenName(text.split(/\s+/)[0]!, context)) return null
    const start = complementOfRole(doc, at, true)
    if (start === null) return null
    const determiner = /^\S+/.exec(context.source.slice(start, start + 12))?.[0].toLowerCase() ?? ''
    const definite = w.definiteArticles.has(determiner) || w.definiteArticles.has(determiner.slice(0, 2))
    // (A determiner other than a definite article: `ce`, `cet`; not a role with none, `Director of television X`.)
    return (w.determiners.has(determiner) && !definite) || apposedPerson(doc, candidates, end) ? start : null
  }
  // `Arab News quoted Prince Saud as saying`: an outlet relays the words of the one named
  // right after its verb (a title or role may come first), before the cue at `limit`; of no one when it names nobody
  // there (`Reuters quoted one trader as saying`). Undefined when no such verb follows the mention ending at `end`.
  const relayedBy = (end: number, limit: number): Speaker | null | undefined => {
    const verb = RELAY_VERB().exec(context.source.slice(end, end + 24))
    if (!verb || !w.quotingVerbs.has(verb[1]!.toLowerCase())) return undefined
    const from = end + verb[0].length
    const c = candidates[lowerBound(candidates, from)]
    if (!c || c.start >= limit || c.start - from > 40 || c.type === 'location') return null
    for (const x of context.source.slice(from, c.start).toLowerCase().split(/\s+/)) if (x !== '' && !w.determiners.has(x) && !isRoleWord(x, w)) return null
    return {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position}
  }
  // Every place mention's offsets by start (built when first needed): a country may voice a stance (`la Chine exprime`); a
  // place in a complement is no speaker.
  let placeSpans: MentionSpan[] | null = null
  // Whether a place mention starts at input offset `at`.
  const placeStartsAt = (at: number): boolean => {
    const spans = (placeSpans ??= mentionSpans(article.entities, 'location'))
    const k = firstStartingAt(spans, at)
    return k < spans.length && spans[k]!.start.offset === at
  }
  // `Olivier Faure a soutenu son projet de « … »`, `pour saluer ces « … »`, `Dan Lane calls it "…"`: words quoted as the
  // object of a verb of judging or voicing (`objectVerbs`) are its subject's; an infinitive's or a participle's
  // (`pour saluer`, `for calling`) are the sentence's subject's. Null for a passive (`est célébré comme « … »`: its
  // subject is who is judged); undefined when no such verb holds the quote or its subject names no one.
  const objectSpeaker = (at: number): Speaker | null | undefined => {
    const found = objectVerbBefore(doc, at)
    if (!found) return undefined
    const {view, s, a, v} = found
    const tokens = view.tokens
    const verb = tokens[v]!
    // `pour réclamer`, `to call`: an infinitive right after its preposition (which `auxiliaries` may list).
    const infinitive = v > a && w.prepositions.has(withoutElision(tokens[v - 1]!.lower)) && isSpaces(view.masked.slice(tokens[v - 1]!.end, verb.start))
    const participle = isParticiple(verb.lower, w)
    // The auxiliaries and adverbs before a verb; a passive names who is judged, not who judges (`est célébré comme « … »`).
    let k = infinitive ? v - 1 : v
    for (; k > a && !infinitive; k--) {
      const t = tokens[k - 1]!
      if (!participle && w.passiveAuxiliaries.has(t.lower)) return null
      if (!w.auxiliaries.has(t.lower) || w.pronouns.has(t.lower) || w.prepositions.has(t.lower)) break
    }
    // A verb opening the sentence (`Describing X as "…", she said`, `Pour saluer …, il`): its subject comes after it.
    if (k === a || (k === a + 1 && w.sentenceConnectors.has(tokens[a]!.lower))) return undefined
    const before = tokens[k - 1]!
    const verbAt = offsetOf(view, tokens[k]!.start)
    const gap = view.masked.slice(before.end, tokens[k]!.start)
    if (!infinitive && !w.prepositions.has(withoutElision(before.lower)) && (isSpaces(gap) || (!participle && /^,\s*$/.test(gap)))) {
      // The subject right before the verb (`Dan Lane calls it`, `la Chine exprime sa`), or a name in apposition between
      // commas right before it (`le journaliste de BFMTV, Jean-Jacques Bourdin, a parlé d'une`).
      const m = mentionBefore(view, s, tokens[k]!.start, w, true)
      const from = m ? offsetOf(view, m.start) : -1
      const to = m ? offsetOf(view, m.end) : -1
      const opening = m && m.kind === 'pronoun' ? pronounSubject(doc, verbAt) : null
      // Not a name in a complement (`leaflets at Munich University calling for`), not a pronoun inside the sentence
      // (`which he calls`); a name only when it is a candidate or a place (`la Chine exprime`), not any capitalised word,
      // and not a name qualifying a role (`UKIP MEP attacked`).
      const c = m ? candidates[lowerBound(candidates, from)] : undefined
      const known = (): boolean => (c !== undefined && c.start === from && c.end >= to) || placeStartsAt(from)
      const ok =
        m !== null &&
        (isSpaces(gap) || (m.kind === 'name' && m.end === before.end)) &&
        !w.prepositions.has(withoutElision(tokens[firstTokenAt(tokens, m.start) - 1]?.lower ?? '')) &&
        (m.kind === 'pronoun' ? opening !== null && opening[0] === from : m.kind !== 'name' || known())
      if (ok) return resolveMention(context.source.slice(from, to), from, to) ?? undefined
      if (isSpaces(gap)) {
        // `le ministère des Affaires étrangères a exprimé sa « … »`: a person or body the entities step found ending right
        // before the verb (its name need not end with a capitalised word), not in a complement.
        const found = entityEndingAt(candidates, offsetOf(view, before.end))
        return found && !inComplement(found, w) ? {...named(found.name, found.entity), position: spanAt(context, found.start, found.end).position} : undefined
      }
    }
    // Else the subject opening the sentence, before the verb (`Le guide suprême X, resté …, pour saluer ces « … »`).
    const subject = pronounSubject(doc, verbAt) ?? roleSubject(doc, verbAt)
    if (subject) return resolveMention(context.source.slice(subject[0], subject[1]), subject[0], subject[1]) ?? undefined
    const person = subjectInSentence(doc, candidates, verbAt)
    return person ? {...named(person.name, person.entity), position: spanAt(context, person.start, person.end).position} : undefined
  }
  // `Pour Thierno Bocoum, … en « … »`, `Selon le ministre Ibrahima Sall, le texte « … »`: the person or organisation a
  // phrase opening the sentence holding input offset `at` names as its source; null when it opens with none, or its
  // name is no entity found.
  const sourceSpeaker = (at: number): Speaker | null => {
    const found = sourcePhrase(doc, at)
    if (!found) {
      // `», a ajouté le député de l'Essonne. … Pour l'ancien Premier ministre, l'antisémitisme « … »`: a source phrase
      // opening the sentence before the quote names a role; the person quoted last in this paragraph or the one before,
      // given no other role, holds it (no one else: a description alone names no one surely).
      const role = roleSource(doc, at)
      if (!role || role[1] > at) return null
      const last = paragraphSpeaker(resolved, blockAt(doc, at))
      // (A role put in the past, `l'ancien Premier ministre`, clashes with none the person holds now.)
      const parts = context.source.slice(role[0], role[1]).toLowerCase().split(/\s+/).map(withoutElision)
      const other = !parts.some((x) => w.pastQualifiers.has(x)) && last?.entity !== undefined && otherRole(last.entity, parts.filter((x) => isRoleWord(x, w)))
      return last?.entity !== undefined && isPerson(last.entity) && !other ? {...last, position: spanAt(context, role[0], role[1]).position} : null
    }
    const [from, to, bare, completed] = found
    // `Selon lui, …`: who the subject pronoun it stands as (`il`) stands for.
    const pronoun = w.sourcePronouns.get(context.source.slice(from, to).toLowerCase())
    if (pronoun !== undefined) return resolveMention(pronoun, from, to)
    const entity = entityFor(article.entities, context.source.slice(from, to), from, to, mentionIndex)
    // A person's name, or an organisation's right after the phrase (not one qualifying a role: `Pour la députée LR,`); only an
    // organisation's when a complement closes the name (`la Cour de cassation`).
    if (!entity || !((entity.type === 'person' && !completed) || (bare && entity.type === 'organization'))) return null
    return {...named(entity.name, entity.id), position: spanAt(context, from, to).position}
  }
  // `Et de conclure : « … »`, `Et d'évoquer aussi « … »`: a sentence opening with a narrative infinitive, naming no one
  // before the quote, goes on with the words of the one quoted last in this paragraph or the one before; null otherwise.
  // `Le Pôle rejette …, qu'il qualifie de « … »`, `Ce dernier appelait X à …, pour faire face à ce qu'il qualifie de « … »`:
  // `il` or `elle` right after `qu'` (a relative or completive clause) stands for the subject opening the sentence, a name
  // (a person of no other gender, or an organisation), a demonstrative or a pronoun, not for a name the main clause
  // holds as its object; null when the sentence opens with none of them.
  const clauseOpener = (pronoun: string, at: number): Speaker | null => {
    const lower = pronoun.toLowerCase()
    if (!w.ambiguousSubjectPronouns.has(lower) || !RELATIVE_BEFORE().test(context.source.slice(Math.max(0, at - 5), at))) return null
    // (Not after a participle, `fustigeant ce qu'il qualifie de`: as for `relativeSubject`, its subject is not the sentence's.)
    const head = context.source.slice(Math.max(0, at - RELATIVE_REACH * 3), at).replace(/(?:\bce[ \u00a0]+)?(?:qu['’]|que[ \u00a0]+)$/iu, '').trimEnd()
    if (isParticiple(lastWord(head), w)) return null
    const position = spanAt(context, at, at + pronoun.length).position
    const opener = sentenceOpener(doc, candidates, at)
    if (opener) {
      if (opener.type !== 'person' && opener.type !== 'organization') return null
      const other = opener.entity !== undefined ? genders.get(opener.entity) : undefined
      const gender = w.masculine.has(lower) ? 'm' : w.feminine.has(lower) ? 'f' : undefined
      if (opener.type === 'person' && gender && other && other !== gender) return null
      return {...named(opener.name, opener.entity), position}
    }
    const {view, a} = sentenceAt(doc, at)
    const first = view.tokens[a]
    if (!first || offsetOf(view, first.start) >= at) return null
    const demonstrative = openingDemonstrative(doc, at)
    if (demonstrative) {
      const found = resolveMention(context.source.slice(demonstrative[0], demonstrative[1]), demonstrative[0], demonstrative[1])
      return found ? {...found, position} : null
    }
    const opening = pronounSubject(doc, at)
    if (opening && opening[0] < at - 1) {
      const found = resolveMention(context.source.slice(opening[0], opening[1]), opening[0], opening[1])
      return found ? {...found, position} : null
    }
    return null
  }
  const narrativeSpeaker = (start: number): Speaker | null => {
    if (w.narrativeInfinitives.length === 0) return null
    const {view, s} = sentenceAt(doc, start)
    const lead = view.masked.slice(s, indexIn(view, start))
    const trimmed = lead.trimStart()
    if (trimmed.length > NARRATIVE_LEAD) return null
    const lower = trimmed.toLowerCase()
    const marker = w.narrativeInfinitives.find((m) => lower.startsWith(m) && (/['’]$/.test(m) || /^[ \u00a0]/.test(lower.slice(m.length))))
    if (!marker) return null
    // The infinitive in lower case right after it, and no capital up to the quote (no one else named).
    const rest = trimmed.slice(marker.length).trimStart()
    if (!charIs('lower', rest) || /\p{Lu}/u.test(rest)) return null
    const last = paragraphSpeaker(resolved, blockAt(doc, start))
    return last ? {...last} : null
  }
  // `le gouvernement rwandais a justifié sa décision par ce qu'il qualifie de « … »`, `Ce dernier appelait X à … face à ce
  // qu'il qualifie de « … »`: a pronoun opening an object relative clause (`objectRelatives`) stands for the subject of
  // the sentence's main clause, before the relative: a pronoun or a demonstrative opening it, a definite role or body,
  // the name opening it, else the first person (then organisation) there that is a subject. Null when none is found.
  const relativeSubject = (given: Speaker): Speaker | null => {
    const lower = given.name.toLowerCase()
    if (w.objectRelatives.length === 0 || !w.pronouns.has(lower) || w.unboundPronouns.has(lower) || w.demonstratives.has(lower)) return null
    const at = given.position!.start.offset
    const before = context.source.slice(Math.max(0, at - RELATIVE_REACH), at).toLowerCase()
    const marker = w.objectRelatives.find((m) => before.endsWith(m) || before.endsWith(m + ' '))
    if (marker === undefined) return null
    const from = at - (before.endsWith(marker) ? marker.length : marker.length + 1)
    if (charIs('letter', context.source, from - 1)) return null
    // (Not after a participle, `une sortie de X, fustigeant ce qu'il qualifie de`: its subject is not the sentence's.)
    if (isParticiple(lastWord(context.source.slice(Math.max(0, from - RELATIVE_REACH * 2), from).trimEnd()), w)) return null
    const gender: Gender | undefined = w.masculine.has(lower) ? 'm' : w.feminine.has(lower) ? 'f' : undefined
    const fits = (s: Speaker | null): s is Speaker => {
      if (!s?.position || s.position.end.offset > from) return false
      const other = s.entity !== undefined ? genders.get(s.entity) : undefined
      return !(gender && other && other !== gender && isPerson(s.entity!))
    }
    const demonstrative = openingDemonstrative(doc, from)
    if (demonstrative) {
      const found = resolveMention(context.source.slice(demonstrative[0], demonstrative[1]), demonstrative[0], demonstrative[1])
      if (found) return found
    }
    const subject = pronounSubject(doc, from) ?? roleSubject(doc, from, true)
    if (subject && subject[0] !== at) {
      const found = resolveMention(context.source.slice(subject[0], subject[1]), subject[0], subject[1])
      if (fits(found)) return found
    }
    const c = sentenceOpener(doc, candidates, from) ?? subjectInSentence(doc, candidates, from) ?? subjectInSentence(doc, candidates, from, 'organization', w)
    const found = c && c.end <= from ? {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position} : null
    return fits(found) ? found : null
  }
  // Whether a verb (an auxiliary or a speech verb) is a word between input offsets `from` and `to` (`Mascherano est prêt à
  // défier le Real Madrid`, not `Fox TV's Bill O'Reilly`).
  const verbBetween = (from: number, to: number): boolean =>
    to - from <= LOOK_BACK && context.source.slice(from, to).toLowerCase().split(/[^\p{L}]+/u).some((x) => w.auxiliaries.has(x) || w.passiveAuxiliaries.has(x) || w.verbs.has(x))
  // Whether a coordinator (`et`, `and`) comes right before the verb at input offset `verb`, after a word (not a mark).
  const coordinatedVerb = (verb: number): boolean => {
    const m = WORD_BEFORE_VERB().exec(context.source.slice(Math.max(0, verb - 12), verb))
    return m !== null && w.coordinators.has(m[1]!.toLowerCase())
  }
  // `… avoir été « A » et « B »`, `», a-t-il dit en expliquant qu'il « … »`: the speaker of an earlier quote of the same
  // sentence, cued or partial (with no other person named after it), whose attribution governs the whole sentence; null
  // when none.
  const sentenceSpeaker = (start: number): Speaker | null => {
    const sentence = sentenceId(doc, start)
    for (let k = resolved.length - 1; k >= 0 && k >= resolved.length - SENTENCE_QUOTES; k--) {
      const r = resolved[k]
      if (!r || r.end > start) continue
      if (sentenceId(doc, Math.max(r.start, r.end - 1)) !== sentence) return null
      // Not a direct quote with no cue (`…to proceed” They cited …`: a sentence the scraper lost the full stop of).
      if (!r.speaker || (!r.cued && article.quotes[k]!.kind !== 'partial')) continue
      return otherPersonBetween(candidates, r.speaker, r.end, start) ? null : {...r.speaker}
    }
    return null
  }
  // Whether a verb of its own follows a name ending at input offset `end` (`Le RN reproche au gouvernement … alors que
  // « … »`, `UKIP asserts that Mr Hockney "…"`): an auxiliary or speech verb, or a lexical verb. A word after it that is a
  // role is no verb (`Tory leader Michael Howard accepted`, `Bolton boss Sam Allardyce`). For `bodySubject`.
  const ownVerbAfter = (_: QuoteDocument, view: QuoteBlock, end: number): boolean => {
    // (The whole word, hyphens held: `The Tory co-chairman attacked`, whose last part is the role.)
    const next = HYPHENATED_WORD_AFTER().exec(context.source.slice(end, end + 40))?.[1]
    const last = next?.slice(next.lastIndexOf('-') + 1)
    const role = (x: string) => w.roleWords.has(x) || isPersonNoun(x)
    if (verbAfter(doc, view, indexIn(view, end)) || (next !== undefined && lexicalVerbAfter(end) && !role(next) && !role(last!))) return true
    return nounThenVerb(doc, view, end)
  }
  // `The Labour party has committed itself to "…"`: the body's noun in lower case the name left out, then the verb.
  const nounThenVerb = (_: QuoteDocument, view: QuoteBlock, end: number): boolean => {
    const head = bodyNounAfter(context.source, end, w)
    return head > end && verbAfter(doc, view, indexIn(view, head))
  }
  // The organisation opening the sentence of a partial quote with no cue, its body's noun in lower case after its name,
  // then its verb (`The Labour party has committed itself to "…"`, not a role: `party` is one in `party leader`); not a
  // term of a word or two.
  const namedBodySubject = (text: string, start: number): Candidate | null =>
    countWords(text) >= BODY_QUOTE_WORDS ? bodySubject(doc, candidates, start, true, nounThenVerb) : null
  // `Alors que la police d’Ahmedabad a affirmé qu’« … »`, `le porte-parole de l’armée israélienne, qui affirme que « … »`:
  // a body named by its description (`describedBodies`, a complement after it) right before the verb of a cue that gives
  // no subject (a subject relative after a comma may come between: `…, qui affirme`). Its description, or the nearest one
  // with a complement before it when it has none (`la police a affirmé` after `la police de Thiès`); null when none is.
  const bodyBeforeCue = (cueStart: number): Speaker | null => {
    if (w.bodyComplements.size === 0) return null
    const view = doc.blocks[blockAt(doc, cueStart)]!
    const tokens = view.tokens
    const c = indexIn(view, cueStart)
    let k = firstTokenAt(tokens, c) - 1
    if (k < 1) return null
    if (w.subjectRelatives.has(tokens[k]!.lower) && COMMA_GAP.test(view.masked.slice(tokens[k - 1]!.end, tokens[k]!.start)) && isSpaces(view.masked.slice(tokens[k]!.end, c))) k--
    else if (!isSpaces(view.masked.slice(tokens[k]!.end, c))) return null
    for (let h = k; h >= 0 && k - h <= BODY_CUE_WORDS; h--) {
      const t = tokens[h]!
      if (h < k && !isSpaces(view.masked.slice(t.end, tokens[h + 1]!.start))) return null
      if (!w.describedBodies.has(withoutElision(t.lower))) continue
      const glued = isElided(t.lower)
      if (!(glued ? w.determiners.has(t.lower.slice(0, 2)) : h > 0 && w.determiners.has(tokens[h - 1]!.lower))) return null
      if (bodyComplementEnd(view, h, w, isAdjective) !== k) return null
      const from = offsetOf(view, t.start + (glued ? 2 : 0))
      const to = offsetOf(view, tokens[k]!.end)
      const name = k > h ? context.source.slice(from, to) : describedBody(doc, context.source, withoutElision(t.lower), from, isAdjective)
      if (!name || name === withoutElision(t.lower)) return null
      describedNames.add(name)
      return {name, position: spanAt(context, from, to).position}
    }
    return null
  }
  // `Le parquet national antiterroriste (Pnat) a ouvert une enquête pour « … »`, `l’armée évoque des « … »`: a body named
  // by its description (`describedBodies`) opening the sentence of a partial quote, a verb after it (an acronym in brackets
  // may come between). Its description, or the nearest one with a complement before it when it has none; null otherwise.
  const bodyOpening = (start: number): Speaker | null => {
    if (w.bodyComplements.size === 0) return null
    const {view, i, a} = sentenceAt(doc, start)
    const tokens = view.tokens
    const first = tokens[a]
    if (!first || first.start >= i) return null
    const glued = isElided(first.lower)
    const h = glued ? a : a + 1
    const t = tokens[h]
    if (!t || t.start >= i || !w.describedBodies.has(withoutElision(t.lower)) || !(glued ? w.determiners.has(first.lower.slice(0, 2)) : w.determiners.has(first.lower))) return null
    const e = bodyComplementEnd(view, h, w, isAdjective)
    const to = offsetOf(view, tokens[e]!.end)
    if (to >= start || !(verbAfter(doc, view, tokens[e]!.end) || lexicalVerbAfter(to))) return null
    // (Not a passive, `Le tribunal a été saisi pour « … »`: the body undergoes, it does not speak.)
    for (let k = e + 1; k <= e + 2 && k < tokens.length && tokens[k]!.start < i; k++) if (w.passiveAuxiliaries.has(tokens[k]!.lower)) return null
    const from = offsetOf(view, t.start + (glued ? 2 : 0))
    const head = withoutElision(t.lower)
    const name = e > h ? context.source.slice(from, to) : describedBody(doc, context.source, head, from, isAdjective)
    if (!name || name === head) return null
    describedNames.add(name)
    return {name, position: spanAt(context, from, to).position}
  }
  // `Cette réunion, que le chef de l’État sénégalais a qualifiée de « … »`: a definite role right before the verb of a cue
  // that gives no subject (its complement and qualifiers between, no mark of a clause), right after a clause word (`que`);
  // the person it stands for, else null.
  const roleBeforeCue = (cueStart: number): Speaker | null => {
    const view = doc.blocks[blockAt(doc, cueStart)]!
    const tokens = view.tokens
    const c = indexIn(view, cueStart)
    const last = firstTokenAt(tokens, c) - 1
    for (let d = last; d >= 0 && last - d <= ROLE_CUE_WORDS; d--) {
      const t = tokens[d]!
      if (CLAUSE_MARK.test(view.masked.slice(t.end, d < last ? tokens[d + 1]!.start : c))) return null
      if (d < last && (w.verbsAndAuxiliaries.has(t.lower) || w.pronouns.has(t.lower) || w.clauseWords.has(t.lower))) return null
      const elided = isElided(t.lower) && w.definiteArticles.has(t.lower.slice(0, 2))
      const role = elided ? withoutElision(t.lower) : tokens[d + 1]?.lower ?? ''
      if (!(elided || (definiteDeterminer(t.lower, w) && !w.prepositions.has(t.lower))) || !isRoleWord(role, w) || w.organizationHeads.has(role) || (!elided && d + 1 > last)) continue
      // (Right after a clause word, `que`: the subject of a relative or completive clause, not a complement, `de l’avocat`,
      // nor a role opening the sentence, which the cascade reads itself.)
      const before = d > 0 ? tokens[d - 1]!.lower : ''
      if (!w.clauseWords.has(withoutElision(before)) && !w.clauseWords.has(before.replace(/['’]$/, ''))) return null
      const from = offsetOf(view, t.start)
      const to = offsetOf(view, tokens[last]!.end)
      const found = resolveMention(context.source.slice(from, to), from, to)
      return found?.entity !== undefined && isPerson(found.entity) ? found : null
    }
    return null
  }
  // `A Labour party spokesman played down … and said …. "…"`: an organisation a quote with no cue goes on from, whose
  // unnamed voice is the subject of a sentence after the quote before it; the ranker does not reopen it for that quote's
  // speaker.
  const voicedBefore = (index: number, start: number, speaker: Speaker | null): boolean => {
    const r = resolved[index - 1]
    return speaker?.entity !== undefined && isOrganization(speaker.entity) && r !== undefined && r.speaker?.entity !== speaker.entity && indefiniteSubject(doc, r.sentenceEnd, start) !== null
  }
  // `Mr Crosby's statement said: "…" It added: "…"`, `The report said: "…" It added: "…"`: a pronoun that stands only for a
  // thing or a body (`it`) as the subject of a cue right after a quote a voice noun spoke (`statement`, `report`: the
  // subject of its cue), in the same paragraph or the next, no one named in between: that quote's speaker; else null.
  const voiceGoesOn = (index: number, given: Speaker): Speaker | null => {
    const lower = given.name.toLowerCase()
    if (!organizationPronouns.has(lower) || w.personOrOrganizationPronouns.has(lower) || index === 0) return null
    const r = resolved[index - 1]
    const before = article.quotes[index - 1]!.speaker?.name.toLowerCase() ?? ''
    if (!r?.speaker || !r.cued || !w.voiceRoles.has(before.slice(before.lastIndexOf(' ') + 1))) return null
    const at = given.position!.start.offset
    if (r.end > at || blockAt(doc, at) - r.lastBlock > 1) return null
    const k = lowerBound(candidates, r.end)
    return k < candidates.length && candidates[k]!.start < at ? null : {...r.speaker}
  }
  // `« … », a-t-elle encore dit, se montrant favorable à « … »`: the speaker of the direct quote just before, cued, when it
  // ends in the same sentence and no other person is named in between; else null. (Not a partial quote's: `a rejeté un
  // « … » et promis de « … »` gives the second the first's subject, which its cue, an object's verb, may not name.)
  const cuedDirectBefore = (index: number, start: number): Speaker | null => {
    const r = resolved[index - 1]
    if (!r?.speaker || !r.cued || article.quotes[index - 1]!.kind === 'partial' || r.end > start) return null
    if (sentenceId(doc, Math.max(r.start, r.end - 1)) !== sentenceId(doc, start)) return null
    return otherPersonBetween(candidates, r.speaker, r.end, start) ? null : {...r.speaker}
  }
  // `…, l’élu du Calvados Christophe Blanchet propose « … »`, `X a dénoncé une « … »`: a partial quote right after a verb
  // (a determiner or preposition or two between) whose subject is a name right before it (auxiliaries between), the name
  // of a person or an organisation the entities step found, not in a complement; no mark of a clause between the name
  // and the quote. Null otherwise.
  const nameBeforeVerb = (start: number): Speaker | null => {
    const {view, i, a} = sentenceAt(doc, start)
    const tokens = view.tokens
    let k = firstTokenAt(tokens, i) - 1
    // (Not a clause word, `that "…"`, `que « … »`: the quote opens a clause whose verb is elsewhere.)
    for (let n = 0; n < VERB_OBJECT_WORDS && k > a && !w.clauseWords.has(tokens[k]!.lower) && (w.determiners.has(tokens[k]!.lower) || w.prepositions.has(withoutElision(tokens[k]!.lower))); n++) k--
    const v = tokens[k]
    if (!v || k <= a || !LOWER_WORD().test(v.lower) || w.auxiliaries.has(v.lower) || w.passiveAuxiliaries.has(v.lower) || w.prepositions.has(v.lower) || w.determiners.has(v.lower) || w.clauseWords.has(v.lower) || w.pronouns.has(v.lower)) return null
    let s = k - 1
    for (let n = 0; n < VERB_OBJECT_WORDS && s > a && w.auxiliaries.has(tokens[s]!.lower) && !w.prepositions.has(tokens[s]!.lower) && !w.pronouns.has(tokens[s]!.lower); n++) s--
    if (w.passiveAuxiliaries.has(tokens[s + 1]?.lower ?? '')) return null
    const end = offsetOf(view, tokens[s]!.end)
    if (CLAUSE_MARK.test(view.masked.slice(tokens[s]!.end, i).replace(OPENING_MARK_END, ''))) return null
    const c = entityEndingAt(candidates, end)
    if (!c || c.end !== end || (c.type !== 'person' && c.type !== 'organization') || inComplement(c, w)) return null
    // (Not the object of a verb or participle before it: `Describing Mr X as "…"`, `qualifiant X de « … »`.)
    // (Titles and roles before the name read past: `Describing Mr X`.)
    let p = firstTokenAt(tokens, indexIn(view, c.start)) - 1
    for (let n = 0; n < VERB_OBJECT_WORDS && p > a && (isRoleWord(withoutFullStop(tokens[p]!.lower), w) || w.determiners.has(tokens[p]!.lower)); n++) p--
    const before = tokens[p]?.lower ?? ''
    if (isParticiple(before, w) || w.verbs.has(before) || w.objectVerbs.has(before)) return null
    return {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position}
  }
  // `Ce collégien n'est pas allé à l'école, et il a désormais « … »`, `… mais elle juge « … »`: a partial quote in a clause
  // opened by a coordinator then a subject pronoun (for a person or a body, `il`, `elle`), no mark of a clause between
  // that pronoun and the quote; the one the pronoun stands for, else null.
  const coordinatedPronoun = (start: number): Speaker | null => {
    const {view, i, a} = sentenceAt(doc, start)
    const tokens = view.tokens
    const q = firstTokenAt(tokens, i)
    for (let k = q - 1; k > a && q - k <= COORDINATED_CLAUSE_WORDS; k--) {
      const t = tokens[k]!
      if (CLAUSE_MARK.test(view.masked.slice(t.end, k + 1 < q ? tokens[k + 1]!.start : i).replace(OPENING_MARK_END, ''))) return null
      if (!w.ambiguousSubjectPronouns.has(t.lower)) continue
      if (!w.coordinators.has(tokens[k - 1]!.lower) || !isSpaces(view.masked.slice(tokens[k - 1]!.end, t.start))) return null
      const from = offsetOf(view, t.start)
      return resolveMention(t.lower, from, offsetOf(view, t.end))
    }
    return null
  }
  // `L’élu de l’Oise, qui indique avoir « … »`, `L’homme, qui dit n’attendre « … »`: a definite role opening the sentence,
  // then a subject relative (after a comma) whose verb is the cue, or holds the quote; the person the role stands for.
  const relativeRoleSubject = (start: number, cueStart: number): Speaker | null => {
    const role = roleSubject(doc, start)
    if (!role) return null
    const m = RELATIVE_AFTER_ROLE().exec(context.source.slice(role[1], Math.min(start, cueStart)))
    if (!m || !w.subjectRelatives.has(m[1]!.toLowerCase())) return null
    const found = resolveMention(context.source.slice(role[0], role[1]), role[0], role[1])
    return found?.entity !== undefined && isPerson(found.entity) ? found : null
  }
  // `Pour finir, le président de l’association a exprimé sa fierté : « … »`, `X a réagi avec fermeté : « … »`: a quote
  // with no cue after a colon that closes a clause opening its sentence; that clause's subject (a name, a definite role,
  // a pronoun for a person); null when the clause has none.
  const colonClauseSpeaker = (start: number): Speaker | null => {
    const {view, s, i, a} = sentenceAt(doc, start)
    if (!COLON_LEAD.test(view.masked.slice(s, i).replace(OPENING_MARK_END, ''))) return null
    // (A clause that voices something, `a exprimé sa fierté`, `a lancé à la foule`: not any clause, `chercherait à
    // resserrer les rangs :` may introduce someone else's comment on it.)
    let voiced = false
    for (let k = a; k < view.tokens.length && view.tokens[k]!.start < i && !voiced; k++) voiced = w.verbs.has(view.tokens[k]!.lower) || w.objectVerbs.has(view.tokens[k]!.lower)
    return voiced ? clauseSubject(start) : null
  }
  // The subject of the sentence holding input offset `at`, before it: a name (opening it, in apposition, or a subject
  // after an opening phrase), a definite role or a pronoun for one with a verb after it, else an organisation that is a
  // subject there; null when there is none.
  const clauseSubject = (start: number): Speaker | null => {
    const {view} = sentenceAt(doc, start)
    const c = personSubject(doc, candidates, start) ?? subjectInSentence(doc, candidates, start, 'person', w)
    if (c) return {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position}
    const opener = sentenceOpener(doc, candidates, start)
    if (opener && opener.type !== 'location' && ownVerbAfter(doc, view, opener.end)) return {...named(opener.name, opener.entity), position: spanAt(context, opener.start, opener.end).position}
    const phrase = openingPhrase(doc, candidates, start)
    const after = phrase?.person
    if (after && ownVerbAfter(doc, view, after.end)) return {...named(after.name, after.entity), position: spanAt(context, after.start, after.end).position}
    // (A role or pronoun with a verb after it: not a label, `Le président :`.)
    const role = roleSubject(doc, start, true)
    if (role && (verbBetween(role[1], start) || lexicalVerbAfter(role[1]))) return resolveMention(context.source.slice(role[0], role[1]), role[0], role[1])
    const pronoun = pronounSubject(doc, start)
    const lower = pronoun ? context.source.slice(pronoun[0], pronoun[1]).toLowerCase() : ''
    if (pronoun && !w.pluralPronouns.has(lower) && verbBetween(pronoun[1], start)) return resolveMention(lower, pronoun[0], pronoun[1])
    const body = subjectInSentence(doc, candidates, start, 'organization', w)
    return body ? {...named(body.name, body.entity), position: spanAt(context, body.start, body.end).position} : null
  }
  // `Alors que le président de la République s'est engagé à mettre en œuvre un « … »`, `Lorsque X a annoncé un « … »`: a
  // partial quote in a subordinate clause opening its sentence (a connector or a clause word, `alors que`, `lorsque`, then
  // no comma up to the quote): that clause's subject, a name right after its opening words with a verb after it; null
  // when there is none. (Not yet a definite role there: `le président de la République` too often resolves to the
  // person quoted last.)
  const subordinateSubject = (start: number): Speaker | null => {
    const {view, i, a} = sentenceAt(doc, start)
    const tokens = view.tokens
    let k = a
    while (k < a + SUBORDINATE_OPENING && tokens[k] && tokens[k]!.start < i && (w.sentenceConnectors.has(tokens[k]!.lower) || w.clauseWords.has(withoutElision(tokens[k]!.lower)) || w.clauseWords.has(tokens[k]!.lower.replace(/['’]$/, '')))) k++
    const t = tokens[k]
    // (A clause word among the opening words, `que`, `lorsque`: not a connector alone, `Mais le …`.)
    if (k === a || !t || t.start >= i || !tokens.slice(a, k).some((x) => w.clauseWords.has(x.lower.replace(/['’]$/, '')))) return null
    if (/[,;:()«»"“”]/.test(view.masked.slice(t.start, i).replace(OPENING_MARK_END, ''))) return null
    const from = offsetOf(view, t.start)
    const c = candidates[lowerBound(candidates, from)]
    return c && c.start === from && c.type !== 'location' && c.end <= start && ownVerbAfter(doc, view, c.end) ? {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position} : null
  }
  // The subheadings set between dashes (their quotes' indexes), a few at most.
  const headings: number[] = []
  const rankQuotes: RankQuote[] = []
  // The partial quotes the cascade left with no speaker and no rule decided so (their indexes).
  const unspoken: number[] = []
  const cascade: Quote[] = article.quotes.map((q, index) => {
    const start = q.position.start.offset
    const end = q.position.end.offset
    const firstBlock = blockAt(doc, start)
    const lastBlock = blockAt(doc, Math.max(start, end - 1))
    let speaker: Speaker | null = null
    let branch: Branch = 'none'
    // `», évoquant … l'ayatollah Ali Khamenei`: a name after a participle cue is its object; the participle shares the
    // subject of its sentence (a pronoun there is that subject: `rappelant elle aussi`).
    // (`Chairman of the committee Peter Ainsworth MP, said:`, given as `MP`: letters after a name saying what the person is
    // stand for that person.)
    const lettered = q.speaker?.position ? personBeforeLetters(candidates, q.speaker.name, q.speaker.position.start.offset, w) : null
    const told = lettered ? {...named(lettered.name, lettered.entity), position: spanAt(context, lettered.start, lettered.end).position} : q.speaker
    const given = told?.position && (w.pronouns.has(told.name.toLowerCase()) || !objectOfParticiple(told.position.start.offset, q.cue, w)) ? told : null
    // `Avant de raconter … :` gives no speaker: the quote is read as one without a cue.
    const linked = given === null ? null : entityFor(article.entities, given.name, given.position!.start.offset, given.position!.end.offset, mentionIndex)
    // Nor does a name of a kind that never speaks (`A Tunis, X espère …`, `- Vulnérables -`, `Tabaski 2025 :`).
    // (Not a person's name the place swallowed from inside, a given name first: `la députée de La République en Marche
    // Claire O'Petit`, read as the place `Marche Claire O'Petit`.)
    const swallowed = given !== null && linked?.name !== given.name && /\s/.test(given.name) && isGivenName(given.name.slice(0, given.name.indexOf(' ')), context)
    const misfit = given !== null && (!linked || linked.type === 'location') && !swallowed ? (misfitName(context.source, w, given.position!.start.offset, given.position!.end.offset, (placeSpans ??= mentionSpans(article.entities, 'location'))) ?? ((linked ? linked.type === 'location' : placeNamed(given.name)) && placeInRelative(doc, given.position!.start.offset) ? 'place' : null)) : null
    const opening = given !== null && ((!linked && (openingWord(doc, given.name, given.position!.start.offset, given.position!.end.offset) || commonWordName(given.name, doc, context))) || misfit !== null)
    // A name in a phrase that opens the sentence (`Accusée par X, Y répond`) is not its subject: the one after the phrase is.
    const opened = given && !opening && !charIs('lower', given.name) ? openingPhrase(doc, candidates, start) : null
    // No speaker on purpose (a rule decided it), not for want of finding one.
    let deliberate = false
    let participant: Candidate | null = null
    let postposed: [number, number] | null = null
    let object: Speaker | null | undefined
    let source: Speaker | null = null
    if (shoutedHeading(context.source, q.text, end, q.cue?.position?.start.offset)) {
      // `" LA DÉFÉRENCE JOURNALISTIQUE À SON PIRE NIVEAU" "En terme d'…", a ironisé X`: words in capitals with no cue of
      // their own (none, or one read past another quote after them) are a heading or a title, no one's words.
      speaker = null
      deliberate = true
    } else if (!q.cue && !given && gluedHeading(context.source, q.text, end)) {
      // `…famille."Crimes dans des hôtels"Les enquêteurs…`: a subheading glued to the paragraphs around it by the scraper;
      // no one's words, unless the body quotes the same words (read below, as for a subheading between dashes).
      speaker = null
      deliberate = true
      if (headings.length < MAX_DASHED_HEADINGS) headings.push(index)
    } else if (gluedBetweenQuotes(context.source, q.text, start, end, q.cue?.position?.start.offset)) {
      // `…l'aéroport d'Orly."Nos infrastructures sont à bout de souffle""Nous travaillons …" a souligné X`: a subheading
      // glued between the paragraphs' quotes; the cue after the next quote is that quote's.
      speaker = null
      deliberate = true
      if (headings.length < MAX_DASHED_HEADINGS) headings.push(index)
    } else if (headings.length < MAX_DASHED_HEADINGS && dashedHeading(context.source, start, end, q.cue?.position?.start.offset)) {
      // `- "Fatiguée d'avoir peur" -`, `- Entraîner « une prise de conscience » -`: a subheading set between dashes
      // is no one's words, unless the body quotes the same words (read once every speaker is known, below).
      headings.push(index)
      speaker = null
      deliberate = true
    } else if (given?.position && q.cue?.position && given.position.end.offset <= q.cue.position.start.offset && passiveObjectCue(q.cue.text, w)) {
      // `HSDPA has been described as "3G on steroids"`, `X was branded "…"`: the subject of a passive verb of describing
      // is what is described; whoever described it is not named there.
      speaker = null
      deliberate = true
    } else if (!q.cue && !given && (participant = dashLabelPerson(context.source, candidates, start))) {
      // `- Bolton boss Sam Allardyce "I am bitterly disappointed …"`: a line a dash opens, a label ending with a person's
      // name, then the quote: that person's words (as with a colon after the label).
      speaker = {...named(participant.name, participant.entity), position: spanAt(context, participant.start, participant.end).position}
      branch = 'sentence'
    } else if (given?.position && (!linked || linked.type === 'location') && (postposed = placeQualifiedRole(doc, given.position.start.offset, given.position.end.offset)) !== null) {
      // `The 58-year-old US singer … told`, given as `US`: a place qualifying a role in a definite description; the one
      // that description stands for.
      speaker = resolveMention(context.source.slice(postposed[0], postposed[1]), postposed[0], postposed[1])
      branch = 'sentence'
    } else if (misfit !== null && (participant = subjectAfter(context.source, candidates, misfitEnd(context.source, given!.position!.end.offset, w), q.cue?.position?.start.offset ?? start))) {
      // `A Tunis, Mohamed-Amine espère …, évoquant « … »`, `- Vulnérables -Pour X, …, « … »`: the name after it is the subject.
      speaker = {...named(participant.name, participant.entity), position: spanAt(context, participant.start, participant.end).position}
      branch = 'sentence'
    } else if (opened && given!.position!.end.offset <= opened.end && !subjectPhrase(context.source, opened.end, q.cue)) {
      speaker = fromOpening(opened, start)
      branch = 'sentence'
      // `Au cœur de son message, une inquiétude profonde : « … »`: a direct quote with no cue whose opening phrase names no
      // one goes on with the words around it, as a quote with no cue does.
      if (!speaker && !q.cue && q.kind !== 'partial') {
        // (When it finds no one, no one: the phrase's sentence may name someone the article does not, `une fan … :`.)
        const found = inherited(context, doc, resolved, firstBlock, start, resolveMention, candidates)
        if (found === UNNAMED_SOURCE || found === null) deliberate = true
        else {
          speaker = found
          branch = 'inherited'
        }
      }
    } else if (given && q.cue && (postposed = pronounBeforeParticiple(doc, given, q.cue, start))) {
      // `Mr Blair has failed …, he claimed, saying he has the « … »`: the participle shares the subject of the
      // reporting clause set after the name, not the name the reported words are about.
      speaker = resolveMention(context.source.slice(postposed[0], postposed[1]), postposed[0], postposed[1])
      branch = 'pronoun'
    } else if (given && q.cue && (participant = participleSubject(doc, candidates, given, q.cue, start))) {
      // `X a fustigé un « plagiat » des députés LREM, soulignant « … »`: the name before a participle's comma is the
      // main verb's object; the participle shares the sentence's subject.
      speaker = {...named(participant.name, participant.entity), position: spanAt(context, participant.start, participant.end).position}
      branch = 'sentence'
    } else if (given && q.cue && (postposed = participlePronoun(doc, candidates, given, q.cue, start))) {
      // `He ended his response with a challenge to Labour, saying "…"`: no person named before the participle's object
      // is a subject (read above); the pronoun opening the sentence is, and the participle shares it.
      speaker = resolveMention(context.source.slice(postposed[0], postposed[1]), postposed[0], postposed[1])
      branch = 'pronoun'
    } else if (given?.position && q.cue?.position && index > 0 && resolved[index - 1]?.speaker && resolved[index - 1]!.cued && given.position.end.offset <= resolved[index - 1]!.start && q.cue.position.start.offset > resolved[index - 1]!.end && isParticiple(lastWord(q.cue.text), w) && continuesAttribution(context.source, resolved[index - 1]!, article.quotes[index - 1]!, start, w)) {
      // `Pendant ce temps, ils « … », poursuit-elle, ajoutant : « … »`: a name or pronoun before the previous quote is no
      // subject of a participle cue going on with that quote's attribution; its speaker goes on.
      speaker = {...resolved[index - 1]!.speaker!}
      branch = 'continued'
    } else if (given?.position && q.cue?.position && !w.pronouns.has(given.name.toLowerCase()) && coordinatedVerb(q.cue.position.start.offset) && (participant = sentenceOpener(doc, candidates, start)) !== null && participant.end <= given.position.start.offset && participant.type !== 'location' && participant.entity !== linked?.id && verbBetween(participant.end, given.position.start.offset)) {
      // `Mascherano est prêt à défier le Real Madrid, dans ce tournoi, et espère « … »`: a cue verb joined to the one before
      // by a coordinator shares its subject, the name opening the sentence, not the object named in between.
      speaker = {...named(participant.name, participant.entity), position: spanAt(context, participant.start, participant.end).position}
      branch = 'sentence'
    } else if (given?.position && q.cue && (source = relativeSubject(given)) !== null) {
      // `… par ce qu'il qualifie de « … »`: the relative's pronoun stands for the main clause's subject.
      speaker = source
      branch = 'pronoun'
    } else if (given?.position && q.cue && (source = voiceGoesOn(index, given)) !== null) {
      // `Mr Crosby's statement said: "…" It added: "…"`: the statement goes on, its owner's words.
      speaker = source
      branch = 'pronoun'
    } else if (given?.position && !opening) {
      const relayed = w.pronouns.has(given.name.toLowerCase()) ? undefined : relayedBy(given.position.end.offset, q.cue?.position?.start.offset ?? end)
      // `», ajoute M. Le Maire`, given as `M`: a bare title; the person named after it, a surname opened by particles too.
      // (`Mme de Vries`, given whole: the title, then particles opening the surname.)
      const titleEnd = relayed === undefined ? particledTitleEnd(given.name, doc, context) : -1
      const titled = relayed === undefined && bareTitle(given.name, doc, context) ? titledPerson(context, given.position.end.offset, article.entities, mentionIndex, doc) : titleEnd > 0 ? titledPerson(context, given.position.start.offset + titleEnd, article.entities, mentionIndex, doc) : null
      speaker = titled ?? (relayed !== undefined ? relayed : (clauseOpener(given.name, given.position.start.offset) ?? resolveMention(given.name, given.position.start.offset, given.position.end.offset)))
      const kind = givenKind(given.name, w)
      branch = kind === 'none' ? 'name' : kind
      // `said Bank of Japan chief Toshihiko Fukui`, `said SEPA vice-director Pan Yue`: a body qualifying the role of the
      // person named after it; that person speaks.
      const body = speaker?.entity !== undefined && relayed === undefined ? mentionIndex.startingAt(given.position.start.offset, given.position.start.offset) : null
      const person = body && body.entity.type === 'organization' ? personAfterBody(context.source, candidates, body.end, w) : null
      if (person) speaker = {...named(person.name, person.entity), position: spanAt(context, person.start, person.end).position}
      // `Aviation analyst Jo Bell of BNP Paribas described`, `Dan Ross from the FDA's Office of Drug Safety told`: the
      // organisation the person before it works for, not the subject; that person speaks.
      const affiliated = !person && relayed === undefined && speaker && (speaker.entity === undefined || !isPerson(speaker.entity)) ? personBeforeAffiliation(context.source, candidates, given.position.start.offset, w) : null
      if (affiliated) speaker = {...named(affiliated.name, affiliated.entity), position: spanAt(context, affiliated.start, affiliated.end).position}
      // `The Scottish Executive has insisted Mr McConnell was speaking about adults and his comments were "a recognition …"`:
      // words woven into a clause an earlier speech verb reports are that verb's subject's account.
      const outer = q.kind === 'partial' && q.cue?.position && q.cue.position.start.offset >= given.position.end.offset && relayed === undefined && !w.pronouns.has(given.name.toLowerCase()) ? outerReporter(doc, given.position.start.offset) : null
      const reporter = outer ? resolveMention(context.source.slice(outer[0], outer[1]), outer[0], outer[1]) : null
      if (reporter && reporter.entity !== speaker?.entity) speaker = reporter
    } else if (index > 0 && resolved[index - 1]?.speaker && resolved[index - 1]!.cued && continuesAttribution(context.source, resolved[index - 1]!, article.quotes[index - 1]!, start, w)) {
      // `», a-t-elle affirmé, en dénonçant « … »`, `», a-t-il dit, avant d'ajouter : « … »`: the same speaker.
      speaker = {...resolved[index - 1]!.speaker!}
      branch = 'continued'
    } else if (!q.cue && (speaker = narrativeSpeaker(start)) !== null) {
      // `Et de conclure : « … »`, `Et d'ajouter : « … »`: the one quoted last goes on.
      branch = 'continued'
    } else if (!q.cue && !given && q.kind !== 'partial' && (participant = colonClauseSubject(doc, candidates, start, end, article.headlinePosition?.end.offset ?? 0))) {
      // `« … » : dans une lettre, le président X a répondu …`: a quote opening its paragraph, then a colon and the clause of
      // whoever said it.
      speaker = {...named(participant.name, participant.entity), position: spanAt(context, participant.start, participant.end).position}
      branch = 'sentence'
    } else if (!q.cue && !given && q.kind !== 'partial' && (source = colonClauseSpeaker(start)) !== null) {
      // `Pour finir, le président de l'association a exprimé sa fierté : « … »`: the subject of the clause the colon closes.
      speaker = source
      branch = 'sentence'
    } else if ((!q.cue || opening) && q.kind !== 'partial') {
      const found = inherited(context, doc, resolved, firstBlock, start, resolveMention, candidates)
      // `Her agent told the paper that …. "…"`: words going on from someone the article does not name are no one's.
      if (found === UNNAMED_SOURCE) deliberate = true
      else speaker = found
      branch = 'inherited'
    } else if (!q.cue && q.kind === 'partial' && (source = sourceSpeaker(start))) {
      // `Pour Thierno Bocoum, … en « … »`, `Selon X, cet article « … »`: the source opening the sentence.
      speaker = source
      branch = 'sentence'
    } else if (!q.cue) {
      branch = 'partial'
      // A partial quote with no cue in a paragraph that quoted someone just before: the same source.
      const previous = resolved[resolved.length - 1]
      // (Not when an organisation other than that source opens the quote's sentence as its subject: `…, renchérit X. Le
      // Sma voudrait s'asseoir … pour « … »` is the Sma's.)
      const body = previous?.speaker ? bodySubject(doc, candidates, start, true, ownVerbAfter) : null
      if (previous?.speaker && previous.cued && previous.lastBlock === firstBlock && !namedBetween(candidates, previous, start) && (!body || body.entity === previous.speaker.entity)) speaker = {...previous.speaker}
      else if ((speaker = sentenceSpeaker(start))) branch = 'sentence'
      else if ((object = objectSpeaker(start)) !== undefined) {
        // The object of a verb of judging (`a salué un « … »`); a passive's (`est célébré comme`) is no one's.
        speaker = object
        branch = 'sentence'
        deliberate = speaker === null
      } else {
        // Else words woven into a sentence whose subject is a person (`Le secrétaire d'État, X, a insisté sur « … »`): that person's.
        // (`Chief executive Jim Skinner attributed … to the "…"`: a role with no article before the name opening it.)
        const c = personSubject(doc, candidates, start) ?? titledSubject(doc, candidates, start, lexicalVerbAfter)
        // Or whose subject is a person named right after a phrase opening it, with a verb of their own (`À la tête d'une
        // association, Marie Dupont voit « … »`, `In a letter to members, John Smith urged "…"`).
        const after = c ? null : openingPhrase(doc, candidates, start)?.person
        const view = after ? doc.blocks[blockAt(doc, start)]! : null
        const opened = after && view && (verbAfter(doc, view, indexIn(view, after.end)) || lexicalVerbAfter(after.end)) ? after : null
        const body = c || opened ? null : bodySubject(doc, candidates, start, false, sayingVerbAfter)
        if (c) speaker = {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position}
        else if (opened) speaker = {...named(opened.name, opened.entity), position: spanAt(context, opened.start, opened.end).position}
        else if (body) {
          speaker = {...named(body.name, body.entity), position: spanAt(context, body.start, body.end).position}
          branch = 'sentence'
        } else {
          // Or whose subject is a definite role (`En tombant, l'animateur s'est « déboîté » l'épaule`): the person it stands for.
          const glued = namedBodySubject(q.text, start)
          const role = glued ? null : roleSubject(doc, start)
          if (glued) speaker = {...named(glued.name, glued.entity), position: spanAt(context, glued.start, glued.end).position}
          else if (role) speaker = resolveMention(context.source.slice(role[0], role[1]), role[0], role[1])
          else {
            // Or whose subject is a pronoun for a person opening it (`He went on to reflect on the values that "…"`).
            const pronoun = pronounSubject(doc, start)
            const lower = pronoun ? context.source.slice(pronoun[0], pronoun[1]).toLowerCase() : ''
            if (pronoun && (w.personSubjectPronouns.has(lower) || personalPronoun(doc, pronoun[0]))) speaker = resolveMention(lower, pronoun[0], pronoun[1])
            else if (pronoun && w.organizationPronouns.has(lower) && !w.personOrOrganizationPronouns.has(lower) && lexicalVerbAfter(pronoun[1])) {
              // Or `It blamed "…"`, `It joined the lawsuit alleging "…"`: a pronoun for a body with a verb of its own (not
              // `It was "…"`, `It will "…"`), when it stands for an organisation.
              const body = resolveMention(lower, pronoun[0], pronoun[1])
              if (body?.entity !== undefined && !isPerson(body.entity)) speaker = body
            } else {
              // Or whose subject is an organisation opening it, right before its verb (`bodySubject`); not a term of a word
              // or two, the writer's label for something rather than the body's words (`The FCC was looking into shows by
              // "shock jock" X`, `eBay has stopped the "bagged air" auctions`).
              const b = countWords(q.text) >= BODY_QUOTE_WORDS ? bodySubject(doc, candidates, start, true, ownVerbAfter) : null
              if (b) speaker = {...named(b.name, b.entity), position: spanAt(context, b.start, b.end).position}
              else {
                // Or whose subject is a body, its members or its report, described, with a verb of finding or saying (`The
                // select committee found that … "…"`, `The MPs found X was "…"`): what that description stands for.
                const finding = findingSubject(doc, start)
                if (finding) speaker = resolveMention(context.source.slice(finding[0], finding[1]), finding[0], finding[1])
              }
            }
          }
        }
      }
    }
    // `a précisé le communiqué`, `the statement said`, with no organisation named in it: the organisation named before.
    if (!speaker && q.cue?.position && !given && documentVoiceAt(doc, q.cue.position.start.offset, q.cue.position.end.offset)) {
      const owner = antecedent(candidates, [], start, 'organization', true)
      if (owner) speaker = {...named(owner.name, owner.entity), position: spanAt(context, owner.from, candidates[lowerBound(candidates, owner.from)]?.end ?? owner.from).position}
      if (speaker) branch = 'voice'
    }
    // `», a confié le marabout, sûr de sa vision`: a definite description after the verb that no role list holds
    // stands for the one the article introduced with its head noun (`le célèbre marabout Bambo`, `introducedCandidate`).
    if (!speaker && q.cue?.position && !given && POSTPOSED_GAP.test(context.source.slice(end, q.cue.position.start.offset))) {
      // `« … », indique franceinfo`: an organisation the entities step found, written in lower case, right after the verb.
      const after = q.cue.position.end.offset + (SPACES_AFTER().exec(context.source.slice(q.cue.position.end.offset, q.cue.position.end.offset + 4))?.[0].length ?? 0)
      const body = mentionIndex.startingAt(after, after)
      if (body && body.entity.type === 'organization' && body.start === after) {
        speaker = {name: body.entity.name, entity: body.entity.id, position: spanAt(context, body.start, body.end).position}
        branch = 'name'
      }
    }
    if (!speaker && q.cue?.position && !given && POSTPOSED_GAP.test(context.source.slice(end, q.cue.position.start.offset))) {
      const parts = descriptionAfter(doc, q.cue.position.end.offset)
      const found = parts ? introducedBody(parts, start, isOrganizationNoun(parts.join(' '), doc)) : null
      if (found) {
        speaker = {...found, position: q.cue.position}
        branch = 'description'
      }
    }
    // `Pour Mary Sue Price, …, sa longévité s'explique par « … »`: the source opening the sentence, not the cue's subject.
    if (!speaker && q.cue && !given && q.kind === 'partial' && (source = sourceSpeaker(start))) {
      speaker = source
      branch = 'sentence'
    }
    // A cue with no subject of its own (`X, ministre de …, a salué « … », assurant que`): the name that opens the sentence;
    // not a source phrase whose own indefinite noun phrase names nobody (`selon une source proche du dossier`, `according to a source`).
    if (!speaker && q.cue && (!given || opening) && unnamedSource(context.source, q.cue, w)) deliberate = true
    else if (!speaker && q.cue && (!given || opening)) {
      const c = sentenceOpener(doc, candidates, start)
      if (c) speaker = {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position}
      else {
        const phrase = openingPhrase(doc, candidates, start)
        if (phrase) speaker = fromOpening(phrase, start)
      }
      // `Le député des Alpes-Maritimes soutient l'idée …, pour ne pas « … »`, `La mairie du 18e a salué un « … »`: a definite
      // role or body noun opening the sentence, its complement at most between it and the cue's verb, is that verb's
      // subject; the person or body it stands for speaks.
      if (!speaker && q.cue.position && q.cue.position.end.offset <= start) {
        const role = roleSubject(doc, start, true)
        const gap = role ? context.source.slice(role[1], q.cue.position.start.offset) : ''
        if (role && role[1] <= q.cue.position.start.offset && gap.length <= ROLE_CUE_GAP && !/[,;:.!?«»"“”()\n]/.test(gap)) speaker = resolveMention(context.source.slice(role[0], role[1]), role[0], role[1])
      }
      if (speaker) branch = 'sentence'
    }
    // `Il a défendu l'arrêt … au profit d'une « … »`, `l'avocat de la banque s'est montré ferme, dénonçant : « … »`: a
    // participle cue has no subject of its own; the sentence's subject pronoun or definite role is the speaker's.
    if (!speaker && q.cue && !given && isParticiple(lastWord(q.cue.text), w)) {
      // (`Et d'évoquer aussi « … », estimant que …`: a narrative infinitive goes on with the words of the one quoted last, when
      // the participle follows the quote after a comma, in its sentence.)
      speaker = sentenceSpeaker(start) ?? (q.cue.position && PARTICIPLE_AFTER.test(context.source.slice(end, q.cue.position.start.offset)) ? narrativeSpeaker(start) : null)
      const subject = speaker ? null : pronounSubject(doc, start) ?? postposedPronoun(doc, start) ?? roleSubject(doc, start, true)
      if (subject) speaker = resolveMention(context.source.slice(subject[0], subject[1]), subject[0], subject[1])
      if (!speaker) {
        // `Au Royaume-Uni, le premier ministre Keir Starmer a qualifié ce crash de « … », affirmant`: the person subject of the
        // sentence; else the organisation subject of it (`L'ACLU a estimé que « … » était « vouée à l'échec », rappelant`).
        const c = subjectInSentence(doc, candidates, start) ?? subjectInSentence(doc, candidates, start, 'organization', w)
        if (c) speaker = {...named(c.name, c.entity), position: spanAt(context, c.start, c.end).position}
      }
      if (speaker) branch = 'sentence'
      // `The prime minister's official spokesman also rejected the claims, saying: "…"`: an unnamed voice of a person
      // (a role in the genitive) opens the sentence; no one the article names speaks.
      else if (roleVoiceOpens(doc, start)) deliberate = true
    }
    // A cue that gives no subject and none found above: a body described right before its verb (`la police d'Ahmedabad a
    // affirmé`), a role opening the sentence with a subject relative (`L'élu de l'Oise, qui indique avoir « … »`), else the
    // speaker of the cued direct quote just before in the sentence (`», a-t-elle encore dit, se montrant favorable à « … »`).
    // `Il « … », a déclaré une de ses avocates, Me X`: a postposed cue whose subject is a description with a name in
    // apposition; that person.
    if (!speaker && !deliberate && !given && q.cue?.position && POSTPOSED_GAP.test(context.source.slice(end, q.cue.position.start.offset))) {
      const apposed = apposedAfterCue(doc, candidates, q.cue.position.end.offset, titleSet(context))
      if (apposed) {
        speaker = {...named(apposed.name, apposed.entity), position: spanAt(context, apposed.start, apposed.end).position}
        branch = 'sentence'
      }
    }
    if (!speaker && !deliberate && !given && q.cue?.position) {
      speaker = bodyBeforeCue(q.cue.position.start.offset) ?? relativeRoleSubject(start, q.cue.position.start.offset) ?? roleBeforeCue(q.cue.position.start.offset) ?? cuedDirectBefore(index, start)
      // `La ministre, X, a réagi sur sa page :` then the quote as a paragraph of its own: the subject of the cue's sentence.
      if (!speaker && blockAt(doc, q.cue.position.start.offset) < firstBlock) speaker = clauseSubject(q.cue.position.start.offset)
      if (speaker) branch = 'sentence'
    }
    // A partial quote with no cue in a subordinate clause opening its sentence (`Alors que le président … un « … »`).
    if (!speaker && !deliberate && !given && !q.cue && q.kind === 'partial' && (speaker = subordinateSubject(start) ?? bodyOpening(start) ?? coordinatedPronoun(start) ?? nameBeforeVerb(start))) branch = 'sentence'
    // `Sénégal – Yannick Gomis : « … »`, `Affaire X – Ousmane Sonko interpelle`: a topic set off by a dash before the subject.
    const dashed = speaker?.position ? afterDash(context.source, candidates, speaker.position.end.offset) : null
    if (dashed) speaker = {...named(dashed.name, dashed.entity), position: spanAt(context, dashed.start, dashed.end).position}
    speaker = clean(speaker)
    // `La prédiction de Koulibaly sur Gana Gueye : « … »`: a name in the topic of a noun another name owns, before the
    // colon leading in the quote, is what the owner speaks about; the owner speaks.
    if (speaker?.position && branch === 'name' && !q.cue && colonBefore(context.source, start) >= 0) {
      const owner = topicOwner(context.source, candidates, speaker.position.start.offset, w)
      if (owner) speaker = clean({...named(owner.name, owner.entity), position: spanAt(context, owner.start, owner.end).position})
    }
    // `Bourgi revient sur ses relations avec Macky Sall : « J'ai failli perdre l'amitié de Macky Sall … »`: a person whom
    // the quote's own words name in the third person is no speaker of it (unless a cue next to it names them); the
    // ranker picks among the others. (`clean` has built `entityById` for the speaker.)
    let excluded: string | undefined
    if (speaker?.entity && q.kind !== 'partial' && !(branch === 'name' && q.cue) && isPerson(speaker.entity) && namedInWords(q.text, entityById?.get(speaker.entity), w)) {
      excluded = speaker.entity
      speaker = null
      branch = 'none'
      // A quote a clause closed by a colon leads in (`X revient sur … avec Y : « … Y … »`): that clause's subject speaks.
      const colon = colonBefore(context.source, start)
      const subject = colon < 0 ? null : clean(clauseSubject(colon))
      if (subject?.entity && subject.entity !== excluded && !namedInWords(q.text, entityById?.get(subject.entity), w)) {
        speaker = subject
        branch = 'sentence'
        excluded = undefined
      }
    }
    const pronoun = given ? given.name.toLowerCase() : ''
    if (ranker) rankQuotes.push({
      start,
      end,
      sentenceStart: sentenceId(doc, start),
      sentenceEnd: sentenceId(doc, Math.max(start, end - 1)),
      partial: q.kind === 'partial',
      cue: q.cue !== null,
      given: given && !opening ? givenKind(given.name, w) : 'none',
      ...(w.masculine.has(pronoun) ? {gender: 'm' as const} : w.feminine.has(pronoun) ? {gender: 'f' as const} : {}),
      branch,
      chosen: speaker ? (speaker.entity ?? UNLINKED + speaker.name) : excluded ?? null,
      ...(excluded ? {excluded} : {}),
      open: excluded !== undefined || (q.kind !== 'partial' && ((branch === 'inherited' && !deliberate && !(speaker !== null && continuesCued(context.source, article.quotes[index - 1], start, w)) && !voicedBefore(index, start, speaker)) || (branch === 'none' && speaker === null && !deliberate && !(q.cue?.position && namelessSubject(doc, q.cue.position.start.offset, q.cue.position.end.offset, end, charIs('lower', q.cue.text) && POSTPOSED_GAP.test(context.source.slice(end, q.cue.position.start.offset)))))))
    })
    const lastView = doc.blocks[lastBlock]!
    const close = indexIn(lastView, end)
    const k = sentenceIndexOf(lastView, close)
    const sentenceEnd = offsetOf(lastView, lastView.starts[k + 1] ?? lastView.masked.length)
    const type = typeOfEntity(speaker?.entity)
    // (A speaker that no entity holds but whose name is a place's, `the Czech Republic` of a list of countries, is a place too.)
    const place = type === 'location' || (speaker !== null && speaker.entity === undefined && placeNamed(speaker.name))
    resolved[index] = {speaker, ...(type ? {type} : {}), ...(place ? {place} : {}), start, end, lastBlock, sentenceEnd, cued: q.cue !== null}
    if (!speaker && !deliberate && !q.cue && q.kind === 'partial') unspoken.push(index)
    return {...q, speaker}
  })
  // `Cette loi devra « … », mais … « … », insiste X.`: words woven into a sentence whose attribution comes after a later
  // quote of it are that attribution's speaker's too (no other person named in between).
  for (const i of unspoken) {
    const sentence = sentenceId(doc, resolved[i]!.start)
    for (let j = i + 1; j < resolved.length && j <= i + SENTENCE_QUOTES; j++) {
      const r = resolved[j]!
      if (sentenceId(doc, r.start) !== sentence) break
      if (!r.cued || !r.speaker) continue
      if (!otherPersonBetween(candidates, r.speaker, resolved[i]!.end, r.start)) {
        cascade[i] = {...cascade[i]!, speaker: {...r.speaker}}
        if (rankQuotes[i]) rankQuotes[i] = {...rankQuotes[i]!, chosen: r.speaker.entity ?? UNLINKED + r.speaker.name, branch: 'sentence'}
      }
      break
    }
  }
  const quotes = rank(context, article, cascade, rankQuotes, candidates, genders, main, doc, ranker, clean)
  // A subheading quoting words the body quotes again (`- "On veut y voir clair" -`): their speaker.
  for (const i of headings) {
    const q = quotes[i]!
    const again = quotes.find((o, j) => j !== i && o.speaker && sameWords(q.text, o.text))
    if (again?.speaker) quotes[i] = {...q, speaker: {...again.speaker}}
  }
  // A headline quote with no cue (`Brown 'will stay as chancellor'`) is the words the body quotes again: their speaker.
  const headline = article.headlinePosition
  let leadSource: {speaker: Speaker | null} | null = null
  // Every entity mention's span (built when a headline quote is read).
  let entitySpans: MentionSpan[] | null = null
  if (headline) {
    // A headline holds a few quotes at most: only the first few are read (the search below is linear in the quotes).
    for (let i = 0; i < quotes.length && i < MAX_HEADLINE_QUOTES; i++) {
      const q = quotes[i]!
      if (q.position.start.offset >= headline.end.offset) break
      if (q.position.start.offset < headline.start.offset) continue
      // (`School sport 'is back', says PM`: a cue whose subject is a bare role naming no one reads the same way; not an unnamed
      // group, `Senators say`.)
      const mention = article.quotes[i]?.speaker?.name.toLowerCase() ?? ''
      const unnamed = q.cue !== null && q.speaker === null && isRoleWord(mention.slice(mention.lastIndexOf(' ') + 1), w) && !w.unnamedGroups.has(mention)
      const again = q.cue && !unnamed ? undefined : quotes.find((o, j) => j > i && o.speaker && o.position.start.offset >= headline.end.offset && sameWords(q.text, o.text))
      // `Mamico tacle X : « … »`, `« … » : Bambo donne …`, `Affaire X : Mamy Cobra lui adresse …, « … »`: the subject of
      // the headline's clause holding the quote, or of the clause the quote follows or opens across a colon.
      const subject = again?.speaker ? null : headlineSubject(context.source, candidates, quotes, i, headline.start.offset, headline.end.offset, w, (entitySpans ??= mentionSpans(article.entities)), context.locale.quotes.qualifierSuffixes)
      if (subject && !(subject.entity === undefined && commonWordName(subject.name, doc, context))) quotes[i] = {...q, speaker: {...named(subject.name, subject.entity), position: spanAt(context, subject.start, subject.end).position}}
      else if (q.cue && !(unnamed && again?.speaker)) continue
      else if (again?.speaker) quotes[i] = {...q, speaker: {...again.speaker, position: again.speaker.position}}
      // `'UK will stand firm on EU rebate'` over `Britain's rebate is not up for renegotiation, Jack Straw said.`: the
      // source the lead's first sentence gives its claim (`…, says Age Concern.`, `…, according to The Mail on Sunday.`).
      else if (!q.speaker) {
        leadSource ??= sourceOfLead(context.source, doc, headline.end.offset, clean, resolveMention)
        if (leadSource.speaker) quotes[i] = {...q, speaker: leadSource.speaker}
      }
    }
  }
  // `Téhéran promet une « réponse forte »`: a capital that speaks stands for its state, when the article names that state.
  if (w.capitalCountries.size > 0) {
    for (let i = 0; i < quotes.length; i++) {
      const speaker = quotes[i]!.speaker
      const states = speaker && (speaker.entity === undefined || !isPerson(speaker.entity)) ? w.capitalCountries.get(speaker.name) : undefined
      if (!states) continue
      const state = article.entities.find((e) => e.type === 'location' && states.includes(e.name))
      if (state) quotes[i] = {...quotes[i]!, speaker: {...speaker!, ...named(state.name, state.id)}}
    }
  }
  // An organisation's acronym the article spells out in brackets beside it (`la Sacem (société des auteurs, compositeurs
  // et éditeurs de musique)`): the fullest name the article gives it.
  const spelled = new Map<string, string | null>()
  // The acronyms written before a bracket (read when first needed).
  let bracketed: Set<string> | null = null
  // Every word that could be spelled out beside a bracket (`Mrap (`, `(Sma)`), read in one pass when first needed: a word
  // not in it is spelled out nowhere, without a search of the article for each short speaker name.
  let besideBracket: Set<string> | null = null
  // The organisations whose name has several words, by its first word (built when first needed).
  let orgsByFirstWord: Map<string, Entity[]> | null = null
  const spell = (acronym: string): string | null => {
    let long = spelled.get(acronym)
    if (long === undefined) {
      besideBracket ??= wordsBesideBrackets(context.source)
      long = besideBracket.has(acronym) ? spelledOut(acronym, context.source, w) : null
      spelled.set(acronym, long)
    }
    return long
  }
  for (let i = 0; i < quotes.length; i++) {
    const speaker = quotes[i]!.speaker
    if (!speaker || (speaker.entity !== undefined && isPerson(speaker.entity))) continue
    // The name of a body no entity holds, that an earlier quote's speaker has whole (`le Pôle estime` after `Le Pôle des
    // Autonomes dénonce`): the nearest before.
    const longer = speaker.entity === undefined && ONE_WORD_NAME().test(speaker.name) ? earlierLongerSpeaker(quotes, i, speaker.name) : null
    if (longer) {
      quotes[i] = {...quotes[i]!, speaker: {...speaker, name: longer}}
      continue
    }
    // `PIT-Sénégal` of `le Parti de l’Indépendance et du Travail (PIT-Sénégal)`: the expansion before the bracket.
    const withPlace = speaker.entity === undefined ? spelledWithPlace(speaker.name, context.source, w) : null
    if (withPlace) {
      // (The organisation of that name, when the entities step found one: found once per such speaker, a rare one.)
      const body = article.entities.find((e) => e.type === 'organization' && e.name === withPlace)
      quotes[i] = {...quotes[i]!, speaker: {...speaker, ...named(withPlace, body?.id)}}
      continue
    }
    if (BRACKETED_ACRONYM().test(speaker.name)) {
      const long = spell(speaker.name)
      if (long) quotes[i] = {...quotes[i]!, speaker: {...speaker, name: long}}
      continue
    }
    // A name cut short of the expansion it opens (`Mouvement contre le racisme` of `le Mrap (Mouvement contre le racisme et
    // pour l'amitié entre les peuples)`): that expansion, an organisation's acronym the article spells out.
    const type = speaker.entity ? typeOfEntity(speaker.entity) : undefined
    if (type !== undefined && type !== 'organization') continue
    // One word that opens the name of an organisation named before (`le Conseil` after `le Conseil scientifique`): the
    // one named last before the quote.
    if (ONE_WORD_NAME().test(speaker.name)) {
      const at = quotes[i]!.position.start.offset
      let best: Entity | null = null
      let bestAt = -1
      // (The organisations of several words by their first word, in the entities' order: built once, not a walk over every
      // entity for each quote.)
      if (!orgsByFirstWord) {
        orgsByFirstWord = new Map()
        for (const e of article.entities) {
          const space = e.name.indexOf(' ')
          if (e.type !== 'organization' || space < 0) continue
          const first = e.name.slice(0, space)
          const list = orgsByFirstWord.get(first)
          if (list) list.push(e)
          else orgsByFirstWord.set(first, [e])
        }
      }
      for (const e of orgsByFirstWord.get(speaker.name) ?? []) {
        if (e.id === speaker.entity) continue
        for (const m of e.mentions) {
          const from = m.position.start.offset
          if (from < at && from > bestAt) {
            best = e
            bestAt = from
          }
        }
      }
      if (best) {
        quotes[i] = {...quotes[i]!, speaker: {...speaker, ...named(best.name, best.id)}}
        continue
      }
    }
    if (!bracketed) {
      bracketed = new Set()
      const found = ACRONYM_BEFORE_BRACKET()
      found.lastIndex = 0
      for (let m = found.exec(context.source); m && bracketed.size < MAX_BRACKETED; m = found.exec(context.source)) bracketed.add(m[1]!)
    }
    for (const acronym of bracketed) {
      const long = spell(acronym)
      if (long && long.startsWith(speaker.name + ' ')) {
        quotes[i] = {...quotes[i]!, speaker: {...speaker, name: long}}
        break
      }
    }
  }
  fullestPersonNames(quotes, article.entities, doc, (word) => isGivenName(word, context))
  return {quotes}
}

/** Most earlier quotes read back for a longer name of a speaker no entity holds. */
const LONGER_SPEAKER_QUOTES = 12

/**
 * The name of the speaker of a quote before quote `i` (the nearest, a few back at most) that no entity holds and that
 * opens with `name` then a space (`Pôle des Autonomes` for `Pôle`), else null.
 */
function earlierLongerSpeaker(quotes: readonly Quote[], i: number, name: string): string | null {
  const head = name + ' '
  for (let j = i - 1; j >= 0 && j >= i - LONGER_SPEAKER_QUOTES; j--) {
    const s = quotes[j]!.speaker
    if (s && s.entity === undefined && s.name.startsWith(head)) return s.name
  }
  return null
}

/**
 * Gives each quote's person speaker the fullest name the article gives them: their entity's name when the speaker's name
 * is its end with no role word cut before it (`Berry` of `Jan Berry`, `jan` read as a month), or the one person entity of more
 * words ending with it, a given name first (`Selbé Diouf` beside `Marie Angélique Selbé Diouf`, two entities of one
 * person; not `Voyant Ousmane Sonko`, a participle glued to a name). Changes `quotes` in place.
 */
function fullestPersonNames(quotes: Quote[], entities: readonly Entity[], doc: QuoteDocument, given: (word: string) => boolean): void {
  // The person entities by each ending of two words or more of their names (null when two entities share one), built
  // when a speaker first needs it.
  let byEnding: Map<string, Entity | null> | null = null
  let byId: Map<string, Entity> | null = null
  for (let i = 0; i < quotes.length; i++) {
    const speaker = quotes[i]!.speaker
    if (speaker?.entity === undefined) continue
    byId ??= new Map(entities.map((e) => [e.id, e]))
    const entity = byId.get(speaker.entity)
    if (entity?.type !== 'person') continue
    if (entity.name !== speaker.name) {
      const cut = entity.name.endsWith(' ' + speaker.name) ? entity.name.slice(0, -speaker.name.length - 1).split(' ') : null
      // (Not words the article writes in lower case too: `Ask Aidan`, a product's name cut to `Aidan`.)
      if (cut && !cut.some((x, k) => (doc.names.roles.has(x.toLowerCase()) && !particleOpening(entity.name.split(' '), k, doc)) || doc.names.lowerWords.has(x.toLowerCase()))) quotes[i] = {...quotes[i]!, speaker: {...speaker, name: entity.name}}
      continue
    }
    if (!/\s/.test(entity.name)) continue
    if (!byEnding) {
      byEnding = new Map()
      for (const e of entities) {
        if (e.type !== 'person') continue
        const words = e.name.split(/\s+/)
        if (!given(words[0]!)) continue
        for (let k = 1; k + 2 <= words.length; k++) {
          const key = words.slice(k).join(' ').toLowerCase()
          byEnding.set(key, byEnding.has(key) && byEnding.get(key) !== e ? null : e)
        }
      }
    }
    const longer = byEnding.get(entity.name.toLowerCase())
    if (longer && longer.id !== entity.id) quotes[i] = {...quotes[i]!, speaker: {...speaker, name: longer.name, entity: longer.id}}
  }
}

/**
 * The subject of the clause of a headline (input offsets `from`–`to`) that speaks quote `i`: headline clauses are
 * parted by colons (outside quotes). A quote inside a clause after words of its own is that clause's (`Affaire X : Mamy
 * Cobra lui adresse un message, « … »`); a quote that is a whole part is the part's before it (`Mamico tacle X : « … »`),
 * else the part's after it (`« … » : Bambo donne …`). The subject is the first person or organisation named in the
 * clause (before the quote, for the quote's own clause); null when there is none or the quote is no whole part and
 * opens its clause (`« … », selon X`).
 */
function headlineSubject(
  source: string,
  candidates: readonly Candidate[],
  quotes: readonly Quote[],
  i: number,
  from: number,
  to: number,
  w: CueWords,
  taken: readonly MentionSpan[],
  suffixes: readonly string[]
): Candidate | null {
  const q = quotes[i]!
  // An attribution after the quote (`« … » du régime, selon X`) is the quote's own.
  if (q.cue?.position && q.cue.position.start.offset >= q.position.end.offset) return null
  const qs = q.position.start.offset
  const qe = q.position.end.offset
  // Only a quote the headline holds whole.
  if (qe > to) return null
  // The headline's colons followed by a space, outside its quotes.
  const colons: number[] = []
  const held = quotes.slice(0, MAX_HEADLINE_QUOTES)
  for (let at = source.indexOf(':', from); at >= 0 && at < to; at = source.indexOf(':', at + 1)) {
    if (!/[ \t\u00a0]/.test(source[at + 1] ?? '')) continue
    if (held.some((o) => o.position.start.offset - 1 <= at && at <= o.position.end.offset)) continue
    colons.push(at)
  }
  let start = from
  let end = to
  let before = -1
  for (const c of colons) {
    if (c < qs) {
      before = start
      start = c + 1
    } else {
      end = c
      break
    }
  }
  const opens = HEADLINE_OPENS().test(source.slice(start, qs))
  const whole = opens && HEADLINE_CLOSES().test(source.slice(qe, end))
  let clause: [number, number] | null = null
  // Before the cue, when the quote's own clause has one (`Top Democrat says Trump … 'constitutional crisis'`).
  if (!opens) clause = [start, q.cue?.position && q.cue.position.start.offset >= start ? q.cue.position.start.offset : qs]
  else if (whole && before >= 0) {
    // The last clause of that part, after a comma or a spaced dash (`Affaire X – Ousmane Sonko : « … »`, `Plainte contre
    // X, Alioune Tine interpelle Y : « … »`).
    const part = source.slice(before, start - 1)
    let cut = 0
    for (const m of part.matchAll(HEADLINE_BREAK())) cut = m.index + m[0].length
    clause = [before + cut, start - 1]
  } else if (whole && end < to) {
    // The name must open that part (`« … » : Bambo donne`, not `« … »: la vérité sur le couple Betty`).
    const next = colons.find((c) => c > end) ?? to
    return subjectAfter(source, candidates, end + 1, next) ?? unknownOpener(source, end + 1, next, taken, w, suffixes)
  }
  if (!clause) return null
  // A name no entity holds opening the clause before its verb (`Mamico tacle X`, `Aubry tacle Valls`): the subject, not
  // the person named after the verb.
  const opener = unknownOpener(source, clause[0], clause[1], taken, w, suffixes)
  for (let k = lowerBound(candidates, clause[0]); k < candidates.length; k++) {
    const c = candidates[k]!
    if (c.start >= clause[1]) break
    if (opener && c.start >= opener.end) return opener
    if (c.end > clause[1] || (c.type !== 'person' && c.type !== 'organization')) continue
    // Not a name in a complement (`Confinement : pour X (LR), …`), nor a name the quote follows right away: a claim about
    // it (`Rank "set to sell film unit"`); a verb between them (`Mamy Cobra lui adresse …, « … »`).
    if (w.prepositions.has(withoutElision(c.before)) || (!opens && !/\p{L}{2,}/u.test(source.slice(c.end, qs)))) return null
    return c
  }
  return opener
}

/** A capitalised word, then a word in lower case and maybe one more word, at the start of a headline's clause. */
const OPENER_AND_VERB = lazy("^[ \\t\\u00a0]*(\\p{Lu}[\\p{L}\\p{N}-]*)[ \\t\\u00a0]+(\\p{Ll}[\\p{L}-]*)(?:[ \\t\\u00a0]+(\\p{L}+['’]?))?", 'u')

/**
 * A one-word name that opens a headline's clause (input offsets `from`–`to`) right before its verb, and that no entity
 * mention of `taken` covers (`Mamico tacle X`, `Diadia explose –`, `Titi est directe`): the clause's subject, a name
 * the entities step did not take, as a candidate that no entity holds; else null. The word after it must read as a verb:
 * a speech verb or an auxiliary, or a word in lower case ending like a verb in the present (`VERB_ENDING`), with no
 * qualifier ending (of `suffixes`) and no preposition after it (not `Santé mentale`, `Triste parcours`, `Message fort
 * d'une`). Not a determiner, a preposition, a
 * pronoun or a role (`Le`, `Pour`, `Elle`, `Ministre`), nor a word with an elision (`L'APDH`).
 */
function unknownOpener(source: string, from: number, to: number, taken: readonly MentionSpan[], w: CueWords, suffixes: readonly string[]): Candidate | null {
  const m = OPENER_AND_VERB().exec(source.slice(from, Math.min(to, from + OPENER_CHARS)))
  if (!m) return null
  const word = m[1]!
  const lower = word.toLowerCase()
  if (w.determiners.has(lower) || w.prepositions.has(lower) || w.clauseWords.has(lower) || w.sentenceConnectors.has(lower) || w.pronouns.has(lower) || w.roleWords.has(lower) || w.abbreviations.has(lower)) return null
  const verb = m[2]!
  const after = m[3] ? m[3].toLowerCase().replace(/['’]$/, '') : ''
  const verbLike = w.verbsAndAuxiliaries.has(verb) || (VERB_ENDING.test(verb) && !w.prepositions.has(verb) && !w.determiners.has(verb) && !w.clauseWords.has(verb) && !hasQualifierEnding(verb, suffixes, 3) && !w.prepositions.has(after))
  if (!verbLike) return null
  const start = from + m[0].indexOf(word)
  const end = start + word.length
  if (end > to || overlapsTaken(taken, start, end)) return null
  return candidate(start, end, word, undefined, undefined, true, '', [], 1, undefined, undefined)
}

/**
 * The ending of a verb in the present, third person (`tacle`, `montre`, `réagit`, `répond`), in one word: not a plural
 * or an adverb in `-s` (`parcours`, `depuis`, `très`), nor a compound (`islamo-chrétienne`).
 */
const VERB_ENDING = /^\p{Ll}+[etd]$/u

/** Most characters of a headline's clause read for a name opening it. */
const OPENER_CHARS = 80

/** A one-word label's colon after it, a number at most between (`Tabaski 2025 :`). */
const PLACE_LABEL = lazy('^[ \\t\\u00a0]*(?:\\d+[ \\t\\u00a0]*)?:', '')

/** A comma or a spaced dash: where a clause of a headline's part starts. */
const HEADLINE_BREAK = lazy(',|[ \\t\\u00a0][-–—][ \\t\\u00a0]', 'g')

/** Only spaces and opening marks before a quote: it opens its part of the headline. */
const HEADLINE_OPENS = lazy('^[ \\t\\u00a0«"“‘\'(]*$', '')

/** Only closing marks, punctuation and a bracketed tag (`(vidéo)`) after a quote: it ends its part of the headline. */
const HEADLINE_CLOSES = lazy('^[ \\t\\u00a0»"”’\',.!?…]*(?:\\([^()]{0,20}\\)[ \\t\\u00a0.]*)?$', '')

/**
 * The speaker the first sentence of the lead (the first block after input
 * offset `after`, the headline's end) attributes its claim to: the subject of
 * its last speech verb or the source after its last cue phrase (`…, Jack Straw
 * said.`, `…, says Age Concern.`, `…, according to The Mail on Sunday.`),
 * resolved like a quote's; none when that sentence has no attribution, names
 * nobody (`a report says`) or describes someone it does not name there.
 */
function sourceOfLead(
  source: string,
  doc: QuoteDocument,
  after: number,
  clean: (speaker: Speaker | null) => Speaker | null,
  resolveMention: (text: string, at: number, end: number) => Speaker | null
): {speaker: Speaker | null} {
  let b = blockAt(doc, after)
  if (doc.blocks[b]!.block.start < after) b++
  const view = doc.blocks[b]
  if (!view || view.masked.trim() === '') return {speaker: null}
  const [from, to] = sentenceAround(view, 0)
  if (namelessLeadSource(view, from, to, doc.words)) return {speaker: sourceAfterLead(source, doc, b, to, clean, resolveMention)}
  const a = attributionBefore(view, from, to, doc.words, false)
  // A name right before its verb (`Jack Straw has said`) or right after it or a cue phrase (`says Age Concern`,
  // `according to the OECD`): not the sentence's first name taken for want of one (`Rank could …, reports claim`),
  // a description (`says a report`, `the boss of …`) or the subject of a passive (`China has been accused … by`).
  if (!a?.speaker || !a.cue || a.speaker.kind === 'pronoun') return {speaker: null}
  const m = a.speaker
  const gap = m.end <= a.cue.start ? view.masked.slice(m.end, a.cue.start) : view.masked.slice(a.cue.end, m.start)
  // After the verb, a determiner and a title may come first (`a assuré le Premier ministre Ousmane Sonko`).
  const titleWord = (x: string) => doc.words.determiners.has(x) || doc.words.roleWords.has(x)
  const between = gap.trim()
  if (between !== '' && !(m.start >= a.cue.end && between.toLowerCase().split(/\s+/).every(titleWord))) return {speaker: null}
  if (m.end <= a.cue.start) {
    for (let k = firstTokenAt(view.tokens, a.cue.end); k < view.tokens.length && view.tokens[k]!.start < to; k++) {
      if (doc.words.agentMarkers.has(view.tokens[k]!.lower)) return {speaker: null}
    }
  }
  const at = offsetOf(view, a.speaker.start)
  const end = offsetOf(view, a.speaker.end)
  const speaker = clean(resolveMention(source.slice(at, end), at, end))
  // A role stands for the person it names (`le Premier ministre Ousmane Sonko`), not for one named elsewhere.
  if (speaker && m.kind === 'role' && !source.slice(at, end).includes(speaker.name.split(' ').pop()!)) return {speaker: null}
  return {speaker}
}

/** Most sentences read after a lead whose source names nobody, for the source they name (`…, a report suggests. The NIESR claims …`). */
const LEAD_SOURCE_SENTENCES = 3

/** Most words of a nameless source closing a lead (`, a new survey by the charity has found.`). */
const NAMELESS_SOURCE_WORDS = 6

/**
 * Whether the sentence `from`–`to` of `view` (a lead) ends with a source
 * that names nobody, after a comma: a noun phrase with no capital, its
 * auxiliaries and a speech or finding verb (`…, a report suggests.`,
 * `…, research has found.`, `…, the elections watchdog has said.`), or a
 * verb or a cue phrase then a finding noun with no capital (`…, says a new
 * survey.`, `…, selon une étude.`, `…, révèle un sondage.`).
 */
function namelessLeadSource(view: QuoteBlock, from: number, to: number, w: CueWords): boolean {
  const tokens = view.tokens
  const a = firstTokenAt(tokens, from)
  const last = firstTokenAt(tokens, to) - 1
  if (last <= a || !/^[\s.]*$/.test(view.masked.slice(tokens[last]!.end, to))) return false
  // The clause after the sentence's last comma, if short.
  let c = -1
  for (let j = last; j > a && last - j < NAMELESS_SOURCE_WORDS + 4; j--) {
    if (!isSpaces(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
      if (view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start).trimEnd().endsWith(',')) c = j
      break
    }
  }
  if (c < 0) return false
  const nameless = (x: Token) => charIs('lower', x.text) && !w.pronouns.has(x.lower)
  const verb = (x: Token) => w.verbs.has(x.lower) || w.findingVerbs.has(x.lower)
  // `a report suggests`, `the elections watchdog has said`.
  if (verb(tokens[last]!)) {
    let k = last
    while (k - 1 >= c && w.auxiliaries.has(tokens[k - 1]!.lower)) k--
    if (k > c && k - c <= NAMELESS_SOURCE_WORDS && tokens.slice(c, k).every(nameless)) return true
  }
  // `says a new survey`, `selon une étude`.
  const phrase = cuePhraseAt(view, c, w)
  const head = phrase > 0 ? c + phrase : verb(tokens[c]!) ? c + 1 : -1
  if (head < 0 || head > last || last - head >= NAMELESS_SOURCE_WORDS) return false
  for (let k = head; k <= last; k++) if (!nameless(tokens[k]!)) return false
  return tokens.slice(head, last + 1).some((x) => w.findingNouns.has(x.lower))
}

/**
 * The source a lead that names none (`…, a survey suggests.`) names in the
 * sentences after it (block `b` from index `from`, then the next block): the
 * first subject of a speech verb that is a name the entities step found (`The
 * National Institute of Economic and Social Research claims …`, `Anti-fraud
 * consultancy Retail Decisions says …`); none when those sentences name no
 * one that speaks.
 */
function sourceAfterLead(
  source: string,
  doc: QuoteDocument,
  b: number,
  from: number,
  clean: (speaker: Speaker | null) => Speaker | null,
  resolveMention: (text: string, at: number, end: number) => Speaker | null
): Speaker | null {
  let read = 0
  for (let k = b; k < doc.blocks.length && k <= b + 1 && read < LEAD_SOURCE_SENTENCES; k++) {
    const view = doc.blocks[k]!
    let at = k === b ? from : 0
    while (at < view.masked.length && read < LEAD_SOURCE_SENTENCES) {
      const [s, e] = sentenceAround(view, at)
      read++
      // `an in-depth study by telecommunications company Ericsson`: the study's author, else the subject of a speech verb.
      const a = attributionBefore(view, s, e, doc.words, false)
      for (const span of [studyAuthor(view, s, e, doc.words), a?.cue && a.speaker && a.speaker.kind !== 'pronoun' ? a.speaker : null]) {
        if (!span) continue
        const p = offsetOf(view, span.start)
        const q = offsetOf(view, span.end)
        const speaker = clean(resolveMention(source.slice(p, q), p, q))
        // Only a name written there, not one a description stands for.
        if (speaker?.entity !== undefined && speaker.position && speaker.position.start.offset >= p && speaker.position.end.offset <= q) return speaker
      }
      at = Math.max(e, at + 1)
    }
  }
  return null
}

/** Most words between a finding noun and its agent marker (`the study, undertaken by`), and between that marker and the name. */
const STUDY_AGENT_REACH = 3

/**
 * The name of who made a study, in the sentence `from`–`to` of `view`: a
 * name right before a finding noun (`the Mori survey`), or a finding noun,
 * its agent marker a few words after (`a study by`, `The study, undertaken
 * by`) and a name a few words after that (`by telecommunications company
 * Ericsson`). Null when the sentence has none.
 */
function studyAuthor(view: QuoteBlock, from: number, to: number, w: CueWords): {start: number; end: number} | null {
  const tokens = view.tokens
  for (let k = firstTokenAt(tokens, from); k < tokens.length && tokens[k]!.start < to; k++) {
    if (!w.findingNouns.has(tokens[k]!.lower)) continue
    // `the Mori survey`, `University College London research`: a name right before the noun.
    const before = k > 0 ? tokens[k - 1]! : null
    if (before && before.start >= from && charIs('upper', before.text) && isSpaces(view.masked.slice(before.end, tokens[k]!.start))) {
      const run = nameEndingAt(view, before.end)
      if (run) return run
    }
    for (let j = k + 1; j < tokens.length && j <= k + STUDY_AGENT_REACH + 1 && tokens[j]!.start < to; j++) {
      if (!w.agentMarkers.has(tokens[j]!.lower)) continue
      const after = tokens[j]!.end
      const limit = tokens[Math.min(tokens.length - 1, j + STUDY_AGENT_REACH + 1)]!.end
      const run = view.names[tokenAt(view.names, after)]
      return run && run.start < Math.min(limit, to) ? run : null
    }
  }
  return null
}

/** An id of the sentence holding input offset `at`: its block's index times 2^16 plus its index in the block. */
function sentenceId(doc: QuoteDocument, at: number): number {
  const b = blockAt(doc, at)
  const view = doc.blocks[b]!
  return b * 65536 + sentenceIndexOf(view, indexIn(view, at))
}

/** After a quote's postposed attribution, the rest of its sentence and the next quote's opening mark: no other sentence. */
const REST_OF_ATTRIBUTION = /^[^.!?\n"“”«»]{0,80}[.!?][ \t\u00a0]*(?:["“«‘'][ \t\u00a0]*)?$/

/**
 * Whether a quote starting at input offset `start` goes on from the quote
 * `previous` right after that quote's own attribution, in the same paragraph
 * (`"…," a Jive spokeswoman said at the time. "…"`), an attribution whose
 * subject is a name or a description naming its body: the news way of
 * continuing one speaker's words, whose speaker is that subject (what the
 * cascade carried over), never a name weighed against it.
 */
function continuesCued(source: string, previous: Quote | undefined, start: number, w: CueWords): boolean {
  const cue = previous?.cue?.position
  const given = previous?.speaker?.name
  if (!previous || !cue || !given || previous.kind === 'partial') return false
  // A name, or a description naming its body (`a Jive spokeswoman`); not a pronoun or a bare description
  // (`l'organisme`), whose referent is itself a guess.
  const kind = givenKind(given, w)
  if (kind === 'pronoun' || (kind === 'description' && !CAPITAL_AFTER_SPACE().test(given))) return false
  const end = previous.position.end.offset
  if (cue.start.offset < end || cue.end.offset > start) return false
  return !/[\n.!?]/.test(source.slice(end, cue.start.offset).replace(/^[.!?,]/, '')) && REST_OF_ATTRIBUTION.test(source.slice(cue.end.offset, start))
}

/** Key prefix of a speaker the cascade names with no entity. */
const UNLINKED = 'name:'

/** What the words a quote's cue names its speaker with are: a pronoun, a description (a role, a common noun), a name. */
function givenKind(text: string, w: CueWords): GivenKind {
  const lower = text.toLowerCase()
  if (w.pronouns.has(lower) || w.demonstratives.has(lower)) return 'pronoun'
  const first = lower.split(/\s+/)[0]!
  if (charIs('lower', text) || (isElided(first) && charIs('lower', text, 2)) || w.determiners.has(first) || w.roleWords.has(first)) return 'description'
  return 'name'
}

/**
 * The cascade's speakers weighed by the ranker: each quote's speaker becomes
 * the best-scored candidate (the cascade's own answer kept as it is when it
 * wins; another entity named at its mention nearest the quote).
 */
function rank(
  context: Context,
  article: Readonly<NewsArticle>,
  cascade: Quote[],
  rankQuotes: readonly RankQuote[],
  all: readonly Candidate[],
  genders: ReadonlyMap<string, Gender>,
  main: Entity | null,
  doc: QuoteDocument,
  ranker: SpeakerRanker | undefined,
  clean: (speaker: Speaker | null) => Speaker | null
): Quote[] {
  if (!ranker) return cascade
  const mentions: RankMention[] = []
  // A name in the front matter (`authors: - jane-roe`) is the article's metadata, not a speaker near a quote.
  const body = context.frontMatter?.end ?? 0
  for (const c of all) if (c.entity && c.start >= body && (c.type === 'person' || c.type === 'organization')) mentions.push({start: c.start, end: c.end, key: c.entity, subject: c.subject})
  const headline = article.headlinePosition
  const inHeadline = (e: Entity) => !!headline && e.mentions.some((m) => m.position.start.offset >= headline.start.offset && m.position.end.offset <= headline.end.offset)
  const candidates = new Map<string, RankCandidate>()
  const byId = new Map<string, Entity>()
  for (const e of article.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue
    byId.set(e.id, e)
    const gender = genders.get(e.id)
    candidates.set(e.id, {key: e.id, name: e.name, entity: e.id, organization: e.type === 'organization', mentions: e.mentions.length, headline: inHeadline(e), main: main?.id === e.id, ...(gender ? {gender} : {})})
  }
  for (const q of cascade) {
    const s = q.speaker
    if (s && (!s.entity || !candidates.has(s.entity))) {
      const key = s.entity ?? UNLINKED + s.name
      if (!candidates.has(key)) candidates.set(key, {key, name: s.name, organization: false, mentions: 1, headline: false, main: false})
    }
  }
  const chosen = ranker(rankQuotes, mentions, candidates, (offset) => blockAt(doc, offset), (offset) => sentenceId(doc, offset))
  return cascade.map((q, n) => {
    const key = chosen[n]!
    const own = rankQuotes[n]!.chosen
    if (key === own) return q
    if (key === null) return {...q, speaker: null}
    const e = byId.get(key)
    if (!e) return q
    // The mention nearest the quote: before it, else after it.
    const start = q.position.start.offset
    let at: Candidate | null = null
    for (let k = lowerBound(all, start) - 1; k >= 0 && start - all[k]!.start <= LOOK_BACK; k--) {
      if (all[k]!.entity === key && all[k]!.end <= start) {
        at = all[k]!
        break
      }
    }
    if (!at) {
      for (let k = lowerBound(all, q.position.end.offset); k < all.length && all[k]!.start - q.position.end.offset <= LOOK_BACK; k++) {
        if (all[k]!.entity === key) {
          at = all[k]!
          break
        }
      }
    }
    const speaker = clean({name: e.name, entity: e.id, ...(at ? {position: spanAt(context, at.start, at.end).position} : {})})
    return {...q, speaker}
  })
}

/** `qu'` or `que` right before a pronoun (`ce qu'il qualifie de`): the pronoun opens a relative or completive clause. */
const RELATIVE_BEFORE = lazy("(?:^|[^\\p{L}])(?:qu['’]|que[ \\u00a0]+)$", 'iu')

/** Most words in lower case `namelessSubject` reads past between an inverted cue's verb and its subject. */
const NAMELESS_SKIP = 3

/**
 * Whether the subject of a cue (at input offsets `cueStart`–`cueEnd`; `quoteEnd`
 * is where its quote ends) is a common noun phrase that names no one: after an
 * inverted cue, a determiner and a lower-case noun, maybe past a clause set off
 * by commas (`», écrit le quotidien`, `», a répondu, quand X est parti, la salle
 * entière`); before the quote, an indefinite opening its sentence (`One dealer,
 * who asked not to be named, told Reuters`, `Un cadre a confié`). Also a name
 * after an inverted cue, behind role words, that the cascade could not resolve
 * (`» said analyst Jeff Edelman`): the subject is there, not elsewhere.
 * `adjacent`: whether the cue, in lower case, comes right after the quote (marks
 * and a comma between at most).
 */
function namelessSubject(doc: QuoteDocument, cueStart: number, cueEnd: number, quoteEnd: number, adjacent: boolean): boolean {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, cueStart)]!
  const tokens = view.tokens
  if (cueStart >= quoteEnd) {
    let k = firstTokenAt(tokens, indexIn(view, cueEnd))
    const first = tokens[k]
    if (!first) return false
    const gap = view.masked.slice(indexIn(view, cueEnd), first.start)
    if (gap.includes(',')) {
      // A clause set off by commas: its closing comma within a few words.
      const stop = k + 12
      for (; k < tokens.length && k < stop; k++) if (view.masked.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end).includes(',')) break
      k++
      if (k >= stop) return false
    } else if (!isSpaces(gap)) return false
    else if ((adjacent || COMMA_BEFORE_CUE.test(view.masked.slice(Math.max(0, indexIn(view, cueStart) - 4), indexIn(view, cueStart)))) && namelessPastAdverbials(view, k, w)) return true
    else if (adjacent) {
      // Words between the verb and its subject (`a tweeté mardi la préfecture`, `a lâché non sans ironie un ministre`):
      // a few in lower case, no determiner among them, spaces only between; only after a verb right after the quote (not
      // `"…," May wrote on his website`, whose subject comes before the verb).
      // (Not an elided determiner, `l'ancien membre de la X`: the subject starts there.)
      let t = k
      while (t < k + NAMELESS_SKIP && tokens[t + 1] && charIs('lower', tokens[t]!.text) && !isElided(tokens[t]!.lower) && !w.determiners.has(tokens[t]!.lower) && !w.indefinites.has(tokens[t]!.lower) && isSpaces(view.masked.slice(tokens[t]!.end, tokens[t + 1]!.start))) t++
      const det = tokens[t]!
      const noun = tokens[t + 1]
      if (t > k && noun && (w.determiners.has(det.lower) || w.indefinites.has(det.lower)) && !w.prepositions.has(det.lower) && isSpaces(view.masked.slice(det.end, noun.start)) && charIs('lower', noun.text)) return true
    }
    const det = tokens[k]
    const noun = tokens[k + 1]
    if (!det || !noun || !isSpaces(view.masked.slice(det.end, noun.start))) return false
    if ((w.determiners.has(det.lower) || w.indefinites.has(det.lower)) && !w.prepositions.has(det.lower) && charIs('lower', noun.text)) return true
    // Or a name the cascade could not resolve (`» said analyst Jeff Edelman of …`): maybe role words, then a capital.
    for (let t = k; t < tokens.length && t < k + 4; t++) {
      if (t > k && !isSpaces(view.masked.slice(tokens[t - 1]!.end, tokens[t]!.start))) return false
      if (!charIs('lower', tokens[t]!.text)) return true
      if (!w.roleWords.has(tokens[t]!.lower) && !w.determiners.has(tokens[t]!.lower)) return false
    }
    return false
  }
  const {a} = sentenceAt(doc, cueStart)
  const det = tokens[a]
  const noun = tokens[a + 1]
  return !!det && !!noun && noun.start < indexIn(view, cueStart) && w.indefinites.has(det.lower) && isSpaces(view.masked.slice(det.end, noun.start)) && charIs('lower', noun.text)
}

/** A comma right before an inverted cue's verb (`« … », elles « … », confirme`). */
const COMMA_BEFORE_CUE = /,[ \t\u00a0]*$/

/** Most adverbial phrases or addressees `namelessPastAdverbials` reads past (`de son côté à l'AFP`). */
const POSTPOSED_ADVERBIALS = 2

/** Most capitalised words of an addressee after its preposition (`au Journal du dimanche` reads as `au Journal`). */
const ADDRESSEE_WORDS = 3

/**
 * How many tokens of `view` from index `k` an adverbial phrase of the lexicon
 * (`de son côté`, `au contraire`) or an addressee (a preposition, then a
 * capitalised name or an elided article before one: `à l'AFP`, `au Parisien`)
 * takes, spaces only between its words; 0 when none starts there.
 */
function postposedAdverbialAt(view: QuoteBlock, k: number, w: CueWords): number {
  const tokens = view.tokens
  const spaced = (j: number): boolean => isSpaces(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start))
  for (const phrase of w.postposedAdverbials) {
    let j = 0
    while (j < phrase.length && tokens[k + j]?.lower === phrase[j] && (j === 0 || spaced(k + j))) j++
    if (j === phrase.length) return j
  }
  if (!tokens[k] || !w.addresseePrepositions.has(tokens[k]!.lower)) return 0
  let j = k + 1
  while (j < tokens.length && j <= k + ADDRESSEE_WORDS && spaced(j) && charIs('upper', tokens[j]!.text.replace(ELIDED_OPENING(), ''))) j++
  return j - k - 1 > 0 ? j - k : 0
}

/**
 * Index in `view` just after the adverbial phrases and addressee
 * (`postposedAdverbialAt`) that follow index `i` (a cue's verb's end), spaces
 * only before them; `i` when none does.
 */
function afterPostposedAdverbials(view: QuoteBlock, i: number, w: CueWords): number {
  const k = firstTokenAt(view.tokens, i)
  if (!view.tokens[k] || !isSpaces(view.masked.slice(i, view.tokens[k]!.start))) return i
  const t = pastPostposedAdverbials(view, k, w)
  return t > k ? view.tokens[t - 1]!.end : i
}

/** The index of the token after the adverbial phrases or addressees (at most POSTPOSED_ADVERBIALS) from token `k`; `k` when none. */
function pastPostposedAdverbials(view: QuoteBlock, k: number, w: CueWords): number {
  let t = k
  for (let n = 0, step = 0; n < POSTPOSED_ADVERBIALS && (step = postposedAdverbialAt(view, t, w)) > 0; n++) t += step
  return t
}

/** An elided article opening a word (`l'` of `l'AFP`). */
const ELIDED_OPENING = lazy("^\\p{L}['’]", 'u')

/**
 * Whether, after an inverted cue's verb (its first token at index `k` of
 * `view`), the subject names no one: an indefinite pronoun (`», déplore l'un
 * d'eux`), or a determiner and a lower-case noun read past adverbial phrases
 * and an addressee (`», a indiqué de son côté le gouvernement`, `», confirme à
 * l'AFP une source sécuritaire`).
 */
function namelessPastAdverbials(view: QuoteBlock, k: number, w: CueWords): boolean {
  const tokens = view.tokens
  const t = pastPostposedAdverbials(view, k, w)
  const head = tokens[t]
  if (!head || (t > k && !isSpaces(view.masked.slice(tokens[t - 1]!.end, head.start)))) return false
  if (w.indefinitePronouns.has(head.lower)) return true
  const noun = tokens[t + 1]
  return t > k && !!noun && isSpaces(view.masked.slice(head.end, noun.start)) && (w.determiners.has(head.lower) || w.indefinites.has(head.lower)) && !w.prepositions.has(head.lower) && charIs('lower', noun.text)
}

/**
 * Whether cue `cue` is a source phrase (`selon`, `according to`) followed by an
 * indefinite noun phrase (`selon une source proche du dossier`, `according to
 * a source`): it names its source itself, someone the article does not name
 * (not `selon ses propres mots`, the subject's words).
 */
function unnamedSource(source: string, cue: NonNullable<Quote['cue']>, w: CueWords): boolean {
  if (!cue.position) return false
  const text = cue.text.toLowerCase()
  if (!w.cuePhrases.some((p) => p.join(' ') === text)) return false
  const next = /^[\s\u00a0\u202f]+([^\s\u00a0\u202f,;:.!?]+)/.exec(source.slice(cue.position.end.offset, cue.position.end.offset + 40))?.[1]?.toLowerCase() ?? ''
  return w.indefinites.has(next)
}

/** Most characters between an indefinite reader (`lit-on`) and the organisation read in (`dans les colonnes du quotidien X`). */
const READ_IN_GAP = 60

/** Spaces between words of a reading complement. */
const READ_SPACES = /[\s\u00a0\u202f]+/
/** A mark closing the clause of a reading complement (`dans le texte.`, `…, dans le texte, qui`). */
const READ_CLAUSE_END = /[,;:.!?«»“”"()\n]/
/** An elided determiner glued to its noun (`l’ordonnance`): the determiner with its mark, then the noun. */
const READ_ELIDED = /^(\p{L}['’])(\p{L}.*)$/u

/**
 * The words of the clause after an indefinite reader ending at input offset `end` (`peut-on| lire dans le texte officiel du
 * parti.`), lower-cased, an elided determiner cut from its noun, a reading infinitive first (`lire`) left out; the words
 * keep their case in `cased`.
 */
function readComplementWords(gap: string, w: CueWords, cased?: string[]): string[] {
  const clause = gap.split(READ_CLAUSE_END)[0]!.trim()
  const words: string[] = []
  for (const x of clause ? clause.split(READ_SPACES) : []) {
    const m = READ_ELIDED.exec(x)
    for (const part of m ? [m[1]!, m[2]!] : [x]) {
      if (words.length === 0 && w.readingInfinitives.has(part.toLowerCase())) continue
      words.push(part.toLowerCase())
      cased?.push(part)
    }
  }
  return words
}

/**
 * Whether the clause after an indefinite reader ending at input offset `end` reads the words in a body's document that it
 * names no one in: a preposition, a definite singular determiner, a `bodyDocuments` noun, then only lower-case words
 * (`peut-on lire dans le texte officiel du parti`, `lit-on dans l’ordonnance`; not `dans certains commentaires`, `dans le
 * communiqué de la FA`, where the body is named).
 */
function readInDocument(source: string, end: number, w: CueWords): boolean {
  if (w.bodyDocuments.size === 0) return false
  const cased: string[] = []
  const words = readComplementWords(source.slice(end, end + READ_IN_GAP), w, cased)
  if (words.length < 3 || !w.prepositions.has(words[0]!) || !w.definiteArticles.has(words[1]!) || !w.bodyDocuments.has(words[2]!)) return false
  // (Not a document whose owner a complement describes, `dans le communiqué de la fédération`: not always the body named last.)
  if (words.slice(3).some((x) => w.ownerPrepositions.has(x) || w.affiliationPrepositions.has(x))) return false
  return cased.every((x) => allAre('lower', x.replace(/[^\p{L}]/gu, '') || 'x'))
}

/** A full stop, a question or exclamation mark, then closing marks and spaces only (the end of a quote's sentence). */
const SENTENCE_CLOSED = /[.!?…][\s»”"’']*$/u

/** Closing marks then a comma between a quote and the participle cue after it (`», estimant`). */
const PARTICIPLE_AFTER = /^[\s»”"’']*,[\s\u00a0]*$/

/** A comma closing the words before a participle cue (`, poursuit-elle, ` before `ajoutant`), a clause's words first. */
const PARTICIPLE_COMMA = /^,?[^,]*\S[^,]*,[\s\u00a0]*$|^,[\s\u00a0]*$/

/** Most characters between a quote's attribution and the next quote read as one clause sharing its subject. */
const SHARED_SUBJECT_GAP = 160

/**
 * Whether the text between quote `previous` (with its attribution, when that
 * follows it) and the quote opening at `start` is a clause of the same
 * sentence sharing the attribution's subject: after a comma, a participle
 * (`, ajoutant : « … »`, `, adding: "…"`) or a marker of one (`, en dénonçant
 * « … »`, `, avant d'ajouter : « … »`, `, before adding "…"`).
 */
function continuesAttribution(source: string, previous: Resolved, quote: Quote, start: number, w: CueWords): boolean {
  const cueEnd = quote.cue?.position?.end.offset ?? -1
  // `», poursuit-elle, ajoutant : « … »`: the quote's own cue is a participle set off by a comma after the previous quote's
  // attribution, in the same sentence.
  const cueStart = quote.cue?.position?.start.offset ?? -1
  if (cueStart > previous.end && cueEnd <= start && start - previous.end <= SHARED_SUBJECT_GAP && isParticiple(lastWord(quote.cue!.text), w)) {
    const before = source.slice(previous.end, cueStart)
    const inside = before.slice(/^[\s.!?…»”"’']*/u.exec(before)![0].length)
    if (PARTICIPLE_COMMA.test(inside) && !/[.!?;…]/.test(inside) && !/[.!?;…]/.test(source.slice(cueEnd, start))) return true
  }
  let from = cueEnd > previous.end && cueEnd <= start ? cueEnd : previous.end
  if (start <= from || start - from > SHARED_SUBJECT_GAP) return false
  // The closing mark and the punctuation inside it are not the sentence's end; unless a capital opens the words after
  // them (`… view." The prime minister's spokesman rejected the claims, saying: "…"`: a sentence of its own).
  if (from === previous.end) {
    const end = from
    from += /^[\s.!?…»”"’']*/u.exec(source.slice(from, start))![0].length
    if (SENTENCE_CLOSED.test(source.slice(Math.max(0, end - 4), from)) && charIs('upper', source, from)) return false
  }
  const gap = source.slice(from, start)
  if (/[.!?;…]/.test(gap)) return false
  const comma = gap.indexOf(',')
  if (comma < 0) return false
  let clause = gap.slice(comma + 1).trimStart().toLowerCase()
  let marked = false
  for (const m of w.sharedSubjectMarkers) {
    if (clause.startsWith(m) && (/['’]$/.test(m) || /^\s/.test(clause.slice(m.length)))) {
      clause = clause.slice(m.length).trimStart()
      marked = true
      break
    }
  }
  const word = /^[^\s,:;«»“”"]+/u.exec(clause)?.[0] ?? ''
  if (word === '' || !charIs('lower', gap.slice(gap.length - clause.length))) return false
  if (marked) return true
  return isParticiple(word, w)
}

/** Most words of a role between a body's name and the person it qualifies (`founder and director`). */
const BODY_ROLE_WORDS = 4

/**
 * The person named right after the name of a body ending at input offset `end` and a role of a few lower-case words
 * (`Bank of Japan chief Toshihiko Fukui`, `SEPA vice-director Pan Yue`, `BIFA founder and director Elliot Grove`):
 * a name the entities step typed a person or did not report; else null (`Sky News reporter`: no name after the role).
 */
function personAfterBody(source: string, candidates: readonly Candidate[], end: number, w: CueWords): Candidate | null {
  const c = candidates[lowerBound(candidates, end)]
  if (!c || (c.type !== undefined && c.type !== 'person') || c.start - end > 60) return null
  const words = source.slice(end, c.start).split(' ')
  if (words.length < 3 || words.length > BODY_ROLE_WORDS + 2 || words[0] !== '' || words[words.length - 1] !== '') return null
  let role = false
  for (let k = 1; k < words.length - 1; k++) {
    const x = words[k]!
    if (!charIs('lower', x)) return null
    role ||= isRoleWord(x, w) || isRoleWord(x.slice(x.lastIndexOf('-') + 1), w)
  }
  return role ? c : null
}

/**
 * The person named right before an affiliation that ends at input offset `at`, where an organisation's name starts:
 * `Jo Bell of BNP Paribas`, `Dan Ross from the FDA's Office of Drug Safety` (the name before the preposition may run on
 * past the mention found for it: `Nick Van den Brul`). Only capitalised words, genitives, determiners and prepositions
 * between the preposition and `at`; null when no person's mention ends within a few words before it.
 */
function personBeforeAffiliation(source: string, candidates: readonly Candidate[], at: number, w: CueWords): Candidate | null {
  let k = lowerBound(candidates, at) - 1
  // Past the organisations named in between (`the FDA's`).
  while (k >= 0 && candidates[k]!.type !== 'person' && at - candidates[k]!.start <= 80) k--
  const c = candidates[k]
  if (!c || c.type !== 'person' || at - c.end > 80 || c.end > at) return null
  const words = source.slice(c.end, at).split(' ')
  if (words[0] !== '' || words[words.length - 1] !== '') return null
  let preposition = -1
  for (let j = 1; j < words.length - 1; j++) {
    const x = words[j]!
    if (x === '' || /[^\p{L}'’&.-]/u.test(x)) return null
    const lower = x.toLowerCase()
    if (preposition < 0) {
      if (w.affiliationPrepositions.has(lower)) preposition = j
      // The rest of the person's name: capitalised words, or a short particle before one (`Van den Brul`).
      else if (!charIs('upper', x) && !(x.length <= 3 && charIs('upper', words[j + 1] ?? ''))) return null
      continue
    }
    if (!charIs('upper', x) && !w.determiners.has(lower) && !w.prepositions.has(lower)) return null
  }
  return preposition > 0 && preposition <= 3 ? c : null
}

/** Marks before a pronoun set after the words it reports: a comma, a closing quote mark (`…," he added`, `…» a-t-il`). */
const BEFORE_POSTPOSED = /[,"”»]/
/** Marks after its verb that close the reporting clause (`he added.`, `he claimed, saying`): nothing follows it (no colon, no quote). */
const AFTER_POSTPOSED = /^[ \u00a0]*[,.;]/

/**
 * The start of the sentence of a subject pronoun at input offset `at` when the pronoun and its speech verb are set
 * after the words they report (`Mr Blair's government was "…," he added.`, `Mr Blair has failed, he claimed, saying`):
 * the reporting clause governs the reported one, so the pronoun stands for no one named in it, before it. -1 when
 * the pronoun opens a clause of its own (`After Smith lost, he said: "…"`), goes on with an attribution a colon opened, or
 * nothing comes before it in its sentence.
 */
function reportedClauseStart(doc: QuoteDocument, at: number): number {
  const w = doc.words
  const {view, i, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  const k = tokenAt(tokens, i)
  if (k <= a || tokens[k]?.start !== i) return -1
  // What stands between the words reported and the pronoun.
  const gap = view.masked.slice(tokens[k - 1]!.end, i)
  if (!BEFORE_POSTPOSED.test(gap)) return -1
  // `X told parliament: "… "…," he added.`: a pronoun going on with an attribution a colon opened stands for its speaker.
  if (view.masked.lastIndexOf(':', i) >= tokens[a]!.start) return -1
  // Its speech verb, right after it or after one word (`he added`, `he later said`, `he has said`).
  let v = k + 1
  if (!isVerbAt(view, v, w)) {
    v++
    if (!charIs('lower', tokens[k + 1]?.text ?? '') || !isVerbAt(view, v, w)) return -1
  }
  const next = tokens[v + 1]
  const after = view.masked.slice(tokens[v]!.end, next ? next.start : view.masked.length)
  // Right after a quote it reports (`Mr Sullivan "…," he told the court`), the clause may go on (an addressee, a place).
  return next && !QUOTE_BEFORE_POSTPOSED.test(gap) && !AFTER_POSTPOSED.test(after) ? -1 : offsetOf(view, tokens[a]!.start)
}

/**
 * The postposed subject pronoun (`postposedPronoun`) between the name `given`
 * and a participle cue of a quote at `at` (`Mr Blair has failed …, he
 * claimed, saying …`), in the sentence of the quote; else null.
 */
function pronounBeforeParticiple(doc: QuoteDocument, given: Speaker, cue: NonNullable<Quote['cue']>, at: number): [number, number] | null {
  if (!cue.position || !given.position || given.position.end.offset > cue.position.start.offset || givenKind(given.name, doc.words) !== 'name' || !isParticiple(lastWord(cue.text), doc.words)) return null
  const found = postposedPronoun(doc, at)
  return found && found[0] >= given.position.end.offset && found[1] <= cue.position.start.offset ? found : null
}

/** A closing quote mark between the words reported and a postposed pronoun (`…decisions," he told`). */
const QUOTE_BEFORE_POSTPOSED = /["”»]/

/**
 * The offsets of a subject pronoun set after the words it reports, in the
 * sentence holding input offset `at` and before it (`Mr Blair has failed,
 * he claimed, saying …`, `Mr Sullivan "…," he told the court, saying …`):
 * the subject a participle after it shares. Null when there is none.
 */
function postposedPronoun(doc: QuoteDocument, at: number): [number, number] | null {
  const w = doc.words
  const {view, i, a} = sentenceAt(doc, at)
  for (let k = a + 1; k < view.tokens.length && view.tokens[k]!.start < i; k++) {
    const t = view.tokens[k]!
    if (!w.pronouns.has(t.lower) || w.unboundPronouns.has(t.lower) || w.demonstratives.has(t.lower)) continue
    const from = offsetOf(view, t.start)
    if (reportedClauseStart(doc, from) >= 0) return [from, offsetOf(view, t.end)]
  }
  return null
}

/**
 * The subject of the sentence of a quote at `at` whose cue is a present participle after the name it was given
 * (`L’élu Maxime Minot a fustigé un « plagiat » des députés LREM, soulignant …`): the person a subject earlier in the
 * sentence names, when the name given is no subject itself; else null.
 */
function participleSubject(doc: QuoteDocument, candidates: readonly Candidate[], given: Speaker, cue: NonNullable<Quote['cue']>, at: number): Candidate | null {
  const from = given.position!.start.offset
  if (!cue.position || given.position!.end.offset > cue.position.start.offset || !isParticiple(lastWord(cue.text), doc.words) || givenKind(given.name, doc.words) !== 'name') return null
  if (blockAt(doc, from) !== blockAt(doc, at)) return null
  const start = sentenceStartAt(doc, at)
  const own = candidates[lowerBound(candidates, from)]
  if (own && own.start === from && own.subject) return null
  // (Not the subject of a subordinate clause opening the sentence, the name given after its comma: `When the comedian X
  // died, President Y led the tributes, saying …`.)
  const main = subordinateOpeningEnd(doc, start, from)
  for (let k = lowerBound(candidates, Math.max(start, main)); k < candidates.length && candidates[k]!.end <= from; k++) {
    const c = candidates[k]!
    if (c.type === 'person' && c.subject && c.entity !== given.entity) return c
  }
  return null
}

/**
 * The end of a subordinate clause opening the sentence that starts at input offset `start` (`When the comedian X died,`):
 * the offset of its comma, when a subordinator (`when`, `after`) opens the sentence and that comma comes before `before`;
 * else -1.
 */
function subordinateOpeningEnd(doc: QuoteDocument, start: number, before: number): number {
  const {view, a} = sentenceAt(doc, start)
  const first = view.tokens[a]
  if (!first || !doc.words.subordinators.has(first.lower) || !charIs('upper', first.text)) return -1
  const comma = view.masked.indexOf(',', first.end)
  if (comma < 0) return -1
  const at = offsetOf(view, comma)
  return at < before ? at : -1
}

/**
 * The pronoun opening the sentence of input offset `at` (`He ended his response with a challenge to Labour, saying`)
 * when the name `given` before a participle cue is no subject: the participle shares that pronoun's subject, not the
 * name (the object of a preposition or of the main verb). Null otherwise.
 */
function participlePronoun(doc: QuoteDocument, candidates: readonly Candidate[], given: Speaker, cue: NonNullable<Quote['cue']>, at: number): [number, number] | null {
  const from = given.position!.start.offset
  if (!cue.position || given.position!.end.offset > cue.position.start.offset || !isParticiple(lastWord(cue.text), doc.words) || !charIs('upper', given.name)) return null
  if (blockAt(doc, from) !== blockAt(doc, at)) return null
  const own = candidates[lowerBound(candidates, from)]
  if (own && own.start === from && own.subject) return null
  const pronoun = pronounSubject(doc, at)
  return pronoun && pronoun[1] <= from ? pronoun : null
}

/** The first person (or entity of `type`) named in the sentence of input offset `at`, before it, that is a subject there (a few names read at most). */
function subjectInSentence(doc: QuoteDocument, candidates: readonly Candidate[], at: number, type: EntityType = 'person', outside?: CueWords): Candidate | null {
  const from = sentenceStartAt(doc, at)
  for (let k = lowerBound(candidates, from), n = 0; k < candidates.length && candidates[k]!.start < at && n < SENTENCE_NAMES; k++, n++) {
    const c = candidates[k]!
    // (With `outside`, not a name in a complement: `auprès de Reuters`, `auprès de l'AFP`, its article elided onto it.)
    if (c.subject && c.type === type && !(outside && (inComplement(c, outside) || (isElided(c.before) && outside.prepositions.has(c.lead[1] ?? ''))))) return c
  }
  return null
}

/**
 * The verb of `objectVerbs` whose object holds the partial quote at input
 * offset `at` (`objectVerbAt`); its block, the sentence's start and the verb's
 * token, else null.
 */
function objectVerbBefore(doc: QuoteDocument, at: number): {view: QuoteBlock; s: number; a: number; v: number} | null {
  const {view, i, s, a} = sentenceAt(doc, at)
  const v = objectVerbAt(view, a, i, doc.words)
  return v < 0 ? null : {view, s, a, v}
}

/** Most names `subjectInSentence` reads. */
const SENTENCE_NAMES = 8

/** Whether a speaker mention starting at input offset `at` comes after a participle cue (`», évoquant X`): the participle's object, not its subject. */
function objectOfParticiple(at: number, cue: Quote['cue'], w: CueWords): boolean {
  return cue?.position !== undefined && at >= cue.position.end.offset && isParticiple(lastWord(cue.text), w)
}

/** The last word of a cue's text, in lower case (`dimanche soir, dénonçant` → `dénonçant`). */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1).toLowerCase()
}

/**
 * Whether the pronoun starting at input offset `at` (`pronounSubject`'s) is one that may stand for a person, a thing or
 * no one (`il`, `elle`) with a verb of its own, active, after it: `Il suggère de « … »`, `Elle a réaffirmé sa volonté de
 * « … »`; not `Il faut « … »`, `Il s'agit d'une « … »` (impersonal), `Il a été déféré pour « … »`, `Il est « … »` (passive or
 * a state, not someone speaking).
 */
function personalPronoun(doc: QuoteDocument, at: number): boolean {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const k = firstTokenAt(view.tokens, indexIn(view, at))
  const pronoun = view.tokens[k]
  const next = view.tokens[k + 1]
  if (!pronoun || !next || !w.ambiguousSubjectPronouns.has(pronoun.lower) || !isSpaces(view.masked.slice(pronoun.end, next.start))) return false
  if (w.impersonalVerbs.has(next.lower) || w.passiveAuxiliaries.has(next.lower)) return false
  const after = view.tokens[k + 2]
  return !(w.auxiliaries.has(next.lower) && after !== undefined && w.passiveAuxiliaries.has(after.lower))
}

/**
 * The offsets of a personal pronoun opening the sentence holding input
 * offset `at`, before it, that is its subject (`Il a défendu …`, `Et elle
 * conclut …`; a sentence connector may come first), else null. Not a
 * pronoun no one is named by (`on`, `nous`).
 */
function pronounSubject(doc: QuoteDocument, at: number): [number, number] | null {
  const w = doc.words
  const {view, i, a} = sentenceAt(doc, at)
  let t = view.tokens[a]
  if (t && w.sentenceConnectors.has(t.lower)) t = view.tokens[a + 1]
  if (!t || t.start >= i || !w.pronouns.has(t.lower) || w.unboundPronouns.has(t.lower) || w.demonstratives.has(t.lower)) return null
  return [offsetOf(view, t.start), offsetOf(view, t.end)]
}

/**
 * A speaker's name without what is not the name: titles and roles before it
 * (`Governor Andrew Cuomo`, `House Republican leader Kevin McCarthy` →
 * `Kevin McCarthy`), an ordinary word that opened the sentence (`Although
 * Drew`), an affiliation after it (`Nick Van den Brul of BNP Paribas`).
 */
export function cleanName(name: string, doc: QuoteDocument, type?: EntityType): string {
  if (type === 'organization') return name
  let words = name.split(/\s+/)
  const {roles, stopWords, lowerWords} = doc.names
  // After the last title or role word (`House Republican leader Kevin McCarthy`).
  let cut = -1
  // In a person's name the entities step found, a preposition is part of a role only after a role word
  // (`ministre de …`), not inside the name (`François de Rugy`).
  const prepositions = doc.words.prepositions
  words.forEach((w, i) => {
    if (type === 'person' && prepositions.has(w.toLowerCase()) && !(i > 0 && roles.has(words[i - 1]!.toLowerCase()))) return
    if (type === 'person' && particleOpening(words, i, doc)) return
    if (i < words.length - 1 && roles.has(w.toLowerCase()) && (i === 0 || charIs('lower', w) || roles.has(words[i - 1]!.toLowerCase()) || cut === i - 1)) cut = i
  })
  if (cut >= 0) words = words.slice(cut + 1)
  while (words.length > 1 && (stopWords.has(words[0]!.toLowerCase()) || lowerWords.has(words[0]!.toLowerCase()))) words = words.slice(1)
  // An affiliation: `X Y of Z`, `X Y du Mouvement Z`.
  const of = words.findIndex((w, i) => i >= 2 && doc.words.affiliationPrepositions.has(w.toLowerCase()))
  if (of >= 2 && of < words.length - 1) words = words.slice(0, of)
  return words.join(' ')
}

/**
 * Whether word `i` of a person's name (`words`) is a name particle opening it (`El` of `El Malick Ndiaye`, `Al` of `Al
 * Gore`) that the locale also reads as the first word of a title of several words (`el hadji`): part of the name, not a
 * title, unless the next word is a title word too (`El Hadji Malick Ndiaye`).
 */
function particleOpening(words: readonly string[], i: number, doc: QuoteDocument): boolean {
  if (i !== 0 || words.length < 3) return false
  const {nameParticles, roles} = doc.names
  return charIs('upper', words[0]!) && nameParticles.has(words[0]!.toLowerCase()) && !roles.has(words[1]!.toLowerCase())
}

const notNameSets = new WeakMap<readonly string[], ReadonlySet<string>>()

/** Qualifier endings of four letters or more (`-ible`, `-ique`): an adjective's, rarely a name's. */
const LONG_QUALIFIER = 4

/**
 * Whether `name`, a speaker no entity holds, is one capitalised word of the language rather than a name: a word the
 * locale lists as never a name or as a stop word (`Surtout`, `Là`), a function word of its cue words, or an adjective by
 * its ending (`Terrible`, `Historique`) that is no known given name, and that the article writes capitalised only
 * once. Such a word opens a sentence or a headline (`Surtout, « … », explique X`, `Terrible annonce des secours,
 * « … »`); it speaks for no one.
 */
function commonWordName(name: string, doc: QuoteDocument, context: Context): boolean {
  // (Not an acronym: `PM`, `BBC`, nor its plural: `MPs`.)
  if (/\s/.test(name) || !charIs('upper', name) || allAre('upper', name) || ACRONYM_PLURAL.test(name)) return false
  const lower = name.toLowerCase()
  const w = doc.words
  // (Not a pronoun, resolved apart: `Il`, `Celui-ci`.)
  if (w.pronouns.has(lower) || w.demonstratives.has(lower) || w.sourcePronouns.has(lower)) return false
  // (Nor a word the article writes capitalised more than once: a name there, `Allah`.)
  if (wordCount(context.source, name, 2) >= 2) return false
  const list = context.locale.entities.notNames
  let notNames = notNameSets.get(list)
  if (!notNames) notNameSets.set(list, (notNames = new Set(list)))
  if (notNames.has(lower) || doc.names.stopWords.has(lower) || w.sentenceConnectors.has(lower) || w.clauseWords.has(lower) || w.auxiliaries.has(lower)) return true
  const long = context.locale.quotes.qualifierSuffixes.filter((x) => x.length >= LONG_QUALIFIER)
  return allAre('lower', name.slice(1)) && hasQualifierEnding(lower, long, 3) && !isGivenName(name, context)
}

/** An acronym's plural: `MPs`, `CEOs`. */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/

/** How many times `word` stands as a whole word in `source`, counted up to `most`. */
function wordCount(source: string, word: string, most: number): number {
  let n = 0
  for (let at = source.indexOf(word); at >= 0 && n < most; at = source.indexOf(word, at + word.length)) {
    if (wholeWordAt(source, at, at + word.length)) n++
  }
  return n
}

/** Whether the text of `source` from `at` to `end` is no piece of a longer word: no letter right before or right after it. */
function wholeWordAt(source: string, at: number, end: number): boolean {
  return !unitIs('letter', source.charCodeAt(at - 1)) && !unitIs('letter', source.charCodeAt(end))
}

/** An elided article right before a word: `l’`, `l'`. */
const ELIDED_ARTICLE_BEFORE = lazy("(?:^|[^\\p{L}])(\\p{L}['’])$", 'u')

/**
 * The input offset of the elided article right before `text` (at `at`), one capitalised word that with that article is
 * one of the locale's organisation nouns (`l’` + `Ong` → `l’ong`), else -1.
 */
function elidedOrganizationNoun(doc: QuoteDocument, source: string, text: string, at: number): number {
  if (/\s/.test(text) || !charIs('upper', text) || text.length > 12) return -1
  const m = ELIDED_ARTICLE_BEFORE().exec(source.slice(Math.max(0, at - 3), at))
  if (!m || !doc.words.definiteArticles.has(m[1]!.toLowerCase())) return -1
  return isOrganizationNoun(m[1]!.toLowerCase() + text.toLowerCase(), doc) ? at - 2 : -1
}

/**
 * Whether a speaker's name is only a title or a single initial, after
 * sentence connectives (`M`, `Or M`, `Dr`, `And Mr`): no name at all.
 */
function bareTitle(name: string, doc: QuoteDocument, context: Context): boolean {
  const words = name.split(/\s+/)
  let i = 0
  while (i < words.length - 1 && doc.words.sentenceConnectors.has(words[i]!.toLowerCase())) i++
  if (i !== words.length - 1) return false
  const last = withoutFullStop(words[i]!)
  return (last.length === 1 && charIs('upper', last)) || titleSet(context).has(last.toLowerCase())
}

const titleSets = new WeakMap<readonly string[], ReadonlySet<string>>()

/** The locale's titles (`m`, `mme`, `dr`; `mr`), as a set built once per locale. */
function titleSet(context: Context): ReadonlySet<string> {
  const list = context.locale.entities.titles
  let found = titleSets.get(list)
  if (!found) titleSets.set(list, (found = new Set(list)))
  return found
}

/**
 * The person named by the capitalised word right after a title ending at
 * input offset `end` (`M.` + ` Cocq` → Alain Cocq), as a speaker; null when
 * that word is no mention of a person the entities step found.
 */
function titledPerson(context: Context, end: number, entities: readonly Entity[], index: MentionIndex, doc: QuoteDocument): Speaker | null {
  // `M. Le Maire`, `M. de Galhau`, `Mme de La Souchère`: a surname opened by particles, read whole.
  const gap = TITLE_GAP().exec(context.source.slice(end, end + 4))
  const particled = gap ? particledSurname(context.source, end + gap[0].length, doc) : -1
  if (particled > 0) {
    const person = entityFor(entities, context.source.slice(end + gap![0].length, particled), end + gap![0].length, particled, index)
    if (person?.type === 'person') return {name: person.name, entity: person.id, position: spanAt(context, end + gap![0].length, particled).position}
  }
  const next = TITLED_WORD().exec(context.source.slice(end, end + 40))
  if (!next) return null
  const from = end + next[0].length - next[1]!.length
  const to = end + next[0].length
  if (doc.names.stopWords.has(next[1]!.toLowerCase())) return null
  const person = entityFor(entities, next[1]!, from, to, index)
  return person?.type === 'person' ? {name: person.name, entity: person.id, position: spanAt(context, from, to).position} : null
}

/** The length of the title opening `name` when name particles follow it (`Mme` in `Mme de Vries`), else -1. */
function particledTitleEnd(name: string, doc: QuoteDocument, context: Context): number {
  const m = TITLE_THEN_WORD().exec(name)
  if (!m || !titleSet(context).has(withoutFullStop(m[1]!).toLowerCase()) || !doc.names.nameParticles.has(m[2]!.toLowerCase())) return -1
  return m[1]!.length
}

/** A name's first word, its spaces, then its second word. */
const TITLE_THEN_WORD = lazy('^([^ \u00a0]+)[ \u00a0]+([^ \u00a0]+)', 'u')

/** Most name particles read before a surname after a title (`de La` in `M. de La Fontaine`). */
const MOST_PARTICLES = 2
/** A word of a name after a title: letters, apostrophes and hyphens, then its end. */
const SURNAME_WORD = lazy("^([\\p{L}'’-]+)([ \u00a0]*)", 'u')

/** The full stop and spaces between a title and the name after it (`M.` + ` `). */
const TITLE_GAP = lazy('^\\.?[ \u00a0]+', 'u')

/**
 * The input offset where a surname opened by name particles at input offset `from` ends (`de Galhau`, `Le Maire`, `de
 * La Souchère`): one to MOST_PARTICLES particles, each followed by spaces, then a capitalised word that is no particle;
 * -1 when the words there are no such surname.
 */
function particledSurname(source: string, from: number, doc: QuoteDocument): number {
  let at = from
  for (let k = 0; k <= MOST_PARTICLES; k++) {
    const m = SURNAME_WORD().exec(source.slice(at, at + 40))
    if (!m) return -1
    const word = m[1]!
    if (!doc.names.nameParticles.has(word.toLowerCase())) return charIs('upper', word) && k > 0 ? at + word.length : -1
    if (!m[2]) return -1
    at += m[0].length
  }
  return -1
}

const TITLED_WORD = lazy('^\\.?[ \u00a0]+(\\p{Lu}[\\p{L}’\'-]+)', 'u')

const glueSets = new WeakMap<CueWords, ReadonlySet<string>>()

/** Words a scraper glues to the end of a name (`a`, `avait`, `s’est`, `lors`, `pour`; `said`): auxiliaries, speech verbs, prepositions. */
function glueWords(w: CueWords): ReadonlySet<string> {
  let found = glueSets.get(w)
  if (!found) glueSets.set(w, (found = new Set([...w.auxiliaries, ...w.verbs, ...w.prepositions])))
  return found
}

/**
 * A name whose spaces a scraper lost around a link, with them back (a word
 * glued before it, `queFanta Mboup`, is cut off by the quote words, which are
 * cut where the entities step cut its words): a word glued after it
 * when what is left is a name the article writes elsewhere (`Trumpavait` →
 * `Trump`, `Kantés’est` → `Kanté`), and two names glued together when the
 * second is one (`VladimirPoutinea` → `Vladimir Poutine`), or the first a given
 * name (`given`: `Vladimir`) when the article writes the second only glued or
 * opening a sentence.
 */
export function unglue(name: string, doc: QuoteDocument, given: (word: string) => boolean = () => false): string {
  const known = doc.names.capitalWords
  if (!known || name.length < 5) return name
  const glue = glueWords(doc.words)
  const words = name.split(/\s+/)
  // A glued word at the end of the last word, when the rest is a name seen elsewhere.
  const k = words.length - 1
  const last = words[k]!
  for (let cut = 4; cut < last.length; cut++) {
    const suffix = last.slice(cut).toLowerCase()
    if (!glue.has(suffix) || !charIs('lower', last, cut - 1)) continue
    const stem = last.slice(0, cut)
    // The stem, or its last capitalised part (`VladimirPoutine` → `Poutine`), is a name of the article.
    const camel = CAMEL_TAIL().exec(stem)
    // `s’est` never ends a name: no need to have seen the rest.
    if (/^s['’]/.test(suffix) || known.has(stem.toLowerCase()) || (camel && (known.has(camel[2]!.toLowerCase()) || given(camel[1]!)))) {
      words[k] = stem
      break
    }
  }
  // Two capitalised names glued together, the second a name seen elsewhere (`VladimirPoutine`).
  const camel = CAMEL_TAIL().exec(words[k]!)
  if (camel && camel[1]!.length >= 3 && (known.has(camel[2]!.toLowerCase()) || given(camel[1]!)) && !known.has(words[k]!.toLowerCase())) words.splice(k, 1, camel[1]!, camel[2]!)
  const out = words.join(' ')
  return out === name.split(/\s+/).join(' ') ? name : out
}

const CAMEL_TAIL = lazy('^(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)$', 'u')

/** A speaker's name with its entity's id when it has one (no `entity` key otherwise). */
function named(name: string, entity: string | undefined): {name: string; entity?: string} {
  return entity ? {name, entity} : {name}
}

/** The person named most often in the article, when one is named more than every other (and at least twice). */
function mainPerson(entities: readonly Entity[]): Entity | null {
  let best: Entity | null = null
  let second = 0
  for (const e of entities) {
    if (e.type !== 'person') continue
    if (!best || e.mentions.length > best.mentions.length) {
      second = best?.mentions.length ?? 0
      best = e
    } else second = Math.max(second, e.mentions.length)
  }
  return best && best.mentions.length >= 2 && best.mentions.length > second ? best : null
}

/** Most lower-case words between a name and the role it qualifies (`the Spurs sporting director`). */
const ROLE_QUALIFIERS = 2

/**
 * The offsets of `the Sale player` when the name at `at`–`end` stands between
 * a definite determiner and a role word, two lower-case words allowed before
 * the role (`the Spurs sporting director`), else null.
 */
function describedRole(doc: QuoteDocument, at: number, end: number): [number, number] | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const tokens = view.tokens
  const a = firstTokenAt(tokens, indexIn(view, at))
  const b = firstTokenAt(tokens, indexIn(view, end))
  const det = tokens[a - 1]
  // A name the block's tokens do not reach (its words were masked inside a quote) qualifies no role.
  if (!det || b <= a) return null
  // The role may come after words qualifying it (`the Spurs sporting director`, `the European cross-country champion`).
  let r = b
  while (r < b + ROLE_QUALIFIERS && tokens[r] && !w.roleWords.has(tokens[r]!.lower) && charIs('lower', tokens[r]!.text) && isSpaces(view.masked.slice(tokens[r - 1]!.end, tokens[r]!.start), true)) r++
  const role = tokens[r]
  if (!role || !w.determiners.has(det.lower) || w.indefinites.has(det.lower) || !w.roleWords.has(role.lower)) return null
  if (!charIs('lower', role.text) || !isBlank(view.masked.slice(det.end, tokens[a]!.start) + view.masked.slice(tokens[r - 1]!.end, role.start), true)) return null
  return [offsetOf(view, det.start), offsetOf(view, role.end)]
}

/**
 * A person's name without a place glued to its front (`Dijon Eric Mathais`
 * → `Eric Mathais`, `Angers Catherine Vandier`): the first word or two are
 * no given name, a given name follows, a mention of the person comes right
 * after a preposition (`le procureur de Dijon Eric Mathais`, `de la
 * République d’Angers …`), and the article writes those first words alone
 * after a preposition elsewhere (`le parquet de Dijon`). Else the name as it is.
 */
function placeLead(name: string, entity: Entity, context: Context, doc: QuoteDocument): string {
  const words = name.split(' ')
  if (words.length < 3 || isGivenName(words[0]!, context)) return name
  let i = 1
  while (i < 3 && i < words.length - 1 && !isGivenName(words[i]!, context)) i++
  if (i >= 3 || i >= words.length - 1) return name
  const source = context.source
  const afterPreposition = (at: number) => {
    const before = WORD_BEFORE_END().exec(source.slice(Math.max(0, at - 12), at))
    return before !== null && doc.words.prepositions.has(before[1]!.toLowerCase())
  }
  if (!entity.mentions.some((m) => source.startsWith(words[0]!, m.position.start.offset) && afterPreposition(m.position.start.offset))) return name
  const lead = words.slice(0, i).join(' ')
  // The lead written alone after a preposition too (`le parquet de Dijon`), not followed by the given name.
  for (let at = source.indexOf(lead); at >= 0; at = source.indexOf(lead, at + lead.length)) {
    const next = source.slice(at + lead.length, at + lead.length + 1 + words[i]!.length).trim()
    if (!wholeWordAt(source, at, at + lead.length) || next === words[i]) continue
    if (afterPreposition(at)) return words.slice(i).join(' ')
  }
  return name
}

/**
 * The offsets of a role phrase right before the name at input offset `at`
 * that the name qualifies (`la députée LFI`, `le patron des députés LR`, `un
 * élu LR`, `le président du groupe LREM`): a determiner, a role word, and at
 * most a preposition and one lower-case word, nothing else between; else null.
 */
function roleBeforeOrganization(doc: QuoteDocument, at: number): [number, number] | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const tokens = view.tokens
  const k = firstTokenAt(tokens, indexIn(view, at))
  if (k < 2 || tokens[k]?.start !== indexIn(view, at)) return null
  let j = k - 1
  const plain = (t: Token) => charIs('lower', t.text)
  // `des députés`, `du groupe`, not an article before a complement (`le porte-parole de la SNCF`).
  if (!isRoleWord(tokens[j]!.lower, w) && j >= 3 && plain(tokens[j]!) && !w.determiners.has(tokens[j]!.lower) && w.prepositions.has(tokens[j - 1]!.lower)) j -= 2
  const role = tokens[j]!
  const det = tokens[j - 1]
  if (!det || !plain(role) || !isRoleWord(role.lower, w) || !w.determiners.has(det.lower)) return null
  for (let t = j - 1; t < k; t++) if (!isSpaces(view.masked.slice(tokens[t]!.end, tokens[t + 1]!.start), true)) return null
  return [offsetOf(view, det.start), offsetOf(view, tokens[k - 1]!.end)]
}

/** Most words a role's complement glued to the front of a person's name runs over (`LREM de Paris`, `Alliance du Commerce`). */
const COMPLEMENT_LEAD = 3

/**
 * A person's name without the complement of a role glued to its front by the
 * entities step (`le ministre de la Santé Olivier Véran` → `Olivier Véran`,
 * `la garde des Sceaux, ministre de la Justice Nicole Belloubet`, `le député
 * LREM de Paris Gilles Le Gendre`): up to three words no given name opens, then
 * a given name and at least one more word; a mention of the person comes
 * after a preposition or determiner with a role word among the four words
 * before it, or right after a role word when the lead holds a preposition
 * (where the article writes the name, when no mention of its entity opens
 * with it). Else the name as it is.
 */
function complementLead(name: string, entity: Entity | undefined, context: Context, doc: QuoteDocument): string {
  const words = name.split(' ')
  if (words.length < 3 || isGivenName(words[0]!, context)) return name
  let i = 1
  while (i <= COMPLEMENT_LEAD && i < words.length - 1 && !isGivenName(words[i]!, context)) i++
  if (i > COMPLEMENT_LEAD || i >= words.length - 1) return name
  const w = doc.words
  const source = context.source
  const afterRole = (at: number): boolean => {
    const before = source.slice(Math.max(0, at - 48), at).toLowerCase().split(/[\s\u00a0]+/).filter((x) => x !== '')
    if (before.length === 0) return false
    const last = before[before.length - 1]!
    // Right after the role, only a lead holding a preposition (`député LREM de Paris`; not `l'expert Mokhtar Ben Nasr`).
    if (isRoleWord(last, w)) return words.slice(1, i).some((x) => w.prepositions.has(x))
    if (!w.prepositions.has(last) && !w.determiners.has(last) && !(last.length === 2 && isElided(last))) return false
    return before.slice(-5, -1).some((x) => isRoleWord(x, w))
  }
  if (entity?.mentions.some((m) => source.startsWith(words[0]!, m.position.start.offset) && afterRole(m.position.start.offset))) return words.slice(i).join(' ')
  // Else where the article writes the name (no entity holds it, or one holds only its end).
  for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + name.length)) if (afterRole(at)) return words.slice(i).join(' ')
  return name
}

/** A dash with a space on each side (`–`, `—`, `-`), at the start of a text. */
const SPACED_DASH = /^[ \u00a0]+[-\u2013\u2014][ \u00a0]+/

/**
 * The person or organisation named right after a spaced dash that follows
 * input offset `end` (`Sénégal – Yannick Gomis :`, `Birthday Gift – Amadeus :`):
 * what comes before the dash is a topic, not the subject. Null when no name
 * opens the words after the dash.
 */
function afterDash(source: string, candidates: readonly Candidate[], end: number): Candidate | null {
  const dash = SPACED_DASH.exec(source.slice(end, end + 6))
  if (!dash) return null
  const c = candidates[lowerBound(candidates, end + dash[0].length)]
  if (!c || c.start !== end + dash[0].length || c.type === 'location') return null
  // Not a pair of dashes around an apposition (`Florian Hamm - Borussia Dortmund's largest investor - said`).
  const rest = source.slice(c.end, c.end + DASHED_APPOSITION)
  return possessiveAt(rest, 0) || / [-\u2013\u2014] /.test(rest) ? null : c
}

/** How far after the name that follows a dash a second dash closes an apposition, in characters. */
const DASHED_APPOSITION = 80

const WORD_BEFORE_END = lazy("([\\p{L}]+)(['’]|\\s+)$", 'u')

/** Whether `word` is a given name of the article's locale (`Olivier`, `Jean-Michel`), looked up as the entities step does. */
function isGivenName(word: string, context: Context): boolean {
  return charIs('upper', word) && lookupsOf(context.locale).givenNames.has(fold(word))
}

/** The words of `name` after a role word followed by a given name (`Committee chairman Alan Beith` → `Alan Beith`), or null. */
function personAfterRole(name: string, doc: QuoteDocument, context: Context): string | null {
  const words = name.split(' ')
  for (let i = 1; i < words.length - 2; i++) {
    if (doc.names.roles.has(words[i]!.toLowerCase()) && isGivenName(words[i + 1]!, context)) return words.slice(i + 1).join(' ')
  }
  return null
}

/** How many characters may stand between a role's complement and the comma before a person in apposition (`de la Grande mosquée, X,`). */
const APPOSITION_REACH = 40

/**
 * The person in apposition after a role phrase ending at input offset `end`:
 * `la présidente de la Commission, Ursula von der Leyen, a assuré`, `Le
 * chef de la force spéciale de la Grande mosquée, Yahia al-Akil, a déclaré`.
 * The complement may run on a few words to the comma (no verb, no other
 * punctuation); the person's name is closed by a second comma or ends the
 * sentence (`a dénoncé le correspondant de l’agence X à Paris, Michel Rose.`).
 */
function apposedPerson(doc: QuoteDocument, candidates: readonly Candidate[], end: number): Candidate | null {
  const view = doc.blocks[blockAt(doc, end)]!
  const i = indexIn(view, end)
  const comma = view.masked.indexOf(',', i)
  if (comma < 0 || comma - i > APPOSITION_REACH || /[.;:!?«»"“”()]/.test(view.masked.slice(i, comma))) return null
  for (let t = tokenAt(view.tokens, i); t < view.tokens.length && view.tokens[t]!.start < comma; t++) {
    const lower = view.tokens[t]!.lower
    if (doc.words.verbs.has(lower) || doc.words.auxiliaries.has(lower) || doc.words.pronouns.has(lower) || doc.words.clauseWords.has(lower)) return null
  }
  const from = offsetOf(view, comma + 1)
  const c = candidates[lowerBound(candidates, from)]
  if (!c || c.type !== 'person' || !isBlank(view.masked.slice(comma + 1, indexIn(view, c.start)))) return null
  return view.masked[indexIn(view, c.end)] === ',' || APPOSED_LAST().test(view.masked.slice(indexIn(view, c.end))) ? c : null
}

/**
 * The person named in apposition to a description that a postposed cue's verb
 * ending at input offset `cueEnd` opens with a determiner: `Il « … », a déclaré
 * une de ses avocates, Me Cloé Martin, à la presse`, `« … », a ajouté l'un de
 * ses proches, Paul Durand.`; null when no name is apposed there.
 */
function apposedAfterCue(doc: QuoteDocument, candidates: readonly Candidate[], cueEnd: number, titles: ReadonlySet<string>): Candidate | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, cueEnd)]!
  // (Past adverbial phrases and an addressee: `a confié à l'AFP la directrice de l'école, X`.)
  const i = afterPostposedAdverbials(view, indexIn(view, cueEnd), w)
  const t = view.tokens[firstTokenAt(view.tokens, i)]
  // (`l’un de ses proches`: an elided determiner glued to the word after it.)
  if (!t || t.start === i || !isSpaces(view.masked.slice(i, t.start)) || !(w.determiners.has(t.lower) || (isElided(t.lower) && w.determiners.has(t.lower.slice(0, 2))))) return null
  const comma = view.masked.indexOf(',', i)
  if (comma < 0 || comma - i > APPOSITION_REACH || /[.;:!?«»"“”()]/.test(view.masked.slice(i, comma))) return null
  // The description has no verb (`de` of `une de ses avocates` is a preposition there, not the narrative infinitive's).
  for (let k = tokenAt(view.tokens, i); k < view.tokens.length && view.tokens[k]!.start < comma; k++) {
    const lower = view.tokens[k]!.lower
    if (w.verbs.has(lower) || (w.auxiliaries.has(lower) && !w.prepositions.has(lower)) || w.pronouns.has(lower) || w.clauseWords.has(lower)) return null
  }
  // (A title may stand before the name: `Me`, `M.`.)
  const title = APPOSED_TITLE().exec(view.masked.slice(comma + 1, comma + 1 + APPOSED_TITLE_REACH))
  const from = comma + 1 + (title && titles.has(title[1]!.toLowerCase()) ? title[0].length : 0)
  const c = candidates[lowerBound(candidates, offsetOf(view, comma + 1))]
  if (!c || c.type !== 'person' || !isBlank(view.masked.slice(from, indexIn(view, c.start))) || indexIn(view, c.start) < from) return null
  return view.masked[indexIn(view, c.end)] === ',' || APPOSED_LAST().test(view.masked.slice(indexIn(view, c.end))) ? c : null
}

/** Most characters read after the comma for a title before an apposed name. */
const APPOSED_TITLE_REACH = 12
/** A title (its full stop at most after it), then spaces, opening an apposition (`Me `, `M. `). */
const APPOSED_TITLE = lazy('^[ \\u00a0]*(\\p{L}+)\\.?[ \\u00a0]+', 'u')

/** The end of a sentence right after a name (`…, a dénoncé le correspondant de l’agence X, Michel Rose.`). */
const APPOSED_LAST = lazy('^[ \u00a0]*(?:[.;!?]|$)', '')

/** How many words a role phrase may run over between its role and the name completing it (`de l'Enseignement supérieur et de la`). */
const COMPLEMENT_REACH = 8

/**
 * The start of the role phrase a name at input offset `at` completes, if it
 * does: `le président de la République`, `le fondateur de Tesla et SpaceX`,
 * `La ministre de l'Enseignement supérieur et de la Recherche`, `le
 * secrétaire d’État`, `the head of BP`. Looking back from the name over
 * prepositions, determiners, coordinators, names and adjectives (no verb, no
 * punctuation) to a role word or an agent noun (`fondateur`) followed by a
 * preposition; the phrase opens at the determiner before that role, with its
 * adjectives (`l'ancien attaché parlementaire de`). Not a voice role
 * (`le porte-parole de la SNCF`), which speaks for its complement. With
 * `described`, a few common nouns may describe the name between it and the
 * preposition (`ce chercheur au cercle de réflexion Carnegie Endowment`).
 */
function complementOfRole(doc: QuoteDocument, at: number, described = false): number | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const tokens = view.tokens
  const i = indexIn(view, at)
  // The token holding the name: `d’État` holds `État`, with its elided preposition or article glued before it.
  const k = tokenAt(tokens, i + 1) - 1
  if (k < 0) return null
  const holder = tokens[k]!
  const glued = holder.start < i ? elidedBefore(holder, i, w) : 'none'
  if (glued === null) return null
  // `preposition`: a preposition was read since the last name or adjective (the role must have one right after it);
  // `inside`: a preposition was read right before the name itself.
  let preposition = glued === 'preposition'
  let inside = preposition
  // Common nouns read right before the name, describing it (`cercle de réflexion` of `au cercle de réflexion X`).
  let nouns = 0
  for (let t = k - 1, steps = 0; t >= 0 && steps < COMPLEMENT_REACH; t--, steps++) {
    const token = tokens[t]!
    if (!isBlank(view.masked.slice(token.end, t + 1 === k ? holder.start : tokens[t + 1]!.start))) return null
    const lower = token.lower
    if (w.prepositions.has(lower) || (isElided(lower) && w.prepositions.has(lower.slice(0, 1)))) {
      preposition = true
      if (t === k - 1 || nouns > 0 || (glued === 'none' && w.determiners.has(tokens[k - 1]!.lower) && t === k - 2)) inside = true
      continue
    }
    // Only a determiner may stand between the name and its preposition (`de la République`), or a noun describing the
    // name after a preposition (`chercheur au cercle de réflexion Carnegie Endowment`, `au think tank X`).
    if (!inside) {
      if (t === k - 1 && glued === 'none' && w.determiners.has(lower)) continue
      if (described && glued === 'none' && describingNoun(token, t === k - 1 ? 0 : nouns, w)) {
        nouns++
        continue
      }
      // `de Tesla et SpaceX`: a second name coordinated with one completing the role.
      if (t === k - 1 && glued === 'none' && w.coordinators.has(lower)) {
        inside = true
        continue
      }
      return null
    }
    if (preposition && (isRoleWord(lower, w) || agentNounAt(lower, tokens[t - 1]?.lower ?? '', w)) && !w.verbs.has(lower)) {
      // `le porte-parole de la SNCF`, `a spokesman for Unison`: words given for the name that completes the role.
      if (w.voiceRoles.has(withoutElision(lower))) return null
      // Back over adjectives to the determiner (`l'ancien attaché parlementaire`), if there is one.
      let start = t
      for (let b = t - 1, n = 0; b >= 0 && n < 3 && isBlank(view.masked.slice(tokens[b]!.end, tokens[b + 1]!.start)); b--, n++) {
        const x = tokens[b]!
        if (w.determiners.has(x.lower)) {
          start = b
          break
        }
        if (!charIs('lower', x.text) || w.verbs.has(x.lower) || w.auxiliaries.has(x.lower) || w.pronouns.has(x.lower) || w.prepositions.has(x.lower)) break
      }
      return offsetOf(view, tokens[start]!.start)
    }
    if (w.determiners.has(lower) || w.coordinators.has(lower) || isElided(lower)) continue
    // A name or an adjective inside the complement (`Tesla et`, `supérieur et`): not a verb, not a pronoun.
    if (w.verbs.has(lower) || w.auxiliaries.has(lower) || w.pronouns.has(lower) || w.clauseWords.has(lower)) return null
    preposition = false
  }
  return null
}

/** Most common nouns describing a name right before it, in a role's complement (`cercle de réflexion`, `think tank`). */
const DESCRIBING_NOUNS = 3

/**
 * Whether `token` may be a common noun describing the name right after it in a role's complement: a word in lower case
 * (no verb, auxiliary, pronoun, clause word, role or determiner), `read` of them read so far after the name.
 */
function describingNoun(token: Token, read: number, w: CueWords): boolean {
  // (With its elided article: `l’agence` of `de l’agence Reuters`.)
  const lower = withoutElision(token.lower)
  if (read >= DESCRIBING_NOUNS || !allAre('lower', token.text.slice(token.text.length - lower.length).replace(/-/g, ''))) return false
  return !w.verbs.has(lower) && !w.auxiliaries.has(lower) && !w.pronouns.has(lower) && !w.clauseWords.has(lower) && !isRoleWord(lower, w) && !w.determiners.has(lower) && !w.coordinators.has(lower)
}

/**
 * What the elided word glued before offset `i` of a block in `token` is (`d’`
 * of `d’État`, `l’` of `l’Élysée`): `preposition`, `determiner`, or null
 * when the name does not start right after one.
 */
function elidedBefore(token: Token, i: number, w: CueWords): 'preposition' | 'determiner' | null {
  const lower = token.lower
  if (!isElided(lower) || token.start + 2 !== i) return null
  if (w.prepositions.has(lower.slice(0, 1))) return 'preposition'
  return w.determiners.has(lower.slice(0, 2)) ? 'determiner' : null
}

/** Most lower-case words of the noun that capitalised words qualify (`the Oscar winner`, `the Washington-based think-tank`). */
const DESCRIBED_HEAD_WORDS = 2

/** What may end a described phrase before the verb: a comma, a full stop, or the end of the block. */
const PHRASE_END = /^[ \u00a0]*(?:[,.;]|$)/

/**
 * The input offsets of the noun phrase that the capitalised words `text` at
 * `at`–`end` (no entity's) stand in, from the article right before them:
 * up to a lower-case noun they qualify (`The Oscar winner said`, `said one
 * London-based broker`), or to their end when they are a nationality that a
 * definite article describes a person by (`said the New Zealander`). Null
 * when no article comes right before them, or they end the phrase and are no
 * nationality (`the Bundesbank warned`: a name).
 */
function describedName(doc: QuoteDocument, at: number, end: number, text: string, isPersonNoun: (lower: string) => boolean): [number, number] | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const tokens = view.tokens
  const i = indexIn(view, at)
  const a = firstTokenAt(tokens, i)
  const det = tokens[a - 1]
  if (!det || tokens[a]?.start !== i || !w.articles.has(det.lower) || !isSpaces(view.masked.slice(det.end, i), true)) return null
  const j = indexIn(view, end)
  let head = -1
  for (let k = firstTokenAt(tokens, j), n = 0; n < DESCRIBED_HEAD_WORDS && k < tokens.length; n++, k++) {
    const t = tokens[k]!
    if (!isSpaces(view.masked.slice(n === 0 ? j : tokens[k - 1]!.end, t.start), true) || !charIs('lower', t.text)) break
    const lower = t.lower
    if (w.verbs.has(lower) || w.auxiliaries.has(lower) || w.prepositions.has(lower) || w.determiners.has(lower) || w.pronouns.has(lower) || w.clauseWords.has(lower) || w.coordinators.has(lower)) break
    head = k
  }
  if (head >= 0) {
    // The phrase ends there: a verb, a comma or a full stop follows (not `la Chine exprime sa « … »`, a verb read as its noun).
    const stop = tokens[head]!.end
    const after = tokens[head + 1]
    const gap = view.masked.slice(stop, after ? after.start : view.masked.length)
    const verb = after !== undefined && isSpaces(gap, true) && subjectVerb(after.lower, w)
    return verb || PHRASE_END.test(after ? view.masked.slice(stop, after.end) : gap) ? [offsetOf(view, det.start), offsetOf(view, stop)] : null
  }
  return w.definiteArticles.has(det.lower) && isPersonNoun(text.toLowerCase()) ? [offsetOf(view, det.start), end] : null
}

/**
 * The start of the singular definite determiner right before the one word at
 * `at`–`end` when `isPersonNoun` takes that word (`the American`, `l’Américain`,
 * `le Bleu`) ending its phrase, else null: a description of a person, not a name.
 */
function personDescribed(doc: QuoteDocument, at: number, end: number, isPersonNoun: (lower: string) => boolean): number | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const tokens = view.tokens
  const i = indexIn(view, at)
  const k = firstTokenAt(tokens, i)
  // The word ends its phrase: a verb or a mark follows, not a noun it qualifies (`the German exchange said`).
  const j = firstTokenAt(tokens, indexIn(view, end))
  const next = tokens[j]
  if (next && isSpaces(view.masked.slice(indexIn(view, end), next.start)) && !w.verbs.has(next.lower) && !w.auxiliaries.has(next.lower)) return null
  // `l’Américain`: one token, the determiner glued to the word.
  const glued = tokens[k - 1]
  if (glued && glued.end > i) {
    const det = glued.lower.slice(0, i - glued.start)
    if (!isElided(det) || !w.determiners.has(det) || w.prepositions.has(det) || offsetOf(view, glued.end) !== end) return null
    return isPersonNoun(glued.lower.slice(i - glued.start)) ? offsetOf(view, glued.start) : null
  }
  const word = tokens[k]
  const previous = tokens[k - 1]
  if (!word || !previous || word.start !== i || offsetOf(view, word.end) !== end || !charIs('upper', word.text) || !isPersonNoun(word.lower)) return null
  if (!isSpaces(view.masked.slice(previous.end, i), true)) return null
  const det = previous.lower
  if (!w.determiners.has(det) || w.indefinites.has(det) || w.prepositions.has(det)) return null
  return offsetOf(view, previous.start)
}

/** Whether a definite phrase headed by a voice word (`le communiqué`, `the statement`) is right before or after the cue at `from`–`to`. */
function documentVoiceAt(doc: QuoteDocument, from: number, to: number): boolean {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, from)]!
  const tokens = view.tokens
  const a = firstTokenAt(tokens, indexIn(view, from))
  const b = firstTokenAt(tokens, indexIn(view, to))
  const definite = (t: number) => t >= 0 && t < tokens.length && w.determiners.has(tokens[t]!.lower) && !w.indefinites.has(tokens[t]!.lower)
  return (definite(b) && w.voiceRoles.has(tokens[b + 1]?.lower ?? '')) || (definite(a - 2) && w.voiceRoles.has(tokens[a - 1]?.lower ?? ''))
}

/**
 * Whether a speech verb not in the passive (`said`, not `is said to`) stands between input offsets `from` and `to`,
 * outside quotes, in the blocks holding them.
 */
function activeSpeechBetween(doc: QuoteDocument, from: number, to: number): boolean {
  const w = doc.words
  for (let b = blockAt(doc, from), last = blockAt(doc, to); b <= last; b++) {
    const view = doc.blocks[b]!
    const tokens = view.tokens
    const lo = b === blockAt(doc, from) ? indexIn(view, from) : 0
    const hi = b === last ? indexIn(view, to) : view.masked.length
    for (let k = firstTokenAt(tokens, lo); k < tokens.length && tokens[k]!.start < hi; k++) {
      if (isVerbAt(view, k, w) && !(k > 0 && w.passiveAuxiliaries.has(tokens[k - 1]!.lower))) return true
    }
  }
  return false
}

/** The first word after input offset `end` (a pronoun's end), auxiliaries skipped (`he has also added` → `added`), lower-cased. */
function verbAfterPronoun(source: string, end: number, w: CueWords): string {
  for (const m of source.slice(end, end + 40).toLowerCase().matchAll(LETTERS())) if (!w.auxiliaries.has(m[0])) return m[0]
  return ''
}

const LETTERS = lazy('\\p{L}+', 'gu')

/**
 * The input offsets of a demonstrative of one or two words (`Ce dernier`, `Celle-ci`) opening the sentence that holds
 * input offset `at`, nothing but spaces before it; else null.
 */
function openingDemonstrative(doc: QuoteDocument, at: number): [number, number] | null {
  const w = doc.words
  const {view, s, a} = sentenceAt(doc, at)
  const first = view.tokens[a]
  if (!first || view.masked.slice(s, first.start).trim() !== '') return null
  const second = view.tokens[a + 1]
  const two = second && isSpaces(view.masked.slice(first.end, second.start)) ? `${first.lower} ${second.lower}` : ''
  const end = w.demonstratives.has(two) ? second!.end : w.demonstratives.has(first.lower) ? first.end : -1
  return end < 0 ? null : [offsetOf(view, first.start), offsetOf(view, end)]
}

/** Most characters between a definite role opening a sentence and its cue's verb (the role's complement). */
const ROLE_CUE_GAP = 40

/** Most characters read before a pronoun for an object relative opening it (`ce qu'`). */
const RELATIVE_REACH = 12

/** Most words before the name of a person opening a sentence (`But Tory leader Michael Howard`). */
const REPORTER_LEAD = 4

/**
 * The person whose name opens the sentence holding input offset `at` (after a sentence connector and role or courtesy
 * words: `But Mr Howard`, `Tory leader Michael Howard`), a subject with a speech verb right after the name, when `at`
 * comes later in that sentence, after that verb: the one who reports what is said of the name at `at` (`But Mr Howard
 * denied Mr Yeo … said the plans "stink"`). Null otherwise.
 */
function reportingSubject(doc: QuoteDocument, candidates: readonly Candidate[], at: number): Candidate | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const [s] = sentenceAround(view, indexIn(view, at))
  const from = offsetOf(view, s)
  const x = candidates[lowerBound(candidates, from)]
  if (!x || x.start >= at || x.type !== 'person' || !x.entity || !x.subject) return null
  const tokens = view.tokens
  let a = firstTokenAt(tokens, s)
  const k = firstTokenAt(tokens, indexIn(view, x.start))
  if (a < k && w.sentenceConnectors.has(tokens[a]!.lower)) a++
  if (k - a > REPORTER_LEAD) return null
  for (let t = a; t < k; t++) {
    const lower = withoutFullStop(tokens[t]!.lower)
    if (!isRoleWord(lower, w) && !w.masculine.has(lower) && !w.feminine.has(lower) && !charIs('upper', tokens[t]!.text)) return null
    if (w.pronouns.has(lower) || /[,;:.!?()«»"“”]/.test(view.masked.slice(tokens[t]!.end, tokens[t + 1]?.start ?? tokens[t]!.end))) return null
  }
  // A speech verb right after the name (auxiliaries aside), before `at`.
  const e = firstTokenAt(tokens, indexIn(view, x.end))
  let v = e
  while (v < tokens.length && w.auxiliaries.has(tokens[v]!.lower) && !w.pronouns.has(tokens[v]!.lower)) v++
  if (v >= tokens.length || !w.verbs.has(tokens[v]!.lower) || offsetOf(view, tokens[v]!.end) > at) return null
  if (!isSpaces(view.masked.slice(tokens[e - 1]?.end ?? 0, tokens[e]!.start))) return null
  return x
}

/**
 * The subject of the sentence holding input offset `at` when the name at `at` opens the clause that a present participle
 * of speech set off by a comma reports (`Moyes defended Beattie, saying Gallas overreacted`, `…, and claiming that X`):
 * the person named opening the sentence (a few role words before), or the offsets of a definite role opening it (`The
 * Scot defended …`); else null.
 */
function participleReporter(doc: QuoteDocument, candidates: readonly Candidate[], at: number): Candidate | [number, number] | null {
  const w = doc.words
  const {view, i, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  let k = firstTokenAt(tokens, i)
  if (tokens[k]?.start !== i || k < a + 2) return null
  // (`saying that X`.)
  if (w.clauseWords.has(tokens[k - 1]!.lower) && isSpaces(view.masked.slice(tokens[k - 1]!.end, i))) k--
  const participle = tokens[k - 1]!
  if (!isParticiple(participle.lower, w) || !w.verbs.has(participle.lower) || !isSpaces(view.masked.slice(participle.end, tokens[k]!.start))) return null
  let before = view.masked.slice(tokens[k - 2]!.end, participle.start)
  if (w.coordinators.has(tokens[k - 2]!.lower) && k - 3 >= a) before = view.masked.slice(tokens[k - 3]!.end, tokens[k - 2]!.start)
  if (!/,/.test(before)) return null
  const from = offsetOf(view, tokens[a]!.start)
  const x = candidates[lowerBound(candidates, from)]
  if (x && x.start < at && x.type === 'person' && x.entity !== undefined && x.subject) {
    const n = firstTokenAt(tokens, indexIn(view, x.start))
    let t = a
    for (; t < n; t++) {
      const word = withoutFullStop(tokens[t]!.lower)
      if (t - a >= REPORTER_LEAD || (!isRoleWord(word, w) && !w.sentenceConnectors.has(word) && !charIs('upper', tokens[t]!.text))) break
    }
    if (t === n) return x
  }
  // `The Scot`, `the minister`: a definite determiner and a role or a noun naming a person opening the sentence.
  const head = tokens[a + 1]
  if (!head || !definiteDeterminer(tokens[a]!.lower, w) || !isSpaces(view.masked.slice(tokens[a]!.end, head.start))) return null
  if (!isRoleWord(head.lower, w) && !w.personNouns.has(head.lower)) return null
  const end = offsetOf(view, head.end)
  return end < at ? [from, end] : null
}

/**
 * The offsets of the pronoun `pronoun` (lower case) opening the sentence holding input offset `at`, before it (a
 * sentence connector may come first), when a speech verb follows it right after (auxiliaries aside) and before `at`:
 * `at` is in what that pronoun's subject reports (`He suggested the claim that Lord Falconer …`). Null otherwise.
 */
function pronounReporting(doc: QuoteDocument, at: number, pronoun: string): [number, number] | null {
  const w = doc.words
  const {view, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  let k = a
  if (tokens[k] && w.sentenceConnectors.has(tokens[k]!.lower)) k++
  const t = tokens[k]
  if (!t || t.lower !== pronoun || offsetOf(view, t.end) > at) return null
  let v = k + 1
  while (v < tokens.length && w.auxiliaries.has(tokens[v]!.lower) && !w.pronouns.has(tokens[v]!.lower)) v++
  const verb = tokens[v]
  if (!verb || !w.verbs.has(verb.lower) || offsetOf(view, verb.end) > at || !isSpaces(view.masked.slice(t.end, tokens[k + 1]!.start))) return null
  return [offsetOf(view, t.start), offsetOf(view, t.end)]
}

/** The person or organisation named by the first words of the sentence holding input offset `at`, if any. */
function sentenceOpener(doc: QuoteDocument, candidates: readonly Candidate[], at: number): Candidate | null {
  const view = doc.blocks[blockAt(doc, at)]!
  const [s] = sentenceAround(view, indexIn(view, at))
  const from = offsetOf(view, s)
  const x = candidates[lowerBound(candidates, from)]
  if (!x || x.start >= at || x.type === 'location') return null
  // Only a determiner and a role or organisation noun (`Le parti X a appelé`), or a courtesy title (`Mme X décide`,
  // `M. X a dit`), may come before it.
  const w = doc.words
  const a = firstTokenAt(view.tokens, s)
  const k = firstTokenAt(view.tokens, indexIn(view, x.start))
  if (k - a > 2) return null
  for (let t = a; t < k; t++) {
    const token = view.tokens[t]!
    const next = view.tokens[t + 1]
    const courtesy = t === a && k === a + 1 && (w.masculine.has(token.lower) || w.feminine.has(token.lower)) && !w.pronouns.has(token.lower)
    // A name the block's tokens do not reach (the candidate's words were masked) opens nothing.
    if (!next) return null
    const gap = view.masked.slice(token.end, next.start)
    if (/[,;:.!?()«»"“”]/.test(gap) && !(courtesy && /^\.?\s+$/.test(gap))) return null
    if (t === a ? !w.determiners.has(token.lower) && !courtesy : !charIs('lower', token.text) || w.verbs.has(token.lower) || w.auxiliaries.has(token.lower)) return null
  }
  // `Earlier Tory leader Michael Howard sent …`: a name that no entity holds, or an organisation's, qualifying a role right
  // after it, names no one; the person the role is written before is the subject.
  if (!x.type || x.type === 'organization') {
    let k = firstTokenAt(view.tokens, indexIn(view, x.end))
    const from = k
    while (k < view.tokens.length && k - from < 2 && isRoleWord(view.tokens[k]!.lower, w) && isSpaces(view.masked.slice(view.tokens[k - 1]!.end, view.tokens[k]!.start))) k++
    const next = view.tokens[k]
    const holder = k > from && next ? candidates[lowerBound(candidates, offsetOf(view, next.start))] : undefined
    if (holder && holder.start === offsetOf(view, next!.start) && holder.type === 'person' && isSpaces(view.masked.slice(view.tokens[k - 1]!.end, next!.start))) return holder
  }
  return x
}

/**
 * The subject after an opening phrase of the sentence holding input offset
 * `at` (`Sur les ondes de X, la star …`, `Accusée par X, Y répond`): the
 * phrase starts with a preposition (or a participle and its preposition) and
 * ends at the first comma, before `at`. Gives the phrase's end, and the person
 * named right after it, or `description` when a definite noun phrase follows
 * it (`la star de …`); null when the sentence opens otherwise.
 */
function openingPhrase(doc: QuoteDocument, candidates: readonly Candidate[], at: number): Opening | null {
  const w = doc.words
  const {view, i, s, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  const first = tokens[a]
  const second = tokens[a + 1]
  if (!first || !second || first.start >= i) return null
  // (`A Nantes,` for `À Nantes,`: a capital that dropped its accent.)
  if (!isPreposition(first.text, w) && !(w.prepositions.has(second.lower) && !w.determiners.has(first.lower) && !charIs('upper', second.text))) return null
  // `Pour l’économiste Seydou Bocoum, cette évolution … : « … »`: the person named there is the source.
  if (w.sourcePrepositions.has(first.lower)) return null
  // `According to Mr Waller, Exxon was "…"`: a cue phrase names the source, not a phrase to read past.
  if (cuePhraseAt(view, a, w) > 0) return null
  const comma = commaBefore(view.masked, first.end, i)
  if (comma < 0 || PHRASE_BREAK.test(view.masked.slice(s, comma))) return null
  const k = firstTokenAt(tokens, comma)
  const next = tokens[k]
  if (!next || next.start >= i) return null
  const end = offsetOf(view, comma)
  const c = candidates[lowerBound(candidates, offsetOf(view, next.start))]
  if (c && c.start === offsetOf(view, next.start) && c.type !== 'organization' && c.type !== 'location') return {start: offsetOf(view, s), end, person: c, description: false}
  // `Au Royaume-Uni, le premier ministre Keir Starmer a …`: a definite role the person's name follows right away.
  const titled = w.determiners.has(next.lower) && !w.indefinites.has(next.lower) ? personAfterRoleWords(doc, candidates, view, k + 1, i) : null
  if (titled) return {start: offsetOf(view, s), end, person: titled, description: false}
  return {start: offsetOf(view, s), end, person: null, description: w.determiners.has(next.lower) && !w.indefinites.has(next.lower)}
}

/** Most words of a role between its determiner and the name of its holder (`premier ministre britannique`). */
const ROLE_WORDS_BEFORE_HOLDER = 4

/**
 * The person named right after role words from token `t` of `view` (before index `i`): words in lower case, a role
 * word among them, no verb (`premier ministre` + `Keir Starmer`); else null.
 */
function personAfterRoleWords(doc: QuoteDocument, candidates: readonly Candidate[], view: QuoteBlock, t: number, i: number): Candidate | null {
  const w = doc.words
  let role = false
  for (let n = t; n < view.tokens.length && n - t <= ROLE_WORDS_BEFORE_HOLDER; n++) {
    const token = view.tokens[n]!
    if (token.start >= i || (n > t && !isSpaces(view.masked.slice(view.tokens[n - 1]!.end, token.start)))) return null
    if (charIs('lower', token.text)) {
      if (w.verbs.has(token.lower) || w.auxiliaries.has(token.lower) || w.prepositions.has(token.lower) || w.determiners.has(token.lower)) return null
      role ||= isRoleWord(token.lower, w)
      continue
    }
    if (!role) return null
    const at = offsetOf(view, token.start)
    const c = candidates[lowerBound(candidates, at)]
    return c && c.start === at && c.type === 'person' ? c : null
  }
  return null
}

/** A phrase opening a sentence (`Accusée par X,`): its offsets, and what follows it. */
type Opening = {start: number; end: number; person: Candidate | null; description: boolean}

/**
 * Whether the quote at input offsets `start`–`end` (its words, without the
 * marks) stands in a subheading set between dashes, as agency copy writes
 * them (`- "Fatiguée d'avoir peur" -`, `- Entraîner « une prise de conscience »
 * -`): a dash opening a line or following the end of a sentence, at most
 * `HEADING_REACH` characters of one line before the quote, and a dash after it
 * as near, ending the line or followed by a capital or a quote mark (the next
 * paragraph glued on). Not when the quote's cue (at `cue`) is inside (`- X : « … » -` names
 * its speaker).
 */
function dashedHeading(source: string, start: number, end: number, cue: number | undefined): boolean {
  const from = Math.max(0, start - HEADING_REACH)
  const open = DASH_BEFORE().exec(source.slice(from, start))
  if (!open || (open.index === 0 && from > 0 && !/[\n.!?»"”]/.test(open[0][0] ?? ''))) return false
  const close = DASH_AFTER().exec(source.slice(end, end + HEADING_REACH))
  if (!close) return false
  const after = end + close[0].length
  let next = after
  while (source[next] === ' ' || source[next] === '\t') next++
  if (next < source.length && !'\n\r«"“'.includes(source[next]!) && !charIs('upper', source, next)) return false
  return cue === undefined || cue < from + open.index || cue >= after
}

/** Most characters of a dash label before a quote (`- Bolton boss Sam Allardyce "…"`). */
const DASH_LABEL_REACH = 80

/** A line a dash opens, then words on it with no quote mark, question or exclamation mark, semicolon or colon. */
const DASH_LABEL = lazy('^[ \\t\\u00a0]*[-\u2013\u2014][ \\t\\u00a0]+[^\\s"“”«»!?;:][^\\n"“”«»!?;:]*$', '')

/**
 * The person whose name ends the label of a line a dash opens, right before
 * the quote starting at input offset `start` (`- Newcastle boss Graeme Souness
 * "We deserved the win."`); null when the line is no such label or no person's
 * name ends it.
 */
function dashLabelPerson(source: string, candidates: readonly Candidate[], start: number): Candidate | null {
  const line = source.lastIndexOf('\n', start - 1) + 1
  if (start - line > DASH_LABEL_REACH) return null
  let end = start
  while (end > line && /["“«\s]/.test(source[end - 1]!)) end--
  if (!DASH_LABEL().test(source.slice(line, end))) return null
  for (let k = lowerBound(candidates, end) - 1; k >= 0 && candidates[k]!.start >= line; k--) {
    const c = candidates[k]!
    if (c.end === end) return c.type === 'person' || (!c.type && c.words >= 2) ? c : null
  }
  return null
}

/** Most characters between a subheading's dashes and the quote inside it. */
const HEADING_REACH = 70

/** A dash opening a subheading, then words on one line up to the opening mark (hyphens inside words allowed). */
const DASH_BEFORE = lazy('(?:^|[\\n.!?»"”])[ \\t]*-[ \\t](?:[^\\n-]|(?<=\\S)-(?=\\S))*[«"“][ \\t\\u00a0]*$', '')

/** The closing mark, words on one line, then the dash closing a subheading. */
const DASH_AFTER = lazy('^[ \\t\\u00a0]*[»"”](?:[^\\n-]|(?<=\\S)-(?=\\S))*?[ \\t]-', '')

/**
 * Whether a quote with no cue ending at input offset `end` is a subheading
 * glued to the next paragraph by a scraper: its closing mark is followed
 * right away by a capital letter, and its words do not end a sentence.
 */
function gluedHeading(source: string, text: string, end: number): boolean {
  return !/[.!?…]\s*$/.test(text) && charIs('upper', source, end + 1) && !/\s/.test(source[end] ?? ' ')
}

/**
 * Whether a quote of text `text` (input offsets `start`–`end`) is a subheading a scraper glued between a sentence's end
 * and the next quote (`d'Orly."Nos infrastructures sont à bout de souffle""Nous travaillons …"`): its opening mark right
 * after a sentence's final mark, its words ending no sentence, its closing mark right before the next quote's opening
 * mark and a capital; no cue, or one (at `cue`) read past that next quote.
 */
function gluedBetweenQuotes(source: string, text: string, start: number, end: number, cue: number | undefined): boolean {
  if (/[.!?…:,;]\s*$/.test(text) || !'.!?»"”'.includes(source[start - 2] ?? ' ') || !'«"“'.includes(source[end + 1] ?? ' ')) return false
  if (!charIs('upper', source, end + 2) || /\s/.test(source[end] ?? ' ')) return false
  return cue === undefined || (cue > end && (source.slice(end, cue).match(QUOTE_MARKS)?.length ?? 0) > 2)
}

/**
 * The person subject of the sentence holding input offset `at`, named before
 * it: opening the sentence (`Sabri Bachtobji a insisté`), or in apposition
 * after a role opening it (`Le secrétaire d'État, Sabri Bachtobji, a …`).
 */
function personSubject(doc: QuoteDocument, candidates: readonly Candidate[], at: number): Candidate | null {
  const opener = sentenceOpener(doc, candidates, at)
  const person = (c: Candidate | null | undefined) => c !== null && c !== undefined && (c.type === 'person' || (!c.type && c.words >= 2))
  if (opener) return person(opener) ? opener : null
  const view = doc.blocks[blockAt(doc, at)]!
  const [s] = sentenceAround(view, indexIn(view, at))
  const x = candidates[lowerBound(candidates, offsetOf(view, s))]
  if (!x || x.start >= at || !person(x)) return null
  const w = doc.words
  const tokens = view.tokens
  const a = firstTokenAt(tokens, s)
  const k = firstTokenAt(tokens, indexIn(view, x.start))
  const i = indexIn(view, x.start)
  const j = indexIn(view, x.end)
  if (k - a < 2 || k - a > 10 || !w.determiners.has(tokens[a]!.lower) || !/,\s*$/.test(view.masked.slice(s, i)) || view.masked[j] !== ',') return null
  for (let t = a; t < k; t++) if (w.verbs.has(tokens[t]!.lower) || (t > a && w.auxiliaries.has(tokens[t]!.lower) && !w.prepositions.has(tokens[t]!.lower))) return null
  return view.masked.slice(s, i).split(',').length === 2 ? x : null
}

/**
 * Whether the phrase read as opening a sentence, ending at input offset `end`, is the subject of the cue right after it, a
 * stray comma between them (`Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:`).
 */
function subjectPhrase(source: string, end: number, cue: Quote['cue']): boolean {
  const at = cue?.position?.start.offset
  return at !== undefined && at > end && at - end <= 4 && /^[ \u00a0]*,?[ \u00a0]*$/.test(source.slice(end, at))
}

/** Capital letters after a name that say what the person is (`MP`, `QC`, `MEP`). */
const POSTNOMINAL = lazy('^\\p{Lu}{2,4}$', 'u')

/**
 * The person named right before `text`, a role word in capitals at input offset `at` (`Peter Ainsworth MP`), one space
 * between them; else null.
 */
function personBeforeLetters(candidates: readonly Candidate[], text: string, at: number, w: CueWords): Candidate | null {
  if (!POSTNOMINAL().test(text) || !w.roleWords.has(text.toLowerCase())) return null
  const c = candidates[lowerBound(candidates, at) - 1]
  return c && c.type === 'person' && c.end === at - 1 ? c : null
}

/** A name made an adjective by a participle in lower case joined with a hyphen (`UK-based`, `London-born`, `US-led`). */
const QUALIFYING_NAME = lazy('^\\p{Lu}[\\p{L}.]*-\\p{Ll}{3,}$', 'u')

/** The lower-case words of a noun between a qualifying name and the name it introduces (` research consultancy `). */
const QUALIFIED_NOUN = lazy('^(?:[ \\u00a0]+\\p{Ll}[\\p{Ll}-]*){1,3}[ \\u00a0]+(?=\\p{Lu})', 'u')

/**
 * The person or organisation named right after a noun of one to three lower-case words that follows input offset `end`,
 * the end of a qualifying name (`UK-based research consultancy Analysys`, `London-born singer Jo Tate`); else null.
 */
function introducedAfterQualifier(source: string, candidates: readonly Candidate[], end: number): Candidate | null {
  const m = QUALIFIED_NOUN().exec(source.slice(end, end + 60))
  if (!m) return null
  const c = candidates[lowerBound(candidates, end + m[0].length)]
  return c && c.start === end + m[0].length && (c.type === 'person' || c.type === 'organization') ? c : null
}

/** Most role words before a name opening a sentence with no article (`Chief executive`, `Deputy party leader`). */
const TITLE_WORDS = 3

/**
 * The person named at the start of the sentence holding input offset `at` after role words alone, no article before
 * them, the first capitalised and the others in lower case (`Chief executive Jim Skinner attributed`, `Manager Tom
 * Hill described`), when a verb of its own (`verb`: a lower-case word that is no auxiliary) follows the name; else null.
 */
function titledSubject(doc: QuoteDocument, candidates: readonly Candidate[], at: number, verb: (end: number) => boolean): Candidate | null {
  const view = doc.blocks[blockAt(doc, at)]!
  const [s] = sentenceAround(view, indexIn(view, at))
  const x = candidates[lowerBound(candidates, offsetOf(view, s))]
  if (!x || x.start >= at || x.type !== 'person') return null
  const w = doc.words
  const tokens = view.tokens
  const a = firstTokenAt(tokens, s)
  const k = firstTokenAt(tokens, indexIn(view, x.start))
  if (k <= a || k - a > TITLE_WORDS || !charIs('upper', tokens[a]!.text)) return null
  for (let t = a; t < k; t++) {
    const token = tokens[t]!
    if (!isRoleWord(token.lower, w) || w.masculine.has(token.lower) || w.feminine.has(token.lower)) return null
    if (t > a && !charIs('lower', token.text)) return null
    if (!isSpaces(view.masked.slice(token.end, tokens[t + 1]?.start ?? token.end))) return null
  }
  return verb(x.end) ? x : null
}

/** A lower-case word after spaces, hyphens held (`co-chairman`). */
const HYPHENATED_WORD_AFTER = lazy('^[ \\u00a0]+(\\p{Ll}+(?:-\\p{Ll}+)*)(?![\\p{L}\\p{N}])', 'u')

/** Fewest words of a partial quote with no cue that the organisation opening its sentence is given (`bodySubject`). */
const BODY_QUOTE_WORDS = 3

/**
 * The organisation opening the sentence holding input offset `at` (`sentenceOpener`) as its subject, the verb `verb`
 * takes right after its name (which ends at input offset `end`, before `at`); else null. With `definite`, a definite
 * article at most comes before it (not `A Conservative election challenger`, where the name qualifies a noun).
 */
function bodySubject(
  doc: QuoteDocument,
  candidates: readonly Candidate[],
  at: number,
  definite: boolean,
  verb: (doc: QuoteDocument, view: QuoteBlock, end: number, at: number) => boolean,
): Candidate | null {
  const c = sentenceOpener(doc, candidates, at)
  if (!c || c.type !== 'organization' || c.entity === undefined) return null
  const view = doc.blocks[blockAt(doc, at)]!
  if (definite) {
    const [s] = sentenceAround(view, indexIn(view, at))
    const a = firstTokenAt(view.tokens, s)
    if (firstTokenAt(view.tokens, indexIn(view, c.start)) > a && !doc.words.definiteArticles.has(view.tokens[a]!.lower)) return null
  }
  return verb(doc, view, c.end, at) ? c : null
}

/** A body's noun in lower case right after a name (`party` of `the Labour party`). */
const BODY_NOUN_AFTER = lazy('^[ \\u00a0]+(\\p{Ll}+)(?![\\p{L}\\p{N}-])', 'u')

/**
 * The input offset where a body's noun (`organizationNouns`: `party`, `union`, `company`) written in lower case right after a
 * name ending at input offset `end` ends (`the Labour party`, whose name the entities step read as `Labour`); -1 when none does.
 */
function bodyNounAfter(source: string, end: number, w: CueWords): number {
  const m = BODY_NOUN_AFTER().exec(source.slice(end, end + 30))
  return m && w.organizationHeads.has(m[1]!) ? end + m[0].length : -1
}

/**
 * Whether a verb of saying, finding or judging comes right after a name ending at input offset `end`, auxiliaries aside,
 * and ends before `at` (`The National Audit Office warned that courses needed "creative" ideas`, `UKIP asserts that X
 * "has a duty"`; not `A Conservative election challenger is quitting`, `Newcastle boss X`). For `bodySubject`.
 */
function sayingVerbAfter(doc: QuoteDocument, view: QuoteBlock, end: number, at: number): boolean {
  const w = doc.words
  const tokens = view.tokens
  let k = firstTokenAt(tokens, indexIn(view, end))
  if (!isBlank(view.masked.slice(indexIn(view, end), tokens[k]?.start ?? 0), true)) return false
  while (k < tokens.length && w.auxiliaries.has(tokens[k]!.lower) && !w.pronouns.has(tokens[k]!.lower)) k++
  const verb = tokens[k]
  if (!verb || offsetOf(view, verb.end) > at || !isBlank(view.masked.slice(tokens[k - 1]!.end, verb.start), true)) return false
  return w.verbs.has(verb.lower) || w.findingVerbs.has(verb.lower) || w.objectVerbs.has(verb.lower)
}

/** How many words of a sentence are read for a source phrase (`Pour X,`, `Selon le ministre,`). */
const SOURCE_WORDS = 60
/** A colon ending the gap before a word (`Confinement : pour X`): the word opens a clause. */
const COLON_BEFORE = /:[ \t\u00a0]*$/
/** A complement in lower case ending a name, then a comma (` de cassation,`): a preposition then one or two words. */
const NAME_COMPLEMENT = lazy('^[ \\u00a0]+(\\p{Ll}+)[ \\u00a0]+\\p{Ll}+(?:[ \\u00a0]+\\p{Ll}+)?(?=[ \\u00a0]*,)', 'u')

/** A comma next, maybe after a label in brackets (`Pour Bruno Retailleau (LR), …`). */
const COMMA_AFTER_NAME = /^[ \u00a0]*(?:\([^()]{1,30}\)[ \u00a0]*)?,/

/**
 * The input offsets of the name a phrase opening the sentence holding input
 * offset `at` gives as its source: a cue phrase (`Selon`, `D'après`) or a
 * source preposition (`Pour`) before a name and a comma (`Pour Thierno Bocoum,
 * …`, `Selon le ministre Ibrahima Sall, …`, `Confinement : pour Bruno
 * Retailleau (LR), …` after a heading's colon), or of the stressed pronoun
 * of `sourcePronouns` after it (`Selon lui, …`), and whether the name comes
 * right after the phrase (not after a role). Null when the sentence opens with
 * none.
 */
function sourcePhrase(doc: QuoteDocument, at: number): [number, number, boolean, boolean] | null {
  const {view, s, a} = sentenceAt(doc, at)
  // (The answer is the sentence's: read once per sentence, not once per name in it.)
  let byView = sourcePhrases.get(doc)
  if (!byView) sourcePhrases.set(doc, (byView = new Map()))
  let bySentence = byView.get(view)
  if (!bySentence) byView.set(view, (bySentence = new Map()))
  let found = bySentence.get(s)
  if (found === undefined) bySentence.set(s, (found = sourcePhraseOf(doc, view, s, a)))
  return found
}

/** `sourcePhrase` of each sentence already read, by document, block and sentence start (the callers only read the tuples). */
const sourcePhrases = new WeakMap<QuoteDocument, Map<QuoteBlock, Map<number, [number, number, boolean, boolean] | null>>>()

/** `sourcePhrase` of the sentence of `view` starting at index `s`, whose first token is `a`. */
function sourcePhraseOf(doc: QuoteDocument, view: QuoteBlock, s: number, a: number): [number, number, boolean, boolean] | null {
  const w = doc.words
  const tokens = view.tokens
  const e = view.starts[sentenceIndexOf(view, s) + 1] ?? view.masked.length
  for (let k = a; k < tokens.length && tokens[k]!.start < e && k - a < SOURCE_WORDS; k++) {
    const t = tokens[k]!
    // Opening the sentence, after a connective (`Mais pour X,`) or after a heading's colon (`Confinement : pour X, …`).
    if (!(k === a || (k === a + 1 && w.sentenceConnectors.has(tokens[a]!.lower)) || COLON_BEFORE.test(view.masked.slice(tokens[k - 1]!.end, t.start)))) continue
    const n = sourceWordsAt(view, k, w)
    if (n === 0) continue
    const next = tokens[k + n]
    if (!next || next.start >= e || !isBlank(view.masked.slice(tokens[k + n - 1]!.end, next.start), true)) return null
    // `Selon lui, …`, `Pour elle, …`: a stressed pronoun and a comma (resolved by the caller).
    if (w.sourcePronouns.has(next.lower) && COMMA_AFTER_NAME.test(view.masked.slice(next.end, next.end + 2))) return [offsetOf(view, next.start), offsetOf(view, next.end), true, false]
    // A name (a role alone, `Pour le ministre,`, may stand for someone other than the person named last).
    const m = mentionAfter(view, tokens[k + n - 1]!.end, e, w, true)
    if (!m || m.kind !== 'name') return null
    // The phrase ends at the comma after the name (a party's label in brackets may come first: `Pour Bruno Retailleau (LR), …`),
    // or after a complement in lower case closing an organisation's name (`Pour la Cour de cassation, …`).
    let end = m.end
    if (!COMMA_AFTER_NAME.test(view.masked.slice(m.end, m.end + 40))) {
      const complement = NAME_COMPLEMENT().exec(view.masked.slice(m.end, m.end + 40))
      if (!complement || !w.prepositions.has(complement[1]!.toLowerCase())) return null
      end = m.end + complement[0].length
    }
    // Right after the phrase, or after a determiner alone (`Pour la Cour de cassation,`, not `Pour la députée LR,`).
    const after = w.determiners.has(next.lower) && !w.prepositions.has(next.lower) ? tokens[k + n + 1] : next
    return [offsetOf(view, m.start), offsetOf(view, end), m.start === next.start || m.start === after?.start, end !== m.end]
  }
  return null
}

/** Most words of a role a source phrase names (`Pour le député des Bouches-du-Rhône,`). */
const SOURCE_ROLE_WORDS = 8

/**
 * The input offsets of the role a source phrase opening the sentence of input offset `at` names, its determiner first
 * (`le député des Bouches-du-Rhône` of `Pour le député des Bouches-du-Rhône, …`, `Selon la ministre, …`): a cue phrase
 * or a source preposition, a determiner, a role word in lower case, then words up to a comma. Null otherwise.
 */
function roleSource(doc: QuoteDocument, at: number): [number, number] | null {
  const w = doc.words
  const {view, s, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  const e = view.starts[sentenceIndexOf(view, s) + 1] ?? view.masked.length
  let k = a
  if (k < tokens.length && w.sentenceConnectors.has(tokens[k]!.lower)) k++
  const t = tokens[k]
  if (!t || t.start >= e) return null
  const n = sourceWordsAt(view, k, w)
  if (n === 0) return null
  const d = tokens[k + n]
  // A determiner, glued to the role (`l’ancien ministre`) or before it (`le député`).
  const glued = d !== undefined && isElided(d.lower) && w.definiteArticles.has(d.lower.slice(0, 2))
  const r = glued ? d : tokens[k + n + 1]
  if (!d || !r || !(glued || w.determiners.has(d.lower)) || w.prepositions.has(d.lower)) return null
  const role = glued ? withoutElision(r.lower) : r.lower
  if (!charIs('lower', role) || !isRoleWord(role, w)) return null
  for (let j = k + n + (glued ? 0 : 1); j < tokens.length && tokens[j]!.start < e && j - k <= SOURCE_ROLE_WORDS; j++) {
    const next = tokens[j + 1]
    const gap = view.masked.slice(tokens[j]!.end, next ? next.start : e)
    if (/^[ \u00a0]*,/.test(gap)) return [offsetOf(view, d.start), offsetOf(view, tokens[j]!.end)]
    if (!isSpaces(gap)) return null
  }
  return null
}

/**
 * Whether a lower-case word that is neither a role nor a determiner stands right before index `i` of a block, with
 * no comma between: the name there completes a common noun (`Selon l'administration Trump,`: the administration is
 * the source, not Trump).
 */
function commonNounBefore(doc: QuoteDocument, view: QuoteBlock, i: number): boolean {
  const t = view.tokens[firstTokenAt(view.tokens, i) - 1]
  // Not a name in apposition (`Selon la porte-parole de l'exécutif américain, Karoline Leavitt,`).
  if (!t || !charIs('lower', t.text) || !isBlank(view.masked.slice(t.end, i), true)) return false
  const lower = withoutElision(t.lower)
  return !isRoleWord(lower, doc.words) && !doc.words.determiners.has(lower) && !doc.words.sourcePrepositions.has(lower) && !doc.words.cuePhrases.some((p) => p.includes(lower) || p.includes(t.lower))
}

/** Whether the lower-case word `t` is a definite determiner (`le`, `the`; not `un`, `a`). */
function definiteDeterminer(t: string, w: CueWords): boolean {
  return w.determiners.has(t) && !w.indefinites.has(t)
}

/** Most words between a role in the genitive and the voice it owns (`the prime minister's official spokesman`). */
const VOICE_QUALIFIERS = 2

/**
 * Whether the sentence holding input offset `at` opens, before it, with a definite role in the genitive and a voice role
 * it owns (`The prime minister's official spokesman`, `the minister's spokeswoman`): someone who speaks for a person, whom
 * the article leaves unnamed.
 */
function roleVoiceOpens(doc: QuoteDocument, at: number): boolean {
  const w = doc.words
  const {view, i, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  if (!tokens[a] || !definiteDeterminer(tokens[a]!.lower, w)) return false
  let k = a + 1
  for (; k < tokens.length && tokens[k]!.start < i && w.roleWords.has(tokens[k]!.lower); k++);
  const owner = tokens[k]
  const ending = owner && owner.start < i && k > a ? genitiveEnding(owner.lower, w.genitiveEndings) : undefined
  if (ending === undefined || !w.roleWords.has(owner!.lower.slice(0, -ending.length))) return false
  for (let j = k + 1; j < tokens.length && j <= k + 1 + VOICE_QUALIFIERS && tokens[j]!.start < i; j++) {
    if (!isBlank(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start), true)) return false
    if (w.voiceRoles.has(tokens[j]!.lower)) return true
    if (!charIs('lower', tokens[j]!.text)) return false
  }
  return false
}

/**
 * The offsets of a definite role that is the subject of the sentence holding
 * input offset `at`, before it: opening the sentence or right after a phrase
 * opening it and its comma (`En tombant sur la glace, l'animateur s'est …`,
 * `Le ministre a qualifié …`), else null.
 */
function roleSubject(doc: QuoteDocument, at: number, bodies = false): [number, number] | null {
  const w = doc.words
  const {view, i, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  let k = a
  const first = tokens[k]
  if (!first || first.start >= i) return null
  if (!definiteDeterminer(first.lower, w) && !/^l['’]/.test(first.lower)) {
    // After a phrase opening the sentence, up to its first comma.
    // The first comma within 200 characters (read once per quote: never further).
    const stop = Math.min(i, first.end + 200)
    let comma = first.end
    while (comma < stop && view.masked[comma] !== ',') comma++
    if (comma >= stop || PHRASE_BREAK.test(view.masked.slice(first.end, comma))) return null
    k = firstTokenAt(tokens, comma)
  }
  const t = tokens[k]
  if (!t || t.start >= i) return null
  // `l'animateur`, `le ministre`, `la chanteuse`.
  const elided = /^l['’]/.exec(t.lower)
  let end = -1
  if (elided && w.roleWords.has(t.lower.slice(elided[0].length))) end = k
  const next = tokens[k + 1]
  if (definiteDeterminer(t.lower, w) && next && next.start < i && w.roleWords.has(next.lower) && isBlank(view.masked.slice(t.end, next.start), true)) end = k + 1
  // With `bodies`, the noun of an organisation too (`La compagnie nationale a précisé que …, évoquant « … »`).
  if (end < 0 && bodies && ((elided && w.organizationHeads.has(t.lower.slice(elided[0].length))) || (definiteDeterminer(t.lower, w) && next && next.start < i && w.organizationHeads.has(next.lower) && isBlank(view.masked.slice(t.end, next.start), true)))) end = elided ? k : k + 1
  if (end < 0) return null
  // `The prime minister's spokesman`: a role in the genitive owns the subject, which is someone else.
  for (let j = end + 1; j <= end + 2 && j < tokens.length && tokens[j]!.start < i && isBlank(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start), true); j++) {
    const word = tokens[j]!.lower
    const ending = genitiveEnding(word, w.genitiveEndings)
    if (ending !== undefined) return w.roleWords.has(word.slice(0, -ending.length)) ? null : [offsetOf(view, t.start), offsetOf(view, tokens[end]!.end)]
    if (!w.roleWords.has(word)) break
  }
  // A name right after the role, or after its complement (`le docteur Jimmy Mohamed`, `le candidat d'extrême droite Romain Lopez`): that name.
  for (let j = end + 1; j <= end + 4 && j < tokens.length && tokens[j]!.start < i; j++) {
    const run = view.names[tokenAt(view.names, tokens[j]!.start)]
    // After a complement, only a full name (`du mouvement Générations` names an organisation).
    if (run && run.start < tokens[j]!.end) {
      if (j === end + 1 || run.words >= 2) return [offsetOf(view, run.start), offsetOf(view, run.end)]
      break
    }
    if (!charIs('lower', tokens[j]!.text) || /[,;:()]/.test(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start))) break
  }
  return [offsetOf(view, t.start), offsetOf(view, tokens[end]!.end)]
}

/**
 * Whether a verb follows index `j` of a block: an auxiliary or a speech verb,
 * after an acronym in brackets (`la Direction nationale … (DNCG) a prononcé`).
 */
function verbAfter(doc: QuoteDocument, view: QuoteBlock, j: number): boolean {
  const w = doc.words
  const gap = /^[\s\u00a0]*(?:\([^()]{1,20}\)[\s\u00a0]*)?/.exec(view.masked.slice(j, j + 30))![0]
  if (gap === '' || /,/.test(gap)) return false
  const t = view.tokens[firstTokenAt(view.tokens, j + gap.length)]
  if (!t || t.start !== j + gap.length) return false
  return subjectVerb(t.lower, w)
}

/** Whether a candidate stands in a complement: right after a preposition (`exploité par Senego`, `du Mouvement X`, `d'Amnesty`). */
function inComplement(c: Candidate, w: CueWords): boolean {
  return w.prepositions.has(c.before.replace(/['’]$/, ''))
}

/** Whether the organisation's name `body` holds the name `text` then an affiliation preposition (`Jane Holt of the UK Patent Office`). */
function affiliatedIn(body: string, text: string, w: CueWords): boolean {
  const lower = body.toLowerCase()
  const at = lower.indexOf(text.toLowerCase() + ' ')
  if (at < 0) return false
  const next = lower.slice(at + text.length + 1).split(' ')[0]!
  return w.affiliationPrepositions.has(next)
}

/** Most candidates read back for one ending at a given offset (names nested in a longer one start after it). */
const ENDING_REACH = 4

/** The person or organisation the entities step found whose mention ends at input offset `end`, else null. */
function entityEndingAt(candidates: readonly Candidate[], end: number): Candidate | null {
  for (let k = lowerBound(candidates, end) - 1, n = 0; k >= 0 && n < ENDING_REACH; k--, n++) {
    const c = candidates[k]!
    if (c.end === end && c.entity !== undefined && (c.type === 'person' || c.type === 'organization')) return c
  }
  return null
}

/**
 * What may stand between two names of a list: a comma or a coordinator, spaces (`X, Y`, `X et Y`). (Each run of spaces is
 * followed by what no space matches, so that a long run before another character fails in linear time.)
 */
const LIST_GAP = lazy('^[ \\u00a0]*(?:,[ \\u00a0]*)?(?:(\\p{L}+)[ \\u00a0]*)?$', 'u')

/** Most names of a list read back for the preposition that governs it. */
const LIST_NAMES = 6

/**
 * Whether candidate `k` stands in a complement: right after a preposition (`sa place à Amadou Ndiaye`), or listed
 * after a name that does (`à Jacques Chirac, Nicolas Sarkozy et François Hollande`).
 */
function inObject(candidates: readonly Candidate[], k: number, source: string, w: CueWords): boolean {
  for (let n = 0; n < LIST_NAMES && k >= 0; n++, k--) {
    const c = candidates[k]!
    if (inComplement(c, w)) return true
    const previous = candidates[k - 1]
    const gap = previous && previous.end <= c.start ? LIST_GAP().exec(source.slice(previous.end, c.start)) : null
    if (!gap || (gap[1] !== undefined && !w.coordinators.has(gap[1].toLowerCase()))) return false
  }
  return false
}

/** Most candidates read back for organisations named together (`coordinatedOrganizations`). */
const COORDINATED_REACH = 12

/**
 * The first of the organisations named together nearest before input offset `at` (`EADS` of `EADS and BAE Systems`):
 * organisation candidates joined by a coordinator (commas before it); else null. A few candidates read back at most.
 */
function coordinatedOrganizations(candidates: readonly Candidate[], at: number, source: string, w: CueWords): Candidate | null {
  for (let k = lowerBound(candidates, at) - 1, n = 0; k > 0 && n < COORDINATED_REACH; k--, n++) {
    const c = candidates[k]!
    const previous = candidates[k - 1]!
    if (c.type !== 'organization' || previous.type !== 'organization' || previous.end > c.start) continue
    const gap = LIST_GAP().exec(source.slice(previous.end, c.start))
    if (!gap || gap[1] === undefined || !w.coordinators.has(gap[1].toLowerCase())) continue
    let first = k - 1
    while (first > 0) {
      const before = candidates[first - 1]!
      const comma = before.type === 'organization' && before.end <= candidates[first]!.start ? LIST_GAP().exec(source.slice(before.end, candidates[first]!.start)) : null
      if (!comma || comma[1] !== undefined || !/,/.test(comma[0])) break
      first--
    }
    return candidates[first]!
  }
  return null
}

/** Fewest names in a list of people (`X, Y and Z`). */
const LIST_PEOPLE = 2

/**
 * The people of a list that the candidate starting at input offset `at` is in (`Garner, Darren Camp, Marlon Devin and
 * Mark Lewis`): person candidates joined by commas and a coordinator (the last gap holds one), opening no complement,
 * the list the subject of a verb right after it; else null.
 */
function personList(candidates: readonly Candidate[], at: number, source: string, w: CueWords): Candidate[] | null {
  const k = lowerBound(candidates, at)
  if (candidates[k]?.start !== at) return null
  // Whether candidates `j - 1` and `j` are joined as items of a list, and by a coordinator.
  const joined = (j: number): {coordinated: boolean} | null => {
    const previous = candidates[j - 1]
    const c = candidates[j]
    if (!previous || !c || previous.type !== 'person' || c.type !== 'person' || previous.end > c.start) return null
    const gap = LIST_GAP().exec(source.slice(previous.end, c.start))
    if (!gap) return null
    if (gap[1] === undefined) return /,/.test(gap[0]) ? {coordinated: false} : null
    return w.coordinators.has(gap[1].toLowerCase()) ? {coordinated: true} : null
  }
  let first = k
  while (first > 0 && joined(first)?.coordinated === false) first--
  let last = k
  while (last + 1 < candidates.length && joined(last + 1)?.coordinated === false) last++
  if (last + 1 < candidates.length && joined(last + 1)?.coordinated === true) last++
  else if (joined(last)?.coordinated !== true) return null
  if (last - first + 1 < LIST_PEOPLE) return null
  // The subject of a verb right after it (`have all been given`).
  const next = LOWER_WORD_AFTER().exec(source.slice(candidates[last]!.end, candidates[last]!.end + 30))?.[1] ?? ''
  if (!w.auxiliaries.has(next) && !w.verbs.has(next)) return null
  return candidates.slice(first, last + 1)
}

/** The nearest organisation named before input offset `at` in its sentence, not in a complement (`la Cnav n'a pas … « … », selon l'organisme`). */
function organizationInSentence(doc: QuoteDocument, candidates: readonly Candidate[], at: number): Speaker | null {
  const from = sentenceStartAt(doc, at)
  for (let k = lowerBound(candidates, at) - 1; k >= 0 && candidates[k]!.start >= from; k--) {
    const c = candidates[k]!
    // Not one in a complement (`exploité par Senego`).
    if (c.type === 'organization' && !inComplement(c, doc.words)) return named(c.name, c.entity)
  }
  return null
}

/**
 * The organisation that is a subject (not in a complement) in the sentence of
 * input offset `at`, before it, or in the sentence before that one (the last
 * of the block before, for a block's first sentence): the nearest, or null.
 */
function subjectOrganizationBefore(doc: QuoteDocument, candidates: readonly Candidate[], source: string, at: number, owners = false): Candidate | null {
  const b = blockAt(doc, at)
  const view = doc.blocks[b]!
  const k = sentenceIndexOf(view, indexIn(view, at))
  const previous = k > 0 ? view : b > 0 ? doc.blocks[b - 1]! : null
  // The block before's last sentence is the one holding its last character (`starts` also holds the block's end
  // when a stop closes it: no sentence starts there).
  const from = previous ? offsetOf(previous, previous.starts[k > 0 ? k - 1 : sentenceIndexOf(previous, Math.max(0, previous.masked.length - 1))]!) : offsetOf(view, view.starts[k]!)
  for (let j = lowerBound(candidates, at) - 1; j >= 0 && candidates[j]!.start >= from; j--) {
    const c = candidates[j]!
    if (c.start >= at || c.type !== 'organization' || inComplement(c, doc.words)) continue
    // (With `owners`, also the owner opening its sentence: `Harbour United's response comes …`.)
    if (!c.subject && !(owners && sentenceStartAt(doc, c.start) === c.start && VOICE_POSSESSIVE.test(source.slice(c.end, c.end + 3)))) continue
    // Not one qualifying a role (`SNP Holyrood leader Nicola Sturgeon said`).
    if (!isRoleWord((/^\s*(\S+)/.exec(source.slice(c.end, c.end + 40))?.[1] ?? '').toLowerCase(), doc.words)) return c
  }
  return null
}

/**
 * The organisation named last before input offset `at` (LOOK_BACK at most) with at least `words` words, one of them `head`
 * (`the Welsh Assembly Government` for `the government`, `Ministry of Communications` for `the ministry`); else undefined.
 */
function organizationNamedWith(candidates: readonly Candidate[], head: string, at: number, words: number): Candidate | undefined {
  for (let k = lowerBound(candidates, at) - 1; k >= 0 && at - candidates[k]!.start <= LOOK_BACK; k--) {
    const c = candidates[k]!
    if (c.start < at && c.type === 'organization' && c.words >= words && c.name.toLowerCase().split(/\s+/).includes(head)) return c
  }
  return undefined
}

/**
 * The organisation named first after input offset `at` (LOOK_BACK at most) with at least `words` words, one of them `head`
 * (`the Environmental Audit Committee` for `MPs` in the lead); else undefined.
 */
function organizationNamedAfter(candidates: readonly Candidate[], head: string, at: number, words: number): Candidate | undefined {
  for (let k = lowerBound(candidates, at); k < candidates.length && candidates[k]!.start - at <= LOOK_BACK; k++) {
    const c = candidates[k]!
    if (c.start >= at && c.type === 'organization' && c.words >= words && c.name.toLowerCase().split(/\s+/).includes(head)) return c
  }
  return undefined
}

/** Fewest words qualifying a body's noun for its description to be read as its name (`the environment select committee`). */
const DESCRIBED_BODY_QUALIFIERS = 2

/** Most words read after a described body's noun for its complement (`de la zone de défense et de sécurité du sud`). */
const BODY_COMPLEMENT_WORDS = 16

/**
 * The description in lower case of a body with noun `head` ending by input
 * offset `at` (LOOK_BACK × 2 before it at most), its words after the
 * determiner as written: the fullest with at least DESCRIBED_BODY_QUALIFIERS
 * words before the noun (`environment select committee`, `Commons education
 * select committee`), else, where the locale reads complements after the noun
 * (`bodyComplements`), the nearest with one (`parquet de Nice`, `préfecture de
 * police`, `armée iranienne`, `administration Trump`); null when there is none.
 */
function describedBody(doc: QuoteDocument, source: string, head: string, at: number, isAdjective: (lower: string) => boolean): string | null {
  const w = doc.words
  let best: [number, number, number] | null = null
  let nearest: [number, number] | null = null
  for (let b = blockAt(doc, at); b >= 0; b--) {
    const view = doc.blocks[b]!
    if (view.block.end < at - LOOK_BACK * 2) break
    const tokens = view.tokens
    for (let h = 0; h < tokens.length; h++) {
      const t = tokens[h]!
      if (offsetOf(view, t.end) > at) break
      if (t.lower === head) {
        const d = organizationNounEndingAt(view, 0, h, w)
        if (d >= 0 && h - d - 1 >= DESCRIBED_BODY_QUALIFIERS && !(best && h - d <= best[2])) best = [offsetOf(view, tokens[d + 1]!.start), offsetOf(view, t.end), h - d]
      }
      if (w.bodyComplements.size === 0 || withoutElision(t.lower) !== head) continue
      // After a determiner, or with one glued to it (`l’armée`).
      const glued = isElided(t.lower)
      if (!(glued ? w.determiners.has(t.lower.slice(0, 2)) : h > 0 && w.determiners.has(tokens[h - 1]!.lower))) continue
      const e = bodyComplementEnd(view, h, w, isAdjective)
      if (e > h) nearest = [offsetOf(view, t.start + (glued ? 2 : 0)), offsetOf(view, tokens[e]!.end)]
    }
    if (nearest) break
  }
  if (best) return source.slice(best[0], best[1])
  return nearest ? source.slice(nearest[0], nearest[1]) : null
}

/**
 * The index of the last token of the complement after a body's noun at token
 * `h` of `view`: adjectives right after the noun (`la police fédérale`), or a
 * name (`l’administration Trump`), then phrases opened by `bodyComplements`
 * (`de Nice`, `du 18e`, `de l’Agriculture`, `de police de Paris`); `h` when
 * there is none.
 */
function bodyComplementEnd(view: QuoteBlock, h: number, w: CueWords, isAdjective: (lower: string) => boolean): number {
  const tokens = view.tokens
  let end = h
  // After a preposition of the complement (and its determiner): a word is wanted.
  let open = false
  for (let j = h + 1; j < tokens.length && j - h <= BODY_COMPLEMENT_WORDS; j++) {
    const t = tokens[j]!
    if (!isSpaces(view.masked.slice(tokens[j - 1]!.end, t.start))) break
    const x = t.lower
    if (!open && w.bodyComplements.has(x)) {
      open = true
      continue
    }
    // `de défense et de sécurité`: a second complement joined to the first.
    if (!open && end === j - 1 && w.coordinators.has(x) && w.bodyComplements.has(tokens[j + 1]?.lower ?? '')) continue
    if (open && w.determiners.has(x)) continue
    if (isElided(x)) {
      // `d’Ahmedabad`, `de l’Agriculture`: a name after the elided preposition (not a verb: `d’organiser`), any word after the determiner.
      const prefix = x.slice(0, 2)
      if (!(w.bodyComplements.has(prefix) && charIs('upper', t.text, 2)) && !(open && w.determiners.has(prefix))) break
    } else if (open) {
      if (w.verbs.has(x) || w.pronouns.has(x) || w.clauseWords.has(x) || w.prepositions.has(x)) break
    } else if (end !== j - 1 || w.verbsAndAuxiliaries.has(x) || !(charIs('upper', t.text) ? end === h : isAdjective(x))) break
    end = j
    open = false
  }
  return end
}

/** Whether the candidate at input offset `from` is a subject in the sentence of `at` or the one before, in the same block. */
function subjectJustBefore(doc: QuoteDocument, candidates: readonly Candidate[], from: number, at: number): boolean {
  const c = candidates[lowerBound(candidates, from)]
  if (!c || c.start !== from || !c.subject) return false
  const b = blockAt(doc, at)
  if (blockAt(doc, from) !== b) return false
  const view = doc.blocks[b]!
  return sentenceIndexOf(view, indexIn(view, at)) - sentenceIndexOf(view, indexIn(view, from)) <= 2
}

/**
 * Whether `text` (at `at`–`end`, no entity) is one capitalised word that only
 * opens its sentence: a function word (`Selon`, `However`), or a word followed
 * by a preposition (`Face à ces accusations`, `Avant de raconter`) — never a
 * speaker.
 */
function openingWord(doc: QuoteDocument, text: string, at: number, end: number): boolean {
  if (/\s/.test(text.trim())) return false
  const lower = text.trim().toLowerCase()
  if (!charIs('upper', text.trim()) || doc.words.pronouns.has(lower)) return false
  if (doc.names.stopWords.has(lower) || doc.words.prepositions.has(lower)) return true
  const view = doc.blocks[blockAt(doc, at)]!
  const i = indexIn(view, at)
  const k = firstTokenAt(view.tokens, i)
  const [s] = sentenceAround(view, i)
  if (k !== firstTokenAt(view.tokens, s)) return false
  const next = view.tokens[firstTokenAt(view.tokens, indexIn(view, end))]
  return next !== undefined && isBlank(view.masked.slice(indexIn(view, end), next.start), true) && doc.words.prepositions.has(next.lower)
}

/**
 * The kind of a name the cue step gave as a subject (input offsets `start`–`end`, no person or organisation found there)
 * when it is of one that never speaks, else null: `place`, a place in a complement (`A Tunis, Mohamed-Amine espère`,
 * `Du côté de la Bourgogne, « … »`, `entre l'Iran et Israël`; not after `pour`, `selon` or an agent's `par`, which name
 * a source); `label`, a subheading's word set between dashes (`- Vulnérables -`) or a one-word label before a colon
 * (`Tabaski 2025 :`). (The caller reads only whether it is one.)
 */
function misfitName(source: string, w: CueWords, start: number, end: number, places: readonly MentionSpan[]): 'place' | 'label' | null {
  // A place mention inside the name (which may hold the preposition: `A Tunis`).
  const k = places.length > 0 ? lastAtMost(places, (p) => p.start.offset, end - 1) : -1
  const place = k >= 0 && places[k]!.start.offset < end && places[k]!.end.offset >= end ? places[k]! : null
  // The name is the place, a preposition at most before it (`A Tunis`), not a description completed by one (`la maire de Lille`).
  const lead = place ? source.slice(start, place.start.offset).trim() : ''
  if (place && (place.start.offset <= start || (!/\s/.test(lead) && isPreposition(lead, w)))) {
    // The words before the place, back to a preposition: determiners only (`de la`, `entre l'`).
    const words = source.slice(Math.max(0, place.start.offset - MISFIT_REACH), place.start.offset).split(/[\s\u00a0]+|(?<=['’])/)
    for (let i = words.length - 1, n = 0; i >= 0 && n < 3; i--) {
      // A subheading's dash glued before the word (`-A Tunis`) is no part of it.
      const x = words[i]!.replace(/^[-–—]+/, '')
      if (x === '') continue
      n++
      const lower = x.toLowerCase()
      if (w.determiners.has(lower) || w.determiners.has(lower.replace(/[’]/g, "'"))) continue
      return isPreposition(x, w) && !w.sourcePrepositions.has(lower) && !w.agentMarkers.has(lower) ? 'place' : null
    }
    // (Nothing before the place: it may be a label, `Agen : une élue … estime`.)
    return PLACE_LABEL().test(source.slice(end, end + 12)) && !/\s/.test(source.slice(start, end).trim()) ? 'label' : null
  }
  if (/\s/.test(source.slice(start, end).trim())) return null
  // A word between dashes opening a line or following a sentence's end (`coronavirus.- Vulnérables -Pour X`).
  if (MISFIT_DASH_BEFORE().test(source.slice(Math.max(0, start - 4), start)) && /^[ \t]+-/.test(source.slice(end, end + 3))) return 'label'
  // A one-word label, a number at most after it, before a colon (`Tabaski 2025 : Bougane alerte`).
  return /^[ \t\u00a0]*(?:\d+[ \t\u00a0]*)?:/.test(source.slice(end, end + 12)) ? 'label' : null
}

/** Most words read back from a place for the subject relative whose clause holds it (`qui habite désormais`). */
const RELATIVE_PLACE_WORDS = 4

/**
 * Whether the place named at input offset `at` is in a subject relative
 * clause, a lower-case word other than a determiner right before it: the
 * object of that clause's verb, not the subject of the verb after it (`cet
 * ancien chauffeur qui habite désormais Corbeil a déclaré …`).
 */
function placeInRelative(doc: QuoteDocument, at: number): boolean {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const i = indexIn(view, at)
  const k = firstTokenAt(view.tokens, i)
  const before = view.tokens[k - 1]
  // (The place's token opens at it: not a name inside an elided word, `l’Israel` read with a locale that does not split it.)
  if (view.tokens[k]?.start !== i || !before || !charIs('lower', before.text) || w.determiners.has(before.lower) || !isSpaces(view.masked.slice(before.end, i))) return false
  for (let j = k - 2; j >= 0 && j >= k - 1 - RELATIVE_PLACE_WORDS; j--) {
    const t = view.tokens[j]!
    if (/[,;:.!?«»"“”()]/.test(view.masked.slice(t.end, view.tokens[j + 1]!.start))) return false
    if (w.subjectRelatives.has(t.lower)) return true
  }
  return false
}

/** Whether `word` is a preposition, a capital at its start having dropped an accent (`A Tunis` for `À Tunis`). */
function isPreposition(word: string, w: CueWords): boolean {
  const lower = word.toLowerCase()
  if (w.prepositions.has(lower)) return true
  if (!charIs('upper', word)) return false
  let unaccented = unaccentedPrepositions.get(w)
  if (!unaccented) {
    unaccented = new Set()
    for (const p of w.prepositions) {
      const bare = fold(p)
      if (p[0] !== bare[0]) unaccented.add(bare)
    }
    unaccentedPrepositions.set(w, unaccented)
  }
  return unaccented.has(fold(lower))
}

/** Per locale's words, the folded prepositions whose first letter folding drops an accent of (`à` → `a`), built on first use. */
const unaccentedPrepositions = new WeakMap<CueWords, Set<string>>()

/**
 * Where the subject may start after a name of the wrong kind ending at input offset `end`: after the comma closing a
 * place's complement (`A Tunis,`) or the dash closing a subheading, and a source preposition opening the sentence
 * (`- Vulnérables -Pour X`).
 */
function misfitEnd(source: string, end: number, w: CueWords): number {
  const mark = /^[ \t\u00a0]*[,-][ \t\u00a0]*/.exec(source.slice(end, end + 6))
  const from = mark ? end + mark[0].length : end
  const word = /^(\p{L}+)[ \u00a0]+/u.exec(source.slice(from, from + 12))
  return word && w.sourcePrepositions.has(word[1]!.toLowerCase()) ? from + word[0].length : from
}

/**
 * The person or organisation named right after input offset `from` (spaces only between), ending before `to`: the
 * subject after a complement that opens the sentence.
 */
function subjectAfter(source: string, candidates: readonly Candidate[], from: number, to: number): Candidate | null {
  const c = candidates[lowerBound(candidates, from)]
  if (!c || c.end > to || (c.type !== 'person' && c.type !== 'organization') || !isSpaces(source.slice(from, c.start))) return null
  return c
}

/** Most characters of the clause after a quote and its colon read for the quote's speaker. */
const COLON_CLAUSE_CHARS = 160

/** Most names read in that clause. */
const COLON_CLAUSE_NAMES = 3

/**
 * The speaker of a direct quote at input offsets `start`–`end` with no cue, after the headline (which ends at
 * `bodyStart`), that opens its paragraph and is followed by a colon (`« … » : dans une lettre datée de jeudi, le
 * président X a répondu …`): the first person or organisation named in the clause after the colon, before that
 * clause's end, with a verb of its own right after it and in no complement; else null.
 */
function colonClauseSubject(doc: QuoteDocument, candidates: readonly Candidate[], start: number, end: number, bodyStart: number): Candidate | null {
  if (start < bodyStart) return null
  const b = blockAt(doc, start)
  const view = doc.blocks[b]!
  const i = indexIn(view, start)
  if (!/^[\s«“"„‘']*$/.test(view.block.text.slice(0, Math.max(0, i - 1)))) return null
  const j = indexIn(view, end)
  const colon = /^[\s»”"’']*:[ \u00a0]*/.exec(view.masked.slice(j, j + 8))
  if (!colon) return null
  const from = j + colon[0].length
  const stop = /[.!?;«»“”"]/.exec(view.masked.slice(from, from + COLON_CLAUSE_CHARS))
  const to = from + (stop ? stop.index : COLON_CLAUSE_CHARS)
  for (let k = lowerBound(candidates, offsetOf(view, from)), n = 0; k < candidates.length && n < COLON_CLAUSE_NAMES; k++, n++) {
    const c = candidates[k]!
    if (c.end > offsetOf(view, to) || blockAt(doc, c.start) !== b) break
    if (inComplement(c, doc.words)) continue
    if ((c.type === 'person' || c.type === 'organization') && (verbAfter(doc, view, indexIn(view, c.end)) || elidedVerbAfter(view, indexIn(view, c.end), doc.words))) return c
  }
  return null
}

/** A word elided onto a verb (`n'a` of `n'a pu`, `l'a` of `l'a dit`), the verb. */
const ELIDED_VERB = lazy("^\\p{L}{1,3}['’](\\p{L}+)$", 'u')

/** Whether the word right after index `j` of a block (spaces between) is a verb with a word elided onto it (`n'a`). */
function elidedVerbAfter(view: QuoteBlock, j: number, w: CueWords): boolean {
  const t = view.tokens[firstTokenAt(view.tokens, j)]
  if (!t || !isSpaces(view.masked.slice(j, t.start))) return false
  const m = ELIDED_VERB().exec(t.lower)
  return m !== null && subjectVerb(m[1]!, w)
}

/** Most characters read back from a place for the preposition governing it. */
const MISFIT_REACH = 24

/** A dash opening a subheading: at a line start or after a sentence's end, then a space. */
const MISFIT_DASH_BEFORE = lazy('(?:^|[\\n.!?»"”])[ \\t]*-[ \\t]+$', '')

/** Most words between a determiner and the voice it opens (`A Department for Constitutional Affairs spokeswoman`). */
const VOICE_REACH = 5

/** Most words from an indefinite determiner to a voice role when the words between are those of one name. */
const VOICE_NAME_REACH = 8

/**
 * An unnamed newcomer who speaks between input offsets `from` and `to`: an
 * indefinite determiner, a role within three words, then a speech verb within
 * four (`un porte-parole de la SNCF a indiqué`, `A Labour spokesman later
 * said`), a voice role within five (`A Department for Constitutional Affairs
 * spokeswoman said`). With `voices`, any determiner before a voice role right
 * before its verb (`The BBC spokeswoman said`). The offsets of the determiner
 * and role, or null.
 */
function indefiniteSubject(doc: QuoteDocument, from: number, to: number, voices = false): {start: number; end: number} | null {
  const w = doc.words
  if (w.indefinites.size === 0 || to <= from) return null
  const first = blockAt(doc, Math.max(0, from))
  const last = blockAt(doc, to)
  let found: {start: number; end: number} | null = null
  for (let b = first; b <= last; b++) {
    const view = doc.blocks[b]!
    const i0 = b === first ? indexIn(view, Math.max(0, from)) : 0
    const i1 = b === last ? indexIn(view, to) : view.masked.length
    const tokens = view.tokens
    for (let k = firstTokenAt(tokens, i0); k < tokens.length && tokens[k]!.start < i1; k++) {
      const lower = tokens[k]!.lower
      if (voices ? !w.determiners.has(lower) || w.prepositions.has(lower) : !w.indefinites.has(lower)) continue
      let role = -1
      // Whether the words read so far after the determiner are all words of a name (`Department for Work and Pensions`).
      let naming = true
      for (let j = k + 1; j < tokens.length && j <= k + VOICE_NAME_REACH; j++) {
        if (/[,;:.!?()]/.test(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start))) break
        // A voice may be qualified by a longer name (`A Department for Constitutional Affairs spokeswoman`); past
        // `VOICE_REACH` words, only by the words of one name (`A Department for Work and Pensions spokeswoman`).
        if ((j <= k + VOICE_REACH || naming) && w.roleWords.has(tokens[j]!.lower) && (voices ? w.voiceRoles.has(tokens[j]!.lower) : j <= k + 3 || w.voiceRoles.has(tokens[j]!.lower))) role = j
        const t = tokens[j]!
        naming &&= charIs('upper', t.text) || w.prepositions.has(t.lower) || w.coordinators.has(t.lower)
      }
      if (role < 0) continue
      // The verb, after the role's complement (`de la SNCF`) and auxiliaries (`later`, `a`).
      let spoke = false
      for (let v = role + 1; v < tokens.length && v <= role + 7 && tokens[v]!.start < i1; v++) {
        if (/[,;:.!?()]/.test(view.masked.slice(tokens[v - 1]!.end, tokens[v]!.start))) break
        const t = tokens[v]!
        if (isVerbAt(view, v, w)) {
          found = {start: offsetOf(view, tokens[k]!.start), end: offsetOf(view, tokens[voices ? role : v - 1]!.end)}
          spoke = true
          break
        }
        // Not a voice named right after its role (`The Liberal Democrats' economics spokesman Vincent Cable said`).
        if (voices && v === role + 1 && charIs('upper', t.text)) break
        if (!w.auxiliaries.has(t.lower) && !w.prepositions.has(t.lower) && !w.determiners.has(t.lower) && !charIs('upper', t.text)) break
      }
      // With no speech verb, a voice opening its sentence is still its subject (`But a spokesman for the Home Office
      // defended the proposals.`, `A spokesman for distributor Toho said`): up to a mark, a speech verb or its seventh word.
      if (!spoke && !voices && w.voiceRoles.has(tokens[role]!.lower) && (opensSentence(doc, view, k) || afterCuePhrase(view, k, w))) {
        let v = role + 1
        while (v < tokens.length && v <= role + 7 && tokens[v]!.start < i1 && !/[,;:.!?()]/.test(view.masked.slice(tokens[v - 1]!.end, tokens[v]!.start)) && !isVerbAt(view, v, w)) v++
        found = {start: offsetOf(view, tokens[k]!.start), end: offsetOf(view, tokens[v - 1]!.end)}
      }
    }
  }
  return found
}

/**
 * A definite voice of a person (a voice role that is also a person's role: `spokesman`, not `statement`) that speaks
 * between input offsets `from` and `to` as the subject of its sentence (`The prime minister's official spokesman said`),
 * the offsets of its determiner and role; else null.
 */
function personVoiceBetween(doc: QuoteDocument, source: string, from: number, to: number): {start: number; end: number} | null {
  const voice = indefiniteSubject(doc, from, to, true)
  if (!voice) return null
  const w = doc.words
  const text = source.slice(voice.start, voice.end).toLowerCase()
  const role = text.slice(text.search(/\S+$/))
  return w.voiceRoles.has(role) && w.roleWords.has(role) ? voice : null
}

/** Where the word after the first word in the genitive between input offsets `from` and `to` starts (`official` of
 * `The prime minister's official spokesman`), or -1. */
function afterGenitive(source: string, from: number, to: number, w: CueWords): number {
  const words = /\S+\s+/g
  const text = source.slice(from, to)
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (genitiveEnding(m[0].trimEnd(), w.genitiveEndings) !== undefined) return from + m.index + m[0].length
  }
  return -1
}

/** Whether a cue phrase (`according to`, `selon`) ends right before token `k` of `view`, white space between. */
function afterCuePhrase(view: QuoteBlock, k: number, w: CueWords): boolean {
  for (let n = 1; n <= 3 && k - n >= 0; n++) if (cuePhraseAt(view, k - n, w) === n) return isSpaces(view.masked.slice(view.tokens[k - 1]!.end, view.tokens[k]!.start))
  return false
}

/** Whether token `k` of `view` opens its sentence, after two connectors at most (`But a spokesman …`). */
function opensSentence(doc: QuoteDocument, view: QuoteBlock, k: number): boolean {
  const a = firstTokenAt(view.tokens, sentenceAround(view, view.tokens[k]!.start)[0])
  for (let t = a; t < k; t++) if (t - a >= 2 || !doc.words.sentenceConnectors.has(view.tokens[t]!.lower)) return false
  return true
}

/** Candidates with two or more capitalised words, by their initials (`Bradford & Bingley` → `BB`). */
function acronymExpansions(candidates: readonly Candidate[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>()
  for (const c of candidates) {
    if (c.type === 'person' || c.type === 'location') continue
    const words = c.name.split(/[\s&]+/).filter((x) => charIs('upper', x))
    if (words.length < 2 || words.length > 8 || words.every((x) => allAre('upper', x))) continue
    const key = words.map((x) => x[0]).join('')
    const best = out.get(key)
    if (!best || (!best.entity && c.entity)) out.set(key, c)
  }
  return out
}

/** Most words of an acronym's expansion in brackets. */
const SPELLED_WORDS = 14

/** Whether a word is a function word an acronym skips (`des`, `et`, `pour`, `l’`; `of`, `and`). */
function skippedByAcronym(lower: string, w: CueWords): boolean {
  return w.prepositions.has(lower) || w.determiners.has(lower) || w.coordinators.has(lower) || w.clauseWords.has(lower)
}

/** The initials of the words of `words` an acronym keeps (`l’amitié` → `a`), lower case. */
function initialsOf(words: readonly string[], w: CueWords): string {
  let out = ''
  for (const x of words) {
    const lower = withoutElision(x.toLowerCase())
    if (lower === '' || skippedByAcronym(lower, w)) continue
    // Without its accent (`éditeurs` → `e`).
    out += lower[0]!.normalize('NFD')[0]
  }
  return out
}

/**
 * The expansion an article writes in brackets beside an acronym, after it (`la Sacem (société des auteurs,
 * compositeurs et éditeurs de musique)`, `le Mrap (Mouvement contre le racisme et pour l'amitié entre les peuples)`)
 * or before it (`le Syndicat des musiques actuelles (Sma)`): the words whose initials, function words aside, spell the
 * acronym; null when the article gives none.
 */
function spelledOut(acronym: string, source: string, w: CueWords): string | null {
  const letters = acronym.toLowerCase()
  for (let at = source.indexOf(acronym); at >= 0; at = source.indexOf(acronym, at + 1)) {
    const end = at + acronym.length
    if (!wholeWordAt(source, at, end)) continue
    // `X (expansion)`.
    const after = SPELLED_AFTER().exec(source.slice(end, end + 200))
    if (after) {
      const words = after[1]!.split(/[\s,]+/).filter((x) => x !== '')
      if (words.length <= SPELLED_WORDS && initialsOf(words, w) === letters) return after[1]!.replace(/\s+/g, ' ').trim()
    }
    // `expansion (X)`: the shortest run of words before the bracket opening with a capital.
    if (source[at - 1] === '(' && source[end] === ')') {
      const found = spelledBefore(letters, source, at - 1, w)
      if (found) return found
    }
  }
  return null
}

/**
 * The expansion an article writes right before the bracket opening at `bracket` whose initials, function words aside,
 * spell `letters` (an acronym in lower case): the shortest run of words opening with a capital (`le Syndicat des
 * musiques actuelles (Sma)`), or a description after its definite article (`le parquet national antiterroriste (Pnat)`);
 * else null.
 */
function spelledBefore(letters: string, source: string, bracket: number, w: CueWords): string | null {
  const before = source.slice(Math.max(0, bracket - 200), bracket).trimEnd()
  const words = before.split(/\s+/)
  for (let k = words.length - 1; k >= 0 && words.length - k <= SPELLED_WORDS; k--) {
    const run = words.slice(k)
    const initials = initialsOf(run, w)
    if (initials.length > letters.length) break
    // Without an elided article glued to its first word (`l’Union des …`).
    const first = run[0]!.slice(run[0]!.length - withoutElision(run[0]!.toLowerCase()).length)
    if (initials === letters && charIs('upper', first)) return [first, ...run.slice(1)].join(' ')
    // `le parquet national antiterroriste (Pnat)`: a description in lower case after its definite article, the
    // acronym's last letters taken from inside its last word.
    const article = run[0] !== first ? run[0]!.slice(0, run[0]!.length - first.length) : k > 0 ? words[k - 1]! : ''
    if (charIs('lower', first) && w.definiteArticles.has(article.toLowerCase()) && insideLast(run, initials, letters)) return [first, ...run.slice(1)].join(' ')
  }
  return translatedBefore(letters, words, w)
}

/**
 * An expansion before the bracket in the article's language of an acronym taken from another (`les Centres de
 * prévention et de lutte contre les maladies (CDC)`): the words after the nearest definite determiner (`les`, `l’`, no
 * indefinite or possessive one) before it, the first capitalised with the acronym's first letter, the others in lower case or function words, no
 * punctuation; else null.
 */
function translatedBefore(letters: string, words: readonly string[], w: CueWords): string | null {
  for (let k = words.length - 1; k >= 1 && words.length - k <= SPELLED_WORDS; k--) {
    const x = words[k]!
    if (/[,;:.!?«»"“”()]/.test(x)) return null
    const first = x.slice(x.length - withoutElision(x.toLowerCase()).length)
    const article = first !== x ? x.slice(0, x.length - first.length) : words[k - 1]!
    if (!charIs('upper', first)) continue
    // Another capitalised word inside the run is another name's, not a translated one's.
    const a = article.toLowerCase()
    if (!w.definiteArticles.has(a) && !(w.determiners.has(a) && !w.indefinites.has(a) && !w.possessiveDeterminers.has(a))) return null
    if (first[0]!.toLowerCase().normalize('NFD')[0] !== letters[0] || words.length - k < 2) return null
    return [first, ...words.slice(k + 1)].join(' ')
  }
  return null
}

/**
 * The expansion an article writes before an acronym given with a place after a hyphen, in brackets (`le Parti de
 * l’Indépendance et du Travail (PIT-Sénégal)`): for the name `name` (`PIT-Sénégal`), the words before the bracket that
 * spell its acronym; else null.
 */
function spelledWithPlace(name: string, source: string, w: CueWords): string | null {
  const m = ACRONYM_WITH_PLACE().exec(name)
  if (!m) return null
  const at = source.indexOf(`(${name})`)
  return at < 0 ? null : spelledBefore(m[1]!.toLowerCase(), source, at, w)
}

/** An acronym, a hyphen, then a capitalised word (`PIT-Sénégal`, `APR-Yakaar`). */
const ACRONYM_WITH_PLACE = lazy('^(\\p{Lu}{2,6})-\\p{Lu}\\p{Ll}+$', 'u')

/**
 * Whether `letters`, an acronym in lower case, is `initials` (those of the words `run`) then at most two letters read in
 * order inside the last word after its first (`pnat` of `parquet national antiterroriste`).
 */
function insideLast(run: readonly string[], initials: string, letters: string): boolean {
  if (initials.length < 2 || !letters.startsWith(initials)) return false
  const rest = letters.slice(initials.length)
  if (rest.length === 0 || rest.length > 2) return rest.length === 0
  const last = run[run.length - 1]!.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')
  let at = 1
  for (const x of rest) {
    at = last.indexOf(x, at) + 1
    if (at === 0) return false
  }
  return true
}

/** The words of `source` shaped like an acronym (see `BRACKETED_ACRONYM`) right before an opening bracket or a closing one. */
function wordsBesideBrackets(source: string): Set<string> {
  const words = new Set<string>()
  const found = ACRONYM_BESIDE_BRACKET()
  found.lastIndex = 0
  for (let m = found.exec(source); m; m = found.exec(source)) words.add(m[1]!)
  return words
}

/** A one-word acronym right before `(` (spaces allowed) or `)`, not inside a longer word. */
const ACRONYM_BESIDE_BRACKET = lazy('(?<![\\p{L}])(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,5})(?:[ \\u00a0]*\\(|\\))', 'gu')

/** An acronym an article may spell out in brackets: one capitalised word of two to six letters (`Sacem`, `MRAP`). */
const BRACKETED_ACRONYM = lazy('^\\p{Lu}[\\p{Lu}\\p{Ll}]{1,5}$', 'u')

/** A one-word acronym before a bracket (`Mrap (`), not inside a longer word. */
const ACRONYM_BEFORE_BRACKET = lazy('(?<![\\p{L}])(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,5})[ \\u00a0]*\\(', 'gu')

/** A complement of a body's name after it: a preposition (maybe elided), then capitalised words (` des Autonomes`). */
const BODY_COMPLEMENT = lazy("^[ \\u00a0]+(\\p{L}+['’]?)[ \\u00a0]*(\\p{Lu}[\\p{L}-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}-]+){0,3})(?![\\p{L}\\p{N}])", 'u')

/** Most characters of a body's complement read after its cut name. */
const BODY_COMPLEMENT_CHARS = 60

/** A name of one capitalised word (`Conseil`). */
const ONE_WORD_NAME = lazy('^\\p{Lu}\\p{Ll}+$', 'u')

/** Most acronyms before a bracket read in one article. */
const MAX_BRACKETED = 20

/** An expansion in brackets right after an acronym: ` (words)`. */
const SPELLED_AFTER = lazy('^[ \\u00a0]*\\(([^()]{5,160})\\)', 'u')

/** Index of the sentence of `view` that holds index `i` (`sentenceIndex` over its starts). */
function sentenceIndexOf(view: QuoteBlock, i: number): number {
  return sentenceIndex(view.starts, i)
}

/** The organisation nouns of a locale's cue words, as a set and with a space after each (built once per locale). */
const organizationNounSets = new WeakMap<CueWords, {whole: ReadonlySet<string>; heads: readonly string[]}>()

/** One word: letters, digits and hyphens. */
const WORD = lazy('^[\\p{L}\\p{N}-]+$', 'u')

function isOrganizationNoun(lower: string, doc: QuoteDocument): boolean {
  let found = organizationNounSets.get(doc.words)
  if (!found) {
    const phrases = doc.words.organizationPhrases
    organizationNounSets.set(doc.words, (found = {whole: new Set(phrases), heads: phrases.map((n) => n + ' ')}))
  }
  if (found.whole.has(lower)) return true
  for (const head of found.heads) if (lower.startsWith(head)) return true
  // Qualified (`the former monopoly`, `the environment select committee`).
  const w = doc.words
  const parts = lower.split(/\s+/)
  if (parts.length < 3 || parts.length > w.organizationNounQualifiers + 2 || !w.organizationDeterminers.get(parts[parts.length - 1]!)?.has(parts[0]!)) return false
  for (let k = 1; k < parts.length - 1; k++) {
    const x = parts[k]!
    if (w.verbs.has(x) || w.auxiliaries.has(x) || w.prepositions.has(x) || w.determiners.has(x) || w.pronouns.has(x) || w.clauseWords.has(x) || !WORD().test(x)) return false
  }
  return true
}

/**
 * The block holding input offset `at`, the index of `at` in it, and the start
 * of the sentence around it: its index `s` and its first token `a`.
 */
function sentenceAt(doc: QuoteDocument, at: number): {view: QuoteBlock; i: number; s: number; a: number} {
  const view = doc.blocks[blockAt(doc, at)]!
  const i = indexIn(view, at)
  const [s] = sentenceAround(view, i)
  return {view, i, s, a: firstTokenAt(view.tokens, s)}
}

/** Index of the block holding input offset `at` (the nearest block before it). */
function blockAt(doc: QuoteDocument, at: number): number {
  return lastAtMost(doc.blocks, (b) => b.block.start, at)
}

/** Index in the block's text of input offset `at`. */
function indexIn(view: QuoteBlock, at: number): number {
  const segs = view.block.segments
  for (let k = segs.length - 1; k >= 0; k--) {
    const s = segs[k]!
    if (s.source <= at) return s.at + Math.min(s.length, at - s.source)
  }
  return 0
}

/** Input offset where the sentence holding input offset `at` starts. */
function sentenceStartAt(doc: QuoteDocument, at: number): number {
  const view = doc.blocks[blockAt(doc, at)]!
  return offsetOf(view, sentenceAround(view, indexIn(view, at))[0])
}

/** Input offset of index `i` of a block's text. */
function offsetOf(view: QuoteBlock, i: number): number {
  const segs = view.block.segments
  for (let k = segs.length - 1; k >= 0; k--) {
    const s = segs[k]!
    if (s.at <= i) return s.exact ? s.source + Math.min(s.length, i - s.at) : s.source
  }
  return view.block.start
}

/**
 * Whether token `k` of a block comes right after the phrase that opens its
 * sentence (from `s`, token `a`): a preposition, a clause marker or a
 * participle, up to the first comma (`In Wednesday's Budget, Mr Brown
 * doubled …`, `Defending the plans, he …`); a title may come between.
 */
function afterOpening(doc: QuoteDocument, view: QuoteBlock, s: number, a: number, k: number): boolean {
  const w = doc.words
  const tokens = view.tokens
  const first = tokens[a]
  if (!first || !tokens[k] || k - a < 2) return false
  // `Suite à la polémique, TF1 a …`, `Face à la crise, X …`: a word then a preposition opens a phrase as one preposition does.
  const compound = w.prepositions.has(tokens[a + 1]?.lower ?? '') && isSpaces(view.masked.slice(first.end, tokens[a + 1]!.start))
  if (!w.prepositions.has(first.lower) && !compound && !w.sharedSubjectMarkers.includes(first.lower) && !isParticiple(first.lower, w) && !pastParticipleOpening(view, a, w)) return false
  const comma = commaBefore(view.masked, first.end, tokens[k]!.start)
  if (comma < 0 || PHRASE_BREAK_OR_BRACKET.test(view.masked.slice(s, comma))) return false
  const next = firstTokenAt(tokens, comma)
  return next === k || (next === k - 1 && (w.roleWords.has(tokens[next]!.lower) || doc.names.roles.has(tokens[next]!.lower)) && isBlank(view.masked.slice(tokens[next]!.end, tokens[k]!.start), true))
}

/** The offset of the first comma of `text` from offset `from` and before offset `to` (where an opening phrase ends); -1 when none. */
function commaBefore(text: string, from: number, to: number): number {
  for (let c = from; c < to; c++) if (text[c] === ',') return c
  return -1
}

/**
 * Whether token `a`, opening its sentence, is a past participle opening a
 * phrase (`Interrogé jeudi sur RTL, Olivier Véran a …`, `Interpellée sur ce
 * point, Agnès Buzyn a …`): a word of at least five letters with an ending of
 * `pastParticipleEndings` (French `é`, `ée`: not `Réunie`, `Élu`), followed
 * by a lower-case word (not a name: `René Dupont`).
 */
function pastParticipleOpening(view: QuoteBlock, a: number, w: CueWords): boolean {
  const first = view.tokens[a]!
  const next = view.tokens[a + 1]
  return first.lower.length >= 5 && w.pastParticipleEndings.some((e) => first.lower.endsWith(e)) && next !== undefined && charIs('lower', next.text) && isBlank(view.masked.slice(first.end, next.start), true)
}

/**
 * Whether the name at offset `i` of a block completes an affiliation of the name before it: an affiliation
 * preposition (`of`, `from`, `at`), maybe a determiner after it, between the two (`Jo Bell of BNP Paribas`, `Dan Ross
 * from the FDA`).
 */
function affiliationAfterName(doc: QuoteDocument, view: QuoteBlock, i: number): boolean {
  const w = doc.words
  let k = firstTokenAt(view.tokens, i) - 1
  if (k >= 0 && w.determiners.has(view.tokens[k]!.lower) && !w.prepositions.has(view.tokens[k]!.lower)) k--
  if (k < 1 || !w.affiliationPrepositions.has(view.tokens[k]!.lower)) return false
  if (!isSpaces(view.masked.slice(view.tokens[k - 1]!.end, view.tokens[k]!.start))) return false
  return nameEndingAt(view, view.tokens[k - 1]!.end) !== undefined
}

/** Most sentences `roleSubjectBetween` reads back from a pronoun. */
const ROLE_SUBJECT_SENTENCES = 3

/**
 * The definite role that is the subject of a sentence after input offset `from` and before `at` (the sentence
 * holding `at` included), as `roleSubject` reads one: after a phrase opening the sentence and its comma, or with a
 * complement (`Dans une publication sur son compte, le président de l'Assemblée nationale a salué …`), the nearest
 * first, in the block of `at` or the one before; null when none, or when a sentence read starts at `from` or before.
 */
function roleSubjectBetween(doc: QuoteDocument, from: number, at: number): [number, number] | null {
  const first = blockAt(doc, from)
  let b = blockAt(doc, at)
  if (b - first > 1) return null
  let view = doc.blocks[b]!
  let i = indexIn(view, at)
  for (let step = 0; step < ROLE_SUBJECT_SENTENCES; step++) {
    const [s] = sentenceAround(view, i)
    if (offsetOf(view, s) <= from) return null
    const role = roleSubject(doc, offsetOf(view, i))
    if (role && role[0] > from) return role
    if (s > 0) i = s - 1
    else {
      if (b <= first) return null
      view = doc.blocks[--b]!
      i = Math.max(0, view.masked.trimEnd().length - 1)
    }
  }
  return null
}

/**
 * The definite role that is the subject opening a sentence of the block after input offset `from` and before `at`
 * (the sentence holding `at` included), the nearest first: `But the Tory leader argued`, `The minister said` (a
 * connective may open the sentence; a role phrase of at most four words, ending with a role word and followed by a
 * lower-case word that is no preposition, determiner or clause word). Null when none.
 */
function roleOpeningBetween(doc: QuoteDocument, from: number, at: number): [number, number] | null {
  const w = doc.words
  const block = blockAt(doc, at)
  if (blockAt(doc, from) !== block) return null
  const view = doc.blocks[block]!
  const tokens = view.tokens
  let i = indexIn(view, at)
  for (let step = 0; step < 4 && i > 0; step++) {
    const [s] = sentenceAround(view, i)
    const start = offsetOf(view, s)
    if (start <= from) return null
    let k = firstTokenAt(tokens, s)
    if (k < tokens.length && w.sentenceConnectors.has(tokens[k]!.lower)) k++
    if (k < tokens.length && w.definiteArticles.has(tokens[k]!.lower)) {
      let last = -1
      for (let j = k + 1; j < tokens.length && j <= k + 4 && isSpaces(view.masked.slice(tokens[j - 1]!.end, tokens[j]!.start)); j++) {
        if (w.roleWords.has(tokens[j]!.lower)) last = j
        else if (charIs('lower', tokens[j]!.text)) break
      }
      const next = last > 0 ? tokens[last + 1] : undefined
      if (next && charIs('lower', next.text) && isSpaces(view.masked.slice(tokens[last]!.end, next.start)) && !w.prepositions.has(next.lower) && !w.determiners.has(next.lower) && !w.clauseWords.has(next.lower) && !w.roleWords.has(next.lower) && genitiveEnding(next.lower, w.genitiveEndings) === undefined) {
        return [offsetOf(view, tokens[k]!.start), offsetOf(view, tokens[last]!.end)]
      }
    }
    i = s - 1
  }
  return null
}

/** Whether the words at `i`–`j` of a block are a subject: sentence-initial, or next to a speech verb. */
function isSubject(doc: QuoteDocument, view: QuoteBlock, i: number, j: number): boolean {
  // A possessor (`Trump's comment`) is never the subject.
  if (possessiveAt(view.masked, j)) return false
  // Nor an affiliation after a name (`Jo Bell of BNP Paribas said`, `Dan Ross from the FDA told`): the person is.
  if (affiliationAfterName(doc, view, i)) return false
  // Nor the agent of a past participle (`le directeur général, accusé par X de …`): the one it describes is.
  if (passiveParticipleBefore(view, firstTokenAt(view.tokens, i) - 1, doc.words)) return false
  const [s] = sentenceAround(view, i)
  let a = firstTokenAt(view.tokens, s)
  const k = firstTokenAt(view.tokens, i)
  // `Plainte de X à la DSC : Alioune Tine invite …`: a colon set off by spaces (French typography; not the colon of a
  // title, `Bridget Jones: The Edge of Reason`) opens a clause of its own, a few words before the name.
  for (let t = Math.max(a + 1, k - 3); t <= k && t < view.tokens.length; t++) if (SPACED_COLON().test(view.masked.slice(view.tokens[t - 1]!.end, view.tokens[t]!.start))) a = t
  if (k - a <= 3 && !objectInOpening(doc, view, a, k)) return true
  // (A few more words for common nouns of the complement, before a name set off by commas.)
  if ((k - a <= ROLE_OPENING_WORDS || (k - a <= ROLE_OPENING_WORDS + COMPLEMENT_NOUNS && commaSetOff(view, k))) && roleOpening(doc, view, a, k)) return true
  // `Selon Les Échos, la ministre de la Santé X pourrait …`: the same after a phrase a preposition opens.
  const opener = view.tokens[a]
  if (opener && view.tokens[k] && (doc.words.prepositions.has(opener.lower) || cuePhraseAt(view, a, doc.words) > 0)) {
    const comma = commaBefore(view.masked, opener.end, view.tokens[k]!.start)
    const n = comma < 0 ? -1 : firstTokenAt(view.tokens, comma)
    if (n > a && k - n <= ROLE_OPENING_WORDS && roleOpening(doc, view, n, k)) return true
  }
  // `And with 27 caps, White …`: a conjunction or an adverb before the opening phrase.
  for (let step = 0; step < 2 && a < k - 1 && doc.words.sentenceConnectors.has(view.tokens[a]!.lower); step++) a++
  if (afterOpening(doc, view, s, a, k)) return true
  return speechVerbAround(doc, view, i, j) || appositionThenVerb(doc, view, i, j)
}

/** Most words of a role phrase opening a sentence before the name of its holder (`La ministre de la Santé et des Solidarités`). */
const ROLE_OPENING_WORDS = 10

/**
 * Whether the words from token `a`, opening a sentence, to the name at token `k` are a role phrase that
 * name completes (`La ministre de la Santé Agnès Buzyn pourrait …`, `Le porte-parole du gouvernement, X,`): a
 * definite determiner and a role word, then only words of its complement, no verb or clause word among them.
 */
function roleOpening(doc: QuoteDocument, view: QuoteBlock, a: number, k: number): boolean {
  const w = doc.words
  const tokens = view.tokens
  const first = tokens[a]
  if (!first || !tokens[k] || k <= a) return false
  const glued = isElided(first.lower) && w.definiteArticles.has(first.lower.slice(0, 2))
  if (!w.definiteArticles.has(first.lower) && !glued) return false
  const role = glued ? first.lower : tokens[a + 1]?.lower ?? ''
  if (!isRoleWord(role, w)) return false
  // Common nouns of the complement read so far (`des magazines du week-end de France 2`).
  let nouns = 0
  for (let t = glued ? a + 1 : a + 2; t < k; t++) {
    const x = tokens[t]!
    // Words of a complement only: names, prepositions, determiners, coordinators and other role words (not `the singer named the editors of X, Y`).
    let complement = charIs('upper', x.text) || (DIGITS.test(x.text) && charIs('upper', tokens[t - 1]!.text)) || w.prepositions.has(withoutElision(x.lower)) || w.determiners.has(x.lower) || w.coordinators.has(x.lower) || isRoleWord(x.lower, w) || (isElided(x.lower) && charIs('upper', x.text, 2))
    // A few common nouns after a preposition and its determiner, when the name is set off by commas (`Le rédacteur en chef
    // des magazines du week-end de France 2, X, a …`).
    if (!complement && nouns < COMPLEMENT_NOUNS && commaSetOff(view, k) && t > a && complementNounAt(view, t, w)) {
      nouns++
      complement = true
    }
    if (!complement || isVerbAt(view, t, w) || w.clauseWords.has(x.lower) || w.pronouns.has(x.lower)) return false
    if (/[.;:!?«»"“”()]/.test(view.masked.slice(tokens[t - 1]!.end, x.start))) return false
  }
  return /^[\s,]*$/.test(view.masked.slice(tokens[k - 1]!.end, tokens[k]!.start))
}

/** A number, as a word of a name (`2` of `France 2`). */
const DIGITS = /^\d+$/

/** Most common nouns in the complement of a role opening a sentence before a name set off by commas. */
const COMPLEMENT_NOUNS = 3

/** Whether the name at token `k` of `view` is set off by a comma before it. */
function commaSetOff(view: QuoteBlock, k: number): boolean {
  const token = view.tokens[k]
  return k > 0 && token !== undefined && view.masked.slice(view.tokens[k - 1]!.end, token.start).trim() === ','
}

/**
 * Whether token `t` of `view` is a common noun in a role's complement: a word in lower case (no verb, auxiliary,
 * pronoun or clause word) right after a preposition or a determiner (`magazines` of `des magazines`, `week-end` of
 * `du week-end`).
 */
function complementNounAt(view: QuoteBlock, t: number, w: CueWords): boolean {
  const x = view.tokens[t]!
  const before = view.tokens[t - 1]!.lower
  if (!allAre('lower', x.text.replace(/-/g, '')) || !(w.prepositions.has(before) || w.determiners.has(before))) return false
  return !w.verbs.has(x.lower) && !w.auxiliaries.has(x.lower) && !w.pronouns.has(x.lower) && !w.clauseWords.has(x.lower)
}

/**
 * Whether a name at token `k`, a few words into its sentence (from token `a`),
 * comes after a speech verb there: its object or the subject of the words
 * reported (`Benitez hailed Gerrard for`, `Moore said Hansen may`), not the
 * sentence's subject; or after the agent marker of a participle opening it
 * (`Distancée par Anne Hidalgo, elle …`, `Backed by X, the …`). (Not after
 * another preposition: `For Rick Dean, a … future is` is often who the next
 * pronoun stands for.)
 */
function objectInOpening(doc: QuoteDocument, view: QuoteBlock, a: number, k: number): boolean {
  if (k - 1 > a && doc.words.agentMarkers.has(view.tokens[k - 1]!.lower)) return true
  // `Ireland, despite having Gordon D'Arcy out injured, …`: the object of a participle right before the name.
  if (k - 1 > a && isParticiple(view.tokens[k - 1]!.lower, doc.words) && charIs('lower', view.tokens[k - 1]!.text)) return true
  for (let t = a + 1; t < k; t++) {
    // Not a verb set before its subject after a comma (`Also, said Mr Flynn, Vodafone has`).
    if (isVerbAt(view, t, doc.words) && !INVERTED_BEFORE.test(view.masked.slice(view.tokens[t - 1]!.end, view.tokens[t]!.start))) return true
  }
  return false
}

/** A colon with white space before it (` : `), as French typography sets it. */
const SPACED_COLON = lazy('\\s:', '')

/** What stands between a word and a speech verb set before its subject (`Also, said Mr Flynn`). */
const INVERTED_BEFORE = /[,»"”]/

/** Most words of an apposition between a name and its speech verb (`Bipin Bihari, deputy police chief in Bombay, said`). */
const APPOSITION_WORDS = 10

/**
 * Whether the name ending at index `j` of `view` is the subject of a speech
 * verb after a comma: right after it (`ITV's controller of entertainment,
 * Claudia Rosencrantz, said`) or after an apposition with no speech verb
 * closed by a comma (`Bipin Bihari, deputy police chief in Bombay, said`);
 * auxiliaries may come before the verb.
 */
function appositionThenVerb(doc: QuoteDocument, view: QuoteBlock, i: number, j: number): boolean {
  const w = doc.words
  const tokens = view.tokens
  let n = firstTokenAt(tokens, j)
  if (n >= tokens.length || gapBefore(view, j, n).trim() !== ',') return false
  // The apposition, when the words after the comma are no verb: up to the comma that closes it. A name with a verb
  // right after its comma is itself in apposition, a comma before it (not `chief economist at Societe Generale, told`).
  let first = firstTokenAt(tokens, i)
  if (isVerbAt(view, n, w) || w.auxiliaries.has(tokens[n]!.lower)) {
    // `Head of genetics at the Institute, Professor Robin Hale, said`: a title or role may open the name set off.
    for (let step = 0; step < APPOSED_TITLES && first > 0 && isRoleWord(withoutFullStop(tokens[first - 1]!.lower), w) && isSpaces(gapBefore(view, j, first)); step++) first--
    if (first === 0 || gapBefore(view, j, first).trim() !== ',') return false
  } else if (w.relativePronouns.has(tokens[n]!.lower)) {
    // `Paul Jones, who sang on 1960s hits such as Come Tomorrow and Sha La La, said`: a relative clause is about the name
    // before it, however long; the first comma after it that a speech verb follows closes it.
    for (let m = n + 1; m < tokens.length && m <= n + RELATIVE_WORDS; m++) {
      const between = gapBefore(view, j, m)
      if (between.trim() === ',') {
        if (verbFrom(view, j, m, w)) return true
      } else if (!isSpaces(between)) return false
    }
    return false
  } else {
    let m = n + 1
    for (; m < tokens.length && m <= n + APPOSITION_WORDS; m++) {
      const between = gapBefore(view, j, m)
      if (between.trim() === ',') break
      if (!isSpaces(between) || isVerbAt(view, m, w)) return false
    }
    if (m >= tokens.length || m > n + APPOSITION_WORDS) return false
    n = m
  }
  return verbFrom(view, j, n, w)
}

/** Most words of a relative clause between a name and its speech verb (`Mr Wilson, who was also involved with …, said`). */
const RELATIVE_WORDS = 30

/** Whether a speech verb stands at token `n` of `view`, after auxiliaries (`has also said`; index `j` when `n` is 0). */
function verbFrom(view: QuoteBlock, j: number, n: number, w: CueWords): boolean {
  for (let step = 0; step < 3 && n < view.tokens.length; step++, n++) {
    if (step > 0 && !isSpaces(gapBefore(view, j, n))) return false
    if (isVerbAt(view, n, w)) return true
    if (!w.auxiliaries.has(view.tokens[n]!.lower)) return false
  }
  return false
}

/** Most title or role words before a name set off by commas (`, Professor Robin Hale, said`). */
const APPOSED_TITLES = 2

/** The masked text between token `n - 1` (index `j` when `n` is 0) and token `n` of `view`. */
function gapBefore(view: QuoteBlock, j: number, n: number): string {
  return view.masked.slice(n === 0 ? j : view.tokens[n - 1]!.end, view.tokens[n]!.start)
}

/**
 * A mark between words that ends the clause a name is the subject of: a comma,
 * a stop, or a dash, which closes an aside the name is in (`Mr Herron - who
 * runs … alongside the official X campaign - said`).
 */
const CLAUSE_BREAK = /[,;:.!?–—]|\s-\s/

/**
 * Whether the name at indices `i`–`j` of `view` is the subject of a speech verb
 * right after it, in the same clause (`François Hollande a de son côté
 * expliqué`), or right before it, after a quote (`», a déclaré X`).
 */
function speechVerbAround(doc: QuoteDocument, view: QuoteBlock, i: number, j: number): boolean {
  const k = firstTokenAt(view.tokens, i)
  let n = firstTokenAt(view.tokens, j)
  let prevEnd = j
  for (let step = 0; step < 5 && n < view.tokens.length; step++, n++) {
    if (CLAUSE_BREAK.test(view.masked.slice(prevEnd, view.tokens[n]!.start))) break
    if (isVerbAt(view, n, doc.words)) return true
    prevEnd = view.tokens[n]!.end
  }
  // Or just before, as in an attribution after a quote (`», a déclaré X`), maybe past where the words were said
  // (`», a expliqué à l'AFP X`, `, raconte au Parisien X`).
  // Not the one spoken to (`told Agence France Presse`).
  // (`The answer, says Prof Brewer, is …`: a courtesy title or an abbreviated one between the verb and the name.)
  const t = titledStart(doc, view, k)
  const verb = t > 0 && isVerbAt(view, t - 1, doc.words) ? t - 1 : PHRASE_END.test(view.masked.slice(j)) ? verbBeforeOutlet(doc, view, k) : -1
  if (verb < 0 || doc.words.addresseeVerbs.has(view.tokens[verb]!.lower)) return false
  // `Jones, who sang on Sha La La, said Charles was one of his heroes`: a name with a verb of its own right after it is
  // the subject of the words reported, not of the speech verb before it.
  const next = view.tokens[firstTokenAt(view.tokens, j)]
  if (next && isSpaces(view.masked.slice(j, next.start)) && doc.words.passiveAuxiliaries.has(next.lower)) return false
  // `…, said Mr Blair "should butt out of" the row`: nor one a quote opens right after.
  if (QUOTE_AFTER_NAME.test(view.masked.slice(j, j + 3))) return false
  let v = verb
  while (v > 0 && doc.words.auxiliaries.has(view.tokens[v - 1]!.lower)) v--
  // `comme l'a expliqué X`, `ce qu'a déclaré X`: the verb comes before its subject.
  if (v > 0 && doc.words.inversionWords.has(view.tokens[v - 1]!.lower)) return true
  return /[,»"”]\s*$/.test(view.masked.slice(Math.max(0, view.tokens[v]!.start - 4), view.tokens[v]!.start))
}

/** A quote opening right after a name, set off by a space (`said Mr Blair "should …"`). */
const QUOTE_AFTER_NAME = /^[ \u00a0]["“]/

/** An opening phrase on one line, no sentence end in it, closed by a comma right before a name. */
const OPENING_COMMA = /^[^\n.!?"“”]{1,120},[ \u00a0]*$/

/** Most names read in an opening phrase by `openedSubject`. */
const OPENING_NAMES = 3

/**
 * The person named as the subject right after the opening phrase of the block
 * starting at input offset `start` and its comma (`Formerly one of Mr Brown's
 * closest aides, Ed Balls hinted …`), `first` the index of the block's first
 * candidate; null when there is none.
 */
function openedSubject(candidates: readonly Candidate[], first: number, source: string, start: number): Candidate | null {
  for (let k = first; k < candidates.length && k - first < OPENING_NAMES; k++) {
    const c = candidates[k]!
    if (!OPENING_COMMA.test(source.slice(start, c.start))) continue
    // (A subject, or a name a lower-case word follows, its verb: `Ed Balls hinted`.)
    return c.type === 'person' && c.entity !== undefined && (c.subject || LOWER_WORD_AFTER().test(source.slice(c.end, c.end + 30))) ? c : null
  }
  return null
}

/**
 * Whether the organisation's name at `i`–`j` of `view` qualifies the noun of a
 * document or a finding that is the subject of its sentence, a verb or an
 * auxiliary right after it (`the NIESR report was optimistic`, `A Treasury
 * statement said`): the organisation is what `it` later stands for.
 */
function voiceQualifierSubject(doc: QuoteDocument, view: QuoteBlock, i: number, j: number): boolean {
  const w = doc.words
  const k = firstTokenAt(view.tokens, i)
  const n = firstTokenAt(view.tokens, j)
  const det = view.tokens[k - 1]
  const noun = view.tokens[n]
  const verb = view.tokens[n + 1]
  if (!det || !noun || !verb || !w.determiners.has(det.lower) || !(w.voiceRoles.has(noun.lower) || w.findingNouns.has(noun.lower))) return false
  if (!isSpaces(view.masked.slice(det.end, view.tokens[k]!.start)) || !isSpaces(view.masked.slice(j, noun.start)) || !isSpaces(view.masked.slice(noun.end, verb.start))) return false
  if (!(w.auxiliaries.has(verb.lower) || w.passiveAuxiliaries.has(verb.lower) || isVerbAt(view, n + 1, w))) return false
  if (isSubject(doc, view, det.start, noun.end)) return true
  // (After a phrase opening the sentence and its comma: `Other than its warning on tax, the NIESR report was …`.)
  const [from] = sentenceAround(view, det.start)
  return OPENING_COMMA.test(view.masked.slice(from, det.start))
}

/** Most words between the definite article and the noun of a subject read by `findingSubject` (`the Commons select committee`). */
const FINDING_SUBJECT_WORDS = 3

/**
 * The offsets of a definite description opening the sentence that holds input
 * offset `at` whose noun names a body, its members or its report
 * (`describedBodies`, `bodyMembers`, `findingNouns`: `The select committee`,
 * `The MPs`, `The report`), a verb of finding or saying right after it
 * (auxiliaries allowed) before `at`; null otherwise.
 */
function findingSubject(doc: QuoteDocument, at: number): [number, number] | null {
  const w = doc.words
  const {view, i, a} = sentenceAt(doc, at)
  const tokens = view.tokens
  const first = tokens[a]
  if (!first || !w.definiteArticles.has(first.lower)) return null
  for (let h = a + 1; h <= a + FINDING_SUBJECT_WORDS + 1 && h < tokens.length && tokens[h]!.start < i; h++) {
    if (!isSpaces(view.masked.slice(tokens[h - 1]!.end, tokens[h]!.start))) return null
    const lower = tokens[h]!.lower
    const noun = w.describedBodies.has(lower) || w.findingNouns.has(lower) || w.bodyMembers.has(lower) || w.bodyMembers.has(`${first.lower} ${lower}`)
    if (!noun) {
      if (isVerbAt(view, h, w) || w.auxiliaries.has(lower)) return null
      continue
    }
    let k = h + 1
    while (k < tokens.length && w.auxiliaries.has(tokens[k]!.lower)) k++
    const verb = tokens[k]
    if (!verb || verb.end > i || !isSpaces(view.masked.slice(tokens[k - 1]!.end, verb.start))) return null
    return w.findingVerbs.has(verb.lower) || isVerbAt(view, k, w) ? [offsetOf(view, first.start), offsetOf(view, tokens[h]!.end)] : null
  }
  return null
}

/** Most words of the subject of an outer speech verb read by `outerReporter` (`the Scottish Executive`). */
const OUTER_SUBJECT_WORDS = 4

/**
 * The subject opening the sentence that holds input offset `at`, when a
 * speech verb right after it (auxiliaries allowed) reports the clause `at` is
 * in, no other speech verb in between (`She told the court that … a lawyer had
 * told her`, `The Scottish Executive has insisted Mr McConnell was …`): its
 * offsets; null otherwise.
 */
function outerReporter(doc: QuoteDocument, at: number): [number, number] | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const i = indexIn(view, at)
  const [s] = sentenceAround(view, i)
  let a = firstTokenAt(view.tokens, s)
  const g = firstTokenAt(view.tokens, i)
  for (let step = 0; step < 2 && a < g && w.sentenceConnectors.has(view.tokens[a]!.lower); step++) a++
  let v = -1
  for (let t = a + 1; t < g && t <= a + OUTER_SUBJECT_WORDS + 2; t++) {
    if (!isVerbAt(view, t, w)) continue
    v = t
    break
  }
  if (v < 0) return null
  // The subject: capitalised words or a pronoun, a definite article first, then auxiliaries up to the verb.
  let e = v
  while (e > a && w.auxiliaries.has(view.tokens[e - 1]!.lower)) e--
  if (e <= a || e - a > OUTER_SUBJECT_WORDS) return null
  for (let t = a; t < e; t++) {
    const token = view.tokens[t]!
    const first = t === a
    const ok = first ? w.definiteArticles.has(token.lower) || w.personSubjectPronouns.has(token.lower) || (charIs('upper', token.text) && !w.pronouns.has(token.lower)) : charIs('upper', token.text)
    if (!ok || !isSpaces(view.masked.slice(token.end, view.tokens[t + 1]!.start))) return null
  }
  if (e - a === 1 && w.definiteArticles.has(view.tokens[a]!.lower)) return null
  // No other speech verb, nor a sentence's break, between the outer verb and `at`.
  for (let t = v + 1; t < g; t++) if (isVerbAt(view, t, w)) return null
  // (Nor a clause joined by a conjunction or a subordinator, `… "reckless" but Mayor Sue Hall said …`, or opened by a clause
  // word after a comma, `…, while the Tories say …`.)
  if (/[;:]/.test(view.masked.slice(view.tokens[v]!.end, view.tokens[g]!.start))) return null
  for (let t = v + 1; t < g; t++) {
    const lower = view.tokens[t]!.lower
    if (w.clauseJoins.has(lower) || w.subordinators.has(lower)) return null
    if (w.clauseWords.has(lower) && /,\s*$/.test(view.masked.slice(view.tokens[t - 1]!.end, view.tokens[t]!.start))) return null
  }
  return [offsetOf(view, view.tokens[a]!.start), offsetOf(view, view.tokens[e - 1]!.end)]
}

/** Whether a cue's words are a passive verb of describing (`has been described`, `was branded`): an auxiliary of the passive, then a verb of `objectVerbs`. */
function passiveObjectCue(cue: string, w: CueWords): boolean {
  const words = cue.toLowerCase().split(/\s+/)
  return words.length >= 2 && w.objectVerbs.has(words[words.length - 1]!) && w.passiveAuxiliaries.has(words[words.length - 2]!)
}

/** Most words between a definite article opening a sentence and the role word a cue gave (`the marathon world record holder`). */
const OPENING_QUALIFIERS = 4

/**
 * The input offset of the definite article that opens the sentence holding
 * input offset `at`, when only a few words, none a verb nor in capitals
 * throughout, come between it and `at` (`The marathon world record holder` of
 * `holder`); -1 otherwise.
 */
function definiteOpening(doc: QuoteDocument, at: number): number {
  const view = doc.blocks[blockAt(doc, at)]!
  const k = indexIn(view, at)
  const [s] = sentenceAround(view, k)
  const a = firstTokenAt(view.tokens, s)
  const i = firstTokenAt(view.tokens, k)
  const w = doc.words
  if (i - a < 2 || i - a > OPENING_QUALIFIERS + 1 || !w.definiteArticles.has(view.tokens[a]!.lower)) return -1
  for (let t = a + 1; t < i; t++) {
    const token = view.tokens[t]!
    if (isVerbAt(view, t, w) || w.determiners.has(token.lower) || !isSpaces(view.masked.slice(view.tokens[t - 1]!.end, token.start))) return -1
  }
  if (!isSpaces(view.masked.slice(view.tokens[i - 1]!.end, view.tokens[i]!.start))) return -1
  return offsetOf(view, view.tokens[a]!.start)
}

/** Whether the entity `entity` is named between input offsets `from` and `to`. */
function namedBefore(candidates: readonly Candidate[], entity: string | undefined, from: number, to: number): boolean {
  for (let k = lowerBound(candidates, to) - 1; k >= 0 && candidates[k]!.start >= from; k--) if (candidates[k]!.entity === entity) return true
  return false
}

/** Most title words read back before a name by `titledStart`. */
const TITLES_BEFORE_NAME = 2

/**
 * The index of the first of the capitalised title words (`Prof`, `Dr.`, `Sir`,
 * `Mrs`: an abbreviation or a gendered title of the locale) right before token
 * `k` of `view`, TITLES_BEFORE_NAME at most; `k` when there is none.
 */
function titledStart(doc: QuoteDocument, view: QuoteBlock, k: number): number {
  const w = doc.words
  let t = k
  while (t > 0 && k - t < TITLES_BEFORE_NAME) {
    const token = view.tokens[t - 1]!
    const bare = withoutFullStop(token.lower)
    if (!(w.abbreviations.has(bare) || w.masculine.has(bare) || w.feminine.has(bare)) || !charIs('upper', view.masked, token.start)) break
    if (!isSpaces(view.masked.slice(token.end, view.tokens[t]!.start).replace('.', ''))) break
    t--
  }
  return t
}

/** Most lower-case words (one a preposition) and capitalised words of the outlet between a speech verb and the name after it. */
const OUTLET_LEAD_WORDS = 3
const OUTLET_NAME_WORDS = 3

/**
 * The index of the speech verb before the outlet or place that comes right before the name at token `k`, where the
 * words were said (`a expliqué à l'AFP X`, `a indiqué lundi à l'AFP X`, `confie au Parisien X`): a few lower-case
 * words, one of them a preposition, then capitalised words, spaces only between them; -1 when there is none (a name
 * right after its preposition, `a déclaré à X`, is the one spoken to).
 */
function verbBeforeOutlet(doc: QuoteDocument, view: QuoteBlock, k: number): number {
  const w = doc.words
  const tokens = view.tokens
  if (k <= 0 || k >= tokens.length) return -1
  const spaced = (t: number) => isSpaces(view.masked.slice(tokens[t]!.end, tokens[t + 1]!.start))
  // (A title is part of the name, not an outlet: `called on Mr Clarke`.)
  const capital = (t: number) => charIs('upper', tokens[t]!.text, isElided(tokens[t]!.lower) ? 2 : 0) && !isTitle(tokens[t]!.lower)
  const isTitle = (lower: string) => {
    const x = withoutFullStop(lower)
    return w.masculine.has(x) || w.feminine.has(x) || w.abbreviations.has(x) || w.roleWords.has(x)
  }
  let t = k - 1
  let words = 0
  for (; t >= 0 && words < OUTLET_NAME_WORDS && capital(t) && !w.determiners.has(tokens[t]!.lower) && spaced(t); t--) words++
  if (words === 0) return -1
  let preposition = false
  for (words = 0; t >= 0 && words < OUTLET_LEAD_WORDS && charIs('lower', tokens[t]!.text) && spaced(t) && !isVerbAt(view, t, w); t--, words++) {
    preposition ||= w.prepositions.has(withoutElision(tokens[t]!.lower))
  }
  if (!preposition || t < 0 || !spaced(t) || !isVerbAt(view, t, w)) return -1
  // A subject right after the verb (`annonce le ministre de La Défense`) is no outlet.
  const next = tokens[t + 1]!.lower
  return w.determiners.has(next) && !w.prepositions.has(next) ? -1 : t
}

/**
 * A new candidate, every field set (the optional ones undefined) in one order: the
 * candidates of an article keep one map, and the code that runs over them for
 * every quote stays fast.
 */
function candidate(start: number, end: number, name: string, entity: string | undefined, type: EntityType | undefined, subject: boolean, before: string, lead: readonly string[], words: number, gender: Gender | undefined, given: boolean | undefined, sourced = -1): Candidate {
  return {start, end, name, entity, type, subject, before, lead, words, gender, given, sourced}
}

/** `c` with the gender `gender`. */
function withGender(c: Candidate, gender: Gender): Candidate {
  return candidate(c.start, c.end, c.name, c.entity, c.type, c.subject, c.before, c.lead, c.words, gender, c.given, c.sourced)
}

/**
 * The speaker candidates: the mentions of the people and organisations found, with the gender the text gives each
 * person, and the capitalised names the entities step did not report; none that starts inside a quote (`inQuote`:
 * its words are not read for one, though they still count towards a person's gender).
 */
function buildCandidates(context: Context, doc: QuoteDocument, entities: readonly Entity[], inQuote: (offset: number) => boolean): Candidate[] {
  const out: Candidate[] = []
  const {givenNames, demonyms} = lookupsOf(context.locale)
  const isDemonym = (word: string) => demonyms.has(fold(word))
  const people = entities.filter((e) => e.type === 'person' || e.type === 'organization')
  const genderOf = (word: string): Gender | undefined => (doc.words.masculine.has(word) ? 'm' : doc.words.feminine.has(word) ? 'f' : undefined)
  if (people.length > 0) {
    for (const e of people) {
      const first = out.length
      // The text's evidence of a person's gender, weighed: a title (`Mme`, `Mr`) counts twice, a determiner before a
      // role (`la ministre de la Transition écologique X`, `du ministre chargé de …, X`) or an agreeing participle opening
      // the sentence (`Invitée de …, X a …`) once; evidence that disagrees leaves the gender open.
      const votes = {m: 0, f: 0}
      if (e.type === 'person' && e.title) vote(votes, genderOf(withoutFullStop(e.title.toLowerCase())), 2)
      // A given name of one gender (`Marie-Sophie Lacarrau`, `Thierry Thuillier`) counts as a title does.
      if (e.type === 'person') vote(votes, givenNameGender(e.name, givenNames, context.locale.quotes), 2)
      for (const m of e.mentions) {
        const start = m.position.start.offset
        const end = m.position.end.offset
        const view = doc.blocks[blockAt(doc, start)]!
        const i = indexIn(view, start)
        const j = indexIn(view, end)
        const before = wordBefore(view, i)
        if (e.type === 'person') {
          // A title before the name or opening the mention itself (`Mr Reed`, `Mme Faye`).
          const titled = genderOf(before) ?? genderOf(withoutFullStop((OPENING_WORD.exec(m.text)?.[0] ?? '').toLowerCase()))
          if (titled) vote(votes, titled, 2)
          else vote(votes, roleGenderAt(doc, view, i, j, isDemonym) ?? openingGender(doc, view, i), 1)
        }
        if (inQuote(start)) continue
        const found = sourcePhrase(doc, start)
        const source = found !== null && !commonNounBefore(doc, view, indexIn(view, found[0])) ? found : null
        const isSource = source !== null && source[0] < end && start < source[1]
        const sourced = source !== null && !isSource && source[1] <= start ? source[0] : -1
        const subject = isSubject(doc, view, i, j) || isSource || (e.type === 'organization' && voiceQualifierSubject(doc, view, i, j))
        out.push(candidate(start, end, e.name, e.id, e.type, subject, before, leadWords(doc, view, i, j), splitCount(m.text), undefined, undefined, sourced))
      }
      const gender: Gender | undefined = votes.m > votes.f ? 'm' : votes.f > votes.m ? 'f' : undefined
      // Every mention of a person titled once (`Ms Hughes` … `Beverly Hughes`) has that gender.
      if (gender) for (let k = first; k < out.length; k++) out[k] = withGender(out[k]!, gender)
    }
  }
  // Capitalised names the entities step did not report (all of them when it reported none).
  // The mentions' positions by start (a stable sort: ties stay in the entities' order).
  const taken: MentionSpan[] = []
  for (const e of entities) for (const m of e.mentions) taken.push(m.position)
  taken.sort(byStartOffset)
  {
    for (const view of doc.blocks) {
      for (const run of view.names) {
        // Beside the entities, only full names (single capitalised words are too often ordinary words).
        if (people.length > 0 && run.words < 2) continue
        const start = offsetOf(view, run.start)
        const end = offsetOf(view, run.end)
        if (inQuote(start) || overlapsTaken(taken, start, end)) continue
        const before = wordBefore(view, run.start)
        const gender = genderOf(before) ?? givenNameGender(run.text, givenNames, context.locale.quotes)
        const first = FIRST_WORD.exec(run.text)?.[0] ?? ''
        const given = givenNames.has(fold(first)) || speechVerbAround(doc, view, run.start, run.end)
        const subject = run.sentenceInitial || isSubject(doc, view, run.start, run.end)
        out.push(candidate(start, end, run.text, undefined, undefined, subject, before, leadWords(doc, view, run.start, run.end), run.words, gender ? gender : undefined, given))
      }
    }
  }
  out.sort((a, b) => a.start - b.start)
  return out
}

/**
 * Adds `weight` to the votes for the gender `g` (none when `g` is undefined). A module function, not a closure made per entity:
 * under tsx, which keeps function names, each closure made costs a `defineProperty` of about a microsecond.
 */
function vote(votes: {m: number; f: number}, g: Gender | undefined, weight: number): void {
  if (g) votes[g] += weight
}

/** The first word of a name (`Marie-Sophie` of `Marie-Sophie Lacarrau`). */
const FIRST_WORD = /^[^\s\u00a0\u202f]+/
/** The first word of a mention of several words (`Mr` of `Mr Reed`), read for a title opening it. */
const OPENING_WORD = /^[^\s\u00a0]+(?=[\s\u00a0])/

/** The quote locale's `feminineGivenNames` and `unisexGivenNames`, folded, per locale (built on first use). */
const givenGenders = new WeakMap<QuoteLexicon, {feminine: ReadonlySet<string>; unisex: ReadonlySet<string>}>()

/**
 * The gender the given name opening `name` gives a person: `f` for one of the quote locale's `feminineGivenNames`
 * (`Marie-Sophie`, read by its first part when the whole is not listed), `m` for any other of the entity locale's
 * `givenNames` (`Thierry`, `Jean-Marie`), none for one of `unisexGivenNames` (`Dominique`) or a word no list holds.
 */
function givenNameGender(name: string, givenNames: {has(key: string): boolean}, lexicon: QuoteLexicon): Gender | undefined {
  let genders = givenGenders.get(lexicon)
  if (!genders) givenGenders.set(lexicon, (genders = {feminine: new Set(lexicon.feminineGivenNames.map((x) => fold(x))), unisex: new Set(lexicon.unisexGivenNames.map((x) => fold(x)))}))
  const first = fold(FIRST_WORD.exec(name)?.[0] ?? '')
  // A compound given name is read by its first part (`Marie-Sophie`, `Anna-Maria`; `Jean-Marie` is a man's).
  const dash = first.indexOf('-')
  const head = dash < 0 ? first : first.slice(0, dash)
  if (genders.feminine.has(first) || genders.feminine.has(head)) return 'f'
  if (genders.unisex.has(first) || genders.unisex.has(head)) return undefined
  return givenNames.has(first) ? 'm' : undefined
}

/** The position of a mention: input offsets of its start and end. */
type MentionSpan = {readonly start: {readonly offset: number}; readonly end: {readonly offset: number}}

/** The positions of every mention of `entities` (of those of type `type`, when given), sorted by start. */
function mentionSpans(entities: readonly Entity[], type?: EntityType): MentionSpan[] {
  const spans: MentionSpan[] = []
  for (const e of entities) if (type === undefined || e.type === type) for (const m of e.mentions) spans.push(m.position)
  return spans.sort(byStartOffset)
}

/**
 * The lower-case letters the entities step cut off a word glued to a name's
 * end (`laisse` of `Diadialaisse`), when a mention (of `spans`, sorted by
 * start) starts in `source[s, e)` and ends inside its last word, before
 * lower-case letters only up to `e`; else null.
 */
function gluedTail(spans: readonly MentionSpan[], source: string, s: number, e: number): string | null {
  for (let k = firstStartingAt(spans, s); k < spans.length && spans[k]!.start.offset < e; k++) {
    const end = spans[k]!.end.offset
    if (end >= e || end <= s || !unitIs('letter', source.charCodeAt(end - 1))) continue
    const tail = source.slice(end, e)
    if (LOWER_WORD().test(tail)) return tail
  }
  return null
}

const LOWER_WORD = lazy('^\\p{Ll}{2,}$', 'u')
/** Spaces and a whole lower-case word (`\\b` would end it at a non-ASCII letter: `café`). */
const LOWER_WORD_AFTER = lazy('^[ \\u00a0]+(\\p{Ll}+)(?![\\p{L}\\p{N}])', 'u')

/** The index of the first of `spans` (sorted by start) starting at or after input offset `at`. */
function firstStartingAt(spans: readonly MentionSpan[], at: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start.offset < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

function byStartOffset(x: MentionSpan, y: MentionSpan): number {
  return x.start.offset - y.start.offset
}

/** Whether one of the eight mentions of `taken` (sorted by start) starting last before `e` ends after `s`. */
function overlapsTaken(taken: readonly MentionSpan[], s: number, e: number): boolean {
  const lo = firstStartingAt(taken, e)
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (taken[k]!.end.offset > s) return true
  return false
}

/** `text.split(/\s+/).length` without the array: one more than the runs of white space. */
function splitCount(text: string): number {
  let n = 1
  let inSpace = false
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpace(text.charCodeAt(i))
    if (space && !inSpace) n++
    inSpace = space
  }
  return n
}

/**
 * Whether a lower-case word is a verb or an auxiliary that ends a name's lead words: not one that is also a
 * preposition or a determiner (French `de`, `pour`, `par`, `sa` are in the auxiliaries for `vient de`, `pour sa part`),
 * which a role's complement holds (`le procureur de la République de Bayonne Marc Mariée`).
 */
function isVerbWord(lower: string, w: CueWords): boolean {
  return w.verbsAndAuxiliaries.has(lower)
}

/** Whether a lower-case word after a subject is its verb: `isVerbWord`, and no auxiliary that is also a subject pronoun. */
function subjectVerb(lower: string, w: CueWords): boolean {
  return w.verbs.has(lower) || (w.verbsAndAuxiliaries.has(lower) && !w.pronouns.has(lower))
}

/** Most lead words read before a name: a role's complement may run over two places (`l’ambassadrice du Royaume-Uni au Sénégal et en Guinée-Bissau, X`). */
const LEAD_WORDS = 10

/** Up to LEAD_WORDS words before index `i` in its sentence, stopping at a verb or an auxiliary. */
function leadWords(doc: QuoteDocument, view: QuoteBlock, i: number, j = -1): string[] {
  const [s] = sentenceAround(view, i)
  const out: string[] = []
  const first = firstTokenAt(view.tokens, i)
  // Where a comma stands between the words read and the name: a phrase ending there that names a source (`Pour le député
  // des Bouches-du-Rhône, Emmanuel Macron est …`) leads to no name that goes on with its clause (no comma after it).
  const clause = j >= 0 && !APPOSED_AFTER.test(view.masked.slice(j, j + 3))
  let comma = -1
  for (let k = first - 1; k >= 0 && out.length < LEAD_WORDS; k--) {
    const t = view.tokens[k]!
    if (t.start < s || isVerbWord(t.lower, doc.words)) break
    if (comma < 0 && view.masked.slice(t.end, view.tokens[k + 1]?.start ?? i).includes(',')) comma = out.length
    out.push(withoutElision(t.lower))
  }
  if (clause && comma >= 0 && out.length > comma && sourceOpens(doc, view, first - out.length)) return out.slice(0, comma)
  return out
}

/** Whether token `k` of `view` opens its sentence (after a connector at most) with a cue phrase or a source preposition (`Selon`, `Pour`). */
function sourceOpens(doc: QuoteDocument, view: QuoteBlock, k: number): boolean {
  const w = doc.words
  const t = view.tokens[k]
  if (!t) return false
  const a = firstTokenAt(view.tokens, sentenceAround(view, t.start)[0])
  if (!(k === a || (k === a + 1 && w.sentenceConnectors.has(view.tokens[a]!.lower)))) return false
  return sourceWordsAt(view, k, w) > 0
}

/**
 * How many words of a phrase naming a source start at token `k` of `view` (which exists): a cue phrase's (`D'après`,
 * `according to`), one for a source preposition (`Pour`), else 0.
 */
function sourceWordsAt(view: QuoteBlock, k: number, w: CueWords): number {
  const phrase = cuePhraseAt(view, k, w)
  return phrase > 0 ? phrase : w.sourcePrepositions.has(view.tokens[k]!.lower) ? 1 : 0
}

/** Most words read back from a name for the role that gives its gender (`la secrétaire d'État à la Transition écologique`). */
const GENDER_ROLE_WORDS = 10

/**
 * The gender the determiner of the role nearest before a name at index `i` of a block gives it, reading back
 * over the role's complement (`la ministre de la Transition écologique Elisabeth Borne` → `f`, `du ministre chargé
 * des Transports Paul Durand` → `m`), a participle or a nationality after the role, and a comma before a name set
 * between commas (`du ministre chargé des Collectivités, Paul Durand, a …`); none at a verb, a clause word, other
 * punctuation (`au député du Gard, Awa Diop estime`: that comma closes a clause), or a role followed by a word of
 * another kind (`la ministre rencontre Paul Durand`).
 */
function roleGenderAt(doc: QuoteDocument, view: QuoteBlock, i: number, j: number, isDemonym: (word: string) => boolean): Gender | undefined {
  const w = doc.words
  const tokens = view.tokens
  const [s] = sentenceAround(view, i)
  // A name set between commas is in apposition to what comes before it.
  const apposed = APPOSED_AFTER.test(view.masked.slice(j, j + 3))
  let end = i
  let after = ''
  for (let k = firstTokenAt(tokens, i) - 1, n = 0; k >= 0 && n < GENDER_ROLE_WORDS; k--, n++) {
    const t = tokens[k]!
    if (t.start < s) return undefined
    const gap = view.masked.slice(t.end, end)
    if (!isBlank(gap, true) && !(apposed && end === i && COMMA_GAP.test(gap))) return undefined
    const lower = withoutElision(t.lower)
    if (w.clauseWords.has(lower) || w.coordinators.has(lower) || (lower === t.lower && isVerbWord(lower, w))) return undefined
    // A word of a longer role only (`gouvernement` of `chef du gouvernement`) is read as part of a complement.
    if (w.roleHeads.has(lower)) {
      if (after !== '' && !w.prepositions.has(after) && !isDemonym(after) && !w.pastParticipleEndings.some((x) => after.endsWith(x))) return undefined
      // A role of several words (`le Premier ministre`) takes the determiner before its first.
      let r = k
      while (r > 0 && w.roleWords.has(withoutElision(tokens[r - 1]!.lower)) && isBlank(view.masked.slice(tokens[r - 1]!.end, tokens[r]!.start), true)) r--
      const det = r > 0 && tokens[r - 1]!.start >= s ? tokens[r - 1]!.lower : ''
      return w.masculineDeterminers.has(det) ? 'm' : w.feminineDeterminers.has(det) ? 'f' : undefined
    }
    after = lower
    end = t.start
  }
  return undefined
}

/** A comma between an apposed role and the name (`du ministre chargé des Collectivités, Paul Durand,`). */
const COMMA_GAP = /^[ \u00a0]*,[ \u00a0]*$/

/** A comma right after a name. */
const APPOSED_AFTER = /^[ \u00a0]*,/

/**
 * The gender a past participle opening the sentence gives the name at index `i` that is its subject right after the
 * opening phrase (`Invitée de la Matinale, Awa Diop a …` → `f`, `Interrogé …, Paul Durand` → `m`), from the
 * participle's ending (`feminineParticipleEndings`, `masculineParticipleEndings`); else none.
 */
function openingGender(doc: QuoteDocument, view: QuoteBlock, i: number): Gender | undefined {
  const w = doc.words
  const [s] = sentenceAround(view, i)
  const a = firstTokenAt(view.tokens, s)
  const k = firstTokenAt(view.tokens, i)
  if (k <= a || !pastParticipleOpening(view, a, w)) return undefined
  // The first comma after the participle, sought no further than the name's first letter, where it must stand just before
  // (not to the end of the block for every name of the sentence).
  const limit = view.tokens[k]?.start ?? view.masked.length
  let comma = view.tokens[a]!.end
  while (comma <= limit && view.masked.charCodeAt(comma) !== 44) comma++
  if (comma > limit || firstTokenAt(view.tokens, comma) !== k || PHRASE_BREAK_OR_BRACKET.test(view.masked.slice(s, comma))) return undefined
  const first = view.tokens[a]!.lower
  return w.feminineParticipleEndings.some((x) => first.endsWith(x)) ? 'f' : w.masculineParticipleEndings.some((x) => first.endsWith(x)) ? 'm' : undefined
}

function wordBefore(view: QuoteBlock, i: number): string {
  const k = firstTokenAt(view.tokens, i)
  const t = view.tokens[k - 1]
  return t && isBlank(view.masked.slice(t.end, i)) ? t.lower : ''
}

/** `name` → the fullest name of the article that ends with its last word (`Moore` → `Michael Moore`). */
function fullestNames(candidates: readonly Candidate[]): (name: string) => string {
  const bySurname = new Map<string, string>()
  for (const c of candidates) {
    if (c.entity) continue
    const words = c.name.split(/\s+/)
    const key = words[words.length - 1]!.toLowerCase()
    const best = bySurname.get(key)
    if (!best || words.length > best.split(/\s+/).length) bySurname.set(key, c.name)
  }
  return (name) => {
    const words = name.split(/\s+/)
    const best = bySurname.get(words[words.length - 1]!.toLowerCase())
    if (!best) return name
    const bestWords = best.toLowerCase().split(/\s+/)
    return best.split(/\s+/).length > words.length && words.every((w) => bestWords.includes(w.toLowerCase())) ? best : name
  }
}

/** Fewest letters of a surname `surnameVariant` reads a typo of. */
const VARIANT_LETTERS = 5

/**
 * The one person of `entities` named in full (two words or more) whose surname
 * `surname` misspells by one letter (one added, dropped, changed, or two
 * neighbours swapped: `Chada` for `Chadha`, `Montieth` for `Monteith`), the first
 * letter kept; null when none or several are.
 */
function surnameVariant(entities: readonly Entity[], surname: string): Entity | null {
  if (surname.length < VARIANT_LETTERS) return null
  const lower = surname.toLowerCase()
  let found: Entity | null = null
  for (const e of entities) {
    if (e.type !== 'person') continue
    const space = e.name.lastIndexOf(' ')
    if (space < 0) continue
    const other = e.name.slice(space + 1).toLowerCase()
    if (other.length < VARIANT_LETTERS || other[0] !== lower[0] || other === lower || !oneEditApart(lower, other)) continue
    if (found && found.id !== e.id) return null
    found = e
  }
  return found
}

/** Whether `a` and `b` differ by one letter added, dropped or changed, or by two neighbouring letters swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** The entity named `text` at `start`–`end`: by mention, by name or alias, or by surname. */
function entityFor(entities: readonly Entity[], text: string, start: number, end: number, byOffset?: MentionIndex): Entity | null {
  const lower = text.toLowerCase()
  let bySurname: Entity | null = null
  const hit = byOffset?.at(start, end)
  if (hit) return hit
  if (!byOffset) {
    for (const e of entities) {
      if (e.type === 'location') continue
      if (e.mentions.some((m) => m.position.start.offset < end && start < m.position.end.offset)) return e
    }
  }
  const last = lower.split(/\s+/).pop()!
  const cached = byOffset?.lowerForms(entities)
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!
    if (e.type === 'location') continue
    const forms = cached ? cached[k]! : lowerFormsOf(e)
    if (forms.name === lower || forms.aliases.includes(lower)) return e
    if (!bySurname && e.type === 'person' && forms.last === last) bySurname = e
  }
  return bySurname
}

/** An entity's name and aliases in lower case, and the last word of its name. */
interface LowerForms {
  readonly name: string
  readonly aliases: readonly string[]
  readonly last: string
}

function lowerFormsOf(e: Entity): LowerForms {
  const name = e.name.toLowerCase()
  return {name, aliases: e.aliases.map((a) => a.toLowerCase()), last: name.split(/\s+/).pop()!}
}

/** Entity mentions (people and organisations) in input order, for finding the one at a place. */
class MentionIndex {
  private spans: {start: number; end: number; entity: Entity}[] | null = null
  private forms: LowerForms[] | null = null
  private ids: Map<string, Entity> | null = null
  constructor(private readonly entities: readonly Entity[]) {}
  /** The lower-case forms of `entities`, one per entity, when they are this index's (built on first use); else undefined. */
  lowerForms(entities: readonly Entity[]): readonly LowerForms[] | undefined {
    if (entities !== this.entities) return undefined
    return (this.forms ??= entities.map(lowerFormsOf))
  }
  /** The entity with a mention overlapping `start`–`end`. */
  at(start: number, end: number): Entity | null {
    const spans = this.all()
    const lo = tokenAt(spans, end)
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k]!.end > start) return spans[k]!.entity
    return null
  }
  /** The (first) entity with id `id` (the map built on first use). */
  byId(id: string): Entity | undefined {
    if (!this.ids) {
      this.ids = new Map()
      for (const e of this.entities) if (!this.ids.has(e.id)) this.ids.set(e.id, e)
    }
    return this.ids.get(id)
  }
  /** The mention (of a person or organisation) that starts at `start` and runs past `end`. */
  startingAt(start: number, end: number): {start: number; end: number; entity: Entity} | null {
    const spans = this.all()
    for (let k = tokenAt(spans, start); k < spans.length && spans[k]!.start === start; k++) if (spans[k]!.end > end) return spans[k]!
    return null
  }
  private all(): {start: number; end: number; entity: Entity}[] {
    // Built on first use: many articles never need it.
    if (this.spans) return this.spans
    const spans: {start: number; end: number; entity: Entity}[] = []
    for (const e of this.entities) {
      if (e.type === 'location') continue
      for (const m of e.mentions) spans.push({start: m.position.start.offset, end: m.position.end.offset, entity: e})
    }
    // A stable sort: ties stay in the entities' order.
    return (this.spans = spans.sort(byStart))
  }
}

function byStart(a: {start: number}, b: {start: number}): number {
  return a.start - b.start
}

type Resolved = {speaker: Speaker | null; type?: EntityType; place?: boolean; start: number; end: number; lastBlock: number; sentenceEnd: number; cued: boolean}

/**
 * Whether the candidate `c` may be what a pronoun of `antecedent` stands for: of the wanted `type` (any when null); an untyped
 * name only when not `typedOnly` and, for a gendered pronoun, with a given name or a gender; never of the other gender. A module
 * function, not a closure made per pronoun: under tsx, which keeps function names, each closure made costs a `defineProperty` of
 * about a microsecond.
 */
function compatibleAntecedent(c: Candidate, type: EntityType | null, typedOnly: boolean, gender: {want: Gender} | undefined): boolean {
  return (c.type ? type === null || c.type === type : !typedOnly && !(gender && !c.given && !c.gender)) && !(gender && c.gender && c.gender !== gender.want)
}

/**
 * The candidate a pronoun at `at` stands for: looking back, the first subject
 * (sentence-initial or subject of a speech verb) of the wanted type, else the
 * nearest of that type; earlier speakers count as subjects (with
 * `typedOnly`, only a speaker of the wanted type). With `object` (whether
 * candidate `k` stands in a complement), a name of the pronoun's paragraph
 * that stands in none goes before a nearer one that does. With `personOnly`
 * (a pronoun that only stands for a person, `he`), no earlier speaker that
 * is a place counts.
 */
function antecedent(
  candidates: readonly Candidate[],
  resolved: readonly Resolved[],
  at: number,
  type: EntityType | null,
  typedOnly = false,
  blockStart = -1,
  gender?: {want: Gender; of: ReadonlyMap<string, Gender>},
  reported = -1,
  object?: (k: number) => boolean,
  personOnly = false
): (Speaker & {from: number}) | null {
  let nearest: Candidate | null = null
  let subject: Candidate | null = null
  // With `object`: whether the nearest is an object, and the nearest candidate before it (read back after it) that is none.
  let nearestObject = false
  let free: Candidate | null = null
  // `he`, `she` stand for a person: a name the entities step did not report only with a given name, a title or a
  // speech verb (`Alan Pryce`, `Mr Roldan`, `Lawson said`), not `Grand Slam` or a headline in capitals.
  for (let k = lowerBound(candidates, at) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (at - c.start > LOOK_BACK) break
    if (!compatibleAntecedent(c, type, typedOnly, gender) || (reported >= 0 && c.start >= reported)) continue
    // Leaving the paragraph of the pronoun: someone named in it, subject or not, comes first.
    // (Unless every name of the paragraph read so far is an object: then a subject before it.)
    if (nearest && !subject && c.start < blockStart && nearest.start >= blockStart && !(nearestObject && !free)) break
    if (!nearest) {
      nearest = c
      nearestObject = object !== undefined && object(k)
    } else if (nearestObject && !free && !object!(k)) free = c
    if (c.subject) {
      subject = c
      // `Selon X, Y reste … « … », affirme-t-il`: the source a phrase opening the subject's sentence names speaks there.
      if (c.sourced >= 0) {
        const source = candidates[lowerBound(candidates, c.sourced)]
        if (source && source.start === c.sourced && compatibleAntecedent(source, type, typedOnly, gender)) subject = source
      }
      break
    }
  }
  // `Patron du club, il avait dirigé la Ligue, avant de céder sa place à Amadou Ndiaye. … « … », a-t-il lancé`: in the
  // pronoun's paragraph, a name that is no object goes before a nearer one in a complement (`à X`, `par X et Y`).
  if (!subject && nearest && nearest.start >= blockStart && blockStart >= 0) subject = free && free.start >= blockStart ? free : nearest
  // The last resolved speaker, when nearer than the subject found.
  const last = lastResolved(resolved, at, (r) => {
    if (!(r.speaker && r.speaker.position && r.speaker.position.start.offset < at && at - r.speaker.position.start.offset <= LOOK_BACK)) return false
    const other = gender && r.speaker.entity ? gender.of.get(r.speaker.entity) : undefined
    if (other && other !== gender!.want) return false
    if (personOnly && r.place) return false
    // `», a déclaré l'ancien Premier ministre` after a body's words: only a speaker of the type wanted, when typed.
    return !(typedOnly && type && r.type && r.type !== type)
  })
  // With no subject in reach, the last speaker goes before a name that is only an object.
  const chosen = subject ?? (last ? null : nearest)
  if (last && last.speaker && (!chosen || last.speaker.position!.start.offset > chosen.start)) {
    const {name, entity} = last.speaker
    return {...named(name, entity), from: last.speaker.position!.start.offset}
  }
  if (!chosen) return null
  return {...named(chosen.name, chosen.entity), from: chosen.start}
}

/** The quote resolved last that `take` accepts, read back from the last one while they end within LOOK_BACK of `at`. */
function lastResolved(resolved: readonly Resolved[], at: number, take: (r: Resolved) => boolean): Resolved | null {
  for (let k = resolved.length - 1; k >= 0; k--) {
    const r = resolved[k]
    if (!r) continue
    if (r.end < at - LOOK_BACK) break
    if (take(r)) return r
  }
  return null
}

/**
 * The organisation a pronoun of gender `gender` at input offset `at` stands for: the nearest name before it, after
 * input offset `after`, when it is an organisation named with a determiner of that gender that is no preposition
 * (`le Conseil scientifique`, `le ministère de l'Agriculture`, not `du Conseil`) and is a subject or has its verb right
 * after it (`le Conseil scientifique s'est montré`); null when a person that is a subject is nearer, and in a locale
 * whose determiners have no gender.
 */
function gendered(doc: QuoteDocument, candidates: readonly Candidate[], at: number, after: number, gender: Gender): Candidate | null {
  const w = doc.words
  const determiners = gender === 'm' ? w.masculineDeterminers : w.feminineDeterminers
  if (determiners.size === 0) return null
  for (let k = lowerBound(candidates, at) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (c.start <= after || at - c.start > LOOK_BACK) return null
    if (c.type === 'person' && c.subject) return null
    if (c.type !== 'organization' || !determiners.has(c.before) || w.prepositions.has(c.before)) continue
    if (c.subject) return c
    const view = doc.blocks[blockAt(doc, c.end)]!
    const j = indexIn(view, c.end)
    if (verbAfter(doc, view, j)) return c
    // An elided object pronoun or preposition before the verb (`le Conseil l'a confirmé`, `d'ailleurs`); a reflexive
    // `s'est` is one of the locale's auxiliaries, read by `verbAfter` above (`isElided` reads only `l'` and `d'`).
    const next = view.tokens[firstTokenAt(view.tokens, j)]
    const bare = next ? withoutElision(next.lower) : ''
    if (next && bare !== next.lower && isBlank(view.masked.slice(j, next.start), true) && (w.verbs.has(bare) || w.auxiliaries.has(bare))) return c
  }
  return null
}

/** The nearest person before `at` (a subject first, within LOOK_BACK) that `excluded` does not rule out. */
function unroled(candidates: readonly Candidate[], at: number, excluded: (entity?: string) => boolean): (Speaker & {from: number}) | null {
  let nearest: Candidate | null = null
  for (let k = lowerBound(candidates, at) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (at - c.start > LOOK_BACK) break
    if (c.type !== 'person' || excluded(c.entity)) continue
    nearest ??= c
    if (c.subject) return {...named(c.name, c.entity), from: c.start}
  }
  return nearest ? {...named(nearest.name, nearest.entity), from: nearest.start} : null
}

/** Most characters between a demonstrative pronoun and the name it stands for (it points at something just named). */
const DEMONSTRATIVE_REACH = 400

/**
 * The person or body of type `type` named last before `at`, a few sentences
 * back at most: what a demonstrative pronoun (`celui-ci`, `ceux-ci`) stands for.
 */
function lastNamed(candidates: readonly Candidate[], at: number, type: EntityType): Candidate | null {
  for (let k = lowerBound(candidates, at) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (at - c.start > DEMONSTRATIVE_REACH) break
    if (c.type === type) return c
  }
  return null
}

/** The first index of `candidates` (sorted by start) whose start is at or after input offset `at`: a lower bound. */
function lowerBound(candidates: readonly Candidate[], at: number): number {
  return tokenAt(candidates, at)
}

/** The role words of a description as `byRole`, `byRoleAfter` and `namedWithRole` compare them: without elision (`l’ambassadrice` → `ambassadrice`). */
function roleKeys(roles: readonly string[]): Set<string> {
  return new Set(roles.map((r) => withoutElision(r)))
}

/**
 * The person a role (`le ministre`, `the minister`; the `wanted` role keys, `roleKeys`) stands for: an entity
 * with that role or title, else a name written right after that role word
 * earlier in the article (`le ministre Fofana`). Null when the article never
 * names who holds it.
 */
function byRole(candidates: readonly Candidate[], index: MentionIndex, wanted: ReadonlySet<string>, at: number, w: CueWords, otherRank: (c: Candidate) => boolean = () => false): Speaker | null {
  if (wanted.size === 0) return null
  for (let k = lowerBound(candidates, at) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (at - c.start > LOOK_BACK * 2) break
    if (c.type === 'location' || c.type === 'organization' || otherRank(c)) continue
    if (namedWithRole(c, index, wanted, w)) return named(c.name, c.entity)
  }
  return null
}

/**
 * The person a role stands for when the article names its holder only after
 * input offset `at` (within LOOK_BACK): the first person named after it with
 * that role, as `byRole` reads one before it. Null when none is.
 */
function byRoleAfter(candidates: readonly Candidate[], index: MentionIndex, wanted: ReadonlySet<string>, at: number, w: CueWords): Speaker | null {
  for (let k = lowerBound(candidates, at); k < candidates.length && candidates[k]!.start - at <= LOOK_BACK; k++) {
    const c = candidates[k]!
    if (c.type === 'location' || c.type === 'organization') continue
    if (namedWithRole(c, index, wanted, w)) return named(c.name, c.entity)
  }
  return null
}

/**
 * Whether candidate `c` is named with one of the `wanted` roles (without elision): the word right before it, the role
 * words leading to it, or a word of its entity's role or title.
 */
function namedWithRole(c: Candidate, index: MentionIndex, wanted: ReadonlySet<string>, w: CueWords): boolean {
  if (wanted.has(c.before) || roleInLead(c.lead, wanted, w)) return true
  const entity = c.entity ? index.byId(c.entity) : undefined
  const described = `${entity?.role ?? ''} ${entity?.title ?? ''}`.toLowerCase().split(/[\s,]+/)
  for (const r of wanted) if (described.includes(r)) return true
  return false
}

/** What stands between a quote and a verb set after it (`… », a confié`, `…," said`): closing marks, punctuation, spaces. */
const POSTPOSED_GAP = /^[\s"”»’',.!?…]{1,6}$/

/** The word right before a verb, after a space (`… et espère`). */
const WORD_BEFORE_VERB = lazy('[ \\u00a0](\\p{L}+)[ \\u00a0]+$', 'u')

/** Spaces after a word, one to a few. */
const SPACES_AFTER = lazy('^[ \\u00a0]{1,3}', '')

/** Most words of a definite description after its verb (`le célèbre marabout`). */
const DESCRIPTION_WORDS = 3

/**
 * The lower-case words of a definite description right after a cue ending at
 * input offset `at` and closing its clause (`», a confié le marabout, sûr de
 * sa vision`): the article then up to DESCRIPTION_WORDS lower-case words, none a
 * preposition, a determiner or a verb, followed by a comma, a stop or the end of
 * the paragraph. Null otherwise.
 */
function descriptionAfter(doc: QuoteDocument, at: number): string[] | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const i = indexIn(view, at)
  const tokens = view.tokens
  const k = firstTokenAt(tokens, i)
  const t = tokens[k]
  if (!t || !isSpaces(view.masked.slice(i, t.start)) || t.start === i) return null
  const glued = isElided(t.lower) && w.definiteArticles.has(t.lower.slice(0, 2))
  if (!w.definiteArticles.has(t.lower) && !glued) return null
  const parts = [t.lower]
  let j = k + 1
  for (; j < tokens.length && parts.length <= DESCRIPTION_WORDS; j++) {
    const x = tokens[j]!
    if (!isSpaces(view.masked.slice(tokens[j - 1]!.end, x.start))) break
    if (!allAre('lower', x.text) || w.prepositions.has(x.lower) || w.determiners.has(x.lower) || w.verbs.has(x.lower) || w.auxiliaries.has(x.lower)) return null
    parts.push(x.lower)
  }
  if (parts.length === 1 && !glued) return null
  const after = view.masked.slice(tokens[j - 1]!.end, (tokens[j]?.start ?? view.masked.length))
  return /^[\s\u00a0\u202f]*(?:[,.;!?]|$)/.test(after) ? parts : null
}

/** Most characters read after a name for the voice it is given (`'s annual report`, ` said in a statement`). */
const VOICE_AFTER = 40
/** A possessive then a space opening the text after a name (`'s report`). */
const VOICE_POSSESSIVE = /^['’]s?[ \u00a0]/
/** The possessive mark opening the text after a name, cut before its words are read. */
const VOICE_POSSESSIVE_MARK = /^['’]s?/
const VOICE_SPACES = /[ \u00a0]+/
/** Punctuation ending a word (`report,`). */
const VOICE_WORD_END = /[^\p{L}-]+$/u
const VOICE_LOWER_WORD = /^\p{Ll}+$/u

/**
 * Who a voice noun (`report`, `statement`, `spokesman`) with a definite determiner stands for: looking back, the nearest
 * organisation given that voice right after its name (`a World Bank report`, `the ADB's report`, `the Labour
 * spokesman`, one qualifying word allowed: `Ofcom's final report`), a person only with the possessive and a noun that is no
 * role (`Mr Crosby's statement`, not `Tony Blair's spokesman`), or one that said something in it (`4Cast said in a report`). Null when none was.
 */
function voiceIntroduced(candidates: readonly Candidate[], source: string, noun: string, at: number, w: CueWords): Speaker | null {
  for (let k = lowerBound(candidates, at) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (at - c.start > LOOK_BACK) break
    if (c.type === 'location') continue
    const after = source.slice(c.end, c.end + VOICE_AFTER).toLowerCase()
    const possessive = VOICE_POSSESSIVE.test(after)
    // A person's own statement is theirs; a person's spokesman is someone else (`Tony Blair's official spokesman`).
    if (c.type === 'person' && (!possessive || w.roleWords.has(noun))) continue
    const words = after.replace(VOICE_POSSESSIVE_MARK, '').trim().split(VOICE_SPACES).map((x) => x.replace(VOICE_WORD_END, ''))
    if (words[0] === noun || (words[1] === noun && VOICE_LOWER_WORD.test(words[0] ?? '') && !w.verbs.has(words[0]!))) return named(c.name, c.entity)
    if (!possessive && w.verbs.has(words[0] ?? '') && w.voicePrepositions.has(words[1] ?? '') && (words[3] === noun || words[4] === noun)) return named(c.name, c.entity)
  }
  return null
}

/**
 * The person or body a definite description (`le marabout`, `the magazine`:
 * the words `descriptionAfter` returns, so a definite article and no
 * preposition or other determiner) stands for when the article introduced
 * someone with its head noun right before their name (`le célèbre marabout
 * Bambo`, `US magazine Mobile PC`), with its qualifiers (`the top seed` is not
 * `seventh seed X`): the nearest such name before `at`. Null for a head of
 * fewer than four letters, or when no name was introduced so.
 */
function introducedCandidate(candidates: readonly Candidate[], parts: readonly string[], at: number, w: CueWords, organizationNoun: boolean): Candidate | null {
  const first = parts[0]!
  const head = withoutElision(parts[parts.length - 1]!)
  if (head.length < 4 || !allAre('lower', head)) return null
  // The words qualifying the head (`the top seed`, `l’ancien buteur`): the introduction must hold them too.
  const qualifiers = parts.slice(1, -1)
  if (parts.length > 1 && isElided(first)) qualifiers.push(withoutElision(first))
  for (let k = lowerBound(candidates, at) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (at - c.start > LOOK_BACK * 2) break
    if (c.type === 'location' || !c.type) continue
    // The noun right before the name (`le célèbre marabout Bambo`), not one a complement ends with.
    if (c.before !== head || (organizationNoun && c.type !== 'organization')) continue
    // The phrase it heads, up to its determiner: not in a complement (`a indiqué à la radio X`: X is not the radio).
    let d = 1
    while (d < c.lead.length && !w.determiners.has(c.lead[d]!)) d++
    if (w.prepositions.has(c.lead[d + 1] ?? '') || !qualifiers.every((x) => c.lead.slice(1, d).includes(x))) continue
    return c
  }
  return null
}

/**
 * Whether a name's lead words (nearest first) hold one of the `wanted` roles as the head of the phrase before it: right
 * before the name or one word before it (`le ministre iranien X`), before another role word (`l’ancien ministre X`), or
 * completed by a complement (`le procureur de la République de Bayonne X`); not a word a verb stands between (`Prince donated to Trump`).
 */
function roleInLead(lead: readonly string[], wanted: ReadonlySet<string>, w: CueWords): boolean {
  for (let k = 0; k < lead.length; k++) if (wanted.has(lead[k]!) && (k <= 1 || w.prepositions.has(lead[k - 1]!) || isRoleWord(lead[k - 1]!, w))) return true
  return false
}

/**
 * The qualifier making the role right before a name another role (`shadow` in
 * `shadow chancellor Oliver Letwin`, `deputy` in `Deputy Prime Minister John
 * Prescott`, `former` in `former chancellor Ken Clarke`): a `roleQualifiers`
 * word among the role words that end the name's lead words (nearest first),
 * or the one word before them; null when there is none.
 */
function leadQualifier(lead: readonly string[], w: CueWords): string | null {
  let k = 0
  for (; k < lead.length && w.roleWords.has(lead[k]!); k++) if (w.roleQualifiers.has(lead[k]!)) return lead[k]!
  return k > 0 && k < lead.length && w.roleQualifiers.has(lead[k]!) ? lead[k]! : null
}

/**
 * Whether a verb or an auxiliary stands between input offsets `from` and `to`
 * of one block (`The prime minister is trying … with Gordon Brown`): a name
 * there is in the predicate, not in apposition to what comes before it (`The
 * Attorney General, Lord Goldsmith,`). `verbBetween` with auxiliaries, from
 * input offsets.
 */
function predicateBetween(doc: QuoteDocument, from: number, to: number): boolean {
  const b = blockAt(doc, from)
  if (to <= from || blockAt(doc, to) !== b) return false
  const view = doc.blocks[b]!
  return verbBetween(view, firstTokenAt(view.tokens, indexIn(view, from)), indexIn(view, to), doc.words, true)
}

/** Most earlier quotes `paragraphSpeaker` looks through. */
const PARAGRAPH_QUOTES = 6

/**
 * The speaker of the last quote that has one among the quotes resolved so far
 * (a few at most), when it ends in paragraph `block` or the one before: whom a
 * definite description there most likely stands for (`», a dit le député de
 * l'Ain. « … », assure l'élu`). Quotes with no speaker in between are skipped.
 */
function paragraphSpeaker(resolved: readonly Resolved[], block: number): Speaker | null {
  for (let k = resolved.length - 1, n = 0; k >= 0 && n < PARAGRAPH_QUOTES; k--, n++) {
    const r = resolved[k]
    if (!r || r.lastBlock < block - 1) break
    if (r.speaker) return r.speaker
  }
  return null
}

/** Most characters between the start of a sentence opening with a narrative infinitive and its quote (`Et de conclure dans une mise en garde : « …`). */
const NARRATIVE_LEAD = 80

/** Most headline quotes given the speaker of the body quote with their words. */
const MAX_HEADLINE_QUOTES = 4

/** Most subheadings set between dashes read as no one's words (`- "Fatiguée d'avoir peur" -`). */
const MAX_DASHED_HEADINGS = 4

/** Whether the words of `a` and `b` overlap by at least 60% of the longer (case and punctuation aside). */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) => t.toLowerCase().split(NOT_WORD()).filter((x) => x !== '')
  const x = words(a)
  const y = words(b)
  if (x.length === 0 || y.length === 0) return false
  const pool = new Map<string, number>()
  for (const word of y) pool.set(word, (pool.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of x) {
    const left = pool.get(word) ?? 0
    if (left > 0) {
      shared++
      pool.set(word, left - 1)
    }
  }
  return shared >= 0.6 * Math.max(x.length, y.length)
}

/** A colon, a semicolon or a quotation mark: a phrase opening a sentence holds none before its comma (`En tombant sur la glace, …`). */
const PHRASE_BREAK = /[:;«»"“”]/
/** `PHRASE_BREAK`, or a bracket. */
const PHRASE_BREAK_OR_BRACKET = /[:;«»"“”()]/

const NOT_WORD = lazy("[^\\p{L}\\p{N}'’]+", 'u')

/**
 * Most quotes of one sentence read for another's speaker: the earlier ones `sentenceSpeaker` reads back, the later ones
 * a partial quote left with no speaker reads on.
 */
const SENTENCE_QUOTES = 4

/** Whether candidate `c` names `speaker`: the same name, or a mention of the same entity. */
function namesSpeaker(c: Candidate, speaker: Speaker): boolean {
  return c.name === speaker.name || (c.entity !== undefined && c.entity === speaker.entity)
}

/** Whether a person other than `speaker` is named between input offsets `from` and `to`. */
function otherPersonBetween(candidates: readonly Candidate[], speaker: Speaker, from: number, to: number): boolean {
  for (let k = lowerBound(candidates, from); k < candidates.length && candidates[k]!.start < to; k++) {
    const c = candidates[k]!
    if (c.type === 'person' && !namesSpeaker(c, speaker)) return true
  }
  return false
}

/** Whether a person other than the previous quote's speaker is named after its sentence and before `start`. */
function namedBetween(candidates: readonly Candidate[], previous: Resolved, start: number): boolean {
  for (let k = lowerBound(candidates, previous.sentenceEnd); k < candidates.length && candidates[k]!.start < start; k++) {
    const c = candidates[k]!
    // A capitalised name the entity step did not take for a person (`The Consumer Electronics Show`) does not interrupt, when it typed others.
    if ((c.type === 'person' || (!c.type && !(previous.speaker?.entity))) && !(previous.speaker !== null && namesSpeaker(c, previous.speaker))) return true
  }
  return false
}

/**
 * Whether an organisation other than the previous quote's speaker is the subject of a sentence after that quote's
 * sentence and before `start` (`"…," X said. The Home Office has produced a report. "…"`).
 */
function bodyBetween(candidates: readonly Candidate[], previous: Resolved, start: number): boolean {
  for (let k = lowerBound(candidates, previous.sentenceEnd); k < candidates.length && candidates[k]!.start < start; k++) {
    const c = candidates[k]!
    if (c.type === 'organization' && c.subject && c.entity !== undefined && c.entity !== previous.speaker?.entity) return true
  }
  return false
}

/** What `inherited` answers for words going on from a description of someone the article does not name: no one's, on purpose. */
const UNNAMED_SOURCE = Symbol('unnamed source')

/**
 * The speaker of a quote with no cue: the speaker of the quote just before
 * (same or previous paragraph), else the source the previous sentence
 * names (`Selon … Kieran Gill, …`; `UNNAMED_SOURCE` when it describes
 * someone the article does not name), else the person the paragraph before
 * introduces.
 */
function inherited(
  context: Context,
  doc: QuoteDocument,
  resolved: readonly Resolved[],
  firstBlock: number,
  start: number,
  resolveMention: (text: string, at: number, end: number) => Speaker | null,
  candidates: readonly Candidate[]
): Speaker | null | typeof UNNAMED_SOURCE {
  const previous = resolved[resolved.length - 1]
  // The speaker of the quote just before, unless someone else is named in between.
  if (previous && previous.lastBlock >= firstBlock - 1) {
    if (!namedBetween(candidates, previous, start) && !indefiniteSubject(doc, previous.sentenceEnd, start) && !bodyBetween(candidates, previous, start)) return previous.speaker ? {...previous.speaker} : null
  }
  const view = doc.blocks[firstBlock]!
  const i = indexIn(view, start)
  const [s] = sentenceAround(view, Math.max(0, i - 1))
  // The previous sentence, in this block or at the end of the previous one.
  let sentenceView: QuoteBlock | null = null
  let from = 0
  let to = 0
  const before = view.masked.slice(s, Math.max(s, i - 1)).trim()
  if (before === '' || /^[«“"„‘'»]$/.test(before)) {
    if (s > 0) {
      sentenceView = view
      ;[from, to] = sentenceAround(view, s - 1)
    } else if (firstBlock > 0) {
      sentenceView = doc.blocks[firstBlock - 1]!
      const last = Math.max(0, sentenceView.masked.trimEnd().length - 1)
      ;[from, to] = sentenceAround(sentenceView, last)
    }
  }
  if (sentenceView) {
    const a = attributionBefore(sentenceView, from, to, doc.words, false)
    if (a?.speaker) {
      const m: Mention = a.speaker
      const at = offsetOf(sentenceView, m.start)
      const end = offsetOf(sentenceView, m.end)
      const text = context.source.slice(at, end)
      const found = resolveMention(text, at, end)
      // A description of someone the article does not name (an indefinite or possessive determiner, not a definite article:
      // `Her agent told …`, `A friend said …`, not `la crise révèle`) that names no body (not `an NEC official said`):
      // its words are no one's.
      const first = text.split(/\s+/)[0]!.toLowerCase()
      const w = doc.words
      if (!found && m.kind === 'role' && w.determiners.has(first) && !w.definiteArticles.has(first) && !w.prepositions.has(first) && !CAPITAL_AFTER_SPACE().test(text)) return UNNAMED_SOURCE
      return found
    }
    // The sentence before introduces a speaker the article does not name.
    if (a?.cue) return null
    // Its subject, a person or an organisation right before a verb (`la DNCG a prononcé … « … »`).
    const first = lowerBound(candidates, offsetOf(sentenceView, from))
    for (let k = first; k < candidates.length && k < first + 6; k++) {
      const c = candidates[k]!
      if (c.start >= offsetOf(sentenceView, to) || c.start >= start) break
      // Not a name in a complement (`président du Mouvement X (Irada) a exprimé`).
      if (inComplement(c, doc.words)) continue
      if (c.type !== 'location' && (c.type || c.words >= 2) && verbAfter(doc, sentenceView, indexIn(sentenceView, c.end))) return named(c.name, c.entity)
    }
  }
  // (`A BBC spokeswoman said X would stay on. She said that … The programme will … "…"`: the one whose words a sentence
  // before reports in this paragraph, when that sentence opens with its cue's pronoun.)
  const reported = reportedBefore(doc, firstBlock, start, resolveMention)
  if (reported) return reported
  // The nearest full name introduced in this paragraph or the one before.
  const floor = doc.blocks[Math.max(0, firstBlock - 1)]!.block.start
  for (let k = lowerBound(candidates, start) - 1; k >= 0; k--) {
    const c = candidates[k]!
    if (c.start < floor) break
    if (c.type === 'organization' || c.type === 'location') continue
    if (c.words >= 2) return named(c.name, c.entity)
  }
  return null
}

/** Most words between a definite article and a place qualifying a role (`The 58-year-old US singer`). */
const PLACE_ROLE_QUALIFIERS = 2

/**
 * The definite description a place at input offsets `at`..`end` qualifies a role in (`The 58-year-old US singer`, `the
 * French striker`): a definite article, at most PLACE_ROLE_QUALIFIERS words in lower case or digits, the place, then a
 * role word in lower case; its start and end, else null.
 */
function placeQualifiedRole(doc: QuoteDocument, at: number, end: number): [number, number] | null {
  const w = doc.words
  const view = doc.blocks[blockAt(doc, at)]!
  const tokens = view.tokens
  const k = firstTokenAt(tokens, indexIn(view, end))
  const role = tokens[k]
  if (!role || !charIs('lower', role.text) || !isRoleWord(role.lower, w) || !isSpaces(view.masked.slice(indexIn(view, end), role.start))) return null
  const first = firstTokenAt(tokens, indexIn(view, at))
  for (let d = first - 1; d >= 0 && first - d <= PLACE_ROLE_QUALIFIERS + 1; d--) {
    const t = tokens[d]!
    if (!isSpaces(view.masked.slice(t.end, tokens[d + 1]!.start))) return null
    if (w.definiteArticles.has(t.lower)) return [offsetOf(view, t.start), offsetOf(view, role.end)]
    if (!charIs('lower', t.text) && !/^\d/.test(t.text)) return null
    if (w.verbsAndAuxiliaries.has(t.lower) || w.prepositions.has(t.lower) || w.pronouns.has(t.lower)) return null
  }
  return null
}

/** How many sentences before a quote with no cue are read for one that reports someone's words (`reportedBefore`). */
const REPORTED_SENTENCES = 3

/**
 * The speaker of a sentence before input offset `start` in block `b` (REPORTED_SENTENCES at most, the nearest first) that
 * opens with a personal pronoun subject of a speech verb (`She said that …`): what that pronoun stands for (a voice of
 * a body stands for the body: `A BBC spokeswoman said …`); else null.
 */
function reportedBefore(doc: QuoteDocument, b: number, start: number, resolveMention: (text: string, at: number, end: number) => Speaker | null): Speaker | null {
  const view = doc.blocks[b]!
  let i = indexIn(view, start)
  for (let n = 0; n < REPORTED_SENTENCES && i > 0; n++) {
    const [from, to] = sentenceAround(view, i - 1)
    if (from >= i) break
    const a = attributionBefore(view, from, to, doc.words, false)
    const m = a?.speaker
    if (m && m.kind === 'pronoun' && m.start === view.tokens[firstTokenAt(view.tokens, from)]?.start && doc.words.personSubjectPronouns.has(view.masked.slice(m.start, m.end).toLowerCase())) {
      const at = offsetOf(view, m.start)
      return resolveMention(view.masked.slice(m.start, m.end), at, offsetOf(view, m.end))
    }
    i = from
  }
  return null
}

/** A word after a speaker's mention and spaces (a comma first allowed): the verb of `X quoted Y`. */
const RELAY_VERB = lazy('^,?[ \u00a0]+(\\p{L}+)[ \u00a0]+', 'u')

/** A quote's opening mark and spaces, ending a text. */
const OPENING_MARK_END = /[\s\u00a0]*[«"“„‘'][\s\u00a0]*$/

/** Fewest letters of a quote in capitals read as a heading (`SPORTS DE TRADITION FRANÇAISE`; not `OK`, `UFC`). */
const SHOUTED_LETTERS = 10

/** A letter in lower case; a letter in upper case. */
const LOWER_LETTER = /\p{Ll}/u
const UPPER_LETTERS = /\p{Lu}/gu

/** Quote marks (opening or closing). */
const QUOTE_MARKS = /[«»"“”„]/g

/** Most characters between a colon and the opening mark of the quote it leads in (spaces, a paragraph break). */
const COLON_GAP = 6

/**
 * The input offset of the colon that leads in the quote starting at `start` (`… aux autorités :` then `« …`), past white
 * space and the opening mark; -1 when none does.
 */
function colonBefore(source: string, start: number): number {
  for (let k = start - 1; k >= 0 && start - k <= COLON_GAP; k--) {
    const c = source[k]!
    if (c === ':') return k
    if (!/[\s\u00a0«"“]/.test(c)) return -1
  }
  return -1
}

/** Most characters of the words between a topic's preposition and its name, or an owner's preposition and its name. */
const TOPIC_GAP = 12

/**
 * The person owning the noun whose topic is the name starting at input offset `at` (`La prédiction de Koulibaly sur
 * Gana Gueye`, at `Gana Gueye`): a person's name right before a topic preposition (`sur`) that itself follows an owner's
 * preposition (`de`); null when the words around are not so.
 */
function topicOwner(source: string, candidates: readonly Candidate[], at: number, w: CueWords): Candidate | null {
  // (From the start of the name holding `at`: `Cheikh Ba`, of which the cue kept `Ba`.)
  const holder = candidates[lowerBound(candidates, at + 1) - 1]
  if (holder && holder.start < at && holder.end > at) at = holder.start
  const gap = TOPIC_WORD().exec(source.slice(Math.max(0, at - TOPIC_GAP), at))
  if (!gap || !w.topicPrepositions.has(gap[1]!.toLowerCase())) return null
  const owner = entityEndingAt(candidates, at - gap[0].length)
  if (!owner || owner.type !== 'person') return null
  const before = OWNER_WORD().exec(source.slice(Math.max(0, owner.start - TOPIC_GAP), owner.start))
  return before && w.ownerPrepositions.has((before[1] ?? before[2]!).toLowerCase()) ? owner : null
}

/** A word between spaces at the end of a text (a topic's preposition before its name). */
const TOPIC_WORD = lazy('[ \\u00a0](\\p{L}+)[ \\u00a0]+$', 'u')

/** A word at the end of a text, after a space or the text's start, followed by a space or ending with an apostrophe. */
const OWNER_WORD = lazy("(?:^|[ \\u00a0])(?:(\\p{L}+)[ \\u00a0]+|(\\p{L}+['’]))$", 'u')

/** Fewest letters of a name's last word that `namedInWords` looks for (`Sall`, not `Ba`). */
const NAMED_WORD_LETTERS = 4

/** Characters read back from a name in a quote's words for the two words before it. */
const WORD_BEFORE_REACH = 40

/** A quote mark inside a quote's words: a span that holds other quotes or the narrative between them. */
const INNER_QUOTE_MARK = /[«»"“”]/

/**
 * Whether the words `text` of a quote name the person `entity` in the third person: its name, an alias, or the last word
 * of its name (a surname of at least NAMED_WORD_LETTERS letters), as a whole word (`« Libérez Moustapha Diakhaté ! »`
 * names `Moustapha Diakhaté`; `Sallé` names no `Sall`). A one-word form after a capitalised word or a cue phrase
 * (`Diomaye Faye` is not `Amdy Faye`, `selon M. Lecointre` is narrative) does not count, nor do words holding a quote mark
 * (a span run past its closing mark into the narrative).
 */
function namedInWords(text: string, entity: Entity | undefined, w: CueWords): boolean {
  if (!entity || INNER_QUOTE_MARK.test(text)) return false
  for (const name of [entity.name, ...entity.aliases]) {
    const last = name.slice(name.lastIndexOf(' ') + 1)
    for (const word of last.length >= NAMED_WORD_LETTERS && last !== name ? [name, last] : [name]) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (!wholeWordAt(text, at, at + word.length)) continue
        const [before = '', previous = ''] = text.slice(Math.max(0, at - WORD_BEFORE_REACH), at).split(/\s+/).filter(Boolean).reverse()
        // `the teenage Michael Howard`, `un nouveau Serigne Bada`: a determiner and a word in lower case that is no role
        // (`le président X` is another) describe the speaker themself.
        if (w.determiners.has(previous.toLowerCase()) && charIs('lower', before) && !w.roleWords.has(before)) continue
        if (word.includes(' ')) return true
        if (!charIs('upper', before) && !w.cuePhrases.some((p) => p.length === 1 && p[0] === before.toLowerCase())) return true
      }
    }
  }
  return false
}

/**
 * Whether a quote of text `text`, ending at input offset `end`, is a heading in capitals: no letter in lower case, at
 * least SHOUTED_LETTERS letters in two words or more, and no cue, or one that another quote comes before (more than one
 * quote mark between the quote's end and the cue at input offset `cue`).
 */
function shoutedHeading(source: string, text: string, end: number, cue: number | undefined): boolean {
  if (LOWER_LETTER.test(text) || !/\s/.test(text.trim())) return false
  if ((text.match(UPPER_LETTERS)?.length ?? 0) < SHOUTED_LETTERS) return false
  if (cue === undefined) return true
  return cue > end && (source.slice(end, cue).match(QUOTE_MARKS)?.length ?? 0) > 1
}

/** Most determiners or prepositions between a verb and its partial quote, or auxiliaries between a name and its verb. */
const VERB_OBJECT_WORDS = 2

/** Most words `roleBeforeCue` reads back from a cue's verb to a role's determiner (`le chef de l’État sénégalais`). */
const ROLE_CUE_WORDS = 6

/** Most words `coordinatedPronoun` reads back from a quote to its clause's pronoun (`et il a désormais « … »`). */
const COORDINATED_CLAUSE_WORDS = 8

/** A mark that ends or opens a clause. */
const CLAUSE_MARK = /[,;:.!?()«»"“”–—]/

/** Most words opening a subordinate clause before its subject (`Et alors que`, `Lorsqu'`). */
const SUBORDINATE_OPENING = 3

/** Most words `bodyBeforeCue` reads back from a cue's verb to a described body's noun (`la police d'Ahmedabad`). */
const BODY_CUE_WORDS = 8

/** A role's complement, then a comma and a word (a subject relative, `qui`), then words with no mark of a clause up to a quote. */
const RELATIVE_AFTER_ROLE = lazy('^[^,;:.!?«»"“”()]{0,40},[ \\u00a0]*(\\p{L}+)[ \\u00a0][^,;:.!?«»"“”()]*[«"“]?[ \\u00a0]*$', 'u')

/** The end of a clause closed by a colon (a quote's opening mark cut off after it first). */
const COLON_LEAD = /\S[ \u00a0]*:[\s\u00a0]*$/

/** A capitalised word after the first (`an NEC official`): a description naming a body. */
const CAPITAL_AFTER_SPACE = lazy('\\s\\p{Lu}', 'u')
const SHORT_ACRONYM = lazy('^[\\p{Lu}&.]{2,10}$', 'u')
const NOT_UPPER = lazy('[^\\p{Lu}]', 'gu')
const CAPITAL_GROUPS = lazy("(?:^|\\s)((?:\\p{Lu}[\\p{L}&.'’-]*)(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,6})", 'gu')
