/**
 * Stand-off annotation sets (scripts/eval/standoff.ts): gold strings stored
 * as offsets into the corpus text and rebuilt exactly.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {defaultCorpusDir, readJsonl} from '../scripts/eval/gold.js'
import {diagnosticCodeSchema} from '../src/schema/article.js'
import {
  decodeRecord,
  decodeSpans,
  decodeStandoff,
  encodeRecord,
  encodeString,
  isAllowedLiteral,
  recordText,
  textHash
} from '../scripts/eval/standoff.js'

const text = [
  'Tambacounda : la saison des pluies inquiète les maraîchers',
  '',
  'Par Fatou Bintou Sarr',
  '',
  'TAMBACOUNDA (APS) - Le préfet Mamadou Lamine Ba a réuni mardi les producteurs. « Nous avons perdu la moitié des semences,',
  '',
  '« Il faut un plan pour la prochaine campagne », a déclaré M. Ba, qui a rencontré Aïda Ndoye. Selon le préfet Ba, le plan arrive.'
].join('\n')

const gold = {
  id: 'fr-test-1',
  corpus: 'fr/test.jsonl',
  gold: {
    headline: 'Tambacounda : la saison des pluies inquiète les maraîchers',
    language: 'fr',
    authors: ['Fatou Bintou Sarr'],
    datePublished: '2025-07-08',
    publisher: null,
    datelineLocation: 'TAMBACOUNDA',
    quotes: [
      {
        text: 'Nous avons perdu la moitié des semences, Il faut un plan pour la prochaine campagne',
        speaker: 'Mamadou Lamine Ba'
      }
    ],
    entities: {
      person: [
        {name: 'Mamadou Lamine Ba', aliases: ['Ba', 'Mamadou Ba']},
        {name: 'Aïda Ndoye', aliases: []}
      ],
      organization: [{name: 'APS', aliases: []}],
      location: [{name: 'Tambacounda', aliases: ['TAMBACOUNDA']}],
      ignore: []
    },
    diagnostics: []
  }
}

describe('stand-off encoding', () => {
  const {record, literals} = encodeRecord(gold, text)
  const encoded = record.gold as Record<string, any>

  it('rebuilds the record exactly', () => {
    expect(literals).toEqual([])
    expect(decodeRecord(record, text)).toEqual(gold)
  })

  it('keeps no text of the article, only offsets, field names, nulls and the date', () => {
    const strings = JSON.stringify(record).match(/"(?:[^"\\]|\\.)*"/g) ?? []
    const values = new Set(strings.map((s) => JSON.parse(s) as string))
    for (const word of ['Tambacounda', 'TAMBACOUNDA', 'Sarr', 'Ba', 'APS', 'semences', 'Mamadou Lamine Ba']) {
      expect(values.has(word)).toBe(false)
    }
    expect(encoded.headline).toEqual([[0, 58]])
    expect(encoded.publisher).toBeNull()
    expect(encoded.datePublished).toBe('2025-07-08')
    expect(record.textSha256).toBe(textHash(text))
  })

  it('stores a quote over two paragraphs as two spans joined by a space', () => {
    const spans = encoded.quotes[0].text as [number, number][]
    expect(spans).toHaveLength(2)
    expect(text.slice(...spans[0]!)).toBe('Nous avons perdu la moitié des semences,')
    expect(text.slice(...spans[1]!)).toBe('Il faut un plan pour la prochaine campagne')
  })

  it('stores a name the text never writes whole as two spans', () => {
    const spans = encoded.entities.person[0].aliases[1] as [number, number][]
    expect(spans.map((s) => text.slice(...s))).toEqual(['Mamadou', 'Ba'])
  })

  it('prefers an occurrence near the rest of the item', () => {
    const last = text.lastIndexOf('Ba,')
    expect(encodeString(text, 'Ba')).toEqual([[text.indexOf('Ba'), text.indexOf('Ba') + 2]])
    expect(encodeString(text, 'Ba', last - 10)).toEqual([[last, last + 2]])
    // The speaker of the second quote is looked for near that quote.
    const second = {...gold, gold: {...gold.gold, quotes: [...gold.gold.quotes, {text: 'le plan arrive', speaker: 'Ba'}]}}
    const quotes = (encodeRecord(second, text).record.gold as {quotes: {speaker: [number, number][]}[]}).quotes
    expect(quotes[1]!.speaker).toEqual([[last, last + 2]])
  })

  it('glues pieces when a word is not in the text as written, and gives up on unknown characters', () => {
    const spans = encodeString(text, 'Ndoye-Sarr')!
    expect(spans.slice(1).every((s) => s[2] === 0)).toBe(true)
    expect(decodeSpans(text, spans)).toBe('Ndoye-Sarr')
    expect(encodeString(text, 'Ωmega')).toBeUndefined()
    const {record: withLiteral, literals: found} = encodeRecord({...gold, gold: {...gold.gold, publisher: 'Ωmega'}}, text)
    expect(found).toEqual([{id: 'fr-test-1', field: 'publisher', value: 'Ωmega'}])
    expect(decodeRecord(withLiteral, text)).toEqual({...gold, gold: {...gold.gold, publisher: 'Ωmega'}})
    expect(isAllowedLiteral('Ωmega')).toBe(false)
    expect(isAllowedLiteral('2025-07-08')).toBe(true)
  })

  it('refuses a changed text and a span outside the text', () => {
    expect(() => decodeRecord(record, text.replace('mardi', 'lundi'))).toThrow(/hash mismatch/)
    expect(() => decodeSpans('abc', [[1, 9]])).toThrow(/outside the text/)
  })
})

const devPath = fileURLToPath(new URL('../../shared/eval/dev.jsonl', import.meta.url))
const devd14Path = fileURLToPath(new URL('../eval/devd14.standoff.jsonl', import.meta.url))

describe.skipIf(!existsSync(devPath) || !existsSync(defaultCorpusDir))('stand-off on the shared sets', () => {
  it('round-trips dev.jsonl exactly, with no literal left', () => {
    const records = readJsonl(devPath)
    for (const record of records) {
      const text = recordText(record, defaultCorpusDir)
      const {record: encoded, literals} = encodeRecord(record, text)
      expect(literals).toEqual([])
      expect(decodeRecord(encoded, text)).toEqual(record)
    }
  })

  it('decodes eval/devd14.standoff.jsonl against the corpus', () => {
    const decoded = decodeStandoff(readJsonl(devd14Path), defaultCorpusDir)
    expect(decoded).toHaveLength(64)
    for (const record of decoded) expect(typeof (record.gold as {headline: unknown}).headline).not.toBe('object')
  })
})

const evalDir = fileURLToPath(new URL('../eval/', import.meta.url))
/** The codes `gold.diagnostics` may hold: the schema's, no text. */
const diagnosticCodes = new Set<string>(diagnosticCodeSchema.options)
const standoffSets = readdirSync(evalDir).filter((f) => f.endsWith('.standoff.jsonl'))

