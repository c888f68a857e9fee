/**
 * The `newsdown` command, run as a user runs it: the CLI is bundled the way
 * tsup builds `dist/cli.js` (one ESM file for Node, also the worker script)
 * into a temporary folder, then spawned with `node`.
 */
import {execFile, spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runBatch, type BatchOptions} from '../src/cli/batch.js'
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

  it('accepts --workers for --concurrency, not both', async () => {
    const good = lines.filter((l) => l.includes('"text":"')).slice(0, 4)
    writeFileSync(join(dir, 'four.jsonl'), good.join('\n') + '\n')
    const workers = await run(['batch', 'four.jsonl', '--workers', '1'])
    const concurrency = await run(['batch', 'four.jsonl', '--concurrency', '2'])
    expect(workers.code).toBe(0)
    expect(workers.stdout.trim().split('\n').map((l) => (JSON.parse(l) as {id: string}).id)).toEqual(['a', 'b', 7, 'n0'])
    expect(workers.stdout).toBe(concurrency.stdout)
    const both = await run(['batch', 'four.jsonl', '--workers', '1', '--concurrency', '2'])
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/--workers and --concurrency/)
  })

  it('reads a line longer than a read chunk, and fails a line over the limit with its id', async () => {
    // One 3 MB line (many 64 KB chunks) that is not valid JSON, one long valid line, one short line.
    const long = `{"id": "long", "text": "${'mot '.repeat(750_000)}`
    const text = ARTICLE_FR + '\n' + 'La mairie a aussi annoncé des travaux. '.repeat(3000)
    writeFileSync(join(dir, 'long.jsonl'), [long, JSON.stringify({id: 'valid', text}), JSON.stringify({id: 'short', text: ARTICLE_EN})].join('\n'))
    const r = await run(['batch', 'long.jsonl', '--concurrency', '1'])
    expect(r.code).toBe(1)
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as {id: string; article?: unknown; error?: string})
    expect(out.map((o) => o.id)).toEqual(['long', 'valid', 'short'])
    expect(out[0]!.error).toMatch(/^long\.jsonl:1: invalid JSON/)
    const article = parse(text)
    expect(positionErrors(text, article)).toEqual([])
    expect(out[1]!.article).toEqual(JSON.parse(JSON.stringify(article)))
    expect(out[2]!.article).toEqual(JSON.parse(JSON.stringify(parseArticle(ARTICLE_EN))))
  })

  it('exits with 1 for a missing file', async () => {
    const r = await run(['batch', 'nope.jsonl'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('newsdown: nope.jsonl: no such file\n')
  })
})

