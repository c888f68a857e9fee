/**
 * Hostile input, each case asserted on its result (never on its time).
 *
 * Large cases run in a worker thread (`test/fuzz/in-worker.ts`) stopped by a
 * generous guard, so that a parse that hangs fails here instead of blocking
 * the suite; their results are checked in this thread with the same JSON
 * Schema validator as `parse()` of the helpers, plus the position checks.
 *
 * Decision for very large input: `maxLength` (default 2,000,000 UTF-16 code
 * units, about 2 MB of text — forty times a long article) rejects longer input
 * with `InputTooLargeError` before any work. 10 MB on one line is rejected.
 */
import {afterAll, describe, expect, it} from 'vitest'
import {
  DEFAULT_MAX_LENGTH,
  InputTooLargeError,
  NewsdownError,
  parseArticle,
  toHtml,
  toJsonLd,
  toJsonLdScript,
  type NewsArticle
} from '../src/index.js'
import {pointErrors} from './fuzz/check.js'
import {parseInWorker, stopWorker} from './fuzz/in-worker.js'
import {parse, positionErrors, schemaErrors} from './helpers.js'

afterAll(stopWorker)

/** Parses `input` in the worker and checks the result; returns the article. */
async function hostile(input: string): Promise<NewsArticle> {
  const result = await parseInWorker(input, undefined, 60_000)
  if (result.error) throw new Error(`parseArticle threw ${result.error.name}: ${result.error.message}\n${result.error.stack}`)
  const article = result.article
  expect(schemaErrors(JSON.parse(JSON.stringify(article)))).toEqual([])
  expect(positionErrors(input, article)).toEqual([])
  expect(pointErrors(input, article)).toEqual([])
  // No amplification beyond one result per mention: the output stays proportional to the input.
  expect(JSON.stringify(article).length).toBeLessThan(20 * input.length + 100_000)
  return article
}

const bodyText = (article: NewsArticle) => article.body.map((p) => p.text).join('\n')

