/**
 * Evaluation of `parseArticle` against gold files: the hand-checked format of
 * `../shared/eval/README.md` and the corpus files whose gold lives in the
 * record itself (Reuters-21578, markdown, en-wire, fr).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {builtinLocales, parseArticle, type NewsArticle} from '../../src/index.js'
import {
  bylineAuthors,
  compileTitles,
  datePart,
  fold,
  scoreCodes,
  scoreEntities,
  scoreNames,
  scoreQuotes,
  sameText,
  wireOpening,
  type EntityLike,
  type QuoteLike,
  type Titles
} from './score.js'
import {Scoreboard} from './stats.js'

/** `../shared/corpus` beside the repository. */
export const defaultCorpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))

/** The entity types scored. */
export const entityTypes = ['person', 'organization', 'location'] as const

/** Titles of every built-in locale plus the fallback list. */
export function localeTitles(): Titles {
  return compileTitles(...builtinLocales.map((l) => (l as {entities?: {titles?: readonly string[]}}).entities?.titles ?? []))
}

/** Reads a JSON Lines file (blank lines skipped). */
export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/**
 * Ids of every annotated article, each once, in this order: `../shared/eval/dev.jsonl` (when there), then the sets of
 * `eval/*.standoff.jsonl` by file name. No rule learns from them, and no new set draws them.
 */
export function annotatedIds(): string[] {
  const files: string[] = []
  const dev = fileURLToPath(new URL('../../../shared/eval/dev.jsonl', import.meta.url))
  if (existsSync(dev)) files.push(dev)
  const evalDir = fileURLToPath(new URL('../../eval/', import.meta.url))
  for (const f of readdirSync(evalDir).filter((f) => f.endsWith('.standoff.jsonl')).sort()) files.push(evalDir + f)
  return [...new Set(files.flatMap((file) => readJsonl(file).map((r) => String(r.id))))]
}

const corpusCache = new Map<string, Map<string, Record<string, unknown>>>()

/** The record of `id` in `<corpusDir>/<corpus>` (files read once). */
export function corpusRecord(corpusDir: string, corpus: string, id: string): Record<string, unknown> | undefined {
  const path = resolve(corpusDir, corpus)
  let byId = corpusCache.get(path)
  if (!byId) {
    byId = new Map()
    for (const r of readJsonl(path)) byId.set(String(r.id), r)
    corpusCache.set(path, byId)
  }
  return byId.get(id)
}

/** A miss, for `--verbose`. */
export interface Miss {
  id: string
  field: string
  gold: unknown
  predicted: unknown
}

/** Options of an evaluation run. */
export interface EvalOptions {
  /** Fields to score (prefix match on the field name); all when empty. */
  fields?: readonly string[]
  /** Called after each parsed article (progress). */
  onArticle?: (done: number) => void
}

/** What an evaluation run returns. */
export interface EvalResult {
  board: Scoreboard
  misses: Miss[]
  /** Articles whose text was not found or whose parse threw. */
  errors: {id: string; error: string}[]
  articles: number
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})

/** Entities of a prediction of one type, tolerant of missing fields. */
export function predictedEntities(article: Partial<NewsArticle> | undefined, type: string): EntityLike[] {
  return arr(article?.entities)
    .map(obj)
    .filter((e) => e.type === type && typeof e.name === 'string')
    .map((e) => ({name: e.name as string, aliases: arr(e.aliases).filter((a): a is string => typeof a === 'string')}))
}

/** Entities of a gold record of one type. */
export function goldEntities(entities: unknown, type: string): EntityLike[] {
  return arr(obj(entities)[type])
    .map(obj)
    .filter((e) => typeof e.name === 'string')
    .map((e) => ({name: e.name as string, aliases: arr(e.aliases).filter((a): a is string => typeof a === 'string')}))
}

function predictedQuotes(article: Partial<NewsArticle> | undefined): QuoteLike[] {
  return arr(article?.quotes)
    .map(obj)
    .filter((q) => typeof q.text === 'string')
    .map((q) => ({text: q.text as string, speaker: str(obj(q.speaker).name)}))
}

