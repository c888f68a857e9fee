import {describe, expect, it} from 'vitest'
import type {Entity, EntityRecognizer, EntityType} from '../../src/index.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

/** Entities of `input`, after checking schema and positions. */
function entitiesOf(input: string, options: Parameters<typeof parse>[1] = {}): Entity[] {
  const a = parse(input, options)
  expect(positionErrors(input, a)).toEqual([])
  for (const e of a.entities) {
    for (const m of e.mentions) expect(input.slice(m.position.start.offset, m.position.end.offset)).toBe(m.text)
  }
  return a.entities
}

const byName = (es: Entity[], name: string) => es.find((e) => e.name === name)
const summary = (es: Entity[]) => es.map((e) => `${e.type}:${e.name}`).sort()

type Row = [input: string, want: [type: EntityType, name: string][]]

function table(language: 'fr' | 'en', rows: Row[]) {
  for (const [input, want] of rows) {
    it(JSON.stringify(input.slice(0, 80)), () => {
      const found = entitiesOf(input, {language})
      expect(summary(found)).toEqual(want.map(([t, n]) => `${t}:${n}`).sort())
    })
  }
}

describe('entities, French', () => {
  table('fr', [
    [
      'Sommet à Dakar\n\nLe président Macky Sall a reçu jeudi à Dakar son homologue ivoirien, Alassane Ouattara. Les deux chefs d’État ont évoqué la situation au Mali.',
      [
        ['person', 'Macky Sall'],
        ['location', 'Dakar'],
        ['person', 'Alassane Ouattara'],
        ['location', 'Mali']
      ]
    ],
    [
      'Éducation\n\nL’Université Cheikh Anta Diop de Dakar rouvre ses portes lundi, a annoncé le recteur Ahmadou Aly Mbaye.',
      [
        ['organization', 'Université Cheikh Anta Diop de Dakar'],
        ['person', 'Ahmadou Aly Mbaye']
      ]
    ],
    [
      'Finances\n\nLa Banque centrale des États de l’Afrique de l’Ouest (BCEAO) a relevé son taux. Selon la BCEAO, l’inflation ralentit au Sénégal.',
      [
        ['organization', 'Banque centrale des États de l’Afrique de l’Ouest'],
        ['location', 'Sénégal']
      ]
    ],
    [
      'Frappes\n\nLes avions ont visé trois sites à Natanz, Ispahan et Fordow samedi.',
      [
        ['location', 'Natanz'],
        ['location', 'Ispahan'],
        ['location', 'Fordow']
      ]
    ],
    [
      'Parlement\n\nL’Assemblée nationale a adopté le texte mardi. Le ministre de la Justice, Ousmane Diagne, a salué le vote.',
      [
        ['organization', 'Assemblée nationale'],
        ['person', 'Ousmane Diagne']
      ]
    ]
  ])

  it('gives titles and roles, and links the surname to the full name', () => {
    const es = entitiesOf(
      'Défense\n\nPrésidée par le ministre malien de la Défense, Général Aly Traoré, la réunion s’est tenue à Bamako. « Nous devons agir », a déclaré Traoré.',
      {language: 'fr'}
    )
    const p = byName(es, 'Aly Traoré')!
    expect(p.type).toBe('person')
    expect(p.title).toBe('Général')
    expect(p.role).toBe('ministre malien de la Défense')
    expect(p.country).toBe('Mali')
    expect(p.mentions.map((m) => m.text)).toEqual(['Aly Traoré', 'Traoré'])
    expect(p.aliases).toEqual(['Traoré'])
  })

  it('links an acronym to its expansion both ways and across the article', () => {
    const es = entitiesOf(
      'Sécurité\n\nLes pays de la CEDEAO se réunissent. La Communauté économique des États de l’Afrique de l’Ouest (CEDEAO) a été créée en 1975. Plus loin, la CEDEAO appelle au calme.',
      {language: 'fr'}
    )
    const org = byName(es, 'Communauté économique des États de l’Afrique de l’Ouest')!
    expect(org.type).toBe('organization')
    expect(org.aliases).toEqual(['CEDEAO'])
    expect(org.mentions.map((m) => m.text)).toEqual(['CEDEAO', 'Communauté économique des États de l’Afrique de l’Ouest', 'CEDEAO', 'CEDEAO'])
    const reverse = entitiesOf('Réunion\n\nLes experts de l’UEMOA (Union économique et monétaire ouest-africaine) ont conclu leurs travaux.', {language: 'fr'})
    expect(summary(reverse)).toEqual(['organization:Union économique et monétaire ouest-africaine'])
    expect(reverse[0]!.aliases).toEqual(['UEMOA'])
  })

  it('links a middle name used alone to the person', () => {
    const es = entitiesOf('Tournée\n\nLe président Amadou Diomaye Sarr est arrivé à Thiès. Diomaye a salué les agriculteurs.', {language: 'fr'})
    const p = byName(es, 'Amadou Diomaye Sarr')!
    expect(p.title).toBe('président')
    expect(p.mentions.map((m) => m.text)).toEqual(['Amadou Diomaye Sarr', 'Diomaye'])
    expect(summary(es)).toEqual(['location:Thiès', 'person:Amadou Diomaye Sarr'])
  })

  it('maps a country short form to the country', () => {
    const es = entitiesOf('Sahel\n\nLe Burkina Faso et le Niger ont signé. Le Burkina a ensuite reçu une délégation.', {language: 'fr'})
    const bf = byName(es, 'Burkina Faso')!
    expect(bf.type).toBe('location')
    expect(bf.aliases).toEqual(['Burkina'])
    expect(bf.mentions).toHaveLength(2)
  })
})

