import type {Extractor} from '../pipeline.js'

/** Deck / standfirst: alternativeHeadline. */
export const deckExtractor: Extractor = {
  name: 'deck',
  run: () => ({})
}
