/**
 * Cold start: what an edge function pays on its first request.
 *
 * `npx tsx bench/cold.ts [--cold-runs N] [--dist] [--instructions] [--write]`
 * (also run by `npm run bench`, whose `--cold-runs N` it shares; `--write`
 * replaces the cold-start section of `docs/bench.md` alone).
 *
 * In fresh Node processes (one per measurement), times importing the library
 * and its first parse of one article, then a second parse of the same article,
 * for newsdown (`parseArticle(text)` from the package's main entry) and for
 * unified + remark-parse (`unified().use(remarkParse).parse(text)`), on a
 * French and an English corpus article. Both libraries are bundled into one
 * ES module file each with esbuild, the way `dist/` is built (the current
 * `src/`, so no build is needed; `--dist` imports the built `dist/index.js`
 * instead), and the children run with `--single-threaded`, so V8 compiles and
 * collects on the main thread and a section's CPU time (user + system) is its
 * own work. Every run measures the four cases in a rotating order (so drifts
 * in machine load hit all alike); figures are medians over runs, with the
 * interquartile range, and the ratio is newsdown's median over remark-parse's.
 *
 * With `--instructions` it also counts the instructions of the import and of
 * the first parse under callgrind (valgrind must be installed; a few minutes):
 * reproducible where CPU times on a busy machine are not, so the figure to
 * compare two trees by.
 *
 * The first parse pays what the import put off: V8 compiles each function the
 * first time it runs, builds each regex on its first use (the library builds
 * many of its regexes and word sets lazily, on first use, to keep the import
 * short), and runs the code unoptimised.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {dirname} from 'node:path'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {buildSync} from 'esbuild'
import {readTexts} from './data.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const outDir = fileURLToPath(new URL('./out/cold/', import.meta.url))

/** The articles timed: the first of 2,000 to 4,000 characters in each corpus file. */
export const coldArticles = [
  {language: 'fr', file: 'fr/articles.jsonl'},
  {language: 'en', file: 'bbc/articles.jsonl'}
] as const

/** Median, first and third quartile of one measure over runs (ms). */
export interface Spread {
  median: number
  q1: number
  q3: number
}

/** Import, first parse and second parse, CPU and wall time, for one case. */
export interface ColdCase {
  tool: 'newsdown' | 'remark-parse'
  language: 'fr' | 'en'
  id: string
  chars: number
  cpu: {import: Spread; first: Spread; second: Spread; total: Spread}
  wall: {import: Spread; first: Spread; second: Spread; total: Spread}
  /** With `--instructions`: instructions executed by the import and by the first parse (callgrind). */
  instructions?: {import: number; first: number}
}

/** Everything measured. */
export interface ColdResult {
  runs: number
  source: 'src' | 'dist'
  cases: ColdCase[]
}

// The child: `node child.mjs KIND URL FILE [STOP]`. Without STOP it prints
// the CPU and wall times of the three phases; with STOP (`start`, `import` or
// `first`) it stops silently after that phase, for counting instructions.
const CHILD = `
import {readFileSync} from 'node:fs'
const [, , kind, url, file, stop] = process.argv
const text = readFileSync(file, 'utf8')
if (stop === 'start') process.exit(0)
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const c0 = cpu(), w0 = performance.now()
const m = await import(url)
let parse
if (kind === 'newsdown') parse = (t) => m.parseArticle(t)
else { const p = m.unified().use(m.remarkParse); parse = (t) => p.parse(t) }
const c1 = cpu(), w1 = performance.now()
if (stop === 'import') process.exit(0)
parse(text)
const c2 = cpu(), w2 = performance.now()
if (stop === 'first') process.exit(0)
parse(text)
const c3 = cpu(), w3 = performance.now()
console.log(JSON.stringify([c1 - c0, c2 - c1, c3 - c2, w1 - w0, w2 - w1, w3 - w2]))
`

/**
 * Bundles `contents` (TypeScript importing from the repository) into one ES module file with esbuild, the way tsup builds
 * `dist/` (no kept function names), and returns its URL.
 */
