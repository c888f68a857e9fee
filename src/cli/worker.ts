/**
 * Batch worker thread: parses JSON Lines `{id, text}` and returns output lines.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {builtinLocales} from '../locales/index.js'
import {parseArticle, type ParseOptions} from '../parse.js'
import {batchKey, render, type Format, type OutputOptions} from './format.js'

/** What the main thread sends: one input line. */
export interface Job {
  readonly seq: number
  /** The line as UTF-8 (without its line ending), in an array buffer of its own. */
  readonly bytes: Uint8Array
  readonly lineNo: number
}

/** What a worker sends back: the output line. */
export interface Done {
  readonly seq: number
  /** The output line as UTF-8, newline included, in an array buffer of its own (transferred). */
  readonly out: Uint8Array
  /** The error message when the line gave `{id, error}`. */
  readonly error?: string
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()

/** UTF-8 bytes of a line to text (invalid sequences become U+FFFD). */
export function decodeLine(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}

/** A line of text to UTF-8 bytes, with its newline. */
export function encodeLine(line: string): Uint8Array {
  return encoder.encode(line + '\n')
}

/** Settings of a batch, given to each worker. */
export interface WorkerSettings {
  readonly name: string
  readonly format: Format
  readonly parse: ParseOptions
  readonly output: OutputOptions
}

/** Turns one input line into one output line; never throws. */
export function processLine(job: Job, settings: WorkerSettings): Done {
  let id: unknown = null
  try {
    const line = decodeLine(job.bytes)
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch (error) {
      id = salvageId(line)
      throw new Error(`invalid JSON: ${(error as Error).message}`)
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new Error('expected an object {id, text}')
    }
    const r = record as {id?: unknown; text?: unknown}
    if (typeof r.id === 'string' || typeof r.id === 'number') id = r.id
    if (typeof r.text !== 'string') throw new Error('expected a string `text`')
    const article = parseArticle(r.text, {...settings.parse, locales: settings.parse.locales ?? builtinLocales})
    const value = render(article, r.text, settings.format, settings.output)
    return {seq: job.seq, out: encodeLine(`{"id":${JSON.stringify(id)},"${batchKey(settings.format)}":${JSON.stringify(value)}}`)}
  } catch (error) {
    const message = `${settings.name}:${job.lineNo}: ${error instanceof Error ? error.message : String(error)}`
    return {seq: job.seq, out: encodeLine(JSON.stringify({id, error: message})), error: message}
  }
}

/** The `id` of a line that is not valid JSON, when it can still be read (a string or a number), else `null`. */
export function salvageId(line: string): string | number | null {
  const m = /"id"[ \t]{0,10}:[ \t]{0,10}("(?:[^"\\\n]|\\.){0,500}"|-?\d{1,15}(?![\d.eE]))/.exec(line)
  if (!m) return null
  try {
    const value: unknown = JSON.parse(m[1]!)
    return typeof value === 'string' || typeof value === 'number' ? value : null
  } catch {
    return null
  }
}

/** Runs the worker loop (called in a worker thread). */
export function startWorker(): void {
  const settings = workerData as WorkerSettings
  parentPort?.on('message', (job: Job) => {
    const done = processLine(job, settings)
    // Transferred: the output bytes move to the main thread without a copy.
    parentPort!.postMessage(done, [done.out.buffer as ArrayBuffer])
  })
}
