/**
 * `parseArticle`: builds the context and runs the pipeline.
 */
import {detectFormat, readDocument, type Context} from './context.js'
import {InputTooLargeError, InvalidInputError, InvalidOptionError} from './errors.js'
import {findFrontMatter} from './frontmatter.js'
import {detectLanguage, SAMPLE} from './language.js'
import type {Locale} from './locales/types.js'
import type {EntityRecognizer} from './entities/types.js'
import {runPipeline, type Extractor} from './pipeline.js'
import {defaultPipeline} from './default-pipeline.js'
import {LineIndex} from './position.js'
import type {Diagnostic, NewsArticle} from './schema/article.js'

/** Options of `parseArticle`. */
export interface ParseOptions {
  /**
   * Language of the article (BCP 47 primary tag of a registered locale, e.g.
   * `fr`). Default: detected from the text among `locales`.
   */
  language?: string
  /** Locale packs to use. Default: those of the entry point — `en` and `fr` for `newsdown`, only `fr` for `newsdown/fr`, only `en` for `newsdown/en`. */
  locales?: readonly Locale[]
  /**
   * Date against which relative dates (`vendredi dernier`, `Feb 26`) are
   * resolved: a `Date` or an ISO 8601 string. Default: the article's own
   * publication date when it states one; otherwise such dates are left out.
   */
  referenceDate?: string | Date
  /** How to read the input. Default `'auto'`: Markdown when it shows Markdown syntax or front matter. */
  format?: 'auto' | 'markdown' | 'text'
  /** Longest input accepted, in UTF-16 code units; longer input throws `InputTooLargeError`. Default 2,000,000. */
  maxLength?: number
  /** The steps to run. Default: `defaultPipeline`. Copy it to add, remove or replace steps. */
  pipeline?: readonly Extractor[]
  /**
   * Extra entity recognisers (a model, a gazetteer of your own): each returns
   * typed spans of the input; they win over the built-in rules where they
   * overlap, and all mentions are then linked into entities together.
   */
  recognizers?: readonly EntityRecognizer[]
}

/** Default of `ParseOptions.maxLength`. */
export const DEFAULT_MAX_LENGTH = 2_000_000

/**
 * Parses a news article, given as plain text or Markdown, into a `NewsArticle`.
 *
 * Synchronous and pure: no I/O, no clock, no randomness. Problems found in
 * the text are reported in `diagnostics`; only input that is not a string,
 * input longer than `maxLength` and invalid options throw (`NewsdownError`).
 *
 * @param input The article.
 * @param options How to read it.
 * @returns The article, valid against `schemas/news-article.schema.json`.
 */
export function parseArticle(input: string, options: ParseOptions = {}): NewsArticle {
  const context = createContext(input, options)
  return runPipeline(context, emptyArticle(context), options.pipeline ?? defaultPipeline)
}

/**
 * Builds the shared context of a parse (what every extractor reads).
 * Exported for custom steps and tests; `parseArticle` calls it.
 */
export function createContext(input: string, options: ParseOptions = {}): Context {
  if (typeof input !== 'string') {
    throw new InvalidInputError(`Expected the article as a string, got ${input === null ? 'null' : typeof input}`)
  }
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('Expected options to be an object')
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH
  if (typeof maxLength !== 'number' || !(maxLength >= 0)) {
    throw new InvalidOptionError('Expected `maxLength` to be a non-negative number')
  }
  if (input.length > maxLength) throw new InputTooLargeError(input.length, maxLength)
  const format = options.format ?? 'auto'
  if (format !== 'auto' && format !== 'markdown' && format !== 'text') {
    throw new InvalidOptionError("Expected `format` to be 'auto', 'markdown' or 'text'")
  }
  // No default here: the entry points (`newsdown`, `newsdown/fr`, `newsdown/en`) fill in their locales,
  // so that this module does not import any locale pack (see `src/entries/`).
  const locales = options.locales
  if (!Array.isArray(locales) || locales.length === 0) throw new InvalidOptionError('Expected `locales` to be a non-empty array')
  const referenceDate = normaliseReferenceDate(options.referenceDate)

  const contentStart = input.charCodeAt(0) === 0xfeff ? 1 : 0
  const frontMatter = findFrontMatter(input, contentStart)
  const from = frontMatter ? frontMatter.end : contentStart
  const resolvedFormat = format === 'auto' ? detectFormat(input.slice(from), frontMatter !== null) : format
  const lines = new LineIndex(input)
  const {tree, blocks} = readDocument(input, from, resolvedFormat, lines)

  let locale: Locale
  if (options.language !== undefined) {
    const wanted = String(options.language).toLowerCase().split(/[-_]/)[0]
    const found = locales.find((l) => l.code === wanted)
    if (!found) {
      throw new InvalidOptionError(
        `No locale for language \`${options.language}\`; available: ${locales.map((l) => l.code).join(', ')}`
      )
    }
    locale = found
  } else {
    // The blocks' texts joined by line breaks, as far as detection reads.
    let sample = ''
    for (let k = 0; k < blocks.length && sample.length < SAMPLE; k++) sample += (k === 0 ? '' : '\n') + blocks[k]!.text
    locale = detectLanguage(sample, locales).locale
  }

  return {
    source: input,
    format: resolvedFormat,
    tree,
    blocks,
    frontMatter,
    locale,
    locales,
    lines,
    options: {referenceDate, recognizers: normaliseRecognizers(options.recognizers)},
    contentStart
  }
}

function normaliseRecognizers(value: ParseOptions['recognizers']): readonly EntityRecognizer[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((r) => typeof r !== 'function')) {
    throw new InvalidOptionError('Expected `recognizers` to be an array of functions')
  }
  return value
}

function normaliseReferenceDate(value: ParseOptions['referenceDate']): string | null {
  if (value === undefined || value === null) return null
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InvalidOptionError('`referenceDate` is an invalid Date')
    return value.toISOString().slice(0, 10)
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value)) {
    const day = value.slice(0, 10)
    if (!Number.isNaN(Date.parse(day + 'T00:00:00Z'))) return day
  }
  throw new InvalidOptionError('Expected `referenceDate` to be a Date or an ISO 8601 date string (YYYY-MM-DD…)')
}

/** The article before any step ran, with the input-level diagnostics. */
function emptyArticle(context: Context): NewsArticle {
  const diagnostics: Diagnostic[] = []
  const {source} = context
  const whole = context.lines.position(0, source.length)
  if (!/\S/.test(source)) {
    diagnostics.push({code: 'empty-input', severity: 'error', message: 'The input has no text', position: whole})
  } else {
    const sample = source.length > 100_000 ? source.slice(0, 100_000) : source
    // eslint-disable-next-line no-control-regex
    const junk = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0
    if (junk > 0 && junk / sample.length > 0.01) {
      diagnostics.push({
        code: 'binary-content',
        severity: 'warning',
        message: `The input looks binary: ${junk} control or replacement characters`,
        position: whole
      })
    }
  }
  return {
    headline: null,
    headlinePosition: null,
    alternativeHeadline: null,
    alternativeHeadlinePosition: null,
    language: context.locale.code,
    format: context.format,
    authors: [],
    byline: null,
    dateline: null,
    datePublished: null,
    dateModified: null,
    publisher: null,
    dates: [],
    body: [],
    wordCount: 0,
    quotes: [],
    entities: [],
    diagnostics
  }
}
