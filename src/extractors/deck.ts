/**
 * Deck (standfirst, summary): `alternativeHeadline`.
 *
 * From the front matter (`deck`, `description`, `summary`, `excerpt`…); in
 * Markdown, an emphasised line or a lower heading right under the headline;
 * in plain text, a short one-sentence block between the headline and a body
 * that is one long unbroken block — and nothing else: the first paragraph of
 * a story is not a deck.
 */
import {positionAt, type Block, type Context} from '../context.js'
import {isClaimed, type Extractor} from '../pipeline.js'
import {readBylineLine} from './byline.js'
import {matchDateline} from './dateline.js'
import {lazy} from '../chars.js'

const RX1 = lazy(String.raw`[.!?…][»”"’)]?[ \t\u00a0]*[\p{Lu}«“"]`, 'gu')
const RX2 = lazy(String.raw`[.!?…][»”"’)]?[ \t\u00a0]+[\p{Lu}«“"]`, 'gu')

/** Front matter keys read as the deck, in order of preference. */
const DECK_KEYS = ['deck', 'subtitle', 'standfirst', 'description', 'summary', 'excerpt', 'lead']

/** Longest deck taken from the text itself (characters). */
const MAX_DECK = 400

/** Sentence ends followed by another sentence inside `text` (`glued`: also with no space, as in scraped text). */
function innerSentences(text: string, glued = false): number {
  return text.match(glued ? RX1() : RX2())?.length ?? 0
}

/** Whether `block` is a whole emphasised paragraph in the input (`*…*`, `_…_`, `**…**`). */
function emphasised(context: Context, block: Block): boolean {
  const raw = context.source.slice(block.start, block.end).trim()
  return /^[*_]/.test(raw) && /[*_]$/.test(raw) && !raw.includes('\n\n')
}

function candidate(context: Context, block: Block): boolean {
  const text = block.text.trim()
  if (text.length === 0 || text.length > MAX_DECK) return false
  if (matchDateline(block, context) || readBylineLine(text, context)) return false
  return true
}

/** Sets `alternativeHeadline` and claims the deck block. */
export const deckExtractor: Extractor = {
  name: 'deck',
  run(context, article, state) {
    const data = context.frontMatter?.data
    for (const key of DECK_KEYS) {
      const entry = data?.get(key)
      if (entry && typeof entry.value === 'string' && entry.value.trim() !== '') {
        return {alternativeHeadline: entry.value.trim(), alternativeHeadlinePosition: positionAt(context, entry.start, entry.end)}
      }
    }
    if (article.headline === null || article.headlinePosition === null) return {}
    const after = article.headlinePosition.end.offset
    const open = context.blocks.filter((b) => b.start >= after && !isClaimed(state.claims, b))
    const next = open[0]
    if (!next || !candidate(context, next)) return {}

    let deck = false
    if (context.format === 'markdown') {
      // A lower heading, or an emphasised paragraph, right under the headline.
      const headlineBlock = context.blocks.find((b) => b.start <= article.headlinePosition!.start.offset && article.headlinePosition!.start.offset < b.end)
      const underHeading = headlineBlock?.kind === 'heading' || context.frontMatter !== null
      deck =
        underHeading &&
        ((next.kind === 'heading' && next.depth >= 2 && (headlineBlock?.kind !== 'heading' || next.depth > headlineBlock.depth)) ||
          (next.kind === 'paragraph' && emphasised(context, next))) &&
        open.length >= 2
    } else {
      // Plain text: title, standfirst, then the article as one long unbroken block
      // (and at most a short signature after it).
      const body = open[1]
      const rest = open.slice(2)
      const text = next.text.trim()
      deck =
        body !== undefined &&
        rest.every((b) => b.text.length <= 80) &&
        text.length >= 60 &&
        !text.includes('\n') &&
        innerSentences(text) <= 1 &&
        body.text.length >= 1500 &&
        body.text.length >= 6 * text.length &&
        !body.text.includes('\n') &&
        innerSentences(body.text, true) >= 8 &&
        !matchDateline(body, context)
    }
    if (!deck) return {}
    const text = next.text.trim()
    return {
      alternativeHeadline: text,
      alternativeHeadlinePosition: positionAt(context, next.start, next.end),
      claims: [{start: next.start, end: next.end}]
    }
  }
}
