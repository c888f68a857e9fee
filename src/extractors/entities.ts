import type {Extractor} from '../pipeline.js'

/** People, organisations and places: entities. */
export const entitiesExtractor: Extractor = {
  name: 'entities',
  run: () => ({})
}
