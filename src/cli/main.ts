/**
 * The `newsdown` command line: argument parsing, `parse` and `batch`.
 */
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {NewsdownError} from '../errors.js'
import {builtinLocales} from '../locales/index.js'
import {parseArticle, type ParseOptions} from '../parse.js'
import {isUtcOffset} from '../serializers/values.js'
import {runBatch} from './batch.js'
import {FORMATS, render, type Format} from './format.js'

/** Exit codes: 0 ok, 1 bad input, 2 usage. */
export const EXIT = {ok: 0, input: 1, usage: 2} as const

/** Streams the command line uses. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & {isTTY?: boolean}
}

/** The help text. */
export const HELP = `Usage: newsdown <command> [options]

Parse news articles (plain text or Markdown) into structured data.

Commands:
  parse [file|-]         parse one article (default: standard input)
  batch [in.jsonl|-]     parse JSON Lines {"id", "text"} into {"id", "article"}
                         (or {"id", "error"}) lines, in input order

Options:
  --format <f>           json (default), jsonld (schema.org), ninjs (IPTC),
                         html (annotated page; parse only)
  --lang <code>          language of the article(s): fr, en (default: detected)
  --reference-date <d>   YYYY-MM-DD to resolve relative dates against
  --url <url>            canonical URL of the article (jsonld)
  --time-zone <offset>   UTC offset of dates with a time, e.g. +01:00
  --concurrency <n>      worker threads for batch (default: number of cores;
                         0: parse on the main thread); also --workers <n>
  --timeout <seconds>    batch: a line taking longer fails, its worker is
                         replaced (default: 60; 0: no limit)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 ok, 1 bad input, 2 usage error.
Diagnostics go to standard error as file:line:column: severity: message [code].
`

class UsageError extends Error {}

/**
 * Runs the command line with `argv` (without `node` and the script).
 *
 * @returns The exit code.
 */
export async function run(argv: readonly string[], io: CliIo, options: {version: string; workerUrl: URL}): Promise<number> {
  try {
    return await dispatch(argv, io, options)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`newsdown: ${error.message}\nTry \`newsdown --help\`.\n`)
      return EXIT.usage
    }
    throw error
  }
}

