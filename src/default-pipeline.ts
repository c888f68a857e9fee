/**
 * The default pipeline: extractors, then refiners. Copy it to customise.
 */
import {bodyExtractor} from './extractors/body.js'
import {headlineExtractor} from './extractors/headline.js'
import {languageExtractor} from './extractors/language.js'
import type {Extractor} from './pipeline.js'

/**
 * The steps `parseArticle` runs, in order. Metadata extractors run first and
 * claim the lines they use; `body` takes the rest; then the content
 * extractors and the refiners.
 */
export const defaultPipeline: readonly Extractor[] = [
  languageExtractor,
  headlineExtractor,
  bodyExtractor
]
