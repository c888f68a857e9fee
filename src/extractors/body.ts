import {letterOrDigitWidth} from '../chars.js'
import {positionAt} from '../context.js'
import {isClaimed, type Extractor} from '../pipeline.js'
import type {Paragraph} from '../schema/article.js'

/**
 * Counts words: runs of letters and digits, with inner hyphens, apostrophes
 * and dots (the matches of `/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\/gu`,
 * counted in one pass without building them).
 */
export function countWords(text: string): number {
  let n = 0
  let i = 0
  const length = text.length
  // 0: between words, 1: in a word, 2: on a joiner right after a word.
  let state = 0
  while (i < length) {
    const c = text.charCodeAt(i)
    const w = c < 128 ? ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0) : letterOrDigitWidth(text, i)
    if (w > 0) {
      if (state === 0) n++
      state = 1
      i += w
      continue
    }
    state = state === 1 && (c === 45 || c === 39 || c === 0x2019 || c === 46) ? 2 : 0
    i++
  }
  return n
}

/**
 * Sets `body` (every block not claimed as metadata by an earlier step) and
 * `wordCount` (words of the body).
 */
export const bodyExtractor: Extractor = {
  name: 'body',
  run(context, _article, state) {
    const body: Paragraph[] = []
    let wordCount = 0
    for (const block of context.blocks) {
      if (isClaimed(state.claims, block)) continue
      body.push({text: block.text, position: positionAt(context, block.start, block.end), kind: block.kind})
      wordCount += countWords(block.text)
    }
    return {body, wordCount}
  }
}
