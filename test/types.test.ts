/**
 * Type tests (`expectTypeOf`): checked by `tsc --noEmit` (part of `npm test`);
 * at run time they only make sure the values exist. They pin the shapes
 * users write code against: `parseArticle`, `NewsArticle`, `toJsonLd`, the
 * errors and the per-locale entry points.
 */
import {describe, expectTypeOf, it} from 'vitest'
import * as enEntry from '../src/entries/en.js'
import * as frEntry from '../src/entries/fr.js'
import * as schemaEntry from '../src/entries/schema.js'
import type * as z from 'zod/mini'
import {
  InputTooLargeError,
  NewsdownError,
  parseArticle,
  toJsonLd,
  toJsonLdScript,
  validateArticle,
  type Author,
  type Diagnostic,
  type Entity,
  type JsonLdOptions,
  type Locale,
  type NewsArticle,
  type ParseOptions,
  type Position,
  type Quote
} from '../src/index.js'

describe('types', () => {
  it('parseArticle(input, options?) returns a NewsArticle', () => {
    expectTypeOf(parseArticle).parameters.toEqualTypeOf<[input: string, options?: ParseOptions]>()
    expectTypeOf(parseArticle).returns.toEqualTypeOf<NewsArticle>()
    expectTypeOf(frEntry.parseArticle).toEqualTypeOf(parseArticle)
    expectTypeOf(enEntry.parseArticle).toEqualTypeOf(parseArticle)
    expectTypeOf<ParseOptions>().toMatchTypeOf<{
      language?: string
      locales?: readonly Locale[]
      referenceDate?: string | Date
      format?: 'auto' | 'markdown' | 'text'
      maxLength?: number
    }>()
    // Never called: only their types matter.
    // @ts-expect-error the input must be a string
    const notAString = () => parseArticle(Buffer.from('x'))
    // @ts-expect-error unknown format
    const unknownFormat = () => parseArticle('x', {format: 'html'})
    expectTypeOf(notAString).toBeFunction()
    expectTypeOf(unknownFormat).toBeFunction()
  })

  it('NewsArticle: nullable metadata, positioned spans, lists', () => {
    expectTypeOf<NewsArticle['headline']>().toEqualTypeOf<string | null>()
    expectTypeOf<NewsArticle['headlinePosition']>().toEqualTypeOf<Position | null>()
    expectTypeOf<NewsArticle['language']>().toEqualTypeOf<string>()
    expectTypeOf<NewsArticle['format']>().toEqualTypeOf<'markdown' | 'text'>()
    expectTypeOf<NewsArticle['authors']>().toEqualTypeOf<Author[]>()
    expectTypeOf<NewsArticle['quotes']>().toEqualTypeOf<Quote[]>()
    expectTypeOf<NewsArticle['entities']>().toEqualTypeOf<Entity[]>()
    expectTypeOf<NewsArticle['diagnostics']>().toEqualTypeOf<Diagnostic[]>()
    expectTypeOf<NewsArticle['wordCount']>().toEqualTypeOf<number>()
    expectTypeOf<Position>().toEqualTypeOf<{
      start: {line: number; column: number; offset: number}
      end: {line: number; column: number; offset: number}
    }>()
    expectTypeOf<Quote>().toHaveProperty('text').toEqualTypeOf<string>()
    expectTypeOf<Quote>().toHaveProperty('position').toEqualTypeOf<Position>()
    expectTypeOf<Author>().toHaveProperty('name').toEqualTypeOf<string>()
    expectTypeOf<Diagnostic>().toHaveProperty('code').toBeString()
    expectTypeOf<Diagnostic>().toHaveProperty('severity').toBeString()
  })

  it('toJsonLd(article, options?) returns a schema.org object with @context', () => {
    expectTypeOf(toJsonLd).parameter(0).toEqualTypeOf<NewsArticle>()
    expectTypeOf(toJsonLd).parameter(1).toEqualTypeOf<JsonLdOptions | undefined>()
    expectTypeOf(toJsonLd).returns.not.toBeAny()
    expectTypeOf(toJsonLd).returns.toHaveProperty('@context')
    expectTypeOf(toJsonLdScript).returns.toEqualTypeOf<string>()
    // @ts-expect-error an article is required
    const notAnArticle = () => toJsonLd({})
    expectTypeOf(notAnArticle).toBeFunction()
  })

  it('errors are classes with a typed code; validateArticle narrows', () => {
    expectTypeOf<NewsdownError['code']>().toEqualTypeOf<'invalid-input' | 'invalid-option' | 'input-too-large'>()
    expectTypeOf<InputTooLargeError>().toMatchTypeOf<NewsdownError>()
    expectTypeOf<InputTooLargeError['maxLength']>().toEqualTypeOf<number>()
    const result = validateArticle({} as unknown)
    if (result.valid) expectTypeOf(result.value).toEqualTypeOf<NewsArticle>()
  })

  it('newsdown/schema: the zod schemas infer the exported types', () => {
    expectTypeOf<z.infer<typeof schemaEntry.newsArticleSchema>>().toEqualTypeOf<NewsArticle>()
    expectTypeOf<z.infer<typeof schemaEntry.quoteSchema>>().toEqualTypeOf<Quote>()
    expectTypeOf<z.infer<typeof schemaEntry.positionSchema>>().toEqualTypeOf<Position>()
  })
})
