/**
 * English organisations (session 30). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A work named in an apposition after its noun is no organisation', () => {
  entityTable('en', [
    ['Band back on tour\n\nThe band opened with their last single, Moonwalker, which reached number five in March. Sales of Moonwalker rose.', [], ['Moonwalker']],
    ['Comedy tops chart\n\nHis first romantic comedy, Datebook, which opened on Friday, has topped the box office. Datebook took $30m.', [], ['Datebook']],
    // (Nor a person set off by commas after the noun.)
    ['Author quits\n\nHounded by protests over his novel, Perumal Murugan, a Tamil author, quit writing. Perumal Murugan said he was done.', [['person', 'Perumal Murugan']]],
    // (A name opening a clause after the noun is no apposition: the person stays.)
    ['Film row\n\nThey left after the film, Tom Baxter said on Monday. Tom Baxter is a critic.', [['person', 'Tom Baxter']]]
  ])
})

describe('One word right after a number, a demonym or a particle is the tail of a longer name, not a body', () => {
  entityTable('en', [
    ['Rapper tops chart\n\nRapper 90 Grand has topped the chart again. 90 Grand also won an award, and 90 Grand will tour.', [], ['Grand']],
    ['Show returns\n\nThe winner of Canadian Starquest will be named on Monday. Canadian Starquest draws eight million viewers.', [], ['Starquest']],
    ['Derby draw\n\nA shot by Robin van Oosterhout hit the post. Later van Oosterhout scored, and van Oosterhout was cheered.', [], ['Oosterhout']]
  ])
})

describe('Pronouns of any thing do not make a name a body; `its` still does', () => {
  entityTable('en', [
    ['Phone launch\n\nThe firm released the Vexaphone, which plays music and takes photographs.', [], ['Vexaphone']],
    ['Show nominated\n\nThe nominees include Nightwatchers, which is shown in 40 countries, and a quiz.', [], ['Nightwatchers']],
    ['Results\n\nShares rose after Brantwell said profits were up. Brantwell has doubled its dividend this year.', [['organization', 'Brantwell']]]
  ])
})

describe('Broadcasters with a number, and bodies after `think-tank`', () => {
  entityTable('en', [
    ['Interview\n\nThe minister told BBC 1\'s morning programme that the plan was sound.', [['organization', 'BBC 1']], ['BBC']],
    ['Survey\n\nUS think-tank Delmont Forum says a blog is created every second.', [['organization', 'Delmont Forum']]]
  ])
})

describe('Acronyms of things, consoles, conferences and models are no bodies', () => {
  entityTable('en', [
    ['Exam results\n\nPupils with five good GCSE grades rose. RSS feeds and SIM cards were on the list, as was every VCR sold.', [], ['GCSE', 'RSS', 'SIM', 'VCR']],
    ['Console news\n\nSony said the Sony PlayStation would be shown at the Global Chip Design Conference in Austin.', [['organization', 'Sony']], ['Sony PlayStation', 'PlayStation', 'Global Chip Design Conference']],
    ['Jet order\n\nThe carrier ordered ten Airbus A350 jets. Airbus said it was pleased.', [['organization', 'Airbus']], ['Airbus A350']]
  ])
})

describe('Well-known bands and agencies named without a cue', () => {
  entityTable('en', [
    ['Concert line-up\n\nThe show will feature Velvet Revolver, Lynyrd Skynyrd and Tim McGraw. Tickets go on sale on Friday.', [['organization', 'Velvet Revolver'], ['organization', 'Lynyrd Skynyrd']]],
    ['Flood maps\n\nThe team uses images from Nasa and the European Space Agency to draw its maps.', [['organization', 'Nasa'], ['organization', 'European Space Agency']]]
  ])
})

describe('`of`, then two parts joined by `and` ending with an organisation word, is one body', () => {
  entityTable('en', [
    ['Games row\n\nJo Bell, director general of Interactive and Leisure Software Makers Association, said rules were clear.', [['organization', 'Interactive and Leisure Software Makers Association']], ['Interactive', 'Leisure Software Makers Association']]
  ])
})

describe('A comma between a plural noun of firms and `such as` keeps the list', () => {
  entityTable('en', [
    ['Data charges\n\nSome networks, such as Pellucid, charge up to £1 for every megabyte.', [['organization', 'Pellucid']]]
  ])
})
