/**
 * Checking a value against the `NewsArticle` schema.
 *
 * A small interpreter of the JSON Schema keywords the committed schema uses
 * (`type`, `$ref`, `properties`, `required`, `additionalProperties: false`,
 * `items`, `anyOf`, `enum`, `minimum`, `maximum`), reading the copy of
 * `schemas/news-article.schema.json` generated into `src/schema/generated.ts`.
 * It replaces zod at run time: zod stays the source of the schema, of the
 * types and of the JSON Schema (and is exported as `newsdown/schema`), but
 * checking an article no longer ships it. `scripts/json-schema.ts` refuses to
 * generate a schema that uses any other keyword.
 */
import type {NewsArticle} from './schema/article.js'
import {newsArticleJsonSchema} from './schema/generated.js'

/** One problem found by `validateArticle`. */
export interface ValidationIssue {
  /** Path to the offending value, e.g. `['authors', 0, 'name']`. */
  readonly path: readonly (string | number)[]
  /** What is wrong. */
  readonly message: string
}

/** Result of `validateArticle`: the typed value, or the issues. */
export type ValidationResult =
  | {readonly valid: true; readonly value: NewsArticle; readonly issues: readonly []}
  | {readonly valid: false; readonly value: undefined; readonly issues: readonly ValidationIssue[]}

/** The subset of JSON Schema (draft 2020-12) that `validateArticle` implements. */
export interface JsonSchema {
  readonly type?: string | readonly string[]
  readonly $ref?: string
  readonly $defs?: Readonly<Record<string, JsonSchema>>
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly additionalProperties?: false
  readonly items?: JsonSchema
  readonly anyOf?: readonly JsonSchema[]
  readonly enum?: readonly unknown[]
  readonly minimum?: number
  readonly maximum?: number
}

type Path = (string | number)[]
type Issues = ValidationIssue[]

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value

const hasType = (value: unknown, type: string): boolean => {
  const kind = kindOf(value)
  return kind === type || (type === 'number' && kind === 'integer')
}

const own = Object.prototype.hasOwnProperty

function check(schema: JsonSchema, value: unknown, path: Path, issues: Issues, depth: number): void {
  // The schema is not recursive: a depth this large means a cyclic `$ref`.
  if (depth > 64) throw new Error('validateArticle: schema nesting too deep')
  if (schema.$ref !== undefined) {
    const name = schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1)
    const target = newsArticleJsonSchema.$defs?.[name]
    if (target) check(target, value, path, issues, depth + 1)
    return
  }
  if (schema.anyOf) {
    let best: Issues | undefined
    for (const option of schema.anyOf) {
      const found: Issues = []
      check(option, value, path, found, depth + 1)
      if (found.length === 0) return
      // Report the issues of the option whose type matches, if any (the
      // object of `Quote | null`, not “expected null”).
      if (!best || (option.type !== undefined && hasType(value, String(option.type)))) best = found
    }
    issues.push(...(best ?? []))
    return
  }
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type
    if (!types.some((type) => hasType(value, type))) {
      issues.push({path: [...path], message: `Invalid input: expected ${types.join(' or ')}, received ${kindOf(value)}`})
      return
    }
  }
  if (schema.enum && !schema.enum.includes(value)) {
    issues.push({path: [...path], message: `Invalid option: expected one of ${schema.enum.map((v) => JSON.stringify(v)).join('|')}`})
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) issues.push({path: [...path], message: `Too small: expected a number >= ${schema.minimum}`})
    if (schema.maximum !== undefined && value > schema.maximum) issues.push({path: [...path], message: `Too big: expected a number <= ${schema.maximum}`})
  }
  if (Array.isArray(value)) {
    if (schema.items) for (let i = 0; i < value.length; i++) check(schema.items, value[i], [...path, i], issues, depth + 1)
    return
  }
  if (value === null || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  for (const key of schema.required ?? []) {
    if (!own.call(record, key) || record[key] === undefined) issues.push({path: [...path, key], message: 'Invalid input: required property missing'})
  }
  const properties = schema.properties ?? {}
  for (const key of Object.keys(record)) {
    const property = own.call(properties, key) ? properties[key] : undefined
    if (property) {
      if (record[key] !== undefined) check(property, record[key], [...path, key], issues, depth + 1)
    } else if (schema.additionalProperties === false) {
      issues.push({path: [...path, key], message: `Unrecognized key: ${JSON.stringify(key)}`})
    }
  }
}

/**
 * Checks any value against the `NewsArticle` schema (the same one as
 * `schemas/news-article.schema.json`).
 *
 * @param value Anything, e.g. JSON read back from storage.
 * @returns `{valid: true, value}` (`value` is the value given, typed, not a
 *   copy) or `{valid: false, issues}` (every problem, each with its path).
 */
export function validateArticle(value: unknown): ValidationResult {
  const issues: Issues = []
  check(newsArticleJsonSchema, value, [], issues, 0)
  if (issues.length === 0) return {valid: true, value: value as NewsArticle, issues: []}
  return {valid: false, value: undefined, issues}
}
