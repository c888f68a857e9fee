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
