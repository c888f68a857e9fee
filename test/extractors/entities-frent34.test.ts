/**
 * French people after roles (session 34, frent): a role whose portfolio is coordinated (`ministre de l’Économie et des Finances`)
 * or listed with commas, then its holder's name; surnames with particles (`Villeroy de Galhau`, `de Villepin`). A variation matrix:
 * every role with every name in every word order must give exactly that person, with that role. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

/** Roles: simple, coordinated, listed with commas, with a place, with an adjective. */
const roles = [
  'ministre de l’Économie',
  'ministre de l’Économie et des Finances',
  'ministre de l’Intérieur et de la Sécurité publique',
  'ministre de l’Économie, des Finances et du Plan',
  'ministre des Finances et du Budget du Sénégal',
  'ministre sénégalais des Affaires étrangères et des Sénégalais de l’extérieur',
  'ministre de la Santé et de l’Action sociale',
  'secrétaire d’État chargé du Numérique et des Télécommunications',
  'maire de Dakar et de Rufisque'
]

/** Names: two words, three, with particles (`Le`, `de`, `de La`, `du`), hyphenated, an initial. */
const names = [
  'Bruno Le Maire',
  'Mamadou Moustapha Ba',
  'Jean-Yves Le Drian',
  'Dominique de Villepin',
  'François Villeroy de Galhau',
  'Mathieu de La Souchère',
  'Olivier du Bois',
  'Aïssata Tall Sall',
  'A. Ndiaye'
]

/** Word orders: the role before the name (with a comma, without), after it, opening the text, and a sentence glued to the name. */
const frames: [string, (role: string, name: string) => string][] = [
  ['role name', (r, n) => `« Nous tiendrons », a annoncé mercredi le ${r} ${n}. Il a ajouté que la croissance repartira.`],
  ['role name, glued end', (r, n) => `« Nous tiendrons », a annoncé mercredi le ${r} ${n}.Il a ajouté que la croissance repartira.`],
  ['role, name,', (r, n) => `Le ${r}, ${n}, a présenté le budget mardi devant les députés.`],
  ['role name (opening)', (r, n) => `Le ${r} ${n} a présenté le budget mardi devant les députés.`],
  ['name, role,', (r, n) => `${n}, ${r}, a présenté le budget mardi devant les députés.`]
]

/** The places a role names, which are entities of their own. */
const rolePlaces = new Set(['Sénégal', 'Dakar', 'Rufisque'])

describe('A person after a coordinated role is found whole, with the role, and nothing else is a person', () => {
  for (const [label, frame] of frames) {
    for (const role of roles) {
      for (const name of names) {
        const text = 'Économie\n\n' + frame(role, name)
        it(`${label}: ${role} / ${name}`, () => {
          const found = entitiesOf(text, 'fr')
          const people = found.filter((e) => e.type === 'person')
          expect(people.map((e) => e.name)).toEqual([name])
          expect(people[0]!.role).toBe(role)
          // No other entity but the places the role names.
          expect(found.filter((e) => e.type !== 'person' && !rolePlaces.has(e.name)).map((e) => e.name)).toEqual([])
        })
      }
    }
  }
})

describe('A surname with a particle stays whole; a body or a place after `de` stays apart', () => {
  entityTable('fr', [
    ['Banque\n\nSelon François Villeroy de Galhau, la hausse des prix sera temporaire.', [['person', 'François Villeroy de Galhau']], ['François Villeroy', 'Galhau']],
    ['Justice\n\nXavier Dupont de Ligonnès reste introuvable, a rappelé le parquet.', [['person', 'Xavier Dupont de Ligonnès']], ['Xavier Dupont']],
    ['Justice\n\nLe juge Mathieu Durand de La Souchère a ouvert l’audience.', [['person', 'Mathieu Durand de La Souchère']], ['Mathieu Durand']],
    // A given name that is a place's too (`la Dominique`) opens a person's name before a name particle.
    ['Diplomatie\n\nSelon Dominique de Villepin, la guerre était une erreur.', [['person', 'Dominique de Villepin']]],
    // A known body or place after `de` is where the person is from.
    ['Politique\n\nSelon Moussa Diop de Rewmi, la liste sera déposée lundi.', [['person', 'Moussa Diop'], ['organization', 'Rewmi']], ['Moussa Diop de Rewmi']],
    ['Politique\n\nSelon Awa Ndiaye de Kolda, la liste sera déposée lundi.', [['person', 'Awa Ndiaye'], ['location', 'Kolda']], ['Awa Ndiaye de Kolda']],
    // A name a full stop runs on into a lower-case letter is a body's (`Génération.s`), no second surname.
    ['Politique\n\nSelon Benoît Hamon de Génération.s, la gauche doit s’unir.', [['person', 'Benoît Hamon']], ['Benoît Hamon de Génération']],
    // A word opening with a vowel after `de` is no surname (the particle would be elided, `d’Estaing`).
    ['Migrants\n\nMamadou Sarr de Horizon sans frontières dresse un bilan lourd. Mamadou Sarr, président de l’ONG, a parlé.', [['person', 'Mamadou Sarr']], ['Mamadou Sarr de Horizon']]
  ])
})

