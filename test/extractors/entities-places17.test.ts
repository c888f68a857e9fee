import {describe, expect, it} from 'vitest'
import {entityTable} from '../helpers.js'
import {towns} from '../../src/locales/towns.js'

describe('entities: administrative divisions of the generated gazetteer are places without a cue', () => {
  entityTable('fr', [
    // A department after `de` (no place cue), once in the text: typed by the gazetteer alone.
    ['Rap\n\nLe rappeur de Seine-Saint-Denis avait anticipé les critiques, a indiqué son entourage jeudi.', [['location', 'Seine-Saint-Denis']]],
    ['Orages\n\nMétéo-France a placé l’Ardèche, la Drôme et la Haute-Loire en vigilance orange pour la nuit de samedi.', [['location', 'Ardèche'], ['location', 'Haute-Loire']]],
    // A Senegalese department, a Tunisian governorate.
    ['Forages\n\nLe chef de village a réuni les notables : Bambey attend ses forages depuis trois ans.', [['location', 'Bambey']]],
    ['Élevage\n\nLes éleveurs de Linguère réclament des forages et des aliments de bétail avant la soudure.', [['location', 'Linguère']]],
    ['Chômage\n\nLes diplômés de Sidi Bouzid ont manifesté devant le siège du gouvernorat pour réclamer des emplois.', [['location', 'Sidi Bouzid']]]
  ])
  entityTable('en', [
    ['Arson\n\nPembrokeshire councillors said the cottage fire was the third this year.', [['location', 'Pembrokeshire']]]
  ])

  it('leaves out names that are common words, acronyms, surnames or clubs', () => {
    const keys = new Set(towns.map((t) => t.toLowerCase()))
    // `la Somme`, `le Lot`, `le Cher` (common words); the VAR of football (the Var); Portishead, a band.
    // (Not Linguère: a club of Saint-Louis is named after it, but the corpus names the town and department far more often,
    // `à Linguère`, `le département de Linguère`.)
    for (const name of ['somme', 'lot', 'cher', 'var', 'portishead']) expect(keys.has(name)).toBe(false)
  })
})

describe('entities: names listed each after its article share the list’s place type', () => {
  entityTable('fr', [
    // `la X, le Y`: an article after the comma, as before the first name, still lists.
    ['Intempéries\n\nLes pluies ont touché la Gascogne, le Limousin et la Bretagne dans la nuit de dimanche.', [['location', 'Gascogne'], ['location', 'Limousin']]],
    ['Vigilance\n\nL’alerte concerne la Manche, l’Orne et le Calvados jusqu’à lundi matin.', [['location', 'Manche'], ['location', 'Orne']]]
  ])
  entityTable('en', [
    // (Not names holding lower-case words, a list of firms: `Trinity Mirror` stays one.)
    ['Printing\n\nThe News of the World, the Guardian Media Group, Trinity Mirror and the Daily Mail have all invested in new presses.', [['organization', 'Trinity Mirror']]]
  ])
})

describe('entities: a place noun and `de` in any of its forms before a name', () => {
  entityTable('fr', [
    ['Électricité\n\nLes familles de la localité d’Amdallaye attendent le courant depuis dix ans.', [['location', 'Amdallaye']]],
    ['Récoltes\n\nLes producteurs des villages du Ndoucoumane ont vendu leur arachide à perte cette année.', [['location', 'Ndoucoumane']]]
  ])
})
