// Parse an article file and print what newsdown found.
// Usage: node examples/parse-file.mjs <file> [language]
import {readFile} from 'node:fs/promises'
import {parseArticle} from 'newsdown'

const [file, language] = process.argv.slice(2)
if (!file) {
  console.error('Usage: node examples/parse-file.mjs <file> [language]')
  process.exit(2)
}

const text = await readFile(file, 'utf8')
const article = parseArticle(text, language ? {language} : {})

console.log('Headline:', article.headline ?? '(none)')
console.log('Authors: ', article.authors.map((a) => a.name).join(', ') || '(none)')
console.log('Date:    ', article.datePublished ?? '(none)')
console.log('Quotes:  ', article.quotes.length)
for (const quote of article.quotes) {
  const where = `${quote.position.start.line}:${quote.position.start.column}`
  console.log(`  ${where} “${quote.text}” — ${quote.speaker?.name ?? 'unknown'}`)
}
for (const d of article.diagnostics) {
  console.error(`${file}:${d.position.start.line}:${d.position.start.column}: ${d.severity}: ${d.message} [${d.code}]`)
}
