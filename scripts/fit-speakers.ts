/**
 * Fits the weights of the speaker ranker (`src/quotes/ranking.ts`) on gold
 * speakers: a conditional logit (a softmax over each quote's candidates),
 * L2-regularised, by plain gradient descent.
 *
 * Usage:
 *   npx tsx scripts/fit-speakers.ts [options] <name>=<gold.jsonl>[,<gold.jsonl>…] …
 *
 * Each argument is one set (a fold of the cross-validation); a set may hold
 * several files (`set2=a-fr.jsonl,a-en.jsonl`). Texts are read from
 * `../shared/corpus` like `scripts/eval.ts` does.
 *
 * Options:
 *   --lambda L     L2 weight (default 1)
 *   --drop a,b     features left out (weight 0); `x*` leaves out those starting with x
 *   --lang L       only the articles in language L (a model per language)
 *   --prior P      L2 pulls the weights towards the cascade alone (weight P on its choice), not 0
 *   --anchor       L2 pulls the weights towards the shipped ones (`src/quotes/speaker-weights.ts`), not 0:
 *                  a refit on new gold that keeps what the shipped weights learnt from gold no longer at hand
 *   --current      no fit: every fold scores the shipped weights (the baseline for --anchor)
 *   --cv           leave-one-set-out cross-validation: fit on the other sets, score the left-out one
 *                  by parsing it with those weights, beside the cascade alone
 *   --quick        the same cross-validation from the features collected once (no parse per fold;
 *                  headline quotes aside, the same figures), with what changed per kind of quote
 *   --margin M     another candidate must beat the cascade's by M to replace it (added to the
 *                  weights of the cascade's choice, so `--write` ships it)
 *   --folds a,b    with --cv/--quick: leave out only these sets in turn (default: every set)
 *   --test a,b     with --cv/--quick: fit once on every set not listed, score each listed one
 *   --train a,b    fit only on these sets (default: every set not left out)
 *   --untuned a,b  with --cv/--quick: also total these folds apart (the sets no rule was written from)
 *   --stats        the cascade's errors whose right speaker is a candidate: branches and features
 *   --write        fit on all sets and write `src/quotes/speaker-weights.ts` (or `--out <file>`)
 */
import {writeFileSync} from 'node:fs'
import {basename} from 'node:path'
import {defaultPipeline} from '../src/default-pipeline.js'
import {parseArticle} from '../src/index.js'
import {SPEAKER_FEATURES, speakerRanker, type RankQuote, type RankRow, type SpeakerWeights} from '../src/quotes/ranking.js'
import {SPEAKER_WEIGHTS} from '../src/quotes/speaker-weights.js'
import {createAttributionRefiner} from '../src/refiners/attribution.js'
import {corpusRecord, defaultCorpusDir, localeTitles, readJsonl} from './eval/gold.js'
import {scoreQuotes, speakerRight} from './eval/score.js'

type Article = {set: string; lang: string; text: string; language?: string; gold: {text: string; speaker: string | null}[]}
/** A quote's candidates: feature rows and which of them are right. */
type Group = {set: string; lang: string; x: Float64Array[]; right: boolean[]; cascade: number; branch: string}

const titles = localeTitles()
/** Weight of the cascade's choice that L2 pulls towards (`--prior`; 0: towards 0). */
let PRIOR = 0
/** How much another candidate must beat the cascade's choice by (`--margin`). */
let MARGIN = 0
/** Pull towards the shipped weights (`--anchor`), or score them unfitted (`--current`). */
let ANCHOR = false
let CURRENT = false
const F = SPEAKER_FEATURES.length

function readSets(args: string[]): Article[] {
  const out: Article[] = []
  for (const arg of args) {
    const [set, files] = arg.includes('=') ? (arg.split('=') as [string, string]) : [basename(arg), arg]
    for (const file of files.split(',')) {
      for (const rec of readJsonl(file)) {
        const gold = rec.gold as {language?: string; quotes?: {text: string; speaker?: string | null}[]}
        const c = corpusRecord(defaultCorpusDir, rec.corpus as string, rec.id as string) as {text: string; language?: string}
        const lang = (gold.language ?? c.language ?? 'x').slice(0, 2)
        out.push({set, lang, text: c.text, language: c.language, gold: (gold.quotes ?? []).map((q) => ({text: q.text, speaker: q.speaker ?? null}))})
      }
    }
  }
  return out
}