describe('entities, English', () => {
  table('en', [
    [
      'Airline shares fall\n\nShares in British Airways fell on Monday after chief executive Willie Walsh warned of higher fuel costs in London.',
      [
        ['organization', 'British Airways'],
        ['person', 'Willie Walsh'],
        ['location', 'London']
      ]
    ],
    [
      'Talks resume\n\nForeign Secretary Jack Straw met officials from the International Atomic Energy Agency (IAEA) in Vienna. Mr Straw said the IAEA had been clear.',
      [
        ['person', 'Jack Straw'],
        ['organization', 'International Atomic Energy Agency'],
        ['location', 'Vienna']
      ]
    ]
  ])

  it('links `Mr Smith` to the full name and reads the role after the name', () => {
    const es = entitiesOf(
      'Bank cuts rates\n\nJohn Smith, a spokesman for the Bank of England, said rates would fall. "We acted quickly," said Mr Smith.',
      {language: 'en'}
    )
    const p = byName(es, 'John Smith')!
    expect(p.role).toBe('spokesman for the Bank of England')
    expect(p.title).toBe('Mr')
    expect(p.mentions.map((m) => m.text)).toEqual(['John Smith', 'Smith'])
    expect(byName(es, 'Bank of England')?.type).toBe('organization')
  })
})

