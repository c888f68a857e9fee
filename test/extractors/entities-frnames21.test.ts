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

describe('One word joined by a coordinating word to one person named in full is a person (frnames21)', () => {
  it('un seul mot coordonné à une personne nommée en entier', () => {
    // Before, a list needed two people or more: `Kounkandé` and `Tapha Gorgui` (wrestlers' names no list knows) stayed an
    // organisation by default, or were dropped.
    const input =
      'Arène nationale : le choc est fixé\n\nLe combat entre Modou Sarr et Kounkandé aura lieu le 3 août. Kounkandé promet une revanche.\n\nLe promoteur a réuni Aliou Ndiaye et Tapha Gorgui pour la conférence.'
    const found = typed(input, 'fr')
    expect(found).toContain('person:Kounkandé')
    expect(found).not.toContain('organization:Kounkandé')
    expect(found).toContain('person:Tapha Gorgui')
  })

  it('not after an article, nor next to an article or another capitalised word, nor beside a person who opens with no given name', () => {
    const fr = 'Justice\n\nYoussou Ndour et la Cybercriminalité : la plainte vise deux comptes. Youssou Ndour et la Cybercriminalité se font face.'
    expect(typed(fr, 'fr')).not.toContain('person:Cybercriminalité')
    const en = 'Film prize\n\nThe jury included critic Roger Clarke and Touching the Void director Kevin McDonald. Touching the Void won in 2004.'
    expect(typed(en, 'en')).not.toContain('person:Touching')
  })
})

describe('A duel’s side may be a known surname (frnames21)', () => {
  it('un côté du duel qui finit par un nom de famille connu, ou qui en est un', () => {
    // Before, a side was a person's only when a known given name opened it: `Bouldozer Sène` made the line a match between
    // teams, and the other side an organisation.
    const input = 'Lutte : Bouldozer Sène vs Kounkandé, la date est fixée\n\nLe combat aura lieu le 3 août à l’Arène nationale.'
    const found = typed(input, 'fr')
    expect(found).toContain('person:Kounkandé')
    expect(found).not.toContain('organization:Kounkandé')
  })

  it('not a match between teams', () => {
    const input = 'Ligue 1 : Jaraaf vs Casa Sports, le choc du week-end\n\nLe match aura lieu dimanche à Dakar.'
    expect(typed(input, 'fr').filter((x) => x.startsWith('person:'))).toEqual([])
  })
})

describe('A name of up to five words opening with a given name stays one person (frnames21)', () => {
  it('un nom composé avec un prénom au milieu reste une seule personne', () => {
    // Before, four words or more were split into two people before their last two words when a given name opened them
    // (`Mohamad Azmi` + `Abdul Hamid`, `Thierno Mouhamadoul` + `Mansour Barro`).
    const input =
      'Pèlerinage\n\nMohamad Azmi Abdul Hamid, membre d’un conseil consultatif, estime que la décision est juste. Le chauffeur Thierno Mouhamadoul Mansour Barro a été interpellé.'
    const people = entitiesOf(input, 'fr').filter((e) => e.type === 'person').map((e) => e.name)
    expect(people).toContain('Mohamad Azmi Abdul Hamid')
    expect(people).toContain('Thierno Mouhamadoul Mansour Barro')
    expect(people).not.toContain('Abdul Hamid')
  })

  it('not a run that no given name opens, nor one that ends with an acronym', () => {
    const input = 'Mercato\n\nSelon Sky Sports Kaveh Solhekol, le joueur partira. Le combattant Eric Favre Nation MMA a gagné.'
    const people = entitiesOf(input, 'fr').filter((e) => e.type === 'person').map((e) => e.name)
    expect(people).not.toContain('Sky Sports Kaveh Solhekol')
    expect(people).not.toContain('Eric Favre Nation MMA')
  })
})