describe('input limits', () => {
  it('rejects 10 MB on one line with InputTooLargeError, before any work', () => {
    const input = 'Le conseil a voté. '.repeat(Math.ceil(10_000_000 / 19)).slice(0, 10_000_000)
    let error: unknown
    try {
      parseArticle(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputTooLargeError)
    expect(error).toBeInstanceOf(NewsdownError)
    expect(error).toMatchObject({code: 'input-too-large', length: 10_000_000, maxLength: DEFAULT_MAX_LENGTH})
  })

  it('accepts input of exactly maxLength and rejects one more character', () => {
    const input = '# Titre\n\nUn texte court.'
    expect(parse(input, {maxLength: input.length}).headline).toBe('Titre')
    expect(() => parseArticle(input + '!', {maxLength: input.length})).toThrow(InputTooLargeError)
  })

  it('rejects non-string input with its typed error', () => {
    for (const value of [null, undefined, 42, {}, ['texte'], Buffer.from('texte')]) {
      expect(() => parseArticle(value as never)).toThrow(NewsdownError)
    }
  })
})

describe('hostile input', () => {
  it('1 million « (unbalanced quote marks)', async () => {
    const article = await hostile('«'.repeat(1_000_000))
    expect(article.quotes).toEqual([])
    expect(article.diagnostics.length).toBeLessThanOrEqual(100)
  })

  it('200,000 balanced « a » pairs on one line', async () => {
    const input = '« a » '.repeat(200_000)
    const article = await hostile(input)
    for (const quote of article.quotes.slice(0, 100)) expect(quote.text.trim()).toBe('a')
  })

  it('100,000 nested > blockquotes (no spaces, and spaced)', async () => {
    for (const marker of ['>', '> ']) {
      const article = await hostile(marker.repeat(100_000) + ' texte final')
      expect(bodyText(article)).toContain('texte final')
    }
  })

  it('100,000 list items, and a list nested 100,000 deep', async () => {
    const flat = await hostile('- élément\n'.repeat(100_000))
    expect(bodyText(flat)).toContain('élément')
    const deep = await hostile('- '.repeat(100_000) + 'fin')
    expect(bodyText(deep)).toContain('fin')
  })

  it('no whitespace at all (1 MB of letters and punctuation)', async () => {
    const article = await hostile('Lemonde.Paris,mardi;«Bonjour»,a-t-il:dit!'.repeat(25_000))
    expect(article.format).toBe('text')
    expect(article.body.length).toBeGreaterThan(0)
  })

  it('no whitespace at all, dense with quote marks', async () => {
    await hostile('abcdéfghij.,;«»"'.repeat(62_500))
  })

  it('every code point class: all UTF-16 code units, lone surrogates included, and astral code points', async () => {
    let input = ''
    for (let c = 0; c < 0x10000; c++) input += String.fromCharCode(c) + (c % 120 === 119 ? '\n' : '')
    for (let c = 0x10000; c <= 0x10ffff; c += 97) input += String.fromCodePoint(c)
    const article = await hostile(input)
    expect(article.body.length).toBeGreaterThan(0)
  })

  it('lone surrogates inside headline, quote and name', async () => {
    const input = '\ud800Titre \udc00 de l’article\n\n« Bon\ud83djour », a déclaré Jean \udfff Dupont, maire de Lyon.\n'
    const article = await hostile(input)
    expect(article.headline).toBe('\ud800Titre \udc00 de l’article')
    expect(JSON.parse(JSON.stringify(article))).toEqual(article)
  })

  it('NUL bytes everywhere', async () => {
    const input = 'Titre\0 de l’article\n\n\0Par\0 Jean Dupont\0\n\n« Bonjour\0 », a dit\0 Jean.\0\0\0'
    const article = await hostile(input)
    expect(article.diagnostics.map((d) => d.code)).toContain('binary-content')
    expect(article.headline).toBe('Titre\0 de l’article')
  })

  it('a NUL read by the Markdown parser as U+FFFD, before a real U+FFFD, does not shift the spans after it', async () => {
    // The Markdown fuzz suite's counterexample: the NUL's U+FFFD was aligned with the real one two characters on, and
    // the quote of the setext heading got an empty position.
    const input = '\0.\ufffd\n«le.», a déclaré  .\nle\n===\n> le.'
    const article = await hostile(input)
    const quote = article.quotes[0]!
    expect(quote.text).toBe('le.')
    expect(input.slice(quote.position.start.offset, quote.position.end.offset)).toBe('le.')
  })

  it('a byline line of 50,000 names does not derail the rest of the article', async () => {
    const names = Array.from({length: 50_000}, (_, i) => `Camille Martin${i % 10 === 0 ? '' : ' ' + 'ABCDEFGHIJ'[i % 10]}`)
    const input = `Le budget de la ville adopté après six heures de débat\n\nPar ${names.join(', ')}\n\nLes élus ont adopté mardi soir le budget de la ville.\n`
    const article = await hostile(input)
    expect(article.headline).toBe('Le budget de la ville adopté après six heures de débat')
    expect(bodyText(article)).toContain('Les élus ont adopté mardi soir le budget de la ville.')
    expect(article.authors.length).toBeLessThanOrEqual(50_000)
  })

  it('100 KB of spaces after a byline word and after a quoted word of a headline (two space runs read in a row there)', async () => {
    for (const run of [' ', '\u00a0', ' :']) {
      const spaces = run.repeat(Math.floor(100_000 / run.length))
      const fr = await hostile(`Le maire « recule »${spaces}Sur le budget\n\nPar${spaces}Camille Martin\n\nLes élus ont adopté mardi soir le budget de la ville.\n`)
      expect(bodyText(fr), JSON.stringify(run)).toContain('Les élus ont adopté mardi soir le budget de la ville.')
      const en = await hostile(`Mayor 'backs down'${spaces}on budget\n\nBy${spaces}Jane Smith\n\nCouncillors adopted the city budget on Tuesday night.\n`)
      expect(bodyText(en), JSON.stringify(run)).toContain('Councillors adopted the city budget on Tuesday night.')
    }
  })

  it('long runs of one character (spaces, NBSP, punctuation, quote marks, Markdown markers)', async () => {
    for (const run of [' ', '\u00a0', '\t', '.', ',', '«', '"', '-', '#', '*', 'a ', '\n']) {
      const article = await hostile(`Le titre de l'article\n\nDébut du texte ${run.repeat(Math.floor(300_000 / run.length))} fin du texte.\n`)
      expect(bodyText(article), JSON.stringify(run)).toContain('fin du texte.')
    }
  })

  it('300,000 short lines after a blank line (plain text: one block, no call stack overflow)', async () => {
    // Spreading the line lengths into Math.max overflowed the call stack here.
    const input = 'Le titre de la dépêche\n\n' + 'Oui.\n'.repeat(200_000) + 'ab cd\n'.repeat(100_000) + 'Fin du texte.'
    expect(input.length).toBeLessThan(DEFAULT_MAX_LENGTH)
    const article = await hostile(input)
    expect(article.headline).toBe('Le titre de la dépêche')
    expect(bodyText(article)).toContain('Fin du texte.')
  })

  it('one line just under the limit (1.9 MB of prose without line breaks)', async () => {
    const input = 'Le ministre a déclaré mardi que la situation était « grave » à Paris. '.repeat(27_000)
    expect(input.length).toBeLessThan(DEFAULT_MAX_LENGTH)
    const article = await hostile(input)
    expect(article.wordCount).toBeGreaterThan(100_000)
  })

  it('a text read with the wrong locale: a name inside an elided word opens no token of its own', () => {
    // English does not split `l’`: the name run `Israel` starts inside the word `l’Israel`, before the quote that it may attribute.
    const input = 'Trump avertit l’Israel : « Il faut arrêter tout de suite »\n\nLe président a parlé hier soir à la presse.'
    for (const language of ['en', 'fr']) {
      const article = parse(input, {language})
      expect(article.quotes.map((q) => q.text), language).toEqual(['Il faut arrêter tout de suite'])
      expect(positionErrors(input, article), language).toEqual([])
    }
  })
  it('a quote whose only words before it are masked: no candidate outside the block opens its sentence', () => {
    // Found by the Markdown fuzz run: the quote's sentence opener was looked up past the block's last token.
    const input = '> 𐊀Ꭰ一‹   .\nPARIS (Reuters) -\n›\n    *  .\n> le.'
    const article = parse(input)
    expect(article.quotes.map((q) => q.speaker)).toEqual([null])
    expect(positionErrors(input, article)).toEqual([])
  })
  it('a speaker named inside the quote it attributes qualifies no role: the tokens of the block do not reach the name', () => {
    // Found by a mutated-corpus fuzz run: a quote opening its paragraph, cut by `, informe X.`, with words after the
    // closing mark. The name lies in the masked quote, so no token of the block starts at it; describedRole read the
    // token before the first one.
    const input = '« Le scrutin est reporté, informe Moussa Sall. Nous attendons la décision » dans les prochains jours.'
    for (const language of ['fr', 'en']) {
      const article = parse(input, {language})
      expect(article.quotes.length, language).toBeGreaterThan(0)
      expect(positionErrors(input, article), language).toEqual([])
    }
    const fr = parse(input, {language: 'fr'})
    expect(fr.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Le scrutin est reporté', 'Moussa Sall'],
      ['Nous attendons la décision', 'Moussa Sall']
    ])
  })
  it('a quote with character references in Markdown: its text is made of its parts and what the references between them stand for', () => {
    // Found by a mutated-corpus fuzz run: the text holds `é` for `&eacute;`, which no part (a slice of the input) holds.
    const input = '# Le budget adopté\n\n« Le d&eacute;bat est clos, place au vote de l&#39;Assembl&#233;e », a déclaré Awa Ndiaye.'
    const article = parse(input, {format: 'markdown', language: 'fr'})
    expect(article.quotes.map((q) => q.text)).toEqual(["Le débat est clos, place au vote de l'Assemblée"])
    expect(article.quotes[0]!.parts?.map((p) => p.text)).toEqual(['Le d', 'bat est clos, place au vote de l', 'Assembl', 'e'])
    expect(positionErrors(input, article)).toEqual([])
    // A part whose letters are not the text's is still caught.
    const wrong = {...article.quotes[0]!, text: "Le débat est clos, place au vote de l'Assemblée nationale"}
    expect(positionErrors(input, {quotes: [wrong]})).toHaveLength(1)
  })
  it('two character references in a row: each stands for its own characters, so the quote ends after the last', () => {
    // Found by the Markdown fuzz run once its fragments held references: `&#x41;` took the `B` of `&#66;` too, and the
    // quote's position stopped before `&#66;` while its text ended with `B`.
    const input = 'Le vote est fixé.\n\n« Le caf&eacute;&eacute; du Cap-Vert et l&#8217;&#201;tat », a dit **Awa Ndiaye**.'
    const article = parse(input, {format: 'markdown', language: 'fr'})
    const quote = article.quotes[0]!
    expect(quote.text).toBe('Le caféé du Cap-Vert et l’État')
    expect(input.slice(quote.position.end.offset)).toMatch(/^ »/)
    expect(positionErrors(input, article)).toEqual([])
  })
})

