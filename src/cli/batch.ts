/**
 * `newsdown batch`: JSON Lines in, JSON Lines out, in input order, on worker threads.
 *
 * Memory stays flat whatever the input size:
 * - the input is split into lines as bytes (a `\n` byte never occurs inside a
 *   UTF-8 sequence), so the main thread holds no input text, only the bytes of
 *   the lines in flight, and never more than `maxLineBytes` of one line;
 * - at most `window` lines (and `IN_FLIGHT_BYTES` of input) are in flight
 *   between reading and writing, and reading waits while the output is blocked;
 * - workers decode, parse, serialize and encode; they hand the output line back
 *   as bytes (transferred, not copied), which the main thread writes as is;
 * - each worker is its own V8 isolate with a bounded young generation (the
 *   default grows to 3 × 16 MB per isolate) and a bounded old generation.
 */
import {Worker} from 'node:worker_threads'
import {DEFAULT_MAX_LENGTH} from '../parse.js'
import {decodeLine, encodeLine, processLine, salvageId, type Done, type Job, type WorkerSettings} from './worker.js'

/** Where the batch reads and writes. */
export interface BatchIo {
  /** The input, as a stream of text or bytes (read with back-pressure). */
  readonly input: AsyncIterable<string | Uint8Array>
  /** Writes to stdout; returns `false` when the caller should wait for `drain`. */
  readonly output: NodeJS.WritableStream
  /** Progress and summary. */
  readonly stderr: NodeJS.WritableStream & {isTTY?: boolean}
}

/** Options of `runBatch`. */
export interface BatchOptions extends WorkerSettings {
  /** Number of worker threads; `0` parses on the main thread. */
  readonly concurrency: number
  /** Script the worker threads run (the command-line bundle itself). */
  readonly workerUrl: URL
  /** Seconds a worker may spend on one line before it is replaced and the line fails; `0`: no limit. */
  readonly timeout: number
  /**
   * Longest input line in bytes; a longer line fails (`line too long`) without
   * being held in memory. Default: `MAX_LINE_BYTES`.
   */
  readonly maxLineBytes?: number
  /** Most lines between reading and writing. Default: 4 per worker, at least 4. */
  readonly window?: number
}

/** Result of a batch. */
export interface BatchResult {
  readonly lines: number
  readonly failed: number
  readonly firstError: string | null
}

/**
 * Default longest line: room for the longest text `parseArticle` accepts
 * (`DEFAULT_MAX_LENGTH` UTF-16 units) even written as `\uXXXX` escapes
 * (6 bytes each), plus 1 MB for the other fields.
 */
export const MAX_LINE_BYTES = 6 * DEFAULT_MAX_LENGTH + 1_000_000

/** Most input bytes in flight (lines are still sent one at a time when a line alone is larger). */
const IN_FLIGHT_BYTES = 16_000_000

/**
 * Heap limits of a worker isolate, in MB. V8 sizes both generations from the
 * machine's memory (young: up to 3 × 16 MB; old: up to 4 GB, with garbage
 * allowed to pile up in proportion), which is what made resident memory grow
 * with the input. The old generation limit leaves twice the room the largest
 * article `parseArticle` accepts needs (2,000,000 characters of real text
 * parse in 128 MB, not in 96 MB); a worker that still runs out is replaced
 * and its line fails.
 */
export const WORKER_RESOURCE_LIMITS = {maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 256} as const

/** Bytes kept from the start of a too-long line, to read its `id`. */
const HEAD_BYTES = 4096

/**
 * Runs a batch: reads lines with back-pressure, keeps at most a small window
 * of lines in flight (memory stays flat whatever the input size), parses
 * them on `concurrency` worker threads and writes the results in input order.
 */