export function bundleModule(contents: string, file: string): string {
  mkdirSync(dirname(file), {recursive: true})
  buildSync({
    stdin: {contents, resolveDir: root, loader: 'ts'},
    bundle: true,
    outfile: file,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    // As tsup builds `dist/`: zod stays an import (only the schema entry uses it).
    external: ['zod', 'zod/mini'],
    logLevel: 'silent'
  })
  return pathToFileURL(file).href
}

const quantile = (sorted: number[], q: number) => {
  const i = (sorted.length - 1) * q
  const lo = Math.floor(i)
  const hi = Math.ceil(i)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo)
}
const spread = (values: number[]): Spread => {
  const s = [...values].sort((a, b) => a - b)
  return {median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75)}
}

/** Runs the cold-start measurement: `runs` fresh processes per case. */
export function measureColdStart(runs: number, options: {dist?: boolean; instructions?: boolean; log?: (s: string) => void} = {}): ColdResult {
  const log = options.log ?? (() => {})
  mkdirSync(outDir, {recursive: true})
  // The built package, or the current source bundled the way tsup bundles it.
  const newsdown = options.dist
    ? pathToFileURL(root + 'dist/index.js').href
    : bundleModule(`export {parseArticle} from ${JSON.stringify(root + 'src/index.ts')}`, outDir + 'newsdown.mjs')
  const remark = bundleModule("import {unified} from 'unified'; import remarkParse from 'remark-parse'; export {unified, remarkParse}", outDir + 'unified-remark-parse.mjs')
  const child = outDir + 'child.mjs'
  writeFileSync(child, CHILD)
  const articles = coldArticles.map((a) => {
    const record = readTexts(a.file).find((r) => r.text.length >= 2000 && r.text.length <= 4000)!
    const file = `${outDir}${a.language}.txt`
    writeFileSync(file, record.text)
    return {...a, id: record.id, chars: record.text.length, file}
  })
  const cases = articles.flatMap((a) =>
    (['newsdown', 'remark-parse'] as const).map((tool) => ({tool, article: a, times: [] as number[][]}))
  )
  const once = (c: (typeof cases)[number]) =>
    JSON.parse(
      execFileSync(process.execPath, ['--single-threaded', child, c.tool, c.tool === 'newsdown' ? newsdown : remark, c.article.file], {cwd: root, encoding: 'utf8'})
    ) as number[]
  for (const c of cases) once(c) // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(i + k) % cases.length]!
      c.times.push(once(c))
    }
    if ((i + 1) % 10 === 0 || i + 1 === runs) log(`cold start: run ${i + 1}/${runs}`)
  }
  // Instructions: reproducible where times are not (a busy machine, two
  // cores). Each phase is the difference between two runs of the child under
  // callgrind that stop before and after it; V8's hash and random seeds are
  // fixed, so the counts repeat to a few thousand instructions.
  const instructions = new Map<(typeof cases)[number], {import: number; first: number}>()
  if (options.instructions) {
    for (const c of cases) {
      const n = (stop: string) => {
        const result = spawnSync(
          'valgrind',
          ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--hash-seed=1', '--random-seed=1', child, c.tool, c.tool === 'newsdown' ? newsdown : remark, c.article.file, stop],
          {cwd: root, encoding: 'utf8'}
        )
        const found = /Collected : (\d+)/.exec(result.stderr ?? '')
        if (!found) throw new Error(`callgrind failed (is valgrind installed?): ${result.stderr?.slice(-500)}`)
        return Number(found[1])
      }
      log(`instructions: ${c.tool} ${c.article.language}`)
      const [start, imported, first] = ['start', 'import', 'first'].map(n)
      instructions.set(c, {import: imported! - start!, first: first! - imported!})
    }
  }
  const of = (times: number[][], offset: number) => ({
    import: spread(times.map((t) => t[offset]!)),
    first: spread(times.map((t) => t[offset + 1]!)),
    second: spread(times.map((t) => t[offset + 2]!)),
    total: spread(times.map((t) => t[offset]! + t[offset + 1]!))
  })
  return {
    runs,
    source: options.dist ? 'dist' : 'src',
    cases: cases.map((c) => ({
      tool: c.tool,
      language: c.article.language,
      id: c.article.id,
      chars: c.article.chars,
      cpu: of(c.times, 0),
      wall: of(c.times, 3),
      ...(instructions.has(c) ? {instructions: instructions.get(c)!} : {})
    }))
  }
}

