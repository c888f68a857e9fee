/**
 * The one schema of newsdown.
 *
 * Every type of the public contract is defined here once, with zod/mini.
 * The TypeScript types are inferred from these definitions and
 * `schemas/news-article.schema.json` is generated from them
 * (`npm run schema`); a test fails when the committed file drifts.
 */
import * as z from 'zod/mini'

const d = <T extends z.ZodMiniType>(schema: T, text: string): T =>
  schema.check(z.describe(text)) as T

const offset = d(z.int().check(z.minimum(0)), '0-based UTF-16 offset into the original input.')
const lineOrColumn = z.int().check(z.minimum(1))

/** A place in the original input (unist `Point`). */
export const pointSchema = z.strictObject({
  line: d(lineOrColumn, '1-based line.'),
  column: d(lineOrColumn, '1-based column (UTF-16 code units).'),
  offset
})

/** A span of the original input (unist `Position`): `input.slice(start.offset, end.offset)`. */
export const positionSchema = d(
  z.strictObject({start: pointSchema, end: pointSchema}),
  'Span of the original input: input.slice(start.offset, end.offset) is the text.'
)

/** Some text of the input with where it stands. */
export const spanSchema = z.strictObject({
  text: d(z.string(), 'The text exactly as it stands in the input at `position`.'),
  position: positionSchema
})

/** A credited writer (`Author`). */
export const authorSchema = z.strictObject({
  name: d(z.string(), 'The person’s name as written, without “By”/“Par” or titles.'),
  role: z.optional(d(z.string(), 'Role given with the credit, e.g. “correspondant à Dakar”, “Senior reporter”.')),
  affiliation: z.optional(d(z.string(), 'Agency or outlet credited with the author, e.g. “Reuters”, “AFP”.')),
  position: z.optional(positionSchema)
})

/** A wire dateline (`Dateline`: `WASHINGTON (Reuters) -`). */
export const datelineSchema = z.strictObject({
  text: d(z.string(), 'The dateline as written, e.g. “WASHINGTON (Reuters) -”.'),
  location: z.nullable(d(z.string(), 'The place as written, e.g. “NEW YORK”, “Ferguson, Missouri”.')),
  date: z.nullable(d(z.string(), 'The date given in the dateline, ISO 8601 when it can be resolved, else as written.')),
  source: z.nullable(d(z.string(), 'The agency credited in the dateline, e.g. “Reuters”, “AFP”, “CNN”.')),
  position: positionSchema
})

/** The outlet that published the article (`Publisher`). */
export const publisherSchema = z.strictObject({
  name: z.string(),
  position: z.optional(positionSchema)
})

/** What a date in the text stands for (`DateKind`): `published`, `modified`, `dateline` or `mentioned`. */
export const dateKindSchema = z.enum(['published', 'modified', 'dateline', 'mentioned'])

/** A date found in the text, resolved to ISO 8601. */
export const dateMentionSchema = z.strictObject({
  text: z.string(),
  position: positionSchema,
  kind: dateKindSchema,
  value: d(z.string(), 'ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` (with offset when known) when the text gives a time.'),
  weekday: z.optional(d(z.int().check(z.minimum(0), z.maximum(6)), 'Weekday named in the text (0 = Sunday), when one is.')),
  relative: z.optional(d(z.boolean(), 'True when the value was resolved from a relative expression against the reference date.'))
})

/** The kind of a body block (`ParagraphKind`). */
export const paragraphKindSchema = z.enum(['paragraph', 'heading', 'blockquote', 'list-item', 'code', 'other'])

/** A block of the article body (`Paragraph`). */
export const paragraphSchema = z.strictObject({
  text: d(z.string(), 'Text of the paragraph (Markdown markup removed).'),
  position: positionSchema,
  kind: paragraphKindSchema
})

/** The kind of a quote (`QuoteKind`): `direct`, `partial` or `block`. */
export const quoteKindSchema = z.enum(['direct', 'partial', 'block'])

/** Who said a quote (`Speaker`). */
export const speakerSchema = z.strictObject({
  name: d(z.string(), 'Fullest name the article gives for the speaker.'),
  entity: z.optional(d(z.string(), 'Id of the speaker in `entities`.')),
  position: z.optional(d(positionSchema, 'Where the speaker is named for this quote (the name, title or pronoun).'))
})

/** A quotation with its speaker (`Quote`). */
export const quoteSchema = z.strictObject({
  text: d(z.string(), 'The quoted words, without the quotation marks.'),
  position: d(positionSchema, 'Span inside the marks.'),
  kind: quoteKindSchema,
  speaker: z.nullable(speakerSchema),
  cue: z.nullable(d(spanSchema, 'The attribution verb or phrase as written: “a plaidé”, “said”, “selon”.')),
  parts: z.optional(
    d(
      z.array(spanSchema),
      'Present when `text` is not the input slice at `position` — a quote continued over paragraphs (its paragraphs joined by one space) or Markdown markup inside the marks: the pieces of the input the text was read from, each slicing back exactly.'
    )
  )
})

