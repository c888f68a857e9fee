import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: a Senegalese place name opened by `Keur`, `Darou` or `Médina` is a place without a cue', () => {
  entityTable('fr', [
    // (After `de` that follows a common noun, no place cue: the opening word decides.)
    ['Tensions\n\nDes heurts ont opposé samedi soir des jeunes de Keur Samba et Keur Mbaye, selon la gendarmerie.', [['location', 'Keur Samba'], ['location', 'Keur Mbaye']]],
    ['Incendie\n\nLes sapeurs-pompiers de Darou Mousty sont intervenus pour circonscrire le feu du marché central.', [['location', 'Darou Mousty']]],
    // (A headline that opens with the name.)
    ['Médina Baye : deux blessés dans une collision sur la route nationale\n\nLes victimes ont été évacuées à Kaolack.', [['location', 'Médina Baye'], ['location', 'Kaolack']]]
  ])
})

describe('entities: a Roman ordinal before a place word is one name, a district', () => {
  entityTable('fr', [
    ['Incendie\n\nUn incendie a ravagé un appartement du XVe arrondissement de Paris dans la nuit de samedi.', [['location', 'XVe arrondissement'], ['location', 'Paris']], ['XVe']],
    ['Agression\n\nLa victime habite le XIX arrondissement depuis vingt ans, selon ses voisins.', [['location', 'XIX arrondissement']], ['XIX']]
  ])
})
