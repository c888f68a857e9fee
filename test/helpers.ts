/**
 * Shared test helpers: parse and check every result against the committed
 * JSON Schema and against the input (every position slices back to its text).
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fromMarkdown} from 'mdast-util-from-markdown'
import Ajv2020 from 'ajv/dist/2020.js'
import {expect, it} from 'vitest'
import {parseArticle, type Entity, type EntityType, type NewsArticle, type ParseOptions} from '../src/index.js'

const schemaPath = fileURLToPath(new URL('../schemas/news-article.schema.json', import.meta.url))
const ajv = new Ajv2020({allErrors: true, strict: false})
const validateJson = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))

/** The `../shared` folder beside the repository (present on developer machines and in CI). */
export const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url))
/** Whether `../shared` is there. */
export const hasShared = existsSync(sharedDir + 'fixtures')

/** Reads a file of `../shared`. */
export function readShared(path: string): string {
  return readFileSync(sharedDir + path, 'utf8')
}

/** Reads a fixture of `test/fixtures`. */
export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL('./fixtures/' + name, import.meta.url)), 'utf8')
}

/** Errors of `value` against the committed JSON Schema (empty when valid). */
export function schemaErrors(value: unknown): string[] {
  if (validateJson(value)) return []
  return (validateJson.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

/** A character reference of Markdown (named, decimal or hexadecimal). */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g

/** The characters the character references in `gap` stand for, decoded by the Markdown parser (an unknown name stands for nothing). */
function referencesIn(gap: string): string {
  let out = ''
  for (const [ref] of gap.matchAll(REFERENCE)) {
    const paragraph = fromMarkdown(ref).children[0]
    const node = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    if (node?.type === 'text' && node.value !== ref) out += node.value
  }
  return out
}

/** Every `{text, position}` in `value` whose position does not slice back to its text. */
export function positionErrors(input: string, value: unknown): string[] {
  const errors: string[] = []
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`))
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>
      const pos = o.position as {start: {offset: number}; end: {offset: number}} | undefined
      if (pos && typeof o.text === 'string' && !path.startsWith('/body')) {
        if (Array.isArray(o.parts)) {
          // A text read from several pieces: each piece slices back (checked as
          // a span below), lies inside the position, and the text's letters and
          // digits are those of the pieces, in order.
          const parts = o.parts as {text: string; position: {start: {offset: number}; end: {offset: number}}}[]
          const inside = parts.every((p) => p.position.start.offset >= pos.start.offset && p.position.end.offset <= pos.end.offset)
          if (!inside) errors.push(`${path}: a part lies outside the position`)
          const words = (t: string) => t.match(/[\p{L}\p{N}]/gu)?.join('') ?? ''
          // Character references (`&eacute;`, `&#233;`) are left out of the parts like markup, but the text
          // holds what they stand for: those between the parts count, decoded as the Markdown parser does.
          let made = ''
          let at = pos.start.offset
          for (const p of parts) {
            made += referencesIn(input.slice(at, p.position.start.offset)) + ' ' + p.text + ' '
            at = p.position.end.offset
          }
          made += referencesIn(input.slice(at, pos.end.offset))
          if (words(made) !== words(o.text)) {
            errors.push(`${path}: ${JSON.stringify(o.text)} is not made of its parts`)
          }
        } else {
          const got = input.slice(pos.start.offset, pos.end.offset)
          if (got !== o.text) errors.push(`${path}: ${JSON.stringify(o.text)} != input ${JSON.stringify(got)}`)
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`)
    }
  }
  walk(value, '')
  return errors
}

/** Parses `input` and asserts the result is valid against the committed JSON Schema. */
export function parse(input: string, options?: ParseOptions): NewsArticle {
  const article = parseArticle(input, options)
  expect(schemaErrors(JSON.parse(JSON.stringify(article)))).toEqual([])
  return article
}

/**
 * The entities of `input` parsed in `language`, after checking the result
 * against the schema and every position (each mention slices back to its text).
 */
export function entitiesOf(input: string, language: 'fr' | 'en'): NewsArticle['entities'] {
  const a = parse(input, {language})
  expect(positionErrors(input, a)).toEqual([])
  for (const e of a.entities) {
    for (const m of e.mentions) expect(input.slice(m.position.start.offset, m.position.end.offset)).toBe(m.text)
  }
  return a.entities
}

/** A row of `entityTable`: a text, the entities it must have (type, name, and aliases when given), forms it must not have. */
export type EntityRow = [input: string, want: [type: EntityType, name: string, aliases?: string[]][], not?: string[]]

/** One test per row: `entitiesOf` the text has each wanted entity (with exactly those aliases when given) and none of the unwanted forms. */
export function entityTable(language: 'fr' | 'en', rows: readonly EntityRow[]): void {
  const summary = (es: readonly Entity[]) => es.map((e) => `${e.type}:${e.name}`)
  for (const [input, want, not = []] of rows) {
    it(JSON.stringify(input.slice(0, 90)), () => {
      const found = entitiesOf(input, language)
      for (const [type, name, aliases] of want) {
        const e = found.find((x) => x.name === name)
        expect(e ? `${e.type}:${e.name}` : `missing ${name}; found ${summary(found).join(', ')}`).toBe(`${type}:${name}`)
        if (aliases) expect([...e!.aliases].sort()).toEqual([...aliases].sort())
      }
      const names = found.flatMap((e) => [e.name, ...e.aliases])
      for (const n of not) expect(names).not.toContain(n)
    })
  }
}

/** A row of a speaker table: a title, an input, and the quotes expected in order with their speaker (`null`: the text does not say). */
export type SpeakerRow = [title: string, input: string, want: [text: string, speaker: string | null][]]

/** One test per row: the whole pipeline in `language`, quotes and speakers as expected, positions exact. */
export function speakerTable(language: string, rows: SpeakerRow[]): void {
  for (const [title, input, want] of rows) {
    it(title, () => {
      const article = parse(input, {language})
      expect(positionErrors(input, {quotes: article.quotes.filter((q) => !q.parts)})).toEqual([])
      expect(article.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual(want)
    })
  }
}
