/**
 * Who said it (session 27, English speakers). Short texts written for these
 * tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: a skipper may be described by his playing position', () => {
  speakerTable('en', [
    [
      '`skipper X believes …. "…," said the Sale full-back` is X, not a player named before',
      'Wales ready for Twickenham\n\nWinger Tom Davies will miss the game after hurting his ankle in training on Tuesday.\n\nBut skipper Gareth Lewis believes the squad is in good heart. "There is no lack of belief in this side," said the Sale full-back. "We have trained well all week."',
      [
        ['There is no lack of belief in this side,', 'Gareth Lewis'],
        ['We have trained well all week.', 'Gareth Lewis']
      ]
    ]
  ])
})

describe('a one-word name the entities step found is a name even where the article writes the word in lower case', () => {
  speakerTable('en', [
    [
      '`"…," Orange said` beside `its orange livery`',
      'Mobile giant sues over colour\n\nMobile phone giant Orange has gone to court over a rival\'s use of the colour. The new service uses an orange livery on its website.\n\n"Our brand matters a great deal to us," Orange said in a statement. "We had no choice but to act."',
      [
        ['Our brand matters a great deal to us,', 'Orange'],
        ['We had no choice but to act.', 'Orange']
      ]
    ]
  ])
  speakerTable('fr', [
    [
      '`« … », a indiqué Orange` à côté de `sa couleur orange`',
      "L'opérateur attaque un concurrent\n\nL'opérateur Orange a saisi la justice contre un concurrent. Le nouveau service affiche une couleur orange sur son site.\n\n« Notre marque compte beaucoup pour nous », a indiqué Orange dans un communiqué.",
      [['Notre marque compte beaucoup pour nous', 'Orange']]
    ]
  ])
})
