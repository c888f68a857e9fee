import {describe, expect, it} from 'vitest'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

const at = (input: string, code: string) => {
  const a = parse(input)
  expect(positionErrors(input, a)).toEqual([])
  return a.diagnostics.filter((d) => d.code === code).map((d) => input.slice(d.position.start.offset, d.position.end.offset))
}

describe('date-checks', () => {
  const cases: [code: string, input: string, want: string[]][] = [
    ['weekday-mismatch', 'Réunion\n\nLes ministres se sont réunis le vendredi 20 juin 2025 puis le lundi 23 juin 2025.', []],
    ['weekday-mismatch', 'Réunion\n\nLes ministres se sont réunis le mardi 20 juin 2025.', ['mardi 20 juin 2025']],
    ['weekday-mismatch', 'Meeting\n\nThe ministers met on Tuesday, June 20, 2025 in Bamako.', ['Tuesday, June 20, 2025']],
    ['invalid-date', 'Budget\n\nLe budget sera voté le 31 février 2025 selon le ministre.', ['31 février 2025']],
    ['invalid-date', 'Budget\n\nThe vote is on April 31, 2025, officials said.', ['April 31, 2025']],
    ['invalid-date', 'Calendrier\n\nLa séance du 29 février 2025 et celle du 30/04/2025 ont eu lieu.', ['29 février 2025']],
    ['invalid-date', 'Schedule\n\nThe filing dated 2025-02-30 and the one dated 31/04/2025 were rejected.', ['2025-02-30', '31/04/2025']],
    ['invalid-date', 'Calendrier\n\nLa séance du 29 février 2024, le 310e jour et le 31 mars 2025 sont bien des dates.', []],
    [
      'date-after-published',
      'Réunion à Bamako Publié le jeudi 26 juin 2025 | Le Quotidien\n\nLes ministres se sont retrouvés le 20 juillet 2025 à Bamako.',
      ['20 juillet 2025']
    ],
    [
      'date-after-published',
      'Réunion à Bamako Publié le jeudi 26 juin 2025 | Le Quotidien\n\nLe prochain sommet aura lieu le 20 juillet 2025 à Niamey. Le vote est prévu le 3 août 2025.',
      []
    ],
    ['date-after-published', 'Réunion à Bamako Publié le jeudi 26 juin 2025 | Le Quotidien\n\nLe sommet du 20 juillet 2025 prochain à Niamey.', []],
    [
      'date-after-published',
      'Port deal\n\nPublished June 26, 2025\n\nThe port will reopen on July 20, 2025. It closed on June 2, 2025.',
      []
    ],
    [
      'date-after-published',
      'Port deal\n\nPublished June 26, 2025\n\nThe port reopened on July 20, 2025, officials said.',
      ['July 20, 2025']
    ],
    [
      'date-after-published',
      'Réunion à Bamako Publié le jeudi 26 juin 2025 | Le Quotidien\n\nLe président effectuera une visite du 22 au 30 juin 2025. Il présidera le conseil le 10 juillet 2025.',
      []
    ],
    [
      'date-after-published',
      'Réunion à Bamako Publié le jeudi 26 juin 2025 | Le Quotidien\n\nLe marché ouvre le vendredi 27 juin 2025 à Thiès.',
      []
    ],
    ["date-after-published", "Port deal\n\nPublished June 26, 2025\n\nThey'll vote on July 20, 2025, and the strike ran June 20-30, 2025.", []],
    ['modified-before-published', 'Port deal\n\nPublished June 26, 2025 | Updated June 20, 2025\n\nThe port reopened.', ['June 20, 2025']],
    ['modified-before-published', 'Port deal\n\nPublished June 26, 2025 | Updated June 27, 2025\n\nThe port reopened.', []]
  ]
  for (const [code, input, want] of cases) {
    it(`${code}: ${JSON.stringify(input.slice(-60))}`, () => expect(at(input, code)).toEqual(want))
  }

  it('does not flag relative dates or dates without a publication date', () => {
    const input = 'Meeting\n\nThe ministers met on July 20, 2025 and last Friday.'
    expect(parse(input).diagnostics.filter((d) => d.code === 'date-after-published')).toEqual([])
    expect(parse(input, {referenceDate: '2025-06-26'}).diagnostics.filter((d) => d.code === 'date-after-published')).toEqual([])
  })
})

describe.skipIf(!hasShared)('date-checks, the Le Matin fixture', () => {
  it('flags “vendredi 20 juillet 2025” twice and nothing else about dates', () => {
    const input = readShared('fixtures/le-matin-aes-2025-06-26.txt')
    const a = parse(input)
    const dateCodes = new Set(['weekday-mismatch', 'invalid-date', 'date-after-published', 'modified-before-published'])
    const found = a.diagnostics
      .filter((d) => dateCodes.has(d.code))
      .map((d) => [d.code, input.slice(d.position.start.offset, d.position.end.offset)])
    expect(found).toEqual([
      ['weekday-mismatch', 'vendredi 20 juillet 2025'],
      ['date-after-published', 'vendredi 20 juillet 2025']
    ])
    const lastFriday = a.dates.find((d) => d.text === 'vendredi dernier')
    expect(lastFriday).toMatchObject({value: '2025-06-20', weekday: 5, relative: true})
  })
})
