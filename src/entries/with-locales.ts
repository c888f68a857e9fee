/**
 * Shared by the entry points: fills in the default locales of an entry point.
 */
import type {Locale} from '../locales/types.js'
import type {ParseOptions} from '../parse.js'

/**
 * `options` with `locales` defaulting to `defaults`. Anything that is not an
 * options object is passed through untouched, so that `parseArticle` reports
 * it with its own typed error.
 */
export function withLocales(options: ParseOptions | undefined, defaults: readonly Locale[]): ParseOptions | undefined {
  if (options === undefined) return {locales: defaults}
  if (options === null || typeof options !== 'object' || options.locales !== undefined) return options
  return {...options, locales: defaults}
}
