/**
 * `parseArticle` and `createContext` with every built-in locale (`en`, `fr`):
 * what `newsdown` exports.
 */
import type {Context} from '../context.js'
import {builtinLocales} from '../locales/index.js'
import {createContext as createContextWith, parseArticle as parseArticleWith, type ParseOptions} from '../parse.js'
import type {NewsArticle} from '../schema/article.js'
import {withLocales} from './with-locales.js'

/**
 * Parses a news article, given as plain text or Markdown, into a `NewsArticle`.
 *
 * Synchronous and pure: no I/O, no clock, no randomness. Problems found in
 * the text are reported in `diagnostics`; only input that is not a string,
 * input longer than `maxLength` and invalid options throw (`NewsdownError`).
 * The language is detected among `en` and `fr` unless `language` or
 * `locales` says otherwise.
 *
 * @param input The article.
 * @param options How to read it.
 * @returns The article, valid against `schemas/news-article.schema.json`.
 */
export function parseArticle(input: string, options?: ParseOptions): NewsArticle {
  return parseArticleWith(input, withLocales(options, builtinLocales))
}

/**
 * Builds the shared context of a parse (what every extractor reads), with
 * the `en` and `fr` locales unless `options.locales` says otherwise.
 */
export function createContext(input: string, options?: ParseOptions): Context {
  return createContextWith(input, withLocales(options, builtinLocales))
}
