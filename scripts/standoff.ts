/**
 * `npx tsx scripts/standoff.ts encode <gold.jsonl> [--corpus DIR] > <set.standoff.jsonl>`
 * `npx tsx scripts/standoff.ts decode <set.standoff.jsonl> [--corpus DIR] > <gold.jsonl>`
 *
 * Converts hand-checked gold (`../shared/eval/README.md`) to stand-off
 * offsets into the corpus texts and back (`scripts/eval/standoff.ts`). The
 * corpus is `../shared/corpus` unless `--corpus` says otherwise. `encode`
 * lists on stderr every string it could not rebuild from the text and exits 1
 * when one of them is not a short date or number.
 */
import {resolve} from 'node:path'
import {defaultCorpusDir, readJsonl} from './eval/gold.js'
import {decodeRecord, encodeRecord, isAllowedLiteral, recordText} from './eval/standoff.js'

const usage = `Usage: npx tsx scripts/standoff.ts encode <gold.jsonl> [--corpus DIR] > <set.standoff.jsonl>
       npx tsx scripts/standoff.ts decode <set.standoff.jsonl> [--corpus DIR] > <gold.jsonl>`

function main(argv: string[]): number {
  const positional: string[] = []
  let corpusDir = defaultCorpusDir
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--corpus') corpusDir = resolve(argv[++i] ?? '')
    else if (arg === '--help' || arg === '-h') {
      console.log(usage)
      return 0
    } else positional.push(arg)
  }
  const [command, file] = positional
  if ((command !== 'encode' && command !== 'decode') || !file) {
    console.error(usage)
    return 2
  }
  const records = readJsonl(resolve(file))
  const lines: string[] = []
  let refused = 0
  for (const record of records) {
    const text = recordText(record, corpusDir)
    if (command === 'decode') {
      lines.push(JSON.stringify(decodeRecord(record, text)))
      continue
    }
    const {record: encoded, literals} = encodeRecord(record, text)
    for (const literal of literals) {
      const allowed = isAllowedLiteral(literal.value)
      if (!allowed) refused++
      console.error(`${allowed ? 'literal' : 'NOT IN TEXT'} ${literal.id} ${literal.field}: ${JSON.stringify(literal.value)}`)
    }
    lines.push(JSON.stringify(encoded))
  }
  process.stdout.write(lines.map((l) => l + '\n').join(''))
  return refused > 0 ? 1 : 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
}
