import type {DateLexicon} from '../lexicon-dates.js'

export const dates: DateLexicon = {
  months: [],
  weekdays: [],
  publishedCues: [],
  modifiedCues: []
}
