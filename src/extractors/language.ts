import type {Extractor} from '../pipeline.js'

/** Sets `language` from the context's locale (chosen by the user or detected). */
export const languageExtractor: Extractor = {
  name: 'language',
  run: (context) => ({language: context.locale.code})
}
