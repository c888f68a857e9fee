/**
 * What is no organisation (issue 4, session 20): capitalised words holding a
 * function word that no organisation word, cue or known name marks as a
 * body's (`Shaun of the Dead`, `Call of Duty`, `the Bill of Rights`) name a
 * work, a text or an event, no entity. A name that is an organisation only
 * because it holds a word the article also writes in lower case (`Open Data`)
 * is dropped unless something confirms it, however often it is named. Texts
 * are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('Capitalised words with a function word are no organisation by default', () => {
  entityTable('en', [
    [
      'Comedy wins the night\n\nThe zombie comedy Shaun of the Dead beat Hollywood rivals, while Call of Duty took the audio prize at the awards in London.',
      [['location', 'London']],
      ['Shaun of the Dead', 'Call of Duty']
    ],
    [
      'Rights campaign\n\nCampaigners said the plan breached the Bill of Rights and wrote to the Law Society about it.',
      [['organization', 'Law Society']],
      ['Bill of Rights']
    ],
    [
      'Bank holds rates\n\nThe Bank of England kept rates on hold, and the Alliance des États du Sahel met in Niamey.',
      [['organization', 'Bank of England']]
    ]
  ])
  entityTable('fr', [
    [
      'Livres de famille\n\nEntre Jean-Marie et Marine Le Pen, la rivalité est de tous les instants. Lequel des Le Pen sera le premier en librairie ?',
      [['person', 'Marine Le Pen']],
      ['Lequel des Le Pen']
    ]
  ])
  entityTable('en', [
    [
      'Data push\n\nThe agency opened a portal to promote Open Data this week, and the open data team hopes Open Data will grow.',
      [],
      ['Open Data']
    ]
  ])
})

describe('A thing pronoun after a given name and a surname does not make them a body', () => {
  entityTable('en', [
    [
      'Derby row\n\nThe manager said the referee missed the foul on Ashley Cole for which the defender should have been sent off.',
      [['person', 'Ashley Cole']]
    ],
    [
      'Markets\n\nLaura Ashley is parting company with its chief executive after a poor year.',
      [['organization', 'Laura Ashley']]
    ]
  ])
})