/** The type of an entity (`EntityType`): `person`, `organization` or `location`. */
export const entityTypeSchema = z.enum(['person', 'organization', 'location'])

/** A person, organisation or place named in the article (`Entity`). */
export const entitySchema = z.strictObject({
  id: d(z.string(), 'Stable id within the article, e.g. `person-1`.'),
  type: entityTypeSchema,
  name: d(z.string(), 'Fullest form in the text, titles removed.'),
  aliases: d(z.array(z.string()), 'Every other form used: surname, acronym, short name.'),
  mentions: z.array(spanSchema),
  title: z.optional(d(z.string(), 'For people: title or honorific as written (“Général”, “Mr”, “Dr”).')),
  role: z.optional(d(z.string(), 'For people: role given by the text (“ministre malien de la Défense”).')),
  country: z.optional(d(z.string(), 'Country the text ties the entity to (from a demonym or a name).'))
})

/** How serious a diagnostic is (`Severity`): `error`, `warning` or `info`. */
export const severitySchema = z.enum(['error', 'warning', 'info'])

/** The code of a diagnostic (`DiagnosticCode`). */
export const diagnosticCodeSchema = z.enum([
  'empty-input',
  'binary-content',
  'missing-headline',
  'missing-body',
  'language-uncertain',
  'weekday-mismatch',
  'invalid-date',
  'date-after-published',
  'modified-before-published',
  'duplicate-paragraph',
  'unbalanced-quote',
  'front-matter-invalid',
  'front-matter-ignored-key',
  'step-ignored-key'
])

/** A problem found in the text (`Diagnostic`), with where it stands. */
export const diagnosticSchema = z.strictObject({
  code: diagnosticCodeSchema,
  severity: severitySchema,
  message: z.string(),
  position: positionSchema
})

/** The parsed article. */
export const newsArticleSchema = z.strictObject({
  headline: z.nullable(z.string()),
  headlinePosition: z.nullable(positionSchema),
  alternativeHeadline: z.nullable(d(z.string(), 'Deck / standfirst / summary.')),
  alternativeHeadlinePosition: z.nullable(positionSchema),
  language: d(z.string(), 'BCP 47 language tag, e.g. `fr`, `en`.'),
  format: d(z.enum(['markdown', 'text']), 'How the input was read.'),
  authors: z.array(authorSchema),
  byline: z.nullable(spanSchema),
  dateline: z.nullable(datelineSchema),
  datePublished: z.nullable(d(z.string(), 'ISO 8601; a date-only value stays `YYYY-MM-DD`.')),
  dateModified: z.nullable(d(z.string(), 'ISO 8601; a date-only value stays `YYYY-MM-DD`.')),
  publisher: z.nullable(publisherSchema),
  dates: d(z.array(dateMentionSchema), 'Every date found: publication, update, dateline and body mentions.'),
  body: z.array(paragraphSchema),
  wordCount: z.int().check(z.minimum(0)),
  quotes: z.array(quoteSchema),
  entities: z.array(entitySchema),
  diagnostics: z.array(diagnosticSchema)
})

/** A place in the input: 1-based line and column, 0-based offset (unist `Point`). */
export type Point = z.infer<typeof pointSchema>
/** A span of the input (unist `Position`). */
export type Position = z.infer<typeof positionSchema>
/** Text of the input with its position. */
export type Span = z.infer<typeof spanSchema>
/** A credited writer. */
export type Author = z.infer<typeof authorSchema>
/** A wire dateline (`WASHINGTON (Reuters) -`). */
export type Dateline = z.infer<typeof datelineSchema>
/** The outlet that published the article. */
export type Publisher = z.infer<typeof publisherSchema>
/** What a date in the text stands for. */
export type DateKind = z.infer<typeof dateKindSchema>
/** A date found in the text. */
export type DateMention = z.infer<typeof dateMentionSchema>
/** The kind of a body block. */
export type ParagraphKind = z.infer<typeof paragraphKindSchema>
/** A block of the article body. */
export type Paragraph = z.infer<typeof paragraphSchema>
/** `direct`, `partial` or `block`. */
export type QuoteKind = z.infer<typeof quoteKindSchema>
/** Who said a quote. */
export type Speaker = z.infer<typeof speakerSchema>
/** A quotation with its speaker. */
export type Quote = z.infer<typeof quoteSchema>
/** `person`, `organization` or `location`. */
export type EntityType = z.infer<typeof entityTypeSchema>
/** A person, organisation or place named in the article. */
export type Entity = z.infer<typeof entitySchema>
/** `error`, `warning` or `info`. */
export type Severity = z.infer<typeof severitySchema>
/** The code of a diagnostic. */
export type DiagnosticCode = z.infer<typeof diagnosticCodeSchema>
/** A problem found in the text. */
export type Diagnostic = z.infer<typeof diagnosticSchema>
/** The parsed article. */
export type NewsArticle = z.infer<typeof newsArticleSchema>
