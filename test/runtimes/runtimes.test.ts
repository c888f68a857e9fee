/**
 * The packed package, as a user installs it, run for real in Node (ESM and
 * CJS), workerd (Cloudflare Workers' runtime), Deno and headless Chromium.
 * Every runtime parses the same articles; each must give the values asserted
 * here, and exactly what Node gives.
 *
 * The binaries: workerd and Deno come from dev dependencies
 * (`@cloudflare/workerd-linux-64`, `@deno/linux-x64-glibc`); Chromium from
 * Debian's `chromium` package, installed by `.ci/setup-runtimes.sh`. Outside
 * CI (no `CI` variable) a missing runtime skips its test with a warning; in
 * CI it fails.
 */
import {copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {NewsArticle} from '../../src/index.js'
import {hasShared, positionErrors, readShared, schemaErrors} from '../helpers.js'
import {exec, packAndInstall, resultOf, root, type Installed} from './pack.js'

const FR = `# Grenoble inaugure la première ligne de téléphérique urbain du pays

Le projet, lancé en 2019, relie la gare au campus universitaire en douze minutes.

Par Camille Roux

GRENOBLE, 4 avril 2025 — La métropole a inauguré vendredi sa ligne de téléphérique urbain, la première de France à desservir un campus. « C'est un jour historique pour la mobilité », a déclaré le président de la métropole, Christophe Ferrari.

Les cabines transporteront jusqu'à 1 500 passagers par heure, selon les services de la ville.
`

const EN = `City council approves new cycling lanes after long debate

By Sarah Mitchell

PORTLAND, Ore., March 3, 2025 — The city council voted 4-1 on Wednesday to approve 40 miles of protected bike lanes across the city. "This is about safety for everyone who uses our streets," said Mayor Keith Wilson.

The plan will cost an estimated $12 million over five years, and the first lanes should open in the autumn.
`

const FIXTURE = 'fixtures/le-matin-aes-2025-06-26.txt'
const inputs = [FR, EN, ...(hasShared ? [readShared(FIXTURE)] : [])]

interface Run {
  exports: string[]
  results: NewsArticle[]
  userAgent?: string
}

const bin = {
  workerd: join(root, 'node_modules/@cloudflare/workerd-linux-64/bin/workerd'),
  deno: join(root, 'node_modules/@deno/linux-x64-glibc/deno'),
  chromium: process.env.CHROMIUM_BIN ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
}

/** `it`, or a skip with a warning when `path` is missing outside CI (in CI a missing runtime fails). */
function itWith(path: string | undefined, name: string, fn: () => Promise<void>) {
  if ((!path || !existsSync(path)) && !process.env.CI) {
    console.warn(`newsdown runtimes: ${name} skipped, ${path ?? 'binary'} not found (run .ci/setup-runtimes.sh)`)
    return it.skip(name, fn)
  }
  return it(name, fn)
}

let installed: Installed
let node: Run
const harness = (name: string) => fileURLToPath(new URL('./harness/' + name, import.meta.url))

beforeAll(async () => {
  installed = await packAndInstall('newsdown-runtimes-')
  for (const name of ['node-esm.mjs', 'node-cjs.cjs', 'deno.mjs', 'worker.mjs', 'workerd.capnp', 'page.html']) {
    copyFileSync(harness(name), join(installed.dir, name))
  }
  writeFileSync(join(installed.dir, 'inputs.json'), JSON.stringify(inputs))
  const {stdout} = await exec(process.execPath, ['node-esm.mjs'], {cwd: installed.dir, maxBuffer: 64 << 20})
  node = resultOf<Run>(stdout)
})

afterAll(() => {
  if (installed) rmSync(dirname(installed.dir), {recursive: true, force: true})
})

/** The checks every runtime's results must pass. */
function checkResults(run: Run) {
  expect(run.results).toHaveLength(inputs.length)
  run.results.forEach((article, i) => {
    expect(schemaErrors(article)).toEqual([])
    expect(positionErrors(inputs[i]!, article)).toEqual([])
  })
  const [fr, en, fixture] = run.results
  expect(fr!.language).toBe('fr')
  expect(fr!.format).toBe('markdown')
  expect(fr!.headline).toBe('Grenoble inaugure la première ligne de téléphérique urbain du pays')
  expect(FR.slice(fr!.headlinePosition!.start.offset, fr!.headlinePosition!.end.offset)).toContain(fr!.headline)
  expect(en!.language).toBe('en')
  expect(en!.format).toBe('text')
  expect(en!.headline).toBe('City council approves new cycling lanes after long debate')
  expect(en!.headlinePosition).toMatchObject({start: {line: 1, column: 1, offset: 0}, end: {line: 1, offset: 57}})
  if (fixture) {
    expect(fixture.language).toBe('fr')
    expect(fixture.headline).toMatch(/^Rencontre des ministres de la défense de l.AES/)
    expect(fixture.body.length).toBeGreaterThan(3)
  }
  expect(run.exports).toContain('parseArticle')
  expect(run.exports).toEqual(node.exports)
}

describe('the packed package in real runtimes', () => {
  it('installs from the tarball, offline', () => {
    expect(installed.tarball).toMatch(/newsdown-\d+\.\d+\.\d+.*\.tgz$/)
    expect(existsSync(join(installed.dir, 'node_modules/newsdown/dist/index.js'))).toBe(true)
    console.log(`newsdown runtimes: installed with ${installed.how} in ${installed.dir} (node ${process.version})`)
  })

  it('Node ESM (import)', () => {
    checkResults(node)
  })

  it('Node CJS (require)', async () => {
    const {stdout} = await exec(process.execPath, ['node-cjs.cjs'], {cwd: installed.dir, maxBuffer: 64 << 20})
    const run = resultOf<Run>(stdout)
    checkResults(run)
    expect(run.results).toEqual(node.results)
  })

  it('TypeScript users: the installed types check (ESM, CJS and bundler resolution), strict, no skipLibCheck', async () => {
    const consumer = `import {parseArticle, toJsonLd, InputTooLargeError, type NewsArticle} from 'newsdown'
import {parseArticle as parseFrench} from 'newsdown/fr'
import {newsArticleSchema} from 'newsdown/schema'
type IsAny<T> = 0 extends 1 & T ? true : false
const article: NewsArticle = parseArticle('# Titre', {format: 'markdown', maxLength: 1000})
const headline: string | null = article.headline
const french: NewsArticle = parseFrench('Titre')
const jsonLd = toJsonLd(article)
const jsonLdIsTyped: IsAny<typeof jsonLd> = false
const error: InputTooLargeError | null = null
const schemaIsTyped: IsAny<typeof newsArticleSchema> = false
export {headline, french, jsonLdIsTyped, error, schemaIsTyped}
`
    writeFileSync(join(installed.dir, 'consumer.mts'), consumer)
    writeFileSync(join(installed.dir, 'consumer.cts'), consumer)
    writeFileSync(join(installed.dir, 'consumer.ts'), consumer)
    const tsc = join(root, 'node_modules/typescript/bin/tsc')
    for (const [resolution, file] of [
      ['nodenext', 'consumer.mts'],
      ['nodenext', 'consumer.cts'],
      ['bundler', 'consumer.ts']
    ] as const) {
      const compilerOptions = {
        noEmit: true,
        strict: true,
        target: 'es2022',
        types: [],
        skipLibCheck: false,
        module: resolution === 'bundler' ? 'esnext' : 'nodenext',
        moduleResolution: resolution
      }
      const config = `tsconfig.${file}.json`
      writeFileSync(join(installed.dir, config), JSON.stringify({compilerOptions, files: [file]}))
      const result = await exec(process.execPath, [tsc, '-p', config], {cwd: installed.dir}).then(
        () => '',
        (error: {stdout?: string}) => error.stdout ?? String(error)
      )
      expect(result, `tsc --moduleResolution ${resolution} ${file}`).toBe('')
    }
    // Three full type checks: minutes on a busy two-core machine.
  }, 360_000)

  itWith(bin.workerd, 'workerd (Cloudflare Workers runtime)', async () => {
    const {stdout, stderr} = await exec(bin.workerd, ['test', 'workerd.capnp'], {cwd: installed.dir, maxBuffer: 64 << 20})
    const output = stdout + '\n' + stderr
    expect(output).toMatch(/\[ PASS \] main/)
    const run = resultOf<Run>(output)
    checkResults(run)
    expect(run.results).toEqual(node.results)
    const {stdout: version} = await exec(bin.workerd, ['--version'])
    console.log(`newsdown runtimes: ${version.trim()} ok`)
  })

  itWith(bin.deno, 'Deno', async () => {
    const env = {...process.env, DENO_DIR: join(installed.dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1'}
    const {stdout} = await exec(bin.deno, ['run', '--no-remote', '--no-lock', '--allow-read=.', 'deno.mjs'], {
      cwd: installed.dir,
      env,
      maxBuffer: 64 << 20
    })
    const run = resultOf<Run>(stdout)
    checkResults(run)
    expect(run.results).toEqual(node.results)
    const {stdout: version} = await exec(bin.deno, ['--version'], {env})
    console.log(`newsdown runtimes: ${version.split('\n')[0]} ok`)
  })

  itWith(bin.chromium, 'headless Chromium (ESM bundle in a page)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'newsdown-chromium-'))
    const {stdout} = await exec(
      bin.chromium!,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--allow-file-access-from-files',
        '--virtual-time-budget=20000',
        '--dump-dom',
        pathToFileURL(join(installed.dir, 'page.html')).href
      ],
      {maxBuffer: 64 << 20, timeout: 90_000}
    )
    const out = /<pre id="out">([^<]*)<\/pre>/.exec(stdout)?.[1] ?? 'no output'
    if (!out.startsWith('NEWSDOWN-RESULT ')) throw new Error('Chromium: ' + decodeURIComponent(out.slice(0, 4000)))
    const run = resultOf<Run>(out, true)
    checkResults(run)
    expect(run.results).toEqual(node.results)
    console.log(`newsdown runtimes: ${/(?:Headless)?Chrome\/[\d.]+/.exec(run.userAgent ?? '')?.[0] ?? run.userAgent} ok`)
  })
})