export async function runBatch(io: BatchIo, options: BatchOptions): Promise<BatchResult> {
  const settings: WorkerSettings = {name: options.name, format: options.format, parse: options.parse, output: options.output}
  const concurrency = Math.max(0, Math.floor(options.concurrency))
  const window = Math.max(1, Math.floor(options.window ?? Math.max(4, concurrency * 4)))
  const maxLineBytes = Math.max(1, Math.floor(options.maxLineBytes ?? MAX_LINE_BYTES))
  /** Results that arrived before the lines ahead of them. */
  const pending = new Map<number, Done>()
  let nextOut = 0
  let nextSeq = 0
  let inFlightBytes = 0
  const jobBytes = new Map<number, number>()
  let failed = 0
  let firstError: string | null = null
  let wake: (() => void) | null = null
  let outputBlocked = false
  const progress = progressLine(io.stderr)

  const signal = () => {
    const w = wake
    wake = null
    w?.()
  }
  const onDrain = () => {
    outputBlocked = false
    signal()
  }
  io.output.on('drain', onDrain)
  const deliver = (done: Done) => {
    pending.set(done.seq, done)
    let ready = pending.get(nextOut)
    while (ready) {
      pending.delete(nextOut)
      inFlightBytes -= jobBytes.get(nextOut) ?? 0
      jobBytes.delete(nextOut)
      nextOut++
      if (ready.error !== undefined) {
        failed++
        firstError ??= ready.error
      }
      if (!io.output.write(ready.out)) outputBlocked = true
      progress(nextOut)
      ready = pending.get(nextOut)
    }
    signal()
  }
  const failLine = (seq: number, id: string | number | null, message: string) => {
    deliver({seq, out: encodeLine(JSON.stringify({id, error: message})), error: message})
  }

  // The pool: each worker takes the next job when it returns one. A worker
  // that crashes or is stuck on a line longer than `timeout` is replaced: that
  // line fails, the lines queued behind it go to the other workers.
  interface Slot {
    readonly worker: Worker
    /** Jobs sent and not returned, oldest (the one being parsed) first. */
    readonly jobs: Map<number, Job>
    /** When the job being parsed was started. */
    since: number
    dead: boolean
  }
  const workers: Slot[] = []
  const fail = (job: Job, reason: string) => {
    failLine(job.seq, idOf(decodeLine(job.bytes)), `${options.name}:${job.lineNo}: ${reason}`)
  }
  const replace = (slot: Slot, reason: string) => {
    slot.dead = true
    workers.splice(workers.indexOf(slot), 1, spawn())
    void slot.worker.terminate()
    const [stuck, ...queued] = slot.jobs.values()
    slot.jobs.clear()
    if (stuck) fail(stuck, reason)
    for (const job of queued) dispatch(job)
  }
  const spawn = (): Slot => {
    const worker = new Worker(options.workerUrl, {workerData: settings, resourceLimits: WORKER_RESOURCE_LIMITS})
    const slot: Slot = {worker, jobs: new Map(), since: Date.now(), dead: false}
    worker.on('message', (done: Done) => {
      if (slot.dead) return
      slot.jobs.delete(done.seq)
      slot.since = Date.now()
      deliver(done)
    })
    worker.on('error', (error) => {
      if (!slot.dead) replace(slot, `worker failed: ${error.message}`)
    })
    return slot
  }
  for (let i = 0; i < concurrency; i++) workers.push(spawn())

  const dispatch = (job: Job) => {
    if (workers.length === 0) {
      deliver(processLine(job, settings))
      return
    }
    let best = workers[0]!
    for (const w of workers) if (w.jobs.size < best.jobs.size) best = w
    if (best.jobs.size === 0) best.since = Date.now()
    best.jobs.set(job.seq, job)
    // Copied (not transferred): the main thread keeps the line to name it if the worker fails.
    best.worker.postMessage(job)
  }
  const timeoutMs = options.timeout > 0 && concurrency > 0 ? options.timeout * 1000 : 0
  const timer =
    timeoutMs > 0
      ? setInterval(() => {
          const now = Date.now()
          for (const slot of [...workers]) {
            if (slot.jobs.size > 0 && now - slot.since > timeoutMs) replace(slot, `timed out after ${options.timeout} s`)
          }
        }, Math.min(1000, Math.max(5, timeoutMs / 4)))
      : null
  const full = () => outputBlocked || nextSeq - nextOut >= window || inFlightBytes >= IN_FLIGHT_BYTES
  const waitForRoom = async () => {
    while (full()) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  }

  try {
    let lineNo = 0
    /** Pieces of the current line when it spans chunks. */
    let parts: Uint8Array[] = []
    let partBytes = 0
    /** Bytes of the current line seen so far, when it is too long (then only its start is kept). */
    let tooLong = 0
    const take = async (piece: Uint8Array) => {
      lineNo++
      const seen = tooLong
      let line = join(parts, partBytes, piece)
      parts = []
      partBytes = 0
      tooLong = 0
      if (seen > 0) {
        const message = `${options.name}:${lineNo}: line too long (over ${maxLineBytes} bytes)`
        await waitForRoom()
        failLine(nextSeq++, salvageId(decodeLine(line)), message)
        return
      }
      if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1)
      if (lineNo === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3)
      if (isBlank(line)) return
      await waitForRoom()
      // A view would carry its whole chunk to the worker: copy unless the line owns its buffer.
      const bytes = line.byteOffset === 0 && line.byteLength === line.buffer.byteLength ? line : new Uint8Array(line)
      const seq = nextSeq++
      jobBytes.set(seq, bytes.length)
      inFlightBytes += bytes.length
      dispatch({seq, bytes, lineNo})
    }
    const keep = (piece: Uint8Array) => {
      if (piece.length === 0) return
      if (tooLong > 0) {
        tooLong += piece.length
        return
      }
      if (partBytes + piece.length > maxLineBytes) {
        // Keep the start (for the id), drop the rest up to the next newline.
        const head = headOf([...parts, piece], HEAD_BYTES)
        tooLong = partBytes + piece.length
        parts = [head]
        partBytes = head.length
        return
      }
      parts.push(piece)
      partBytes += piece.length
    }
    for await (const chunk of io.input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
      let start = 0
      let nl = bytes.indexOf(10, start)
      while (nl !== -1) {
        const piece = bytes.subarray(start, nl)
        if (tooLong > 0 || partBytes + piece.length > maxLineBytes) {
          keep(piece)
          await take(new Uint8Array(0))
        } else await take(piece)
        start = nl + 1
        nl = bytes.indexOf(10, start)
      }
      // A view of the chunk; copied only when the line is complete.
      keep(bytes.subarray(start))
    }
    if (partBytes > 0 || tooLong > 0) await take(new Uint8Array(0))
    // Every line written, and the output has taken them (a slow reader has caught up).
    while (nextOut < nextSeq || outputBlocked) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    if (timer) clearInterval(timer)
    io.output.removeListener('drain', onDrain)
    await Promise.all(workers.map((w) => w.worker.terminate()))
    progress(nextOut, true)
  }
  return {lines: nextOut, failed, firstError}
}

