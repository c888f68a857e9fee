import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildJsonSchema} from '../scripts/json-schema.js'
import {validateArticle} from '../src/index.js'
import {parse, schemaErrors} from './helpers.js'

describe('schema', () => {
  it('the committed JSON Schema is the one generated from src/schema (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schemas/news-article.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(buildJsonSchema())
  })

  it('validateArticle accepts a parsed article and agrees with the JSON Schema', () => {
    const article = parse('Title here\n\nSome body text that says something.')
    expect(validateArticle(article).valid).toBe(true)
    expect(schemaErrors(article)).toEqual([])
  })

  it('validateArticle and the JSON Schema both reject a broken article', () => {
    const article = parse('Title here\n\nSome body text.')
    const broken = {...article, headline: 42, extra: true}
    const result = validateArticle(broken)
    expect(result.valid).toBe(false)
    expect(result.issues.map((i) => i.path[0])).toContain('headline')
    expect(schemaErrors(broken).length).toBeGreaterThan(0)
    expect(validateArticle({...article, wordCount: -1}).valid).toBe(false)
    expect(schemaErrors({...article, wordCount: -1}).length).toBeGreaterThan(0)
  })
})
