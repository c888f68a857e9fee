import {describe, expect, it} from 'vitest'
import {findFrontMatter} from '../../src/frontmatter.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

describe('front matter', () => {
  it('reads scalars, quoted strings, block scalars and lists, with value offsets', () => {
    const input = "---\ntitle: 'October 31, 2012 Public Meeting'\ndate: 2012-10-31\nexcerpt: >-\n  The meeting was the first.\n  It was public.\nauthors:\n  - jane-roe\n  - john-smith\n---\n# Body"
    const fm = findFrontMatter(input)!
    expect(fm.data.get('title')?.value).toBe('October 31, 2012 Public Meeting')
    expect(fm.data.get('date')?.value).toBe('2012-10-31')
    expect(fm.data.get('excerpt')?.value).toBe('The meeting was the first. It was public.')
    expect(fm.data.get('authors')?.value).toEqual(['jane-roe', 'john-smith'])
    const t = fm.data.get('title')!
    expect(input.slice(t.start, t.end)).toBe("'October 31, 2012 Public Meeting'")
    expect(input.slice(fm.end)).toBe('# Body')
  })

  it('keeps hostile keys as plain data', () => {
    const fm = findFrontMatter('---\n__proto__: x\nconstructor: y\n---\n')!
    expect(fm.data.get('__proto__')?.value).toBe('x')
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('fills headline, deck, authors from the front matter, with positions', () => {
    const input = '---\ntitle: "Board holds its first meeting"\nauthor: Jane Roe\ndescription: The board met in public.\ndate: 2019-02-22\n---\n\nThe board met on Monday in Washington.'
    const a = parse(input)
    expect(a.format).toBe('markdown')
    expect(a.headline).toBe('Board holds its first meeting')
    expect(input.slice(a.headlinePosition!.start.offset, a.headlinePosition!.end.offset)).toBe('"Board holds its first meeting"')
    expect(a.alternativeHeadline).toBe('The board met in public.')
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Roe'])
    expect(input.slice(a.authors[0]!.position!.start.offset, a.authors[0]!.position!.end.offset)).toBe('Jane Roe')
    expect(a.body.map((p) => p.text)).toEqual(['The board met on Monday in Washington.'])
    expect(positionErrors(input, a)).toEqual([])
  })

  // What must NOT be read as front matter.
  for (const input of ['--- not front matter\ntitle: x\n---\nBody', 'Title\n---\ntitle: x\n---\n', '---\ntitle: never closed\n\nBody']) {
    it(`no front matter in ${JSON.stringify(input.slice(0, 24))}`, () => {
      expect(findFrontMatter(input)).toBeNull()
      const a = parse(input)
      expect(a.headline).not.toBe('x')
    })
  }
})

describe.skipIf(!hasShared)('front matter on the Markdown corpus', () => {
  it('takes the headline from the title of every post', () => {
    const rows = readShared('corpus/markdown/articles.jsonl').trim().split('\n').map((l) => JSON.parse(l) as {text: string; gold: {title?: string}})
    let right = 0
    let total = 0
    for (const row of rows) {
      if (row.gold.title === undefined) continue
      total++
      if (parse(row.text).headline === row.gold.title.trim()) right++
    }
    expect(right / total).toBeGreaterThanOrEqual(0.99)
  })
})