function pipelineWith(weights: SpeakerWeights | null, onRows?: (quote: number, rows: RankRow[], cascade: RankQuote) => void) {
  const attribution = createAttributionRefiner({ranker: speakerRanker(weights, onRows)})
  return defaultPipeline.map((step) => (step.name === 'attribution' ? attribution : step))
}

/** Parses every article once, collecting each matched quote's candidates and labels. */
function collect(articles: Article[]): Group[] {
  const groups: Group[] = []
  let rows: RankRow[][] = []
  let branches: string[] = []
  const pipeline = pipelineWith(null, (n, r, q) => {
    rows[n] = r
    branches[n] = q.branch + (q.chosen === null ? ':none' : '')
  })
  for (const a of articles) {
    rows = []
    branches = []
    const parsed = parseArticle(a.text, {...(a.language ? {language: a.language} : {}), pipeline})
    const predicted = parsed.quotes.map((q) => ({text: q.text, speaker: q.speaker?.name ?? null}))
    const {matching} = scoreQuotes(a.gold, predicted, titles)
    for (const [g, p] of matching.pairs) {
      const r = rows[p]
      if (!r) continue
      const gold = a.gold[g]!.speaker
      groups.push({
        set: a.set,
        lang: a.lang,
        x: r.map((row) => row.features),
        right: r.map((row) => speakerRight(gold, row.name, titles)),
        cascade: r.findIndex((row) => row.features[0] === 1 || (row.key === null && row.features[SPEAKER_FEATURES.indexOf('none:cascade')] === 1)),
        branch: branches[p]!
      })
    }
  }
  return groups
}

/** Conditional logit, L2-regularised, by gradient descent (quotes with no right candidate are left out). */
function fit(groups: Group[], lambda: number, drop: ReadonlySet<number>, iterations = 1500): Float64Array {
  const prior = PRIOR
  // The prior: the cascade alone (weight `prior` on its choice); L2 pulls towards it.
  const w0 = ANCHOR || CURRENT ? shipped() : new Float64Array(F)
  if (CURRENT) return w0
  if (!ANCHOR) w0[SPEAKER_FEATURES.indexOf('cascade')] = prior
  const w = w0.slice()
  const usable = groups.filter((g) => g.right.some(Boolean)).map((g) => ({right: g.right, x: g.x.map(sparse)}))
  const n = Math.max(1, usable.length)
  let rate = 1
  let previous = Infinity
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(F)
    let loss = 0
    for (const g of usable) {
      const s = g.x.map((x) => sparseDot(w, x))
      const max = Math.max(...s)
      const e = s.map((v) => Math.exp(v - max))
      const z = e.reduce((a, b) => a + b, 0)
      const zr = e.reduce((a, b, i) => a + (g.right[i] ? b : 0), 0)
      loss -= Math.log(zr / z)
      for (let i = 0; i < g.x.length; i++) {
        const coef = e[i]! / z - (g.right[i] ? e[i]! / zr : 0)
        if (coef === 0) continue
        const [idx, val] = g.x[i]!
        for (let k = 0; k < idx.length; k++) grad[idx[k]!] = grad[idx[k]!]! + coef * val[k]!
      }
    }
    loss = loss / n
    for (let f = 0; f < F; f++) {
      loss += (lambda / (2 * n)) * (w[f]! - w0[f]!) ** 2
      grad[f] = grad[f]! / n + (lambda / n) * (w[f]! - w0[f]!)
    }
    if (loss > previous) rate *= 0.5
    else rate *= 1.02
    previous = loss
    let norm = 0
    for (let f = 0; f < F; f++) {
      if (drop.has(f)) continue
      w[f] = w[f]! - rate * grad[f]!
      norm += grad[f]! * grad[f]!
    }
    if (Math.sqrt(norm) < 1e-7) break
  }
  // The margin: the cascade's choice (a candidate or no one) scores MARGIN more.
  for (const f of ['cascade', 'none:cascade']) w[SPEAKER_FEATURES.indexOf(f)] = w[SPEAKER_FEATURES.indexOf(f)]! + MARGIN
  return w
}

