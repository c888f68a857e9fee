import {describe, expect, it} from 'vitest'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

type Want = {byline: string | null; authors: {name: string; role?: string; affiliation?: string}[]}
type Row = [input: string, want: Want]

const fr: Row[] = [
  ['Les pluies reviennent\n\nPar Awa Ndiaye\n\nLes services météo annoncent des averses pour toute la semaine dans le pays.', {byline: 'Par Awa Ndiaye', authors: [{name: 'Awa Ndiaye'}]}],
  ['Les pluies reviennent\n\nPar Awa Ndiaye et Moussa Diop\n\nLes services météo annoncent des averses pour la semaine.', {byline: 'Par Awa Ndiaye et Moussa Diop', authors: [{name: 'Awa Ndiaye'}, {name: 'Moussa Diop'}]}],
  [
    'Les pluies reviennent\n\nDe notre correspondant à Dakar, Ibrahima Sall\n\nLes services météo annoncent des averses.',
    {byline: 'De notre correspondant à Dakar, Ibrahima Sall', authors: [{name: 'Ibrahima Sall', role: 'correspondant à Dakar'}]}
  ],
  ['Les pluies reviennent\n\n_Par Awa Ndiaye_\n\nLes services *météo* annoncent des averses.', {byline: '_Par Awa Ndiaye_', authors: [{name: 'Awa Ndiaye'}]}],
  ['Les pluies reviennent\n\nPar Jean de La Rocque, AFP\n\nLes services météo annoncent des averses.', {byline: 'Par Jean de La Rocque, AFP', authors: [{name: 'Jean de La Rocque', affiliation: 'AFP'}]}],
  [
    'Les pluies reviennent sur Dakar\n\nLes services météo annoncent des averses pour toute la semaine, avec des cumuls importants.\n\n« Restez prudents », a recommandé le directeur de la météorologie nationale.\n\nOumar Alpha',
    {byline: 'Oumar Alpha', authors: [{name: 'Oumar Alpha'}]}
  ],
  ['Les pluies reviennent\nAwa Ndiaye\n\nLes services météo annoncent des averses pour toute la semaine.', {byline: 'Awa Ndiaye', authors: [{name: 'Awa Ndiaye'}]}],
  [
    'Appel au calme\n\nNous appelons les autorités à protéger notre jeunesse et à garantir la paix dans le pays.\nMme Awa Ndiaye',
    {byline: 'Mme Awa Ndiaye', authors: [{name: 'Awa Ndiaye'}]}
  ],
  ['Les pluies reviennent\n\nPar Awa Ndiaye (AFP)\n\nLes services météo annoncent des averses.', {byline: 'Par Awa Ndiaye (AFP)', authors: [{name: 'Awa Ndiaye', affiliation: 'AFP'}]}]
]

const en: Row[] = [
  ['Port strike ends\n\nBy Jane Roe\n\nDock workers returned to the quays on Monday.', {byline: 'By Jane Roe', authors: [{name: 'Jane Roe'}]}],
  ['Port strike ends\n\nBy Jane Roe and John Smith\n\nDock workers returned to the quays on Monday.', {byline: 'By Jane Roe and John Smith', authors: [{name: 'Jane Roe'}, {name: 'John Smith'}]}],
  [
    'BANK DELAYS OFFER\n\n    by Janie Gabbett, Reuters\n    LOS ANGELES, Feb 26 - BankAmerica Corp is not under\npressure to act quickly, analysts said.',
    {byline: 'by Janie Gabbett, Reuters', authors: [{name: 'Janie Gabbett', affiliation: 'Reuters'}]}
  ],
  ['TALKS RESUME\n\n    BY PATRICK RIZZO AND PATTI DOMM\n    NEW YORK, March 3 - Talks resumed, officials said.', {byline: 'BY PATRICK RIZZO AND PATTI DOMM', authors: [{name: 'PATRICK RIZZO'}, {name: 'PATTI DOMM'}]}],
  ['Port strike ends\n\nBy ABBY GOODNOUGH\n\nDock workers returned to the quays on Monday.', {byline: 'By ABBY GOODNOUGH', authors: [{name: 'ABBY GOODNOUGH'}]}],
  ['# Port strike ends\n\n**By Jane Roe**\n\nDock workers returned on Monday.', {byline: '**By Jane Roe**', authors: [{name: 'Jane Roe'}]}],
  ['Port strike ends\n\nBy Peter Read, Staff Writer\n\nDock workers returned on Monday.', {byline: 'By Peter Read, Staff Writer', authors: [{name: 'Peter Read', role: 'Staff Writer'}]}],
  ['---\ntitle: Port strike ends\nauthors:\n  - jane-roe\n  - john-smith\n---\n\nDock workers returned on Monday.', {byline: null, authors: [{name: 'jane-roe'}, {name: 'john-smith'}]}]
]