describe('runBatch: streaming', () => {
  const encoder = new TextEncoder()
  const records = Array.from({length: 40}, (_, i) => ({id: `r${i}`, text: i % 3 ? ARTICLE_EN : ARTICLE_FR}))

  /** Runs a batch on `chunks` (given one at a time), writing to `output`; counts the chunks read in `read`. */
  async function batch(chunks: (string | Uint8Array)[], options: Partial<BatchOptions>, output: NodeJS.WritableStream, read = {chunks: 0}) {
    async function* input() {
      for (const chunk of chunks) {
        read.chunks++
        yield chunk
      }
    }
    const stderr = new PassThrough()
    const result = await runBatch(
      {input: input(), output, stderr},
      {name: '<stdin>', format: 'json', parse: {}, output: {}, concurrency: 0, timeout: 0, workerUrl: pathToFileURL(cli), ...options}
    )
    await new Promise<void>((resolve) => output.end(resolve))
    return {result, read}
  }

  /** A writable that keeps what it gets; `delay` ms per write and a tiny buffer make it a slow reader. */
  function collect(delay = 0, onWrite?: () => void) {
    const got: Buffer[] = []
    const stream = new Writable({
      highWaterMark: delay > 0 ? 1 : 16384,
      write(chunk: Buffer, _encoding, callback) {
        onWrite?.()
        got.push(chunk)
        if (delay > 0) setTimeout(callback, delay)
        else callback()
      }
    })
    return {stream, text: () => Buffer.concat(got).toString('utf8')}
  }

  const expected = () =>
    records
      .map((r) => {
        const article = parse(r.text)
        expect(positionErrors(r.text, article)).toEqual([])
        return JSON.stringify({id: r.id, article})
      })
      .join('\n') + '\n'

  it('keeps input order and reads no further ahead than its window while the reader is slow', async () => {
    for (const concurrency of [0, 2]) {
      let ahead = 0
      let written = 0
      const read = {chunks: 0}
      const out = collect(3, () => {
        ahead = Math.max(ahead, read.chunks - written)
        written++
      })
      const chunks = records.map((r) => JSON.stringify(r) + '\n')
      const {result} = await batch(chunks, {concurrency, window: 3}, out.stream, read)
      expect(result).toEqual({lines: 40, failed: 0, firstError: null})
      expect(read.chunks).toBe(40)
      expect(out.text()).toBe(expected())
      // Each write happens with at most the window (3) plus the line waiting for room read ahead.
      expect(ahead, `concurrency ${concurrency}`).toBeLessThanOrEqual(4)
    }
  })

  it('gives the same bytes whatever the chunking, worker count and line endings', async () => {
    const whole = encoder.encode('\uFEFF' + records.map((r) => JSON.stringify(r)).join('\r\n') + '\n\n \t\n\u00a0\n')
    // Cut into 7-byte pieces: lines and multi-byte characters (é, «) are split across chunks.
    const pieces: Uint8Array[] = []
    for (let i = 0; i < whole.length; i += 7) pieces.push(whole.subarray(i, i + 7))
    const outputs: string[] = []
    for (const [chunks, concurrency] of [
      [[whole], 0],
      [pieces, 0],
      [pieces, 1],
      [pieces, 3]
    ] as const) {
      const out = collect()
      const {result} = await batch([...chunks], {concurrency}, out.stream)
      // Blank lines (white space, a no-break space) are skipped.
      expect(result).toEqual({lines: 40, failed: 0, firstError: null})
      outputs.push(out.text())
    }
    expect(outputs[0]).toBe(expected())
    for (const o of outputs) expect(o).toBe(outputs[0])
  })

  it('fails a line over maxLineBytes without keeping it, names it by its id and goes on', async () => {
    const big = JSON.stringify({id: 'big', text: ARTICLE_FR.repeat(20)})
    const chunks = [JSON.stringify(records[0]) + '\n' + big.slice(0, 1000), big.slice(1000, 3000), big.slice(3000) + '\n{"text": 5}', '\n' + JSON.stringify(records[1])]
    for (const concurrency of [0, 1]) {
      const out = collect()
      const {result} = await batch(chunks, {concurrency, maxLineBytes: 2500}, out.stream)
      const got = out
        .text()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as {id: unknown; error?: string})
      expect(got.map((o) => o.id)).toEqual(['r0', 'big', null, 'r1'])
      expect(got[1]!.error).toBe('<stdin>:2: line too long (over 2500 bytes)')
      expect(got[2]!.error).toBe('<stdin>:3: expected a string `text`')
      expect(result).toEqual({lines: 4, failed: 2, firstError: got[1]!.error})
    }
  })

  it('decodes invalid UTF-8 as U+FFFD, as a whole-file decoder does', async () => {
    const head = encoder.encode('{"id": "bad", "text": "Le maire a parl')
    const tail = encoder.encode(' hier \u00e0 Thi\u00e8s."}\n')
    const line = new Uint8Array([...head, 0xc3, 0xff, ...tail])
    const out = collect()
    // The chunks split the bad sequence.
    const {result} = await batch([line.subarray(0, head.length + 1), line.subarray(head.length + 1)], {}, out.stream)
    expect(result.failed).toBe(0)
    const text = 'Le maire a parl\uFFFD\uFFFD hier \u00e0 Thi\u00e8s.'
    const article = parse(text)
    expect(positionErrors(text, article)).toEqual([])
    expect(out.text()).toBe(JSON.stringify({id: 'bad', article}) + '\n')
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
