import {describe, expect, it} from 'vitest'
import {createContext} from '../../src/index.js'
import {headlineExtractor} from '../../src/extractors/headline.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

const slice = (input: string, p: {start: {offset: number}; end: {offset: number}} | null) => (p ? input.slice(p.start.offset, p.end.offset) : null)

const body =
  'Les ministres de la défense du Mali, du Burkina et du Niger se sont retrouvés vendredi à Bamako. ' +
  'Ils ont décidé de mettre en place une force commune pour lutter contre le terrorisme dans la région.'

type Row = [name: string, input: string, headline: string | null]

const rows: Row[] = [
  ['first line of plain text, French', `La force unifiée de l’AES voit le jour\n\n${body}`, 'La force unifiée de l’AES voit le jour'],
  ['first line of plain text, English', 'Port strike ends after two weeks\n\nDock workers returned to the quays on Monday after a deal on pay.', 'Port strike ends after two weeks'],
  ['plain text keeps every character (no Markdown reading)', 'TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER\n\n    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure to act quickly, analysts said.', 'TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER'],
  ['a trailing comma stays', 'PRICES INDEX   New York,\n\n    NEW YORK, March 2 - The index rose 0.5 pct to 210.3, the bureau said on Monday.', 'PRICES INDEX   New York,'],
  ['ATX heading wins over a kicker', 'EXCLUSIF\n\n# Le port de Dakar change de main\n\nLe gouvernement a signé mardi un accord.', 'Le port de Dakar change de main'],
  ['setext heading', 'Port strike ends\n================\n\nDock workers returned on *Monday*.', 'Port strike ends'],
  ['front matter title wins', '---\ntitle: "Board holds its first meeting"\n---\n\n# Another heading\n\nThe board met on Monday.', 'Board holds its first meeting'],
  ['CRLF and BOM', '\ufeffLa pluie revient sur Dakar\r\n\r\nLes services météo annoncent des averses pour la semaine.', 'La pluie revient sur Dakar'],
  ['no blank line: the first line', 'Port strike ends\nDock workers returned on Monday.\nThe deal raises pay by 4%.', 'Port strike ends']
]

const cnn =
  '(CNN)Police in Japan say they have arrested a man who flew a drone onto the roof of the prime minister\'s office. ' +
  'The drone carried a small amount of radioactive material, officials said. Nobody was hurt, they said.'
const reuters =
  'WASHINGTON (Reuters) - The head of a conservative Republican faction in the U.S. Congress said on Sunday the budget ' +
  'would be the first fight of the new year. He said talks would start in January.'
const ferguson =
  'Ferguson, Missouri (CNN) -- Protesters gathered again on Sunday night outside the police station, where officers ' +
  'in riot gear watched from behind a line of barricades. Organizers said the march would continue.'

// What must NOT be taken as a headline.
const negatives: Row[] = [
  ['a CNN opening', cnn, null],
  ['a Reuters dateline opening', reuters, null],
  ['a place-and-source dateline opening', ferguson, null],
  ['one long paragraph', 'Le gouvernement a adopté mercredi le projet de budget. '.repeat(10), null],
  ['blank input', '  \n\n ', null]
]

describe('headline', () => {
  for (const [name, input, want] of [...rows, ...negatives]) {
    it(name, () => {
      const a = parse(input)
      expect(a.headline).toBe(want)
      if (want !== null && !input.startsWith('---')) expect(slice(input, a.headlinePosition)?.replace(/^#+ /, '')).toContain(want.split(' ')[0])
      if (want !== null && a.format === 'text') expect(slice(input, a.headlinePosition)).toBe(want)
      expect(positionErrors(input, a)).toEqual([])
    })
  }

  it('reports missing-headline with a position when the text opens with its body', () => {
    for (const input of [cnn, reuters, ferguson]) {
      const a = parse(input)
      const d = a.diagnostics.find((x) => x.code === 'missing-headline')
      expect(d?.position.start.offset).toBe(0)
      expect(d!.position.end.offset).toBeGreaterThan(0)
      // The opening paragraph stays body.
      expect(a.body[0]?.text.startsWith(input.slice(0, 10))).toBe(true)
    }
  })

  it('reports missing-body when only a headline is left', () => {
    const a = parse('Port strike ends after two weeks')
    expect(a.headline).toBe('Port strike ends after two weeks')
    expect(a.diagnostics.map((d) => d.code)).toContain('missing-body')
    expect(a.diagnostics.map((d) => d.code)).not.toContain('missing-headline')
  })

  it('claims the headline so that it is not body', () => {
    const input = `La force unifiée de l’AES voit le jour\n\n${body}`
    const a = parse(input)
    expect(a.body.map((p) => p.text)).toEqual([body])
  })

  it('cuts a range claimed by an earlier step out of the first line, with its separator', () => {
    const input = `Les pays du Sahel forgent leur modèle de défense Publié le jeudi 26 juin 2025 | Le Matin\n\n${body}`
    const context = createContext(input)
    const at = input.indexOf('Publié')
    const end = input.indexOf('\n')
    const result = headlineExtractor.run(context, parse(input), {claims: [{start: at, end}]})
    expect(result.headline).toBe('Les pays du Sahel forgent leur modèle de défense')
    expect(slice(input, result.headlinePosition!)).toBe(result.headline)
    // The whole first block is claimed: nothing of it is body.
    expect(result.claims).toEqual([{start: 0, end}])
  })

  it('cuts a claimed range out of a Markdown heading, without its markup', () => {
    const input = `# Les pays du Sahel forgent leur modèle Publié le 26 juin 2025 | Le Matin\n\n${body}`
    const context = createContext(input)
    const at = input.indexOf('Publié')
    const result = headlineExtractor.run(context, parse(input), {claims: [{start: at, end: input.indexOf('\n')}]})
    expect(result.headline).toBe('Les pays du Sahel forgent leur modèle')
    expect(slice(input, result.headlinePosition!)).toBe('Les pays du Sahel forgent leur modèle')
  })

  it('cuts a claimed line under the headline in the same block', () => {
    const input = `Les pays du Sahel forgent leur modèle\nPublié le 26 juin 2025\n\n${body}`
    const context = createContext(input)
    const at = input.indexOf('Publié')
    const result = headlineExtractor.run(context, parse(input), {claims: [{start: at, end: input.indexOf('\n\n')}]})
    expect(result.headline).toBe('Les pays du Sahel forgent leur modèle')
  })

  it('never throws on adversarial input', () => {
    for (const input of ['('.repeat(50_000), 'A, '.repeat(30_000) + '-', '#'.repeat(40_000), ('WASHINGTON (Reuters) ' + '-'.repeat(100)).repeat(500)]) {
      const context = createContext(input)
      expect(() => headlineExtractor.run(context, parse('x'), {claims: []})).not.toThrow()
    }
  })
})

describe.skipIf(!hasShared)('headline on the real fixture', () => {
  it('is the first line without its fused publication line', () => {
    const input = readShared('fixtures/le-matin-aes-2025-06-26.txt')
    const a = parse(input)
    expect(a.headline).toBe(
      "Rencontre des ministres de la défense de l'AES : Les pays du Sahel déterminés à forger leur propre modèle de sécurité et de défense"
    )
    expect(slice(input, a.headlinePosition)).toBe(a.headline)
    expect(a.diagnostics.map((d) => d.code)).not.toContain('missing-headline')
  })
})