describe('entities: what must not be found', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    ['Cette rencontre a eu lieu. Selon les participants, elle fut utile. Forts de ce constat, ils repartent.', 'fr', 'sentence-initial capitals'],
    ['Les Maliens et les Nigériens ont voté. Le gouvernement malien salue la participation.', 'fr', 'demonyms'],
    ['British officials said the Malian delegation would arrive on Monday in May.', 'en', 'demonyms, weekdays, months'],
    ['Le ministre de la Défense et des Anciens combattants a parlé.', 'fr', 'ministerial portfolios'],
    ['However, the report said. But the company denied it. Meanwhile prices rose.', 'en', 'sentence openers']
  ]
  for (const [input, language, what] of cases) {
    it(what, () => {
      const es = entitiesOf(input, {language})
      const names = es.map((e) => e.name)
      if (what === 'demonyms, weekdays, months') expect(names).toEqual([])
      else expect(names.filter((n) => !/^(?:Mali)$/.test(n))).toEqual([])
    })
  }

  it('keeps nothing from an ALL-CAPS wire headline but known names', () => {
    const input = 'BAHIA COCOA REVIEW SAYS SHOWERS CONTINUE\n\nShowers continued throughout the week in the Bahia cocoa zone, Comissaria Smith said.'
    const es = entitiesOf(input, {language: 'en'})
    expect(es.map((e) => e.name)).not.toContain('REVIEW')
    expect(es.map((e) => e.name)).not.toContain('SAYS SHOWERS')
    const bahia = es.find((e) => e.name.toLowerCase() === 'bahia')!
    expect(bahia.type).toBe('location')
    expect(bahia.mentions).toHaveLength(2)
  })

  it('keeps nothing from a Title Case headline but known names', () => {
    const es = entitiesOf('Rates Rise As Markets Slide In Tokyo\n\nShares slid in Tokyo on Tuesday as rates rose.', {language: 'en'})
    expect(summary(es)).toEqual(['location:Tokyo'])
    expect(es[0]!.mentions).toHaveLength(2)
  })

  it('reads a sentence-case headline full of names as running text', () => {
    // Most words capitalised, but `projet` is in lower case: no Title Case headline.
    const fr = entitiesOf(
      'Électrification : Le projet de Mamadou Lamine Sow et Jean Pierre Faye, DG de l’ASER\n\nLa réunion avec l’ASER a porté sur le village. « Nous suivrons le dossier », a assuré le footballeur.',
      {language: 'fr'}
    )
    expect(summary(fr)).toEqual(expect.arrayContaining(['person:Mamadou Lamine Sow', 'person:Jean Pierre Faye']))
    // English wire headlines mix Title Case labels into sentence case (`Analyst View: Democrat Jones wins…`): read by their capitals alone.
    expect(summary(entitiesOf('Market View: Traders Expect Rates Rise in Tokyo\n\nShares slid on Tuesday.', {language: 'en'}))).toEqual(['location:Tokyo'])
  })

  it('splits words glued by scraping', () => {
    const es = entitiesOf(
      'Transfert\n\nChelsea demande 100 millions pour Nicolas JacksonSelon la presse, Chelsea refuse. Le stade de DiamniadioOn est plein. Il vit à Diamniadio.',
      {language: 'fr'}
    )
    const names = es.map((e) => e.name)
    expect(names).toContain('Nicolas Jackson')
    expect(names.some((n) => /Selon|JacksonSelon/.test(n))).toBe(false)
  })

  it('never throws on adversarial text', () => {
    const junk = ['A '.repeat(20000), "l'".repeat(10000) + 'X', 'Aa-'.repeat(10000), '(AB '.repeat(5000), 'De La Du '.repeat(5000)]
    for (const input of junk) expect(Array.isArray(parse(input).entities)).toBe(true)
  })
})

describe('entities: user recognizers', () => {
  it('merges spans of a user recogniser with ours', () => {
    const input = 'Rapport\n\nLe groupe Zorglub a publié un rapport. Il sera présenté à Dakar par Aminata Touré.'
    const start = input.indexOf('Zorglub')
    const recognizer: EntityRecognizer = () => [{start, end: start + 'Zorglub'.length, type: 'organization'}]
    const es = entitiesOf(input, {language: 'fr', recognizers: [recognizer]})
    expect(summary(es)).toEqual(['location:Dakar', 'organization:Zorglub', 'person:Aminata Touré'])
  })

  it('rejects recognizers that are not functions', () => {
    expect(() => parse('Texte', {recognizers: ['x' as unknown as EntityRecognizer]})).toThrow(/recognizers/)
  })
})

describe.skipIf(!hasShared)('entities on the Le Matin fixture', () => {
  const input = hasShared ? readShared('fixtures/le-matin-aes-2025-06-26.txt') : ''

  it('finds exactly the people, organisations and places of the article', () => {
    const es = entitiesOf(input)
    expect(summary(es)).toEqual(
      [
        'person:Sadio Camara',
        'person:Salifou Mody',
        'person:Oumar Alpha',
        'organization:Alliance des États du Sahel',
        'organization:Force unifiée de l’AES',
        'organization:École de maintien de la paix Alioune Blondin Beye',
        'organization:Le Matin',
        'location:Mali',
        'location:Burkina Faso',
        'location:Niger',
        'location:Bamako',
        'location:Sahel'
      ].sort()
    )
    const camara = byName(es, 'Sadio Camara')!
    expect(camara.title).toBe('Général')
    expect(camara.role).toBe('ministre malien de la Défense et des Anciens combattants')
    const mody = byName(es, 'Salifou Mody')!
    expect(mody.title).toBe('Général')
    expect(mody.role).toBe('ministre nigérien de la Défense nationale')
    expect(byName(es, 'Alliance des États du Sahel')!.aliases).toEqual(['AES'])
    expect(byName(es, 'Force unifiée de l’AES')!.aliases).toEqual(['FU-AES'])
    expect(byName(es, 'Burkina Faso')!.aliases).toEqual(['Burkina'])
    // Every AES mention belongs to the Alliance.
    const aes = byName(es, 'Alliance des États du Sahel')!
    expect(aes.mentions.filter((m) => m.text === 'AES').length).toBeGreaterThan(5)
  })
})
