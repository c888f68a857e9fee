import {describe, expect, it} from 'vitest'
import {createContext} from '../../src/index.js'
import {datelineExtractor} from '../../src/extractors/dateline.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

type Want = {text: string; location: string | null; date: string | null; source: string | null}
type Row = [input: string, want: Want]

const en: Row[] = [
  ['Budget fight looms\n\nWASHINGTON (Reuters) - The head of a Republican faction said on Sunday talks would start.', {text: 'WASHINGTON (Reuters) -', location: 'WASHINGTON', date: null, source: 'Reuters'}],
  ['Oil prices rise\n\n    NEW YORK, March 3 - Crude oil futures rose on Tuesday, traders said.', {text: 'NEW YORK, March 3 -', location: 'NEW YORK', date: 'March 3', source: null}],
  ['Bank delays offer\n\n    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure to act quickly, analysts said.', {text: 'LOS ANGELES, Feb 26 -', location: 'LOS ANGELES', date: 'Feb 26', source: null}],
  ['Company names chief\n\n    SAN MATEO, Calif., March 2 - The company named a new chief executive.', {text: 'SAN MATEO, Calif., March 2 -', location: 'SAN MATEO, Calif.', date: 'March 2', source: null}],
  ['(CNN)Police in Japan say they arrested a man who flew a drone onto the roof of an office building.', {text: '(CNN)', location: null, date: null, source: 'CNN'}],
  ['(CNN) -- Police in Japan say they arrested a man who flew a drone onto the roof of an office building.', {text: '(CNN) --', location: null, date: null, source: 'CNN'}],
  ['Ferguson, Missouri (CNN) -- Protesters gathered again on Sunday night outside the police station.', {text: 'Ferguson, Missouri (CNN) --', location: 'Ferguson, Missouri', date: null, source: 'CNN'}],
  ['---\ntitle: Board statement\n---\n\n**WASHINGTON, DC** -- The Board released a statement today on its agenda.', {text: '**WASHINGTON, DC** --', location: 'WASHINGTON, DC', date: null, source: null}],
  ['Shares fall\n\n    TOKYO, April 7, Reuter - Share prices fell in thin trading, brokers said.', {text: 'TOKYO, April 7, Reuter -', location: 'TOKYO', date: 'April 7', source: 'Reuter'}],
  ['Hog prices\n\n    sioux falls, april 7 - barrow and gilt prices rose 1.50 dlr, the usda said.', {text: 'sioux falls, april 7 -', location: 'sioux falls', date: 'april 7', source: null}],
  ['Results\n\n    MONTREAL, Feb 26-\n    Shr 1.11 dlrs vs 1.04 dlrs\n    Net 44.1 mln vs 41.2 mln', {text: 'MONTREAL, Feb 26-', location: 'MONTREAL', date: 'Feb 26', source: null}]
]

const fr: Row[] = [
  ['Les ministres se réunissent\n\nPARIS, 20 juin (AFP) - Les ministres de la défense se sont réunis vendredi.', {text: 'PARIS, 20 juin (AFP) -', location: 'PARIS', date: '20 juin', source: 'AFP'}],
  ['La campagne arachidière démarre\n\nDAKAR (APS) - La campagne de commercialisation démarre lundi, a annoncé le ministre.', {text: 'DAKAR (APS) -', location: 'DAKAR', date: null, source: 'APS'}],
  ['Rencontre à Touba\n\nTouba, le 30 juin 2025 – Les fidèles se sont rassemblés dimanche pour la prière.', {text: 'Touba, le 30 juin 2025 –', location: 'Touba', date: '2025-06-30', source: null}],
  ['Un sommet à Niamey\n\nNIAMEY, 12 juillet 2025 (AFP) - Les chefs d’État se sont retrouvés samedi.', {text: 'NIAMEY, 12 juillet 2025 (AFP) -', location: 'NIAMEY', date: '2025-07-12', source: 'AFP'}]
]

// What must NOT be read as a dateline.
const negatives: string[] = [
  'Port strike ends\n\nWASHINGTON - a label, not a dateline: no source, no date.',
  'Metals\n\n    COPPER GRADE A - 1,020 stg a tonne, unchanged.',
  'Stars\n\nJoss Stone, a 17-year-old singer from Devon, has won two awards at the ceremony.',
  'Apple results\n\nApple Inc (AAPL) said on Tuesday its profit rose in the quarter.',
  'Trump on Twitter (Dec 28) - Global Warming\n\nThe president posted on Thursday about the cold weather.',
  'Le Sénégal gagne\n\nLe Sénégal a battu le Bénin, deux buts à zéro, samedi à Dakar.',
  'Results\n\n    JOHANNESBURG March 13 - Gold output rose, the chamber said.',
  'A headline\n\nThe company said the deal - worth 2 mln dlrs - would close soon.'
]

function table(rows: Row[]) {
  for (const [input, want] of rows) {
    it(JSON.stringify(input.slice(input.lastIndexOf('\n\n') + 2, input.lastIndexOf('\n\n') + 40)), () => {
      const a = parse(input)
      expect(a.dateline).not.toBeNull()
      const {position, ...rest} = a.dateline!
      expect(rest).toEqual(want)
      expect(input.slice(position.start.offset, position.end.offset)).toBe(want.text)
      expect(positionErrors(input, a)).toEqual([])
      // The dateline stays in the body.
      expect(a.body.some((p) => p.text.includes(want.text.replace(/\*/g, '')))).toBe(true)
    })
  }
}

describe('dateline, English', () => table(en))
describe('dateline, French', () => table(fr))

describe('dateline, negatives', () => {
  for (const input of negatives) {
    it(JSON.stringify(input.slice(0, 50)), () => {
      const a = parse(input)
      expect(a.dateline).toBeNull()
    })
  }
})

describe('dateline, dates', () => {
  it('resolves a date without a year against the reference date', () => {
    const a = parse('Oil prices rise\n\n    NEW YORK, March 3 - Crude oil futures rose on Tuesday, traders said.', {referenceDate: '1987-03-04'})
    expect(a.dateline?.date).toBe('1987-03-03')
  })

  it('never throws on adversarial input', () => {
    for (const input of ['x\n\n' + '('.repeat(50_000), 'x\n\n' + 'A, '.repeat(30_000) + '-', 'x\n\n' + 'WASHINGTON '.repeat(20_000) + '(Reuters) -']) {
      const context = createContext(input)
      expect(() => datelineExtractor.run(context, parse('x'), {claims: [{start: 0, end: 1}]})).not.toThrow()
    }
  })
})

describe.skipIf(!hasShared)('dateline on real text', () => {
  it('the fixture has no dateline', () => {
    expect(parse(readShared('fixtures/le-matin-aes-2025-06-26.txt')).dateline).toBeNull()
  })
})
