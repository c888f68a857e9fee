/**
 * newsdown: parse a news article into a typed, validated `NewsArticle`.
 *
 * This file only re-exports the public surface.
 */
export {parseArticle, createContext} from './entries/all.js'
export * from './entries/common.js'
export type {EntityRecognizer, RecognizedSpan, RecognizerInput} from './entities/types.js'
export type {Extractor, StepResult, PipelineState, Range} from './pipeline.js'
export type {Block} from './context.js'
export {validateArticle} from './validate.js'
export type {ValidationIssue, ValidationResult} from './validate.js'
export {en, fr, builtinLocales} from './locales/index.js'
export type {DetectionLexicon, DateLexicon, BylineLexicon, QuoteLexicon, EntityLexicon} from './locales/types.js'
export {toJsonLd, toJsonLdScript} from './serializers/json-ld.js'
export type {JsonLdOptions, JsonLdPublisher, JsonLdScriptOptions} from './serializers/json-ld.js'
export {toNinjs} from './serializers/ninjs.js'
export type {Ninjs, NinjsBody, NinjsConcept, NinjsInfoSource, NinjsOptions, NinjsText} from './serializers/ninjs.js'
export {toHtml} from './serializers/html.js'
export type {HtmlOptions} from './serializers/html.js'
export {remarkNewsArticle} from './plugin.js'
export type {RemarkNewsArticleOptions} from './plugin.js'
