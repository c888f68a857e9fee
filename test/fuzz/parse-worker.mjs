// Parses in a worker thread, so that a test can stop a parse that hangs
// (synchronous code cannot be interrupted in the test's own thread).
// Receives `{input, options}`; posts `{article}` or `{error}`. Loads the
// TypeScript sources through tsx.
import {parentPort} from 'node:worker_threads'
import {register} from 'tsx/esm/api'

register()
const {parseArticle} = await import('../../src/index.ts')

parentPort.on('message', ({input, options}) => {
  try {
    parentPort.postMessage({article: parseArticle(input, options)})
  } catch (error) {
    parentPort.postMessage({error: {name: error?.name, message: error?.message, code: error?.code, stack: error?.stack}})
  }
})
