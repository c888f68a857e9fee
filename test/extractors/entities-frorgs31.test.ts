/**
 * French organisations (session 31, frorgs). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A post written with capitals before its acronym names no organisation', () => {
  entityTable('fr', [
    ['Santé\n\nUn éleveur est accusé d’avoir blessé l’Infirmier Chef de Poste (ICP) du village. L’ICP a été évacué vers Kaffrine.', [], ['Infirmier Chef de Poste', 'ICP', 'Chef de Poste']],
    ['Social\n\nLe syndicat accuse l’agent d’avoir menacé le Directeur Administratif et Financier (DAF) de la société dans son bureau.', [], ['Directeur Administratif et Financier', 'DAF', 'Administratif']],
    // A body named by its acronym stays, though a role word is inside it.
    ['Politique\n\nLa Commission des Directeurs de Campagne (CDC) a rendu son rapport au ministre mardi.', [['organization', 'Commission des Directeurs de Campagne', ['CDC']]]]
  ])
})
