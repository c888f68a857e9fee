/**
 * Types of the entity recogniser interface: what a user-supplied recogniser
 * (a model, a gazetteer of their own) returns, to be merged with ours.
 */
import type {EntityType} from '../schema/article.js'

/** A span found by a recogniser, in offsets of the input given to `parseArticle`. */
export interface RecognizedSpan {
  /** Offset of the first character in the input. */
  readonly start: number
  /** Offset just after the last character. */
  readonly end: number
  /** What the span names. */
  readonly type: EntityType
}

/** What a recogniser is told about the article. */
export interface RecognizerInput {
  /** The input exactly as given to `parseArticle`. */
  readonly source: string
  /** The language of the article (BCP 47 primary tag, e.g. `fr`). */
  readonly language: string
  /** The text blocks (headline, paragraphs…) with their offsets in `source`; front matter excluded. */
  readonly blocks: readonly {readonly start: number; readonly end: number}[]
}

/**
 * A user recogniser: returns typed spans of the input. Its spans win over
 * ours where they overlap; the built-in rules fill the rest, then all
 * mentions are linked into entities (coreference, acronyms) together.
 */
export type EntityRecognizer = (input: RecognizerInput) => readonly RecognizedSpan[]