function goldQuotes(quotes: unknown): QuoteLike[] {
  return arr(quotes)
    .map(obj)
    .filter((q) => typeof q.text === 'string')
    .map((q) => ({text: q.text as string, speaker: str(q.speaker)}))
}

const predictedAuthors = (article: Partial<NewsArticle> | undefined): string[] =>
  arr(article?.authors)
    .map((a) => str(obj(a).name))
    .filter((a): a is string => a !== null)

function safeParse(text: string): {article?: NewsArticle; error?: string} {
  try {
    return {article: parseArticle(text)}
  } catch (error) {
    return {error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)}
  }
}

function wanted(options: EvalOptions, field: string): boolean {
  const fields = options.fields ?? []
  return fields.length === 0 || fields.some((f) => field === f || field.startsWith(f + ':') || field.startsWith(f + '.'))
}

/** Scores gold records in the format of `../shared/eval/README.md`. */
export function evaluateGold(records: readonly Record<string, unknown>[], corpusDir: string, options: EvalOptions = {}): EvalResult {
  const board = new Scoreboard()
  const misses: Miss[] = []
  const errors: EvalResult['errors'] = []
  const titles = localeTitles()
  let done = 0
  for (const record of records) {
    const id = String(record.id)
    const gold = obj(record.gold)
    const source = corpusRecord(corpusDir, String(record.corpus), id)
    const text = str(source?.text)
    if (text === null) {
      errors.push({id, error: `no text for ${id} in ${record.corpus}`})
      continue
    }
    const parsed = safeParse(text)
    if (parsed.error) errors.push({id, error: parsed.error})
    const article: Partial<NewsArticle> = parsed.article ?? {}
    const lang = str(gold.language) ?? str(article.language) ?? 'unknown'
    scoreGoldArticle(id, lang, gold, article, board, misses, titles, options)
    options.onArticle?.(++done)
  }
  return {board, misses, errors, articles: records.length}
}

/**
 * Scores a second annotation of the same articles against the first, with the
 * same rules as the parser (`npm run eval -- first.jsonl --against second.jsonl`):
 * how often two annotators agree is the ceiling a parser can be held to.
 * Articles missing from `others` count as empty annotations.
 */
export function evaluateAgreement(records: readonly Record<string, unknown>[], others: readonly Record<string, unknown>[], options: EvalOptions = {}): EvalResult {
  const board = new Scoreboard()
  const misses: Miss[] = []
  const titles = localeTitles()
  const second = new Map(others.map((r) => [String(r.id), obj(r.gold)]))
  let done = 0
  for (const record of records) {
    const id = String(record.id)
    const gold = obj(record.gold)
    const lang = str(gold.language) ?? 'unknown'
    scoreGoldArticle(id, lang, gold, annotationAsArticle(second.get(id) ?? {}), board, misses, titles, options)
    options.onArticle?.(++done)
  }
  return {board, misses, errors: [], articles: records.length}
}

/** A gold annotation in the shape of a parsed article, for `evaluateAgreement`. */
export function annotationAsArticle(gold: Record<string, unknown>): Partial<NewsArticle> {
  const named = (name: unknown) => (typeof name === 'string' ? {name} : undefined)
  const entities = entityTypes.flatMap((type) => goldEntities(gold.entities, type).map((e) => ({type, name: e.name, aliases: e.aliases})))
  return {
    headline: str(gold.headline) ?? undefined,
    language: str(gold.language) ?? undefined,
    datePublished: str(gold.datePublished) ?? undefined,
    publisher: named(gold.publisher),
    dateline: named(gold.datelineLocation) && {location: gold.datelineLocation},
    authors: arr(gold.authors).map((a) => (typeof a === 'string' ? {name: a} : obj(a))),
    quotes: arr(gold.quotes)
      .map(obj)
      .map((q) => ({text: q.text, speaker: named(q.speaker) ?? null})),
    entities,
    diagnostics: arr(gold.diagnostics).map((c) => (typeof c === 'string' ? {code: c} : obj(c)))
  } as unknown as Partial<NewsArticle>
}

