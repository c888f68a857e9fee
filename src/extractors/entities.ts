/**
 * `entities`: the people, organisations and places the article names, each
 * with every mention (text + position), titles and roles for people, and
 * acronyms linked to their expansions. Rules and locale data only; users may
 * add their own recognisers (`ParseOptions.recognizers`), whose spans are
 * merged with ours.
 */
import {findEntities} from '../entities/resolve.js'
import type {Extractor} from '../pipeline.js'

/** People, organisations and places: entities. */
export const entitiesExtractor: Extractor = {
  name: 'entities',
  run: (context, article) => {
    try {
      return {entities: findEntities(context, article)}
    } catch {
      // Never throw on any text: an unexpected failure leaves the field empty.
      return {entities: []}
    }
  }
}
