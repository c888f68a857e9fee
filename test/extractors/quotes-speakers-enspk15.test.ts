/**
 * Who said it (session 15): a role qualified by `shadow`, `deputy`, `former`
 * (`ancien`, `adjoint`) is another role, so `the chancellor` is not `shadow
 * chancellor X`.
 * Short texts written for these tests, through the whole pipeline.
 */
import {describe, expect, it} from 'vitest'
import {parse, positionErrors} from '../helpers.js'

type Row = [title: string, input: string, want: [text: string, speaker: string | null][]]

function table(rows: Row[], language = 'en') {
  for (const [title, input, want] of rows) {
    it(title, () => {
      const article = parse(input, {language})
      expect(positionErrors(input, {quotes: article.quotes.filter((q) => !q.parts)})).toEqual([])
      expect(article.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual(want)
    })
  }
}

describe('speakers, English: a qualified role (`shadow chancellor X`) is not the role it qualifies', () => {
  table([
    [
      '`the chancellor` after `Chancellor Tom Price` and `Shadow chancellor Sam Cole` is Tom Price',
      'Tax row\n\nChancellor Tom Price defended his budget on Monday. Shadow chancellor Sam Cole said the plans were reckless.\n\nThe chancellor said the figures were "fully costed".',
      [['fully costed', 'Tom Price']]
    ],
    [
      '`the mayor` is not `Deputy Mayor Alice Hart`: the person the article is about',
      'Mayor faces inquiry\n\nAn inquiry has been opened into remarks Ken Barlow made at a reception. Critics say Mr Barlow has shamed the city. On Sunday, Deputy Mayor Alice Hart told reporters she expected an apology.\n\nThe mayor accused a reporter of "hounding" him at a private event.',
      [['hounding', 'Ken Barlow']]
    ],
    [
      '`the deputy mayor` is `Deputy Mayor Alice Hart`',
      'Mayor faces inquiry\n\nAn inquiry has been opened into remarks Ken Barlow made at a reception. Critics say Mr Barlow has shamed the city. On Sunday, Deputy Mayor Alice Hart spoke to reporters.\n\nThe deputy mayor said the remarks were "deeply hurtful".',
      [['deeply hurtful', 'Alice Hart']]
    ]
  ])
})

describe('speakers, French: a qualified role (`l’ancien ministre X`) is not the role it qualifies', () => {
  table(
    [
      [
        '`le ministre` after `le ministre des Finances Moussa Diop` and `l’ancien ministre Ali Sow` is Moussa Diop',
        "Budget : le ministre défend son texte\n\nLe ministre des Finances Moussa Diop a présenté lundi le budget de l'État. L'ancien ministre Ali Sow a jugé le texte « irréaliste ».\n\nLe ministre a assuré que les chiffres étaient « prudents et sincères ».",
        [
          ['irréaliste', 'Ali Sow'],
          ['prudents et sincères', 'Moussa Diop']
        ]
      ]
    ],
    'fr'
  )
})