/** Scores one article of the hand-checked gold (exported for tests). */
export function scoreGoldArticle(
  id: string,
  lang: string,
  gold: Record<string, unknown>,
  article: Partial<NewsArticle>,
  board: Scoreboard,
  misses: Miss[],
  titles: Titles,
  options: EvalOptions = {}
): void {
  const exact = (field: string, g: unknown, p: unknown, same: (a: string | null, b: string | null) => boolean = sameText) => {
    if (!(field in gold) || !wanted(options, field)) return
    const right = same(str(g), str(p))
    board.exact(field, lang, right)
    if (!right) misses.push({id, field, gold: g ?? null, predicted: p ?? null})
  }
  exact('headline', gold.headline, article.headline)
  exact('language', gold.language, article.language)
  exact('datePublished', gold.datePublished, article.datePublished, (a, b) => datePart(a) === datePart(b))
  exact('publisher', gold.publisher, obj(article.publisher).name)
  exact('datelineLocation', gold.datelineLocation, obj(article.dateline).location)

  if ('authors' in gold && wanted(options, 'authors')) {
    const g = arr(gold.authors).map((a) => (typeof a === 'string' ? a : str(obj(a).name))).filter((a): a is string => a !== null)
    const p = predictedAuthors(article)
    const {counts, matching} = scoreNames(g, p, titles)
    board.set('authors', lang, counts)
    if (counts.fp + counts.fn > 0) {
      misses.push({id, field: 'authors', gold: matching.missed.map((i) => g[i]!), predicted: matching.extra.map((i) => p[i])})
    }
  }

  if ('entities' in gold) {
    const ignore = goldEntities(gold.entities, 'ignore')
    for (const type of entityTypes) {
      const field = `entities:${type}`
      if (!wanted(options, field)) continue
      const g = goldEntities(gold.entities, type)
      const p = predictedEntities(article, type)
      const {counts, matching} = scoreEntities(type, g, p, ignore, titles)
      board.set(field, lang, counts)
      if (counts.fp + counts.fn > 0) {
        misses.push({
          id,
          field,
          gold: matching.missed.map((i) => g[i]!.name),
          predicted: matching.extra.map((i) => p[i]!.name)
        })
      }
    }
  }

  if ('quotes' in gold && wanted(options, 'quotes')) {
    const g = goldQuotes(gold.quotes)
    const p = predictedQuotes(article)
    const {counts, matching, speakers} = scoreQuotes(g, p, titles)
    board.set('quotes', lang, counts, speakers)
    if (counts.fn > 0 || counts.fp > 0) {
      misses.push({
        id,
        field: 'quotes',
        gold: matching.missed.map((i) => g[i]!),
        predicted: matching.extra.map((i) => p[i]!)
      })
    }
    if (speakers.wrong.length > 0) {
      misses.push({
        id,
        field: 'quotes:speaker',
        gold: speakers.wrong.map(([gi]) => ({text: g[gi]!.text, speaker: g[gi]!.speaker})),
        predicted: speakers.wrong.map(([, pi]) => ({text: p[pi]!.text, speaker: p[pi]!.speaker}))
      })
    }
  }

  if ('diagnostics' in gold && wanted(options, 'diagnostics')) {
    const g = arr(gold.diagnostics).map((c) => (typeof c === 'string' ? c : String(obj(c).code)))
    const p = arr(article.diagnostics)
      .map((d) => str(obj(d).code))
      .filter((c): c is string => c !== null)
    const {counts, missed, extra} = scoreCodes(g, p)
    board.set('diagnostics', lang, counts)
    if (counts.fp + counts.fn > 0) misses.push({id, field: 'diagnostics', gold: missed, predicted: extra})
  }
}

/** Which corpus a record with its own gold comes from. */
export type CorpusKind = 'reuters' | 'markdown' | 'en-wire' | 'fr' | 'unknown'

/** Detects the kind of a corpus record from its id and gold. */
export function corpusKind(record: Record<string, unknown>): CorpusKind {
  const id = String(record.id ?? '')
  const gold = obj(record.gold)
  if (id.startsWith('reuters-')) return 'reuters'
  if (id.startsWith('isot-') || id.startsWith('cnndm-')) return 'en-wire'
  if (id.startsWith('fr-')) return 'fr'
  if ('title' in gold || str(record.text)?.startsWith('---')) return 'markdown'
  return 'unknown'
}

