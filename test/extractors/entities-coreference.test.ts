import {describe, expect, it} from 'vitest'
import {entitiesOf, parse} from '../helpers.js'

/** People of a text as `name [aliases]`. */
const people = (input: string, language: 'fr' | 'en') =>
  entitiesOf(input, language)
    .filter((e) => e.type === 'person')
    .map((e) => [e.name, ...e.aliases].join(' | '))

describe('entities: the last words of a longer name are that person', () => {
  it('a compound surname used alone (fr)', () => {
    const input =
      "Initiative à l'Assemblée\n\nMohamed Ben Souf, adjoint du président de l'Assemblée, a indiqué que le projet avance. « Nous espérons qu'il sera adopté », a expliqué Ben Souf."
    expect(people(input, 'fr')).toEqual(['Mohamed Ben Souf | Ben Souf'])
    const [quote] = parse(input, {language: 'fr'}).quotes
    expect(quote?.speaker?.name).toBe('Mohamed Ben Souf')
  })

  it('a surname with a particle used alone (en)', () => {
    const input = 'Club news\n\nThe coach Henk Ten Cate joined in June. "We will fight for the title," Ten Cate said on Sunday.'
    expect(people(input, 'en')).toEqual(['Henk Ten Cate | Ten Cate'])
  })

  it('a middle name and surname used alone (fr)', () => {
    const input = 'Match nul\n\nIdrissa Gana Gueye a marqué à la 80e minute. Gana Gueye a ensuite été remplacé.'
    expect(people(input, 'fr')).toEqual(['Idrissa Gana Gueye | Gana Gueye'])
  })
})

describe('entities: last words that are not the same person', () => {
  it('a given name and a surname stay their own name, not the end of a longer one', () => {
    const input = 'Rugby\n\nThe selectors named Wing Cedric Heymans in the squad. Cedric Heymans scored twice last week.'
    expect(people(input, 'en')).toContain('Cedric Heymans')
  })

  it('two people sharing the last words: neither takes the short form', () => {
    const input = 'Famille\n\nMarie Ben Souf et Karim Ben Souf ont témoigné. Ben Souf a refusé de commenter.'
    const names = people(input, 'fr')
    expect(names.filter((n) => n.includes('| Ben Souf'))).toEqual([])
  })
})
