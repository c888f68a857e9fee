import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {InvalidOptionError, toNinjs, type NewsArticle} from '../../src/index.js'
import {hash64} from '../../src/serializers/ninjs.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'
import {SAMPLE, at, emptyValues, sampleArticle} from './sample.js'

/**
 * The official ninjs 3.1 schema, compiled offline: its one remote reference
 * (the GeoJSON schema of `places[].geoJSON`) is registered as a permissive
 * stand-in, and the `date-time` and `uri` formats are checked (RFC 3339,
 * RFC 3986 absolute URI) instead of being ignored.
 */
function ninjsValidator() {
  const ajv = new Ajv2020({allErrors: true, strict: false})
  ajv.addSchema({$id: 'https://geojson.org/schema/GeoJSON.json', type: 'object'})
  ajv.addFormat('date-time', /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i)
  ajv.addFormat('uri', /^[a-z][a-z\d+.-]*:[^\s]+$/i)
  const validate = ajv.compile(JSON.parse(readShared('schemas/ninjs-schema_3.1.json')))
  return (value: unknown): string[] =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)
}

describe('toNinjs', () => {
  it('maps an article to ninjs fields', () => {
    const article = sampleArticle()
    expect(positionErrors(SAMPLE, article)).toEqual([])
    const n = toNinjs(article)
    expect(n.uri).toMatch(/^urn:newsdown:[0-9a-f]{16}$/)
    expect(n.standard).toEqual({name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#'})
    expect(n.type).toBe('text')
    expect(n.language).toBe('fr')
    expect(n.headlines).toEqual([{role: 'main', value: 'Dakar : le port autonome ouvre un terminal à conteneurs'}])
    expect(n.by).toBe('Aminata Diallo')
    expect(n.located).toBe('DAKAR')
    expect(n.bodies).toHaveLength(1)
    expect(n.bodies![0]!.value.split('\n\n')).toEqual(article.body.map((p) => p.text))
    expect(n.bodies![0]!.wordCount).toBe(58)
    expect(n.people).toEqual([{name: 'Ibrahima Sall', rel: 'mentioned'}, {name: 'Fatou Ndiaye', rel: 'mentioned'}])
    expect(n.organisations).toEqual([{name: 'Banque africaine de développement', rel: 'mentioned'}])
    expect(n.places).toEqual([{name: 'Dakar', rel: 'mentioned'}, {name: 'Ndayane', rel: 'mentioned'}])
    expect(n.infoSources).toEqual([{name: 'Le Quotidien du Sud', role: 'publisher'}, {name: 'APS', role: 'source'}])
    // The author named only in the byline is credited in `by`, not a person the item is about.
    const withAuthor = toNinjs({...article, entities: [...article.entities, {id: 'person-3', type: 'person', name: 'Aminata Diallo', aliases: [], mentions: [at('Aminata Diallo')]}]})
    expect(withAuthor.people).toEqual(n.people)
    // A date without a time is not a ninjs date-time: left out, no time invented.
    expect(n).not.toHaveProperty('firstCreated')
    expect(n).not.toHaveProperty('versionCreated')
    expect(emptyValues(n)).toEqual([])
  })

  it('writes firstCreated/versionCreated only for dates with a time and a known offset', () => {
    const cases: [string, string | null, string | undefined, string | undefined, string | undefined][] = [
      // published, modified, timeZone → firstCreated, versionCreated
      ['2025-06-03', null, '+01:00', undefined, undefined],
      ['2025-06-03T09:15', null, undefined, undefined, undefined],
      ['2025-06-03T09:15', null, '+01:00', '2025-06-03T09:15:00+01:00', '2025-06-03T09:15:00+01:00'],
      ['2025-06-03T09:15:30Z', '2025-06-04T10:00:00+02:00', undefined, '2025-06-03T09:15:30Z', '2025-06-04T10:00:00+02:00'],
      ['2025-06-03T09:15-04:00', '2025-06-04', 'Z', '2025-06-03T09:15:00-04:00', '2025-06-03T09:15:00-04:00']
    ]
    for (const [published, modified, timeZone, first, version] of cases) {
      const n = toNinjs({...sampleArticle(), datePublished: published, dateModified: modified}, timeZone ? {timeZone} : {})
      expect(n.firstCreated, published).toBe(first)
      expect(n.versionCreated, published).toBe(version)
    }
    expect(() => toNinjs(sampleArticle(), {timeZone: 'CET'})).toThrow(InvalidOptionError)
  })

  it('takes the uri from options, else a stable urn derived from the content', () => {
    const a = sampleArticle()
    expect(toNinjs(a, {uri: 'https://example.sn/articles/42'}).uri).toBe('https://example.sn/articles/42')
    expect(() => toNinjs(a, {uri: 'not a uri'})).toThrow(InvalidOptionError)
    // Same content, same uri (positions, entities and diagnostics do not count).
    expect(toNinjs({...a, entities: [], diagnostics: []}).uri).toBe(toNinjs(a).uri)
    // Different headline or body, different uri.
    expect(toNinjs({...a, headline: a.headline + '!'}).uri).not.toBe(toNinjs(a).uri)
    expect(toNinjs({...a, body: a.body.slice(1)}).uri).not.toBe(toNinjs(a).uri)
    // The hash: 16 hex digits, sensitive to order and to every character.
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/)
    expect(hash64('ab')).not.toBe(hash64('ba'))
    const seen = new Set<string>()
    for (let i = 0; i < 5000; i++) seen.add(hash64(`article ${i}`))
    expect(seen.size).toBe(5000)
  })

  it('leaves out what the article lacks', () => {
    const empty: NewsArticle = {...sampleArticle(), headline: ' ', authors: [], dateline: null, publisher: null, body: [], entities: [], datePublished: null}
    const n = toNinjs(empty)
    expect(Object.keys(n).sort()).toEqual(['language', 'standard', 'type', 'uri'])
  })

  it.skipIf(!hasShared)('validates against the official ninjs 3.1 schema (hand-built, edge cases and parsed articles)', () => {
    const check = ninjsValidator()
    // The validator does reject what is not ninjs.
    expect(check({headlines: []})).not.toEqual([])
    expect(check({uri: 'urn:x:1', firstCreated: '2025-06-03'})).not.toEqual([])
    expect(check({uri: 'urn:x:1', people: [{name: 'A', role: 'x'}]})).not.toEqual([])
    const a = sampleArticle()
    expect(check(toNinjs(a))).toEqual([])
    expect(check(toNinjs({...a, datePublished: '2025-06-03T09:15', dateModified: '2025-06-04T08:00:00Z'}, {timeZone: '+00:00'}))).toEqual([])
    expect(check(toNinjs(parse('Brief\n\nA short note about nothing in particular, written on a quiet day.\n')))).toEqual([])
    expect(check(toNinjs(parse('')))).toEqual([])
  })
})

describe.skipIf(!hasShared)('toNinjs on the dev set', () => {
  it('validates against ninjs 3.1 for every dev-set article', () => {
    const check = ninjsValidator()
    const ids = readShared('eval/dev.jsonl').trim().split('\n').map((l) => JSON.parse(l) as {id: string; corpus: string})
    const texts = new Map<string, string>()
    for (const corpus of new Set(ids.map((r) => r.corpus))) {
      for (const line of readShared('corpus/' + corpus).split('\n')) {
        if (line.trim() === '') continue
        const r = JSON.parse(line) as {id: string; text: string}
        texts.set(r.id, r.text)
      }
    }
    expect(ids.length).toBeGreaterThan(0)
    for (const {id} of ids) {
      const text = texts.get(id)
      expect(text, id).toBeTypeOf('string')
      const article = parse(text!)
      const n = toNinjs(article)
      expect(check(n), id).toEqual([])
      expect(n.headlines?.[0]?.value, id).toBe(article.headline ?? undefined)
      expect(emptyValues(n), id).toEqual([])
      // Soft: a position error is the parser's, not the serializer's; the ninjs checks above still run for every article.
      expect.soft(positionErrors(text!, article), id).toEqual([])
    }
  })
})
