import {parse as parseHtml} from 'parse5'
import type {NewsArticle as SchemaNewsArticle, WithContext} from 'schema-dts'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {InvalidOptionError, toJsonLd, toJsonLdScript, type NewsArticle} from '../../src/index.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'
import {SAMPLE, at, emptyValues, sampleArticle} from './sample.js'

/** Every `application/ld+json` script of an HTML document, read by an HTML5 parser and parsed as JSON. */
function scriptsOf(html: string): unknown[] {
  const found: unknown[] = []
  type Node = {nodeName: string; attrs?: {name: string; value: string}[]; childNodes?: Node[]; value?: string; content?: Node}
  const walk = (node: Node) => {
    if (node.nodeName === 'script' && node.attrs?.some((a) => a.name === 'type' && a.value === 'application/ld+json')) {
      found.push(JSON.parse((node.childNodes ?? []).map((c) => c.value ?? '').join('')))
    }
    for (const child of node.childNodes ?? []) walk(child)
    if (node.content) walk(node.content)
  }
  walk(parseHtml(html) as unknown as Node)
  return found
}

/** Names of every element of an HTML document, in document order. */
function elementNames(html: string): string[] {
  type Node = {nodeName: string; tagName?: string; childNodes?: Node[]}
  const names: string[] = []
  const walk = (node: Node) => {
    if (node.tagName) names.push(node.tagName)
    for (const child of node.childNodes ?? []) walk(child)
  }
  walk(parseHtml(html) as unknown as Node)
  return names
}

const page = (head: string, body = '<p>hello</p>') =>
  `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`

