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

describe('An acronym of a thing, a particle and a name name that thing, no organisation', () => {
  entityTable('fr', [
    ['Football\n\nLe club anglais a remporté la CM des Clubs dimanche soir face au PSG, au terme d’un match à sens unique.', [['organization', 'PSG']], ['CM des Clubs']],
    ['Basket\n\nLe meneur a été élu MVP de la Saison 5 de la ligue africaine, une première pour un joueur sénégalais.', [], ['MVP de la Saison 5']],
    // The body after the post stays.
    ['Économie\n\nLe PDG de la Sonatel a présenté les résultats semestriels du groupe à la presse, mardi à Dakar.', [['organization', 'Sonatel']]]
  ])
})

describe('A capitalised title of several words with a particle inside opens no organisation', () => {
  entityTable('fr', [
    ['Mali\n\nLe gouverneur de la région, le Général de Brigade Moussa Soumaré, a décrété un couvre-feu de trente jours.', [['person', 'Moussa Soumaré']], ['Brigade Moussa Soumaré']],
    // A brigade named with its particle and place is still a body.
    ['Faits divers\n\nLa Brigade de Gendarmerie de Mbour a arrêté deux suspects lundi matin.', [['organization', 'Brigade de Gendarmerie de Mbour']]]
  ])
})

describe('Senegalese parties named without an organisation word', () => {
  entityTable('fr', [
    ['Politique\n\nLe député et président de La République des Valeurs a interpellé le gouvernement lors d’un point de presse.', [['organization', 'La République des Valeurs']]],
    ['Politique\n\nLes responsables de Yewwi Askan Wi ont annoncé une marche pacifique samedi à Dakar.', [['organization', 'Yewwi Askan Wi']]]
  ])
})

describe('`dès` and `là` are no particle or article, though they fold to one', () => {
  entityTable('fr', [
    ['Faits divers\n\nUn berger de 15 ans est mort samedi.\n\nParti dès le matin pour conduire le troupeau au pâturage, l’adolescent avait grimpé sur un arbre.', [], ['Parti dès le matin']],
    ['Politique\n\nLe Parti des travailleurs a déposé une liste. Il était là.', [['organization', 'Parti des travailleurs']]]
  ])
})

describe('A hashtag names nothing unless a list knows it', () => {
  entityTable('fr', [
    ['Politique\n\nLibérez notre camarade ici et maintenant !\n#DCM\n#FreeSenegal\n#Pastef', [['organization', 'Pastef']], ['DCM', 'FreeSenegal']]
  ])
})

describe('A lower-case institution noun whose last words are capitalised names the institution', () => {
  entityTable('fr', [
    ['Justice\n\nLe prévenu a comparu devant le tribunal d’Instance de Mbour, qui a renvoyé le dossier.', [['organization', 'tribunal d’Instance de Mbour'], ['location', 'Mbour']], ['Instance de Mbour']],
    ['Justice\n\nL’affaire sera jugée par le tribunal de Grande Instance de Thiès le mois prochain.', [['organization', 'tribunal de Grande Instance de Thiès']], ['Grande Instance']],
    ['Justice\n\nLe dossier a été transmis au tribunal de Grande Instance mardi.', [['organization', 'tribunal de Grande Instance']], ['Grande Instance']]
  ])
})

describe('A determiner of number opening a sentence is no part of a name', () => {
  entityTable('fr', [
    ['Migrants\n\nLe texte a été adopté jeudi. Certaines ONG dénoncent une loi qui criminalise l’aide aux exilés.', [], ['Certaines ONG']],
    ['Football\n\nPlusieurs Lions sont incertains avant le match de samedi contre le Bénin.', [], ['Plusieurs Lions']]
  ])
})

describe('A club named after `les couleurs de` or before a bare organisation noun in apposition', () => {
  entityTable('fr', [
    ['Basket\n\nL’ailier s’est révélé sous les couleurs de Dolomiti Energia Trento avant de partir en Espagne.', [['organization', 'Dolomiti Energia Trento']]],
    ['Basket\n\nEn 2024, il rejoint Virtus Bologna, club phare du championnat italien.', [['organization', 'Virtus Bologna']]],
    // A known place keeps its type.
    ['Football\n\nIl a défendu les couleurs du Sénégal à la dernière Coupe d’Afrique.', [['location', 'Sénégal']]]
  ])
})

describe('A Roman numeral after a name and the acronym of a sport name no organisation', () => {
  entityTable('fr', [
    ['Migrants\n\nLe juge a rappelé que le règlement Dublin III impose d’examiner la demande dans le premier pays d’entrée.', [], ['III']],
    ['Sport\n\nLe président a évoqué l’idée d’organiser des combats de MMA dans les jardins, avec le patron de l’UFC.', [['organization', 'UFC']], ['MMA']]
  ])
})

describe('A platform named in a sentence is an organisation', () => {
  entityTable('fr', [
    ['Médias\n\nLa vidéo, publiée mardi, a été relayée des milliers de fois sur Twitter avant d’être retirée.', [['organization', 'Twitter']]]
  ])
})
