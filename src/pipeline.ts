/**
 * The pipeline: an ordered list of extractors, then refiners, over one context.
 */
import type {Context} from './context.js'
import type {Diagnostic, NewsArticle} from './schema/article.js'

/** A range of the input, in offsets. */
export interface Range {
  readonly start: number
  readonly end: number
}

/** What the steps before this one left for it to read. */
export interface PipelineState {
  /** Ranges of the input taken as metadata (headline, byline, publication line…), not body. */
  readonly claims: readonly Range[]
}

/** What a step returns: fields it sets, diagnostics it reports, ranges it claims. */
export type StepResult = Partial<Omit<NewsArticle, 'diagnostics'>> & {
  /** Diagnostics to add. */
  diagnostics?: Diagnostic[]
  /** Ranges of the input this step took as metadata, so that they are not body text. */
  claims?: Range[]
}

/**
 * One step of the pipeline: a pure function of the context, the article so
 * far and the pipeline state.
 */
export interface Extractor {
  /** Name, for messages and for finding the step in a copied pipeline. */
  readonly name: string
  /** Runs the step. Must not change its arguments. */
  run(context: Context, article: Readonly<NewsArticle>, state: PipelineState): StepResult
}

/**
 * Runs `steps` in order, merging what each returns into `article`. A key a step returns that is no field of a
 * `NewsArticle` (nor `diagnostics` or `claims`) is dropped and reported (`step-ignored-key`): the article stays valid
 * against its strict schema, whichever step returned it.
 */
export function runPipeline(context: Context, article: NewsArticle, steps: readonly Extractor[]): NewsArticle {
  const claims: Range[] = []
  let current = article
  for (const step of steps) {
    const result = step.run(context, current, {claims})
    // A new article per step (a step may keep the one it was given), its fields copied in a loop:
    // a rest pattern (`{diagnostics, claims, ...fields}`) costs an extra object per step.
    const next = copyArticle(current) as unknown as Record<string, unknown>
    let ignored: Diagnostic[] | undefined
    for (const key in result) {
      if (key === 'diagnostics' || key === 'claims' || !Object.hasOwn(result, key)) continue
      // (The copy holds every field of an article, and only those.)
      if (Object.hasOwn(next, key)) next[key] = result[key as keyof StepResult]
      else (ignored ??= []).push(ignoredKey(context, step, key))
    }
    current = next as unknown as NewsArticle
    const {diagnostics, claims: claimed} = result
    if (diagnostics && diagnostics.length > 0) current.diagnostics = [...current.diagnostics, ...diagnostics]
    if (ignored) current.diagnostics = [...current.diagnostics, ...ignored]
    if (claimed) claims.push(...claimed)
  }
  return current
}

/** The diagnostic of a key `step` returned that is no field of an article, dropped: placed on the whole input. */
function ignoredKey(context: Context, step: Extractor, key: string): Diagnostic {
  return {
    code: 'step-ignored-key',
    severity: 'warning',
    message: `Step \`${step.name}\` returned \`${key}\`, which is no field of a NewsArticle: dropped`,
    position: context.lines.position(0, context.source.length)
  }
}

/**
 * A copy of `a`, its fields named one by one. V8 (Node 20) copies an object
 * of 18 fields by spread (`{...a}`) or `Object.assign` in about 1 µs, by this
 * literal about ten times faster: the spread after each of the 14 steps was
 * some 15 µs of every parse, whatever its length. The schema is a strict
 * object, so these are all the fields an article has (the compiler checks it),
 * and a key beyond them is dropped (`runPipeline`).
 */
function copyArticle(a: NewsArticle): NewsArticle {
  return {
    headline: a.headline,
    headlinePosition: a.headlinePosition,
    alternativeHeadline: a.alternativeHeadline,
    alternativeHeadlinePosition: a.alternativeHeadlinePosition,
    language: a.language,
    format: a.format,
    authors: a.authors,
    byline: a.byline,
    dateline: a.dateline,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    publisher: a.publisher,
    dates: a.dates,
    body: a.body,
    wordCount: a.wordCount,
    quotes: a.quotes,
    entities: a.entities,
    diagnostics: a.diagnostics
  }
}

/** Whether `range` lies inside one of `claims`. */
export function isClaimed(claims: readonly Range[], range: Range): boolean {
  return claims.some((c) => c.start <= range.start && range.end <= c.end)
}
