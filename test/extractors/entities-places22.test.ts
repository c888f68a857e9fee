import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: `en` alone makes no unknown name a place (places22)', () => {
  entityTable('fr', [
    // A subject, a school level, a league after `en`: no place (nor any entity).
    ['Résultats\n\nTitulaire d’une licence en Pharmacie, elle a enseigné pendant dix ans à Kaolack avant de rejoindre le ministère.', [['location', 'Kaolack']], ['Pharmacie']],
    ['Examens\n\nL’élève avait obtenu 17 de moyenne en Seconde et d’excellentes notes en S1 avant son départ pour Thiès.', [['location', 'Thiès']], ['Seconde', 'S1']],
    ['Mercato\n\nL’attaquant, qui a marqué douze buts en Bundesliga la saison dernière, a signé un contrat de trois ans.', [], ['Bundesliga']],
    ['Télévision\n\nL’animateur de Rendez-vous en Terre inconnue prépare une nouvelle émission à Marseille.', [['location', 'Marseille']], ['Terre']],
    // Regions `en` takes are known names, places still.
    ['Vacances\n\nLes touristes restent nombreux en Calabre et en Andalousie malgré la chaleur de cet été.', [['location', 'Calabre'], ['location', 'Andalousie']]],
    ['Orages\n\nHuit départements sont en vigilance orange en Nouvelle-Aquitaine depuis mardi soir, selon Météo-France.', [['location', 'Nouvelle-Aquitaine']]],
    // `aux` still sets a place: plural names of quarters take it (`aux Grésilles`).
    ['Faits divers\n\nUn incendie s’est déclaré aux Grésilles dans la nuit de samedi, sans faire de blessés.', [['location', 'Grésilles']]],
    // `à` still sets a place for an unknown name.
    ['Visite\n\nLe ministre s’est rendu à Ndiognick pour inaugurer le forage du village, samedi matin.', [['location', 'Ndiognick']]]
  ])
})

describe('entities: `in` still makes an unknown name a place in English (places22)', () => {
  entityTable('en', [['Floods\n\nHundreds of homes were flooded in Tewkesbury after the river burst its banks on Friday.', [['location', 'Tewkesbury']]]])
})
