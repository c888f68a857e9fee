import {describe, expect, it} from 'vitest'
import {findDates} from '../../src/dates/find.js'
import {en, fr} from '../../src/index.js'

type Row = [text: string, expected: {text: string; value: string; weekday?: number; relative?: boolean; invalid?: boolean}[]]

const REF = '2025-06-26' // a Thursday

function check(rows: Row[], lexicon: typeof fr.dates, reference: string | null = REF) {
  for (const [text, expected] of rows) {
    it(JSON.stringify(text), () => {
      const found = findDates(text, lexicon, reference)
      expect(found.map(({start, end, ...rest}) => rest)).toEqual(expected)
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text)
    })
  }
}

describe('findDates, French', () => {
  check(
    [
      ['Publié le jeudi 26 juin 2025 | Le Matin', [{text: 'jeudi 26 juin 2025', value: '2025-06-26', weekday: 4}]],
      ['un accord signé le 26 juin 2025.', [{text: '26 juin 2025', value: '2025-06-26'}]],
      ['depuis le 1er mars, les prix', [{text: '1er mars', value: '2025-03-01', relative: true}]],
      ['Réunis vendredi dernier à Bamako', [{text: 'vendredi dernier', value: '2025-06-20', weekday: 5, relative: true}]],
      ['mis en ligne le 13/07/2025 à 21:13', [{text: '13/07/2025 à 21:13', value: '2025-07-13T21:13'}]],
      ['Mis à jour le 17 juin 2025, 09:45', [{text: '17 juin 2025, 09:45', value: '2025-06-17T09:45'}]],
      ['le 05 Avril 2018 23:33', [{text: '05 Avril 2018 23:33', value: '2018-04-05T23:33'}]],
      ['PARIS, 20 juin (AFP) - Le', [{text: '20 juin', value: '2025-06-20', relative: true}]],
      ['le 3 mars à 14h30', [{text: '3 mars à 14h30', value: '2025-03-03T14:30', relative: true}]],
      ['la réunion de mardi prochain', [{text: 'mardi prochain', value: '2025-07-01', weekday: 2, relative: true}]],
      ['le 31 février 2024', [{text: '31 février 2024', value: '2024-02-31', invalid: true}]],
      ['en févr. 2024 puis', [{text: 'févr. 2024', value: '2024-02'}]],
      ['le 2019-02-22 à midi', [{text: '2019-02-22', value: '2019-02-22'}]]
    ],
    fr.dates
  )
})

describe('findDates, English', () => {
  check(
    [
      ['NEW YORK, March 3 - Shares', [{text: 'March 3', value: '2025-03-03', relative: true}]],
      ['on Feb 26 the', [{text: 'Feb 26', value: '2025-02-26', relative: true}]],
      ['on Feb. 26, 2019 the', [{text: 'Feb. 26, 2019', value: '2019-02-26'}]],
      ['As of December 31, 2017, it', [{text: 'December 31, 2017', value: '2017-12-31'}]],
      ['the minister said on Monday', [{text: 'Monday', value: '2025-06-23', weekday: 1, relative: true}]],
      ['they will meet on Monday', [{text: 'Monday', value: '2025-06-30', weekday: 1, relative: true}]],
      ['filed 2019-02-22.', [{text: '2019-02-22', value: '2019-02-22'}]],
      ['Thursday, June 26, 2025 at 9:45 p.m. EST', [{text: 'Thursday, June 26, 2025 at 9:45 p.m.', value: '2025-06-26T21:45', weekday: 4}]],
      ['since last Friday', [{text: 'last Friday', value: '2025-06-20', weekday: 5, relative: true}]],
      ['on 3rd May 2020', [{text: '3rd May 2020', value: '2020-05-03'}]],
      ['Posted 07/04/2025', [{text: '07/04/2025', value: '2025-07-04'}]]
    ],
    en.dates
  )
})

describe('findDates, negative cases', () => {
  const none: [string, typeof fr.dates][] = [
    ['Le Matin', fr.dates],
    ['au matin du marché', fr.dates],
    ['1200 personnes en 3 jours', fr.dates],
    ['version 1.2.3 et 12/13/14', fr.dates],
    ['you may 3 times', en.dates],
    ['the long march 4 miles', en.dates],
    ['score 3-1 in 2025', en.dates],
    ['a lazy sunday brunch', en.dates],
    ['Black Friday sales and the Sunday Times', en.dates],
    ['le vendredi saint et mardi gras', fr.dates],
    ['99/99/2025', en.dates]
  ]
  for (const [text, lexicon] of none) {
    it(JSON.stringify(text), () => expect(findDates(text, lexicon, REF)).toEqual([]))
  }

  it('skips what needs a reference when there is none', () => {
    expect(findDates('NEW YORK, March 3 - and last Friday on Monday', en.dates, null)).toEqual([])
    expect(findDates('le 1er mars et vendredi dernier', fr.dates, null)).toEqual([])
    expect(findDates('le 26 juin 2025', fr.dates, null).map((m) => m.value)).toEqual(['2025-06-26'])
  })

  it('never gives a time the text does not give', () => {
    for (const m of findDates('le 26 juin 2025 et le 3 mars, 12 morts', fr.dates, REF)) expect(m.value).not.toContain('T')
  })

  it('stays linear on adversarial input', () => {
    const text = '1 '.repeat(50_000) + 'juin '.repeat(20_000) + '12/12/'.repeat(20_000)
    const found = findDates(text, fr.dates, REF)
    expect(Array.isArray(found)).toBe(true)
  })
})

describe('findDates, cold start', () => {
  /** The regexes `new RegExp` builds while `run` runs. */
  function built(run: () => void): RegExp[] {
    const Original = RegExp
    const out: RegExp[] = []
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string, string?]) {
        const re = new target(...args)
        out.push(re)
        return re
      }
    })
    try {
      run()
    } finally {
      globalThis.RegExp = Original
    }
    return out
  }

  it('builds a date pattern only when a place in the text may start one of its kind', () => {
    // A fresh copy of the lexicon: its patterns are compiled anew.
    const lexicon = {...fr.dates}
    const none = built(() => expect(findDates('Le conseil a adopté 12 textes et 340 amendements.', lexicon, '2025-07-01')).toEqual([]))
    // One pattern built: the day-month one, tried at each number (`12 textes`); not the ISO and numeric ones, whose
    // characters after a number (a hyphen, a slash or a dot) are not there, nor those that start with a word.
    expect(none.filter((re) => re.source.includes('\\d{4})-(\\d{2})') || re.source.includes('([/.])'))).toEqual([])
    expect(none.filter((re) => re.sticky).length).toBe(1)
    const iso = built(() => expect(findDates('Publié le 2025-07-03 à Dakar.', lexicon, '2025-07-01').map((d) => d.value)).toEqual(['2025-07-03']))
    expect(iso.filter((re) => re.source.includes('\\d{4})-(\\d{2})')).length).toBe(1)
  })
})