describe('A holder named after a body’s name that crossed a particle and ends with a known place is a person of his own', () => {
  entityTable('fr', [
    ['Banque\n\nLe gouverneur de la Banque de France François Villeroy de Galhau a jugé la hausse temporaire.', [['person', 'François Villeroy de Galhau'], ['organization', 'Banque de France']], ['Banque de France François Villeroy de Galhau']],
    // A given name the lists lack after a portfolio: two capitalised words no list knows.
    ['Budget\n\nLe ministre des Finances et du Budget Wopke Hoekstra a présenté le budget.', [['person', 'Wopke Hoekstra']]],
    ['Sécurité\n\nLe ministre de l’Intérieur Horst Seehofer a défendu les contrôles.', [['person', 'Horst Seehofer']]],
    // A known place closing the portfolio is a place of its own.
    ['Budget\n\nLe ministre des Finances du Sénégal Amadou Ba a présenté le budget.', [['person', 'Amadou Ba'], ['location', 'Sénégal']]],
    // A body's portfolios listed with commas stay the body's.
    ['Sport\n\nLe ministère de la Jeunesse, des Sports et de la Culture a publié un communiqué.', [['organization', 'ministère de la Jeunesse, des Sports et de la Culture']]],
    // A comma then a particle before no portfolio: no person, no body.
    ['Sécurité\n\nLe ministre de l’Intérieur, de passage à Thiès, a salué les forces de l’ordre.', [['location', 'Thiès']], ['Intérieur']]
  ])
})

describe('A lower-case complement coordinated with the last one stays in a body’s name', () => {
  entityTable('fr', [
    ['Parlement\n\nLe texte a été examiné par la Commission de l’aménagement du territoire et du développement durable de l’Assemblée.', [['organization', 'Commission de l’aménagement du territoire et du développement durable']]],
    ['Santé\n\nLe Conseil de l’ordre des médecins et des pharmaciens a réagi mardi.', [['organization', 'Conseil de l’ordre des médecins et des pharmaciens']]],
    ['Port\n\nLe Comité de gestion du port et de la zone franche a démissionné.', [['organization', 'Comité de gestion du port et de la zone franche']]],
    // Not after an article: two things listed.
    ['Finances\n\nLa Cour des comptes et le réalignement des priorités ont été évoqués.', [['organization', 'Cour des comptes']], ['Cour des comptes et le réalignement des priorités']]
  ])
})

describe('A place preposition and a known place after a body’s lower-case words say where it is', () => {
  entityTable('fr', [
    ['Religion\n\nLe Conseil consultatif des organisations islamiques en Malaisie a réagi.', [['organization', 'Conseil consultatif des organisations islamiques'], ['location', 'Malaisie']], ['Conseil consultatif des organisations islamiques en Malaisie']],
    ['ONU\n\nLe siège de l’Organisation des Nations Unies à New York a été évacué.', [['organization', 'Organisation des Nations Unies'], ['location', 'New York']]],
    // (Not after a connector of the body's remit: the place may be its object's.)
    ['Réfugiés\n\nLe Comité de soutien aux réfugiés au Liban a lancé un appel.', [['organization', 'Comité de soutien aux réfugiés au Liban']]]
  ])
})

describe('A comma then a particle ends a role after a name unless a portfolio follows', () => {
  entityTable('fr', [
    ['Mode\n\nLa fête a été l’occasion pour Awa Diop, une influenceuse bien connue sur les réseaux sociaux, de vivre un moment spécial.', [['person', 'Awa Diop']]]
  ])
  it('keeps the role to its last portfolio', () => {
    const awa = entitiesOf('Mode\n\nLa fête a été l’occasion pour Awa Diop, une influenceuse bien connue sur les réseaux sociaux, de vivre un moment spécial.', 'fr').find((e) => e.name === 'Awa Diop')
    expect(awa?.role).toBe('influenceuse bien connue sur les réseaux sociaux')
  })
})

describe('English: a holder after a capitalised role and its body', () => {
  entityTable('en', [
    ['Energy\n\nThe US Secretary of Energy Spencer Abraham confirmed the figures.', [['person', 'Spencer Abraham']]],
    // A given name inside a body's name after a particle opens no holder's name (`Marine`).
    ['Sea\n\nData from the Office of National Marine Sanctuaries show the whales moved north.', [['organization', 'Office of National Marine Sanctuaries']], ['Marine Sanctuaries']],
    // Capitalised words after a portfolio head and an article are a body's name, no holder's.
    ['Film\n\nJoseph Dias, general secretary of the Catholic Secular Forum, said in a statement.', [['person', 'Joseph Dias']], ['Secular Forum']]
  ])
})
