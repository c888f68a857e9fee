/**
 * fr-compromise, loaded by file URL. `tsconfig.json` maps the bare name
 * `fr-compromise` to a minimal declaration (`types/fr-compromise.d.ts`: the
 * package ships TypeScript sources as types, which fail this project's strict
 * checks), and tsx applies that mapping at run time too, so a plain
 * `import 'fr-compromise'` would load the declaration file. A file URL is
 * not remapped.
 */
import {readFileSync} from 'node:fs'
import type nlp from 'compromise'

/** compromise's document view (fr-compromise has the same API). */
export type View = ReturnType<typeof nlp>

const dir = new URL('../node_modules/fr-compromise/', import.meta.url)
const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
  exports?: {'.'?: {import?: string}}
  module?: string
  main?: string
}
const entry = pkg.exports?.['.']?.import ?? pkg.module ?? pkg.main ?? 'index.js'
const loaded = (await import(new URL(entry, dir).href)) as {default: (text: string) => View}

/** fr-compromise's `nlp` function. */
export const frNlp: (text: string) => View = loaded.default
