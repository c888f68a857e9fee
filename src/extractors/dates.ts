import type {Extractor} from '../pipeline.js'

/** Dates mentioned in the text: dates. */
export const datesExtractor: Extractor = {
  name: 'dates',
  run: () => ({})
}