/** Scores corpus records whose gold lives in the record (`text`, `gold`, maybe `textWithByline`). */
export function evaluateCorpus(records: readonly Record<string, unknown>[], options: EvalOptions = {}): EvalResult {
  const board = new Scoreboard()
  const misses: Miss[] = []
  const errors: EvalResult['errors'] = []
  const titles = localeTitles()
  let done = 0
  for (const record of records) {
    const id = String(record.id)
    const gold = obj(record.gold)
    const text = str(record.text) ?? ''
    const kind = corpusKind(record)
    const lang = kind === 'fr' ? 'fr' : kind === 'unknown' ? 'unknown' : 'en'
    const exact = (field: string, g: string | null, p: string | null, same = sameText) => {
      if (!wanted(options, field)) return
      const right = same(g, p)
      board.exact(field, lang, right)
      if (!right) misses.push({id, field, gold: g, predicted: p})
    }
    // Parse `text` only when a field read from it is wanted (`--field authors` on
    // Reuters needs only `textWithByline`).
    const needText = ['headline', 'datelineLocation', 'datePublished'].some((f) => wanted(options, f))
    const parsed = needText ? safeParse(text) : {}
    if (parsed.error) errors.push({id, error: parsed.error})
    const article: Partial<NewsArticle> = parsed.article ?? {}
    const location = str(obj(article.dateline).location)
    if (kind === 'reuters') {
      exact('headline', str(gold.headline), str(article.headline))
      exact('datelineLocation', str(gold.datelineLocation), location)
      // Reuters-21578's gold keeps the text before the dateline's first comma
      // (`PORTLAND, Ore., March 3 -` → `PORTLAND`); this row shows how many
      // misses are only that convention (the predicted place cut at its first comma).
      exact('datelineLocation:before-comma', str(gold.datelineLocation), location === null ? null : location.split(',')[0]!)
      const withByline = str(record.textWithByline)
      if (withByline !== null && wanted(options, 'authors')) {
        const parsedByline = safeParse(withByline)
        if (parsedByline.error) errors.push({id: id + ' (textWithByline)', error: parsedByline.error})
        const g = bylineAuthors(str(gold.byline))
        const p = predictedAuthors(parsedByline.article)
        const {counts, matching} = scoreNames(g, p, titles)
        board.set('authors', lang, counts)
        if (counts.fp + counts.fn > 0) {
          misses.push({id, field: 'authors', gold: matching.missed.map((i) => g[i]!), predicted: matching.extra.map((i) => p[i])})
        }
      }
    } else if (kind === 'markdown') {
      if (typeof gold.title === 'string') exact('headline', gold.title, str(article.headline))
      if (typeof gold.date === 'string') exact('datePublished', gold.date, str(article.datePublished), (a, b) => datePart(a) === datePart(b))
    } else if (kind === 'en-wire') {
      const headline = str(gold.headline)
      if (headline === null) {
        // CNN: no printed headline.
        exact('headline:cnn-null', null, str(article.headline))
      } else {
        exact('headline', headline, str(article.headline))
      }
      const body = headline !== null && text.startsWith(headline) ? text.slice(headline.length).replace(/^\s+/, '') : text
      const opening = wireOpening(body)
      if (opening) {
        exact('datelineLocation', opening.location, location)
        const subset = opening.agency.toLowerCase() + (opening.location === null ? '-bare' : '')
        exact(`datelineLocation:${subset}`, opening.location, location)
      }
    } else if (kind === 'fr') {
      const headline = str(gold.headline)
      if (headline !== null) exact('headline', headline.trim(), str(article.headline))
    }
    options.onArticle?.(++done)
  }
  return {board, misses, errors, articles: records.length}
}

/** Whether a file's records are hand-checked gold (`corpus` + `gold`, no `text`). */
export function isGoldFile(records: readonly Record<string, unknown>[]): boolean {
  const first = records[0]
  return first !== undefined && typeof first.corpus === 'string' && !('text' in first)
}

export {fold}
