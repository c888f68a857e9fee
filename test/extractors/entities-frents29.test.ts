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

describe('A known body’s name ends before a word that is no particle (`wordAfterBody`)', () => {
  entityTable('fr', [
    ['Justice\n\nL’avocat cite un arrêt de la Cour suprême contre Richard Nixon rendu en 1974.', [['organization', 'Cour suprême'], ['person', 'Richard Nixon']], ['Cour suprême contre Richard Nixon']],
    // A particle goes on with the name.
    ['Justice\n\nLa Cour suprême des États-Unis a tranché. La Ligue régionale de football de Kaffrine tient son assemblée.', [['organization', 'Cour suprême des États-Unis'], ['organization', 'Ligue régionale de football de Kaffrine']]],
    // Nor does an adjective.
    ['Procès\n\nManuel Valls a commenté le verdict. « La décision est définitive », a précisé la Cour d’assises spéciale de Paris dans un communiqué.', [['organization', 'Cour d’assises spéciale de Paris']]]
  ])
})

describe('The coach or owner named after a known club and `de` is a person, even with a given name no list holds', () => {
  entityTable('fr', [
    ['Football\n\nAl-Hilal a dominé Manchester City de Pep Guardiola en huitième de finale.', [['organization', 'Manchester City'], ['person', 'Pep Guardiola']], ['Manchester City de Pep Guardiola']],
    // (With given names the list knows, `ownerAfter` splits them as before.)
    ['Football\n\nLe Real Madrid de Carlo Ancelotti a battu le Bayern Munich de Thomas Tuchel.', [['organization', 'Real Madrid'], ['person', 'Carlo Ancelotti'], ['person', 'Thomas Tuchel']]]
  ])
})

describe('A common word opening a sentence, a particle and a known organisation: the organisation alone', () => {
  entityTable('fr', [
    ['Cadre du Pastef et maire de la commune, Djamil Sané quitte le parti\n\nLe maire a parlé lundi à Dakar.', [['organization', 'Pastef'], ['person', 'Djamil Sané']], ['Cadre du Pastef']],
    ['Politique\n\nMilitant de l’APR depuis dix ans, il a rejoint l’opposition.', [['organization', 'APR']], ['Militant de l’APR']],
    // An organisation word opening the name keeps it whole.
    ['Économie\n\nConseil de l’UEMOA : le budget est adopté à Ouagadougou.', [['organization', 'Conseil de l’UEMOA']]]
  ])
})

describe('A preposition or an ordinal adverb opening a sentence is no part of a name', () => {
  entityTable('fr', [
    ['Mercato\n\n« Tous ceux qui sont ici resteront au club. Sauf Moussa », a indiqué l’entraîneur.', [], ['Sauf Moussa']],
    ['Théâtre\n\nPremièrement, je n’ai insulté personne. Deuxièmement, un comédien peut jouer n’importe quel rôle.', [], ['Deuxièmement', 'Premièrement']]
  ])
})

describe('In a list of ministers, the portfolio after its particle is no part of the minister’s name', () => {
  entityTable('fr', [
    ['Gouvernement\n\nLes ministres de l’Économie Bruno Le Maire, du Travail Muriel Pénicaud ou encore de la Santé Agnès Buzyn ont signé la tribune.', [['person', 'Muriel Pénicaud'], ['person', 'Agnès Buzyn']], ['Travail Muriel Pénicaud', 'Santé Agnès Buzyn']],
    // A given name opening the name keeps it whole.
    ['Religion\n\nLes pèlerins de Mame Diarra Bousso sont arrivés à Porokhane.', [['person', 'Mame Diarra Bousso']]]
  ])
})

describe('Without a portfolio head before it, a first word no list knows stays in the name', () => {
  entityTable('en', [
    ['Books\n\nThe actor will read tales from the likes of Edgar Allan Poe and Ambrose Bierce.', [], ['Allan Poe']]
  ])
})
