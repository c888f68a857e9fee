/**
 * The part of the public surface every entry point (`newsdown`,
 * `newsdown/fr`, `newsdown/en`) shares: options, the pipeline, errors and
 * the types of the article.
 */
export {DEFAULT_MAX_LENGTH} from '../parse.js'
export type {ParseOptions} from '../parse.js'
export {defaultPipeline} from '../default-pipeline.js'
export {NewsdownError, InvalidInputError, InvalidOptionError, InputTooLargeError} from '../errors.js'
export type {Locale} from '../locales/types.js'
export type {Context} from '../context.js'
export type {
  Author,
  DateKind,
  DateMention,
  Dateline,
  Diagnostic,
  DiagnosticCode,
  Entity,
  EntityType,
  NewsArticle,
  Paragraph,
  ParagraphKind,
  Point,
  Position,
  Publisher,
  Quote,
  QuoteKind,
  Severity,
  Span,
  Speaker
} from '../schema/article.js'
