/**
 * French entity rules of session 15 (frent): organisations and people's
 * types. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('An English date in a French text names no one (frent15)', () => {
  entityTable('fr', [
    // Two embedded tweets, each signed with an English date glued to the handle.
    [
      'Assemblée : la polémique enfle\n\nLe député Moussa Diallo a réagi sur X. « Le débat doit rester politique. »— Moussa Diallo (@moussadiallo)June 25, 2025\n\nSon collègue a répondu le lendemain. « Nous verrons devant les juges. »— Awa Ndiaye (@awandiaye)June 26, 2025\n\nLa séance reprend lundi.',
      [
        ['person', 'Moussa Diallo'],
        ['person', 'Awa Ndiaye']
      ],
      ['June']
    ]
  ])
})

describe('A fixture word between people is a duel, not a match (frent15)', () => {
  entityTable('fr', [
    // A surname alone, then a given name and a surname: both sides are people, and the surname goes to the person named in full.
    [
      'Ndiaga Fall vs Moussa Sarr : le tribunal tranchera lundi\n\nLe procès en diffamation intenté par Moussa Sarr contre Ndiaga Fall reprend lundi. Ndiaga Fall a fait appel de la première décision.',
      [
        ['person', 'Ndiaga Fall'],
        ['person', 'Moussa Sarr']
      ]
    ],
    // A wrestler's name with a number, and a one-word nickname across `vs`.
    [
      'Lutte\n\nLes promoteurs annoncent pour le 12 août le combat Modou Ndiaye 2 vs Thiakhou à l’arène nationale.',
      [
        ['person', 'Modou Ndiaye'],
        ['person', 'Thiakhou']
      ]
    ]
  ])
  // Teams stay teams.
  entityTable('en', [['Results\n\nDerby v Watford ended goalless on Saturday.', [['organization', 'Derby'], ['organization', 'Watford']]]])
})
