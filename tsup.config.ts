import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', fr: 'src/entries/fr.ts', en: 'src/entries/en.ts'},
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // unified and remark are ESM-only: bundle them so that `require('newsdown')` works.
  noExternal: [/.*/],
  treeshake: true,
  splitting: false,
  outExtension: ({format}) => ({js: format === 'cjs' ? '.cjs' : '.js'})
})
