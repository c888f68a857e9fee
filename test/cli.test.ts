/**
 * The `newsdown` command, run as a user runs it: the CLI is bundled the way
 * tsup builds `dist/cli.js` (one ESM file for Node, also the worker script)
 * into a temporary folder, then spawned with `node`.
 */
import {execFile, spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runBatch} from '../src/cli/batch.js'
import {parseArticle, toJsonLd, toNinjs} from '../src/index.js'
import {hasShared, parse, positionErrors, readShared, sharedDir} from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'newsdown-cli-'))
const cli = join(dir, 'cli.js')
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the CLI with `args`, feeding `stdin` when given. */
function run(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: dir})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    if (stdin !== undefined) child.stdin.end(stdin)
    else child.stdin.end()
  })
}

const ARTICLE_FR = `Thiès : la mairie lance un plan pour l'éclairage public
Publié le lundi 2 juin 2025 | Le Soleil

Par Khady Sow

La mairie de Thiès a présenté lundi un plan de remplacement de 4 000 lampadaires. « Nous voulons des rues sûres avant l'hivernage », a déclaré le maire, Babacar Diop.
`
const ARTICLE_EN = `Storm closes harbour for second day

By Peter Lang

Ferries stayed in port on Wednesday as gales battered the coast. "We will reopen as soon as it is safe," said harbour master Jane Reid.
`

beforeAll(async () => {
  await build({
    entryPoints: [new URL('../src/cli.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    banner: {js: '#!/usr/bin/env node'},
    logLevel: 'silent'
  })
  writeFileSync(join(dir, 'fr.txt'), ARTICLE_FR)
})

afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('newsdown: help, version, usage errors', () => {
  it('prints help and version with exit code 0', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: newsdown <command>/)
    for (const word of ['parse', 'batch', '--format', '--lang', '--reference-date', '--concurrency', 'Exit codes']) expect(help.stdout).toContain(word)
    const v = await run(['--version'])
    expect(v.code).toBe(0)
    expect(v.stdout).toBe(version + '\n')
  })

  it('exits with 2 and a message on stderr for usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['frobnicate'], /unknown command `frobnicate`/],
      [['parse', '--nope'], /--nope/],
      [['parse', 'fr.txt', '--format', 'xml'], /unknown format `xml`/],
      [['parse', 'fr.txt', '--lang', 'de'], /unknown language `de`/],
      [['parse', 'fr.txt', '--reference-date', 'yesterday'], /invalid --reference-date/],
      [['parse', 'a.txt', 'b.txt'], /expected one input/],
      [['batch', 'x.jsonl', '--concurrency', 'many'], /invalid --concurrency/],
      [['batch', 'x.jsonl', '--timeout', 'soon'], /invalid --timeout/],
      [['parse', 'fr.txt', '--timeout', '5'], /--timeout is an option of batch/],
      [['batch', 'x.jsonl', '--format', 'html'], /html is for parse/]
    ]
    for (const [args, message] of cases) {
      const r = await run(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stdout, args.join(' ')).toBe('')
      expect(r.stderr, args.join(' ')).toMatch(message)
      expect(r.stderr).toContain('newsdown --help')
    }
  })
})

