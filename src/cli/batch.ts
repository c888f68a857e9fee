/**
 * `newsdown batch`: JSON Lines in, JSON Lines out, in input order, on worker threads.
 */
import {Worker} from 'node:worker_threads'
import {processLine, salvageId, type Done, type Job, type WorkerSettings} from './worker.js'

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
}

/** Result of a batch. */
export interface BatchResult {
  readonly lines: number
  readonly failed: number
  readonly firstError: string | null
}

/**
 * Runs a batch: reads lines with back-pressure, keeps at most a small window
 * of lines in flight (memory stays flat whatever the input size), parses
 * them on `concurrency` worker threads and writes the results in input order.
 */
export async function runBatch(io: BatchIo, options: BatchOptions): Promise<BatchResult> {
  const settings: WorkerSettings = {name: options.name, format: options.format, parse: options.parse, output: options.output}
  const concurrency = Math.max(0, Math.floor(options.concurrency))
  const window = Math.max(4, concurrency * 8)
  const pending = new Map<number, Done>()
  let nextOut = 0
  let nextSeq = 0
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
  io.output.on('drain', () => {
    outputBlocked = false
    signal()
  })
  const deliver = (done: Done) => {
    pending.set(done.seq, done)
    let ready = pending.get(nextOut)
    while (ready) {
      pending.delete(nextOut)
      nextOut++
      if (ready.error !== undefined) {
        failed++
        firstError ??= ready.error
      }
      if (!io.output.write(ready.out + '\n')) outputBlocked = true
      progress(nextOut)
      ready = pending.get(nextOut)
    }
    signal()
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
    const message = `${options.name}:${job.lineNo}: ${reason}`
    deliver({seq: job.seq, out: JSON.stringify({id: idOf(job.line), error: message}), error: message})
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
    const worker = new Worker(options.workerUrl, {workerData: settings})
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
  const waitForRoom = async () => {
    while (nextSeq - nextOut >= window || outputBlocked) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  }

  try {
    let lineNo = 0
    let rest = ''
    const decoder = new TextDecoder()
    const take = async (line: string) => {
      lineNo++
      if (line.trim() === '') return
      await waitForRoom()
      dispatch({seq: nextSeq++, line, lineNo})
    }
    for await (const chunk of io.input) {
      rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true})
      if (lineNo === 0 && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1)
      let start = 0
      let nl = rest.indexOf('\n', start)
      while (nl !== -1) {
        const end = nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl
        await take(rest.slice(start, end))
        start = nl + 1
        nl = rest.indexOf('\n', start)
      }
      rest = rest.slice(start)
    }
    rest += decoder.decode()
    if (rest !== '') await take(rest.endsWith('\r') ? rest.slice(0, -1) : rest)
    while (nextOut < nextSeq) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    if (timer) clearInterval(timer)
    await Promise.all(workers.map((w) => w.worker.terminate()))
    progress(nextOut, true)
  }
  return {lines: nextOut, failed, firstError}
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
