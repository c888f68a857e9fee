/**
 * English organisations (session 28): a sentence-initial organisation head before a lower-case role and a
 * person's name names no body; a country's demonym and an unknown two-letter acronym name a national body.
 * Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entityTable, parse} from '../helpers.js'

describe('An organisation head, a lower-case role and a name: the person, with the role', () => {
  entityTable('en', [
    ['Poll plan\n\nCampaign coordinator Alan Milburn said the vote would be close.', [['person', 'Alan Milburn']], ['Campaign coordinator Alan Milburn', 'Campaign']],
    ['Poll plan\n\nCampaign boss Tony Blair said the vote would be close.', [['person', 'Tony Blair']], ['Campaign boss Tony Blair', 'Campaign']],
    ['Strike vote\n\nUnion boss Mary Hill said members would walk out.', [['person', 'Mary Hill']], ['Union boss Mary Hill', 'Union']],
    // (A club's name before its role stays the club's; a head and its complement stay one name.)
    ['Cup tie\n\nChelsea boss Jose Mourinho said the side was ready.', [['organization', 'Chelsea'], ['person', 'Jose Mourinho']]],
    ['Rates\n\nBank of England governor Mervyn King said rates would stay.', [['organization', 'Bank of England'], ['person', 'Mervyn King']]]
  ])
  entityTable('fr', [
    ['Élection\n\nFédération président Jean Dupont a annoncé sa candidature.', [['person', 'Jean Dupont']], ['Fédération président Jean Dupont']],
    // (A head's lower-case complement joined by particles stays in the name.)
    ["Formation\n\nL'École de maintien de la paix Alioune Blondin Beye a ouvert ses portes.", [['organization', 'École de maintien de la paix Alioune Blondin Beye']]]
  ])
  it('gives the person the role and makes them the speaker', () => {
    const article = parse('Poll plan\n\nCampaign coordinator Alan Milburn said: "We will win the election."', {language: 'en'})
    const person = article.entities.find((e) => e.name === 'Alan Milburn')
    expect(person?.type).toBe('person')
    expect(person?.role).toBe('coordinator')
    expect(article.quotes.map((q) => q.speaker?.name)).toEqual(['Alan Milburn'])
  })
})

describe('A country demonym and an acronym of two letters no list knows name a national body', () => {
  entityTable('en', [
    ['Fine upheld\n\nThe club was fined by the Spanish FA on Monday.', [['organization', 'Spanish FA']], ['FA', 'Spanish']],
    ['Date row\n\nWe will have to speak with the Bulgarian FA about the date.', [['organization', 'Bulgarian FA']], ['FA']],
    // (Not a thing's acronym nor a known body's: `British TV`, `Turkish EU talks`.)
    ['Screens\n\nHe grew up on British TV and Turkish EU talks bored him.', [['organization', 'EU']], ['British TV', 'Turkish EU']]
  ])
})

describe('One singular word no list knows after a capitalised title article inside a sentence is a work, no body', () => {
  entityTable('en', [
    ['Box office\n\nOscar hopefuls The Aviator and Sideways both did well.', [], ['The Aviator', 'Aviator']],
    ['Film plan\n\nHe will not start work on a film version of The Hobbit for years.', [], ['The Hobbit', 'Hobbit']],
    // (A band's plural name and a known newspaper stay bodies.)
    ['Papers\n\nHe told The Guardian that The Beatles had it.', [['organization', 'The Guardian'], ['organization', 'The Beatles']]]
  ])
  entityTable('fr', [
    // (French opens newspapers' names with the article: no title article.)
    ['Presse\n\nIl a confié au quotidien Le Soleil que la réforme était prête.', [['organization', 'Le Soleil']]]
  ])
})