// What must NOT be read as a byline or an author.
const negatives: string[] = [
  // An agency credit is not a person.
  'Port strike ends\n\nBy Reuters\n\nDock workers returned on Monday.',
  'Les pluies reviennent sur Dakar\n\nLes services météo annoncent des averses pour toute la semaine, avec des cumuls.\n\nAPS',
  // A sentence opening with "By" is body.
  'Port strike ends\n\nBy Friday, the company said, the dock workers would be back at work.',
  'Port strike ends\n\nBy contrast, dock workers in Le Havre stayed out for another week.',
  // A line-up, a venue, a salutation, a label.
  'Scotland win\n\nScotland beat Wales in a tense game at Murrayfield on Saturday.\n\nR McBryde, J Yapp, J Thomas, G Cooper, C Sweeney.',
  'Rovers v Burnley\nEwood Park\n\nBlackburn have not played since the fifth round tie, and it shows.',
  'Lettre ouverte\n\nMonsieur le Président de la République,\n\nNous vous écrivons au sujet de la situation des enseignants.',
  'Port strike ends\n\nDock workers returned on Monday after the deal on pay.\n\nRead More',
  // A last line after a table is not a signature.
  'Scores\n\nArchibald 19, Grady 29, Crawford 41, Grady 47.\n\n8,661\n\nKevin Clark'
]

function table(rows: Row[]) {
  for (const [input, want] of rows) {
    it(JSON.stringify(want.byline ?? input.slice(0, 40)), () => {
      const a = parse(input)
      expect(a.byline?.text ?? null).toBe(want.byline)
      expect(a.authors.map(({position: _p, ...rest}) => rest)).toEqual(want.authors)
      for (const author of a.authors) {
        if (author.position) expect(input.slice(author.position.start.offset, author.position.end.offset)).toBe(author.name)
      }
      if (want.byline) {
        expect(a.authors.every((x) => x.position !== undefined)).toBe(true)
        // The byline line is claimed: it is not body.
        expect(a.body.some((p) => p.text.trim() === want.byline!.replace(/[*_]/g, ''))).toBe(false)
      }
      expect(positionErrors(input, a)).toEqual([])
    })
  }
}

describe('byline, French', () => table(fr))
describe('byline, English', () => table(en))

describe('byline, negatives', () => {
  for (const input of negatives) {
    it(JSON.stringify(input.slice(input.indexOf('\n\n') + 2, input.indexOf('\n\n') + 50)), () => {
      const a = parse(input)
      expect(a.authors).toEqual([])
      expect(a.byline).toBeNull()
    })
  }
})

describe('byline, claims', () => {
  it('leaves neither the headline nor the byline in the body when they share a block', () => {
    const input = 'Les pluies reviennent\nPar Awa Ndiaye\n\nLes services météo annoncent des averses pour la semaine.'
    const a = parse(input)
    expect(a.headline).toBe('Les pluies reviennent')
    expect(a.body.map((p) => p.text)).toEqual(['Les services météo annoncent des averses pour la semaine.'])
  })
})

