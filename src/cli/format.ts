/**
 * Output formats of the command line, shared by `parse` and the batch workers.
 */
import type {NewsArticle} from '../schema/article.js'
import {toHtml} from '../serializers/html.js'
import {toJsonLd} from '../serializers/json-ld.js'
import {toNinjs} from '../serializers/ninjs.js'

/** Formats of `newsdown parse`. */
export const FORMATS = ['json', 'jsonld', 'ninjs', 'html'] as const
/** A format of `newsdown parse`. */
export type Format = (typeof FORMATS)[number]

/** Options of the serializers that the command line passes on. */
export interface OutputOptions {
  url?: string
  timeZone?: string
}

/** The value written for `format` (`html` is a string; the others are JSON values). */
export function render(article: NewsArticle, input: string, format: Format, options: OutputOptions = {}): unknown {
  switch (format) {
    case 'jsonld':
      return toJsonLd(article, {
        ...(options.url ? {url: options.url} : {}),
        ...(options.timeZone ? {timeZone: options.timeZone} : {})
      })
    case 'ninjs':
      return toNinjs(article, options.timeZone ? {timeZone: options.timeZone} : {})
    case 'html':
      return toHtml(article, input)
    default:
      return article
  }
}

/** Key of the output value in a batch line: `{id, article}`, `{id, jsonld}`, `{id, ninjs}`. */
export function batchKey(format: Format): string {
  return format === 'json' ? 'article' : format
}