describe('toJsonLd', () => {
  it('maps a full article the way Google documents Article structured data', () => {
    const article = sampleArticle()
    expect(positionErrors(SAMPLE, article)).toEqual([])
    const ld = toJsonLd(article)
    expect(ld['@context']).toBe('https://schema.org')
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld).toMatchObject({
      headline: 'Dakar : le port autonome ouvre un terminal à conteneurs',
      datePublished: '2025-06-03',
      author: [{'@type': 'Person', name: 'Aminata Diallo'}],
      publisher: {'@type': 'Organization', name: 'Le Quotidien du Sud'},
      dateline: 'DAKAR (APS) -',
      locationCreated: {'@type': 'Place', name: 'DAKAR'},
      inLanguage: 'fr',
      wordCount: 58
    })
    expect(ld.mentions).toEqual([
      {'@type': 'Person', name: 'Ibrahima Sall', jobTitle: 'ministre des Transports'},
      {'@type': 'Person', name: 'Fatou Ndiaye', jobTitle: 'directrice du port'},
      {'@type': 'Organization', name: 'Banque africaine de développement'},
      {'@type': 'Place', name: 'Dakar'},
      {'@type': 'Place', name: 'Ndayane'}
    ])
    // `about`: what the headline names.
    expect(ld.about).toEqual([{'@type': 'Place', name: 'Dakar'}])
    // Without options: no URL, image, body or access facts are made up.
    for (const key of ['url', 'image', 'mainEntityOfPage', 'isAccessibleForFree', 'articleBody', 'dateModified', 'alternativeHeadline']) {
      expect(ld, key).not.toHaveProperty(key)
    }
    expect(emptyValues(ld)).toEqual([])
  })

  it('leaves out of mentions the entities named only in the credits', () => {
    const base = sampleArticle()
    const article: NewsArticle = {
      ...base,
      entities: [
        ...base.entities,
        // Only in the byline / the publication line: credits.
        {id: 'person-3', type: 'person', name: 'Aminata Diallo', aliases: [], mentions: [at('Aminata Diallo')]},
        {id: 'organization-2', type: 'organization', name: 'Le Quotidien du Sud', aliases: [], mentions: [at('Le Quotidien du Sud')]},
        // In the dateline (not a credit): mentioned.
        {id: 'organization-3', type: 'organization', name: 'APS', aliases: [], mentions: [at('APS')]}
      ]
    }
    const names = (toJsonLd(article).mentions as unknown as {name: string}[]).map((m) => m.name)
    expect(names).not.toContain('Aminata Diallo')
    expect(names).not.toContain('Le Quotidien du Sud')
    expect(names).toContain('APS')
    expect(names).toContain('Ibrahima Sall')
  })

  it('is typed as WithContext<NewsArticle> of schema-dts', () => {
    expectTypeOf(toJsonLd(sampleArticle())).toEqualTypeOf<WithContext<SchemaNewsArticle>>()
  })

  it('leaves empty values out instead of writing empty strings', () => {
    const article: NewsArticle = {
      ...sampleArticle(),
      headline: '   ',
      alternativeHeadline: '',
      authors: [{name: ' '}, {name: 'Moussa Ba', role: '', affiliation: ' '}],
      publisher: {name: ''},
      dateline: {text: '', location: null, date: null, source: null, position: sampleArticle().dateline!.position},
      datePublished: '',
      wordCount: 0,
      entities: [{id: 'person-9', type: 'person', name: ' ', aliases: [], mentions: []}]
    }
    const ld = toJsonLd(article)
    expect(emptyValues(ld)).toEqual([])
    expect(ld.author).toEqual([{'@type': 'Person', name: 'Moussa Ba'}])
    for (const key of ['headline', 'alternativeHeadline', 'publisher', 'dateline', 'locationCreated', 'datePublished', 'wordCount', 'mentions', 'about']) {
      expect(ld, key).not.toHaveProperty(key)
    }
  })

  it('writes an author role as jobTitle and an agency as affiliation, never in the name', () => {
    const ld = toJsonLd({...sampleArticle(), authors: [{name: 'Jane Smith', role: 'Senior reporter', affiliation: 'Reuters'}, {name: 'Ali Kone'}]})
    expect(ld.author).toEqual([
      {'@type': 'Person', name: 'Jane Smith', jobTitle: 'Senior reporter', affiliation: {'@type': 'Organization', name: 'Reuters'}},
      {'@type': 'Person', name: 'Ali Kone'}
    ])
  })

  it('keeps dates as precise as the text: no invented time or time zone', () => {
    const cases: [string, string | undefined, string][] = [
      ['2025-06-03', undefined, '2025-06-03'],
      ['2025-06-03', '+01:00', '2025-06-03'],
      ['2025-06-03T14:30', undefined, '2025-06-03T14:30'],
      ['2025-06-03T14:30', '+01:00', '2025-06-03T14:30+01:00'],
      ['2025-06-03T14:30', 'Z', '2025-06-03T14:30Z'],
      ['2025-06-03T14:30-05:00', '+01:00', '2025-06-03T14:30-05:00']
    ]
    for (const [value, timeZone, expected] of cases) {
      const ld = toJsonLd({...sampleArticle(), datePublished: value, dateModified: value}, timeZone ? {timeZone} : {})
      expect(ld.datePublished, `${value} ${timeZone}`).toBe(expected)
      expect(ld.dateModified).toBe(expected)
    }
    expect(() => toJsonLd(sampleArticle(), {timeZone: 'Europe/Paris'})).toThrow(InvalidOptionError)
  })

  it('takes url, image, mainEntityOfPage, isAccessibleForFree, publisher and articleBody from options', () => {
    const ld = toJsonLd(sampleArticle(), {
      url: 'https://example.sn/port',
      image: ['https://example.sn/a.jpg', 'https://example.sn/b.jpg'],
      isAccessibleForFree: false,
      publisher: {name: 'Quotidien du Sud', url: 'https://example.sn', logo: 'https://example.sn/logo.png'},
      articleBody: true
    })
    expect(ld).toMatchObject({
      url: 'https://example.sn/port',
      mainEntityOfPage: {'@type': 'WebPage', '@id': 'https://example.sn/port'},
      image: ['https://example.sn/a.jpg', 'https://example.sn/b.jpg'],
      isAccessibleForFree: false,
      publisher: {'@type': 'Organization', name: 'Quotidien du Sud', url: 'https://example.sn', logo: {'@type': 'ImageObject', url: 'https://example.sn/logo.png'}}
    })
    const body = (ld as {articleBody?: string}).articleBody!
    expect(body.split('\n\n')).toHaveLength(2)
    expect(body.startsWith('DAKAR (APS) - Le ministre')).toBe(true)
    expect(body.endsWith('directrice du port.')).toBe(true)
    const single = toJsonLd(sampleArticle(), {image: 'https://example.sn/a.jpg', mainEntityOfPage: 'https://example.sn/canonical', url: 'https://example.sn/amp'})
    expect(single.image).toBe('https://example.sn/a.jpg')
    expect(single.mainEntityOfPage).toEqual({'@type': 'WebPage', '@id': 'https://example.sn/canonical'})
    expect(toJsonLd(sampleArticle(), {entities: false})).not.toHaveProperty('mentions')
  })

  it('writes what parseArticle finds in a short English article', () => {
    const input = 'Council approves new cycle lanes for city centre\n\nBy Tom Hughes\n\nThe city council voted on Tuesday to build six kilometres of protected cycle lanes.\n'
    const article = parse(input, {language: 'en'})
    expect(positionErrors(input, article)).toEqual([])
    const ld = toJsonLd(article)
    expect(ld.headline).toBe('Council approves new cycle lanes for city centre')
    expect(ld.inLanguage).toBe('en')
    expect(emptyValues(ld)).toEqual([])
  })
})

