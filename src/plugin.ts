/**
 * The unified (remark) plugin.
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {builtinLocales} from './locales/index.js'
import {parseArticle, type ParseOptions} from './parse.js'
import type {NewsArticle} from './schema/article.js'

declare module 'vfile' {
  interface DataMap {
    /** The article parsed by `remarkNewsArticle`. */
    article: NewsArticle
  }
}

/** Options of `remarkNewsArticle`: those of `parseArticle`; `format` defaults to `'markdown'`. */
export type RemarkNewsArticleOptions = ParseOptions

/**
 * Parses the file as a news article, in any remark pipeline.
 *
 * The article is the one `parseArticle` returns for the file's text (same
 * context building, same pipeline): it is put on `file.data.article`, and
 * each diagnostic becomes a vfile message with `place` (its position),
 * `ruleId` (its code) and `source` `'newsdown'`; `error` diagnostics are
 * `fatal: true`, `warning` ones `fatal: false`, `info` ones `fatal: undefined`.
 * The tree is not changed.
 *
 * @param options Options of `parseArticle`.
 * @returns The transformer.
 */
export const remarkNewsArticle: Plugin<[RemarkNewsArticleOptions?], Root> = function (options) {
  const settings: ParseOptions = {format: 'markdown', ...options, locales: options?.locales ?? builtinLocales}
  return function (_tree: Root, file: VFile) {
    articleToFile(parseArticle(String(file), settings), file)
  }
}

/**
 * Puts `article` on `file.data.article` and reports its diagnostics as
 * messages of `file` (what `remarkNewsArticle` does after parsing).
 *
 * @param article A parsed article.
 * @param file The file it was parsed from.
 */
export function articleToFile(article: NewsArticle, file: VFile): void {
  file.data.article = article
  for (const d of article.diagnostics) {
    const message = file.message(d.message, {place: d.position, ruleId: d.code, source: 'newsdown'})
    message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined
  }
}
