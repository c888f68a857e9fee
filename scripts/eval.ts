/**
 * `npm run eval -- <gold.jsonl> [<corpus dir>] [--json] [--verbose] [--field F] [--limit N] [--against F]`
 *
 * Scores `parseArticle` against gold annotations (`../shared/eval/README.md`,
 * or a stand-off set `eval/*.standoff.jsonl`, decoded from the corpus first)
 * or against a corpus file whose gold lives in each record
 * (`../shared/corpus/{reuters21578,markdown,en-wire,fr}/…jsonl`, detected
 * from the records; force with `--mode gold|corpus`). Prints a table per
 * field and language (`fr`, `en`, `all`). With `--against`, scores a second
 * annotation of the same articles instead of the parser.
 */
import {resolve} from 'node:path'
import {defaultCorpusDir, evaluateAgreement, evaluateCorpus, evaluateGold, isGoldFile, readJsonl, type Miss} from './eval/gold.js'
import {decodeStandoff, isStandoffRecord} from './eval/standoff.js'
import {formatTable} from './eval/stats.js'

const usage = `Usage: npm run eval -- <gold.jsonl> [<corpus dir>] [options]

  <gold.jsonl>     hand-checked gold (../shared/eval/dev.jsonl), a stand-off set
                   (eval/devd14.standoff.jsonl, decoded from the corpus), or a corpus file
                   with its own gold (../shared/corpus/reuters21578/stories.jsonl,
                   markdown/articles.jsonl, en-wire/articles.jsonl, fr/articles.jsonl)
  <corpus dir>     where gold records' texts live (default ../shared/corpus)

Options:
  --json           machine-readable output
  --verbose        list every miss (gold vs predicted) per article
  --field F        score only field F (repeatable or comma-separated):
                   headline, language, datePublished, publisher, datelineLocation,
                   authors, entities (or entities:person …), quotes, diagnostics
  --mode M         gold | corpus (default: detected from the file)
  --limit N        first N records only
  --misses N       with --verbose, at most N misses per field (default: all for gold, 20 for corpus files)
  --against F      score F, a second annotation of the same articles (same format), instead of
                   the parser: how far two annotators agree (no parsing)`

function main(argv: string[]): number {
  const positional: string[] = []
  const fields: string[] = []
  let json = false
  let verbose = false
  let mode: string | undefined
  let limit = Infinity
  let maxMisses: number | undefined
  let against: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${arg} needs a value`)
      return v
    }
    if (arg === '--json') json = true
    else if (arg === '--verbose' || arg === '-v') verbose = true
    else if (arg === '--field' || arg === '--fields') fields.push(...value().split(',').map((f) => f.trim()).filter(Boolean))
    else if (arg.startsWith('--field=')) fields.push(...arg.slice(8).split(',').filter(Boolean))
    else if (arg === '--mode') mode = value()
    else if (arg === '--limit') limit = Number(value())
    else if (arg === '--misses') maxMisses = Number(value())
    else if (arg === '--against') against = resolve(value())
    else if (arg === '--help' || arg === '-h') {
      console.log(usage)
      return 0
    } else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}\n\n${usage}`)
    else positional.push(arg)
  }
  if (positional.length === 0) {
    console.error(usage)
    return 2
  }
  const file = resolve(positional[0]!)
  const corpusDir = positional[1] ? resolve(positional[1]) : defaultCorpusDir
  let records = readJsonl(file)
  if (Number.isFinite(limit)) records = records.slice(0, limit)
  if (records.some(isStandoffRecord)) records = decodeStandoff(records, corpusDir)
  const gold = against !== undefined || (mode ? mode === 'gold' : isGoldFile(records))
  let others: Record<string, unknown>[] = []
  if (against !== undefined) {
    others = readJsonl(against)
    if (others.some(isStandoffRecord)) others = decodeStandoff(others, corpusDir)
  }
  const started = performance.now()
  const progress = !json && process.stderr.isTTY && records.length > 500
  const onArticle = progress
    ? (n: number) => {
        if (n % 1000 === 0) process.stderr.write(`\r${n}/${records.length}`)
      }
    : undefined
  const result =
    against !== undefined
      ? evaluateAgreement(records, others, {fields, onArticle})
      : gold
        ? evaluateGold(records, corpusDir, {fields, onArticle})
        : evaluateCorpus(records, {fields, onArticle})
  if (progress) process.stderr.write('\r')
  const seconds = (performance.now() - started) / 1000
  const figures = result.board.toJSON()

  if (json) {
    console.log(
      JSON.stringify(
        {file, mode: gold ? 'gold' : 'corpus', corpusDir: gold ? corpusDir : undefined, articles: result.articles, seconds, figures, errors: result.errors, misses: verbose ? result.misses : undefined},
        null,
        2
      )
    )
    return 0
  }
  const how = against === undefined ? `${gold ? 'gold' : 'corpus'} mode` : `agreement with ${against}`
  console.log(`${file} (${how}): ${result.articles} records in ${seconds.toFixed(1)} s\n`)
  console.log(formatTable(figures))
  if (result.errors.length > 0) {
    console.log(`\n${result.errors.length} errors (text not found or parse threw); first ones:`)
    for (const e of result.errors.slice(0, 10)) console.log(`  ${e.id}: ${e.error}`)
  }
  if (verbose) printMisses(result.misses, maxMisses ?? (gold ? Infinity : 20))
  return 0
}

function printMisses(misses: Miss[], max: number): void {
  console.log('\nMisses (gold vs predicted):')
  const shown = new Map<string, number>()
  let lastId = ''
  for (const miss of misses) {
    const field = miss.field.split(':')[0] === 'entities' ? miss.field : miss.field
    const n = shown.get(field) ?? 0
    if (n >= max) continue
    shown.set(field, n + 1)
    if (miss.id !== lastId) {
      console.log(`\n${miss.id}`)
      lastId = miss.id
    }
    if (Array.isArray(miss.gold) || Array.isArray(miss.predicted)) {
      console.log(`  ${miss.field}:`)
      for (const g of (miss.gold as unknown[]) ?? []) console.log(`    - missed    ${show(g)}`)
      for (const p of (miss.predicted as unknown[]) ?? []) console.log(`    + ${miss.field === 'quotes:speaker' ? 'predicted' : 'extra    '} ${show(p)}`)
    } else {
      console.log(`  ${miss.field}: gold ${show(miss.gold)}  predicted ${show(miss.predicted)}`)
    }
  }
  const hidden = [...shown.entries()].filter(([f]) => misses.filter((m) => m.field === f).length > max)
  for (const [f] of hidden) console.log(`\n(${misses.filter((m) => m.field === f).length - max} more misses of ${f} not shown; --misses N)`)
}

function show(value: unknown): string {
  if (value && typeof value === 'object' && 'text' in value) {
    const q = value as {text: string; speaker: string | null}
    const text = q.text.length > 90 ? q.text.slice(0, 87) + '…' : q.text
    return `${JSON.stringify(text)} — ${q.speaker === null ? '(no speaker)' : q.speaker}`
  }
  return JSON.stringify(value)
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
}
