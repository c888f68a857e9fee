/**
 * The `newsdown` command (`dist/cli.js`). In a worker thread, the same file
 * runs the batch worker.
 */
import {isMainThread} from 'node:worker_threads'
import {version} from '../package.json'
import {run} from './cli/main.js'
import {startWorker} from './cli/worker.js'

if (isMainThread) {
  // `newsdown … | head`: stop quietly when the reader goes away.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  run(process.argv.slice(2), process, {version, workerUrl: new URL(import.meta.url)}).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`newsdown: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exitCode = 1
    }
  )
} else {
  startWorker()
}
