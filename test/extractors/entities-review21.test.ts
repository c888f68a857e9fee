/**
 * Hostile shapes the entity step must read without failing, found in review, session 21. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf} from '../helpers.js'

const typed = (input: string, language: 'fr' | 'en') => entitiesOf(input, language).map((e) => `${e.type}:${e.name}`)

describe('A fixture word closing a line (review21)', () => {
  it('keeps the entities of the article', () => {
    // Before, `duelAt` read the side after a closing `vs` past the last token; the error emptied every entity of the text.
    const input = 'Programme du week-end\n\nCasa Sports vs\n\nLe match aura lieu dimanche à Ziguinchor.'
    expect(typed(input, 'fr')).toContain('location:Ziguinchor')
    const en = 'Weekend fixtures\n\nLeeds United vs\n\nThe game kicks off at three in Leeds.'
    expect(typed(en, 'en')).toContain('location:Leeds')
  })
})
