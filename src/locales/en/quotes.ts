import type {QuoteLexicon} from '../lexicon-quotes.js'

export const quotes: QuoteLexicon = {
  speechVerbs: []
}
