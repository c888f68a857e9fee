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
