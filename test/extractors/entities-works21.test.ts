/**
 * Titles of works and names of things are no entities (session 21): what a
 * naming participle names after a noun of a work or a thing. Texts are written
 * for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('works and things named by a participle, English', () => {
  entityTable('en', [
    // `a tool, called X`: a thing's name, here and elsewhere in the article.
    [
      'Photo search\n\nSearch giant Lumio has launched a free tool, called Snapwise, that sorts photos on a home computer. Snapwise finds pictures by their colours, the firm said.',
      [['organization', 'Lumio']],
      ['Snapwise']
    ],
    ['New record\n\nThe singer said she had written a song called Broken Harbour Lights on the road. Critics have praised Broken Harbour Lights.', [], ['Broken Harbour Lights']],
    // After a noun of an organisation or a person, the participle names an entity.
    ['Start-up\n\nHe later founded a company called Zentrix Labs in Leeds. Zentrix Labs now employs 40 people.', [['organization', 'Zentrix Labs'], ['location', 'Leeds']]]
  ])
})

describe('titles of works by their form and by a noun of a kind of film, English', () => {
  entityTable('en', [
    // `The` capitalised inside a sentence, then two or more words: a work's title, here and elsewhere in the article.
    [
      'Broadway return\n\nActor Tom Hartley is to replace Dallas Reed in the Broadway revival of The Glass Menagerie, producers said. Tickets for The Glass Menagerie go on sale on Monday.',
      [['person', 'Tom Hartley']],
      ['The Glass Menagerie', 'Glass Menagerie']
    ],
    ['Comedy awards\n\nLittle Britain won best comedy, beating The Office Christmas Special and Peep Show.', [], ['The Office Christmas Special']],
    // (Not a known name, nor one ending with an organisation word.)
    [
      'Media deal\n\nThe agreement was first reported by The New York Times on Sunday, and later confirmed by The Walt Disney Company.',
      [
        ['organization', 'The New York Times'],
        ['organization', 'The Walt Disney Company']
      ]
    ],
    ['Awards night\n\nHollywood blockbuster Sky Pirates, starring Anna Kovacs, leads the field with nine nominations.', [['person', 'Anna Kovacs']], ['Sky Pirates']]
  ])
})

describe('works and things named by a participle, French', () => {
  entityTable('fr', [
    ['Télévision\n\nLa chaîne lance une série appelée Mariama Bâ Academy, tournée à Dakar. Mariama Bâ Academy compte vingt épisodes.', [['location', 'Dakar']], ['Mariama Bâ Academy']],
    ['Témoin\n\nUne femme appelée Awa Diallo a raconté la scène aux policiers. Awa Diallo habite Thiès.', [['person', 'Awa Diallo'], ['location', 'Thiès']]]
  ])
})
