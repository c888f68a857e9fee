/**
 * `newsdown/schema`: the one schema of newsdown as zod/mini schemas, for
 * users who compose it with their own zod schemas (`z.extend`, `z.pick`…).
 *
 * Kept out of `newsdown` so that parsing and `validateArticle` do not ship
 * zod (about 20 KB minified): `validateArticle` checks the same schema
 * without it. zod is not bundled here either: this entry imports the
 * `zod` the package depends on, so `z.safeParse(newsArticleSchema, value)`
 * with your own zod 4 works with one copy of zod.
 */
export {
  authorSchema,
  dateKindSchema,
  dateMentionSchema,
  datelineSchema,
  diagnosticCodeSchema,
  diagnosticSchema,
  entitySchema,
  entityTypeSchema,
  newsArticleSchema,
  paragraphKindSchema,
  paragraphSchema,
  pointSchema,
  positionSchema,
  publisherSchema,
  quoteKindSchema,
  quoteSchema,
  severitySchema,
  speakerSchema,
  spanSchema
} from '../schema/article.js'
