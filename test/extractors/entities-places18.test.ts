import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: a list goes on across its coordinating word when the words before its first name come again', () => {
  entityTable('fr', [
    // `de la X et du Y`, `de la X et de la Y`, `du X et de l’Y`: the particles before the first name, again after `et`.
    ['Vendanges\n\nLa grêle a touché les vignes de la Charente et du Ségala dans la nuit de mardi.', [['location', 'Ségala']]],
    ['Rivières\n\nLes crues menacent les communes de la Bourgogne et de la Puisaye jusqu’à jeudi.', [['location', 'Puisaye']]],
    ['Tournage\n\nLe film a été tourné dans les villages du Ndoucoumane et de l’Oualo pendant trois mois.', [['location', 'Oualo']]],
    // `ou` and an adverb of a list: `ou encore`.
    ['Export\n\nLe constructeur ouvre des salles d’exposition à Londres, Monaco ou encore Kitzbühel cette année.', [['location', 'Kitzbühel']]]
  ])
})

describe('entities: the place cues read in the plural and at the opening of a sentence', () => {
  entityTable('fr', [
    // A place noun in the plural, then `de`: the list after it shares the place.
    ['Frappes\n\nLes frappes ont visé les provinces de Zandjan, Ghazvin et Ilam dans la nuit.', [['location', 'Zandjan'], ['location', 'Ghazvin'], ['location', 'Ilam']]],
    // A place preposition opening the sentence, a comma after the name.
    ['Inondations\n\nÀ Ndiaganiao, les eaux ont emporté trois maisons dans la nuit de lundi.', [['location', 'Ndiaganiao']]]
  ])
  entityTable('en', [
    ['Voters\n\nIn Tredegar, a former mining town, voters said they felt forgotten.', [['location', 'Tredegar']]]
  ])
})

describe('entities: a word opening a sentence is confirmed as a name by a list of sure places', () => {
  entityTable('fr', [
    // After a colon the first name opens a sentence: only the list tells it is a name.
    ['Inondations\n\nLes pluies ont touché plusieurs localités : Ndiaganiao, Mbour, Thiès et Fatick.', [['location', 'Ndiaganiao']]]
  ])
})

describe('entities: a word the text sets as a place twice is no short form of an organisation that opens with it', () => {
  entityTable('en', [
    [
      'Conference\n\nThe party will meet in Harrogate next year. The Harrogate Hotel Association said members were pleased. Conferences have rotated between Harrogate, Bournemouth and Brighton. Harrogate hoteliers expect full rooms.',
      [['location', 'Harrogate'], ['organization', 'Harrogate Hotel Association']]
    ]
  ])
})

describe('entities: a list is read again over the whole article, a name of it a place by another sentence', () => {
  entityTable('fr', [
    // `Morvan` is a place by its first sentence only; in the list, nothing types either name.
    ['Orages\n\nLa grêle est tombée dans la région du Morvan mardi. Les viticulteurs du Morvan et du Tonnerrois comptent leurs pertes.', [['location', 'Morvan'], ['location', 'Tonnerrois']]]
  ])
})
