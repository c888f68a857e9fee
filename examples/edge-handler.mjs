// A Cloudflare Worker (or any edge runtime with `fetch` handlers):
// POST an article as the request body, get its schema.org JSON-LD back.
//   curl -X POST --data-binary @article.txt 'https://…/?url=https://example.com/a'
import {parseArticle, toJsonLd} from 'newsdown'

export default {
  /**
   * @param {Request} request
   * @returns {Promise<Response>}
   */
  async fetch(request) {
    if (request.method !== 'POST') {
      return new Response('POST an article (plain text or Markdown) as the body\n', {status: 405, headers: {allow: 'POST'}})
    }
    const text = await request.text()
    if (text.length > 1_000_000) return new Response('Article too long\n', {status: 413})
    const params = new URL(request.url).searchParams
    const language = params.get('lang') ?? undefined
    let article
    try {
      article = parseArticle(text, language ? {language} : {})
    } catch (error) {
      return new Response(`${error.message}\n`, {status: 400})
    }
    const url = params.get('url') ?? undefined
    const jsonLd = toJsonLd(article, url ? {url} : {})
    return new Response(JSON.stringify(jsonLd), {headers: {'content-type': 'application/ld+json; charset=utf-8'}})
  }
}
