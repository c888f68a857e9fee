import type {EntityLexicon} from '../lexicon-entities.js'

export const entities: EntityLexicon = {
  titles: []
}
