/**
 * Unit tests of the scoring functions of `npm run eval` (scripts/eval/),
 * on tiny hand-made gold/prediction pairs.
 */
import {describe, expect, it} from 'vitest'
import {
  bylineAuthors,
  compileTitles,
  datePart,
  fold,
  formsMatch,
  matchOneToOne,
  personMatch,
  prf,
  sameText,
  scoreCodes,
  scoreEntities,
  scoreNames,
  scoreQuotes,
  speakerRight,
  stripTitles,
  wireOpening,
  wordOverlap
} from '../scripts/eval/score.js'
import {corpusKind, evaluateAgreement, localeTitles, predictedEntities, scoreGoldArticle} from '../scripts/eval/gold.js'
import {Scoreboard, formatTable} from '../scripts/eval/stats.js'

const titles = compileTitles(['général', 'mr', 'président', 'prime minister'])

describe('fold and exact fields', () => {
  it.each([
    ['Le  Matin', 'le matin', true],
    ['Le\u00a0Matin', 'le matin', true],
    ['Le\u202fMatin ', ' LE MATIN', true],
    ['Le Matin', 'Le Monde', false],
    [null, null, true],
    [null, '', true],
    ['WASHINGTON', null, false]
  ])('sameText(%j, %j) is %s', (a, b, expected) => {
    expect(sameText(a, b)).toBe(expected)
  })

  it('keeps accents and punctuation (only case and white space fold)', () => {
    expect(fold(' Sénégal\n\tÉtat ')).toBe('sénégal état')
    expect(sameText('Senegal', 'Sénégal')).toBe(false)
  })

  it.each([
    ['2025-06-26', '2025-06-26'],
    ['2025-06-26T10:07', '2025-06-26'],
    ['2012-10-01 9:37:33 -0400', '2012-10-01'],
    ['May 31, 2019', '2019-05-31'],
    ['3 March 2025', '2025-03-03'],
    ['Sept. 4, 2020', '2020-09-04'],
    ['Someday 4, 2020', 'someday 4, 2020'],
    [null, '']
  ])('datePart(%j) is %j', (value, expected) => {
    expect(datePart(value)).toBe(expected)
  })
})

describe('people', () => {
  it('strips leading titles, longest first, never the whole name', () => {
    expect(stripTitles('Général Sadio Camara', titles)).toEqual(['sadio', 'camara'])
    expect(stripTitles('Prime Minister Tony Blair', titles)).toEqual(['tony', 'blair'])
    expect(stripTitles('Mr. Smith', titles)).toEqual(['smith'])
    expect(stripTitles('Président', titles)).toEqual(['président'])
  })

  it.each([
    ['Sadio Camara', 'Général Sadio Camara', 2],
    ['Ousseynou Ly', 'Ousseynou LY', 2],
    ['George W Bush', 'Bush', 1],
    ['George Bush', 'G. Bush', 1],
    ['George W Bush', 'George Bush', 1],
    ['Tony Blair', 'Cherie Blair', 0],
    ['Tony Blair', 'Tony Benn', 0],
    ["Mark O'Neill", 'Mark O’Neill', 2],
    ['', 'Anyone', 0]
  ])('personMatch(%j, %j) is %i', (gold, predicted, expected) => {
    expect(personMatch(gold, predicted, titles)).toBe(expected)
  })

  it('takes the locales’ titles and a fallback list', () => {
    const all = localeTitles()
    expect(stripTitles('Dr Jane Smith', all)).toEqual(['jane', 'smith'])
    expect(stripTitles('Mme Awa Ndiaye', all)).toEqual(['awa', 'ndiaye'])
  })
})

