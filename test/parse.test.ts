import {describe, expect, it} from 'vitest'
import {
  createContext,
  defaultPipeline,
  InputTooLargeError,
  InvalidInputError,
  InvalidOptionError,
  NewsdownError,
  parseArticle,
  type Extractor
} from '../src/index.js'
import {LineIndex} from '../src/position.js'
import {parse, positionErrors} from './helpers.js'

describe('parseArticle: input handling', () => {
  it('throws a typed error for a non-string input', () => {
    expect(() => parseArticle(undefined as unknown as string)).toThrow(InvalidInputError)
    expect(() => parseArticle(42 as unknown as string)).toThrow(NewsdownError)
  })

  it('throws InputTooLargeError above maxLength, with the figures', () => {
    const error = (() => {
      try {
        parseArticle('x'.repeat(101), {maxLength: 100})
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(InputTooLargeError)
    expect((error as InputTooLargeError).length).toBe(101)
    expect((error as InputTooLargeError).maxLength).toBe(100)
    expect((error as InputTooLargeError).code).toBe('input-too-large')
  })

  it('rejects invalid options with InvalidOptionError', () => {
    expect(() => parseArticle('a', {format: 'html' as 'text'})).toThrow(InvalidOptionError)
    expect(() => parseArticle('a', {language: 'xx'})).toThrow(/No locale for language `xx`/)
    expect(() => parseArticle('a', {referenceDate: 'yesterday'})).toThrow(InvalidOptionError)
    expect(() => parseArticle('a', {referenceDate: new Date(Number.NaN)})).toThrow(InvalidOptionError)
    expect(() => parseArticle('a', {maxLength: -1})).toThrow(InvalidOptionError)
  })

  it('reports empty input as a diagnostic, not an error', () => {
    for (const input of ['', '   \n\n \t ']) {
      const article = parse(input)
      expect(article.headline).toBeNull()
      expect(article.body).toEqual([])
      expect(article.diagnostics.map((d) => d.code)).toContain('empty-input')
    }
  })

  it('flags binary junk and still returns a valid article', () => {
    const junk = Array.from({length: 400}, (_, i) => String.fromCharCode((i * 7919) % 32)).join('') + '\ufffd'.repeat(50)
    const article = parse(junk)
    expect(article.diagnostics.map((d) => d.code)).toContain('binary-content')
  })

  it('keeps offsets of the input with a BOM and CRLF line ends', () => {
    const input = '\ufeffFirst line here\r\n\r\nSecond paragraph, with words.\r\nStill the second.\r\n'
    const article = parse(input, {format: 'text'})
    const last = article.body.at(-1)!
    expect(input.slice(last.position.start.offset, last.position.end.offset)).toBe(last.text)
    expect(last.text).toBe('Second paragraph, with words.\r\nStill the second.')
    expect(last.position.start).toEqual({line: 3, column: 1, offset: input.indexOf('Second')})
    expect(positionErrors(input, article)).toEqual([])
  })

  it('reads plain text without Markdown: `<BAC>` and `*` stay as written', () => {
    const input = 'BANK <BAC> SETS *SPECIAL* DIVIDEND\n\nThe bank said on Monday it would pay 1.50 dlrs.'
    const article = parse(input)
    expect(article.format).toBe('text')
    const all = [article.headline, ...article.body.map((p) => p.text)].join('\n\n')
    expect(all).toBe(input)
  })

  it('reads Markdown and maps block text back to the input', () => {
    const input = '# A title\n\nSome *emphasis* and a [link](https://example.com) here.\n\n> A quoted line.\n\n- one item\n- two item\n'
    const article = parse(input)
    expect(article.format).toBe('markdown')
    const texts = article.body.map((p) => [p.kind, p.text])
    expect(texts).toContainEqual(['paragraph', 'Some emphasis and a link here.'])
    expect(texts).toContainEqual(['blockquote', 'A quoted line.'])
    expect(texts).toContainEqual(['list-item', 'one item'])
  })

  it('honours format and language options', () => {
    const input = '# Not a heading in text mode\n\nLe chat est sur la table et il dort.'
    expect(parse(input, {format: 'text'}).format).toBe('text')
    expect(parse(input, {format: 'markdown'}).format).toBe('markdown')
    expect(parse(input, {language: 'en'}).language).toBe('en')
    expect(parse(input, {language: 'fr-SN'}).language).toBe('fr')
  })

  it('is deterministic', () => {
    const input = 'Un titre\n\nLe ministre a déclaré mardi 3 juin 2025 que la réunion aura lieu à Dakar.'
    expect(JSON.stringify(parseArticle(input))).toBe(JSON.stringify(parseArticle(input)))
  })
})

describe('pipeline', () => {
  it('runs a custom pipeline: steps can be added, and claims keep text out of the body', () => {
    const shout: Extractor = {
      name: 'shout',
      run: (context) => {
        const block = context.blocks.find((b) => b.text.startsWith('NOTE:'))
        return block ? {claims: [{start: block.start, end: block.end}]} : {}
      }
    }
    const bodyIndex = defaultPipeline.findIndex((s) => s.name === 'body')
    const pipeline = [...defaultPipeline.slice(0, bodyIndex), shout, ...defaultPipeline.slice(bodyIndex)]
    const input = 'Title line\n\nNOTE: editors only\n\nThe real first paragraph of the story.'
    const article = parse(input, {pipeline})
    expect(article.body.map((p) => p.text)).not.toContain('NOTE: editors only')
    expect(parse(input).body.map((p) => p.text)).toContain('NOTE: editors only')
  })

  it('drops a key a step returns that is no field of an article, with a step-ignored-key warning, wherever the step runs', () => {
    const tagger = {name: 'tagger', run: () => ({topic: 'budget', headline: 'Budget adopted'})} as unknown as Extractor
    const input = 'Title line\n\nThe council adopted the budget on Tuesday.'
    for (const pipeline of [[tagger, ...defaultPipeline], [...defaultPipeline, tagger]]) {
      const article = parse(input, {pipeline})
      expect(Object.keys(article)).not.toContain('topic')
      expect(article.diagnostics.filter((d) => d.code === 'step-ignored-key')).toEqual([
        {
          code: 'step-ignored-key',
          severity: 'warning',
          message: 'Step `tagger` returned `topic`, which is no field of a NewsArticle: dropped',
          position: {start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 43, offset: input.length}}
        }
      ])
    }
    // (Its known fields are kept: the last step's headline stands.)
    expect(parse(input, {pipeline: [...defaultPipeline, tagger]}).headline).toBe('Budget adopted')
  })

  it('the default pipeline returns only fields of an article (no step-ignored-key)', () => {
    for (const [input, language] of [
      ['Le budget adopté\n\nPar Awa Diop\n\nDAKAR, 3 juin 2025 – « Nous tiendrons parole », a déclaré le maire, Ibrahima Sall.', 'fr'],
      ['Budget adopted\n\nBy Jane Smith\n\nLONDON (Reuters) - "We will keep our word," said the mayor, John Smith, on Tuesday.', 'en']
    ]) {
      expect(parse(input!, {language}).diagnostics.map((d) => d.code)).not.toContain('step-ignored-key')
    }
  })

  it('counts words of the body', () => {
    const article = parse('Title\n\nL’Alliance des États du Sahel (AES) compte trois pays, dit-il.', {language: 'fr'})
    expect(article.wordCount).toBe(10)
  })

  it('exposes the context it parses with', () => {
    const context = createContext('Title\n\nBody text here.')
    expect(context.blocks.map((b) => b.text)).toEqual(['Title', 'Body text here.'])
    expect(context.locales.length).toBeGreaterThanOrEqual(2)
  })
})

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns with LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh'
    const index = new LineIndex(text)
    expect(index.point(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(index.point(text.indexOf('d'))).toEqual({line: 2, column: 2, offset: 4})
    expect(index.point(text.indexOf('e'))).toEqual({line: 3, column: 1, offset: 7})
    expect(index.point(text.indexOf('h'))).toEqual({line: 4, column: 2, offset: 11})
    expect(index.point(999).offset).toBe(text.length)
  })
})