describe('prototype pollution', () => {
  it('front matter keys __proto__, constructor and prototype are plain data', () => {
    const input = `---
__proto__: {"polluted": "yes"}
constructor: {"prototype": {"polluted": "yes"}}
prototype: polluted
title: Un titre sûr
author: [__proto__, constructor]
---

Le conseil municipal a voté le budget mardi soir.
`
    const article = parse(input)
    expect(positionErrors(input, article)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype)
    expect(article.headline).toBe('Un titre sûr')
    expect(article.authors.map((a) => a.name)).toEqual(['__proto__', 'constructor'])
  })

  it('words that are Object.prototype keys in the text break no lookup', () => {
    const input = `Constructor ToString et HasOwnProperty

Par Constructor Prototype et ValueOf Dupont

PARIS — Le __proto__ a dit « constructor toString valueOf », a déclaré __proto__ Constructor. hasOwnProperty isPrototypeOf __defineGetter__ propertyIsEnumerable toLocaleString.
`
    for (const language of ['fr', 'en']) {
      const article = parse(input, {language})
      expect(positionErrors(input, article)).toEqual([])
      expect(pointErrors(input, article)).toEqual([])
      expect(article.headline).toBe('Constructor ToString et HasOwnProperty')
      for (const entity of article.entities) expect(typeof entity.type).toBe('string')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('outputs are safe to embed', () => {
  const input = `# </script><script>alert(1)</script> <!-- <img src=x onerror=alert(2)>

Par Jean </script> Dupont

PARIS — « </script><script>alert(3)</script> \u2028 », a déclaré <b onmouseover=alert(4)>Marie</b> Curie à l'<iframe src=javascript:alert(5)>ONU.
`

  it('toJsonLdScript: article text cannot close the script element or open a comment', () => {
    const article = parse(input)
    expect(article.headline).toContain('</script>')
    const html = toJsonLdScript(article, {articleBody: true})
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.indexOf('</script')).toBe(html.length - '</script>'.length)
    expect(html.slice(0, -"</script>".length)).not.toMatch(/<\/|<!--/)
    const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(json).not.toMatch(/[<>\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(toJsonLd(article, {articleBody: true}))))
  })

  it('toHtml: no element or attribute comes from the article text', () => {
    const article = parse(input)
    const html = toHtml(article, input)
    expect(html).not.toMatch(/<(?:script|iframe|img)\b/i)
    expect(html).not.toMatch(/<[a-z][^<>]*\s(?:on[a-z]+|src)=/i)
    expect(html).toContain('&lt;/script&gt;')
  })
})
