/**
 * French speakers of quotes that have a cue (session 31, frspk): the pronoun of an object relative (`ce qu'il qualifie
 * de`) stands for the main clause's subject; a definite role or body noun opening the sentence is the subject of a
 * cue's verb set after its complement; an organisation written in lower case right after a postposed cue (`indique franceinfo`); a cue
 * verb after a coordinator shares the subject opening the sentence.
 * Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('The pronoun of an object relative stands for the main clause’s subject', () => {
  speakerTable('fr', [
    // Not `Paul Ndiaye`, named last before the pronoun.
    ['a demonstrative opening the sentence', 'Politique\n\nLa réplique vise la lettre de l\'ancien ministre Amadou Sarr, publiée mardi. Ce dernier y appelait le président Karim Diallo à solliciter l\'aide de l\'ex-chef de l\'État, Paul Ndiaye, pour faire face à ce qu\'il qualifie de « crise systémique ».', [['crise systémique', 'Amadou Sarr']]],
    ['a person opening the sentence', 'Football\n\nMoussa Fall a quitté le club dimanche. Moussa Fall a dénoncé le choix de l’entraîneur Ibrahima Diop, face à ce qu’il qualifie de « trahison ».', [['trahison', 'Moussa Fall']]],
    // Not after a participle: its subject is not the sentence's.
    ['not after a participle', 'Presse\n\nLe Journal du Soir revient sur la sortie de Karim Ba, fustigeant ce qu’il qualifie de « faiblesse » du pouvoir.', [['faiblesse', 'Karim Ba']]]
  ])
})

describe('A definite role or body opening the sentence is the subject of the cue’s verb after its complement', () => {
  speakerTable('fr', [
    ['a role and its complement before the verb', 'Municipales : pour Jean Morel, le "Covid-19 aura un impact sur la participation"\n\nLe député des Hautes-Alpes soutient l\'idée du maintien du scrutin, pour ne pas "ajouter une crise politique à la crise sanitaire".\n\nJean Morel veut éviter "un procès injuste".', [['ajouter une crise politique à la crise sanitaire', 'Jean Morel'], ['un procès injuste', 'Jean Morel']]],
    ['a body described by its noun', 'Incendie à Lyon\n\nUn jeune homme a sauvé trois enfants d\'un immeuble en feu. La mairie du 7e arrondissement a salué un « geste héroïque » et veut le décorer.', [['geste héroïque', 'mairie du 7e arrondissement']]],
    ['the noun of a body named before', 'Urgences\n\nUn patient a attendu six jours sur un brancard. Le Centre hospitalier de Villefranche s\'est défendu dans un communiqué. La direction de l\'hôpital affirme que le patient a été « pris en charge dès son arrivée ».', [['pris en charge dès son arrivée', 'Centre hospitalier de Villefranche']]],
    ['a feminine role', 'Élections : pour Claire Dubois, le "scrutin doit avoir lieu"\n\nLa sénatrice des Bouches-du-Rhône défend le maintien du vote, pour ne pas "ajouter une crise à la crise".\n\nClaire Dubois l\'a redit mardi.', [['scrutin doit avoir lieu', 'Claire Dubois'], ['ajouter une crise à la crise', 'Claire Dubois']]]
  ])
})

describe('An organisation written in lower case right after a postposed cue', () => {
  speakerTable('fr', [
    ['a broadcaster', 'Piscines : le protocole dévoilé\n\nUne vingtaine de piscines vont être choisies pour servir de "laboratoires", indique franceinfo. Le gouvernement veut tester des règles strictes.', [['laboratoires', 'franceinfo']]],
    ['a news site', 'Cambriolages\n\nLes vols ont augmenté de « 50 % en un an », rapporte seneweb dans son édition de lundi.', [['50 % en un an', 'seneweb']]]
  ])
})

describe('A cue verb after a coordinator shares the subject opening the sentence', () => {
  speakerTable('fr', [
    // Not `Real Madrid`, the object of the first verb.
    ['not the object of the first verb', 'Football\n\nL\'entraîneur Javier Moreno a parlé lundi.Moreno est prêt à affronter le Real Madrid, dans ce tournoi, et espère battre son ancien coéquipier .«Il est normal qu\'une équipe européenne gagne»La suite est claire.', [['Il est normal qu\'une équipe européenne gagne', 'Javier Moreno']]]
  ])
  speakerTable('en', [
    // Not `Fox TV`, whose presenter is the subject.
    ['not the owner of the subject', 'Television\n\nFox TV\'s Bill O\'Reilly said he would be "watching closely" and warned the stars taking part "had better be involved all the way".', [['watching closely', 'Bill O\'Reilly'], ['had better be involved all the way', 'Bill O\'Reilly']]]
  ])
})
