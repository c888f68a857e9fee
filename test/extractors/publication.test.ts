import {describe, expect, it} from 'vitest'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

const slice = (input: string, p: {start: {offset: number}; end: {offset: number}}) => input.slice(p.start.offset, p.end.offset)

type Row = [input: string, want: {published: string | null; modified?: string | null; publisher?: string | null; dateText?: string}]

const fr: Row[] = [
  [
    'Le conseil des ministres adopte le budget de la santé Publié le jeudi 26 juin 2025 | Le Quotidien\n\nLe gouvernement a adopté mercredi le projet de budget.',
    {published: '2025-06-26', publisher: 'Le Quotidien', dateText: 'jeudi 26 juin 2025'}
  ],
  ['La pluie revient sur Dakar\n\nPublié le 13/07/2025 à 21:13\n\nLes services météo annoncent des averses.', {published: '2025-07-13T21:13', dateText: '13/07/2025 à 21:13'}],
  [
    'La pluie revient sur Dakar\n\nPublié le 17 juin 2025, 09:45 | Mis à jour le 18 juin 2025, 10:00\n\nLes services météo annoncent des averses.',
    {published: '2025-06-17T09:45', modified: '2025-06-18T10:00'}
  ],
  ['Un marché rénové à Thiès\n\nMis à jour le 05 Avril 2018 23:33\n\nLe nouveau marché ouvre ses portes.', {published: null, modified: '2018-04-05T23:33'}],
  [
    'Un marché rénové à Thiès\r\n\r\nLe maire a inauguré le marché.\r\n\r\nLes commerçants sont satisfaits.\r\n\r\nLes travaux ont duré un an.\r\n\r\nLe coût est de deux milliards.\r\n\r\nLes clients affluent.\r\n\r\nLes prix baissent.\r\n\r\nLa ville est contente.\r\n\r\nLe marché ouvre tôt.\r\n\r\nPublié le 3 mars 2025 | Le Quotidien\r\n',
    {published: '2025-03-03', publisher: 'Le Quotidien', dateText: '3 mars 2025'}
  ],
  // In capitals: the cue words are looked for case-folded before the cue regex is built.
  ['Le port reprend ses activités\n\nPUBLIÉ LE 17 JUIN 2025 | Le Quotidien\n\nLes dockers ont repris le travail lundi.', {published: '2025-06-17', publisher: 'Le Quotidien'}],
  // An English cue in a French article: the other locale's cues are read too.
  ['Le port reprend ses activités\n\nUpdated 18 June 2025\n\nLes dockers ont repris le travail lundi.', {published: null, modified: '2025-06-18'}]
]

const en: Row[] = [
  ['Port strike ends after two weeks\n\nPublished March 3, 2025 | Harbour Times\n\nDock workers returned on Monday.', {published: '2025-03-03', publisher: 'Harbour Times'}],
  ['Port strike ends\n\nBy Jane Roe | Updated December 31, 2017\n\nDock workers returned.', {published: null, modified: '2017-12-31'}],
  ['Port strike ends\n\nFIRST PUBLISHED March 3, 2025 | LAST UPDATED March 4, 2025\n\nDock workers returned.', {published: '2025-03-03', modified: '2025-03-04'}],
  ['---\ntitle: Board meeting\ndate: 2019-02-22\nlastmod: "2019-03-01"\n---\n\nThe board met.', {published: '2019-02-22', modified: '2019-03-01', dateText: '2019-02-22'}],
  ['---\ntitle: Board meeting\ndate: 2019-02-22 09:00:00 -0500\n---\n\nThe board met.', {published: '2019-02-22T09:00-05:00'}],
  ['---\ntitle: Board meeting\ndate: May 15, 2019\n---\n\nThe board met.', {published: '2019-05-15'}]
]

function table(rows: Row[]) {
  for (const [input, want] of rows) {
    it(JSON.stringify(input.slice(0, 60)), () => {
      const a = parse(input)
      expect(a.datePublished).toBe(want.published)
      if (want.modified !== undefined) expect(a.dateModified).toBe(want.modified)
      if (want.publisher !== undefined) {
        expect(a.publisher?.name ?? null).toBe(want.publisher)
        if (a.publisher?.position) expect(slice(input, a.publisher.position)).toBe(want.publisher)
      }
      if (want.dateText) expect(a.dates.find((d) => d.kind === (want.published ? 'published' : 'modified'))?.text).toBe(want.dateText)
      expect(positionErrors(input, a)).toEqual([])
    })
  }
}

describe('publication, French', () => table(fr))
describe('publication, English', () => table(en))

describe('publication, claims', () => {
  it('cuts a fused publication line off the headline and out of the body', () => {
    const input = 'Les ministres se réunissent à Bamako Publié le jeudi 26 juin 2025 | Le Quotidien\n\nLes ministres ont tenu leur réunion.'
    const a = parse(input)
    expect(a.headline).toBe('Les ministres se réunissent à Bamako')
    expect(a.body.map((p) => p.text)).toEqual(['Les ministres ont tenu leur réunion.'])
  })

  it('keeps a publication line of its own out of the body', () => {
    const a = parse('Titre du jour\n\nPublié le 13/07/2025 à 21:13\n\nLe texte commence ici.')
    expect(a.body.map((p) => p.text)).toEqual(['Le texte commence ici.'])
  })
})

describe('publication, negative cases', () => {
  const none: string[] = [
    'Le rapport annuel\n\nDans un post publié le samedi 28 juin 2025 sur ses réseaux sociaux, le président a réagi.',
    'Le Monde avait publié le 19 juillet des révélations.\n\nLa suite.',
    'Report out\n\nPublished in 2019, the report found that prices rose.',
    'Matin calme à Dakar\n\nLe Matin est un journal. Il paraît chaque jour.',
    'Updated figures\n\nUpdated figures show that sales rose.'
  ]
  for (const input of none) {
    it(JSON.stringify(input.slice(0, 60)), () => {
      const a = parse(input)
      expect(a.datePublished).toBeNull()
      expect(a.dateModified).toBeNull()
      expect(a.publisher).toBeNull()
      expect(a.dates.filter((d) => d.kind === 'published' || d.kind === 'modified')).toEqual([])
    })
  }
})

describe.skipIf(!hasShared)('publication, the Le Matin fixture', () => {
  it('reads the fused publication line', () => {
    const input = readShared('fixtures/le-matin-aes-2025-06-26.txt')
    const a = parse(input)
    expect(a.datePublished).toBe('2025-06-26')
    expect(a.publisher?.name).toBe('Le Matin')
    expect(slice(input, a.publisher!.position!)).toBe('Le Matin')
    const published = a.dates.find((d) => d.kind === 'published')!
    expect(published.text).toBe('jeudi 26 juin 2025')
    expect(published.weekday).toBe(4)
    expect(positionErrors(input, a)).toEqual([])
  })
})
