/**
 * Organisations learned from a corpus (issue 4, session 18): names the parser
 * types for sure in many articles are organisations where a text gives no
 * clue. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {learnedOrganizations} from '../../src/locales/organizations-learned.js'
import {entityTable} from '../helpers.js'

describe('A name learned as an organisation is one without a clue', () => {
  entityTable('en', [
    [
      'Cartoon sales climb\n\nThere was good news for Disney this week, and Citigroup raised its forecast for the sector.',
      [
        ['organization', 'Disney'],
        ['organization', 'Citigroup']
      ]
    ],
    // (A town whose club the sports pages name is not learned: it stays a place.)
    [
      'Hospital plan\n\nA new hospital will open in Portsmouth next year, ministers said on Monday.',
      [['location', 'Portsmouth']]
    ]
  ])
  entityTable('fr', [
    [
      'Grève dans le ciel\n\nLufthansa a annulé mardi des centaines de vols, après une semaine de négociations.',
      [['organization', 'Lufthansa']]
    ]
  ])
})

describe('The learned list', () => {
  it('holds no town, no work and no name a locale lists already', () => {
    for (const name of ['Portsmouth', 'Burnley', 'Today Programme', 'Exchange Commission', 'BBC', 'Labour']) expect(learnedOrganizations).not.toContain(name)
  })
})
