import {positionAt} from '../context.js'
import type {Extractor} from '../pipeline.js'

/** Headline: the front matter title, else the first heading, else the first block. */
export const headlineExtractor: Extractor = {
  name: 'headline',
  run(context) {
    const title = context.frontMatter?.data.get('title')
    if (title && typeof title.value === 'string' && title.value.trim() !== '') {
      return {headline: title.value.trim(), headlinePosition: positionAt(context, title.start, title.end)}
    }
    const block = context.blocks.find((b) => b.kind === 'heading') ?? context.blocks[0]
    if (!block) return {}
    return {
      headline: block.text.trim(),
      headlinePosition: positionAt(context, block.start, block.end),
      claims: [{start: block.start, end: block.end}]
    }
  }
}
