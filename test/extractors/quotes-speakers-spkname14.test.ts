/**
 * Malformed speaker names (session 14): a speaker string is never a bare
 * title, initial or connective (`M`, `Or M`), and never keeps a word a
 * scraper glued to the name's end when the entities step cut it off. Short
 * texts written for these tests, through the whole pipeline. Each row gives
 * the quotes expected, in order, with their speaker (`null`: none).
 */
import {describe, expect, it} from 'vitest'
import {parse, positionErrors} from '../helpers.js'

type Row = [title: string, input: string, want: [text: string, speaker: string | null][]]

function table(language: string, rows: Row[]) {
  for (const [title, input, want] of rows) {
    it(title, () => {
      const article = parse(input, {language})
      expect(positionErrors(input, {quotes: article.quotes})).toEqual([])
      expect(article.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual(want)
    })
  }
}

describe('speaker names: titles, connectives, glued words (fr)', () => {
  table('fr', [
    [
      'a connective and a title glued after a quote (`».Or M. Dupuis`) are no name: the person the title points to speaks',
      'Fin de vie : le combat de Bernard Dupuis\n\nLe militant Bernard Dupuis a écrit au président de la République. La loi réserve la sédation aux malades dont la mort est attendue « à court terme ».Or M. Dupuis, même s’il se dit « condamné depuis vingt ans », ne peut pas prouver que sa fin approche.',
      [
        ['à court terme', null],
        ['condamné depuis vingt ans', 'Bernard Dupuis']
      ]
    ],
    [
      'a headline `Affaire M. Diallo : « … »` gives the person after the title, not `M`',
      'Affaire M. Diallo : « Vous jugerez vous-mêmes de la gravité de ces propos »\n\nLe porte-parole du gouvernement, Ibrahima Sarr, défend la décision de justice dans l’affaire Moussa Diallo. Le député Moussa Diallo avait été condamné mardi.',
      [['Vous jugerez vous-mêmes de la gravité de ces propos', 'Moussa Diallo']]
    ]
  ])
})
