import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: an interrogative opening a headline is no part of the name after it', () => {
  entityTable('fr', [
    ['Comment Israël a frappé les sites nucléaires\n\nLes frappes ont visé trois installations, selon le ministère.', [['location', 'Israël']], ['Comment Israël']],
    ['Pourquoi Dakar manque d’eau cet été\n\nLes coupures touchent plusieurs quartiers.', [['location', 'Dakar']], ['Pourquoi Dakar']]
  ])
  entityTable('en', [['How Israel struck the nuclear sites\n\nThe strikes hit three plants, the ministry said.', [['location', 'Israel']], ['How Israel']]])
})

describe('entities: a square, a gate and a station named with their `de` are places, a compass word or `République` too', () => {
  entityTable('fr', [
    ['Manifestation\n\nPrès de deux mille personnes se sont réunies place de la République samedi à Paris.', [['location', 'place de la République'], ['location', 'Paris']]],
    ['Salon\n\nLe salon ouvrira ses portes porte de Versailles, à Paris, le 4 mars.', [['location', 'porte de Versailles'], ['location', 'Paris']], ['Versailles']],
    ['Trafic\n\nLes trains au départ de la gare du Nord et de la gare de l’Est sont supprimés jeudi.', [['location', 'gare du Nord'], ['location', 'gare de l’Est']]],
    ['Rassemblement\n\nLes militants ont défilé entre la place de la Bastille et la place de la Nation.', [['location', 'place de la Bastille'], ['location', 'place de la Nation']]]
  ])
  entityTable('fr', [
    // (Before a country or a person, the `de` names whose the place is: no square.)
    ['Diplomatie\n\nLe ministre a défendu la place du Sénégal dans le monde, jeudi à Genève.', [['location', 'Sénégal'], ['location', 'Genève']], ['place du Sénégal']],
    // (Nor after a preposition, `mise en place de`, `à la place de`: setting up, instead of.)
    ['Réforme\n\nLe gouvernement annonce la mise en place du Conseil national du numérique en mars.', [['organization', 'Conseil national du numérique']], ['place du Conseil national du numérique']],
    ['Sport\n\nLe club a aligné un junior à la place de Moussa Ndiaye, blessé.', [['person', 'Moussa Ndiaye']], ['place de Moussa Ndiaye']],
    // (Nor a compass word alone after a common noun: `le vent du Nord`.)
    ['Météo\n\nLe vent du Nord soufflera sur la côte jusqu’à vendredi.', [], ['Nord', 'vent du Nord']]
  ])
})

describe('entities: a name before a comma and a side of the compass with `de` or `of` is a place', () => {
  entityTable('fr', [
    ['Incendie\n\nLe feu a détruit un entrepôt de Montcourbe, au nord-est de Valence, dans la nuit de lundi.', [['location', 'Montcourbe'], ['location', 'Valence']]],
    ['Crue\n\nLes habitants de Villebrune, à 12 km au sud de Rodez, ont été évacués.', [['location', 'Villebrune'], ['location', 'Rodez']]],
    // (A person's name keeps its type: the compass side says where something is, not who.)
    ['Arrestation\n\nLe suspect, Moussa Diop, au nord du pays depuis mars, a été interpellé.', [['person', 'Moussa Diop']]]
  ])
  entityTable('en', [
    ['Quake\n\nRescue teams reached Tarvelo, 40 km north-east of Lima, on Sunday.', [['location', 'Tarvelo'], ['location', 'Lima']]],
    ['Floods\n\nThe river burst its banks at Kelmby, northwest of Leeds, on Friday.', [['location', 'Kelmby'], ['location', 'Leeds']]]
  ])
})

describe('entities: a name no list knows and a small number after a place preposition is a numbered district', () => {
  entityTable('fr', [
    ['Fait divers\n\nUn homme a été agressé devant son domicile à Kelbo 4 dans la nuit de samedi.', [['location', 'Kelbo 4']], ['Kelbo']],
    ['Inondations\n\nLes eaux ont envahi plusieurs maisons à Dalifa-Nord 2, selon les riverains.', [['location', 'Dalifa-Nord 2']]],
    // (Not after `en`, which takes leagues and levels: `rétrogradé en Championnat National 2`.)
    ['Football\n\nLe club a été rétrogradé en Championnat National 2 pour raisons financières.', [['organization', 'Championnat National 2']]],
    // (Not a wrestler's name after a dative `à`: a given name opens it.)
    ['Lutte\n\nLe champion a rendu hommage à Balla Gaye 2 après le combat.', [['person', 'Balla Gaye 2']]]
  ])
})
