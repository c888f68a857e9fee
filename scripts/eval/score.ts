/**
 * Scoring functions of `npm run eval`, written to the rules of
 * `../shared/eval/README.md`. Pure: no I/O. Shared by `scripts/eval.ts`,
 * `bench/compare-entities.ts` and `test/eval.test.ts`.
 */

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Precision, recall, F1 (each 0–1; `null` when undefined: nothing predicted / nothing expected). */
export interface Prf {
  precision: number | null
  recall: number | null
  f1: number | null
}

/** An entity as the gold file and `NewsArticle.entities` give it. */
export interface EntityLike {
  name: string
  aliases?: readonly string[]
}

/** A quote as the gold file and `NewsArticle.quotes` give it (speaker already reduced to a name). */
export interface QuoteLike {
  text: string
  speaker: string | null
}

/** One matched pair: index into gold, index into predictions. */
export type Pair = [gold: number, predicted: number]

/** A one-to-one matching and what was left over. */
export interface Matching {
  pairs: Pair[]
  /** Gold items without a match (false negatives). */
  missed: number[]
  /** Predicted items without a match (false positives, before `ignore` is applied). */
  extra: number[]
}

export const emptyCounts = (): Counts => ({tp: 0, fp: 0, fn: 0})

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp
  a.fp += b.fp
  a.fn += b.fn
  return a
}

/** Precision, recall and F1 of counts. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn)
  const f1 =
    c.tp + c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn)
  return {precision, recall, f1}
}

// ---------------------------------------------------------------------------
// Folding

const spaces = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu

/** Folds case and white space (every Unicode space, NBSP and narrow NBSP included): the README's "exact" comparison. */
export function fold(value: string | null | undefined): string {
  if (value === null || value === undefined) return ''
  return String(value).replace(spaces, ' ').trim().toLowerCase()
}

const characterReference = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi
const namedReferences: Record<string, string> = {amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' '}

/**
 * Decodes HTML character references (`&#233;`, `&#xE9;`, `&amp;`): scraped
 * text keeps some as written (`Jos&#233; Manuel Barroso`), the parser reads
 * them as the Markdown parser does (`José Manuel Barroso`), and an annotator
 * may write either form, so names are compared decoded.
 */
export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(characterReference, (whole, dec: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named) return namedReferences[named.toLowerCase()] ?? whole
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole
  })
}

/** `fold` of the decoded text, plus typographic apostrophes and hyphens made plain: used for names. */
export function foldName(value: string | null | undefined): string {
  return fold(value === null || value === undefined ? value : decodeReferences(String(value)))
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u2010-\u2013]/g, '-')
}