describe('newsdown parse', () => {
  it('parses a file into the same article as parseArticle', async () => {
    const r = await run(['parse', 'fr.txt'])
    expect(r.code).toBe(0)
    const article = parse(ARTICLE_FR)
    expect(positionErrors(ARTICLE_FR, article)).toEqual([])
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(article)))
  })

  it('reads standard input with `-` and writes JSON-LD, ninjs or HTML', async () => {
    const article = parse(ARTICLE_EN)
    const jsonld = await run(['parse', '-', '--format', 'jsonld', '--url', 'https://example.com/storm'], ARTICLE_EN)
    expect(jsonld.code).toBe(0)
    expect(JSON.parse(jsonld.stdout)).toEqual(toJsonLd(article, {url: 'https://example.com/storm'}))
    const ninjs = await run(['parse', '--format', 'ninjs'], ARTICLE_EN)
    expect(JSON.parse(ninjs.stdout)).toEqual(toNinjs(article))
    const html = await run(['parse', '-', '--format', 'html'], ARTICLE_EN.replace('Ferries', '<Ferries>'))
    expect(html.code).toBe(0)
    expect(html.stdout).toMatch(/^<!doctype html>/)
    expect(html.stdout).toContain('&lt;Ferries&gt;')
    expect(html.stdout).not.toContain('<Ferries>')
  })

  it('passes --lang and --reference-date to the parser', async () => {
    const r = await run(['parse', 'fr.txt', '--lang', 'en', '--reference-date', '2025-06-05'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(parseArticle(ARTICLE_FR, {language: 'en', referenceDate: '2025-06-05'}))))
    expect(JSON.parse(r.stdout).language).toBe('en')
  })

  it('exits with 1 and names the file for bad input', async () => {
    const missing = await run(['parse', 'missing.txt'])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toBe('newsdown: missing.txt: no such file\n')
    const empty = await run(['parse', '-'], '  \n')
    expect(empty.code).toBe(1)
    expect(empty.stderr).toMatch(/^<stdin>:1:1: error: .+ \[empty-input\]$/m)
  })

  it('writes warnings as file:line:column diagnostics on stderr and still exits 0', async () => {
    // 2025-07-20 is a Sunday, not a Friday.
    writeFileSync(join(dir, 'weekday.txt'), 'Réunion des ministres\n\nLes ministres se sont retrouvés le vendredi 20 juillet 2025 à Bamako.\n')
    const r = await run(['parse', 'weekday.txt', '--reference-date', '2025-07-25'])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^weekday\.txt:3:\d+: warning: .+ \[weekday-mismatch\]$/m)
  })
})

