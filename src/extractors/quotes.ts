import type {Extractor} from '../pipeline.js'

/** Quotations and their speakers: quotes. */
export const quotesExtractor: Extractor = {
  name: 'quotes',
  run: () => ({})
}