describe('one-to-one matching', () => {
  it('pairs each gold item with at most one prediction', () => {
    const m = scoreNames(['Tony Blair'], ['Tony Blair', 'Blair'], titles)
    expect(m.counts).toEqual({tp: 1, fp: 1, fn: 0})
    expect(m.matching.pairs).toEqual([[0, 0]])
  })

  it('prefers exact pairs, then finds the largest matching', () => {
    // "Bush" could take either; the exact pair must not block the other.
    const m = scoreNames(['George Bush', 'Laura Bush'], ['Bush', 'George Bush'], titles)
    expect(m.counts).toEqual({tp: 2, fp: 0, fn: 0})
    expect(m.matching.pairs).toEqual([
      [0, 1],
      [1, 0]
    ])
  })

  it('uses augmenting paths when greedy choice would lose a pair', () => {
    // gold 0 matches p0 and p1, gold 1 matches only p0.
    const m = matchOneToOne(2, 2, (g, p) => (g === 0 ? 1 : p === 0 ? 1 : 0))
    expect(m.pairs).toHaveLength(2)
    expect(m.missed).toEqual([])
  })

  it('computes precision, recall and F1', () => {
    expect(prf({tp: 3, fp: 1, fn: 2})).toEqual({precision: 0.75, recall: 0.6, f1: 6 / 9})
    expect(prf({tp: 0, fp: 0, fn: 0})).toEqual({precision: null, recall: null, f1: null})
  })
})

describe('entities', () => {
  it('matches organisations and places on any form (name or alias)', () => {
    expect(formsMatch({name: 'Alliance des États du Sahel', aliases: ['AES']}, {name: 'AES', aliases: []})).toBe(true)
    expect(formsMatch({name: 'Burkina Faso', aliases: []}, {name: 'Burkina', aliases: ['Burkina Faso']})).toBe(true)
    expect(formsMatch({name: 'Mali', aliases: []}, {name: 'Malien', aliases: []})).toBe(false)
  })

  it('compares names with HTML character references decoded (scraped text keeps some as written)', () => {
    expect(formsMatch({name: 'S&#227;o Paulo', aliases: []}, {name: 'São Paulo', aliases: []})).toBe(true)
    expect(formsMatch({name: 'AT&amp;T', aliases: []}, {name: 'AT&T', aliases: []})).toBe(true)
    expect(formsMatch({name: 'Caf&#xE9; Noir', aliases: []}, {name: 'Café Noir', aliases: []})).toBe(true)
    expect(formsMatch({name: 'S&#227;o Paulo', aliases: []}, {name: 'Sao Paulo', aliases: []})).toBe(false)
    const gold = [{name: 'Jos&#233; Manuel Barroso', aliases: ['Barroso']}]
    expect(scoreEntities('person', gold, [{name: 'José Manuel Barroso', aliases: []}], [], titles).counts).toEqual({tp: 1, fp: 0, fn: 0})
    // A reference out of range or unknown stays as written.
    expect(formsMatch({name: 'X&#99999999;', aliases: []}, {name: 'X&#99999999;', aliases: []})).toBe(true)
    expect(formsMatch({name: 'R&eacute;union', aliases: []}, {name: 'Réunion', aliases: []})).toBe(false)
  })

  it('drops unmatched predictions that match an ignore item', () => {
    const gold = [{name: 'Chelsea', aliases: []}]
    const ignore = [{name: 'Hollywood', aliases: []}]
    const predicted = [
      {name: 'Chelsea', aliases: []},
      {name: 'Hollywood', aliases: []},
      {name: 'Paris', aliases: []}
    ]
    const r = scoreEntities('organization', gold, predicted, ignore, titles)
    expect(r.counts).toEqual({tp: 1, fp: 1, fn: 0})
    expect(r.ignored).toEqual([1])
  })

  it('matches people by surname with compatible first names', () => {
    const gold = [{name: 'Sadio Camara', aliases: ['Camara']}]
    const r = scoreEntities('person', gold, [{name: 'Général Camara', aliases: []}], [], titles)
    expect(r.counts).toEqual({tp: 1, fp: 0, fn: 0})
  })

  it('reads predicted entities of one type, tolerating missing fields', () => {
    const article = {entities: [{type: 'person', name: 'A B'}, {type: 'location'}, null, {type: 'person', name: 'C', aliases: [1, 'D']}]}
    expect(predictedEntities(article as never, 'person')).toEqual([
      {name: 'A B', aliases: []},
      {name: 'C', aliases: ['D']}
    ])
    expect(predictedEntities({} as never, 'person')).toEqual([])
  })
})

