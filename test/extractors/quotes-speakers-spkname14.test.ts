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
    ],
    [
      'a verb glued by scraping to the end of a name (`,Awalaisse entendre`) comes off the speaker as it comes off the entity',
      'Awa craque : la vérité sur son mariage\n\nUne vidéo attribuée à Awa, vendeuse de cosmétiques très suivie sur TikTok, circule depuis lundi.\n\nDans l’enregistrement,Awalaisse entendre sa colère : « Je suis fatiguée de faire semblant. Les femmes souffrent en silence. »',
      [['Je suis fatiguée de faire semblant. Les femmes souffrent en silence.', 'Awa']]
    ]
  ])

  it('the speaker cut from a glued word is positioned on the name alone', () => {
    const input = 'Awa craque\n\nUne vidéo attribuée à Awa circule depuis lundi.\n\nDans l’enregistrement,Awalaisse entendre sa colère : « Je suis fatiguée de faire semblant. »'
    const speaker = parse(input, {language: 'fr'}).quotes[0]?.speaker
    expect(speaker?.name).toBe('Awa')
    expect(input.slice(speaker!.position!.start.offset, speaker!.position!.end.offset)).toBe('Awa')
  })
})

describe('glued tail on a linked speaker (fr)', () => {
  it('a speaker linked to a person entity is positioned on the name, not on the verb glued to it', () => {
    const input = 'Moussa craque\n\nLe texte adressé à Moussa circule depuis lundi.\n\nDans la vidéo,Moussalaisse entendre sa colère : « Je suis fatigué de faire semblant. »'
    const speaker = parse(input, {language: 'fr'}).quotes[0]?.speaker
    expect(speaker?.name).toBe('Moussa')
    expect(speaker?.entity).toBeDefined()
    expect(input.slice(speaker!.position!.start.offset, speaker!.position!.end.offset)).toBe('Moussa')
  })
})
