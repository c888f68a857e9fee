/**
 * Entity clustering of session 17 (entclust): how mentions are grouped into
 * one entity. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable, parse} from '../helpers.js'

/** Entities of a type as `name | alias | …`. */
const items = (input: string, language: 'fr' | 'en', type: string) =>
  entitiesOf(input, language)
    .filter((e) => e.type === type)
    .map((e) => [e.name, ...e.aliases].join(' | '))

describe('A spelling variant of a name is the same entity (clust17)', () => {
  entityTable('fr', [
    // A letter more or less in the surname, the headline and the body spelling it two ways.
    [
      'Football : Moustapha Diatta Bodiang rejoint Ziguinchor\n\nLe défenseur Moustapha Diatta Bodian a signé un contrat de deux ans. « Je suis heureux de revenir », a confié Moustapha Diatta Bodian.',
      [['person', 'Moustapha Diatta Bodiang', ['Moustapha Diatta Bodian']]]
    ],
    // A given name written two ways (`Omar`, `Oumar`).
    [
      'Kaolack : le maire inaugure le marché central\n\nLe maire Omar Kane a inauguré lundi le nouveau marché. Les commerçants ont salué l’initiative. « Ce marché est à vous », a lancé Oumar Kane.',
      [['person', 'Oumar Kane', ['Omar Kane']]]
    ]
  ])
  entityTable('en', [
    // A surname alone with a letter dropped.
    [
      'Hewitt through in Sydney\n\nLleyton Hewitt beat his compatriot in straight sets on Tuesday. "I felt sharp today," Hewit said after the match.',
      [['person', 'Lleyton Hewitt', ['Hewitt', 'Hewit']]]
    ],
    // A word of a company's name cut short (`Pharma` for `Pharmaceuticals`) after an acronym (no initials to match).
    [
      'Drug firm shares rise\n\nShares in KV Pharmaceuticals rose 8% after the drug was approved. The board of KV Pharma will meet in the spring.',
      [['organization', 'KV Pharmaceuticals', ['KV Pharma']]]
    ]
  ])
})

describe('Names one letter apart that are not one entity (clust17)', () => {
  it('a feminine given name is another person (Louis, Louise)', () => {
    const input = 'Succession\n\nLouis Martin et sa sœur Louise Martin se disputent la maison familiale. Louise Martin a saisi le tribunal.'
    const people = items(input, 'fr', 'person')
    expect(people.some((p) => p.startsWith('Louis Martin') && !p.includes('Louise'))).toBe(true)
    expect(people.some((p) => p.startsWith('Louise Martin'))).toBe(true)
  })

  it('a plural surname is the family, not the person (the Hendersons)', () => {
    const input = 'Flood town\n\nCouncillor Peter Henderson visited the street on Monday. The Hendersons lost their own home in the flood, Henderson said.'
    expect(items(input, 'en', 'person').filter((p) => p.includes('Hendersons'))).not.toContain('Peter Henderson | Henderson | Hendersons')
  })
})

describe('A surname several people share is the one named last before it (clust17)', () => {
  it('a surname with a title after two people of that name (fr)', () => {
    const input =
      'Fin de vie : le débat relancé\n\nL’affaire rappelle celle de Paul Mercier, décédé en 2019. Son cousin Antoine Mercier a témoigné jeudi devant la commission. M. Mercier a dit espérer une nouvelle loi.'
    expect(items(input, 'fr', 'person')).toEqual(['Paul Mercier', 'Antoine Mercier | Mercier'])
  })

  it('a surname after a speech verb, the brother named last (en)', () => {
    const input =
      'Talent search for new writers\n\nThe search has begun with the help of the brother of Simon Dallow. Writer Tony Dallow is among the judges. "I am not going to be the nasty one," said Dallow, who runs an agency.'
    const [quote] = parse(input, {language: 'en'}).quotes
    expect(quote?.speaker?.name).toBe('Tony Dallow')
  })
})

describe('An acronym and a place name the branch, not the organisation (clust17)', () => {
  it('the branch and the organisation stay two (en)', () => {
    const input =
      'Party row deepens\n\nThe leader of NCP Scotland resigned on Monday after a row over funding. NCP said the national party would appoint an interim leader. A spokesman for NCP Scotland declined to comment.'
    const orgs = items(input, 'en', 'organization')
    expect(orgs).toContain('NCP Scotland')
    expect(orgs).toContain('NCP')
  })
})
