import type {Extractor} from '../pipeline.js'

/** Byline at the top or signature at the end: byline and authors. */
export const bylineExtractor: Extractor = {
  name: 'byline',
  run: () => ({})
}