describe('toJsonLdScript', () => {
  it('cannot be broken out of by the article text', () => {
    const evil = '</script><script>alert(1)</script><!-- & \u2028\u2029 -->'
    const base = sampleArticle()
    const article = {
      ...base,
      headline: evil,
      authors: [{name: '<b>Eve</b>'}],
      body: [{...base.body[0]!, text: 'Line\u2028separator and </SCRIPT > & <!-- in the body'}]
    }
    const script = toJsonLdScript(article, {articleBody: true})
    expect(script.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(script.endsWith('</script>')).toBe(true)
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/)
    // An HTML5 parser sees one script, no injected element, and the same data.
    const html = page(script)
    expect(elementNames(html).filter((n) => n === 'script')).toHaveLength(1)
    expect(elementNames(html)).not.toContain('b')
    const scripts = scriptsOf(html)
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toEqual(toJsonLd(article, {articleBody: true}))
    // Headlines have their white space collapsed (U+2028 included); the body keeps it.
    expect((scripts[0] as {headline: string}).headline).toBe(evil.replace(/\s+/g, ' '))
    expect((scripts[0] as {articleBody: string}).articleBody).toBe('Line\u2028separator and </SCRIPT > & <!-- in the body')
  })

  it('accepts only white space as indentation', () => {
    expect(toJsonLdScript(sampleArticle(), {space: '\t'})).toContain('\n\t"@type"')
    expect(() => toJsonLdScript(sampleArticle(), {space: '<!--'})).toThrow(InvalidOptionError)
    expect(() => toJsonLdScript(sampleArticle(), {space: -1})).toThrow(InvalidOptionError)
  })

  it('parses back out of an HTML document to the same object, for every output', () => {
    const options = [{}, {space: 2}, {url: 'https://example.sn/a?b=1&c=<2>', articleBody: true}, {image: 'https://example.sn/x.jpg', isAccessibleForFree: true}]
    const articles: NewsArticle[] = [
      sampleArticle(),
      {...sampleArticle(), headline: 'A & B <i>said</i> "hi" \u2028 l’été', entities: []},
      parse('Short note\n\nNothing much happened today in the village of Saint-Ours.\n')
    ]
    for (const article of articles) {
      for (const o of options) {
        const scripts = scriptsOf(page(toJsonLdScript(article, o)))
        expect(scripts).toHaveLength(1)
        const {space: _space, ...rest} = o as {space?: number}
        expect(scripts[0]).toEqual(toJsonLd(article, rest))
      }
    }
  })
})

describe.skipIf(!hasShared)('toJsonLd on the Le Matin fixture', () => {
  const input = hasShared ? readShared('fixtures/le-matin-aes-2025-06-26.txt') : ''
  it('gives the headline, date, author, publisher, language and mentions', () => {
    const article = parse(input)
    expect(positionErrors(input, article)).toEqual([])
    const ld = toJsonLd(article)
    expect(ld['@context']).toBe('https://schema.org')
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld).toMatchObject({
      headline:
        "Rencontre des ministres de la défense de l'AES : Les pays du Sahel déterminés à forger leur propre modèle de sécurité et de défense",
      datePublished: '2025-06-26',
      author: [{'@type': 'Person', name: 'Oumar Alpha'}],
      publisher: {'@type': 'Organization', name: 'Le Matin'},
      inLanguage: 'fr'
    })
    // `mentions`: every person, organisation and place found, typed.
    const mentions = (ld.mentions ?? []) as {'@type': string; name: string}[]
    const typeOf = {person: 'Person', organization: 'Organization', location: 'Place'} as const
    const found = new Set(article.entities.map((e) => `${typeOf[e.type]}:${e.name}`))
    const names = mentions.map((m) => `${m['@type']}:${m.name}`)
    for (const name of names) expect(found).toContain(name)
    expect(names).toContain('Person:Sadio Camara')
    expect(names).toContain('Place:Mali')
    expect(names).toContain('Organization:Alliance des États du Sahel')
    // The signature and the publication line are credits, not mentions.
    expect(names).not.toContain('Person:Oumar Alpha')
    expect(names).not.toContain('Organization:Le Matin')
    expect(emptyValues(ld)).toEqual([])
  })
})
