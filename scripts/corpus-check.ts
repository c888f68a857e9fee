/**
 * `npm run corpus [-- <corpus dir>] [--json] [--every N] [--show N]`
 *
 * Parses every text of `../shared/corpus` (each record's `text` and, when
 * present, `textWithByline`) and checks that `parseArticle` never throws,
 * that every result validates against the committed JSON Schema, that every
 * `{text, position}` slices back to its text, and that output is
 * deterministic (every `--every`-th text, default 10, is parsed twice and
 * the two results compared; that text is also read with the other locale,
 * as a caller passing the wrong `language` would, and must not throw and must
 * give a valid result with exact positions). Prints counts per corpus file and the first
 * failures. `test/corpus.test.ts` runs the same checks.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '../src/index.js'
import {positionErrors, schemaErrors} from '../test/helpers.js'

/** `../shared/corpus` beside the repository. */
export const defaultCorpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

/** One text of the corpus. */
export interface CorpusText {
  /** Corpus file, relative to the corpus dir (`bbc/articles.jsonl`). */
  file: string
  id: string
  /** `text` or `textWithByline`. */
  field: string
  text: string
}

/** A failed check. */
export interface Failure {
  file: string
  id: string
  field: string
  check: 'throws' | 'schema' | 'positions' | 'deterministic'
  detail: string
}

/** Counts of one corpus file (or of all). */
export interface FileCounts {
  texts: number
  chars: number
  throws: number
  schema: number
  positions: number
  deterministicChecked: number
  nondeterministic: number
  ms: number
}

/** Result of a corpus check. */
export interface CheckResult {
  files: Record<string, FileCounts>
  total: FileCounts
  failures: Failure[]
}

/** The `*.jsonl` files under a corpus dir (one level of folders), sorted. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) {
      for (const f of readdirSync(path).sort()) if (f.endsWith('.jsonl')) out.push(join(path, f))
    } else if (entry.endsWith('.jsonl')) out.push(path)
  }
  return out
}

/** Every text of a corpus file: `text`, then `textWithByline` when present. */
export function* fileTexts(dir: string, path: string): Generator<CorpusText> {
  const file = relative(dir, path)
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const record = JSON.parse(line) as Record<string, unknown>
    const id = String(record.id)
    for (const field of ['text', 'textWithByline']) {
      const text = record[field]
      if (typeof text === 'string') yield {file, id, field, text}
    }
  }
}

/** Checks one text; returns its failures (empty when all is well). */
export function checkText(item: CorpusText, twice: boolean): Failure[] {
  const fail = (check: Failure['check'], detail: string): Failure => ({file: item.file, id: item.id, field: item.field, check, detail})
  let article: unknown
  try {
    article = parseArticle(item.text)
  } catch (error) {
    return [fail('throws', error instanceof Error ? `${error.name}: ${error.message}` : String(error))]
  }
  const failures: Failure[] = []
  const json = JSON.stringify(article)
  const schema = schemaErrors(JSON.parse(json))
  if (schema.length > 0) failures.push(fail('schema', schema.slice(0, 3).join('; ')))
  const positions = positionErrors(item.text, article)
  if (positions.length > 0) failures.push(fail('positions', positions.slice(0, 3).join('; ')))
  if (twice) {
    let again: string
    try {
      again = JSON.stringify(parseArticle(item.text))
    } catch (error) {
      again = `threw ${String(error)}`
    }
    if (again !== json) failures.push(fail('deterministic', firstDifference(json, again)))
    // The same text read with the other locale (a caller's wrong `language`): no throw, valid, exact positions.
    const other = (article as {language?: string}).language === 'en' ? 'fr' : 'en'
    let crossed: unknown
    try {
      crossed = parseArticle(item.text, {language: other})
    } catch (error) {
      failures.push(fail('throws', `with language '${other}': ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`))
    }
    if (crossed !== undefined) {
      const crossedSchema = schemaErrors(JSON.parse(JSON.stringify(crossed)))
      if (crossedSchema.length > 0) failures.push(fail('schema', `with language '${other}': ${crossedSchema.slice(0, 3).join('; ')}`))
      const crossedPositions = positionErrors(item.text, crossed)
      if (crossedPositions.length > 0) failures.push(fail('positions', `with language '${other}': ${crossedPositions.slice(0, 3).join('; ')}`))
    }
  }
  return failures
}

