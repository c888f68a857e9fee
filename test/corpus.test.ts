/**
 * The whole of `../shared/corpus` (every record's `text` and
 * `textWithByline`, about 25,000 texts): `parseArticle` never throws, every
 * result validates against the committed JSON Schema, every
 * `{text, position}` slices back to its text, and every 10th text parses
 * to the same result twice. Skipped when `../shared` is absent.
 * `npm run corpus` runs the same checks and prints figures.
 */
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkText, corpusFiles, defaultCorpusDir, fileTexts, type Failure} from '../scripts/corpus-check.js'
import {hasShared} from './helpers.js'

describe('checkText (the corpus checker itself)', () => {
  const item = (text: string) => ({file: 'hand-made', id: 'a', field: 'text', text})

  it('passes a well-formed article, parsed twice', () => {
    const text = 'Port de Dakar : un nouveau terminal\n\nPar Awa Ndiaye\n\nDAKAR (APS) - Le ministre a inauguré mardi le terminal. « Il doublera nos capacités », a-t-il déclaré.\n'
    expect(checkText(item(text), true)).toEqual([])
  })

  it('reports a parse that throws', () => {
    const failures = checkText(item('a'.repeat(2_000_001)), false)
    expect(failures.map((f) => f.check)).toEqual(['throws'])
    expect(failures[0]?.detail).toMatch(/InputTooLarge/)
  })
})

const files = hasShared && existsSync(defaultCorpusDir) ? corpusFiles(defaultCorpusDir) : []

describe.skipIf(!hasShared || files.length === 0)('the shared corpus', () => {
  it.each(files.map((path) => [path.slice(defaultCorpusDir.length), path]))(
    '%s: no throw, valid schema, exact positions, deterministic',
    (_name, path) => {
      const failures: Failure[] = []
      let texts = 0
      for (const item of fileTexts(defaultCorpusDir, path)) {
        failures.push(...checkText(item, texts % 10 === 0))
        texts++
      }
      expect(texts).toBeGreaterThan(0)
      // Show the first failures in full, and how many there are.
      expect({count: failures.length, first: failures.slice(0, 5)}).toEqual({count: 0, first: []})
    },
    // The whole file is parsed (no sampling): allow for slow, shared machines.
    900_000
  )
})
