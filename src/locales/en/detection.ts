import type {DetectionLexicon} from '../types.js'

export const detection: DetectionLexicon = {
  stopWords: [
    'the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from',
    'it', 'its', 'he', 'she', 'they', 'his', 'her', 'their', 'has', 'have', 'had', 'been', 'are', 'were',
    'will', 'would', 'said', 'says', 'which', 'who', 'this', 'but', 'not', 'an', 'be', 'or', 'after',
    'also', 'than', 'more', 'about', 'we', 'there', 'into', 'over'
  ]
}
