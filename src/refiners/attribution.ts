import type {Extractor} from '../pipeline.js'

/** Resolves quote speakers (pronouns, titles, surnames) to entities. */
export const attributionRefiner: Extractor = {
  name: 'attribution',
  run: () => ({})
}
