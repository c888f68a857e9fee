/**
 * Property: any string — every code point, lone surrogates, control
 * characters, the characters the parser cares about — parses into a valid
 * article whose positions slice back to the input.
 */
import fc from 'fast-check'
import {afterAll, describe, it} from 'vitest'
import {char} from './arbitraries.js'
import {checkCase, checkDeterministic, counter, options, scale} from './check.js'

describe('fuzz: arbitrary Unicode strings', () => {
  afterAll(() => console.log(`fuzz (unicode): ${counter.cases} cases, ${counter.determinism} checked for determinism`))

  it('never throws, valid and positioned (any code unit)', () => {
    fc.assert(
      fc.property(fc.string({unit: char, maxLength: 300}), options, (input, opts) => {
        checkDeterministic(input, opts, 10)
      }),
      {numRuns: Math.round(3500 * scale)}
    )
  })

  it('never throws, valid and positioned (full-range code points, longer)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 2000}), (input) => {
        checkCase(input)
      }),
      {numRuns: Math.round(1500 * scale)}
    )
  })
})
