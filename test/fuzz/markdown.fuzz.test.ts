/**
 * Property: Markdown fragments and article-shaped lines in any combination
 * (headings, quotes, lists, code, tables, HTML, front matter, bylines,
 * datelines, quotations, dates) parse into a valid, positioned article, the
 * same on every run.
 */
import fc from 'fast-check'
import {afterAll, describe, it} from 'vitest'
import {document} from './arbitraries.js'
import {checkDeterministic, counter, options, scale} from './check.js'

describe('fuzz: Markdown fragments', () => {
  afterAll(() => console.log(`fuzz (markdown): ${counter.cases} cases, ${counter.determinism} checked for determinism`))

  it('never throws, valid, positioned and deterministic', () => {
    fc.assert(
      fc.property(document, options, (input, opts) => {
        checkDeterministic(input, opts)
      }),
      {numRuns: Math.round(2800 * scale)}
    )
  })
})
