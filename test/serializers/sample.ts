/**
 * A short article written for these tests, and a `NewsArticle` built by
 * hand from it (every position computed from the text), for the fields
 * whose extractors may not fill them yet. It validates (`validateArticle`).
 */
import {expect} from 'vitest'
import {validateArticle, type Entity, type NewsArticle, type Span} from '../../src/index.js'
import {LineIndex} from '../../src/position.js'

/** The input. */
export const SAMPLE = [
  'Dakar : le port autonome ouvre un terminal à conteneurs',
  'Publié le mardi 3 juin 2025 | Le Quotidien du Sud',
  '',
  'Par Aminata Diallo',
  '',
  "DAKAR (APS) - Le ministre des Transports, Ibrahima Sall, a inauguré mardi le terminal de Ndayane. « Ce terminal doublera nos capacités d'ici 2027 », a déclaré Ibrahima Sall.",
  '',
  "Selon la Banque africaine de développement, le chantier a coûté 800 millions d'euros. « Nous suivrons les travaux de près », a assuré Fatou Ndiaye, directrice du port.",
  ''
].join('\n')

const index = new LineIndex(SAMPLE)

/** The span of the `nth` occurrence of `needle` in `text` (default `SAMPLE`). */
export function at(needle: string, nth = 0, text = SAMPLE): Span {
  let i = -1
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1)
    if (i === -1) throw new Error(`not in the text: ${needle}`)
  }
  const lines = text === SAMPLE ? index : new LineIndex(text)
  return {text: needle, position: lines.position(i, i + needle.length)}
}

function entity(id: string, type: Entity['type'], name: string, mentions: Span[], extra: Partial<Entity> = {}): Entity {
  return {id, type, name, aliases: [], mentions, ...extra}
}

/** The article a perfect parse of `SAMPLE` gives. */
export function sampleArticle(): NewsArticle {
  const paragraphs = SAMPLE.split('\n').filter((l) => l.startsWith('DAKAR') || l.startsWith('Selon'))
  const article: NewsArticle = {
    headline: 'Dakar : le port autonome ouvre un terminal à conteneurs',
    headlinePosition: at('Dakar : le port autonome ouvre un terminal à conteneurs').position,
    alternativeHeadline: null,
    alternativeHeadlinePosition: null,
    language: 'fr',
    format: 'text',
    authors: [{name: 'Aminata Diallo', position: at('Aminata Diallo').position}],
    byline: at('Par Aminata Diallo'),
    dateline: {text: 'DAKAR (APS) -', location: 'DAKAR', date: null, source: 'APS', position: at('DAKAR (APS) -').position},
    datePublished: '2025-06-03',
    dateModified: null,
    publisher: {name: 'Le Quotidien du Sud', position: at('Le Quotidien du Sud').position},
    dates: [{...at('mardi 3 juin 2025'), kind: 'published', value: '2025-06-03', weekday: 2}],
    body: paragraphs.map((p) => ({...at(p), kind: 'paragraph' as const})),
    wordCount: 58,
    quotes: [
      {
        ...at("Ce terminal doublera nos capacités d'ici 2027"),
        kind: 'direct',
        speaker: {name: 'Ibrahima Sall', entity: 'person-1', position: at('Ibrahima Sall', 1).position},
        cue: at('a déclaré')
      },
      {
        ...at('Nous suivrons les travaux de près'),
        kind: 'direct',
        speaker: {name: 'Fatou Ndiaye', entity: 'person-2', position: at('Fatou Ndiaye').position},
        cue: at('a assuré')
      }
    ],
    entities: [
      entity('person-1', 'person', 'Ibrahima Sall', [at('Ibrahima Sall'), at('Ibrahima Sall', 1)], {role: 'ministre des Transports'}),
      entity('person-2', 'person', 'Fatou Ndiaye', [at('Fatou Ndiaye')], {role: 'directrice du port'}),
      entity('organization-1', 'organization', 'Banque africaine de développement', [at('Banque africaine de développement')]),
      entity('location-1', 'location', 'Dakar', [at('Dakar'), at('DAKAR')], {aliases: ['DAKAR']}),
      entity('location-2', 'location', 'Ndayane', [at('Ndayane')])
    ],
    diagnostics: []
  }
  const check = validateArticle(article)
  expect(check.issues).toEqual([])
  return article
}

/** Paths of every empty string, empty array, `null` or `undefined` inside `value`. */
export function emptyValues(value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [path || '/']
  if (typeof value === 'string') return value.trim() === '' ? [path] : []
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => emptyValues(v, `${path}/${i}`))
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => emptyValues(v, `${path}/${k}`))
  return []
}
