/**
 * Budgets, checked by `npm test` after the build (a check, not a timed unit
 * test). Prints every figure and fails when a budget is exceeded:
 *
 * - size: the browser build of `newsdown` with both locales (every export,
 *   bundled by esbuild for the browser from the package name, so through the
 *   `browser` condition of `exports` the way a user's bundler resolves it,
 *   minified, gzipped) ≤ 60 KB, its Markdown parser included; the per-locale
 *   entries, a tree-shaken `parseArticle` import and the worker build
 *   (`workerd` condition) are printed beside it, with unified + remark-parse
 *   alone for reference;
 * - import time: importing the built package in a fresh Node process takes
 *   ≤ 1.3× the time of importing unified + remark-parse alone, measured side
 *   by side (alternating runs, medians). The reference is unified +
 *   remark-parse bundled into one file the way `dist/` is (esbuild, same
 *   target), so that the comparison is like for like: importing them from
 *   `node_modules` (dozens of small files) is slower and is printed for
 *   information only. Timing is noisy on a busy machine, so an over-budget
 *   result is measured once more with twice the runs before failing.
 *
 * Usage: `tsx scripts/check-budgets.ts [--runs N] [--warn | --warn-size |
 * --warn-import]`: an exceeded budget is printed, and fails the run unless
 * `--warn` (both budgets) or `--warn-size` / `--warn-import` (that one) says
 * it is reported only.
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../', import.meta.url))
const dist = join(root, 'dist')

const SIZE_LIMIT = 60 * 1024
const IMPORT_RATIO_LIMIT = 1.3
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21

const kb = (n: number) => (n / 1024).toFixed(1) + ' KB'

/**
 * Minified, gzipped size of a bundle of `contents` (an ES module importing
 * `newsdown`, resolved by name through its `exports`), for the browser or,
 * with `conditions`, for another runtime.
 */
async function gzippedBundle(contents: string, conditions?: string[]): Promise<{min: number; gzip: number}> {
  const result = await build({
    stdin: {contents, resolveDir: root, loader: 'js'},
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: conditions ? 'neutral' : 'browser',
    ...(conditions ? {conditions, mainFields: ['module', 'main']} : {}),
    target: 'es2022',
    logLevel: 'silent'
  })
  const code = result.outputFiles[0]!.contents
  return {min: code.length, gzip: gzipSync(code, {level: 9}).length}
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Milliseconds to import `specifiers` (in order) in a fresh Node process. */
async function importTime(specifiers: string[]): Promise<number> {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)})`).join('; ')
  const code = `const t0 = performance.now(); ${imports}; console.log(performance.now() - t0)`
  const {stdout} = await exec(process.execPath, ['--input-type=module', '-e', code], {cwd: root})
  return Number(stdout.trim())
}

/** unified + remark-parse bundled into one ES module file, like `dist/index.js`. */
async function bundledBaseline(dir: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import {unified} from 'unified'; import remarkParse from 'remark-parse'; export {unified, remarkParse}",
      resolveDir: root,
      loader: 'js'
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent'
  })
  const file = join(dir, 'unified-remark-parse.mjs')
  writeFileSync(file, result.outputFiles[0]!.contents)
  return pathToFileURL(file).href
}

async function measureImports(runs: number, bundled: string) {
  const pkg = [pathToFileURL(join(dist, 'index.js')).href]
  const base = [bundled]
  const unbundled = ['unified', 'remark-parse']
  for (const s of [pkg, base, unbundled]) await importTime(s) // warm the file cache
  const a: number[] = []
  const b: number[] = []
  const c: number[] = []
  for (let i = 0; i < runs; i++) {
    // Rotate the order so that drifts in machine load hit all alike.
    const order = [
      () => importTime(pkg).then((t) => a.push(t)),
      () => importTime(base).then((t) => b.push(t)),
      () => importTime(unbundled).then((t) => c.push(t))
    ]
    for (let k = 0; k < 3; k++) await order[(i + k) % 3]!()
  }
  return {newsdown: median(a), baseline: median(b), unbundled: median(c), ratio: median(a) / median(b)}
}

/**
 * Cold start, for information: milliseconds to import and run a first and a
 * second parse of `file` in a fresh Node process — what an edge function
 * pays on its first request. The first parse also pays V8's lazy compiling
 * (functions, and every regex on its first run).
 */
async function coldStart(runs: number, bundled: string, file: string) {
  const text = `(await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8')`
  const measure = async (load: string, parse: string) => {
    const code = `const text = ${text}; const t0 = performance.now(); ${load}; const t1 = performance.now(); ${parse}; const t2 = performance.now(); ${parse}; const t3 = performance.now(); console.log(t1 - t0, t2 - t1, t3 - t2)`
    const {stdout} = await exec(process.execPath, ['--input-type=module', '-e', code], {cwd: root})
    return stdout.trim().split(' ').map(Number) as [number, number, number]
  }
  const pkg: [number, number, number][] = []
  const base: [number, number, number][] = []
  for (let i = 0; i < runs; i++) {
    pkg.push(await measure(`const m = await import(${JSON.stringify(pathToFileURL(join(dist, 'index.js')).href)})`, 'm.parseArticle(text)'))
    base.push(await measure(`const m = await import(${JSON.stringify(bundled)}); const p = m.unified().use(m.remarkParse)`, 'p.parse(text)'))
  }
  const summary = (r: [number, number, number][]) => ({
    import: median(r.map((x) => x[0])),
    first: median(r.map((x) => x[1])),
    second: median(r.map((x) => x[2]))
  })
  return {newsdown: summary(pkg), baseline: summary(base)}
}

