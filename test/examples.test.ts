/**
 * Every example of `examples/` runs, importing `newsdown` itself (the
 * package resolves its own name through `exports` to the built `dist/`).
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {parse as parseHtml} from 'parse5'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle, toJsonLd} from '../src/index.js'
import {parse, positionErrors} from './helpers.js'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'newsdown-examples-'))

const ARTICLE = `Saint-Louis : le pont Faidherbe fermé pour travaux
Publié le vendredi 6 juin 2025 | Le Soleil

Par Mamadou Ba

Le pont Faidherbe sera fermé à la circulation pendant deux semaines. « Les travaux sont urgents », a déclaré le directeur des routes, Cheikh Ndour.
`
const MARKDOWN = `# Saint-Louis : le pont Faidherbe fermé pour travaux

*Par Mamadou Ba*

Les travaux commencent le vendredi 20 juillet 2025, a annoncé la mairie.
`

async function node(args: string[]): Promise<{stdout: string; stderr: string}> {
  return exec(process.execPath, args, {cwd: root, maxBuffer: 1 << 26})
}

beforeAll(async () => {
  // The examples import the built package; build it when it is not there.
  if (!existsSync(join(root, 'dist/index.js'))) await exec('npx', ['tsup'], {cwd: root})
  writeFileSync(join(dir, 'article.txt'), ARTICLE)
  writeFileSync(join(dir, 'article.md'), MARKDOWN)
})

afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('examples', () => {
  it('parse-file.mjs prints the headline, authors, date and quotes', async () => {
    const article = parse(ARTICLE)
    expect(positionErrors(ARTICLE, article)).toEqual([])
    const {stdout} = await node(['examples/parse-file.mjs', join(dir, 'article.txt')])
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('Headline: Saint-Louis : le pont Faidherbe fermé pour travaux')
    expect(lines[1]).toBe(`Authors:  ${article.authors.map((a) => a.name).join(', ') || '(none)'}`)
    expect(lines[2]).toBe(`Date:     ${article.datePublished ?? '(none)'}`)
    expect(lines[3]).toBe(`Quotes:   ${article.quotes.length}`)
    expect(lines.slice(4)).toEqual(
      article.quotes.map((q) => `  ${q.position.start.line}:${q.position.start.column} “${q.text}” — ${q.speaker?.name ?? 'unknown'}`)
    )
  })

  it.skipIf(!existsSync(join(root, 'examples/articles/fr-sahel-defense.txt')))('parse-file.mjs runs on the example article (npm run example)', async () => {
    const {stdout} = await node(['examples/parse-file.mjs', 'examples/articles/fr-sahel-defense.txt'])
    expect(stdout).toMatch(/^Headline: \S/)
  })

  it('edge-handler.mjs answers a POST with the JSON-LD of the body', async () => {
    const url = new URL('../examples/edge-handler.mjs', import.meta.url).href
    const {default: handler} = (await import(url)) as {default: {fetch(r: Request): Promise<Response>}}
    const response = await handler.fetch(
      new Request('https://edge.example/?url=https://example.sn/pont', {method: 'POST', body: ARTICLE})
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8')
    expect(await response.json()).toEqual(toJsonLd(parseArticle(ARTICLE), {url: 'https://example.sn/pont'}))
    const get = await handler.fetch(new Request('https://edge.example/'))
    expect(get.status).toBe(405)
    const bad = await handler.fetch(new Request('https://edge.example/?lang=xx', {method: 'POST', body: ARTICLE}))
    expect(bad.status).toBe(400)
  })

  it('seo-page.mjs puts the JSON-LD script in the <head>', async () => {
    const {stdout} = await node(['examples/seo-page.mjs', join(dir, 'article.txt'), 'https://example.sn/pont'])
    type Node = {nodeName: string; tagName?: string; attrs?: {name: string; value: string}[]; childNodes?: Node[]; value?: string}
    const doc = parseHtml(stdout) as unknown as Node
    const html = doc.childNodes!.find((n) => n.tagName === 'html')!
    const head = html.childNodes!.find((n) => n.tagName === 'head')!
    const script = head.childNodes!.find((n) => n.tagName === 'script')!
    expect(script.attrs).toEqual([{name: 'type', value: 'application/ld+json'}])
    expect(JSON.parse(script.childNodes![0]!.value!)).toEqual(toJsonLd(parseArticle(ARTICLE), {url: 'https://example.sn/pont'}))
  })

  it('remark-pipeline.mjs reads the article and its messages from the vfile', async () => {
    const file = join(dir, 'article.md')
    const article = parse(MARKDOWN, {format: 'markdown'})
    const {stdout} = await node(['examples/remark-pipeline.mjs', file])
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(`Saint-Louis : le pont Faidherbe fermé pour travaux — ${article.authors.map((a) => a.name).join(', ') || 'no byline'}`)
    expect(lines[1]).toBe(`${article.entities.length} entities, ${article.quotes.length} quotes, ${article.wordCount} words`)
    expect(lines.slice(2)).toHaveLength(article.diagnostics.length)
    for (const [i, d] of article.diagnostics.entries()) {
      expect(lines[2 + i]).toContain(`${file}:${d.position.start.line}:${d.position.start.column}`)
      expect(lines[2 + i]).toContain(`[newsdown:${d.code}]`)
    }
  })

  it('batch.mjs writes one summary line per JSON Lines record, in order', async () => {
    const {stdout} = await node(['examples/batch.mjs', 'examples/batch-input.jsonl'])
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as {id: string; headline: string})
    expect(out.map((o) => o.id)).toEqual(['sn-001', 'uk-002', 'uk-003'])
    expect(out.map((o) => o.headline)).toEqual([
      "Kaolack : ouverture d'un nouveau marché aux arachides",
      'Library reopens after flood repairs',
      'Council delays vote on parking charges'
    ])
  })
})
