/**
 * French people and name spans on West African press, session 21 (frnames). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf} from '../helpers.js'

const typed = (input: string, language: 'fr' | 'en') => entitiesOf(input, language).map((e) => `${e.type}:${e.name}`)

describe('A known surname alone is a person’s (frnames21)', () => {
  it('un nom de famille seul, en tête de phrase ou après une préposition', () => {
    // Before, `Sonko` and `Gadiaga` alone (no given name anywhere in the text) were organisations by default.
    const input =
      'Assemblée : la motion divise\n\nHier, Sonko a réaffirmé sa ligne devant les députés. La sortie de Gadiaga sur une chaîne privée a relancé le débat.\n\nSonko doit encore répondre aux questions de la presse.'
    const found = typed(input, 'fr')
    expect(found).toContain('person:Sonko')
    expect(found).toContain('person:Gadiaga')
    expect(found).not.toContain('organization:Sonko')
  })

  it('not a capitalised word no surname list knows, and a role after the name still makes it sure', () => {
    const input = 'Accident à Thiès\n\nParmi les victimes figure Nd. Gning, chef du village de Keur Ali. La société Pelmora a ouvert une enquête.'
    const found = typed(input, 'fr')
    expect(found.some((x) => x.startsWith('person:') && x.includes('Gning'))).toBe(true)
    expect(found).not.toContain('person:Pelmora')
  })
})
