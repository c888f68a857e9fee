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

describe('a known body, its adjectives, then its holder: two names', () => {
  entityTable('fr', [
    ['Réforme des retraites\n\nLe président de l’Assemblée nationale Richard Ferrand a reçu les syndicats mardi.',
      [['organization', 'Assemblée nationale'], ['person', 'Richard Ferrand']], ['Assemblée nationale Richard Ferrand']],
    ['Session extraordinaire\n\nLe Président de l’Assemblée nationale El Malick Ndiaye a convoqué les députés.',
      [['organization', 'Assemblée nationale'], ['person', 'El Malick Ndiaye']]],
    // (A school is often named after one.)
    ['Rentrée\n\nLes cours reprennent à l’École nationale Cheikh Anta Diop lundi.',
      [], ['École nationale', 'Cheikh Anta Diop']]
  ])
})
