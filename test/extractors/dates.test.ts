import {describe, expect, it} from 'vitest'
import {parse, positionErrors} from '../helpers.js'

type Row = [input: string, options: {referenceDate?: string}, want: [text: string, value: string][]]

const mentioned = (input: string, options: {referenceDate?: string}) => {
  const a = parse(input, options)
  expect(positionErrors(input, a)).toEqual([])
  return a.dates.filter((d) => d.kind === 'mentioned')
}

function table(rows: Row[]) {
  for (const [input, options, want] of rows) {
    it(JSON.stringify(input.slice(0, 70)), () => {
      const found = mentioned(input, options)
      expect(found.map((d) => [d.text, d.value])).toEqual(want)
      for (const d of found) expect(input.slice(d.position.start.offset, d.position.end.offset)).toBe(d.text)
    })
  }
}

describe('dates, French', () => {
  table([
    [
      'Accord sur la pêche\n\nLes deux pays ont signé un accord le 3 mars 2025 à Nouakchott. Il entre en vigueur le 1er avril.',
      {referenceDate: '2025-03-05'},
      [
        ['3 mars 2025', '2025-03-03'],
        ['1er avril', '2025-04-01']
      ]
    ],
    [
      'Réunion à Bamako Publié le jeudi 26 juin 2025 | Le Quotidien\n\nRéunis vendredi dernier à Bamako, les ministres ont salué les résultats.',
      {},
      [['vendredi dernier', '2025-06-20']]
    ],
    ['Le marché\n\nLe marché a rouvert mardi.', {referenceDate: '2025-06-26'}, [['mardi', '2025-06-24']]]
  ])

  it('skips relative dates when there is no reference date', () => {
    expect(mentioned('Le marché\n\nLe marché a rouvert mardi, le 3 mars, et le 4 mars 2025.', {}).map((d) => d.text)).toEqual(['4 mars 2025'])
  })

  it('marks relative values', () => {
    const [d] = mentioned('Le marché\n\nLe marché a rouvert vendredi dernier.', {referenceDate: '2025-06-26'})
    expect(d).toMatchObject({value: '2025-06-20', weekday: 5, relative: true})
  })
})

describe('dates, English', () => {
  table([
    [
      'Shares rise\n\nShares rose on Monday after the results of Feb. 26, 2019 were confirmed.',
      {referenceDate: '2019-03-06'},
      [
        ['Monday', '2019-03-04'],
        ['Feb. 26, 2019', '2019-02-26']
      ]
    ],
    ['# Board meeting\n\nThe board met on **March 3, 2025** in Washington.', {}, [['March 3, 2025', '2025-03-03']]]
  ])
})

describe('dates, negative cases', () => {
  const none: [string, {referenceDate?: string}][] = [
    ['Le Matin\n\nLe Matin a publié une enquête sur la marche des prix.', {referenceDate: '2025-06-26'}],
    ['Markets\n\nPrices may 5 percent rise in the long march to reform.', {referenceDate: '2025-06-26'}],
    ['Scores\n\nThe team won 3-1 with 2025 fans, version 1.2.3.', {referenceDate: '2025-06-26'}],
    ['```\n2025-01-01\n```\n\nText.', {}]
  ]
  for (const [input, options] of none) {
    it(JSON.stringify(input.slice(0, 60)), () => expect(mentioned(input, options)).toEqual([]))
  }

  it('does not repeat the publication date as a mention', () => {
    const a = parse('Titre\n\nPublié le 13/07/2025 à 21:13\n\nLe texte.')
    expect(a.dates.map((d) => d.kind)).toEqual(['published'])
  })
})
