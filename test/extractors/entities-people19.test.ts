/**
 * Person evidence for unknown capitalised spans, session 19 (people). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

const people = (input: string, language: 'fr' | 'en') =>
  entitiesOf(input, language)
    .filter((e) => e.type === 'person')
    .map((e) => e.name)

describe('A role is no evidence for a name it does not describe (people19)', () => {
  it('not a name after a role that a function word ends: the body the role is held at or for', () => {
    // Before, `analyst at` and `spokesman for` were read as the roles of `Keswick Brothers` and `Marlow Quest`, which no given name
    // opens: both were kept as people.
    const input =
      'Retail sales slow\n\nCosts are rising faster than sales, said Tom Varley, an analyst at Keswick Brothers. "We expect a difficult first quarter," said a spokesman for Marlow Quest.'
    const found = people(input, 'en')
    expect(found).toContain('Tom Varley')
    expect(found).not.toContain('Keswick Brothers')
    expect(found).not.toContain('Marlow Quest')
  })

  it('not a name after another person\'s name and role', () => {
    // Before, the scan back from `National Security` went past `Paul Dorsey` to the role `manager`: a person.
    const input =
      'Inquiry widens\n\nThe committee questioned campaign manager Paul Dorsey and former National Security adviser Mike Flynn on Tuesday.'
    expect(people(input, 'en')).not.toContain('National Security')
  })

  it('pas un nom après un rôle que termine un mot outil', () => {
    // Avant, `coordonnateur pour` était lu comme le rôle de `Terra Nouvelle` : une personne.
    const input =
      'Inondations à Kaffrine\n\nLes sinistrés attendent toujours de l’aide, selon Moussa Diallo, coordonnateur pour Terra Nouvelle. Les pluies ont détruit 40 maisons.'
    expect(people(input, 'fr')).not.toContain('Terra Nouvelle')
  })
})

describe('A role read back across the name of a body or of a person before a comma still counts (people19)', () => {
  entityTable('fr', [
    // `de l’Éducation nationale`: a name after an elision reads on to `ministre`; `du président Diomaye Faye,` too.
    [
      'Examens\n\nLe ministre de l’Éducation nationale, Cheikh Tidiane Gomis, a reçu les syndicats. Le chef de cabinet du président Diomaye Faye, Mada Ndour, était présent.',
      [['person', 'Cheikh Tidiane Gomis'], ['person', 'Mada Ndour']]
    ]
  ])
  it('keeps the role', () => {
    const found = entitiesOf(
      'Examens\n\nLe ministre de l’Éducation nationale, Cheikh Tidiane Gomis, a reçu les syndicats. Le chef de cabinet du président Diomaye Faye, Mada Ndour, était présent.',
      'fr'
    )
    expect(found.find((e) => e.name === 'Cheikh Tidiane Gomis')?.role).toBe('ministre de l’Éducation nationale')
    expect(found.find((e) => e.name === 'Mada Ndour')?.role).toBe('chef de cabinet du président Diomaye Faye')
  })
})

describe('A name right after a minister\'s portfolio is the minister\'s (people19)', () => {
  entityTable('fr', [
    // Before, the name was read as the rest of the portfolio (`ministère de l’Équipement et des Transports`) and no entity was kept.
    [
      'Remaniement\n\n« Il n’y a aucune excuse », a réagi le ministre de la Culture Arnaud Lemoine sur les réseaux sociaux. Selon la ministre de la Santé Claire Dubreuil, la situation est sous contrôle.',
      [['person', 'Arnaud Lemoine'], ['person', 'Claire Dubreuil']]
    ],
    // A portfolio's particles and conjunctions still carry it on, and a body heading it is still an organisation.
    [
      'Routes\n\nLe ministère de l’Équipement et des Transports terrestres a lancé les travaux mardi.',
      [['organization', 'ministère de l’Équipement et des Transports terrestres']]
    ]
  ])
})