function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return `first run …${a.slice(Math.max(0, i - 40), i + 40)}… second …${b.slice(Math.max(0, i - 40), i + 40)}…`
}

const emptyCounts = (): FileCounts => ({texts: 0, chars: 0, throws: 0, schema: 0, positions: 0, deterministicChecked: 0, nondeterministic: 0, ms: 0})

/** Runs every check over a corpus dir. `every`: parse every n-th text twice (0: none). */
export function checkCorpus(dir: string, options: {every?: number; onText?: (n: number) => void} = {}): CheckResult {
  const every = options.every ?? 10
  const files: Record<string, FileCounts> = {}
  const total = emptyCounts()
  const failures: Failure[] = []
  let n = 0
  for (const path of corpusFiles(dir)) {
    const counts = emptyCounts()
    files[relative(dir, path)] = counts
    for (const item of fileTexts(dir, path)) {
      const twice = every > 0 && n % every === 0
      const start = performance.now()
      const found = checkText(item, twice)
      counts.ms += performance.now() - start
      counts.texts++
      counts.chars += item.text.length
      if (twice) counts.deterministicChecked++
      for (const f of found) {
        if (f.check === 'throws') counts.throws++
        else if (f.check === 'schema') counts.schema++
        else if (f.check === 'positions') counts.positions++
        else counts.nondeterministic++
        failures.push(f)
      }
      n++
      options.onText?.(n)
    }
    for (const key of Object.keys(total) as (keyof FileCounts)[]) total[key] += counts[key]
  }
  return {files, total, failures}
}

function main(argv: string[]): number {
  let dir = defaultCorpusDir
  let json = false
  let every = 10
  let show = 10
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json') json = true
    else if (arg === '--every') every = Number(argv[++i])
    else if (arg === '--show') show = Number(argv[++i])
    else if (arg.startsWith('-')) {
      console.error('Usage: npm run corpus -- [<corpus dir>] [--json] [--every N] [--show N]')
      return 2
    } else dir = resolve(arg)
  }
  const progress = !json && process.stderr.isTTY
  const result = checkCorpus(dir, {every, onText: progress ? (n) => n % 1000 === 0 && process.stderr.write(`\r${n} texts`) : undefined})
  if (progress) process.stderr.write('\r')
  if (json) {
    console.log(JSON.stringify(result, null, 2))
    return result.failures.length === 0 ? 0 : 1
  }
  const rows = [['file', 'texts', 'MB', 'throws', 'schema', 'positions', 'nondeterministic', 'MB/s']]
  for (const [file, c] of [...Object.entries(result.files), ['all', result.total] as const]) {
    rows.push([
      file,
      String(c.texts),
      (c.chars / 1e6).toFixed(1),
      String(c.throws),
      String(c.schema),
      String(c.positions),
      `${c.nondeterministic}/${c.deterministicChecked}`,
      (c.chars / 1e6 / (c.ms / 1000)).toFixed(2)
    ])
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  for (const [i, r] of rows.entries()) {
    console.log('| ' + r.map((c, j) => c.padEnd(widths[j]!)).join(' | ') + ' |')
    if (i === 0) console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |')
  }
  console.log(`\nMB/s includes schema validation and position checks (and the second parse of every ${every}th text).`)
  if (result.failures.length === 0) {
    console.log('No failures.')
    return 0
  }
  console.log(`\n${result.failures.length} failures; first ${Math.min(show, result.failures.length)}:`)
  for (const f of result.failures.slice(0, show)) console.log(`  ${f.file} ${f.id} (${f.field}) ${f.check}: ${f.detail.slice(0, 300)}`)
  return 1
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2))
}
