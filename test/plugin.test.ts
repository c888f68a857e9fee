import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {parseArticle, remarkNewsArticle, type NewsArticle} from '../src/index.js'
import {parse, positionErrors} from './helpers.js'

const MARKDOWN = `# Le conseil municipal adopte le budget 2026

*Par Awa Traoré*

Le conseil municipal de Thiès a adopté jeudi son budget pour 2026.

Le maire a salué « un budget de responsabilité » devant les élus.
`

describe('remarkNewsArticle', () => {
  it('puts the same article as parseArticle on file.data.article', async () => {
    const file = new VFile({path: 'budget.md', value: MARKDOWN})
    const processor = unified().use(remarkParse).use(remarkNewsArticle)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    const article = file.data.article
    expectTypeOf(article).toEqualTypeOf<NewsArticle | undefined>()
    expect(article).toEqual(parse(MARKDOWN, {format: 'markdown'}))
    expect(article!.headline).toBe('Le conseil municipal adopte le budget 2026')
    expect(article!.format).toBe('markdown')
    expect(positionErrors(MARKDOWN, article)).toEqual([])
  })

  it('passes its options to the parser', async () => {
    const file = new VFile(MARKDOWN)
    await unified().use(remarkParse).use(remarkNewsArticle, {language: 'en', format: 'text'}).run(unified().use(remarkParse).parse(file), file)
    expect(file.data.article!.language).toBe('en')
    expect(file.data.article).toEqual(parseArticle(MARKDOWN, {language: 'en', format: 'text'}))
  })

  it('reports each diagnostic as a vfile message with place, ruleId and source', async () => {
    // An empty document: one `empty-input` error.
    const file = new VFile({path: 'empty.md', value: '   \n'})
    const processor = unified().use(remarkParse).use(remarkNewsArticle)
    await processor.run(processor.parse(file), file)
    const diagnostics = file.data.article!.diagnostics
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(file.messages).toHaveLength(diagnostics.length)
    diagnostics.forEach((d, i) => {
      const m = file.messages[i]!
      expect(m.ruleId).toBe(d.code)
      expect(m.source).toBe('newsdown')
      expect(m.reason).toBe(d.message)
      expect(m.place).toEqual(d.position)
      expect(m.line).toBe(d.position.start.line)
      expect(m.fatal).toBe(d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined)
      expect(m.file).toBe('empty.md')
    })
    expect(file.messages.map((m) => m.ruleId)).toContain('empty-input')
  })

  it('reports warnings with their place in the file', async () => {
    // A weekday that does not match its date (2025-07-20 is a Sunday).
    const input = '# Réunion des ministres\n\nLes ministres se sont retrouvés le vendredi 20 juillet 2025 à Bamako.\n'
    const file = new VFile(input)
    const processor = unified().use(remarkParse).use(remarkNewsArticle, {referenceDate: '2025-07-25'})
    await processor.run(processor.parse(file), file)
    const article = file.data.article!
    expect(article.diagnostics.map((d) => d.code)).toContain('weekday-mismatch')
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.place])).toEqual(
      article.diagnostics.map((d) => [d.code, d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined, d.position])
    )
    for (const m of file.messages) {
      const p = m.place as {start: {offset: number}; end: {offset: number}}
      expect(p.end.offset).toBeGreaterThanOrEqual(p.start.offset)
      expect(p.end.offset).toBeLessThanOrEqual(input.length)
    }
  })

  it('leaves the tree unchanged', async () => {
    const processor = unified().use(remarkParse)
    const before = processor.parse(MARKDOWN)
    const file = new VFile(MARKDOWN)
    const after = await unified().use(remarkParse).use(remarkNewsArticle).run(structuredClone(before), file)
    expect(after).toEqual(before)
  })
})
