import {describe, expect, it} from 'vitest'
import {seededRandom as seeded} from '../bench/paired.js'
import {draw, eligible} from '../scripts/eval/select.js'
import {compareSnapshots, snapshotLine} from '../scripts/eval/snapshot.js'
import {parseArticle} from '../src/index.js'

const record = (id: string, text: string) => ({id, text})

describe('choosing a sealed set (scripts/eval/select.ts)', () => {
  const records = [
    record('a', 'x'.repeat(900)),
    record('b', 'Une dépêche reprise deux fois.'.padEnd(900, '.')),
    record('c', 'Une dépêche reprise deux fois.'.padEnd(900, '.')),
    record('d', 'y'.repeat(500)),
    record('e', 'z'.repeat(8000)),
    record('f', 'w'.repeat(1200))
  ]

  it('leaves out excluded ids, texts out of range and every copy of a repeated text, in file order', () => {
    expect(eligible(records, {excluded: new Set(['f']), minChars: 800, maxChars: 7000}).map((r) => r.id)).toEqual(['a'])
    expect(eligible(records, {excluded: new Set(), minChars: 400, maxChars: 9000}).map((r) => r.id)).toEqual(['a', 'd', 'e', 'f'])
  })

  it('draws the same records for the same seed, others for another seed, without repeats', () => {
    const pool = Array.from({length: 50}, (_, i) => i)
    const one = draw(pool, 10, seeded(2828))
    expect(draw(pool, 10, seeded(2828))).toEqual(one)
    expect(draw(pool, 10, seeded(2929))).not.toEqual(one)
    expect(new Set(one).size).toBe(10)
    expect(draw(pool, 80, seeded(1)).slice().sort((x, y) => x - y)).toEqual(pool)
  })
})

describe('output snapshots (scripts/eval/snapshot.ts)', () => {
  const text = 'Budget vote\n\nThe minister, Jane Carter, spoke in London. "We will not raise taxes," Ms Carter said.'
  const line = snapshotLine('t1', parseArticle(text))

  it('keeps the fields a change is read by', () => {
    expect(line.headline).toBe('Budget vote')
    expect(line.quotes).toEqual([['We will not raise taxes,', 'Jane Carter', 'said']])
    expect(line.entities.map((e) => [e[0], e[1]])).toEqual(expect.arrayContaining([['person', 'Jane Carter'], ['location', 'London']]))
  })

  it('lists what moved, line by line, and counts the texts that changed', () => {
    expect(compareSnapshots([line], [line])).toEqual({changed: 0, changes: []})
    const moved = {...line, quotes: [['We will not raise taxes,', null, 'said'] as [string, string | null, string | null]]}
    const {changed, changes} = compareSnapshots([line], [moved])
    expect(changed).toBe(1)
    expect(changes.map((c) => [c.field, c.sign])).toEqual([['quotes', '-'], ['quotes', '+']])
    expect(compareSnapshots([line], [{...line, entities: [...line.entities].reverse()}]).changed).toBe(line.entities.length > 1 ? 1 : 0)
  })
})
