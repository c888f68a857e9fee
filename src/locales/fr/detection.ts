import type {DetectionLexicon} from '../types.js'

export const detection: DetectionLexicon = {
  stopWords: [
    'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'en', 'dans', 'pour', 'que', 'qui',
    'sur', 'pas', 'par', 'au', 'aux', 'avec', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'il', 'elle',
    'ils', 'elles', 'nous', 'vous', 'ont', 'sont', 'été', 'mais', 'ou', 'où', 'plus', 'selon', 'leur',
    'leurs', 'aussi', 'très', 'comme', 'être', 'avait', 'était', 'fait', 'lors', 'après', 'depuis'
  ]
}
