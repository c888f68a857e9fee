/**
 * newsdown: parse a news article into a typed, validated `NewsArticle`.
 *
 * This file only re-exports the public surface.
 */
export {parseArticle, createContext} from './entries/all.js'
export {DEFAULT_MAX_LENGTH} from './parse.js'
export type {ParseOptions} from './parse.js'
export type {EntityRecognizer, RecognizedSpan, RecognizerInput} from './entities/types.js'
export {defaultPipeline} from './default-pipeline.js'
export type {Extractor, StepResult, PipelineState, Range} from './pipeline.js'
export type {Block, Context} from './context.js'
export {validateArticle} from './validate.js'
export type {ValidationIssue, ValidationResult} from './validate.js'
export {NewsdownError, InvalidInputError, InvalidOptionError, InputTooLargeError} from './errors.js'
export {en, fr, builtinLocales} from './locales/index.js'
export type {Locale, DetectionLexicon, DateLexicon, BylineLexicon, QuoteLexicon, EntityLexicon} from './locales/types.js'
export {newsArticleSchema} from './schema/article.js'
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
} from './schema/article.js'
export {toJsonLd, toJsonLdScript} from './serializers/json-ld.js'
export type {JsonLdOptions, JsonLdPublisher, JsonLdScriptOptions} from './serializers/json-ld.js'
export {toNinjs} from './serializers/ninjs.js'
export type {Ninjs, NinjsBody, NinjsConcept, NinjsInfoSource, NinjsOptions, NinjsText} from './serializers/ninjs.js'
export {toHtml} from './serializers/html.js'
export type {HtmlOptions} from './serializers/html.js'
export {remarkNewsArticle} from './plugin.js'
export type {RemarkNewsArticleOptions} from './plugin.js'
