import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

// Where a name begins and ends (session 20).

describe('a surname that is also a common word, below the headline', () => {
  entityTable('en', [
    ['Keeper set for loan move\n\nRangers goalkeeper Chris Day is set to join Preston on loan. Day has played twice this season.',
      [['person', 'Chris Day']], ['Chris']],
    ['Backbench anger grows\n\nLabour backbencher Stephen Pound said the briefing had to stop.',
      [['person', 'Stephen Pound']], ['Stephen']],
    // (A headline runs a name into a noun: the noun is no surname.)
    ['Probe launched on Ken Nazi jibe\n\nAn inquiry into Ken Livingstone began on Monday.',
      [['person', 'Ken Livingstone']], ['Ken Nazi']]
  ])
})

describe('a known place then one capitalised word no list knows is one name, not the place and another', () => {
  entityTable('en', [
    ['Paper backs bid\n\nThe Liverpool Echo newspaper said the club would bid again in the summer.',
      [['organization', 'Liverpool Echo']], ['Liverpool', 'Echo']]
  ])
  entityTable('fr', [
    ['Tensions au Proche-Orient\n\nLe ministre israélien de la Défense, Israël Katz, a déclaré que l’armée était prête.',
      [['person', 'Israël Katz']], ['Israël', 'Katz']]
  ])
})
