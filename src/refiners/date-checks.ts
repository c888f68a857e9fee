import type {Extractor} from '../pipeline.js'

/** Date diagnostics: weekday-mismatch, date-after-published, invalid-date. */
export const dateChecksRefiner: Extractor = {
  name: 'date-checks',
  run: () => ({})
}
