/**
 * Deterministic samples of `../shared/corpus` for the benchmarks.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** `../shared/corpus` beside the repository. */
export const corpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

/** A corpus text with where it comes from. */
export interface SampleText {
  corpus: string
  id: string
  language: 'en' | 'fr'
  text: string
}

/** The corpus files sampled, with their language. */
export const corpora = [
  {corpus: 'bbc', file: 'bbc/articles.jsonl', language: 'en'},
  {corpus: 'en-wire', file: 'en-wire/articles.jsonl', language: 'en'},
  {corpus: 'markdown', file: 'markdown/articles.jsonl', language: 'en'},
  {corpus: 'reuters21578', file: 'reuters21578/stories.jsonl', language: 'en'},
  {corpus: 'fr', file: 'fr/articles.jsonl', language: 'fr'}
] as const

/** Every `text` of a corpus file, in file order. */
export function readTexts(file: string): {id: string; text: string}[] {
  const path = corpusDir + file
  if (!existsSync(path)) throw new Error(`Missing ${path}: the benchmarks read ../shared/corpus`)
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as {id: string; text: string})
    .filter((r) => typeof r.text === 'string')
    .map((r) => ({id: r.id, text: r.text}))
}

/**
 * A fixed sample: from each corpus, `perCorpus` records evenly spaced in file
 * order (every ⌈n / perCorpus⌉-th, starting with the first).
 */
export function sample(perCorpus: number): SampleText[] {
  const out: SampleText[] = []
  for (const c of corpora) {
    const texts = readTexts(c.file)
    const step = Math.max(1, Math.ceil(texts.length / perCorpus))
    for (let i = 0; i < texts.length && out.filter((t) => t.corpus === c.corpus).length < perCorpus; i += step) {
      out.push({corpus: c.corpus, id: texts[i]!.id, language: c.language, text: texts[i]!.text})
    }
  }
  return out
}

/**
 * Inputs for the scaling run: distinct BBC articles (in file order) joined by
 * blank lines until each input reaches `base × factor` characters.
 */
export function scalingInputs(base: number, factors: readonly number[]): {factor: number; text: string}[] {
  const pool = readTexts('bbc/articles.jsonl').map((r) => r.text.trim())
  return factors.map((factor) => {
    const parts: string[] = []
    let length = 0
    for (let i = 0; length < base * factor; i++) {
      const text = pool[i % pool.length]!
      parts.push(text)
      length += text.length + 2
    }
    return {factor, text: parts.join('\n\n')}
  })
}