describe('byline in the headline and in a closing biography', () => {
  const cases: [input: string, byline: string | null, authors: string[]][] = [
    // Opinion pieces credit their author at the end of the headline; the headline keeps the credit as written.
    ['Repenser nos villes pour les piétons (Par Awa Ndiaye)\n\nLes trottoirs de Dakar sont occupés par les voitures et les étals.', 'Par Awa Ndiaye', ['Awa Ndiaye']],
    ['Monsieur le Président, écoutez la jeunesse ! ( par Moussa DIOP )\n\nVoici une lettre que je vous adresse avec respect.', 'par Moussa DIOP', ['Moussa DIOP']],
    ['Budget : une nécessité de rigueur, par M. Ibrahima Sall\n\nLes comptes publics se dégradent depuis deux ans.', 'par M. Ibrahima Sall', ['Ibrahima Sall']],
    // What follows a comma after the name is an affiliation, not a second author.
    ['Le renouveau attendu, par Awa Ndiaye, Pastef France\n\nLe pays doit avancer plus vite, écrit-elle.', 'par Awa Ndiaye, Pastef France', ['Awa Ndiaye']],
    // The comma of a role intro opens the names: it is not the one an affiliation follows.
    ['Le port rouvre, de notre correspondant à Dakar, Awa Ndiaye\n\nLe port a rouvert mardi après trois semaines de grève.', 'de notre correspondant à Dakar, Awa Ndiaye', ['Awa Ndiaye']],
    // A closing biography line credits the writer, and stays body.
    [
      'Learning to love broadband\n\nBroadband is becoming a central part of daily life, at least for some.\n\nI rarely have to go to an office to work, and I like it that way.\n\nJane Roe is a regular commentator on the radio programme Go Digital.',
      'Jane Roe is a regular commentator on the radio programme Go Digital.',
      ['Jane Roe']
    ],
    ['Phones get smarter\n\nMobile phones are getting smarter every year, and users want more.\n\nJohn Smith is technology correspondent for The World.', 'John Smith is technology correspondent for The World.', ['John Smith']],
    // A role after the name and a comma does not undo the credit; the role is no second author.
    ["L'école de demain, par Awa Ndiaye, professeure à l'université\n\nLes classes sont pleines et les maîtres manquent.", "par Awa Ndiaye, professeure à l'université", ['Awa Ndiaye']],
    // A two-word role word, and a biography in emphasis.
    ['Markets calm\n\nShares rose on Monday as traders shrugged off the news from Asia.\n\nJohn Smith is bureau chief in Tokyo.', 'John Smith is bureau chief in Tokyo.', ['John Smith']],
    [
      'Markets calm\n\nShares rose on Monday as traders shrugged off the news from Asia.\n\n_Jane Roe is a columnist for the paper._',
      '_Jane Roe is a columnist for the paper._',
      ['Jane Roe']
    ],
    // Not credits: an agent after `par`, a parenthesis that is no byline, a closing line with no role word.
    ['Le texte adopté, par le ministre de la Justice\n\nLe pays doit avancer plus vite. Rien ne change.', null, []],
    ['Le bilan de la saison (photos)\n\nLe club a terminé troisième du championnat cette année.', null, []],
    ['Club wins the cup\n\nThe club won the final on Sunday after a long season of hard work.\n\nJohn Smith is the club captain and has played 300 games.', null, []],
    // A preposition among the role words (`in`, `en`: `By X, in Dakar`) makes no biography.
    ['Floods in the north\n\nFlood waters rose across the northern region on Tuesday, officials said.\n\nJohn Smith is in custody at the central police station.', null, []],
    ['Les eaux montent\n\nLes eaux sont montées mardi dans toute la région du nord, selon les autorités.\n\nJean Dupont est en détention à Dakar.', null, []],
    // A name whose lower case is longer than itself (`İ`) is still cut where the verb is.
    ['Phones get smarter\n\nMobile phones are getting smarter every year, and users want more.\n\nİlhan Kaya is technology correspondent for The World.', 'İlhan Kaya is technology correspondent for The World.', ['İlhan Kaya']]
  ]
  for (const [input, byline, authors] of cases) {
    it(JSON.stringify(input.slice(0, 50)), () => {
      const a = parse(input)
      expect(a.byline?.text ?? null).toBe(byline)
      expect(a.authors.map((x) => x.name)).toEqual(authors)
      for (const author of a.authors) expect(author.position && input.slice(author.position.start.offset, author.position.end.offset)).toBe(author.name)
      expect(positionErrors(input, a)).toEqual([])
    })
  }
  it('makes the author credited in the headline a person, named once though it is', () => {
    const a = parse('Repenser nos villes pour les piétons (Par Mandiaye Diouf)\n\nLes trottoirs de Dakar sont occupés par les voitures et les étals.')
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toContain('Mandiaye Diouf')
  })
  it('keeps the credit in the headline and the biography in the body', () => {
    const a = parse('Repenser nos villes (Par Awa Ndiaye)\n\nLes trottoirs sont occupés par les voitures.\n\nAwa Ndiaye est chroniqueuse au journal Le Soleil.')
    expect(a.headline).toBe('Repenser nos villes (Par Awa Ndiaye)')
    expect(a.body.map((p) => p.text)).toContain('Awa Ndiaye est chroniqueuse au journal Le Soleil.')
  })
})

describe('byline and a claimed update line', () => {
  it('stops the byline where the update line starts, and keeps the whole line out of the body', () => {
    const input = 'Port strike ends\n\nBy Jane Roe | Updated December 31, 2017\n\nDock workers returned to the quays.'
    const a = parse(input)
    expect(a.byline?.text).toBe('By Jane Roe')
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Roe'])
    expect(a.body.map((p) => p.text)).toEqual(['Dock workers returned to the quays.'])
    expect(positionErrors(input, a)).toEqual([])
  })
})

describe.skipIf(!hasShared)('byline on the real fixture', () => {
  it('reads the signature at the end', () => {
    const input = readShared('fixtures/le-matin-aes-2025-06-26.txt')
    const a = parse(input)
    expect(a.authors.map((x) => ({name: x.name}))).toEqual([{name: 'Oumar Alpha'}])
    expect(a.byline?.text).toBe('Oumar Alpha')
    expect(a.body.at(-1)?.text).not.toBe('Oumar Alpha')
    expect(positionErrors(input, {byline: a.byline, authors: a.authors})).toEqual([])
  })
})
