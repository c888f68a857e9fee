/**
 * `npx tsx bench/compare-entities.ts [<gold.jsonl>] [<corpus dir>] [--json] [--verbose]`
 *
 * Runs compromise (en) / fr-compromise (fr) on the articles of the dev set
 * (`../shared/eval/dev.jsonl`) and scores their people, places and
 * organisations with the eval's entity scoring (`scripts/eval/score.ts`),
 * beside newsdown's own entities, per type and language.
 *
 * compromise returns mentions, not entities; to compare entities we merge
 * its mentions the simplest way: identical names (after folding) are one
 * entity, and a one-word person equal to the last word of a longer person
 * becomes that person's alias (the coreference it does not do itself).
 */
import {resolve} from 'node:path'
import nlp from 'compromise'
import {parseArticle} from '../src/index.js'
import {frNlp, type View} from './fr-compromise.js'
import {corpusRecord, defaultCorpusDir, entityTypes, goldEntities, localeTitles, predictedEntities, readJsonl} from '../scripts/eval/gold.js'
import {addCounts, emptyCounts, foldName, prf, scoreEntities, type Counts, type EntityLike} from '../scripts/eval/score.js'
import {orderLangs, pct} from '../scripts/eval/stats.js'

const clean = (s: string) => s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/g, ' ')

/** Entities of one type from compromise's mentions (merged as described above). */
export function mentionsToEntities(mentions: readonly string[], person: boolean): EntityLike[] {
  const byName = new Map<string, EntityLike & {aliases: string[]}>()
  for (const raw of mentions) {
    const name = clean(raw)
    if (name === '' || byName.has(foldName(name))) continue
    byName.set(foldName(name), {name, aliases: []})
  }
  const entities = [...byName.values()]
  if (!person) return entities
  const long = entities.filter((e) => e.name.includes(' '))
  return entities.filter((e) => {
    if (e.name.includes(' ')) return true
    const owner = long.find((l) => foldName(l.name.split(' ').pop()!) === foldName(e.name))
    if (!owner) return true
    owner.aliases.push(e.name)
    return false
  })
}

/** compromise's people, places and organisations of a text, as entities per type. */
export function compromiseEntities(text: string, language: string): Record<string, EntityLike[]> {
  const doc: View = language === 'fr' ? frNlp(text) : nlp(text)
  return {
    person: mentionsToEntities(doc.people().out('array') as string[], true),
    organization: mentionsToEntities(doc.organizations().out('array') as string[], false),
    location: mentionsToEntities(doc.places().out('array') as string[], false)
  }
}

function main(argv: string[]): void {
  const positional = argv.filter((a) => !a.startsWith('--'))
  const json = argv.includes('--json')
  const verbose = argv.includes('--verbose')
  const goldPath = resolve(positional[0] ?? new URL('../../shared/eval/dev.jsonl', import.meta.url).pathname)
  const corpusDir = positional[1] ? resolve(positional[1]) : defaultCorpusDir
  const titles = localeTitles()
  const tools = ['newsdown', 'compromise'] as const
  // counts[tool][type][lang]
  const counts: Record<string, Record<string, Record<string, Counts>>> = {}
  const add = (tool: string, type: string, lang: string, c: Counts) => {
    for (const l of [lang, 'all']) {
      const slot = (((counts[tool] ??= {})[type] ??= {})[l] ??= emptyCounts())
      addCounts(slot, c)
    }
  }
  const misses: string[] = []
  for (const record of readJsonl(goldPath)) {
    const gold = record.gold as Record<string, unknown>
    if (!gold || !('entities' in gold)) continue
    const source = corpusRecord(corpusDir, String(record.corpus), String(record.id))
    const text = typeof source?.text === 'string' ? source.text : null
    if (text === null) continue
    const lang = typeof gold.language === 'string' ? gold.language : 'en'
    const ignore = goldEntities(gold.entities, 'ignore')
    let ours: ReturnType<typeof parseArticle> | undefined
    try {
      ours = parseArticle(text)
    } catch {
      ours = undefined
    }
    const theirs = compromiseEntities(text, lang)
    for (const type of entityTypes) {
      const g = goldEntities(gold.entities, type)
      const predicted: Record<string, EntityLike[]> = {newsdown: predictedEntities(ours, type), compromise: theirs[type] ?? []}
      for (const tool of tools) {
        const r = scoreEntities(type, g, predicted[tool]!, ignore, titles)
        add(tool, type, lang, r.counts)
        if (verbose && tool === 'compromise' && r.counts.fp + r.counts.fn > 0) {
          misses.push(
            `${record.id} ${type} (${lang === 'fr' ? 'fr-compromise' : 'compromise'}): missed ${JSON.stringify(r.matching.missed.map((i) => g[i]!.name))} extra ${JSON.stringify(r.matching.extra.map((i) => predicted[tool]![i]!.name))}`
          )
        }
      }
    }
  }
  if (json) {
    const out: Record<string, unknown> = {}
    for (const tool of tools) {
      for (const type of entityTypes) {
        for (const [lang, c] of Object.entries(counts[tool]?.[type] ?? {})) {
          out[`${tool}/${type}/${lang}`] = {...c, ...prf(c)}
        }
      }
    }
    console.log(JSON.stringify(out, null, 2))
    return
  }
  const langs = orderLangs(Object.keys(counts.newsdown?.person ?? {}))
  const cell = (c: Counts | undefined) => {
    if (!c) return ''
    const p = prf(c)
    return `${pct(p.precision)} / ${pct(p.recall)} / **${pct(p.f1)}**`
  }
  console.log(`Entities on ${goldPath} — P / R / F1 (%), entity-level, scored like \`npm run eval\`\n`)
  console.log('| type | lang | newsdown | compromise (en) / fr-compromise (fr) |')
  console.log('| --- | --- | --- | --- |')
  for (const type of entityTypes) {
    for (const lang of langs) {
      console.log(`| ${type} | ${lang} | ${cell(counts.newsdown?.[type]?.[lang])} | ${cell(counts.compromise?.[type]?.[lang])} |`)
    }
  }
  if (verbose) console.log('\n' + misses.join('\n'))
}

main(process.argv.slice(2))