async function main() {
  if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'browser', 'index.js'))) {
    console.error('check-budgets: dist/index.js or dist/browser/index.js is missing; run `npm run build` first')
    process.exit(2)
  }
  const warnAll = process.argv.includes('--warn')
  const warnSize = warnAll || process.argv.includes('--warn-size')
  const warnImport = warnAll || process.argv.includes('--warn-import')
  const failures: string[] = []
  const warned: string[] = []
  const line = (name: string, value: string, limit = '', ok = true) =>
    console.log(`  ${ok ? ' ' : '✗'} ${name.padEnd(54)} ${value.padStart(22)}  ${limit}`)

  console.log('newsdown budgets (' + new Date().toISOString().slice(0, 10) + `, node ${process.version})`)
  console.log('  size: browser build, esbuild --minify, gzip -9')
  const full = await gzippedBundle("export * from 'newsdown'")
  const okSize = full.gzip <= SIZE_LIMIT
  if (!okSize) (warnSize ? warned : failures).push('size')
  line('newsdown, every export, both locales', `${kb(full.gzip)} (${kb(full.min)} min)`, `limit ${kb(SIZE_LIMIT)}`, okSize)
  for (const [name, contents, conditions] of [
    ["newsdown: import {parseArticle}", "export {parseArticle} from 'newsdown'"],
    ['newsdown/fr, every export', "export * from 'newsdown/fr'"],
    ['newsdown/en, every export', "export * from 'newsdown/en'"],
    ['for information: newsdown for workers (workerd)', "export * from 'newsdown'", ['workerd', 'worker', 'browser']],
    ['for information: newsdown/schema (zod/mini included)', "export * from 'newsdown/schema'"],
    [
      'reference: unified + remark-parse alone',
      "import {unified} from 'unified'; import remarkParse from 'remark-parse'; export const p = unified().use(remarkParse)"
    ]
  ] as [string, string, string[]?][]) {
    const size = await gzippedBundle(contents, conditions)
    line(name, `${kb(size.gzip)} (${kb(size.min)} min)`)
  }

  console.log(`  import time in a fresh Node process (median of ${RUNS} runs each, side by side)`)
  const tmp = mkdtempSync(join(tmpdir(), 'newsdown-budgets-'))
  try {
    const bundled = await bundledBaseline(tmp)
    let t = await measureImports(RUNS, bundled)
    if (t.ratio > IMPORT_RATIO_LIMIT) {
      line('first measurement over budget, measuring again', `${t.ratio.toFixed(2)}x`)
      t = await measureImports(RUNS * 2, bundled)
    }
    const okTime = t.ratio <= IMPORT_RATIO_LIMIT
    if (!okTime) (warnImport ? warned : failures).push('import time')
    line('import unified + remark-parse, bundled in one file', `${t.baseline.toFixed(1)} ms`)
    line('import newsdown (dist/index.js)', `${t.newsdown.toFixed(1)} ms`)
    line('ratio', `${t.ratio.toFixed(2)}x`, `limit ${IMPORT_RATIO_LIMIT}x`, okTime)
    line('for information: unified + remark-parse from node_modules', `${t.unbundled.toFixed(1)} ms`)
    // V8 validates a regex literal when it compiles the file, even inside a
    // function never called, and a Unicode property escape (`\p{L}`) costs
    // about 0.3–0.5 ms there (again when the regex first runs): the largest
    // part of newsdown's import time beyond its Markdown parser.
    const properties = (readFileSync(join(dist, 'index.js'), 'utf8').match(/\\p\{[A-Za-z_=]+\}/g) ?? []).length
    line('for information: \\p{…} escapes in dist/index.js (import cost)', String(properties))
    const fixture = join(root, '..', 'shared', 'fixtures', 'le-matin-aes-2025-06-26.txt')
    if (existsSync(fixture)) {
      const runs = Math.min(RUNS, 11)
      console.log(`  for information: cold start on the 4 KB fixture (import, first parse, second parse; median of ${runs})`)
      const c = await coldStart(runs, bundled, fixture)
      const ms = (x: {import: number; first: number; second: number}) =>
        `${x.import.toFixed(0)} + ${x.first.toFixed(0)} ms, then ${x.second.toFixed(1)} ms`
      line('unified + remark-parse (parse only)', ms(c.baseline))
      line('newsdown parseArticle', ms(c.newsdown))
    }
  } finally {
    rmSync(tmp, {recursive: true, force: true})
  }

  // `--warn-…` (what `npm test` passes for a budget of issue 6 not met yet):
  // print the figures and the excess, do not fail the run for it.
  if (warned.length > 0) console.error(`check-budgets: over budget, reported, not enforced (see issue 6): ${warned.join(', ')}`)
  if (failures.length > 0) {
    console.error(`check-budgets: over budget (✗ above): ${failures.join(', ')}`)
    process.exit(1)
  }
  if (warned.length === 0) console.log('check-budgets: all budgets hold')
}

await main()
