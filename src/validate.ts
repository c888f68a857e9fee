/**
 * Checking a value against the `NewsArticle` schema.
 */
import * as z from 'zod/mini'
import {newsArticleSchema, type NewsArticle} from './schema/article.js'

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

/**
 * Checks any value against the `NewsArticle` schema (the same one as
 * `schemas/news-article.schema.json`).
 *
 * @param value Anything, e.g. JSON read back from storage.
 * @returns `{valid: true, value}` or `{valid: false, issues}`.
 */
export function validateArticle(value: unknown): ValidationResult {
  const result = z.safeParse(newsArticleSchema, value)
  if (result.success) return {valid: true, value: result.data, issues: []}
  return {
    valid: false,
    value: undefined,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message
    }))
  }
}