describe('eval/*.standoff.jsonl', () => {
  it.each(standoffSets)('%s holds no corpus text: only field names, its id and corpus file, a hash, language codes, offsets, nulls, diagnostic codes and the short numeric literals the encoder keeps (a date the text does not spell out)', (file) => {
    const fieldNames = new Set(['id', 'corpus', 'textSha256', 'gold', 'headline', 'language', 'authors', 'datePublished', 'publisher', 'datelineLocation', 'quotes', 'text', 'speaker', 'entities', 'person', 'organization', 'location', 'ignore', 'name', 'aliases', 'diagnostics'])
    const lines = readFileSync(evalDir + file, 'utf8').split('\n').filter((l) => l.trim() !== '')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      const record = JSON.parse(line) as {id: string; corpus: string}
      const strings = (line.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((s) => JSON.parse(s) as string)
      const other = strings.filter(
        (v) => !fieldNames.has(v) && v !== record.id && v !== record.corpus && v !== 'fr' && v !== 'en' && !/^[0-9a-f]{64}$/.test(v) && !isAllowedLiteral(v) && !diagnosticCodes.has(v)
      )
      expect(other).toEqual([])
      expect(line.replace(/"(?:[^"\\]|\\.)*"/g, '').replace(/[\d\s[\]{},:]|null/g, '')).toBe('')
    }
  })
})
