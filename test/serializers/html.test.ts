import {parse as parseHtml} from 'parse5'
import {describe, expect, it} from 'vitest'
import {toHtml, type NewsArticle} from '../../src/index.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'
import {SAMPLE, at, sampleArticle} from './sample.js'

type Node = {nodeName: string; tagName?: string; attrs?: {name: string; value: string}[]; childNodes?: Node[]; value?: string}

/** Every element of `html` (HTML5 parser), with its attributes and text. */
function elements(html: string): {tag: string; attrs: Record<string, string>; text: string}[] {
  const out: {tag: string; attrs: Record<string, string>; text: string}[] = []
  const text = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(text).join(''))
  const walk = (n: Node) => {
    if (n.tagName) out.push({tag: n.tagName, attrs: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])), text: text(n)})
    for (const c of n.childNodes ?? []) walk(c)
  }
  walk(parseHtml(html) as unknown as Node)
  return out
}

const byClass = (html: string, cls: string) => elements(html).filter((e) => (e.attrs.class ?? '').split(' ').includes(cls))

describe('toHtml', () => {
  it('shows the whole input, with what was extracted highlighted in place', () => {
    const article = sampleArticle()
    const html = toHtml(article, SAMPLE)
    const text = elements(html).find((e) => e.attrs.class === 'nd-text')!
    expect(text.text).toBe(SAMPLE)
    // The legend's sample comes first, then the headline in the text.
    expect(byClass(html, 'nd-headline').map((e) => e.text)).toEqual(['headline', 'Dakar : le port autonome ouvre un terminal à conteneurs'])
    expect(byClass(html, 'nd-byline').find((e) => e.text === 'Par Aminata Diallo')).toBeDefined()
    expect(byClass(html, 'nd-dateline').find((e) => e.text === 'DAKAR (APS) -')).toBeDefined()
    // Quotes: coloured by speaker (one hue per speaker), the speaker's name on hover.
    const quotes = byClass(html, 'nd-quote').filter((e) => e.attrs.title)
    expect(quotes.map((q) => [q.text, q.attrs.title])).toEqual([
      ["Ce terminal doublera nos capacités d'ici 2027", 'Quote — Ibrahima Sall'],
      ['Nous suivrons les travaux de près', 'Quote — Fatou Ndiaye']
    ])
    expect(quotes[0]!.attrs.style).not.toBe(quotes[1]!.attrs.style)
    // Entities: by type, each mention in place.
    const mentions = (cls: string) => byClass(html, cls).filter((e) => e.attrs.title).map((e) => e.text)
    expect(mentions('nd-person')).toEqual(['Ibrahima Sall', 'Ibrahima Sall', 'Fatou Ndiaye'])
    expect(mentions('nd-organization')).toEqual(['Banque africaine de développement'])
    expect(mentions('nd-location')).toEqual(['Dakar', 'DAKAR', 'Ndayane'])
    // The sidebar lists them.
    const sidebar = elements(html).find((e) => e.tag === 'aside')!
    for (const name of ['Ibrahima Sall', 'Fatou Ndiaye', 'Banque africaine de développement', 'Ndayane', 'Aminata Diallo', 'Le Quotidien du Sud', '2025-06-03']) {
      expect(sidebar.text).toContain(name)
    }
  })

  it('nests crossing highlights properly and keeps the text intact', () => {
    // An entity mention that crosses the end of a quote.
    const input = 'He said « le Mali et » le Niger.'
    const base = sampleArticle()
    const article: NewsArticle = {
      ...base,
      headline: null,
      headlinePosition: null,
      byline: null,
      dateline: null,
      publisher: null,
      dates: [],
      quotes: [{...at('le Mali et', 0, input), kind: 'direct', speaker: null, cue: null}],
      entities: [{id: 'location-1', type: 'location', name: 'Mali et » le', aliases: [], mentions: [at('Mali et » le', 0, input)]}]
    }
    const html = toHtml(article, input)
    expect(elements(html).find((e) => e.attrs.class === 'nd-text')!.text).toBe(input)
    expect(byClass(html, 'nd-location').filter((e) => e.attrs.title).map((e) => e.text).join('')).toBe('Mali et » le')
  })

  it('escapes all article text', () => {
    const input = 'Titre <script>alert(1)</script> & "co"\n\nCorps <img src=x onerror=alert(2)>.'
    const article = parse(input, {language: 'fr'})
    expect(positionErrors(input, article)).toEqual([])
    const evil: NewsArticle = {...article, headline: '<b onclick="x">H</b>', authors: [{name: '"><script>alert(3)</script>'}]}
    const html = toHtml(evil, input)
    const tags = elements(html).map((e) => e.tag)
    expect(tags).not.toContain('script')
    expect(tags).not.toContain('img')
    expect(elements(html).filter((e) => e.tag === 'b' && e.attrs.onclick)).toEqual([])
    expect(elements(html).find((e) => e.attrs.class === 'nd-text')!.text).toBe(input)
    expect(elements(html).find((e) => e.tag === 'title')!.text).toBe('<b onclick="x">H</b>')
  })

  it('is a self-contained page: no script, no external resource', () => {
    const html = toHtml(sampleArticle(), SAMPLE)
    const els = elements(html)
    expect(els.filter((e) => ['script', 'link', 'img', 'iframe'].includes(e.tag))).toEqual([])
    expect(els.filter((e) => e.attrs.src !== undefined || e.attrs.href !== undefined)).toEqual([])
    expect(els.find((e) => e.tag === 'html')!.attrs.lang).toBe('fr')
  })

  it.skipIf(!hasShared)('renders the Le Matin fixture', () => {
    const input = readShared('fixtures/le-matin-aes-2025-06-26.txt')
    const article = parse(input)
    const html = toHtml(article, input)
    expect(elements(html).find((e) => e.attrs.class === 'nd-text')!.text).toBe(input)
    expect(byClass(html, 'nd-headline').some((e) => e.text === article.headline)).toBe(true)
  })
})