describe('newsdown batch', () => {
  const lines = [
    JSON.stringify({id: 'a', text: ARTICLE_FR}),
    JSON.stringify({id: 'b', text: ARTICLE_EN}),
    '{"id": "c", "text": broken',
    '',
    JSON.stringify({id: 'd'}),
    JSON.stringify({id: 7, text: 'Short note\n\nNothing happened in the village today, said nobody.'}),
    ...Array.from({length: 20}, (_, i) => JSON.stringify({id: `n${i}`, text: i % 2 ? ARTICLE_EN : ARTICLE_FR}))
  ]

  it('writes one line per input line, in input order, with {id, error} for bad lines', async () => {
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n')
    const r = await run(['batch', 'in.jsonl', '--concurrency', '3'])
    expect(r.code).toBe(1)
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as {id: unknown; article?: unknown; error?: string})
    // The id of a broken line is kept when it can still be read.
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 7, ...Array.from({length: 20}, (_, i) => `n${i}`)])
    expect(out[0]!.article).toEqual(JSON.parse(JSON.stringify(parseArticle(ARTICLE_FR))))
    expect(out[1]!.article).toEqual(JSON.parse(JSON.stringify(parseArticle(ARTICLE_EN))))
    expect(out[2]!.error).toMatch(/^in\.jsonl:3: invalid JSON/)
    expect(out[3]!.error).toMatch(/^in\.jsonl:5: expected a string `text`/)
    expect(out.filter((o) => o.error !== undefined)).toHaveLength(2)
    expect(r.stderr).toBe(`newsdown: 2 of 25 lines failed; first: ${out[2]!.error}\n`)
  })

  it('gives the same output whatever the concurrency, from a file or standard input', async () => {
    const good = lines.filter((l) => l.includes('"text":"'))
    // A byte order mark and no final newline.
    writeFileSync(join(dir, 'good.jsonl'), '\uFEFF' + good.join('\n'))
    const one = await run(['batch', 'good.jsonl', '--concurrency', '1'])
    const four = await run(['batch', 'good.jsonl', '--concurrency', '4'])
    const main = await run(['batch', '-', '--concurrency', '0'], good.join('\r\n') + '\r\n')
    expect(one.code).toBe(0)
    expect(one.stderr).toBe('')
    expect(one.stdout.trim().split('\n')).toHaveLength(good.length)
    expect(four.stdout).toBe(one.stdout)
    expect(main.stdout).toBe(one.stdout)
    const ld = await run(['batch', 'good.jsonl', '--format', 'jsonld'])
    const first = JSON.parse(ld.stdout.split('\n')[0]!) as {id: string; jsonld: unknown}
    expect(first).toEqual({id: 'a', jsonld: toJsonLd(parseArticle(ARTICLE_FR))})
  })

  it('writes a progress line on stderr only when stderr is a terminal', async () => {
    const batch = async (isTTY: boolean) => {
      const output = new PassThrough()
      let out = ''
      output.setEncoding('utf8').on('data', (d: string) => (out += d))
      let err = ''
      const stderr = Object.assign(new PassThrough(), {isTTY})
      stderr.setEncoding('utf8').on('data', (d: string) => (err += d))
      async function* input() {
        yield JSON.stringify({id: 'x', text: ARTICLE_EN}) + '\n'
        yield JSON.stringify({id: 'y', text: ARTICLE_FR})
      }
      const result = await runBatch(
        {input: input(), output, stderr},
        {name: '<stdin>', format: 'json', parse: {}, output: {}, concurrency: 0, timeout: 0, workerUrl: new URL(import.meta.url)}
      )
      return {result, out, err}
    }
    const tty = await batch(true)
    expect(tty.result).toEqual({lines: 2, failed: 0, firstError: null})
    expect(tty.err).toMatch(/newsdown: 2 articles, \d+\/s\n$/)
    const pipe = await batch(false)
    expect(pipe.err).toBe('')
    expect(pipe.out).toBe(tty.out)
    expect(pipe.out.trim().split('\n').map((l) => (JSON.parse(l) as {id: string}).id)).toEqual(['x', 'y'])
  })

  it('fails a line that takes longer than --timeout, replaces its worker and goes on', async () => {
    // A limit no line can meet (a new worker alone takes longer to start): every line times out.
    const three = lines.filter((l) => l.includes('"text":"')).slice(0, 3)
    writeFileSync(join(dir, 'slow.jsonl'), three.join('\n') + '\n')
    const r = await run(['batch', 'slow.jsonl', '--concurrency', '2', '--timeout', '0.001'])
    expect(r.code).toBe(1)
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as {id: unknown; error?: string})
    expect(out).toEqual(three.map((l, i) => ({id: (JSON.parse(l) as {id: unknown}).id, error: `slow.jsonl:${i + 1}: timed out after 0.001 s`})))
  })

  it('exits with 1 for a missing file', async () => {
    const r = await run(['batch', 'nope.jsonl'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('newsdown: nope.jsonl: no such file\n')
  })
})

describe.skipIf(!hasShared)('newsdown on the shared data', () => {
  it('parses the Le Matin fixture to JSON-LD', async () => {
    const r = await run(['parse', join(sharedDir, 'fixtures/le-matin-aes-2025-06-26.txt'), '--format', 'jsonld'])
    expect(r.code).toBe(0)
    const ld = JSON.parse(r.stdout) as Record<string, unknown>
    expect(ld).toMatchObject({'@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2025-06-26', inLanguage: 'fr'})
    expect(ld.headline).toMatch(/^Rencontre des ministres de la défense de l'AES/)
  })

  it('batch returns the 2,225 BBC articles, in order', async () => {
    const input = readShared('corpus/bbc/articles.jsonl')
    const ids = input.trim().split('\n').map((l) => (JSON.parse(l) as {id: string}).id)
    expect(ids).toHaveLength(2225)
    const out = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [cli, 'batch', join(sharedDir, 'corpus/bbc/articles.jsonl'), '--concurrency', '2'], {maxBuffer: 1 << 30}, (error, stdout) =>
        error ? reject(error) : resolve(stdout)
      )
    })
    const got = out.trim().split('\n').map((l) => JSON.parse(l) as {id: string; article?: {headline: string | null}})
    expect(got.map((o) => o.id)).toEqual(ids)
    expect(got.every((o) => o.article !== undefined)).toBe(true)
  })
})