/** The shipped weights, by feature name (0 for a feature they lack). */
function shipped(): Float64Array {
  const w = new Float64Array(F)
  if (!SPEAKER_WEIGHTS) return w
  SPEAKER_WEIGHTS.features.forEach((f, i) => {
    const k = SPEAKER_FEATURES.indexOf(f)
    if (k >= 0) w[k] = SPEAKER_WEIGHTS!.weights[i]!
  })
  return w
}

type Sparse = [Int32Array, Float64Array]
function sparse(x: Float64Array): Sparse {
  const idx: number[] = []
  for (let f = 0; f < F; f++) if (x[f] !== 0) idx.push(f)
  return [Int32Array.from(idx), Float64Array.from(idx.map((f) => x[f]!))]
}
function sparseDot(w: Float64Array, [idx, val]: Sparse): number {
  let s = 0
  for (let k = 0; k < idx.length; k++) s += w[idx[k]!]! * val[k]!
  return s
}

function dot(w: Float64Array, x: Float64Array): number {
  let s = 0
  for (let f = 0; f < F; f++) if (x[f] !== 0) s += w[f]! * x[f]!
  return s
}

/** Right / total speakers of `articles` parsed with `weights`, per language. */
function score(articles: Article[], weights: SpeakerWeights | null): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>()
  const pipeline = pipelineWith(weights)
  for (const a of articles) {
    const parsed = parseArticle(a.text, {...(a.language ? {language: a.language} : {}), pipeline})
    const predicted = parsed.quotes.map((q) => ({text: q.text, speaker: q.speaker?.name ?? null}))
    const {speakers} = scoreQuotes(a.gold, predicted, titles)
    const t = out.get(a.lang) ?? [0, 0]
    t[0] += speakers.right
    t[1] += speakers.total
    out.set(a.lang, t)
  }
  return out
}

const asWeights = (w: Float64Array): SpeakerWeights => ({features: [...SPEAKER_FEATURES], weights: [...w]})
const pct = (t: [number, number] | undefined) => (t ? `${((100 * t[0]) / Math.max(1, t[1])).toFixed(1)}% ${t[0]}/${t[1]}` : '–')

