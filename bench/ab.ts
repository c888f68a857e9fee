/**
 * `node --expose-gc --single-threaded --import tsx bench/ab.ts --base DIR [--per-corpus N] [--rounds N] [--warmup N] [--seed N] [--no-check]`
 *
 * A/B timing of a speed change: `parseArticle` of another tree (`--base`, a
 * checkout or worktree of this repository, e.g. `../main` at the commit a
 * branch started from) against this tree, both bundled with esbuild the way
 * `bench/index.ts` times newsdown (`bundleModule`), on the same fixed sample
 * of `../shared/corpus` (`bench/data.ts`), with the paired, interleaved
 * rounds of `bench/paired.ts` (garbage collection forced and charged to the
 * arm that ran, with `--expose-gc`). Prints this tree's time over the base's
 * with its 95% bootstrap interval over rounds, overall and per language.
 *
 * First (unless `--no-check`) it checks that both trees give the same output
 * (`JSON.stringify` of the whole article, positions included) on every text
 * of the sample: a speed change should change no output, and a difference is
 * printed with the text's id.
 *
 * Much cheaper than `npm run bench` (no competitors, no steps, no scaling),
 * and it compares two versions of newsdown directly, so both sides of the
 * ratio share the machine's load (on a shared machine the ratio to
 * remark-parse drifts between runs more than a change of a few percent).
 */
import {fileURLToPath} from 'node:url'
import {bundleModule} from './cold.js'
import {sample, type SampleText} from './data.js'
import {armTime, bootstrap, makeBatches, runPaired, seededRandom, type Arm} from './paired.js'

interface Options {
  base: string
  perCorpus: number
  rounds: number
  warmup: number
  seed: number
  check: boolean
}

const usage = 'Usage: node --expose-gc --single-threaded --import tsx bench/ab.ts --base DIR [--per-corpus N] [--rounds N] [--warmup N] [--seed N] [--no-check]'

function parseArgs(argv: string[]): Options {
  const options: Options = {base: '', perCorpus: 20, rounds: 20, warmup: 10, seed: 1, check: true}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--base') options.base = argv[++i] ?? ''
    else if (arg === '--no-check') options.check = false
    else if (arg === '--per-corpus' || arg === '--rounds' || arg === '--warmup' || arg === '--seed') {
      const value = Number(argv[++i])
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number. ${usage}`)
      const key = ({'--per-corpus': 'perCorpus', '--rounds': 'rounds', '--warmup': 'warmup', '--seed': 'seed'} as const)[arg]
      options[key] = value
    } else throw new Error(`Unknown option ${arg}. ${usage}`)
  }
  if (options.base === '') throw new Error(`--base is required. ${usage}`)
  if (options.rounds < 2) throw new Error(`--rounds needs at least 2. ${usage}`)
  return options
}

type Parse = (text: string) => unknown

/** `parseArticle` of the tree at `root`, bundled to `bench/out/ab-NAME.mjs`. */
async function load(root: string, name: string): Promise<Parse> {
  const entry = JSON.stringify(root.replace(/\/?$/, '/') + 'src/index.ts')
  const url = bundleModule(`export {parseArticle} from ${entry}`, fileURLToPath(new URL(`./out/ab-${name}.mjs`, import.meta.url)))
  return ((await import(url)) as {parseArticle: Parse}).parseArticle
}

interface Batch {
  language: 'en' | 'fr'
  texts: readonly SampleText[]
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const log = (s: string) => process.stderr.write(s + '\n')
  const base = await load(options.base, 'base')
  const here = await load(fileURLToPath(new URL('..', import.meta.url)), 'here')
  const texts = sample(options.perCorpus)
  if (options.check) {
    let differ = 0
    for (const t of texts) {
      if (JSON.stringify(base(t.text)) === JSON.stringify(here(t.text))) continue
      differ++
      log(`output differs: ${t.corpus} ${t.id}`)
    }
    log(`output check: ${texts.length} texts, ${differ} differ`)
  }
  const batches: Batch[] = makeBatches(texts, (t) => t.text.length, (t) => t.corpus, 8000).map((group) => ({language: group[0]!.language, texts: group}))
  const arm = (name: string, parse: Parse): Arm<Batch> => ({name, run: (batch) => void batch.texts.forEach((t) => parse(t.text))})
  const arms = [arm('base', base), arm('here', here)]
  const random = seededRandom(options.seed)
  runPaired(arms, batches, options.warmup, random)
  const times = runPaired(arms, batches, options.rounds, random, (r) => {
    if ((r + 1) % 5 === 0) log(`round ${r + 1}/${options.rounds}`)
  })
  const all = Array.from({length: times.rounds}, (_, i) => i)
  for (const subset of [{name: 'all', pick: () => true}, {name: 'en', pick: (b: number) => batches[b]!.language === 'en'}, {name: 'fr', pick: (b: number) => batches[b]!.language === 'fr'}]) {
    const ratio = bootstrap(times.rounds, (rs) => armTime(times.cpu, 1, rs, subset.pick) / armTime(times.cpu, 0, rs, subset.pick), random)
    const ms = (a: number) => armTime(times.cpu, a, all, subset.pick).toFixed(0)
    console.log(`${subset.name}: base ${ms(0)} ms, here ${ms(1)} ms; here / base ${ratio.value.toFixed(3)} (95% ${ratio.low.toFixed(3)}–${ratio.high.toFixed(3)})`)
  }
}

await main()
