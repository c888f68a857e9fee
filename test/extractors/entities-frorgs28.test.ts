/**
 * French organisations (session 28, frorgs): known names the candidate pass lost. Texts are written
 * for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A known organisation whose name opens with a capitalised article is named with it', () => {
  entityTable('fr', [
    // Opening the sentence: the article is no sentence's article here.
    ['Revue de presse\n\nLe Quotidien revient sur le procès de l’ancien ministre. L’Observateur consacre sa une au budget.', [['organization', 'Le Quotidien'], ['organization', 'L’Observateur']], ['Quotidien', 'Observateur']],
    ['Politique\n\nLes Échos révèle que le projet est abandonné. La France insoumise appelle à manifester samedi.', [['organization', 'Les Échos'], ['organization', 'La France insoumise']], ['Échos']],
    // In lower case, the article is the sentence's: the name stays bare.
    ['Presse\n\nSelon le Quotidien, le procès est reporté au mois prochain.', [['organization', 'Quotidien']], ['le Quotidien']]
  ])
  entityTable('en', [
    ['Media\n\nThe Guardian reported that the deal had collapsed on Monday.', [['organization', 'The Guardian']]],
    ['Media\n\nThe story was first reported by the Guardian on Monday.', [['organization', 'Guardian']], ['the Guardian']]
  ])
})

describe('A known organisation whose name opens with a figure is found', () => {
  entityTable('fr', [
    ['Lutte\n\nLes deux lutteurs se retrouvent vendredi sur l’esplanade de la 2STV pour un face-à-face.', [['organization', '2STV']]],
    // A figure no list knows stays no name.
    ['Lutte\n\nLes deux lutteurs se retrouvent vendredi à 18h sur l’esplanade pour un face-à-face de 3X.', [], ['3X', '18h']]
  ])
})

describe('An acronym no list knows is no place by a place preposition alone', () => {
  entityTable('fr', [
    ['Recours introduit au CNG : le staff du lutteur conteste\n\nLe staff a saisi le CNG après le combat.', [['organization', 'CNG']]],
    // A known place keeps its type.
    ['Diplomatie\n\nLe ministre s’est rendu en RDC puis aux USA la semaine dernière.', [['location', 'RDC'], ['location', 'USA']]]
  ])
  entityTable('en', [
    ['Sport\n\nThe appeal was lodged at the CAS on Monday by the club.', [['organization', 'CAS']]]
  ])
})