/** `parts` followed by `last`, as one array (a view of `last` when there are no parts). */
function join(parts: readonly Uint8Array[], partBytes: number, last: Uint8Array): Uint8Array {
  if (parts.length === 0) return last
  const all = new Uint8Array(partBytes + last.length)
  let at = 0
  for (const p of parts) {
    all.set(p, at)
    at += p.length
  }
  all.set(last, at)
  return all
}

/** A copy of the first `n` bytes of `parts`. */
function headOf(parts: readonly Uint8Array[], n: number): Uint8Array {
  let size = 0
  for (const p of parts) size += p.length
  const head = new Uint8Array(Math.min(n, size))
  let at = 0
  for (const p of parts) {
    if (at === head.length) break
    const take = p.subarray(0, head.length - at)
    head.set(take, at)
    at += take.length
  }
  return head
}

/** Whether a line is only white space (as `String#trim` sees it). */
function isBlank(line: Uint8Array): boolean {
  let ascii = true
  for (let i = 0; i < line.length; i++) {
    const b = line[i]!
    if (b >= 0x80) ascii = false
    else if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return false
  }
  return ascii || decodeLine(line).trim() === ''
}

/** A throttled progress line on stderr, only when stderr is a terminal. */
function progressLine(stderr: BatchIo['stderr']): (done: number, last?: boolean) => void {
  if (!stderr.isTTY) return () => {}
  const started = Date.now()
  let shown = 0
  return (done, last = false) => {
    const now = Date.now()
    if (!last && now - shown < 200) return
    shown = now
    const rate = done / Math.max(0.001, (now - started) / 1000)
    stderr.write(`\r\u001b[2Knewsdown: ${done} articles, ${rate.toFixed(0)}/s`)
    if (last) stderr.write('\n')
  }
}

/** The `id` of an input line, for an error line. */
function idOf(line: string): string | number | null {
  try {
    const id: unknown = (JSON.parse(line) as {id?: unknown}).id
    return typeof id === 'string' || typeof id === 'number' ? id : null
  } catch {
    return salvageId(line)
  }
}
