import type {Extractor} from '../pipeline.js'

/** Paragraphs repeated verbatim: duplicate-paragraph. */
export const duplicatesRefiner: Extractor = {
  name: 'duplicates',
  run: () => ({})
}
