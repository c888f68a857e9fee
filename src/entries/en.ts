/**
 * `newsdown/en`: newsdown with the English locale only. A English-only user
 * ships this instead of `newsdown`: the other locale packs are not bundled.
 * Articles are read as English unless `options.locales` says otherwise.
 */
import type {Context} from '../context.js'
import {en} from '../locales/en/index.js'
import {createContext as createContextWith, parseArticle as parseArticleWith, type ParseOptions} from '../parse.js'
import type {NewsArticle} from '../schema/article.js'
import {withLocales} from './with-locales.js'

const locales = [en] as const

/**
 * Parses a English news article, given as plain text or Markdown, into a
 * `NewsArticle`. Same as `parseArticle` of `newsdown`, with the `en`
 * locale only.
 *
 * @param input The article.
 * @param options How to read it.
 * @returns The article, valid against `schemas/news-article.schema.json`.
 */
export function parseArticle(input: string, options?: ParseOptions): NewsArticle {
  return parseArticleWith(input, withLocales(options, locales))
}

/** Builds the shared context of a parse, with the `en` locale only. */
export function createContext(input: string, options?: ParseOptions): Context {
  return createContextWith(input, withLocales(options, locales))
}

export {en}
export * from './common.js'
