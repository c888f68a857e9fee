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

describe("Where a company is based, after its legal form, is no part of its name", () => {
  entityTable('en', [
    [
      'Chip deal\n\nAcme Corp said it had agreed to sell its plant to Hitachi Ltd of Japan, and Hitachi said the deal would close in May.',
      [
        ['organization', 'Hitachi Ltd'],
        ['location', 'Japan']
      ],
      ['Hitachi Ltd of Japan']
    ],
    [
      'Grain sale\n\nCargill Inc of Chicago bought the mill. Cargill said it would keep its staff in Chicago.',
      [
        ['organization', 'Cargill Inc'],
        ['location', 'Chicago']
      ],
      ['Cargill Inc of Chicago']
    ],
    // A body's name with `of` and no legal form keeps it.
    [
      'Rates\n\nThe Bank of England left rates alone, and the Bank of England said prices were steady.',
      [['organization', 'Bank of England']]
    ]
  ])
})

describe("A state's abbreviation after a town and a comma is a place", () => {
  entityTable('en', [
    [
      'Plant to close\n\nAcme Corp said it would close its plant in Dayton, Ohio, and move the work to Camden, N.J., and to Fresno, Calif., by June. Acme said 300 jobs would go.',
      [
        ['organization', 'Acme Corp'],
        ['location', 'N.J.'],
        ['location', 'Calif']
      ],
      []
    ],
    // A company word, `of` and a town that a state follows: where the company is based.
    [
      'Takeover\n\nDelta Rubber Corp of Newark, N.J., agreed to buy the plant. Delta said the price was fair.',
      [
        ['organization', 'Delta Rubber Corp'],
        ['location', 'N.J.']
      ],
      ['Delta Rubber Corp of Newark']
    ]
  ])
  it('does not take an abbreviation that no dot follows', () => {
    const found = entitiesOf('Farm news\n\nMo Farah, Pa Broon and Del Amitri were there, and Mo Farah won.', 'en')
    expect(found.filter((e) => e.type === 'location').map((e) => e.name)).toEqual([])
  })
})

describe('Labels, time zones and short months are no organisations', () => {
  entityTable('en', [
    [
      'Acme Corp results\n\nAcme Corp said net rose to 4.1 mln dlrs, and it would hold a call at 1100 EDT. Acme Corp said sales rose.\n\nNOTE: Net includes a gain of 1.2 mln dlrs.',
      [['organization', 'Acme Corp']],
      ['NOTE', 'EDT']
    ],
    [
      'Beef ban\n\nFarmers said fears over BSE had eased, and the National Farmers Union said prices would rise.',
      [['organization', 'National Farmers Union']],
      ['BSE']
    ]
  ])
})

describe('A name after an agency or a daily is an organisation', () => {
  entityTable('en', [
    [
      'Coach stays\n\nThe coach told sports daily Sporto that he would stay, and Italian news agency Ansio quoted his agent.',
      [
        ['organization', 'Sporto'],
        ['organization', 'Ansio']
      ]
    ],
  ])
  it('does not make a post named after the agency a body', () => {
    const found = entitiesOf('Privacy rules\n\nWork with your agency Privacy Officer before you launch the site.', 'en')
    expect(found.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([])
  })
})

describe('A group of leading economies named by its number is an organisation', () => {
  entityTable('en', [
    [
      'Dollar talks\n\nThe Group of Seven met in Paris on Saturday. G-7 officials said the dollar was too weak, and the G7 will meet again in April.',
      [['organization', 'Group of Seven', ['G-7', 'G7']]]
    ],
    [
      'Dollar falls\n\nThe dollar fell after finance ministers at a meeting of the G7 in London said nothing new.',
      [['organization', 'G7']]
    ],
    [
      'Health plans\n\nThe Welsh Assembly Government said waiting lists would fall, and the Welsh Assembly will vote on the plan.',
      [
        ['organization', 'Welsh Assembly Government'],
        ['organization', 'Welsh Assembly']
      ]
    ]
  ])
})

describe('A bill is no organisation', () => {
  entityTable('en', [
    [
      'Vote tonight\n\nMPs will vote on the Prevention of Terrorism Bill tonight, and the Finance Bill comes next week. Bill Clinton, the former US president, watched and Mr Clinton said nothing.',
      [['person', 'Bill Clinton']],
      ['Prevention of Terrorism Bill', 'Finance Bill']
    ]
  ])
})

describe('A role before an organisation head alone is part of the name, no title', () => {
  entityTable('en', [
    [
      "Party row\n\nLabour's National Executive Committee met on Monday, and the Justice Department said it would look at the case.",
      [
        ['organization', 'National Executive Committee'],
        ['organization', 'Justice Department']
      ],
      ['Committee', 'Department']
    ]
  ])
  it('still reads a role before a given name and a surname as a title', () => {
    const found = entitiesOf('Board news\n\nChief Executive Officer John Smith said the Executive Board had met, and Mr Smith left.', 'en')
    expect(found.find((e) => e.name === 'John Smith')?.type).toBe('person')
  })
})

describe('The Conservative Party and the Tory Party are the Conservatives', () => {
  entityTable('en', [
    [
      'Tax pledge\n\nThe Conservative Party would cut taxes, the Tories said on Monday. Michael Howard told the Tory Party conference that the Conservatives would win.',
      [['organization', 'Conservative Party', ['Tories', 'Tory Party', 'Conservatives']]]
    ]
  ])
})
