import {defineConfig} from 'tsup'

export default defineConfig([{
  entry: {index: 'src/index.ts', fr: 'src/entries/fr.ts', en: 'src/entries/en.ts', schema: 'src/entries/schema.ts'},
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // Keep the browser build and the command line, built by the other configs at the same time.
  clean: ['!cli.js', '!cli.js.map', '!browser/**'],
  target: 'es2022',
  platform: 'neutral',
  // unified and remark are ESM-only: bundle them so that `require('newsdown')` works.
  // Except zod, which only `newsdown/schema` imports: it imports the `zod` the
  // package depends on (not a bundled copy) so that its schemas work with the
  // user's zod.
  noExternal: [/^(?!zod(\/|$))/],
  external: ['zod', 'zod/mini'],
  treeshake: true,
  splitting: false,
  outExtension: ({format}) => ({js: format === 'cjs' ? '.cjs' : '.js'})
}, {
  // The browser build (the `browser` condition of `exports`): the same entry
  // points resolved for browsers, where micromark decodes character
  // references with the DOM instead of bundling the table of the 2,125 HTML
  // entity names (35 KB minified). Workers and other runtimes without a DOM
  // get the builds above (`workerd`, `worker`, `edge-light`, `deno` come first
  // in `exports`).
  entry: {'browser/index': 'src/index.ts', 'browser/fr': 'src/entries/fr.ts', 'browser/en': 'src/entries/en.ts'},
  format: ['esm'],
  dts: false,
  // Unminified and readable as is; maps would add 3.5 MB to the package.
  sourcemap: false,
  clean: false,
  target: 'es2022',
  platform: 'browser',
  noExternal: [/.*/],
  treeshake: true,
  splitting: false,
  outExtension: () => ({js: '.js'})
}, {
  // The `newsdown` command: one self-contained ESM file for Node (also the
  // batch worker script), kept out of the library bundles.
  entry: {cli: 'src/cli.ts'},
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  noExternal: [/.*/],
  treeshake: true,
  splitting: false,
  banner: {js: '#!/usr/bin/env node'},
  outExtension: () => ({js: '.js'})
}])
