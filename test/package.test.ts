/**
 * The public surface, locked: the sorted export list of every entry point,
 * from the sources and from the built ESM and CJS files resolved by package
 * name (`newsdown`, `newsdown/fr`, `newsdown/en`) the way Node resolves them
 * for a user; and what the per-locale entry points leave out.
 *
 * Adding or removing an export is an API change: update the pinned lists
 * here on purpose, and say so in CHANGELOG.md.
 */
import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import * as enEntry from '../src/entries/en.js'
import * as frEntry from '../src/entries/fr.js'
import * as schemaEntry from '../src/entries/schema.js'
import * as newsdown from '../src/index.js'
import {parse, positionErrors, schemaErrors} from './helpers.js'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../', import.meta.url))

/** `newsdown`'s runtime exports, sorted. */
const MAIN = [
  'DEFAULT_MAX_LENGTH',
  'InputTooLargeError',
  'InvalidInputError',
  'InvalidOptionError',
  'NewsdownError',
  'builtinLocales',
  'createContext',
  'defaultPipeline',
  'en',
  'fr',
  'parseArticle',
  'remarkNewsArticle',
  'toHtml',
  'toJsonLd',
  'toJsonLdScript',
  'toNinjs',
  'validateArticle'
]

/** What `newsdown/fr` and `newsdown/en` export besides their locale, sorted. */
const PER_LOCALE = [
  'DEFAULT_MAX_LENGTH',
  'InputTooLargeError',
  'InvalidInputError',
  'InvalidOptionError',
  'NewsdownError',
  'createContext',
  'defaultPipeline',
  'parseArticle'
]

/** `newsdown/schema`: the zod/mini schemas, sorted. */
const SCHEMA = [
  'authorSchema',
  'dateKindSchema',
  'dateMentionSchema',
  'datelineSchema',
  'diagnosticCodeSchema',
  'diagnosticSchema',
  'entitySchema',
  'entityTypeSchema',
  'newsArticleSchema',
  'paragraphKindSchema',
  'paragraphSchema',
  'pointSchema',
  'positionSchema',
  'publisherSchema',
  'quoteKindSchema',
  'quoteSchema',
  'severitySchema',
  'spanSchema',
  'speakerSchema'
]

const expected: Record<string, string[]> = {
  newsdown: MAIN,
  'newsdown/fr': [...PER_LOCALE, 'fr'].sort(),
  'newsdown/en': [...PER_LOCALE, 'en'].sort(),
  'newsdown/schema': SCHEMA
}

async function builtExports(specifier: string, kind: 'esm' | 'cjs'): Promise<string[]> {
  const code =
    kind === 'esm'
      ? `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()))`
      : `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})).sort()))`
  const args = kind === 'esm' ? ['--input-type=module', '-e', code] : ['--input-type=commonjs', '-e', code]
  // Run from the repository: Node resolves the package's own name through its "exports".
  const {stdout} = await exec(process.execPath, args, {cwd: root})
  return JSON.parse(stdout) as string[]
}

describe('public export list', () => {
  const hint = 'the public API changed: update the pinned list in test/package.test.ts and CHANGELOG.md'

  it('newsdown (sources)', () => {
    expect(Object.keys(newsdown).sort(), hint).toEqual(MAIN)
  })
  it('newsdown/fr and newsdown/en (sources)', () => {
    expect(Object.keys(frEntry).sort(), hint).toEqual(expected['newsdown/fr'])
    expect(Object.keys(enEntry).sort(), hint).toEqual(expected['newsdown/en'])
  })
  it('newsdown/schema (sources)', () => {
    expect(Object.keys(schemaEntry).sort(), hint).toEqual(SCHEMA)
  })

  for (const specifier of Object.keys(expected)) {
    for (const kind of ['esm', 'cjs'] as const) {
      it(`${specifier} resolves and loads as ${kind === 'esm' ? 'ESM (import)' : 'CJS (require)'} from dist`, async () => {
        expect(await builtExports(specifier, kind), hint + ' (or rebuild: npm run build)').toEqual(expected[specifier])
      })
    }
  }

  it('newsdown/schema imports the zod the package depends on; the other entries do not ship zod', () => {
    const hint = 'rebuild: npm run build'
    const read = (file: string) => readFileSync(join(root, 'dist', file), 'utf8')
    expect(read('schema.js'), hint).toMatch(/from ["']zod\/mini["']/)
    expect(read('schema.cjs'), hint).toMatch(/require\(["']zod\/mini["']\)/)
    // zod's own code carries this marker; `validateArticle` reads the generated JSON Schema instead.
    for (const file of ['schema.js', 'index.js', 'index.cjs', 'fr.js', 'en.js']) expect(read(file), `${file}: ${hint}`).not.toContain('$ZodType')
  })

  it('newsdown/schema.json resolves to the committed JSON Schema', async () => {
    const {stdout} = await exec(
      process.execPath,
      ['-e', "const s = require('newsdown/schema.json'); console.log(s.$schema + ' ' + s.type)"],
      {cwd: root}
    )
    expect(stdout.trim()).toBe('https://json-schema.org/draft/2020-12/schema object')
  })
})

describe('per-locale entry points', () => {
  const fr = `# La médiathèque de Nantes rouvre après deux ans de travaux

Par Julien Morel

Les lecteurs ont retrouvé samedi une médiathèque agrandie, avec un étage consacré à la bande dessinée et des horaires élargis le dimanche.
`
  const en = `Library reopens after two years of renovation

By Emma Clarke

Readers returned on Saturday to a larger library, with a floor devoted to comics and longer opening hours on Sundays.
`

  it('newsdown/fr reads every article as French, newsdown/en as English', () => {
    for (const [entry, input, language] of [
      [frEntry, fr, 'fr'],
      [frEntry, en, 'fr'],
      [enEntry, en, 'en'],
      [enEntry, fr, 'en']
    ] as const) {
      const article = entry.parseArticle(input)
      expect(schemaErrors(JSON.parse(JSON.stringify(article)))).toEqual([])
      expect(positionErrors(input, article)).toEqual([])
      expect(article.language).toBe(language)
    }
  })

  it('gives the same article as newsdown for an article in its language', () => {
    expect(frEntry.parseArticle(fr)).toEqual(parse(fr))
    expect(enEntry.parseArticle(en)).toEqual(parse(en))
    expect(parse(fr).headline).toBe('La médiathèque de Nantes rouvre après deux ans de travaux')
  })

  it('still takes explicit locales and reports a language it lacks with its typed error', () => {
    expect(frEntry.parseArticle(en, {locales: [enEntry.en]}).language).toBe('en')
    expect(() => frEntry.parseArticle(fr, {language: 'en'})).toThrow(frEntry.InvalidOptionError)
    expect(() => frEntry.parseArticle(fr, null as never)).toThrow(frEntry.InvalidOptionError)
  })

  for (const [entry, other] of [
    ['src/entries/fr.ts', 'src/locales/en/'],
    ['src/entries/en.ts', 'src/locales/fr/']
  ] as const) {
    it(`${entry} does not bundle ${other}`, async () => {
      const result = await build({
        entryPoints: [join(root, entry)],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        metafile: true,
        logLevel: 'silent'
      })
      const inputs = Object.keys(result.metafile.inputs)
      expect(inputs.some((p) => p.startsWith(entry.replace('entries/', 'locales/').replace('.ts', '/')))).toBe(true)
      expect(inputs.filter((p) => p.startsWith(other))).toEqual([])
    })
  }
})