const ms = (s: Spread) => `${s.median.toFixed(1)} (${s.q1.toFixed(1)}–${s.q3.toFixed(1)})`

/** The cold-start section of the benchmark report (Markdown). */
export function coldMarkdown(result: ColdResult): string {
  const md = [
    '## Cold start (first request of an edge function)',
    '',
    `${result.runs} fresh Node processes per case (\`bench/cold.ts\`, ${result.source === 'dist' ? 'the built `dist/index.js`' : 'the current `src/` bundled with esbuild as `dist/` is'}; unified + remark-parse bundled the same way; \`--single-threaded\`, the four cases in a rotating order). CPU ms of the process (user + system), median (interquartile range) over runs: the import (with \`unified().use(remarkParse)\` for remark-parse), the first parse of the article, then a second parse of the same article. The first parse pays V8 compiling each function and regex on first use.`,
    '',
    '| article | tool | import | first parse | import + first parse | second parse | × remark-parse (import + first parse) | × remark-parse (first parse) |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |'
  ]
  for (const c of result.cases) {
    const base = result.cases.find((b) => b.tool === 'remark-parse' && b.language === c.language)!
    const ratio = (key: 'total' | 'first') => (c.tool === 'remark-parse' ? '1.00x' : `${(c.cpu[key].median / base.cpu[key].median).toFixed(2)}x`)
    md.push(
      `| ${c.language} \`${c.id}\` (${c.chars} chars) | ${c.tool === 'newsdown' ? '**newsdown**' : c.tool} | ${ms(c.cpu.import)} | ${ms(c.cpu.first)} | ${ms(c.cpu.total)} | ${ms(c.cpu.second)} | ${ratio('total')} | ${ratio('first')} |`
    )
  }
  if (result.cases.some((c) => c.instructions)) {
    md.push(
      '',
      'Instructions executed (`--instructions`: callgrind, `node --single-threaded --hash-seed=1 --random-seed=1`, one run each; reproducible to about 0.01%, unlike the times above):',
      '',
      '| article | tool | import | first parse | × remark-parse (first parse) |',
      '| --- | --- | --: | --: | --: |'
    )
    const millions = (n: number) => `${(n / 1e6).toFixed(1)} M`
    for (const c of result.cases) {
      if (!c.instructions) continue
      const base = result.cases.find((b) => b.tool === 'remark-parse' && b.language === c.language)!.instructions
      md.push(
        `| ${c.language} | ${c.tool === 'newsdown' ? '**newsdown**' : c.tool} | ${millions(c.instructions.import)} | ${millions(c.instructions.first)} | ${base ? `${(c.instructions.first / base.first).toFixed(2)}x` : ''} |`
      )
    }
  }
  md.push('')
  return md.join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2)
  const at = argv.indexOf('--cold-runs')
  const runs = at >= 0 ? Number(argv[at + 1]) : 21
  if (!Number.isInteger(runs) || runs < 1) throw new Error('Usage: npx tsx bench/cold.ts [--cold-runs N] [--dist] [--instructions] [--write]')
  const result = measureColdStart(runs, {dist: argv.includes('--dist'), instructions: argv.includes('--instructions'), log: (s) => process.stderr.write(s + '\n')})
  mkdirSync(outDir, {recursive: true})
  writeFileSync(outDir + 'cold.json', JSON.stringify(result, null, 2) + '\n')
  const section = coldMarkdown(result)
  if (argv.includes('--write')) {
    // Replace the cold-start section of the committed report (the last one), or add it.
    const docs = root + 'docs/bench.md'
    const report = readFileSync(docs, 'utf8')
    const at = report.indexOf('## Cold start')
    writeFileSync(docs, (at < 0 ? report.trimEnd() + '\n\n' : report.slice(0, at)) + section)
    process.stderr.write('wrote the cold-start section of docs/bench.md\n')
  }
  console.log(section)
}
