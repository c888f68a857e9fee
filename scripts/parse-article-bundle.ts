/**
 * The browser bundle the entity-size figures are taken on: `parseArticle`
 * from `src/index.ts`, both locales, minified ESM for the browser, zod left
 * out (its size is the schema entry's). Used by `scripts/entity-size.ts` and
 * by `test/runtimes/locale-order.test.ts`, so the test pins the layout of
 * the bundle whose size the script reports.
 */
import {fileURLToPath} from 'node:url'
import type {BuildOptions} from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))

export const parseArticleBundle: BuildOptions & {write: false} = {
  stdin: {contents: "export {parseArticle} from './src/index.ts'", resolveDir: root, loader: 'ts'},
  bundle: true,
  write: false,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'silent',
  external: ['zod', 'zod/mini']
}