describe('quotes', () => {
  it('measures word overlap against the longer text', () => {
    expect(wordOverlap('We will win the match', 'we will win the match.')).toBe(1)
    expect(wordOverlap('one two three four five', 'one two three')).toBe(0.6)
    expect(wordOverlap('one two three four five', 'one two')).toBe(0.4)
    expect(wordOverlap('', 'x')).toBe(0)
  })

  it('matches at 60% overlap and scores speakers over matched quotes', () => {
    const gold = [
      {text: 'La sécurité de nos États est notre affaire', speaker: 'Sadio Camara'},
      {text: 'une étape cruciale', speaker: null},
      {text: 'We never said that', speaker: 'Jane Smith'}
    ]
    const predicted = [
      {text: 'La sécurité de nos États est notre affaire,', speaker: 'Général Sadio Camara'},
      {text: 'une étape cruciale', speaker: 'Sadio Camara'},
      {text: 'Something else entirely', speaker: null}
    ]
    const r = scoreQuotes(gold, predicted, titles)
    expect(r.counts).toEqual({tp: 2, fp: 1, fn: 1})
    expect(r.speakers).toEqual({right: 1, total: 2, wrong: [[1, 1]]})
  })

  it.each([
    [null, null, true],
    [null, 'Tony Blair', false],
    ['Tony Blair', null, false],
    ['Tony Blair', 'Mr Blair', true],
    ['Tony Blair', 'Gordon Brown', false]
  ])('speakerRight(%j, %j) is %s', (gold, predicted, expected) => {
    expect(speakerRight(gold, predicted, titles)).toBe(expected)
  })
})

describe('diagnostics', () => {
  it('scores codes as sets: a code reported once per occurrence counts once', () => {
    const r = scoreCodes(['weekday-mismatch', 'date-after-published'], ['weekday-mismatch', 'weekday-mismatch', 'duplicate-paragraph'])
    expect(r.counts).toEqual({tp: 1, fp: 1, fn: 1})
    expect(r.missed).toEqual(['date-after-published'])
    expect(r.extra).toEqual(['duplicate-paragraph'])
    expect(scoreCodes(['duplicate-paragraph'], ['duplicate-paragraph', 'duplicate-paragraph']).counts).toEqual({tp: 1, fp: 0, fn: 0})
  })
})

describe('Reuters byline rule', () => {
  it.each([
    ['By Cal Mankowski, Reuters', ['Cal Mankowski']],
    ['by Janie Gabbett, Reuters', ['Janie Gabbett']],
    ['BY PATRICK RIZZO AND PATTI DOMM', ['PATRICK RIZZO', 'PATTI DOMM']],
    ['By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS', ['STEPHEN JUKES', 'PHILIP SHEHADI']],
    ['By Jonathan Lynn and Anthony Williams', ['Jonathan Lynn', 'Anthony Williams']],
    ['By Brad Schade Reuters', ['Brad Schade']],
    ['By Colin Brinsden, Reuters.', ['Colin Brinsden']],
    ["BY TED D'AFFLISIO, REUTERS", ["TED D'AFFLISIO"]],
    ['By ABBY GOODNOUGH', ['ABBY GOODNOUGH']],
    ['By Ho Wah Foon', ['Ho Wah Foon']],
    [null, []]
  ])('%j → %j', (byline, expected) => {
    expect(bylineAuthors(byline)).toEqual(expected)
  })
})

describe('wire openings (en-wire)', () => {
  it.each([
    ['WASHINGTON (Reuters) - The head of…', {agency: 'Reuters', location: 'WASHINGTON'}],
    ['SAN JUAN, Puerto Rico (Reuters) - Officials…', {agency: 'Reuters', location: 'SAN JUAN, Puerto Rico'}],
    ['Ferguson, Missouri (CNN)Police said…', {agency: 'CNN', location: 'Ferguson, Missouri'}],
    ['(CNN)Police in Japan say…', {agency: 'CNN', location: null}],
    ['Port Vila, Vanuatu (CNN)Tropical Cyclone Pam…', {agency: 'CNN', location: 'Port Vila, Vanuatu'}],
    ['(Reuters) - The U.S. Congress…', {agency: 'Reuters', location: null}],
    ['The council met (CNN) later', null],
    ['Police said on Monday that (Reuters) - reported', null],
    ['NEW YORK (LPC/IFR) - U.S. regulators…', null],
    ['No agency here.', null]
  ])('%j → %j', (body, expected) => {
    expect(wireOpening(body)).toEqual(expected)
  })

  it('detects corpus kinds from ids and gold', () => {
    expect(corpusKind({id: 'reuters-1'})).toBe('reuters')
    expect(corpusKind({id: 'cnndm-abc'})).toBe('en-wire')
    expect(corpusKind({id: 'fr-senego-1'})).toBe('fr')
    expect(corpusKind({id: 'pclob-x', gold: {title: 'T'}})).toBe('markdown')
  })
})

