import {countWords} from '../chars.js'
import {positionAt} from '../context.js'
import {isClaimed, type Extractor} from '../pipeline.js'
import type {Paragraph} from '../schema/article.js'

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
