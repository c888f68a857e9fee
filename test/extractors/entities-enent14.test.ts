/**
 * English organisations (session 14). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe("A known name whose 's is its own keeps it", () => {
  entityTable('en', [
    [
      "Bond prices slip\n\nThe new notes are rated A-2 by Moody's and A-minus by Standard & Poor's. Moody's said the outlook was stable.",
      [
        ['organization', "Moody's"],
        ['organization', "Standard & Poor's"]
      ],
      ['Moody', 'Standard & Poor']
    ],
    [
      "Ratings cut\n\nStandard and Poor's Corp lowered the bank's rating on Tuesday, and Moody's Investors Service Inc said it might follow.",
      [
        ['organization', "Standard and Poor's Corp"],
        ['organization', "Moody's Investors Service Inc"]
      ]
    ],
    // After a given name it is a person's possessive.
    [
      "England win\n\nLewis Moody's try settled the game at Twickenham, and Lewis Moody said he was delighted.",
      [['person', 'Lewis Moody']],
      ["Lewis Moody's", "Moody's"]
    ]
  ])
  it('gives the name its whole span, with the apostrophe', () => {
    const text = "Fast food\n\nMcDonald's said sales rose in March."
    const e = entitiesOf(text, 'en').find((x) => x.name === "McDonald's")!
    expect(e.type).toBe('organization')
    expect(e.mentions[0]!.position.start.offset).toBe(text.indexOf("McDonald's"))
    expect(e.mentions[0]!.position.end.offset).toBe(text.indexOf(' said'))
  })
})
