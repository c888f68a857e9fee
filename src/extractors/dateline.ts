import type {Extractor} from '../pipeline.js'

/** Wire dateline opening the body: dateline. */
export const datelineExtractor: Extractor = {
  name: 'dateline',
  run: () => ({})
}
