/**
 * `npx tsx scripts/select-sealed.ts --seed N [--per-language 32] [--min 800] [--max 7000] > texts.jsonl`
 *
 * Draws the articles of a new honest set (`scripts/eval/select.ts`): French
 * from `fr/articles.jsonl`, English from `bbc/articles.jsonl` of
 * `../shared/corpus`, none of them in `../shared/eval/dev.jsonl`, in a set of
 * `eval/`, or in the benchmarks' `sample(300)`. Prints one `{id, corpus, text}`
 * per line, French first, for the annotators; prints the pool sizes on stderr.
 * Use a seed no earlier set used (eval/README.md lists the sets).
 */
import {readTexts, sample} from '../bench/data.js'
import {seededRandom} from '../bench/paired.js'
import {annotatedIds} from './eval/gold.js'
import {draw, eligible} from './eval/select.js'

const usage = 'Usage: npx tsx scripts/select-sealed.ts --seed N [--per-language 32] [--min 800] [--max 7000] > texts.jsonl'

function main(argv: string[]): number {
  const option = (name: string, fallback?: number): number | undefined => {
    const i = argv.indexOf(name)
    if (i < 0) return fallback
    const value = Number(argv[i + 1])
    return Number.isInteger(value) ? value : Number.NaN
  }
  const seed = option('--seed')
  const perLanguage = option('--per-language', 32)!
  const minChars = option('--min', 800)!
  const maxChars = option('--max', 7000)!
  if (seed === undefined || [seed, perLanguage, minChars, maxChars].some((n) => Number.isNaN(n))) {
    console.error(usage)
    return 2
  }
  const excluded = new Set<string>([...annotatedIds(), ...sample(300).map((t) => t.id)])
  const random = seededRandom(seed)
  for (const corpus of ['fr/articles.jsonl', 'bbc/articles.jsonl']) {
    const pool = eligible(readTexts(corpus), {excluded, minChars, maxChars})
    console.error(`${corpus}: ${pool.length} eligible articles (${excluded.size} ids left out)`)
    for (const r of draw(pool, perLanguage, random)) console.log(JSON.stringify({id: r.id, corpus, text: r.text}))
  }
  return 0
}

process.exitCode = main(process.argv.slice(2))
