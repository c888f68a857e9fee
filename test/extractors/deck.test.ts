import {describe, expect, it} from 'vitest'
import {parse, positionErrors} from '../helpers.js'

const slice = (input: string, p: {start: {offset: number}; end: {offset: number}} | null) => (p ? input.slice(p.start.offset, p.end.offset) : null)

// A body written as one long unbroken block, as some scraped pages give it.
const longBody =
  'Le préfet a pris un arrêté mercredi. Il s’applique dès jeudi matin. Les contrôles seront renforcés aux entrées de la ville. ' +
  'Les contrevenants risquent une amende. La mesure sera levée quand la pollution baissera. Les transports en commun restent gratuits. ' +
  'Les associations saluent la décision. Les commerçants craignent une baisse de la fréquentation. Le maire appelle au civisme. ' +
  'Une nouvelle réunion est prévue vendredi, puis une autre lundi. '.repeat(24)

type Row = [name: string, input: string, deck: string | null]

const rows: Row[] = [
  ['front matter description', '---\ntitle: Board meets\ndescription: "The board held its first public meeting."\n---\n\nThe board met.', 'The board held its first public meeting.'],
  ['front matter deck wins over summary', '---\ntitle: Board meets\nsummary: A summary.\ndeck: A deck.\n---\n\nThe board met.', 'A deck.'],
  ['Markdown: a second-level heading under the title', '# Port strike ends\n\n## Workers return after a deal on pay\n\nDock workers returned on Monday.', 'Workers return after a deal on pay'],
  ['Markdown: an emphasised line under the title', '# Port strike ends\n\n*Workers return after a deal on pay*\n\nDock workers returned on Monday.', 'Workers return after a deal on pay'],
  [
    'plain text: a one-sentence standfirst before a single long body',
    `Circulation différenciée jeudi à Paris\n\nSeules les voitures les moins polluantes pourront circuler jeudi dans l’agglomération parisienne.\n\n${longBody}`,
    'Seules les voitures les moins polluantes pourront circuler jeudi dans l’agglomération parisienne.'
  ]
]

// What must NOT be taken as a deck.
const negatives: Row[] = [
  ['the first paragraph of a story with several paragraphs', 'Port strike ends\n\nDock workers returned to the quays on Monday after a deal on pay.\n\nThe deal raises pay by 4%.\n\nShips are being unloaded again.', null],
  ['the first paragraph of a wire story', `Circulation différenciée jeudi\n\nPARIS, 20 juin (AFP) - Seules les voitures les moins polluantes pourront circuler jeudi.\n\n${longBody}`, null],
  ['a byline line', `Circulation différenciée jeudi\n\nPar Awa Ndiaye et Moussa Diop, envoyés spéciaux à Paris\n\n${longBody}`, null],
  ['a plain paragraph in Markdown', '# Port strike ends\n\nDock workers returned on Monday.\n\nThe deal raises pay.', null],
  ['no headline', '(CNN)Dock workers returned on Monday after a deal on pay, officials said on Monday in a statement.', null]
]

describe('deck', () => {
  for (const [name, input, want] of [...rows, ...negatives]) {
    it(name, () => {
      const a = parse(input)
      expect(a.alternativeHeadline).toBe(want)
      if (want !== null) {
        expect(slice(input, a.alternativeHeadlinePosition)).toContain(want.slice(0, 10))
        // A deck from the text is claimed: it is not body.
        if (!input.startsWith('---')) expect(a.body.some((p) => p.text.includes(want))).toBe(false)
      } else expect(a.alternativeHeadlinePosition).toBeNull()
      expect(positionErrors(input, a)).toEqual([])
    })
  }
})
