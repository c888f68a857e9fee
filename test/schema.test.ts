import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import * as z from 'zod/mini'
import {describe, expect, it} from 'vitest'
import {buildJsonSchema, compactSchema, validatorSource} from '../scripts/json-schema.js'
import {newsArticleSchema} from '../src/entries/schema.js'
import {validateArticle} from '../src/index.js'
import {parse, schemaErrors} from './helpers.js'

const committed = JSON.parse(readFileSync(new URL('../schemas/news-article.schema.json', import.meta.url), 'utf8'))

/** A parsed article with something in every list (quotes with speaker and cue, entities, dates, diagnostics). */
const article = parse(`# Le conseil municipal de Rennes adopte le budget

Par Claire Lemoine

RENNES, 14 mars 2025 — Le conseil municipal a voté jeudi le budget de la ville. « Nous tenons nos engagements », a déclaré la maire, Nathalie Appéré, à la sortie de la séance.

L’opposition, conduite par Carole Gandon, a dénoncé « un budget de façade ».
`, {referenceDate: '2025-03-15'})

describe('schema', () => {
  it('the committed JSON Schema is the one generated from src/schema (run `npm run schema`)', () => {
    expect(committed).toEqual(buildJsonSchema())
  })

  it('the runtime validator reads the committed JSON Schema (src/schema/generated.ts; run `npm run schema`)', () => {
    const generated = readFileSync(new URL('../src/schema/generated.ts', import.meta.url), 'utf8')
    expect(generated).toBe(validatorSource(committed))
  })

  it('the generator refuses keywords the runtime validator does not implement', () => {
    expect(() => compactSchema({type: 'string', pattern: '^a'})).toThrow(/pattern/)
    expect(() => compactSchema({type: 'object', additionalProperties: {type: 'string'}})).toThrow(/additionalProperties/)
    expect(compactSchema({type: 'string', description: 'x', title: 't'})).toEqual({type: 'string'})
  })

  it('the sample article fills every part of the schema', () => {
    expect(article.quotes.some((q) => q.speaker !== null && q.cue !== null)).toBe(true)
    expect(article.entities.length).toBeGreaterThan(0)
    expect(article.dates.length).toBeGreaterThan(0)
    expect(article.authors.length).toBeGreaterThan(0)
  })

  it('validateArticle accepts a parsed article and agrees with the JSON Schema', () => {
    expect(validateArticle(article)).toEqual({valid: true, value: article, issues: []})
    expect(validateArticle(JSON.parse(JSON.stringify(article))).valid).toBe(true)
    expect(schemaErrors(article)).toEqual([])
  })

  it('validateArticle and the JSON Schema both reject a broken article, with the path of each problem', () => {
    const table: [unknown, (string | number)[], RegExp][] = [
      [{...article, headline: 42}, ['headline'], /expected string or null, received integer/],
      [{...article, extra: true}, ['extra'], /Unrecognized key/],
      [{...article, wordCount: -1}, ['wordCount'], /Too small/],
      [{...article, wordCount: 1.5}, ['wordCount'], /expected integer, received number/],
      [{...article, format: 'html'}, ['format'], /Invalid option/],
      [{...article, authors: [{name: 'A', position: {start: {line: 0, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}}]}, ['authors', 0, 'position', 'start', 'line'], /Too small/],
      [{...article, quotes: [{...article.quotes[0], speaker: {}}]}, ['quotes', 0, 'speaker', 'name'], /required/],
      [{...article, dateline: 'RENNES'}, ['dateline'], /expected object/],
      [{...article, diagnostics: {}}, ['diagnostics'], /expected array, received object/]
    ]
    for (const [value, path, message] of table) {
      const result = validateArticle(value)
      expect(result.valid).toBe(false)
      expect(result.issues).toContainEqual({path, message: expect.stringMatching(message)})
      expect(schemaErrors(value).length).toBeGreaterThan(0)
    }
    const {wordCount: _, ...missing} = article
    expect(validateArticle(missing).issues).toEqual([{path: ['wordCount'], message: 'Invalid input: required property missing'}])
    for (const value of [null, undefined, 'article', 42, [], [article]]) expect(validateArticle(value).valid).toBe(false)
  })

  it('validateArticle, ajv on the committed JSON Schema and zod agree on random mutations of an article', () => {
    const json = JSON.parse(JSON.stringify(article)) as Record<string, unknown>
    /** Every path to a value inside the article. */
    const paths: (string | number)[][] = []
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path)
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]))
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
    }
    walk(json, [])
    const replacement = fc.oneof(
      fc.constantFrom(null, true, 0, -1, 1.5, '', 'x', 'direct', 'person', 'warning', 'markdown', [], {}, 2 ** 53, '__proto__'),
      fc.integer(),
      fc.string({maxLength: 3})
    )
    const mutation = fc.record({
      path: fc.constantFrom(...paths.filter((p) => p.length > 0)),
      action: fc.constantFrom('replace', 'delete', 'add-key'),
      value: replacement
    })
    fc.assert(
      fc.property(fc.array(mutation, {minLength: 1, maxLength: 3}), (mutations) => {
        const value = structuredClone(json)
        for (const {path, action, value: v} of mutations) {
          let parent: any = value
          for (const key of path.slice(0, -1)) parent = parent?.[key]
          if (parent === null || typeof parent !== 'object') continue
          const last = path[path.length - 1]!
          if (action === 'replace') parent[last] = v
          else if (action === 'delete' && !Array.isArray(parent)) delete parent[last]
          else if (action === 'add-key' && !Array.isArray(parent)) parent['extra' + String(last)] = v
        }
        const ours = validateArticle(value).valid
        expect(ours).toBe(schemaErrors(value).length === 0)
        expect(ours).toBe(z.safeParse(newsArticleSchema, value).success)
      }),
      {numRuns: 500, seed: 6}
    )
  })
})