async function dispatch(argv: readonly string[], io: CliIo, options: {version: string; workerUrl: URL}): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        lang: {type: 'string'},
        'reference-date': {type: 'string'},
        url: {type: 'string'},
        'time-zone': {type: 'string'},
        concurrency: {type: 'string', short: 'j'},
        workers: {type: 'string'},
        timeout: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(HELP)
    return EXIT.ok
  }
  if (values.version) {
    io.stdout.write(options.version + '\n')
    return EXIT.ok
  }
  const [command, ...rest] = positionals
  if (command === undefined) throw new UsageError('missing command (parse or batch)')
  if (command !== 'parse' && command !== 'batch') throw new UsageError(`unknown command \`${command}\``)
  if (rest.length > 1) throw new UsageError(`expected one input, got ${rest.length}: ${rest.join(' ')}`)
  const format = (values.format ?? 'json') as Format
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format \`${values.format}\` (expected ${FORMATS.join(', ')})`)
  const parseOptions: ParseOptions = {}
  if (values.lang !== undefined) {
    const code = values.lang.toLowerCase().split(/[-_]/)[0]
    if (!builtinLocales.some((l) => l.code === code)) {
      throw new UsageError(`unknown language \`${values.lang}\` (available: ${builtinLocales.map((l) => l.code).join(', ')})`)
    }
    parseOptions.language = values.lang
  }
  if (values['reference-date'] !== undefined) {
    const d = values['reference-date']
    if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(d) || Number.isNaN(Date.parse(d.slice(0, 10)))) {
      throw new UsageError(`invalid --reference-date \`${d}\` (expected YYYY-MM-DD)`)
    }
    parseOptions.referenceDate = d
  }
  const timeZone = values['time-zone']
  if (timeZone !== undefined && !isUtcOffset(timeZone)) {
    throw new UsageError(`invalid --time-zone \`${timeZone}\` (expected Z or an offset such as +01:00)`)
  }
  const output = {...(values.url ? {url: values.url} : {}), ...(timeZone ? {timeZone} : {})}
  const file = rest[0] ?? '-'

  if (command === 'parse') {
    if (values.concurrency !== undefined || values.workers !== undefined) throw new UsageError('--concurrency is an option of batch')
    if (values.timeout !== undefined) throw new UsageError('--timeout is an option of batch')
    return parseCommand(file, format, parseOptions, output, io)
  }
  if (format === 'html') throw new UsageError('--format html is for parse, not batch')
  let concurrency = availableParallelism()
  if (values.concurrency !== undefined && values.workers !== undefined) {
    throw new UsageError('--workers and --concurrency are the same option: give one')
  }
  const workers = values.concurrency ?? values.workers
  if (workers !== undefined) {
    if (!/^\d{1,3}$/.test(workers)) throw new UsageError(`invalid --${values.concurrency === undefined ? 'workers' : 'concurrency'} \`${workers}\``)
    concurrency = Number(workers)
  }
  let timeout = 60
  if (values.timeout !== undefined) {
    if (!/^\d{1,6}(?:\.\d{1,3})?$/.test(values.timeout)) throw new UsageError(`invalid --timeout \`${values.timeout}\` (seconds)`)
    timeout = Number(values.timeout)
  }
  if (file === '-' && io.stdin.isTTY) throw new UsageError('batch reads JSON Lines: give a file or pipe them in')
  const name = file === '-' ? '<stdin>' : file
  let input: AsyncIterable<string | Uint8Array>
  if (file === '-') input = io.stdin as AsyncIterable<string | Uint8Array>
  else {
    const stream = createReadStream(file)
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve())
        stream.once('error', reject)
      })
    } catch (error) {
      io.stderr.write(`newsdown: ${file}: ${describeFsError(error)}\n`)
      return EXIT.input
    }
    input = stream
  }
  const result = await runBatch(
    {input, output: io.stdout, stderr: io.stderr},
    {name, format, parse: parseOptions, output, concurrency, timeout, workerUrl: options.workerUrl}
  )
  if (result.failed > 0) {
    io.stderr.write(`newsdown: ${result.failed} of ${result.lines} lines failed; first: ${result.firstError}\n`)
    return EXIT.input
  }
  return EXIT.ok
}

async function parseCommand(
  file: string,
  format: Format,
  parseOptions: ParseOptions,
  output: {url?: string; timeZone?: string},
  io: CliIo
): Promise<number> {
  const name = file === '-' ? '<stdin>' : file
  let text: string
  if (file === '-') {
    if (io.stdin.isTTY) throw new UsageError('no input: give a file or pipe the article in')
    text = await readAll(io.stdin)
  } else {
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      io.stderr.write(`newsdown: ${file}: ${describeFsError(error)}\n`)
      return EXIT.input
    }
  }
  let article
  try {
    article = parseArticle(text, {...parseOptions, locales: builtinLocales})
  } catch (error) {
    if (error instanceof NewsdownError) {
      io.stderr.write(`newsdown: ${name}: ${error.message}\n`)
      return EXIT.input
    }
    throw error
  }
  const value = render(article, text, format, output)
  io.stdout.write(typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n')
  let errors = 0
  for (const d of article.diagnostics) {
    const {line, column} = d.position.start
    io.stderr.write(`${name}:${line}:${column}: ${d.severity}: ${d.message} [${d.code}]\n`)
    if (d.severity === 'error') errors++
  }
  return errors > 0 ? EXIT.input : EXIT.ok
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function describeFsError(error: unknown): string {
  const code = (error as {code?: string}).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES') return 'permission denied'
  return (error as Error).message
}
