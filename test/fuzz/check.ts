/**
 * What every fuzz case checks, and the arbitraries the fuzz suites share.
 *
 * A case passes when `parseArticle` returns (or throws `InputTooLargeError`
 * exactly when the input is longer than `maxLength`), the result validates
 * against the committed JSON Schema (`parse()` of the helpers), every
 * `{text, position}` slices back to its text, and every position lies in the
 * input with a line and column that agree with its offset.
 */
import fc from 'fast-check'
import {expect} from 'vitest'
import {InputTooLargeError, NewsdownError, type NewsArticle, type ParseOptions} from '../../src/index.js'
import {parse, positionErrors} from '../helpers.js'

/** Scale of the run counts: `NEWSDOWN_FUZZ_SCALE=10 npx vitest run test/fuzz` runs ten times more cases. */
export const scale = Number(process.env.NEWSDOWN_FUZZ_SCALE ?? '1') || 1

/**
 * Seed of the runs: `NEWSDOWN_FUZZ_SEED`, else a fixed one in CI (a landing
 * must not depend on luck), else a new one each run (fast-check prints it
 * with any counterexample, to replay it).
 */
const seedVar = process.env.NEWSDOWN_FUZZ_SEED ?? (process.env.CI ? '20261129' : undefined)
if (seedVar !== undefined) fc.configureGlobal({seed: Number(seedVar)})

/** Cases counted by all fuzz files of this process (printed at the end of each file). */
export const counter = {cases: 0, determinism: 0}

/** Line starts of `input`, with the line endings `LineIndex` uses (`\r\n`, `\n`, lone `\r`). */
function lineStarts(input: string): number[] {
  const starts = [0]
  for (let i = 0; i < input.length; i++) {
    const c = input[i]
    if (c === '\n' || (c === '\r' && input[i + 1] !== '\n')) starts.push(i + 1)
  }
  return starts
}

/** Positions of `value` that fall outside `input` or whose line/column disagree with the offset. */
export function pointErrors(input: string, value: unknown): string[] {
  const starts = lineStarts(input)
  const errors: string[] = []
  const checkPoint = (p: {line: number; column: number; offset: number}, path: string) => {
    if (!(p.offset >= 0 && p.offset <= input.length)) return errors.push(`${path}: offset ${p.offset} outside 0..${input.length}`)
    const start = starts[p.line - 1]
    if (start === undefined || start + p.column - 1 !== p.offset) {
      errors.push(`${path}: line ${p.line} column ${p.column} is not offset ${p.offset}`)
    }
    return undefined
  }
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`))
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>
      const start = o.start as {line: number; column: number; offset: number} | undefined
      const end = o.end as typeof start
      if (start && end && typeof start.offset === 'number' && typeof end.offset === 'number') {
        checkPoint(start, path + '/start')
        checkPoint(end, path + '/end')
        if (start.offset > end.offset) errors.push(`${path}: start ${start.offset} after end ${end.offset}`)
        return
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`)
    }
  }
  walk(value, '')
  return errors
}

/** Parses `input` and checks the result; returns it (or `null` when `InputTooLargeError` was rightly thrown). */
export function checkCase(input: string, options?: ParseOptions): NewsArticle | null {
  counter.cases++
  let article: NewsArticle
  try {
    article = parse(input, options)
  } catch (error) {
    const max = options?.maxLength
    if (error instanceof InputTooLargeError && max !== undefined && input.length > max) return null
    if (error instanceof NewsdownError) throw new Error(`unexpected ${error.name}: ${error.message}`)
    throw error
  }
  const shown = `input ${JSON.stringify(input.length > 600 ? input.slice(0, 600) + '…' : input)}`
  if (options?.maxLength !== undefined) expect(input.length, shown).toBeLessThanOrEqual(options.maxLength)
  expect(positionErrors(input, article), shown).toEqual([])
  expect(pointErrors(input, article), shown).toEqual([])
  return article
}

let sampled = 0

/**
 * `checkCase`, and on every `every`-th call a second parse that must give the
 * same JSON (determinism: no clock, no randomness, no state kept between parses).
 */
export function checkDeterministic(input: string, options?: ParseOptions, every = 4) {
  const first = checkCase(input, options)
  if (sampled++ % every !== 0) return
  counter.determinism++
  const second = parseAgain(input, options)
  expect(JSON.stringify(second), 'not deterministic').toBe(JSON.stringify(first))
}

function parseAgain(input: string, options?: ParseOptions): NewsArticle | null {
  try {
    return parse(input, options)
  } catch (error) {
    if (error instanceof InputTooLargeError) return null
    throw error
  }
}

/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({min: 0, max: 0xffff}).map((c) => String.fromCharCode(c))

/** Characters that matter to the parser: quote marks, dashes, spaces, line breaks, Markdown and front matter syntax. */
export const significant = fc.constantFrom(
  '«', '»', '“', '”', '„', '‘', '’', '"', "'", '‹', '›', '—', '–', '-', ' ', '\u00a0', '\u202f', '\t', '\n', '\n\n', '\r\n', '\r',
  '#', '>', '*', '_', '`', '[', ']', '(', ')', '|', ':', ',', '.', ';', '!', '?', '\\', '<', '&', '---', '\0', '\ufeff', '\ufffd'
)

/** Options a user may pass. */
export const options: fc.Arbitrary<ParseOptions | undefined> = fc.option(
  fc.record(
    {
      format: fc.constantFrom('auto', 'markdown', 'text') as fc.Arbitrary<'auto' | 'markdown' | 'text'>,
      language: fc.constantFrom('fr', 'en', 'FR-ca', 'en_GB'),
      referenceDate: fc.constantFrom('2025-03-04', '1999-12-31T23:00:00Z', new Date(Date.UTC(2030, 0, 1))),
      maxLength: fc.integer({min: 0, max: 400})
    },
    {requiredKeys: []}
  ),
  {nil: undefined, freq: 3}
)
