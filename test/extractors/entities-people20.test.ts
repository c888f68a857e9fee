/**
 * Person evidence for unknown capitalised spans, session 20 (people). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf} from '../helpers.js'

const people = (input: string, language: 'fr' | 'en') =>
  entitiesOf(input, language)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)

describe('Names listed after a plural role are people (people20)', () => {
  it('after a plural role and a list opener, the whole list', () => {
    // Before, `Tobias Wrenn` and `Osgood Pell` (no known given name, named once) were people only by default and dropped.
    const input = 'Jazz sale\n\nThe auction lists instruments played by musicians such as Tobias Wrenn and Osgood Pell, and a piano.'
    const found = people(input, 'en')
    expect(found).toContain('Tobias Wrenn')
    expect(found).toContain('Osgood Pell')
  })

  it('not right after a plural role without an opener, nor after rivals, nor a body before a given name', () => {
    const input = 'Festival line-up\n\nRock veterans Velvet Ghosts will play on Friday, and rivals such as Harbour Lions too.'
    expect(people(input, 'en')).toEqual([])
    const fr = 'Remaniement\n\nC’est le cas de ministres comme Renouveau Jacqueline Marot (Culture), restée en poste.'
    expect(people(fr, 'fr')).not.toContain('Renouveau Jacqueline Marot')
  })
})

describe('A known surname closing capitalised words makes them a person’s name (people20)', () => {
  it('un nom de famille connu après un prénom inconnu', () => {
    // Before, `Korané Fall` and `Tidjani Sarr` (given names no list knows, named once, no role nor speech verb) were people only
    // by default and dropped.
    const input =
      'Football féminin\n\nLes Lionnes ont battu le Mali 2-0. Absente, Korané Fall a suivi le match depuis Dakar, où Tidjani Sarr a ouvert le score.'
    const found = people(input, 'fr')
    expect(found).toContain('Korané Fall')
    expect(found).toContain('Tidjani Sarr')
  })
})
