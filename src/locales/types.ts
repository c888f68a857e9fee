/**
 * The `Locale` interface: everything newsdown knows about one language, as data.
 *
 * Each part is a lexicon owned by one area of the parser; every list is
 * lower-case, trimmed and free of duplicates unless its doc says otherwise
 * (`test/locales.test.ts` lints them and checks that all locales have the
 * same keys). Adding a language means adding a folder under `src/locales/`
 * that implements this interface — no extractor changes.
 */
import type {BylineLexicon} from './lexicon-byline.js'
import type {DateLexicon} from './lexicon-dates.js'
import type {EntityLexicon} from './lexicon-entities.js'
import type {QuoteLexicon} from './lexicon-quotes.js'

export type {BylineLexicon, DateLexicon, EntityLexicon, QuoteLexicon}

/** Words used to recognise the language of a text. */
export interface DetectionLexicon {
  /** Frequent function words of the language (lower-case), used for detection. */
  readonly stopWords: readonly string[]
}

/** One language pack. */
export interface Locale {
  /** BCP 47 primary language tag, e.g. `fr`. */
  readonly code: string
  /** English name of the language, e.g. `French`. */
  readonly name: string
  readonly detection: DetectionLexicon
  readonly dates: DateLexicon
  readonly byline: BylineLexicon
  readonly quotes: QuoteLexicon
  readonly entities: EntityLexicon
}
