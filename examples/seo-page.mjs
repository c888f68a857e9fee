// Generate an article page whose <head> carries its schema.org JSON-LD, for
// search engines. Usage: node examples/seo-page.mjs <file> [url] > page.html
import {readFile} from 'node:fs/promises'
import {parseArticle, toJsonLdScript} from 'newsdown'

const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * @param {string} text The article.
 * @param {string} [url] Its canonical URL.
 * @returns {string} The page.
 */
export function renderPage(text, url) {
  const article = parseArticle(text)
  const head = [
    '<meta charset="utf-8">',
    `<title>${escape(article.headline ?? 'Article')}</title>`,
    url ? `<link rel="canonical" href="${escape(url)}">` : '',
    // Safe to embed as is: `<`, `>`, `&`, U+2028 and U+2029 are escaped.
    toJsonLdScript(article, url ? {url} : {})
  ].filter(Boolean)
  const body = article.body.map((p) => `<p>${escape(p.text)}</p>`).join('\n')
  return `<!doctype html>
<html lang="${escape(article.language)}">
<head>
${head.join('\n')}
</head>
<body>
<article>
<h1>${escape(article.headline ?? '')}</h1>
${body}
</article>
</body>
</html>
`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, url] = process.argv.slice(2)
  if (!file) {
    console.error('Usage: node examples/seo-page.mjs <file> [url]')
    process.exit(2)
  }
  process.stdout.write(renderPage(await readFile(file, 'utf8'), url))
}
