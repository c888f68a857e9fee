/**
 * `parseInWorker`: `parseArticle` in a worker thread, stopped after a generous
 * guard so that a parse that hangs fails its test instead of blocking the
 * suite (synchronous code cannot be interrupted in the test's own thread).
 * The guard is not a performance budget: tests assert results only.
 *
 * One worker is reused across calls (they must not overlap); a worker that
 * hit the guard is terminated and replaced.
 */
import {Worker} from 'node:worker_threads'
import type {NewsArticle, ParseOptions} from '../../src/index.js'

/** What a parse in a worker gave. */
export type WorkerResult =
  | {article: NewsArticle; error?: undefined}
  | {article?: undefined; error: {name: string; message: string; code?: string; stack?: string}}

let worker: Worker | null = null

/** Parses `input` in the worker; rejects when it takes longer than `guardMs` (a hang). */
export function parseInWorker(input: string, options?: ParseOptions, guardMs = 90_000): Promise<WorkerResult> {
  const current = (worker ??= new Worker(new URL('./parse-worker.mjs', import.meta.url)))
  return new Promise<WorkerResult>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer)
      current.off('message', onMessage)
      current.off('error', onError)
    }
    const onMessage = (result: WorkerResult) => {
      done()
      resolve(result)
    }
    const onError = (error: Error) => {
      done()
      worker = null
      reject(error)
    }
    const timer = setTimeout(() => {
      done()
      worker = null
      void current.terminate()
      reject(new Error(`parseArticle did not return within ${guardMs / 1000} s on an input of ${input.length} characters (hang)`))
    }, guardMs)
    current.on('message', onMessage)
    current.on('error', onError)
    current.postMessage({input, options})
  })
}

/** Terminates the worker (call in `afterAll`). */
export async function stopWorker(): Promise<void> {
  const current = worker
  worker = null
  if (current) await current.terminate()
}
