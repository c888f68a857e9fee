/**
 * The library path must run unchanged in browsers and edge functions: bundling
 * each entry point with esbuild for the browser and for the `workerd`/`worker`
 * conditions must not reach any Node built-in module (nor unified, vfile or
 * zod, kept off the library path for size), and the built files must not
 * import one either.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {join} from 'node:path'
import {build, type Plugin} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {root} from './pack.js'

const entries = {newsdown: 'src/index.ts', 'newsdown/fr': 'src/entries/fr.ts', 'newsdown/en': 'src/entries/en.ts'}
const builtins = new Set(builtinModules.flatMap((m) => [m, 'node:' + m]))

/** An esbuild plugin that records every import of a Node built-in (and leaves it external). */
function recordBuiltins(found: string[]): Plugin {
  return {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({filter: /.*/}, (args) => {
        if (builtins.has(args.path) || args.path.startsWith('node:')) {
          found.push(`${args.path} (imported by ${args.importer.replace(root, '')})`)
          return {path: args.path, external: true}
        }
        return undefined
      })
    }
  }
}

const targets = [
  {name: 'browser', platform: 'browser' as const, conditions: ['browser']},
  {name: 'workerd', platform: 'neutral' as const, conditions: ['workerd', 'worker', 'browser']},
  {name: 'worker', platform: 'neutral' as const, conditions: ['worker', 'browser']}
]

describe('no Node built-in on the library path', () => {
  for (const target of targets) {
    for (const [name, entry] of Object.entries(entries)) {
      it(`${name} bundles for ${target.name} without Node built-ins`, async () => {
        const found: string[] = []
        const result = await build({
          entryPoints: [join(root, entry)],
          bundle: true,
          write: false,
          format: 'esm',
          platform: target.platform,
          conditions: target.conditions,
          mainFields: ['browser', 'module', 'main'],
          logLevel: 'silent',
          metafile: true,
          plugins: [recordBuiltins(found)]
        })
        expect(found).toEqual([])
        expect(result.errors).toEqual([])
        const inputs = Object.keys(result.metafile.inputs)
        // The Markdown parser is on the library path; unified, vfile (the plugin
        // only uses their types) and zod (`newsdown/schema` only) are not.
        expect(inputs.some((p) => p.includes('node_modules/mdast-util-from-markdown/'))).toBe(true)
        expect(inputs.filter((p) => /node_modules\/(unified|vfile|zod|remark-parse)\//.test(p))).toEqual([])
        expect(inputs.filter((p) => p.startsWith('src/') && p.endsWith('cli.ts'))).toEqual([])
      })
    }
  }

  it('bundlers get the browser build for browsers and the DOM-free build for workers (rebuild: npm run build)', async () => {
    const resolved = async (specifier: string, platform: 'browser' | 'neutral', conditions: string[] = []) => {
      const result = await build({
        stdin: {contents: `export * from ${JSON.stringify(specifier)}`, resolveDir: root, loader: 'js'},
        bundle: true,
        write: false,
        format: 'esm',
        platform,
        conditions,
        mainFields: ['browser', 'module', 'main'],
        logLevel: 'silent',
        metafile: true
      })
      return Object.keys(result.metafile.inputs).filter((p) => p.startsWith('dist/'))
    }
    for (const [specifier, file] of [['newsdown', 'index'], ['newsdown/fr', 'fr'], ['newsdown/en', 'en']]) {
      expect(await resolved(specifier!, 'browser')).toEqual([`dist/browser/${file}.js`])
      for (const conditions of [['workerd', 'worker', 'browser'], ['worker', 'browser'], ['edge-light', 'worker', 'browser'], ['deno']]) {
        expect(await resolved(specifier!, 'neutral', conditions)).toEqual([`dist/${file}.js`])
      }
    }
  })

  it('a bundle that does import a built-in is caught (the check can fail)', async () => {
    const found: string[] = []
    await build({
      stdin: {contents: "import {readFileSync} from 'node:fs'; import path from 'path'; export {readFileSync, path}"},
      bundle: true,
      write: false,
      platform: 'neutral',
      logLevel: 'silent',
      plugins: [recordBuiltins(found)]
    })
    expect(found.map((f) => f.split(' ')[0])).toEqual(['node:fs', 'path'])
  })

  it('the built library files import nothing from Node', () => {
    const dist = join(root, 'dist')
    const files = readdirSync(dist).filter((f) => /\.(?:c?js)$/.test(f) && !/^cli\b/.test(f))
    expect(files).toContain('index.js')
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8')
      const hits = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["'](node:[\w/]+|[\w/]+)["']/g)]
        .map((m) => m[1]!)
        .filter((spec) => builtins.has(spec))
      expect(hits, file).toEqual([])
    }
  })
})
