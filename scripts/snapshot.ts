/**
 * `npx tsx scripts/snapshot.ts take <out.jsonl>`   — parse the check texts, write their snapshot, print its fingerprint
 * `npx tsx scripts/snapshot.ts compare <a.jsonl> <b.jsonl> [--quiet]` — list every output line that moved
 *
 * The check texts: every article of `../shared/eval/dev.jsonl` and of the sets
 * in `eval/`, then the benchmarks' `sample(100)` (100 evenly spaced texts per
 * corpus file), each once. Run `take` in two trees (a helper's worktree and the
 * tree it started from) and `compare` the two files: a refactor must print
 * `0 changed texts` (the fingerprints agree), and a rule's changes are read one
 * by one, unseen text especially. Lines are those of `scripts/eval/snapshot.ts`.
 */
import {createHash} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {corpora, readTexts, sample} from '../bench/data.js'
import {parseArticle} from '../src/index.js'
import {annotatedIds, readJsonl} from './eval/gold.js'
import {compareSnapshots, snapshotLine, type SnapshotLine} from './eval/snapshot.js'

const usage = `Usage: npx tsx scripts/snapshot.ts take <out.jsonl>
       npx tsx scripts/snapshot.ts compare <a.jsonl> <b.jsonl> [--quiet]`

/** The check texts: every annotated article, then `sample(100)`, each once. */
function checkIds(): string[] {
  return [...new Set([...annotatedIds(), ...sample(100).map((t) => t.id)])]
}

function main(argv: string[]): number {
  const [command, a, b] = argv.filter((x) => !x.startsWith('--'))
  if (command === 'take' && a) {
    const texts = new Map<string, string>()
    for (const {file} of corpora) for (const r of readTexts(file)) texts.set(r.id, r.text)
    const out: string[] = []
    for (const id of checkIds()) {
      const text = texts.get(id)
      if (text !== undefined) out.push(JSON.stringify(snapshotLine(id, parseArticle(text))))
    }
    const body = out.join('\n') + '\n'
    writeFileSync(a, body)
    console.log(`${out.length} texts, fingerprint ${createHash('sha256').update(body).digest('hex').slice(0, 8)}`)
    return 0
  }
  if (command === 'compare' && a && b) {
    const read = (path: string) => readJsonl(path) as unknown as SnapshotLine[]
    const before = read(a)
    const {changed, changes} = compareSnapshots(before, read(b))
    if (!argv.includes('--quiet')) {
      let id = ''
      for (const c of changes) {
        if (c.id !== id) console.log(`== ${(id = c.id)}`)
        console.log(`  ${c.sign} ${c.field} ${c.value}`)
      }
    }
    console.log(`${changed} changed texts of ${before.length}`)
    return 0
  }
  console.error(usage)
  return 2
}

process.exitCode = main(process.argv.slice(2))
