/**
 * French organisations and people (session 29, frents). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A verb in the present after an organisation is no adjective of its name (`é` is compared as written)', () => {
  entityTable('fr', [
    ['Financement\n\nLa Banque mondiale approuve un prêt de 150 millions de dollars pour les petites entreprises.', [['organization', 'Banque mondiale']], ['Banque mondiale approuve']],
    ['Lutte\n\nLa Fédération sénégalaise de lutte salue la décision. La création d’une Fédération constitue une étape majeure.', [['organization', 'Fédération sénégalaise de lutte']], ['Fédération constitue']],
    ['Santé\n\nL’Agence nationale de la statistique publie ses chiffres. Le Conseil constitutionnel valide la liste des candidats.', [['organization', 'Agence nationale de la statistique'], ['organization', 'Conseil constitutionnel']], ['Conseil constitutionnel valide']],
    // A participle written with its accent still is one: `Force unifiée`, `Comité désigné`.
    ['Défense\n\nLes soldats de la Force unifiée ont quitté la base. Le Comité restreint désigné par le bureau se réunit lundi.', [['organization', 'Force unifiée']]]
  ])
})

describe('Adjectives ending in a bare `e` still go with the name', () => {
  entityTable('fr', [
    ['Transport\n\nL’Agence nationale de l’aviation civile annonce la reprise des vols. Le Parti socialiste dénonce la réforme.', [['organization', 'Agence nationale de l’aviation civile'], ['organization', 'Parti socialiste']], ['Parti']],
    ['Port\n\nLe Port autonome de Dakar recrute cent dockers. Le Parti communiste tient son congrès.', [['organization', 'Port autonome de Dakar'], ['organization', 'Parti communiste']]],
    ['Diplomatie\n\nLe Parlement suisse a voté le crédit. Ce pays arabe du Golfe a fermé ses frontières.', [['organization', 'Parlement suisse'], ['location', 'Golfe']]]
  ])
})
