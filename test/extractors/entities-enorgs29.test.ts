/**
 * English organisations (session 29). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {learnedOrganizations} from '../../src/locales/organizations-learned.js'
import {entityTable, parse} from '../helpers.js'

describe('A place, a known body, then a role in capitals and a name: the person keeps the role', () => {
  entityTable('en', [
    ['Party row\n\nThe row went on. Leeds UKIP MEP Gerard Batten said the party was united.', [['location', 'Leeds'], ['organization', 'UKIP'], ['person', 'Gerard Batten']], ['MEP Gerard Batten', 'UKIP MEP Gerard Batten']],
    ['Seat fight\n\nThe vote is close. Cardiff Labour MP Helen Rowe said she would stand again.', [['location', 'Cardiff'], ['organization', 'Labour'], ['person', 'Helen Rowe']], ['MP Helen Rowe']]
  ])
  entityTable('fr', [
    ["Enquête\n\nLe parquet a ouvert une enquête, a indiqué à l'AFP M. Durandet. Pierre Durandet est procureur.", [['organization', 'AFP'], ['person', 'Pierre Durandet']], ['M. Durandet']]
  ])
  it('makes the person the speaker, with the title', () => {
    const article = parse('Party row\n\nThe row went on. Leeds UKIP MEP Gerard Batten said: "Robert has made a variety of comments."', {language: 'en'})
    expect(article.quotes.map((q) => q.speaker?.name)).toEqual(['Gerard Batten'])
    expect(article.entities.find((e) => e.name === 'Gerard Batten')?.title).toBe('MEP')
  })
})

describe('The learned list holds no product of a listed firm and no name a role opens or closes', () => {
  it('leaves out `Nintendo DS`, `Microsoft Outlook`, `Metropolitan Police Commissioner`, `Chief Police Officers`', () => {
    for (const name of ['Nintendo DS', 'Microsoft Outlook', 'Metropolitan Police Commissioner', 'Chief Police Officers']) expect(learnedOrganizations).not.toContain(name)
    // (A firm's branch, an organisation word's name and one a role word that is also an organisation word closes stay.)
    for (const name of ['Sony Ericsson', 'BBC News', 'Amnesty International']) expect(learnedOrganizations).toContain(name)
  })
})

describe('A lower-case noun of a body after a place or after a body and its remit ends one organisation', () => {
  entityTable('en', [
    ['Arrest\n\nWest Midlands police confirmed they had arrested a man. The Metropolitan police said nothing.', [['organization', 'West Midlands police'], ['organization', 'Metropolitan police']], ['West Midlands']],
    ['Drinking hours\n\nSuffolk police chief Anne Walsh backed the change.', [['organization', 'Suffolk police'], ['person', 'Anne Walsh']], ['Suffolk']],
    ['Fees row\n\nThe Commons education select committee called the plan wrong. He sits on the Commons health select committee.',
      [['organization', 'Commons education select committee'], ['organization', 'Commons health select committee']], ['Commons']],
    // (A select committee of no remit, and committees whose remit words are no name's, leave the body named alone.)
    ['Arms row\n\nMr Straw told a Commons select committee the ban stood. The Senate armed services committee met on Monday. A Lib Dem policy committee backed the plan.',
      [['organization', 'Commons'], ['organization', 'Senate'], ['organization', 'Lib Dem']], ['Commons select committee', 'Senate armed services committee', 'Lib Dem policy committee']],
    // (Not a country's or a people's police, nor a sentence's first common word; not a body's committee of no name.)
    ['Raids\n\nBritish police and UK police were there. Local police were surprised. The ODPM committee met on Monday.', [['organization', 'ODPM']], ['British police', 'UK police', 'Local police', 'ODPM committee']]
  ])
})

describe('An acronym and one word that is no organisation word name a division, not the acronym’s body', () => {
  entityTable('en', [
    ["Music sales\n\nShares in music giant EMI fell on Monday. EMI Music's sales were lower than expected, the company said.", [['organization', 'EMI', []], ['organization', 'EMI Music', []]]],
    ["Phone lines\n\nShares in BT rose on Monday. BT Retail's revenue was higher than expected, the firm said.", [['organization', 'BT', []], ['organization', 'BT Retail', []]]],
    // (An organisation word after it still names the body: `UFJ Holdings` is `UFJ`.)
    ['Bank merger\n\nShares in UFJ Holdings rose. UFJ said talks went on.', [['organization', 'UFJ Holdings', ['UFJ']]]]
  ])
})
