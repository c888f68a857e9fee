/**
 * Partial quotes that are the object of a verb of judging or voicing
 * (`objectVerbs`: `salue un « … »`, `exprime sa « … »`, `calls it "…"`):
 * the verb's subject speaks, or, for an infinitive or a participle, the
 * sentence's subject. Short texts written for these tests, through the
 * whole pipeline. Each row gives the quotes expected, in order, with their
 * speaker (`null`: the text does not say).
 */
import {describe} from 'vitest'
import {speakerTable as table} from '../helpers.js'


describe('object of a verb of judging, French', () => {
  table('fr', [
    [
      'an infinitive after `pour` (`pour saluer ces « … »`) shares the sentence’s subject, past an apposition',
      'Commémoration\n\nLe guide religieux Moussa Diop, absent depuis une semaine, est apparu mardi à Thiès pour saluer ces « héros de la nation ».',
      [['héros de la nation', 'Moussa Diop']]
    ],
    [
      'a finite verb that is no speech verb (`a soutenu son idée d’une « … »`) after an opening phrase: its subject speaks',
      'Élections\n\nInvitée de la radio publique lundi, Aminata Touré a soutenu son idée d’une « justice sans privilèges ».',
      [['justice sans privilèges', 'Aminata Touré']]
    ],
    [
      'a name in apposition between commas right before the verb (`le journaliste de la radio, Ousmane Ba, a parlé d’une « … »`)',
      'Médias\n\nLes critiques ont été vives : le chroniqueur de la radio, Ousmane Ba, a parlé d’une « interview sans relief ».',
      [['interview sans relief', 'Ousmane Ba']]
    ],
    [
      'a passive (`est célébré comme « … »`) names who is judged, not who judges: no speaker',
      'Hommage\n\nAncien recteur de l’université, le professeur Amadou Ndiaye est célébré comme « un bâtisseur patient ».',
      [['un bâtisseur patient', null]]
    ]
  ])
})

describe('object of a verb of judging, English', () => {
  table('en', [
    [
      'a present-tense verb that is no speech verb (`calls it "…"`): its subject speaks',
      'Flood app launched\n\nThe app went live on Monday. In an email, Sarah Collins calls it "a first step towards recovery".',
      [['a first step towards recovery', 'Sarah Collins']]
    ],
    [
      'a participle after `for` (`fined for calling the referee "…"`) shares the sentence’s subject',
      'Coach fined\n\nLeeds coach Tom Harris has been fined £500 for calling the referee "a complete disgrace".',
      [['a complete disgrace', 'Tom Harris']]
    ],
    [
      'a name in a complement before a participle (`leaflets at Leeds University calling for "…"`) is no subject: no speaker',
      'Students held\n\nThe two students were held as they handed out leaflets at Leeds University calling for a "day of reckoning".',
      [['day of reckoning', null]]
    ]
  ])
})