/** Whether two values agree after `fold` (`null`, `undefined` and blank agree with each other). */
export function sameText(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  return fold(gold) === fold(predicted)
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * The `YYYY-MM-DD` part of a date: an ISO 8601 value, or an English date as
 * front matter writes it (`May 31, 2019`, `31 May 2019`); otherwise the
 * folded value.
 */
export function datePart(value: string | null | undefined): string {
  const text = fold(value)
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(text)
  if (iso) return iso[0]
  const mdy = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/.exec(text)
  const dmy = /^(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4})\b/.exec(text)
  const [month, day, year] = mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : ['', '', '']
  const m = months.indexOf(month.slice(0, 3))
  if (m === -1 || !months[m]!.startsWith(month.slice(0, 3))) return text
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`
}

// ---------------------------------------------------------------------------
// People

/**
 * Titles stripped from people's names when the locales' `entities.titles`
 * lists lack them (lower-case, without the final dot).
 */
export const fallbackTitles: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'sgt',
  'president', 'prime minister', 'minister', 'senator', 'sen', 'rep', 'gov', 'governor',
  'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'chancellor', 'secretary',
  'm', 'mme', 'mlle', 'me', 'maître', 'docteur', 'pr', 'professeur', 'général', 'colonel',
  'capitaine', 'commandant', 'lieutenant', 'sergent', 'président', 'présidente', 'ministre',
  'premier ministre', 'sénateur', 'député', 'députée', 'maire', 'roi', 'reine', 'imam', 'cheikh',
  'serigne', 'el hadji', 'el hadj', 'elhadji', 'monseigneur', 'mgr', 'abbé', 'père', 'sœur'
]

/** A compiled title list: word sequences, longest first. */
export type Titles = readonly (readonly string[])[]

/** Prepares a title list (locale lists plus `fallbackTitles`) for `stripTitles`. */
export function compileTitles(...lists: readonly (readonly string[])[]): Titles {
  const seen = new Set<string>()
  const out: string[][] = []
  for (const list of [...lists, fallbackTitles]) {
    for (const raw of list) {
      const words = nameWords(String(raw))
      const key = words.join(' ')
      if (words.length === 0 || seen.has(key)) continue
      seen.add(key)
      out.push(words)
    }
  }
  return out.sort((a, b) => b.length - a.length)
}

/** The words of a name, folded, without final dots (`Mr.` → `mr`). */
export function nameWords(name: string): string[] {
  return foldName(name)
    .split(' ')
    .map((w) => w.replace(/\.+$/, ''))
    .filter((w) => w !== '')
}

/** The words of a person's name without leading titles (`Général Sadio Camara` → `sadio camara`). Never strips every word. */
export function stripTitles(name: string, titles: Titles): string[] {
  let words = nameWords(name)
  for (let guard = 0; guard < 8; guard++) {
    const title = titles.find(
      (t) => t.length < words.length && t.every((w, i) => words[i] === w)
    )
    if (!title) break
    words = words.slice(title.length)
  }
  return words
}

const isInitial = (w: string) => /^\p{L}$/u.test(w)

/** Whether two given-name sequences can name the same person (one empty, same first name, or an initial of it). */
function compatibleGiven(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true
  const x = a[0]!
  const y = b[0]!
  if (x === y) return true
  if (isInitial(x) && y.startsWith(x)) return true
  if (isInitial(y) && x.startsWith(y)) return true
  return false
}

/**
 * How two person names match: 2 when they agree after removing titles, 1
 * when they share the surname (last word) with compatible first names
 * (`Bush` ~ `George W Bush`, `G. Bush` ~ `George Bush`, not `Laura Bush`),
 * 0 otherwise.
 */
export function personMatch(gold: string, predicted: string, titles: Titles): 0 | 1 | 2 {
  const g = stripTitles(gold, titles)
  const p = stripTitles(predicted, titles)
  if (g.length === 0 || p.length === 0) return 0
  if (g.join(' ') === p.join(' ')) return 2
  if (g[g.length - 1] !== p[p.length - 1]) return 0
  return compatibleGiven(g.slice(0, -1), p.slice(0, -1)) ? 1 : 0
}

/** Person match of a gold entity (name or any alias) against a predicted name. */
export function personEntityMatch(gold: EntityLike, predicted: EntityLike, titles: Titles): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0
  for (const form of [gold.name, ...(gold.aliases ?? [])]) {
    for (const other of [predicted.name]) {
      const m = personMatch(form, other, titles)
      if (m > best) best = m
    }
  }
  return best
}

/** Whether two non-person entities share a form (name or alias) after folding. */
export function formsMatch(gold: EntityLike, predicted: EntityLike): boolean {
  const forms = new Set([gold.name, ...(gold.aliases ?? [])].map(foldName).filter((f) => f !== ''))
  return [predicted.name, ...(predicted.aliases ?? [])].some((f) => forms.has(foldName(f)))
}

// ---------------------------------------------------------------------------
// One-to-one matching

/**
 * Maximum one-to-one matching, preferring strong pairs: first a maximum
 * matching over pairs scored `strong`, then it is extended (augmenting
 * paths, Kuhn's algorithm) with the weaker pairs among the items left.
 */
export function matchOneToOne(
  goldCount: number,
  predictedCount: number,
  score: (gold: number, predicted: number) => number
): Matching {
  const scores: number[][] = []
  for (let g = 0; g < goldCount; g++) {
    const row: number[] = []
    for (let p = 0; p < predictedCount; p++) {
      const s = score(g, p)
      row.push(s)
    }
    scores.push(row)
  }
  const goldOf: number[] = new Array(predictedCount).fill(-1)
  const predOf: number[] = new Array(goldCount).fill(-1)
  const levels = [...new Set(scores.flat().filter((s) => s > 0))].sort((a, b) => b - a)
  for (let l = 0; l < levels.length; l++) {
    const min = levels[l]!
    for (let g = 0; g < goldCount; g++) {
      if (predOf[g] !== -1) continue
      const seen = new Array<boolean>(predictedCount).fill(false)
      augment(g, min, seen)
    }
  }
  function augment(g: number, min: number, seen: boolean[]): boolean {
    // Try predictions in order of score so that the strongest pair is taken first.
    const order = scores[g]!
      .map((s, p) => [s, p] as const)
      .filter(([s]) => s >= min)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    for (const [, p] of order) {
      if (seen[p]) continue
      seen[p] = true
      if (goldOf[p] === -1 || augment(goldOf[p]!, min, seen)) {
        goldOf[p] = g
        predOf[g] = p
        return true
      }
    }
    return false
  }
  const pairs: Pair[] = []
  const missed: number[] = []
  for (let g = 0; g < goldCount; g++) {
    if (predOf[g] === -1) missed.push(g)
    else pairs.push([g, predOf[g]!])
  }
  const extra: number[] = []
  for (let p = 0; p < predictedCount; p++) if (goldOf[p] === -1) extra.push(p)
  return {pairs, missed, extra}
}

/** Scores one entity type: gold vs predictions, with `ignore` items dropping unmatched predictions that match them. */
export function scoreEntities(
  type: string,
  gold: readonly EntityLike[],
  predicted: readonly EntityLike[],
  ignore: readonly EntityLike[],
  titles: Titles
): {counts: Counts; matching: Matching; ignored: number[]} {
  const person = type === 'person'
  const matching = matchOneToOne(gold.length, predicted.length, (g, p) =>
    person ? personEntityMatch(gold[g]!, predicted[p]!, titles) : formsMatch(gold[g]!, predicted[p]!) ? 2 : 0
  )
  const ignored: number[] = []
  const extra: number[] = []
  for (const p of matching.extra) {
    const hit = ignore.some((i) => formsMatch(i, predicted[p]!) || (person && personEntityMatch(i, predicted[p]!, titles) === 2))
    if (hit) ignored.push(p)
    else extra.push(p)
  }
  return {
    counts: {tp: matching.pairs.length, fp: extra.length, fn: matching.missed.length},
    matching: {...matching, extra},
    ignored
  }
}

/** Scores people named as authors (strings). */
export function scoreNames(gold: readonly string[], predicted: readonly string[], titles: Titles): {counts: Counts; matching: Matching} {
  const matching = matchOneToOne(gold.length, predicted.length, (g, p) => personMatch(gold[g]!, predicted[p]!, titles))
  return {counts: {tp: matching.pairs.length, fp: matching.extra.length, fn: matching.missed.length}, matching}
}

// ---------------------------------------------------------------------------
// Quotes

/** Words of a text (letters and digits), folded. */
export function words(text: string): string[] {
  return foldName(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
}

/** Shared words of two texts (multiset intersection) divided by the longer one's word count. */
export function wordOverlap(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  const longer = Math.max(x.length, y.length)
  if (longer === 0) return 0
  const bag = new Map<string, number>()
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of y) {
    const n = bag.get(w) ?? 0
    if (n > 0) {
      shared++
      bag.set(w, n - 1)
    }
  }
  return shared / longer
}

/** The overlap at which a predicted quote matches a gold quote. */
export const QUOTE_OVERLAP = 0.6

/** Whether a predicted speaker is right for a gold one (null only matches null; names compared like people's). */
export function speakerRight(gold: string | null, predicted: string | null, titles: Titles): boolean {
  if (gold === null || fold(gold) === '') return predicted === null || fold(predicted) === ''
  if (predicted === null || fold(predicted) === '') return false
  return personMatch(gold, predicted, titles) > 0
}

/** Scores quotes: P/R/F1 counts and speaker accuracy over matched quotes. */
export function scoreQuotes(
  gold: readonly QuoteLike[],
  predicted: readonly QuoteLike[],
  titles: Titles
): {counts: Counts; matching: Matching; speakers: {right: number; total: number; wrong: Pair[]}} {
  const matching = matchOneToOne(gold.length, predicted.length, (g, p) => {
    const o = wordOverlap(gold[g]!.text, predicted[p]!.text)
    // Scores are bucketed so that closer pairs are matched first.
    return o >= QUOTE_OVERLAP ? Math.round(o * 100) : 0
  })
  let right = 0
  const wrong: Pair[] = []
  for (const pair of matching.pairs) {
    if (speakerRight(gold[pair[0]]!.speaker, predicted[pair[1]]!.speaker, titles)) right++
    else wrong.push(pair)
  }
  return {
    counts: {tp: matching.pairs.length, fp: matching.extra.length, fn: matching.missed.length},
    matching,
    speakers: {right, total: matching.pairs.length, wrong}
  }
}

/**
 * Scores diagnostic codes as sets: the gold names each problem an article has once (`duplicate-paragraph`),
 * while the parser reports each occurrence with its position, so a code repeated on either side counts once.
 */
export function scoreCodes(gold: readonly string[], predicted: readonly string[]): {counts: Counts; missed: string[]; extra: string[]} {
  const want = new Set(gold)
  const got = new Set(predicted)
  const extra = [...got].filter((c) => !want.has(c))
  const missed = [...want].filter((c) => !got.has(c))
  return {counts: {tp: got.size - extra.length, fp: extra.length, fn: missed.length}, missed, extra}
}

// ---------------------------------------------------------------------------
// Gold derived from corpus files

const agencyWords = ['reuters', 'reuter', 'reutersd', 'afp', 'ap', 'aps', 'upi', 'cnn']

/**
 * Expected author names of a wire byline (`gold.byline` of Reuters-21578):
 * drop a leading `By`/`by`; keep what comes before the first comma (the
 * agency follows it: `By Cal Mankowski, Reuters` → `Cal Mankowski`); drop
 * an agency word left at the end without a comma (`By Brad Schade
 * Reuters`); split on ` and ` / ` & ` (any case): `by X and Y` → two.
 * Names keep their case as written.
 */
export function bylineAuthors(byline: string | null | undefined): string[] {
  if (!byline) return []
  let text = byline.replace(spaces, ' ').trim()
  text = text.replace(/^by\s+/i, '')
  const comma = text.indexOf(',')
  if (comma !== -1) text = text.slice(0, comma)
  let parts = text.split(/\s+(?:and|&)\s+/i)
  parts = parts.map((part) => {
    const ws = part.trim().split(' ')
    while (ws.length > 1 && agencyWords.includes(ws[ws.length - 1]!.toLowerCase().replace(/\.+$/, ''))) ws.pop()
    return ws.join(' ').replace(/\.+$/, '').trim()
  })
  return parts.filter((p) => p !== '')
}

/** What a Reuters/CNN wire opening says the dateline place is. */
export interface WireOpening {
  agency: 'Reuters' | 'CNN'
  /** The place as written, `null` for a bare `(CNN)` or `(Reuters) -`. */
  location: string | null
}

// A place as datelines print it: capitalised words (`SAN JUAN, Puerto Rico`,
// `WASHINGTON/BEIJING`, `St. Louis`), a few lower-case particles, at most 8
// words. Bounded and linear: words are separated by one space or ", ".
const placeWord = String.raw`(?:\p{Lu}[^\s(),]{0,30}|de|del|la|le|el|of|upon|am|sur)`
const place = String.raw`\p{Lu}[^\s(),]{0,30}(?:,? ${placeWord}){0,7}`
const reutersOpening = new RegExp(String.raw`^(?:(${place}) )?\(Reuters\) [-\u2013\u2014]`, 'u')
const cnnOpening = new RegExp(String.raw`^(?:(${place}) ?)?\(CNN\)`, 'u')

/**
 * The dateline of a wire opening, from the start of the body:
 * `CITY (Reuters) -` → `CITY`; `City, Country (CNN)` → `City, Country`;
 * bare `(CNN)` or `(Reuters) -` → location `null`. Returns `null` when the
 * body does not open that way (`The council met (CNN) …` does not).
 */
export function wireOpening(body: string): WireOpening | null {
  const head = body.slice(0, 300).split('\n', 1)[0] ?? ''
  const reuters = reutersOpening.exec(head)
  if (reuters) return {agency: 'Reuters', location: reuters[1] ?? null}
  const cnn = cnnOpening.exec(head)
  if (cnn) return {agency: 'CNN', location: cnn[1] ?? null}
  return null
}