function main(argv: string[]): void {
  let lambda = 1
  const drop = new Set<number>()
  let cv = false
  let write = false
  let quick = false
  let folds: string[] | undefined
  let test: string[] | undefined
  let train: string[] | undefined
  let untuned: string[] = []
  let onlyLang: string | undefined
  let out: string | undefined
  let stats = false
  const sets: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--lambda') lambda = Number(argv[++i])
    else if (a === '--drop') {
      // Names, or prefixes ending in `*` (`pronoun×*`).
      for (const name of argv[++i]!.split(',')) SPEAKER_FEATURES.forEach((f, k) => (name.endsWith('*') ? f.startsWith(name.slice(0, -1)) : f === name) && drop.add(k))
    }
    else if (a === '--cv') cv = true
    else if (a === '--write') write = true
    else if (a === '--quick') quick = true
    else if (a === '--margin') MARGIN = Number(argv[++i])
    else if (a === '--folds') folds = argv[++i]!.split(',')
    else if (a === '--test') test = argv[++i]!.split(',')
    else if (a === '--train') train = argv[++i]!.split(',')
    else if (a === '--untuned') untuned = argv[++i]!.split(',')
    else if (a === '--prior') PRIOR = Number(argv[++i])
    else if (a === '--lang') onlyLang = argv[++i]
    else if (a === '--out') out = argv[++i]
    else if (a === '--stats') stats = true
    else if (a === '--anchor') ANCHOR = true
    else if (a === '--current') CURRENT = true
    else sets.push(a)
  }
  drop.delete(-1)
  const articles = readSets(sets).filter((a) => !onlyLang || a.lang === onlyLang)
  const groups = collect(articles)
  const names = [...new Set(articles.map((a) => a.set))]
  for (const n of [...(folds ?? []), ...(test ?? []), ...(train ?? []), ...untuned]) if (!names.includes(n)) throw new Error(`no set named ${n}`)
  // The sets scored in turn, and for each the sets it is fitted on.
  const scored = test ?? folds ?? names
  const trainedOn = (held: string) => (set: string) => set !== held && !(test ?? []).includes(set) && (!train || train.includes(set))
  const fitFor = (held: string) => fit(groups.filter((g) => trainedOn(held)(g.set)), lambda, drop)
  /** The fitted weights per scored set (one fit for all with --test). */
  const weightsFor = (() => {
    const cache = new Map<string, Float64Array>()
    return (held: string) => {
      const key = test ? '' : held
      if (!cache.has(key)) cache.set(key, fitFor(held))
      return cache.get(key)!
    }
  })()
  const totals = (label: string, rows: {set: string; lang: string; before: number; after: number; total: number}[]) => {
    for (const [name, keep] of [
      ['all', () => true],
      ...(untuned.length ? [['untuned', (s: string) => untuned.includes(s)] as const, ['tuned', (s: string) => !untuned.includes(s)] as const] : [])
    ] as [string, (s: string) => boolean][]) {
      for (const lang of ['fr', 'en']) {
        const r = rows.filter((x) => x.lang === lang && keep(x.set))
        if (!r.length) continue
        const sum = (k: 'before' | 'after' | 'total') => r.reduce((a, x) => a + x[k], 0)
        console.log(`${label} ${name.padEnd(7)} ${lang}  cascade ${pct([sum('before'), sum('total')]).padEnd(16)} ranker ${pct([sum('after'), sum('total')])}  (${sum('after') - sum('before') >= 0 ? '+' : ''}${sum('after') - sum('before')})`)
      }
    }
  }
  const reachable = groups.filter((g) => g.right.some(Boolean)).length
  console.log(`${articles.length} articles, ${groups.length} matched quotes (${reachable} with the gold speaker among the candidates), lambda ${lambda}${drop.size ? `, dropped ${drop.size > 12 ? `${drop.size} features` : [...drop].map((f) => SPEAKER_FEATURES[f]).join(',')}` : ''}${train ? `, fitted on ${train.join(',')} only` : ''}${MARGIN ? `, margin ${MARGIN}` : ''}`)
  if (stats) {
    // Cascade errors whose right answer is a candidate: the cascade's branch, and the features the right one has.
    const branch = new Map<string, number>()
    const feats = new Map<string, number>()
    let errors = 0
    for (const g of groups) {
      if (g.cascade >= 0 && g.right[g.cascade]) continue
      const r = g.right.indexOf(true)
      if (r < 0) continue
      errors++
      const c = g.cascade >= 0 ? g.x[g.cascade]! : null
      const none = SPEAKER_FEATURES.indexOf('none')
      const b = c ? SPEAKER_FEATURES.filter((f, i) => f.startsWith('cascade:') && c[i] === 1).join('') || (c[none] ? 'none' : '?') : '?'
      const key = `${g.lang} ${b} -> ${g.x[r]![none] ? 'none' : 'a candidate'}`
      branch.set(key, (branch.get(key) ?? 0) + 1)
      g.x[r]!.forEach((v, i) => {
        if (v !== 0) feats.set(SPEAKER_FEATURES[i]!, (feats.get(SPEAKER_FEATURES[i]!) ?? 0) + 1)
      })
    }
    console.log(errors, 'reachable cascade errors')
    for (const [k, v] of [...branch].sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(4), k)
    for (const [k, v] of [...feats].sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(4), k)
  }
  if (quick) {
    // From the collected rows (no parse): the argmax per quote, the cascade winning ties.
    const pick = (g: Group, w: Float64Array | null) => {
      if (!w) return g.cascade
      let best = g.cascade
      let top = best >= 0 ? dot(w, g.x[best]!) : -Infinity
      g.x.forEach((x, i) => {
        const s = dot(w, x)
        if (s > top) {
          top = s
          best = i
        }
      })
      return best
    }
    const rows: {set: string; lang: string; before: number; after: number; total: number}[] = []
    const changes = new Map<string, number>()
    const groupOf = (g: Group) => ['unresolved', 'name', 'pronoun', 'description', 'uncued'].find((k) => g.x.some((x) => x[SPEAKER_FEATURES.indexOf(k + '×none')] === 1)) ?? '?'
    for (const name of scored) {
      const w = weightsFor(name)
      for (const lang of ['fr', 'en']) {
        const held = groups.filter((x) => x.set === name && x.lang === lang)
        if (!held.length) continue
        const row = {set: name, lang, before: 0, after: 0, total: held.length}
        for (const g of held) {
          const before = g.right[pick(g, null)] ? 1 : 0
          const after = g.right[pick(g, w)] ? 1 : 0
          row.before += before
          row.after += after
          if (before !== after) {
            const kind = g.lang + ' ' + groupOf(g) + (after ? ' fixed' : ' broken')
            changes.set(kind, (changes.get(kind) ?? 0) + 1)
            const byBranch = g.lang + ' branch ' + g.branch + (after ? ' fixed' : ' broken')
            changes.set(byBranch, (changes.get(byBranch) ?? 0) + 1)
          }
        }
        rows.push(row)
        console.log(`${name.padEnd(7)} ${lang}  cascade ${pct([row.before, row.total]).padEnd(16)} ranker ${pct([row.after, row.total])}`)
      }
    }
    for (const [k, v] of [...changes].sort()) console.log('  ', k, v)
    totals('quick', rows)
    if (!test && !folds && !train) {
      const all = fit(groups, lambda, drop)
      for (const lang of ['fr', 'en']) {
        const g = groups.filter((x) => x.lang === lang)
        if (g.length) console.log(`in-sample ${lang}  ${g.filter((x) => x.right[pick(x, all)]).length}/${g.length}`)
      }
    }
  }
  if (cv) {
    const rows: {set: string; lang: string; before: number; after: number; total: number}[] = []
    for (const name of scored) {
      const held = articles.filter((a) => a.set === name)
      const base = score(held, null)
      const ranked = score(held, asWeights(weightsFor(name)))
      for (const lang of ['fr', 'en']) {
        if (!base.has(lang)) continue
        console.log(`${name.padEnd(7)} ${lang}  cascade ${pct(base.get(lang)).padEnd(16)} ranker ${pct(ranked.get(lang))}`)
        rows.push({set: name, lang, before: base.get(lang)![0], after: ranked.get(lang)![0], total: base.get(lang)![1]})
      }
    }
    totals('cv', rows)
  }
  const w = fit(groups.filter((g) => !train || train.includes(g.set)), lambda, drop)
  const order = [...SPEAKER_FEATURES.keys()].sort((a, b) => Math.abs(w[b]!) - Math.abs(w[a]!))
  if (!cv && !quick) for (const f of order) console.log(`${SPEAKER_FEATURES[f]!.padEnd(26)} ${w[f]!.toFixed(3)}`)
  if (write) {
    const date = new Date().toISOString().slice(0, 10)
    const files = sets.map((s) => s.replace(/^[^=]*=/, '').split(',').map((f) => basename(f)).join(', ')).join('; ')
    const text = `// Written by \`npx tsx scripts/fit-speakers.ts --write …\` on ${date}; do not edit by hand.
// Fitted on ${articles.length} articles, ${reachable} quotes with a right candidate (gold: ${files});
// conditional logit, L2 lambda ${lambda}${drop.size ? `, ${drop.size} features left out` : ''}.
// The default pipeline's attribution step (\`attributionRefiner\`) ranks with these weights
// the quotes its rules leave open (docs/speaker-ranking.md).
import type {SpeakerWeights} from './ranking.js'

/** Weights of the speaker ranker fitted on gold speakers, or null for the attribution cascade's answers as they are. */
export const SPEAKER_WEIGHTS: SpeakerWeights | null = {
  features: ${JSON.stringify(SPEAKER_FEATURES.filter((_, f) => !drop.has(f) && w[f] !== 0))},
  weights: [${[...w].filter((x, f) => !drop.has(f) && x !== 0).map((x) => Number(x.toFixed(3))).join(', ')}]
}
`
    writeFileSync(out ?? new URL('../src/quotes/speaker-weights.ts', import.meta.url), text)
    console.log(`wrote ${out ?? 'src/quotes/speaker-weights.ts'}`)
  }
}

main(process.argv.slice(2))
