/**
 * Property: real-shaped articles, mutated (characters inserted, deleted,
 * duplicated, replaced; lines swapped; line endings changed; truncated),
 * still parse into a valid, positioned article, the same on every run.
 */
import fc from 'fast-check'
import {afterAll, describe, it} from 'vitest'
import {realShaped} from './articles.js'
import {apply, op} from './arbitraries.js'
import {checkDeterministic, counter, options, scale} from './check.js'

describe('fuzz: mutated real-shaped articles', () => {
  afterAll(() => console.log(`fuzz (mutations): ${counter.cases} cases (${counter.determinism} checked for determinism) from ${realShaped.length} base articles`))

  it('never throws, valid, positioned and deterministic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...realShaped), fc.array(op, {minLength: 1, maxLength: 6}), options, (base, ops, opts) => {
        const input = ops.reduce(apply, base)
        checkDeterministic(input, opts && {...opts, maxLength: opts.maxLength === undefined ? undefined : opts.maxLength * 20})
      }),
      {numRuns: Math.round(2200 * scale)}
    )
  })
})