describe('scoring one article', () => {
  it('scores each annotated field and never crashes on a missing prediction field', () => {
    const board = new Scoreboard()
    const misses: {id: string; field: string; gold: unknown; predicted: unknown}[] = []
    const gold = {
      headline: 'Les pays du Sahel déterminés',
      language: 'fr',
      authors: ['Oumar Alpha'],
      publisher: 'Le Matin',
      datelineLocation: null,
      quotes: [{text: 'notre affaire à nous', speaker: 'Sadio Camara'}],
      entities: {person: [{name: 'Sadio Camara', aliases: ['Camara']}], organization: [], location: [], ignore: []},
      diagnostics: ['weekday-mismatch']
    }
    scoreGoldArticle('a', 'fr', gold, {headline: 'Les pays du Sahel  déterminés', language: 'fr'}, board, misses, titles)
    const figures = board.toJSON()
    expect(figures.headline?.fr).toEqual({articles: 1, right: 1, total: 1, accuracy: 1})
    expect(figures.publisher?.all).toEqual({articles: 1, right: 0, total: 1, accuracy: 0})
    expect(figures.datelineLocation?.fr?.right).toBe(1)
    expect(figures.authors?.fr).toMatchObject({tp: 0, fp: 0, fn: 1, recall: 0})
    expect(figures['entities:person']?.fr).toMatchObject({fn: 1})
    expect(figures.quotes?.fr).toMatchObject({fn: 1, speaker: {right: 0, total: 0, accuracy: null}})
    expect(figures.diagnostics?.fr).toMatchObject({fn: 1})
    expect(figures.datePublished).toBeUndefined()
    expect(misses.map((m) => m.field)).toEqual(['publisher', 'authors', 'entities:person', 'quotes', 'diagnostics'])
    expect(formatTable(figures)).toContain('| publisher ')
  })
})

describe('agreement between two annotations (--against)', () => {
  const first = {
    id: 'x1',
    corpus: 'fr/articles.jsonl',
    gold: {
      headline: 'Le Sahel se dote d’une force',
      language: 'fr',
      authors: ['Oumar Alpha'],
      publisher: 'Le Matin',
      datelineLocation: 'Bamako',
      quotes: [
        {text: 'Notre sécurité est notre affaire', speaker: 'Sadio Camara'},
        {text: 'une étape cruciale', speaker: null}
      ],
      entities: {
        person: [{name: 'Sadio Camara', aliases: ['Camara']}],
        organization: [{name: 'Alliance des États du Sahel', aliases: ['AES']}],
        location: [{name: 'Bamako', aliases: []}],
        ignore: []
      }
    }
  }

  it('scores the second annotation with the parser rules: names, quotes and speakers', () => {
    const second = structuredClone(first)
    second.gold.quotes[1]!.speaker = 'Salifou Mody'
    second.gold.entities.person[0]!.name = 'Général Sadio Camara'
    second.gold.entities.organization = [{name: 'AES', aliases: []}]
    second.gold.datelineLocation = 'Niamey'
    const figures = evaluateAgreement([first], [second]).board.toJSON()
    expect(figures.headline?.fr?.accuracy).toBe(1)
    expect(figures.authors?.fr).toMatchObject({tp: 1, fp: 0, fn: 0})
    expect(figures.publisher?.fr?.accuracy).toBe(1)
    expect(figures.datelineLocation?.fr?.accuracy).toBe(0)
    // a title does not make a person differ; an organisation's acronym alone matches its alias
    expect(figures['entities:person']?.fr).toMatchObject({tp: 1, fp: 0, fn: 0})
    expect(figures['entities:organization']?.fr).toMatchObject({tp: 1, fp: 0, fn: 0})
    expect(figures.quotes?.fr).toMatchObject({tp: 2, speaker: {right: 1, total: 2}})
  })

  it('counts an article the second annotator left out as empty', () => {
    const figures = evaluateAgreement([first], []).board.toJSON()
    expect(figures.quotes?.fr).toMatchObject({tp: 0, fn: 2})
    expect(figures['entities:location']?.fr).toMatchObject({tp: 0, fn: 1})
  })
})
