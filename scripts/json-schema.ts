import * as z from 'zod/mini'
import * as s from '../src/schema/article.js'

/** Names of the shared definitions (`$defs`) of the JSON Schema. */
const names: [z.ZodMiniType, string][] = [
  [s.pointSchema, 'Point'],
  [s.positionSchema, 'Position'],
  [s.spanSchema, 'Span'],
  [s.authorSchema, 'Author'],
  [s.datelineSchema, 'Dateline'],
  [s.publisherSchema, 'Publisher'],
  [s.dateMentionSchema, 'DateMention'],
  [s.paragraphSchema, 'Paragraph'],
  [s.speakerSchema, 'Speaker'],
  [s.quoteSchema, 'Quote'],
  [s.entitySchema, 'Entity'],
  [s.diagnosticSchema, 'Diagnostic']
]

/** The JSON Schema (draft 2020-12) of `NewsArticle`, as committed in `schemas/`. */
export function buildJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{id: string; description?: string}>()
  for (const [schema, id] of names) {
    const description = z.globalRegistry.get(schema)?.description
    registry.add(schema, description ? {id, description} : {id})
  }
  const schema = z.toJSONSchema(s.newsArticleSchema, {target: 'draft-2020-12', metadata: registry, reused: 'inline'}) as Record<string, unknown>
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/newsdown/schemas/news-article.schema.json',
    title: 'NewsArticle',
    description: 'A news article parsed by newsdown.',
    ...schema
  }
}
