// A batch run over a JSON Lines file of {"id", "text"} records, in process,
// one line at a time (memory stays flat): prints one summary line per article.
// For big batches on all cores, use the command line instead:
//   npx newsdown batch articles.jsonl > parsed.jsonl
// Usage: node examples/batch.mjs <in.jsonl>
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {parseArticle, toJsonLd} from 'newsdown'

const path = process.argv[2]
if (!path) {
  console.error('Usage: node examples/batch.mjs <in.jsonl>')
  process.exit(2)
}

let lineNo = 0
let failed = 0
for await (const line of createInterface({input: createReadStream(path), crlfDelay: Infinity})) {
  lineNo++
  if (line.trim() === '') continue
  let id = null
  try {
    const record = JSON.parse(line)
    id = record.id ?? null
    const article = parseArticle(record.text)
    const ld = toJsonLd(article)
    console.log(JSON.stringify({id, headline: ld.headline ?? null, author: (ld.author ?? []).map((a) => a.name), datePublished: ld.datePublished ?? null}))
  } catch (error) {
    failed++
    console.log(JSON.stringify({id, error: `${path}:${lineNo}: ${error.message}`}))
  }
}
if (failed > 0) process.exitCode = 1
