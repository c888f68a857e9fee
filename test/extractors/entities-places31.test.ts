/**
 * Places (session 31, places): team nicknames after a place preposition, Senegal's small towns, a place before a dash. Texts are
 * written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A team’s nickname is the team, no place, even after `aux`', () => {
  entityTable('fr', [
    ['Basket\n\nLe ministre a réaffirmé son soutien aux Lionnes avant le tournoi de Kigali. Les joueuses partent lundi.', [['organization', 'Lionnes']]],
    ['Football\n\nLe président a adressé ses félicitations aux Éléphants après leur victoire contre le Mali.', [['organization', 'Éléphants']]],
    // After a town's name: the club of that town.
    ['NBA\n\nLe pivot sénégalais a été choisi par les Cleveland Cavaliers au second tour de la draft.', [['organization', 'Cleveland Cavaliers']], ['Cleveland']],
    // A plural name of a quarter after `aux` stays a place.
    ['Faits divers\n\nUn incendie s’est déclaré aux Almadies dans la nuit de samedi, selon les sapeurs-pompiers.', [['location', 'Almadies']]]
  ])
  entityTable('en', [
    ['Rugby\n\nThe flanker joined the Leicester Tigers in 2003 and has played 80 games for the club since then.', [['organization', 'Leicester Tigers']], ['Leicester']],
    ['Rugby\n\nThe coach of the All Blacks said his side would be ready for the tour, which starts in June.', [['organization', 'All Blacks']]]
  ])
})

describe('Senegal’s small towns are places without any cue', () => {
  entityTable('fr', [
    ['Sécurité\n\nLes douaniers de Kidira ont saisi deux camions de marchandises à la frontière malienne.', [['location', 'Kidira']]],
    ['Éducation\n\nLes élèves de Thiadiaye ont obtenu un taux de réussite record cette année au baccalauréat.', [['location', 'Thiadiaye']]]
  ])
})

describe('A known place before a dash splits off only before a lower-case word', () => {
  entityTable('en', [['Business\n\nThe Seattle-based firm said profits rose by 12% in the last quarter of the year.', [['location', 'Seattle']]]])
  entityTable('fr', [['Musique\n\nLe concert a réuni plusieurs rappeurs, de Dara-j à Nix, devant un public nombreux.', [], ['Dara']]])
})

describe('A named site closed by a ground, a prison or a place of worship is a place', () => {
  entityTable('en', [
    ['Cricket\n\nMore than 60,000 fans packed into Adelaide Oval Ground for the final, the biggest crowd of the season.', [['location', 'Adelaide Oval Ground']]],
    ['Politics\n\nThe men have been held without charge at Wandsworth Prison since December, their lawyers said.', [['location', 'Wandsworth Prison']]],
    ['Politics\n\nThe leader will visit the Neasden Temple in north west London on Sunday to meet community leaders.', [['location', 'Neasden Temple']]],
    // An organisation word after the site word keeps the body.
    ['Politics\n\nThe Prison Reform Trust said the figures showed overcrowding was getting worse across England.', [['organization', 'Prison Reform Trust']]]
  ])
})

describe('A capitalised place noun keeps the common word its `de` names', () => {
  entityTable('fr', [
    ['Histoire\n\nLa réunion a eu lieu au domicile du ministre, sis sur l’actuel Boulevard de la République. Elle a duré trois heures.', [['location', 'Boulevard de la République']]],
    ['Conseil\n\nLa réunion hebdomadaire du gouvernement a eu lieu mercredi au Palais de la République. Le communiqué détaille les décisions.', [['location', 'Palais de la République']]],
    // No place noun before: nothing.
    ['Justice\n\nLe procureur de la République a requis deux ans de prison ferme contre le prévenu, selon nos informations.', [], ['République']]
  ])
})

describe('A town and the country it lies in are one place', () => {
  entityTable('fr', [
    ['Faits divers\n\nÀ Rosso Sénégal, un jeune homme est mort noyé dans le fleuve samedi, selon les sapeurs-pompiers.', [['location', 'Rosso Sénégal']], ['Rosso']],
    // Two countries stay two places.
    ['Football\n\nLe match amical France Sénégal aura lieu en juin au Stade de France, a annoncé la fédération.', [['location', 'France'], ['location', 'Sénégal']]]
  ])
})

describe('A known organisation that is also a nickname keeps its own name', () => {
  entityTable('fr', [['Football\n\nLe FC Barcelone a présenté sa recrue. Le Barça a payé 20 millions, a précisé le club catalan.', [['organization', 'FC Barcelone', ['Barça']]]]])
})

describe('A capitalised side of the compass after `dans le` is that region', () => {
  entityTable('fr', [
    ['Santé\n\nUne trentaine d’élèves d’un lycée de Maubeuge, dans le Nord, ont été hospitalisés après le voyage, selon le rectorat.', [['location', 'Nord']]],
    ['Politique\n\nDans le Nord, le chef de l’État a inauguré deux forages et une usine de traitement du riz.', [['location', 'Nord']]],
    // A side of a place, or a wind's direction, is none.
    ['Tournée\n\nLe président, en visite dans le Nord du pays, a promis trois nouvelles routes aux élus locaux.', [], ['Nord']],
    ['Météo\n\nLes vents souffleront du secteur Nord-Ouest, faibles à modérés, selon l’agence météorologique.', [], ['Nord-Ouest']]
  ])
})

describe('A side of the compass closing a range of directions is no place', () => {
  entityTable('fr', [
    ['Météo\n\nLes vents souffleront d’Ouest à Sud-Ouest, faibles à modérés en journée, selon les prévisionnistes.', [], ['Sud-Ouest']],
    // A town after a side of the compass further back stays a place.
    ['Météo\n\nLe vent du nord a soufflé toute la nuit. Les pluies ont surtout touché Ziguinchor, selon les services.', [['location', 'Ziguinchor']]]
  ])
})

describe('A known club after its town keeps its short name as an alias', () => {
  entityTable('en', [['Rugby\n\nThe lock was an integral part of the Neath-Swansea Ospreys regional side\'s first season. But with the Ospreys building for the future, he will retire.', [['organization', 'Neath-Swansea Ospreys', ['Ospreys']]]]])
})
