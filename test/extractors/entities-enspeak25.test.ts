/**
 * Person names of speakers, session 25 (English speakers). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf} from '../helpers.js'

const named = (input: string, type: 'person' | 'organization') =>
  entitiesOf(input, 'en')
    .filter((e) => e.type === type)
    .map((e) => e.name)

describe('A capitalised name particle then lower-case ones open one surname (enspeak25)', () => {
  it('`Nick Van den Brul` is one name, and `of BNP Paribas` after it is where he works', () => {
    // Before, the run was cut at `den`: `Nick Van` and `Brul`.
    const input = 'Airline results\n\nThe carrier reported on Friday. Analyst Piet Van der Heyden of Baltic Capital described the figures as "solid".'
    expect(named(input, 'person')).toEqual(['Piet Van der Heyden'])
    expect(named(input, 'organization').filter((name) => name.includes('Heyden'))).toEqual([])
    const plain = 'Airline results\n\nThe carrier reported on Friday. Nick Van den Brule said the figures were "solid".'
    expect(named(plain, 'person')).toEqual(['Nick Van den Brule'])
  })

  it('a name, a lower-case particle and another name are still two names', () => {
    const input = 'Club news\n\nThe board met on Monday. Striker Tom Rayner Moss of Harbour United was not there.'
    expect(named(input, 'person')).not.toContain('Tom Rayner Moss of Harbour United')
  })
})

describe('A known organisation opening with a title word has no title (enspeak25)', () => {
  it('`General Motors` is the carmaker, not a person `Motors` titled General', () => {
    // Before, `General` was read as a military title and `Motors` typed a person.
    const input = 'Carmaker cuts jobs\n\nThousands of jobs will go at General Motors in Europe. General Motors said the cuts would save money.'
    expect(named(input, 'organization')).toContain('General Motors')
    expect(named(input, 'person')).toEqual([])
  })

  it('a title before a name that opens no known organisation is still a title', () => {
    const input = 'Army chief retires\n\nGeneral Marcus Hale said he would step down in May.'
    expect(named(input, 'person')).toEqual(['Marcus Hale'])
  })
})

describe('A first word no list knows before two given names opens the name (enspeak25)', () => {
  it('`Tamsin Rhys Owen` opening a sentence is one name of three words', () => {
    // Before, the first word was cut as a sentence opener before a given name: `Rhys Owen`.
    const input = 'Painter warns on arts cash\n\nTamsin Rhys Owen is worried that the arts council may lose its say. But Ms Owen said she backed the review.'
    expect(named(input, 'person')).toEqual(['Tamsin Rhys Owen'])
  })

  it('a role word opening a sentence before a given name and a surname is still cut', () => {
    const input = 'Book prize\n\nNovelist Andrea Stroud won the prize on Tuesday.'
    expect(named(input, 'person')).toEqual(['Andrea Stroud'])
  })
})
