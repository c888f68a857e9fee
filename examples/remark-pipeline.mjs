// newsdown in a remark pipeline: the article lands on `file.data.article`,
// its diagnostics become vfile messages (with place, ruleId, source).
// Usage: node examples/remark-pipeline.mjs <file.md>
import {readFile} from 'node:fs/promises'
import {remarkNewsArticle} from 'newsdown'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'

const path = process.argv[2]
if (!path) {
  console.error('Usage: node examples/remark-pipeline.mjs <file.md>')
  process.exit(2)
}

const file = new VFile({path, value: await readFile(path, 'utf8')})
const processor = unified().use(remarkParse).use(remarkNewsArticle)
await processor.run(processor.parse(file), file)

const article = file.data.article
console.log(`${article.headline ?? '(no headline)'} — ${article.authors.map((a) => a.name).join(', ') || 'no byline'}`)
console.log(`${article.entities.length} entities, ${article.quotes.length} quotes, ${article.wordCount} words`)
for (const message of file.messages) {
  // e.g. press-release.md:3:1-3:20: … [newsdown:weekday-mismatch]
  console.log(`${String(message)} [${message.source}:${message.ruleId}]`)
}
