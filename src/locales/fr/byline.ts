import type {BylineLexicon} from '../lexicon-byline.js'

export const byline: BylineLexicon = {
  prefixes: [],
  conjunctions: []
}
