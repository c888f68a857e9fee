/**
 * Who said it (session 25, English speakers). Short texts written for these
 * tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: `by` opening the next sentence is no passive agent of the verb before it', () => {
  speakerTable('en', [
    [
      '`"…," X said. By 2010, …` is X',
      'Jobless total rises again\n\n"Expect a nasty figure for January," warned bank economist Karl Hessler. "I do not see a lasting recovery before next year," labour minister Petra Vogt said. By 2012, the reforms should cut the jobless rate, she added.',
      [
        ['Expect a nasty figure for January,', 'Karl Hessler'],
        ['I do not see a lasting recovery before next year,', 'Petra Vogt']
      ]
    ]
  ])
})
