/**
 * `newsdown/fr`: newsdown with the French locale only. A French-only user
 * ships this instead of `newsdown`: the other locale packs are not bundled.
 * Articles are read as French unless `options.locales` says otherwise.
 */
import type {Context} from '../context.js'
import {fr} from '../locales/fr/index.js'
import {createContext as createContextWith, parseArticle as parseArticleWith, type ParseOptions} from '../parse.js'
import type {NewsArticle} from '../schema/article.js'
import {withLocales} from './with-locales.js'

const locales = [fr] as const

/**
 * Parses a French news article, given as plain text or Markdown, into a
 * `NewsArticle`. Same as `parseArticle` of `newsdown`, with the `fr`
 * locale only.
 *
 * @param input The article.
 * @param options How to read it.
 * @returns The article, valid against `schemas/news-article.schema.json`.
 */
export function parseArticle(input: string, options?: ParseOptions): NewsArticle {
  return parseArticleWith(input, withLocales(options, locales))
}

/** Builds the shared context of a parse, with the `fr` locale only. */
export function createContext(input: string, options?: ParseOptions): Context {
  return createContextWith(input, withLocales(options, locales))
}

export {fr}
export * from './common.js'
