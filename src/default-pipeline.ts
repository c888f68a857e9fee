/**
 * The default pipeline: extractors, then refiners. Copy it to customise.
 */
import {bodyExtractor} from './extractors/body.js'
import {bylineExtractor} from './extractors/byline.js'
import {datelineExtractor} from './extractors/dateline.js'
import {datesExtractor} from './extractors/dates.js'
import {deckExtractor} from './extractors/deck.js'
import {entitiesExtractor} from './extractors/entities.js'
import {headlineExtractor} from './extractors/headline.js'
import {languageExtractor} from './extractors/language.js'
import {publicationExtractor} from './extractors/publication.js'
import {quotesExtractor} from './extractors/quotes.js'
import type {Extractor} from './pipeline.js'
import {attributionRefiner} from './refiners/attribution.js'
import {dateChecksRefiner} from './refiners/date-checks.js'
import {duplicatesRefiner} from './refiners/duplicates.js'
import {headlineCheckRefiner} from './refiners/headline-check.js'

/**
 * The steps `parseArticle` runs, in order. Metadata extractors run first and
 * claim the ranges they use (publication line, headline, deck, byline);
 * `body` takes the rest; then the content extractors and the refiners.
 */
export const defaultPipeline: readonly Extractor[] = [
  languageExtractor,
  publicationExtractor,
  headlineExtractor,
  deckExtractor,
  bylineExtractor,
  datelineExtractor,
  bodyExtractor,
  datesExtractor,
  entitiesExtractor,
  quotesExtractor,
  attributionRefiner,
  dateChecksRefiner,
  duplicatesRefiner,
  headlineCheckRefiner
]
