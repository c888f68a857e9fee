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

describe('A labelled line-up of three names is a line-up (people20)', () => {
  it('three substitutes after a label', () => {
    // Before, a line-up needed four names whatever came before it: `Abbot, Weldon, Crisp` were dropped.
    const input =
      'Rovers edge past City\n\nRovers won 2-1 at Millbank on Saturday.\n\nHarker, Pennock, Ollerton (Gibbs 71), Luis Ramos, Stainrod, Kettley.\n\nSubs Not Used: Abbot, Weldon, Crisp.'
    const found = people(input, 'en')
    for (const name of ['Abbot', 'Weldon', 'Crisp']) expect(found).toContain(name)
  })

  it('not three names without a label', () => {
    const input = 'Tour dates\n\nThe band plays three towns in May.\n\nBramfield, Oxley, Tarrant.'
    expect(people(input, 'en')).toEqual([])
  })
})
