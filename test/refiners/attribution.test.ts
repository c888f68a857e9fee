import {describe, expect, it} from 'vitest'
import {spanAt} from '../../src/context.js'
import {quotesExtractor} from '../../src/extractors/quotes.js'
import {createContext, parseArticle, type Entity, type EntityType, type NewsArticle} from '../../src/index.js'
import {attributionRefiner, createAttributionRefiner} from '../../src/refiners/attribution.js'
import {defaultPipeline} from '../../src/default-pipeline.js'
import {parse, schemaErrors} from '../helpers.js'

type EntitySpec = {type: EntityType; name: string; mentions: string[]; role?: string; title?: string}

/** The quotes of a whole parse of `input`, each as its text and its speaker's name (null when none). */
function speakers(input: string, language: string) {
  return parseArticle(input, {language}).quotes.map((q) => [q.text, q.speaker?.name ?? null])
}

/**
 * Runs the quotes step then the attribution refiner on `input`, with the
 * entities given by hand (each mention is the n-th occurrence of its text,
 * in the order listed).
 */
function attribute(input: string, language: string, specs: EntitySpec[]) {
  const context = createContext(input, {language})
  const base = parseArticle(input, {language, pipeline: []})
  const counters = new Map<string, number>()
  const entities: Entity[] = specs.map((spec, n) => {
    const mentions = spec.mentions.map((text) => {
      const from = counters.get(text) ?? 0
      const at = input.indexOf(text, from)
      if (at < 0) throw new Error(`mention ${text} not in input`)
      counters.set(text, at + text.length)
      return spanAt(context, at, at + text.length)
    })
    const e: Entity = {id: `${spec.type}-${n + 1}`, type: spec.type, name: spec.name, aliases: [], mentions}
    if (spec.role) e.role = spec.role
    if (spec.title) e.title = spec.title
    return e
  })
  const withEntities: NewsArticle = {...base, entities}
  const {quotes = []} = quotesExtractor.run(context, withEntities, {claims: []})
  const result = attributionRefiner.run(context, {...withEntities, quotes}, {claims: []})
  const article = {...withEntities, quotes: result.quotes ?? quotes}
  expect(schemaErrors(JSON.parse(JSON.stringify(article)))).toEqual([])
  for (const q of article.quotes) {
    if (q.speaker?.position) expect(input.slice(q.speaker.position.start.offset, q.speaker.position.end.offset)).not.toBe('')
  }
  return article.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.entity ?? null])
}

describe('attribution, English', () => {
  it('a capitalised determiner alone before the verb (`Some 87% said`) is no speaker, and does not throw', () => {
    const input = 'Voters doubt politicians\n\nA poll of 2,000 adults was published on Monday. Some 87% said politicians did not keep "the promises they made" before elections, the pollsters said.'
    const article = parseArticle(input, {language: 'en'})
    expect(schemaErrors(article)).toEqual([])
    expect(article.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['the promises they made', null]])
  })

  it('a pronoun resolves to the person entity it stands for', () => {
    const input = 'Results day\n\nSarah Jones, the chief executive, spoke after the results. "Demand was strong," she said.'
    expect(attribute(input, 'en', [{type: 'person', name: 'Sarah Jones', mentions: ['Sarah Jones']}])).toEqual([
      ['Demand was strong,', 'Sarah Jones', 'person-1']
    ])
  })

  it('"it" resolves to the organisation, not to a person named later', () => {
    const input = 'Profits\n\nAcme Corp reported record profits, helped by its boss Tom Reed. "Demand was strong in every region," it said.'
    expect(
      attribute(input, 'en', [
        {type: 'organization', name: 'Acme Corp', mentions: ['Acme Corp']},
        {type: 'person', name: 'Tom Reed', mentions: ['Tom Reed']}
      ])
    ).toEqual([['Demand was strong in every region,', 'Acme Corp', 'organization-1']])
  })

  it('a role resolves to the entity that holds it', () => {
    const input = 'Clinic visit\n\nHealth minister Ama Owusu visited the clinic in Kumasi. Nurses welcomed the visit. "We will hire more staff," the minister said.'
    expect(attribute(input, 'en', [{type: 'person', name: 'Ama Owusu', mentions: ['Ama Owusu'], role: 'Health minister'}])).toEqual([
      ['We will hire more staff,', 'Ama Owusu', 'person-1']
    ])
  })

  it('Mr + surname resolves to the entity of the full name', () => {
    const input = 'Airline\n\nMichael Lamberty speaks for Lufthansa. "We are checking our options," Mr Lamberty said.'
    expect(attribute(input, 'en', [{type: 'person', name: 'Michael Lamberty', mentions: ['Michael Lamberty', 'Lamberty'], title: 'Mr'}])).toEqual([
      ['We are checking our options,', 'Michael Lamberty', 'person-1']
    ])
  })

  it('people named inside a quote are not antecedents', () => {
    const input = 'Meeting\n\nMary Brown chairs the committee. "I met John Smith yesterday and he agreed," she said.'
    expect(
      attribute(input, 'en', [
        {type: 'person', name: 'Mary Brown', mentions: ['Mary Brown']},
        {type: 'person', name: 'John Smith', mentions: ['John Smith']}
      ])
    ).toEqual([['I met John Smith yesterday and he agreed,', 'Mary Brown', 'person-1']])
  })

  it('without entities, the name written next to the cue is the speaker', () => {
    const input = 'Harvest\n\n"The rains came late this year," said farmer Kofi Mensah.'
    expect(attribute(input, 'en', [])).toEqual([['The rains came late this year,', 'Kofi Mensah', null]])
  })
})

describe('attribution, French', () => {
  it('elle resolves to the person entity', () => {
    const input = 'Association\n\nFatou Ndiaye préside l’association depuis 2019. « Nous avons doublé nos adhérents », affirme-t-elle.'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Fatou Ndiaye', mentions: ['Fatou Ndiaye']}])).toEqual([
      ['Nous avons doublé nos adhérents', 'Fatou Ndiaye', 'person-1']
    ])
  })

  it('le ministre resolves to the entity whose role it is', () => {
    const input = 'Santé\n\nLa ministre de la Santé, Marie Khemesse Ngom, a inauguré le centre. Les travaux ont duré deux ans. « Ce centre servira toute la région », a déclaré la ministre.'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Marie Khemesse Ngom', mentions: ['Marie Khemesse Ngom'], role: 'ministre de la Santé'}])).toEqual([
      ['Ce centre servira toute la région', 'Marie Khemesse Ngom', 'person-1']
    ])
  })

  it('a role no entity holds gives no speaker', () => {
    const input = 'Incendie\n\nLe feu a repris dimanche. « Nous ne pouvons pas confirmer la fin de l’incendie », a déclaré le préfet.'
    expect(attribute(input, 'fr', [])).toEqual([['Nous ne pouvons pas confirmer la fin de l’incendie', null, null]])
  })

  it('a surname resolves to the entity of the full name', () => {
    const input = 'Football\n\nAliou Cissé a donné sa liste. « Le groupe est prêt », a assuré Cissé.'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Aliou Cissé', mentions: ['Aliou Cissé', 'Cissé']}])).toEqual([
      ['Le groupe est prêt', 'Aliou Cissé', 'person-1']
    ])
  })
})

describe('attribution: a noun naming a person by what they do', () => {
  // `», souligne le basketteur`, `confie cette enseignante`, `said the economist`: an agent ending after a
  // singular definite or demonstrative determiner describes the person the paragraph is about.
  const rows: [string, 'fr' | 'en', string, string | null, string][] = [
    ['fr', 'fr', 'Dakar\n\nLe pivot sénégalais Tacko Fall a lancé mardi une fondation à Dakar.\n\n« L’eau propre change tout pour ces familles », souligne le basketteur.\n', 'Tacko Fall', 'le basketteur'],
    ['fr', 'fr', 'Grève à Lyon\n\nMarie Dubois enseigne depuis vingt ans dans un collège de Lyon. « Nous sommes épuisés », confie cette enseignante.\n', 'Marie Dubois', 'cette enseignante'],
    ['fr (a calling)', 'fr', 'Combat de lutte\n\nInvité à livrer son pronostic, le marabout Modou Ndiaye s’est montré catégorique.\n\n« Il est assis sur sa victoire », a affirmé le marabout lors d’une déclaration.\n', 'Modou Ndiaye', 'le marabout'],
    ['fr (a suspect)', 'fr', 'Kolda\n\nL’homme interpellé est Ousmane Diallo. Il portait une arme. Interrogé, le suspect a déclaré qu’il la gardait « pour se défendre ».\n', 'Ousmane Diallo', 'le suspect'],
    ['en', 'en', 'Rates\n\nJane Smith has followed the bond market for twenty years.\n\n"Rates will fall before the summer," said the economist.\n', 'Jane Smith', 'the economist']
  ].map(([label, lang, input, name, at]) => [label as string, lang as 'fr' | 'en', input as string, name as string | null, at as string])
  it.each(rows)('%s: the person before the description', (_, language, input, name, at) => {
    const a = parse(input, {language})
    expect(a.quotes).toHaveLength(1)
    const s = a.quotes[0]!.speaker
    expect(s?.name ?? null).toBe(name)
    expect(input.slice(s!.position!.start.offset, s!.position!.end.offset)).toBe(at)
    expect(s!.position!.start.offset).toBe(input.lastIndexOf(at))
  })

  it('not a plural (`les pompiers`), a media noun (`le quotidien`) or an indefinite (`un analyste`)', () => {
    const cases = [
      'Incendie à Martigues\n\nLe feu a détruit 1.000 hectares, selon Jean Martin, habitant du quartier.\n\n« Pas de blessé grave », ont précisé les pompiers.\n',
      'Crise\n\nLe Parisien a révélé l’affaire mardi. Marc Lenoir, le directeur, n’a pas répondu. « Le ministre savait », écrit le quotidien.\n',
      'Bourse\n\nAmadou Ba a présenté les comptes. « Le ratio doit baisser », conclut un analyste interrogé.\n'
    ]
    for (const input of cases) {
      const a = parse(input, {language: 'fr'})
      expect(a.quotes).toHaveLength(1)
      expect(a.quotes[0]!.speaker?.name ?? '').not.toMatch(/Martin|Lenoir|Ba$/)
    }
  })
})

describe('attribution: a demonstrative phrase of several words (`ce dernier`, `the latter`)', () => {
  const rows: ['fr' | 'en', string, string, string][] = [
    ['fr', 'ONU\n\nSelon l’ambassadeur iranien à l’ONU, Amir Saeid Iravani, 78 personnes ont été tuées. Ce dernier a qualifié les attaques de « barbares et criminelles », vendredi.\n', 'Amir Saeid Iravani', 'Ce dernier'],
    ['fr', 'Santé\n\nAminata Touré a rencontré Awa Diop mardi. « Nous avons signé l’accord », a déclaré cette dernière.\n', 'Awa Diop', 'cette dernière'],
    ['en', 'Talks\n\nJohn Smith met Peter Jones on Monday. "We agreed on nothing," said the latter.\n', 'Peter Jones', 'the latter']
  ]
  it.each(rows)('%s: the person named last', (language, input, name, at) => {
    const a = parse(input, {language})
    expect(a.quotes).toHaveLength(1)
    const s = a.quotes[0]!.speaker
    expect(s?.name).toBe(name)
    expect(s!.position!.start.offset).toBe(input.indexOf(at))
    expect(s!.position!.end.offset).toBe(input.indexOf(at) + at.length)
  })

  it('not a determiner before a noun (`selon ce dernier quotidien`) nor a complement (`les proches de cette dernière`)', () => {
    const inputs = [
      'Justice\n\nLe Quotidien et Source A suivent Aminata Touré. Selon ce dernier quotidien, elle « risque deux ans de prison ».\n',
      'Album\n\nLaura Smet accuse Laeticia Hallyday. Les proches de cette dernière déplorent une « polémique permanente ».\n'
    ]
    for (const input of inputs) {
      const a = parse(input, {language: 'fr'})
      expect(a.quotes).toHaveLength(1)
      const p = a.quotes[0]!.speaker?.position
      expect(p ? input.slice(p.start.offset, p.end.offset) : '').not.toMatch(/dernière|dernier/)
    }
  })
})

describe('attribution: a determiner gives the role before a name its gender (`la ministre X`, `le Premier ministre Y`)', () => {
  const rows: [string, string, string][] = [
    [
      'Usine\n\nLe Premier ministre Jean Castex et la ministre de la Transition écologique Élisabeth Borne ont visité l’usine lundi. « Nous resterons aux côtés des salariés », a-t-elle déclaré.\n',
      'Élisabeth Borne',
      'a-t-elle déclaré'
    ],
    [
      'Berlin\n\nLe président français Emmanuel Macron a reçu la chancelière allemande Angela Merkel à Paris. « Le dialogue reste possible », a-t-elle dit.\n',
      'Angela Merkel',
      'a-t-elle dit'
    ]
  ]
  it.each(rows)('%#: the pronoun of the other gender skips the name', (input, name) => {
    const a = parse(input, {language: 'fr'})
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0]!.speaker?.name).toBe(name)
  })

  it('not a role word used as an ordinary word (`la première fois que X`)', () => {
    const input = 'Obama\n\nCe n’est pas la première fois que Barack Obama critique la Maison Blanche. « La Constitution compte », rappelle-t-il.\n'
    const a = parse(input, {language: 'fr'})
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0]!.speaker?.name).toBe('Barack Obama')
  })
})

describe('attribution: a given name or a kin noun gives a person a gender a pronoun must agree with', () => {
  const rows: ['fr' | 'en', string, string][] = [
    ['fr', 'Municipales\n\nAprès le vote, Nathalie Perrin a félicité son adversaire Julien Faure. « Les électeurs ont tranché », a-t-il reconnu.\n', 'Julien Faure'],
    [
      'fr',
      'Traversée\n\nLe pilote Gaétan Roux retentera dimanche la traversée de la Manche. Son épouse Maëlys l’attendra sur la plage de Douvres. « Cette fois, tout est prêt », avait-il assuré lors d’une première tentative.\n',
      'Gaétan Roux'
    ],
    ['en', 'Tax bill\n\nSusan Collins met the party leaders on Tuesday. With Senator Bob Corker voting against the bill, there is little margin. "I will look at what comes out of the committee," she said.\n', 'Susan Collins'],
    ['en', 'Budget\n\nThe minister, Rachel Brooks, met union leaders on Monday with her deputy Tom Ellis. "We will not cut the schools budget," he said.\n', 'Tom Ellis']
  ]
  it.each(rows)('%s %#: the pronoun skips the person of the other gender', (language, input, name) => {
    const a = parse(input, {language})
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0]!.speaker?.name).toBe(name)
  })

  it('a given name worn by men and women gives no gender (`Dominique`)', () => {
    const input = 'Municipales\n\nAprès le vote, Julien Faure a félicité son adversaire Dominique Perrin. « Les électeurs ont tranché », a-t-elle reconnu.\n'
    const a = parse(input, {language: 'fr'})
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0]!.speaker?.name).toBe('Dominique Perrin')
  })
})

describe('attribution: a headline quote with no cue takes the source the lead’s first sentence names', () => {
  const rows: ['fr' | 'en', string, string][] = [
    ['en', 'UK “will stand firm on rebate”\n\nBritain\'s £3bn rebate is not up for renegotiation at next week\'s summit, Jack Straw has said.\n\nThe foreign secretary spoke in Brussels.\n', 'Jack Straw'],
    ['en', 'Small firms “hit by rising costs”\n\nRising fuel costs are hurting small manufacturers, says the Confederation of British Industry.\n\nOutput rose in the quarter.\n', 'Confederation of British Industry'],
    ['fr', 'Dette : le Sénégal « ne fera pas défaut »\n\nLe pays honorera toutes ses échéances, a assuré le Premier ministre Ousmane Sonko.\n\nLa dette atteint 119 % du PIB.\n', 'Ousmane Sonko']
  ]
  it.each(rows)('%s: %s', (language, input, name) => {
    const a = parse(input, {language})
    const q = a.quotes.find((x) => x.position.start.offset < input.indexOf('\n'))
    expect(q?.speaker?.name).toBe(name)
    const p = q!.speaker!.position!
    expect(p.start.offset).toBeGreaterThan(input.indexOf('\n'))
    expect(input.slice(p.start.offset, p.end.offset)).toContain(name.split(' ')[0])
  })

  it('not the first name of a sentence whose source names nobody (`reports claim`, `a court has been told`)', () => {
    const inputs: ['fr' | 'en', string][] = [
      ['en', 'Rank “set to sell film unit”\n\nLeisure group Rank could unveil plans to sell its film unit, reports claim.\n\nIts shares rose.\n'],
      ['en', 'China “blocks news site”\n\nChina has been accused of blocking access to Google News by a media watchdog.\n\nThe site was launched in September.\n'],
      ['fr', 'Le Sénégal « ne fera pas défaut »\n\nLe pays honorera toutes ses échéances, selon une source proche du ministère.\n\nLa dette atteint 119 % du PIB.\n']
    ]
    for (const [language, input] of inputs) {
      const a = parse(input, {language})
      const q = a.quotes.find((x) => x.position.start.offset < input.indexOf('\n'))
      expect(q).toBeDefined()
      expect(q!.speaker).toBeNull()
    }
  })
})

describe('attribution: a headline quote whose lead gives a source that names nobody takes the source named after it', () => {
  const rows: ['fr' | 'en', string, string, string][] = [
    ['en', 'UK “risks breaking golden rule”\n\nThe government will have to raise taxes to keep its borrowing rule, a report suggests.\n\nThe rule allows borrowing only to invest. The Institute for Fiscal Studies claims taxes must rise. The Treasury said its plans were on track.\n', 'Institute for Fiscal Studies', 'Studies'],
    ['en', 'Shoppers “shun High Street”\n\nFewer people visited shops in January, says a new survey.\n\nThe British Retail Consortium said footfall fell by 3%. Stores were quiet.\n', 'British Retail Consortium', 'British Retail Consortium'],
    ['en', 'Lifestyle “governs phone choice”\n\nFaster hardware alone will not sell more handsets, research suggests.\n\nBuyers care about how a phone fits their life, shows a study by telecoms company Ericsson. Its chief said sales were flat.\n', 'Ericsson', 'Ericsson'],
    ['en', 'Hunt ban support “in decline”\n\nSupport for a ban on hunting has fallen in six years, a poll suggests.\n\nLess than half the country wants a ban, the Mori survey of 2,000 adults suggests. Rural people were split.\n', 'Mori', 'Mori'],
    ['fr', 'Le Sénégal « manque de médecins »\n\nLe pays compte un médecin pour 10 000 habitants, selon une étude publiée lundi.\n\nL’Organisation mondiale de la santé estime que ce chiffre est trop bas. Les hôpitaux recrutent.\n', 'Organisation mondiale de la santé', 'Organisation']
  ]
  it.each(rows)('%s: %s', (language, input, name, written) => {
    const a = parse(input, {language})
    const q = a.quotes.find((x) => x.position.start.offset < input.indexOf('\n'))
    expect(q?.speaker?.name).toBe(name)
    const p = q!.speaker!.position!
    expect(p.start.offset).toBeGreaterThan(input.indexOf('\n\n', input.indexOf('\n\n') + 2))
    // The name as the sentence writes it (the cue's subject, which may be the end of the whole name).
    expect(name).toContain(input.slice(p.start.offset, p.end.offset))
    expect(input.slice(p.start.offset, p.end.offset)).toContain(written)
  })

  it('no one when the sentences after it name no one that speaks, or the lead names its source', () => {
    const inputs: ['fr' | 'en', string, string | null][] = [
      ['en', 'Shoppers “shun High Street”\n\nFewer people visited shops in January, a survey suggests.\n\nStores in London were quiet. Sales fell at Tesco.\n', null],
      ['en', 'Shoppers “shun High Street”\n\nFewer people visited shops in January, the British Retail Consortium has said.\n\nThe Treasury said spending was strong.\n', 'British Retail Consortium'],
      ['fr', 'Le Sénégal « manque de médecins »\n\nLe pays compte un médecin pour 10 000 habitants, selon une étude.\n\nLes hôpitaux de Dakar recrutent.\n', null]
    ]
    for (const [language, input, name] of inputs) {
      const a = parse(input, {language})
      const q = a.quotes.find((x) => x.position.start.offset < input.indexOf('\n'))
      expect(q).toBeDefined()
      expect(q!.speaker?.name ?? null).toBe(name)
    }
  })
})

describe('attribution: a pronoun after a voice that is the subject of the sentence naming someone else stands for the voice', () => {
  const rows: ['fr' | 'en', string, string][] = [
    ['en', 'Show axed\n\nThe Saturday show will not return. The BBC spokeswoman said Graham Norton\'s new dance show would be a priority. "That is very much on the cards for next year," she said.\n', 'BBC'],
    ['en', 'Judges row\n\nLord Woolf said he wanted to establish the principle. A Department for Constitutional Affairs spokeswoman said Lord Woolf and Lord Falconer agreed in practice. "Their disagreement is a very narrow one," she said.\n', 'Department for Constitutional Affairs'],
    ['fr', 'Grève à la SNCF\n\nLe trafic sera perturbé lundi. La porte-parole de la SNCF a indiqué que Marc Dupont serait reçu mardi. « Nous restons ouverts au dialogue », a-t-elle ajouté.\n', 'SNCF']
  ]
  it.each(rows)('%s: %s', (language, input, name) => {
    const a = parse(input, {language})
    expect(a.quotes).toHaveLength(1)
    const s = a.quotes[0]!.speaker
    expect(s?.name).toBe(name)
    // The pronoun is the mention that attributes the quote.
    expect(input.slice(s!.position!.start.offset, s!.position!.end.offset)).toMatch(/^(she|elle)$/)
  })

  it('not a voice named right after its role, nor one in a sentence before the person found', () => {
    const inputs: ['fr' | 'en', string, string][] = [
      ['en', 'Wage rise\n\nThe minimum wage will rise in October. The Liberal Democrats\' economics spokesman Vincent Cable said he supported the move. "It is good for workers," he said.\n', 'Vincent Cable'],
      ['en', 'EU row\n\nShadow foreign secretary Michael Ancram attacked the White Paper. The Tory spokesman also criticised the government. "They are trying to kid the public," he said.\n', 'Michael Ancram']
    ]
    for (const [language, input, name] of inputs) {
      const a = parse(input, {language})
      expect(a.quotes).toHaveLength(1)
      expect(a.quotes[0]!.speaker?.name).toBe(name)
    }
  })
})

describe('attribution: a name qualifying a role after a definite determiner is not the speaker (`said the Spurs sporting director`)', () => {
  it.each([
    ['Arnesen defends Spurs\n\nTottenham sporting director Frank Arnesen has defended the club. He denied reports of a pay-off. "That is absolute nonsense," said the Spurs sporting director.\n', 'Frank Arnesen'],
    ['Yelling backs Radcliffe\n\nBritish team member Hayley Yelling said the team would understand. "It would be fantastic to have Paula in the team," said the European cross-country champion.\n', 'Hayley Yelling']
  ])('%#', (input, name) => {
    const a = parse(input, {language: 'en'})
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0]!.speaker?.name).toBe(name)
  })

  it('the person named after the role still speaks (`said the Spurs chairman Daniel Levy`)', () => {
    const input = 'Spurs deal\n\nTottenham agreed a deal. "We are delighted," said the Spurs chairman Daniel Levy.\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0]!.speaker?.name).toBe('Daniel Levy')
  })
})

describe('attribution: an outlet that quoted someone as saying relays their words (`Arab News quoted X as saying`)', () => {
  it('the person named after the verb, a title allowed first', () => {
    const input = 'Saudi jobs\n\nWomen make up half of all graduates. "We are proud of them," Arab News quoted Prince Saud as saying.\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes).toHaveLength(1)
    const s = a.quotes[0]!.speaker
    expect(s?.name).toMatch(/Saud$/)
    expect(input.slice(s!.position!.start.offset, s!.position!.end.offset)).toBe('Saud')
  })

  it('no one when the outlet quoted someone it does not name (`one trader`, `a central bank official`)', () => {
    const inputs = [
      'Ariary\n\nThe franc is gone. "It is a question of sovereignty," Reuters quoted a central bank official as saying.\n',
      'Deal\n\nTraders were sceptical. "The chief executive would be abandoning his plan," Reuters quoted one trader as saying.\n'
    ]
    for (const input of inputs) {
      const a = parse(input, {language: 'en'})
      expect(a.quotes).toHaveLength(1)
      expect(a.quotes[0]!.speaker).toBeNull()
    }
  })
})

describe('attribution: the one spoken to is no subject a pronoun stands for (`told Agence France Presse`)', () => {
  it('he after `X told Agence France Presse` is X', () => {
    const input = 'Tsunami\n\nGrowth will slow, Glenn Maguire, chief economist at Societe Generale, told Agence France Presse. "The impact will be large," he said.\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes).toHaveLength(1)
    expect(a.quotes[0]!.speaker?.name).toBe('Glenn Maguire')
  })
})

describe('attribution: an indefinite voice naming no one speaks for the organisation just named (`But a spokesman added`)', () => {
  it('the organisation that is the subject of the sentence before, or of its own', () => {
    const inputs: [string, string, string][] = [
      ['en', 'Pay row\n\nThe Home Office rejected the claims on Monday. A spokesman said: "The scheme is working well."\n', 'Home Office'],
      ['en', 'Pay row\n\nVodafone said it had not been told of the decision. But a spokeswoman added: "We will study the ruling."\n', 'Vodafone'],
      ['fr', 'Grève\n\nLa SNCF a démenti ces chiffres lundi. Un porte-parole a déclaré : « Le trafic est normal. »\n', 'SNCF']
    ]
    for (const [language, input, speaker] of inputs) {
      const a = parse(input, {language})
      expect(a.quotes).toHaveLength(1)
      const s = a.quotes[0]!.speaker
      expect(s?.name).toBe(speaker)
      expect(s?.position && input.slice(s.position.start.offset, s.position.end.offset)).toMatch(/^(A|a|Un) (spokesman|spokeswoman|porte-parole)$/)
    }
  })

  it('the organisation that is the subject of the last sentence of the paragraph before, the voice opening a new one', () => {
    const inputs: [string, string, string][] = [
      ['en', 'Exam row\n\nTeachers say the marks are late. The Department for Education would not comment on the delay.\n\nA spokeswoman said: "All marks will be sent out by Friday."\n', 'Department for Education'],
      ['en', 'Exam row\n\nTeachers say the marks are late. The Department for Education would not comment on the delay.\n\n"All marks will be sent out by Friday," a spokeswoman said.\n', 'Department for Education'],
      ['fr', 'Grève\n\nLes usagers attendent depuis lundi. La SNCF n’a pas souhaité commenter ces chiffres.\n\nUn porte-parole a simplement déclaré : « Le trafic reprendra demain. »\n', 'SNCF']
    ]
    for (const [language, input, speaker] of inputs) {
      const a = parse(input, {language})
      expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual([speaker])
    }
  })

  it('the body whose name ends with the word qualifying the voice (`an executive spokesman`)', () => {
    const input = 'Leave row\n\nThe Scottish Executive has ordered a report. Prisoners raised 300 claims in Scotland. An executive spokesman said: "We will look at it."\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Scottish Executive'])
  })

  it('no one when no organisation is a subject there, or the phrase names someone', () => {
    const inputs = [
      'Musical\n\nThe show is being staged by producer Jon Thoday. A spokeswoman said: "The plans are at an early stage."\n',
      'Talks\n\nTesco met Tony Blair on Monday. A spokesman for Mr Blair said: "It was a useful meeting."\n',
      'Talks\n\nThe deal was first reported by Reuters. A spokesman said: "We do not comment."\n'
    ]
    for (const input of inputs) {
      const a = parse(input, {language: 'en'})
      expect(a.quotes).toHaveLength(1)
      expect(String(a.quotes[0]!.speaker?.name ?? null)).not.toMatch(/Tesco|Reuters|Thoday/)
    }
  })
})

describe('attribution: a definite description after the verb stands for the name the article introduced with its noun', () => {
  it('`le potier Moussa Diop … », confie le potier`, `US magazine Gadget Weekly … said the magazine`', () => {
    const inputs: [string, string, string][] = [
      ['fr', 'Potiers\n\nDans son atelier de Dakar, le potier Moussa Diop façonne des jarres depuis vingt ans. « Chaque pièce demande trois jours de travail », confie le potier, les mains couvertes d’argile.\n', 'Moussa Diop'],
      ['en', 'Gadgets\n\nThe list was drawn up by US magazine Gadget Weekly. Its editors chose 100 items.\n\n"We included only items that were truly portable," said the magazine.\n', 'Gadget Weekly']
    ]
    for (const [language, input, speaker] of inputs) {
      const a = parse(input, {language})
      expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual([speaker])
    }
  })

  it('not a name introduced with other qualifiers (`seventh seed X` is not `the top seed`) or in a complement (`à la radio X`)', () => {
    const inputs: [string, string, string][] = [
      ['en', 'Open\n\nRoger Federer beat seventh seed Feliciano Lopez on Friday.\n\n"I played better than in my last match," said the top seed.\n', 'Feliciano Lopez'],
      ['fr', 'Plainte\n\n« La maire de Paris m’a soutenu », a indiqué à la radio Mathieu Morel. Le prêtre a démenti.\n\n« Une autre plainte va être déposée », précise la radio.\n', 'Mathieu Morel']
    ]
    for (const [language, input, other] of inputs) {
      const a = parse(input, {language})
      expect(a.quotes.at(-1)?.speaker?.name ?? null).not.toBe(other)
    }
  })
})

describe('attribution: a name set off by commas before its speech verb is a subject a pronoun stands for', () => {
  it('`role, Name, said` and `Name, apposition, said`', () => {
    const inputs: [string, string, string][] = [
      ['en', 'Show returns\n\n"We predict series two will be even better," said Simon Cowell. Three acts remain. ITV\'s head of entertainment, Claudia Rosencrantz, said she had no doubts. "It is a terrific format," she said.\n', 'Claudia Rosencrantz'],
      ['en', 'Deported\n\n"I have done nothing wrong," said Negar Khan. Bipin Bihari, deputy police chief in Bombay, said the actress would leave on Friday. "She was on a visitor\'s visa," he said.\n', 'Bipin Bihari'],
      ['fr', 'Stage\n\n« Nous sommes prêts », a déclaré Gorgui Sy Dieng. Le président de la fédération, Babacar Ndiaye, a évoqué deux possibilités. « Le stage aura lieu à Dakar », a-t-il ajouté.\n', 'Babacar Ndiaye']
    ]
    for (const [language, input, speaker] of inputs) {
      const a = parse(input, {language})
      expect(a.quotes).toHaveLength(2)
      expect(a.quotes[1]!.speaker?.name).toBe(speaker)
    }
  })

  it('a relative clause of any length set off by commas (`Name, who …, said`)', () => {
    const input =
      'Tributes paid\n\n"He was a genius," said Quincy Jones. Former Blue Harbour singer Peter Hale, who sang on many hits in the 1960s with his old band and later as a solo act, said the album was a landmark. "I am sure my own writing was shaped by it," he told BBC News.\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Quincy Jones', 'Peter Hale'])
  })

  it('not a name after `, said` with a verb of its own (`said Charles was`): the subject of the words reported', () => {
    const input =
      'Tributes paid\n\n"He was a genius," said Quincy Jones. Former Blue Harbour singer Peter Hale, who sang on hits such as Blue Water and Wild Sky Falling, said Charles was one of his heroes. "I am sure my own writing was shaped by him," he told BBC News.\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Quincy Jones', 'Peter Hale'])
  })

  it('not a name ending an apposition (`chief economist at Societe Generale, told`)', () => {
    const input = 'Tsunami\n\nGrowth will slow, Glenn Maguire, chief economist at Societe Generale, told reporters. "The impact will be large," he said.\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Glenn Maguire'])
  })
})

describe('attribution: a person glued behind a role into a name typed an organisation speaks, not the body', () => {
  it('the words after a role word and a given name (`Committee chairman Alan Beith`), with no entity link', () => {
    const input = 'Family courts\n\nCommittee chairman Alan Beith said the inquiry had been "complex and emotive". The Football Association said it was "not involved".\n'
    expect(
      attribute(input, 'en', [
        {type: 'organization', name: 'Committee chairman Alan Beith', mentions: ['Committee chairman Alan Beith']},
        {type: 'organization', name: 'Football Association', mentions: ['Football Association']}
      ])
    ).toEqual([
      ['complex and emotive', 'Alan Beith', null],
      ['not involved', 'Football Association', 'organization-2']
    ])
  })
})

describe('attribution: a voice opening its sentence with no speech verb is the newcomer a pronoun stands for', () => {
  it('`But a spokesman for the Home Office defended the proposals. He said:` is the Home Office', () => {
    const input = 'Sentencing\n\n"The discount is too generous," said John Denham. But a spokesman for the Home Office defended the proposals. He said: "The guidelines are fair."\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['John Denham', 'Home Office'])
  })

  it('not a voice inside its sentence (`They met a spokesman for the Home Office.`)', () => {
    const input = 'Sentencing\n\n"The discount is too generous," said John Denham. Campaigners met a spokesman for the Home Office on Monday. He said: "The guidelines are unfair."\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['John Denham', 'John Denham'])
  })
})

describe('attribution: a pronoun set after the words it reports stands for no one named in them', () => {
  it('`Mr Reed is offering "…," he added.` is the speaker before, not Mr Reed', () => {
    const input = 'Budget row\n\nMr Cole, the Tory leader, spoke in Leeds on Monday.\n\n"We will cut taxes," Mr Cole said. Mr Reed is offering "a tax on work," he added.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Cole', mentions: ['Mr Cole', 'Mr Cole']},
      {type: 'person', name: 'Ann Reed', mentions: ['Mr Reed']}
    ])
    expect(quotes).toEqual([
      ['We will cut taxes,', 'Tom Cole', 'person-1'],
      ['a tax on work,', 'Tom Cole', 'person-1']
    ])
  })
  it('but a pronoun going on with an attribution a colon opened is its speaker (`X told MPs: "…" "…," he added.`)', () => {
    const input = 'Budget row\n\nMr Cole spoke in Leeds on Monday.\n\nMr Reed told MPs: "It is fair." "It is a good plan," he added.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Cole', mentions: ['Mr Cole']},
      {type: 'person', name: 'Ann Reed', mentions: ['Mr Reed']}
    ])
    expect(quotes.map((q) => q[1])).toEqual(['Ann Reed', 'Ann Reed'])
  })
  it('`Ms Hart "…," he told the court` (the verb going on with its addressee) is the subject before, not Ms Hart', () => {
    const input =
      'Fraud trial\n\nFormer chief executive Tom Cole has denied all the charges.\n\nGiving evidence on Tuesday, Mr Cole said he had trusted his deputy Ann Hart. Ms Hart "signed off the accounts," he told the court.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Cole', mentions: ['Tom Cole', 'Mr Cole']},
      {type: 'person', name: 'Ann Hart', mentions: ['Ann Hart', 'Ms Hart']}
    ])
    expect(quotes).toEqual([['signed off the accounts,', 'Tom Cole', 'person-1']])
  })
  it('a participle after the postposed pronoun shares its subject (`Mr Reed has failed, he claimed, saying …`)', () => {
    const input =
      'Budget row\n\nMr Cole, the Tory leader, spoke in Leeds on Monday.\n\nMr Reed has failed to cut waiting lists, he claimed, saying the government had the "wrong answer" to them.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Cole', mentions: ['Mr Cole']},
      {type: 'person', name: 'Ann Reed', mentions: ['Mr Reed']}
    ])
    expect(quotes).toEqual([['wrong answer', 'Tom Cole', 'person-1']])
  })
  it('but the name before a participle with no pronoun between stays its subject (`Mr Reed defended …, saying`)', () => {
    const input =
      'Budget row\n\nMr Cole, the Tory leader, spoke in Leeds on Monday.\n\nMr Reed defended the plan on Tuesday, saying the critics had the "wrong answer" to it.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Cole', mentions: ['Mr Cole']},
      {type: 'person', name: 'Ann Reed', mentions: ['Mr Reed']}
    ])
    expect(quotes).toEqual([['wrong answer', 'Ann Reed', 'person-2']])
  })
})

describe('attribution: a role completed by a complement before a name is that person’s role (`le procureur de la République de Lyon X`)', () => {
  it('`a précisé le procureur` is the prosecutor named with his complement, not the person named since', () => {
    const input =
      'Enquête à Lyon\n\nLe procureur de la République de Lyon Nicolas Jacquet a ouvert une enquête mardi. Selon lui, la plainte déposée par Julien Moreau sera examinée. « Aucune piste n’est écartée », a précisé le procureur.'
    expect(
      attribute(input, 'fr', [
        {type: 'location', name: 'Lyon', mentions: ['Lyon', 'Lyon']},
        {type: 'person', name: 'Nicolas Jacquet', mentions: ['Nicolas Jacquet']},
        {type: 'person', name: 'Julien Moreau', mentions: ['Julien Moreau']}
      ])
    ).toEqual([['Aucune piste n’est écartée', 'Nicolas Jacquet', 'person-2']])
  })

  it('a place typed a person, glued before the name, does not take the role (`de Bayonne Marc Mariée`)', () => {
    const input =
      'Attaque à Bayonne\n\nLe procureur de la République de Bayonne Marc Mariée a tenu une conférence de presse mardi. L’homme est « examiné par un psychiatre », a précisé le procureur.'
    expect(
      attribute(input, 'fr', [
        {type: 'person', name: 'Bayonne', mentions: ['Bayonne', 'Bayonne']},
        {type: 'person', name: 'Marc Mariée', mentions: ['Marc Mariée']}
      ])
    ).toEqual([['examiné par un psychiatre', 'Marc Mariée', 'person-2']])
  })

  it('a role word a verb stands between is not the role of the name after it (`Prince donated to Trump`)', () => {
    const input =
      'Contractor testifies\n\nErik Prince met the committee on Monday. Prince donated to Donald Trump’s campaign in 2016. "We can at least cooperate," the prince said.'
    expect(
      attribute(input, 'en', [
        {type: 'person', name: 'Erik Prince', mentions: ['Erik Prince']},
        {type: 'person', name: 'Donald Trump', mentions: ['Donald Trump']}
      ])
    ).toEqual([['We can at least cooperate,', 'Erik Prince', 'person-1']])
  })
})

describe('attribution: a body qualifying the role of the person named after it is not the speaker', () => {
  it('`said Northwind Bank chief Tom Haley` is Tom Haley, `said NWB vice-director Li Wen` is Li Wen (no entity)', () => {
    const input = 'Rates hold\n\n"Growth is steady," said Northwind Bank chief Tom Haley. "Prices will rise," said NWB vice-director Li Wen.'
    const quotes = attribute(input, 'en', [
      {type: 'organization', name: 'Northwind Bank', mentions: ['Northwind Bank', 'NWB']},
      {type: 'person', name: 'Tom Haley', mentions: ['Tom Haley']}
    ])
    expect(quotes).toEqual([
      ['Growth is steady,', 'Tom Haley', 'person-2'],
      ['Prices will rise,', 'Li Wen', null]
    ])
  })
  it('not a body followed by no role and name (`said Northwind Bank in a statement`)', () => {
    const input = 'Rates hold\n\n"Growth is steady," said Northwind Bank in a statement. Tom Haley was not there.'
    const quotes = attribute(input, 'en', [
      {type: 'organization', name: 'Northwind Bank', mentions: ['Northwind Bank']},
      {type: 'person', name: 'Tom Haley', mentions: ['Tom Haley']}
    ])
    expect(quotes).toEqual([['Growth is steady,', 'Northwind Bank', 'organization-1']])
  })
})

describe('attribution: a participle cue shares the sentence’s subject, not the name its comma follows (`des députés LREM, soulignant`)', () => {
  it('French: the elected member who criticised, not the party of the deputies criticised', () => {
    const input =
      'Congés des soignants\n\nL’élu Maxime Minot a fustigé dans un communiqué un « plagiat inacceptable » des députés LREM, soulignant que la majorité avait « refusé de cosigner » son texte.'
    expect(
      attribute(input, 'fr', [
        {type: 'person', name: 'Maxime Minot', mentions: ['Maxime Minot']},
        {type: 'organization', name: 'LREM', mentions: ['LREM']}
      ])
    ).toEqual([
      ['plagiat inacceptable', 'Maxime Minot', 'person-1'],
      ['refusé de cosigner', 'Maxime Minot', 'person-1']
    ])
  })

  it('English: the one who attacked, not the organisation attacked (`X has attacked the BBC, saying`)', () => {
    const input = 'Budget row\n\nTom Cole has openly attacked the BBC, saying its coverage was "a disgrace".'
    expect(
      attribute(input, 'en', [
        {type: 'person', name: 'Tom Cole', mentions: ['Tom Cole']},
        {type: 'organization', name: 'BBC', mentions: ['BBC']}
      ])
    ).toEqual([['a disgrace', 'Tom Cole', 'person-1']])
  })

  it('but a name set off as the subject before the participle stays the speaker (`« … », a déclaré X, ajoutant`)', () => {
    const input =
      'Tensions\n\n« Nous répondrons », a déclaré Ali Karimi, porte-parole de l’armée, ajoutant que la riposte serait « immédiate ».'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Ali Karimi', mentions: ['Ali Karimi']}]).map((q) => q[1])).toEqual(['Ali Karimi', 'Ali Karimi'])
  })
})

describe('attribution: a participle cue after a name in a complement shares the pronoun opening the sentence', () => {
  it('`He ended his speech with a challenge to Labour, saying "…"`', () => {
    const input = 'Budget attacked\n\nMichael Howard attacked the Budget. He ended his response with an election challenge to Labour, saying "bring it on".\n'
    const a = parse(input, {language: 'en'})
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Michael Howard'])
  })
})

describe('attribution: a name after a speech verb near the start of its sentence is no subject a pronoun stands for', () => {
  it('`Tom Cole praised Sam Reed for …. "…," he said.` is Tom Cole', () => {
    const input = 'Cup final\n\nTom Cole praised Sam Reed for his late winner on Saturday. "It was a great strike," he said.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Cole', mentions: ['Tom Cole']},
      {type: 'person', name: 'Sam Reed', mentions: ['Sam Reed']}
    ])
    expect(quotes).toEqual([['It was a great strike,', 'Tom Cole', 'person-1']])
  })
  it('`Cole said Reed may return in May. "…," he said.` is Cole, not the subject of the words reported', () => {
    const input = 'Injury news\n\nCole said Reed may return in May. "The wound is healing well," he said.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Cole', mentions: ['Cole']},
      {type: 'person', name: 'Sam Reed', mentions: ['Reed']}
    ])
    expect(quotes).toEqual([['The wound is healing well,', 'Tom Cole', 'person-1']])
  })
  it('but a verb set before its subject after a comma leaves that subject one (`Also, said Mr Cole, Acme has …`)', () => {
    const input = 'Phone rules\n\nAnn Reed wrote the report. Also, said Mr Cole, Acme has cut off ten sellers. "We have strict contracts," he said.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Ann Reed', mentions: ['Ann Reed']},
      {type: 'person', name: 'Tom Cole', mentions: ['Mr Cole']},
      {type: 'organization', name: 'Acme', mentions: ['Acme']}
    ])
    expect(quotes).toEqual([['We have strict contracts,', 'Tom Cole', 'person-2']])
  })
})

describe('attribution: a name set off by commas after an opening role phrase is the subject, a title before it or not', () => {
  it('`Head of genetics at the National Institute, Professor Tom Hale, said …. He said: "…"` is Tom Hale', () => {
    const input =
      'Stem cells\n\nAnn Reed spoke to students on Monday. Head of genetics at the National Institute, Professor Tom Hale, said he had seen the same debate in the US. He said: "It is very worrying."'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Ann Reed', mentions: ['Ann Reed']},
      {type: 'organization', name: 'National Institute', mentions: ['National Institute']},
      {type: 'person', name: 'Tom Hale', mentions: ['Tom Hale']}
    ])
    expect(quotes).toEqual([['It is very worrying.', 'Tom Hale', 'person-3']])
  })
})

describe('attribution: a colon set off by spaces opens a clause whose first name is a subject (French headlines)', () => {
  it('`Plainte de X à la DSC : Y invite …` then `Il ajoute … : « … »` is Y, not X named again inside the quote', () => {
    const input =
      'Plainte d’Abdou Ndiaye à la DSC : Moussa Fall invite à ne pas « politiser la justice »\n\nIl ajoute qu’Abdou Ndiaye pourrait choisir une autre voie en publiant un démenti :« Le président du conseil Abdou Ndiaye devrait s’expliquer devant les élus. »'
    const quotes = attribute(input, 'fr', [
      {type: 'person', name: 'Abdou Ndiaye', mentions: ['Abdou Ndiaye', 'Abdou Ndiaye', 'Abdou Ndiaye']},
      {type: 'person', name: 'Moussa Fall', mentions: ['Moussa Fall']}
    ])
    expect(quotes.find((q) => String(q[0]).startsWith('Le président'))).toEqual([
      'Le président du conseil Abdou Ndiaye devrait s’expliquer devant les élus.',
      'Moussa Fall',
      'person-2'
    ])
  })
  it('an English title’s colon (`Bridget Jones: The Edge of Reason`) opens no clause', () => {
    const input =
      'Film output falls\n\nThe UK Film Council said the drop was due to 2003 being a good year, when Bridget Jones: The Edge of Reason was filmed in the UK.\n\n"The drop was expected," the council’s spokesperson said.'
    const quotes = attribute(input, 'en', [
      {type: 'organization', name: 'UK Film Council', mentions: ['UK Film Council']},
      {type: 'organization', name: 'Edge of Reason', mentions: ['Edge of Reason']}
    ])
    expect(quotes).toEqual([['The drop was expected,', 'UK Film Council', 'organization-1']])
  })
})

describe('attribution: the quotes of one sentence share the attribution that governs it', () => {
  it('a second partial quote after `et`, past a participle cue, is the speaker of the first (`tout en indiquant que … « A » et … « B »`)', () => {
    const input =
      'Élection à Minsk\n\nSvetlana Orlova a voté mardi. « Je resterai jusqu’au bout », a-t-elle déclaré à la radio, tout en indiquant que les bureaux de vote étaient « surveillés » et les résultats déjà « écrits ».'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Svetlana Orlova', mentions: ['Svetlana Orlova']}])).toEqual([
      ['Je resterai jusqu’au bout', 'Svetlana Orlova', 'person-1'],
      ['surveillés', 'Svetlana Orlova', 'person-1'],
      ['écrits', 'Svetlana Orlova', 'person-1']
    ])
  })

  it('a participle after a postposed cue (`», a-t-il dit en expliquant qu’il « … »`) is that cue’s speaker', () => {
    const input =
      'Clip polémique\n\nLe rappeur Sami Kone s’est expliqué lundi. « Tout ça, c’est de la mise en scène », a-t-il dit en expliquant avoir tourné ce clip car il « manquait de visibilité ».'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Sami Kone', mentions: ['Sami Kone']}])).toEqual([
      ['Tout ça, c’est de la mise en scène', 'Sami Kone', 'person-1'],
      ['manquait de visibilité', 'Sami Kone', 'person-1']
    ])
  })

  it('a partial quote with no cue takes the postposed cue of a later quote of its sentence (`« A », mais … « B », puis « C », insiste X`)', () => {
    const input =
      'Maisons de retraite\n\nCette réforme devra contribuer à « changer le regard sur la vieillesse », mais en attendant le gouvernement doit débloquer d’ici l’été « deux milliards d’euros » en vue d’embauches massives et d’un plan de rénovation des bâtiments, puis « quatre milliards par an », insiste Paul Mercier, le directeur de la fédération.'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Paul Mercier', mentions: ['Paul Mercier']}]).map((q) => q[1])).toEqual(['Paul Mercier', 'Paul Mercier', 'Paul Mercier'])
  })

  it('but not from a direct quote with no cue whose full stop the scraper lost (`…proceed" They cited …`)', () => {
    const input =
      'Airport scans\n\nSenator Ann Reed wrote to the agency. "We ask that you stop the program," Reed wrote. "If there is no law, we ask why you proceed" They cited a study that found the agency is scanning faces "without any safeguards".'
    const quotes = attribute(input, 'en', [{type: 'person', name: 'Ann Reed', mentions: ['Ann Reed', 'Reed']}])
    expect(quotes.map((q) => q[1])).toEqual(['Ann Reed', 'Ann Reed', null])
  })
})

describe('attribution: a courtesy title may open the sentence before its subject (`Mme X décide de … « … »`)', () => {
  it('French: `Mme` and `M.` before the name that opens the sentence', () => {
    const input =
      'Présidentielle\n\nSvetlana Orlova, 37 ans, est candidate. Son mari a été arrêté en mai. Mme Orlova décide alors de reprendre le flambeau « par amour » pour lui.\n\nAli Diallo, son rival, est resté discret. M. Diallo reste « serein et confiant » face aux critiques.'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['par amour', 'Svetlana Orlova'],
      ['serein et confiant', 'Ali Diallo']
    ])
  })
})

describe('attribution: a role whose holder the article names only after it (a headline, a lead)', () => {
  it('French: `selon le ministre des Travaux publics` in the headline, `Le ministre des Travaux publics Karim Sow` in the body', () => {
    const input =
      'Chantier du pont : un « retard de deux mois », selon le ministre des Travaux publics\n\nLe ministre des Travaux publics Karim Sow a visité mardi le chantier du nouveau pont de Saint-Louis. Les travaux devraient se terminer en mai, a-t-il indiqué.'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['retard de deux mois', 'Karim Sow']])
  })

  it('but an indefinite role is someone new, never a person named later (`selon un ministre`)', () => {
    const input =
      'Chantier du pont : un « retard de deux mois », selon un ministre\n\nLe ministre des Travaux publics Karim Sow a visité mardi le chantier du nouveau pont de Saint-Louis.'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null])
  })
})

describe('attribution: a gendered pronoun may stand for an organisation named with a determiner of its gender', () => {
  it('French: `le Conseil national … s’est montré prudent … il estime` after a person named before', () => {
    const input =
      'Élections municipales\n\nLe Premier ministre Alain Robert a réuni les maires mardi. Dans son avis publié mercredi, le Conseil national de la santé s’est montré très prudent. Sans donner de date, il estime que « la situation reste fragile dans plusieurs régions ».'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['la situation reste fragile dans plusieurs régions', 'Conseil national de la santé']
    ])
  })

  it('French: `elle` for `la Fédération` that is the subject before it', () => {
    const input =
      'Rentrée scolaire\n\nLa ministre Claire Martin a annoncé une hausse de l’allocation. Mais si la Fédération des parents « se réjouit » de cet effort, elle rappelle que « les frais restent trop lourds pour les familles ».'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Fédération des parents', 'Fédération des parents'])
  })

  it('but not for an organisation that is only an object (`a quitté le Parti X … a-t-il dit`)', () => {
    const input =
      'Politique\n\nMoussa Diop a quitté le Parti démocratique en mars après dix ans de militantisme. « Je ne regrette rien de ce choix », a-t-il dit.'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Moussa Diop'])
  })
})

describe('attribution: a plural pronoun never stands for one person', () => {
  it('French: `Ils disent vouloir « … »` after a sentence about unnamed unions, a minister named before', () => {
    const input =
      'Hôpital\n\nLe ministre de la Santé, Paul Girard, a annoncé mardi une enveloppe de deux milliards d’euros. Cette somme reste « insuffisante » aux yeux des syndicats. Ils disent vouloir « continuer la mobilisation jusqu’à la fin de l’été ».'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['insuffisante', null],
      ['continuer la mobilisation jusqu’à la fin de l’été', null]
    ])
  })

  it('English: `they asked, "…"` after a letter from lawmakers led by a named representative', () => {
    const input =
      'Letter to the mayor\n\nThe letter from the councillors, led by Anne Price of the housing committee, asked whether the mayor had met the developer. If so, they asked, "did you discuss the sale of the old depot with him?"'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null])
  })
})

describe('attribution: a quote going on after its attribution keeps that attribution’s subject', () => {
  it('English: `"…," a Halcyon spokeswoman said at the time. "…"` after a star named all through', () => {
    const input =
      'Singer Mara Quinn sues insurer\n\nPop star Mara Quinn is suing her insurers over the cancelled arena tour. Quinn injured her ankle in March while rehearsing a dance routine, and Quinn then called off the last twelve dates. "She slipped during a routine she has done a hundred times," a Halcyon spokeswoman said at the time. "It was an old ankle injury." The insurers say the policy did not cover an injury Quinn already had.'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Halcyon', 'Halcyon'])
  })
})

describe('attribution: a role described with several qualifiers after its speech verb', () => {
  it('English: `said the world indoor champion, who …` is the athlete named before', () => {
    const input =
      'Hale cruises into final\n\nMarcus Hale won his heat in 6.58 seconds at the indoor trials in Sheffield on Saturday. "I have trained hard all winter and it is paying off," said the world indoor champion, who races again on Sunday.'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Marcus Hale'])
  })

  it('English: `said the Northfield West MP.` is the MP named before', () => {
    const input = 'Council vote\n\nLabour MP Anna Reid backed the plan on Monday. "It is a fair settlement for the town," said the Northfield West MP.'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Anna Reid'])
  })
})

describe('attribution: a name in apposition after a title with its article is the subject (`Le guide suprême, l’ayatollah X, a averti`)', () => {
  it('French: an elided article and a title, or an article and a title, before the name between commas', () => {
    const input =
      'Tensions dans le Golfe\n\nLe guide suprême iranien, l’ayatollah Hassan Rahimi, a averti mercredi que toute intervention étrangère entraînerait des « dommages irréparables ». Le chef d’état-major, le général Ali Karimi, a déclaré de son côté que la situation restait « sous contrôle ».'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['dommages irréparables', 'Hassan Rahimi'],
      ['sous contrôle', 'Ali Karimi']
    ])
  })
})

describe('attribution: a heading between dashes glued inside a paragraph ends the sentences around it', () => {
  it('French: `….- Limiter les risques -A Tunis, X espère` gives no cue to the quote before the heading', () => {
    const input =
      'Pèlerinage limité\n\nUne commerçante, Leila Amrani, s’est dite « attristée par la décision ». Pour son voisin Ali Pouyan, retraité, la décision est « dans l’intérêt de tous ».- Limiter les risques -A Tunis, Karim Mansour espère partir l’année prochaine.'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text ?? null])).toEqual([
      ['attristée par la décision', 'Leila Amrani', 's’est dite'],
      ['dans l’intérêt de tous', 'Ali Pouyan', null]
    ])
  })
})

describe('attribution: an incident adverb between the auxiliary and the speech verb (`a cependant averti`, `a au contraire assuré`)', () => {
  it('French: the name after the verb is the speaker, not the one named before', () => {
    const input =
      'Crue de la Garonne\n\nLe préfet Jean Morel a fait le point mardi soir. « La décrue a commencé », a-t-il indiqué. « Les digues ne tiendront pas une semaine de plus », a au contraire assuré Marie Leroy, maire de Marmande. « Rien ne presse », a cependant averti Paul Girard, ingénieur des digues. « Enfin une bonne nouvelle », s’est par exemple félicitée l’association Garonne Vivante.'
    expect(parseArticle(input).quotes.map((q) => [q.speaker?.name ?? null, q.cue?.text ?? null])).toEqual([
      ['Jean Morel', 'a-t-il indiqué'],
      ['Marie Leroy', 'a au contraire assuré'],
      ['Paul Girard', 'a cependant averti'],
      ['Garonne Vivante', 's’est par exemple félicitée']
    ])
  })
})

describe('attribution: a quotation mark glued after a number and its full stop opens a sentence (`depuis 1994."Nous`)', () => {
  it('French: the cue after the second quote is not the first one’s', () => {
    const input =
      'Réparations refusées\n\nLes plaignants invoquaient la loi de 2001. Le tribunal a jugé qu’elle n’a pas « changé les principes » en vigueur depuis 1994.« Nous allons faire appel », a déclaré Paul Dumas, l’avocat des plaignants.'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.kind, q.cue?.text ?? null])).toEqual([
      ['changé les principes', 'partial', 'a jugé'],
      ['Nous allons faire appel', 'direct', 'a déclaré']
    ])
  })
})

describe('attribution: a source phrase naming an organisation with its article and a complement (`Pour la Cour de cassation, …`)', () => {
  it('French: the organisation is the source of the partial quote in its sentence; a person is not read past a complement', () => {
    const input =
      'Esclavage : le pourvoi rejeté\n\nL’association a porté l’affaire devant la Cour de cassation. Mais pour la Cour de cassation, cette loi n’a « apporté aucune atténuation » aux principes en vigueur.'
    expect(parseArticle(input).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['apporté aucune atténuation', 'Cour de cassation']])
  })
})

describe('attribution: an organisation’s acronym spelled out in brackets beside it gives the speaker its full name', () => {
  it('French: the expansion after the acronym, accents and function words aside (`la Sacem (société des auteurs, …)`)', () => {
    const input =
      'Salles fermées\n\nLa Fnac (fédération nationale des artistes de cabaret) s’inquiète dans un communiqué : « Personne ne sait quand rouvriront les salles ». L’Unef (Union nationale des étudiants de France) a jugé la mesure « prématurée ».'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual([
      'fédération nationale des artistes de cabaret',
      'Union nationale des étudiants de France'
    ])
  })

  it('not a bracket whose words do not spell the acronym (`le Medef (Paris)`)', () => {
    const input = 'Salles fermées\n\nLe Medef (Paris et région) a jugé la mesure « prématurée ».'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Medef'])
  })
})

describe('attribution: a definite description by a role the French list holds (`la diplomate`, `l’infirmière`) is the person named before', () => {
  it('French: `a ajouté la diplomate britannique`, `confie l’infirmière`', () => {
    const input =
      'Fête franco-sénégalaise\n\nL’ambassadrice du Royaume-Uni à Dakar, Juliette Morgan, a salué mardi la victoire des Lions. « Merci d’avoir partagé cette journée avec nous ! », a ajouté la diplomate britannique, visiblement émue.\n\nAu CHU, Awa Diallo travaille de nuit depuis dix ans. « On tient, mais pour combien de temps ? », confie l’infirmière.'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Juliette Morgan', 'Awa Diallo'])
  })
})

describe('attribution: a speaker’s name cut short of an acronym’s expansion it opens is that expansion', () => {
  it('French: `le Mrap (Mouvement contre le racisme et pour l’amitié entre les peuples)`, later `ajoute leur communiqué`', () => {
    const input =
      'Contrôles dans les gares\n\nPlusieurs syndicats ainsi que le Mrap (Mouvement contre le racisme et pour l’amitié entre les peuples) avaient dénoncé « une opération xénophobe ». Ces contrôles « s’apparentent à des rafles », ajoute leur communiqué.'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual([
      'Mouvement contre le racisme et pour l’amitié entre les peuples',
      'Mouvement contre le racisme et pour l’amitié entre les peuples'
    ])
  })
})

describe('attribution: one word opening the name of an organisation named before is that organisation (`le Conseil` after `le Conseil scientifique`)', () => {
  it('French: the organisation named last before the quote whose name the word opens', () => {
    const input =
      'Second tour des municipales\n\nLe Conseil des ministres s’est réuni lundi. Le Conseil scientifique a rendu mardi son avis sur la tenue du scrutin. Mais, prévient le Conseil, il est « difficile d’anticiper la situation des semaines à venir ». « Un seul tour réduit les risques », note le Conseil.'
    expect(
      attribute(input, 'fr', [
        {type: 'organization', name: 'Conseil des ministres', mentions: ['Conseil des ministres']},
        {type: 'organization', name: 'Conseil scientifique', mentions: ['Conseil scientifique']},
        {type: 'organization', name: 'Conseil', mentions: ['Conseil,', 'Conseil.']}
      ]).map((q) => q[1])
    ).toEqual(['Conseil scientifique', 'Conseil scientifique'])
  })

  it('French: each quote takes the organisation named last before it among those whose name the word opens', () => {
    const input =
      'Grève des transports\n\nLe Syndicat national des cheminots a appelé à la grève lundi. « Le mouvement sera suivi », a assuré le Syndicat. Le Syndicat des usagers du rail a ensuite publié une lettre. « Nous demandons des garanties », écrit le Syndicat. Mardi, le Syndicat national des cheminots a répondu. « Rien ne change », a répété le Syndicat.'
    expect(
      attribute(input, 'fr', [
        {type: 'organization', name: 'Syndicat national des cheminots', mentions: ['Syndicat national des cheminots', 'Syndicat national des cheminots']},
        {type: 'organization', name: 'Syndicat des usagers du rail', mentions: ['Syndicat des usagers du rail']},
        {type: 'organization', name: 'Syndicat', mentions: ['Syndicat.', 'Syndicat.', 'Syndicat.']}
      ]).map((q) => q[1])
    ).toEqual(['Syndicat national des cheminots', 'Syndicat des usagers du rail', 'Syndicat national des cheminots'])
  })
})

describe('attribution: a label in brackets right after a name (`Jean-Paul Morin (UDI) estime`) is not the speaker; the name is', () => {
  it('French: a party after a deputy’s name, before the verb', () => {
    const input =
      'Masques\n\nLe député Jean-Paul Morin (UDI) a dénoncé un « mensonge d’Etat » du gouvernement. Sophie Bertin (LR) estime que la stratégie est « incohérente ».'
    expect(parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Jean-Paul Morin', 'Sophie Bertin'])
  })
})

describe('attribution: a pronoun stands for a name of its paragraph that is no object before one in a complement', () => {
  it('French: `céder sa place à X` does not make X the one who speaks next', () => {
    const input =
      'Ligue professionnelle\n\nBien connu dans le football régional, Mamadou Fall n’est pas un novice. Patron du club local, il avait dirigé la ligue amateur avant de céder sa place à Ibrahima Sarr. Ce départ n’avait rien d’un adieu. « Je suis candidat à la présidence de la ligue », a-t-il lancé devant les dirigeants.'
    expect(
      attribute(input, 'fr', [
        {type: 'person', name: 'Mamadou Fall', mentions: ['Mamadou Fall']},
        {type: 'person', name: 'Ibrahima Sarr', mentions: ['Ibrahima Sarr']}
      ]).map((q) => q[1])
    ).toEqual(['Mamadou Fall'])
  })

  it('French: every name of a list a preposition governs is an object (`par X et Y`)', () => {
    const input =
      'Municipales\n\nArrivée troisième au premier tour, Claire Morel n’a pas caché sa déception. Distancée par Anne Leroy et Julie Martin, elle dénonce une campagne « confisquée par la crise », a-t-elle ajouté.'
    expect(
      attribute(input, 'fr', [
        {type: 'person', name: 'Claire Morel', mentions: ['Claire Morel']},
        {type: 'person', name: 'Anne Leroy', mentions: ['Anne Leroy']},
        {type: 'person', name: 'Julie Martin', mentions: ['Julie Martin']}
      ]).map((q) => q[1])
    ).toEqual(['Claire Morel'])
  })
})

describe('attribution: a body the entities step found right before a verb whose object holds the quote speaks (`le ministère de X a exprimé sa « … »`)', () => {
  it('French: a body whose name ends in lower case', () => {
    const input = 'Guerre au Proche-Orient\n\nDans un communiqué, le ministère des Affaires étrangères a exprimé sa « vive préoccupation » face à la guerre.'
    expect(
      attribute(input, 'fr', [{type: 'organization', name: 'ministère des Affaires étrangères', mentions: ['ministère des Affaires étrangères']}]).map((q) => q[1])
    ).toEqual(['ministère des Affaires étrangères'])
  })

  it('French: not a body in a complement (`la délégation du ministère … a exprimé`)', () => {
    const input = 'Guerre au Proche-Orient\n\nLa délégation du ministère des Affaires étrangères a exprimé sa « vive préoccupation » face à la guerre.'
    expect(
      attribute(input, 'fr', [{type: 'organization', name: 'ministère des Affaires étrangères', mentions: ['ministère des Affaires étrangères']}]).map((q) => q[1])
    ).toEqual([null])
  })
})

describe('attribution: a scraper-glued speaker is cut into its words (`VladimirPoutinea` → `Vladimir Poutine`)', () => {
  it('French: a given name glued to a surname and the auxiliary, the surname written alone only opening the headline', () => {
    const input =
      'Poutine dénonce les frappes\n\nLe président russe VladimirPoutinea fermement dénoncé vendredi les frappes aériennes. Il a qualifié ces attaques de « dangereuse escalade ».'
    expect(parse(input, {language: 'fr'}).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Vladimir Poutine'])
  })
})

describe('attribution: a stressed pronoun after a source phrase opening the sentence gives its source (`Selon lui, … « … »`)', () => {
  it('French: the person the pronoun stands for, for a partial quote with no cue', () => {
    const input =
      'Brevet des collèges\n\nLe ministre Paul Girard a défendu mardi le maintien de l’examen. Selon lui, l’annuler « aurait été une mauvaise chose » pour les élèves.'
    expect(parse(input, {language: 'fr'}).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Paul Girard'])
  })

  it('French: not a plural pronoun (`Selon eux,`)', () => {
    const input =
      'Enquête\n\nLe Monde a révélé l’affaire. Les policiers arrivés sur place ont trouvé l’homme seul. Selon eux, « un grand nombre d’objets » jonchaient le sol.'
    expect(parse(input, {language: 'fr'}).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null])
  })
})

describe('attribution: a role names the person after its complement of up to ten words (`l’ambassadrice du Royaume-Uni au Sénégal et en Guinée-Bissau, X`)', () => {
  it('French: a headline quote whose role the lead completes over two places', () => {
    const input =
      'Sénégal-Angleterre : « Je serai gagnante dans tous les cas », selon l’ambassadrice\n\nLe match amical se joue mardi à Nottingham.\nInvitée lundi à la radio, l’ambassadrice du Royaume-Uni au Sénégal et en Guinée-Bissau, Claire Watson, a présenté la fête de l’amitié.'
    expect(parse(input, {language: 'fr'}).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Claire Watson'])
  })
})

describe('attribution: a speech verb right after `who` has the name before its comma for subject (English)', () => {
  it('the head of the relative clause speaks, not the first name of the sentence', () => {
    const input = 'Row over striker\n\nThe winger\'s claim that Mark Hughes had lied was rejected by Peter Ridsdale, who accused the player of "misleading" supporters.'
    expect(attribute(input, 'en', [
      {type: 'person', name: 'Mark Hughes', mentions: ['Mark Hughes']},
      {type: 'person', name: 'Peter Ridsdale', mentions: ['Peter Ridsdale']}
    ])).toEqual([['misleading', 'Peter Ridsdale', 'person-2']])
  })

  it('two names joined by `and` before the clause: the first named speaks', () => {
    const input = 'Gig review\n\nLess taken were students Anna Reid and Tom Hale, who observed: "The band sounded tired tonight."'
    expect(attribute(input, 'en', [
      {type: 'person', name: 'Anna Reid', mentions: ['Anna Reid']},
      {type: 'person', name: 'Tom Hale', mentions: ['Tom Hale']}
    ])[0]![1]).toBe('Anna Reid')
  })

  it('not a head inside what a pronoun reports for someone else (`X said he had met Y, who had told him`)', () => {
    const input = 'Film plans\n\nChris Dale said he had met Anna Bright, who had told him the story could "work on any stage". He added: "We will keep the ending."'
    expect(attribute(input, 'en', [
      {type: 'person', name: 'Chris Dale', mentions: ['Chris Dale']},
      {type: 'person', name: 'Anna Bright', mentions: ['Anna Bright']}
    ]).map((q) => q[1])).toEqual(['Chris Dale', 'Chris Dale'])
  })
})

describe('attribution: a speech verb after a quote whose subject a subordinator opens is another clause’s (English)', () => {
  it('the attribution before the quote speaks (`X said Y had "…" when he said …`)', () => {
    const input = 'Minister under fire\n\nThe local Gulf Times said Health Minister Omar Saleh had "caused anger" when he said hospitals could not find nurses.'
    expect(attribute(input, 'en', [
      {type: 'organization', name: 'Gulf Times', mentions: ['Gulf Times']},
      {type: 'person', name: 'Omar Saleh', mentions: ['Omar Saleh']}
    ])).toEqual([['caused anger', 'Gulf Times', 'organization-1']])
  })

  it('a verb after a quote with its own subject and no subordinator still attributes it', () => {
    const input = 'Minister under fire\n\nHospitals were "short of nurses", Omar Saleh said on Monday.'
    expect(attribute(input, 'en', [{type: 'person', name: 'Omar Saleh', mentions: ['Omar Saleh']}])).toEqual([['short of nurses', 'Omar Saleh', 'person-1']])
  })
})

describe('attribution: a pronoun after a sentence whose opening subject reports what another said stands for that subject', () => {
  it('`But Mr Hale denied Mr Ross said … "…". He also said …` is Mr Hale’s', () => {
    const input = 'Party rift\n\nParty leader Tom Hale met his front bench on Monday. Among the critics was Jim Ross. But Mr Hale denied Mr Ross had said the plans "stink". He also said he was sure his deputy would "make the case clearly" next week.'
    const quotes = attribute(input, 'en', [
      // (The first `Hale` is the one inside `Tom Hale`; the second, Mr Hale's.)
      {type: 'person', name: 'Tom Hale', mentions: ['Tom Hale', 'Hale', 'Hale']},
      {type: 'person', name: 'Jim Ross', mentions: ['Jim Ross', 'Ross', 'Ross']}
    ])
    expect(quotes.map((q) => q[1])).toEqual(['Jim Ross', 'Tom Hale'])
  })

  it('not when the person found opens the sentence himself', () => {
    const input = 'Party rift\n\nParty leader Tom Hale met his front bench on Monday. Jim Ross said the plans "stink". He also said the party would "lose votes" over them.'
    const quotes = attribute(input, 'en', [
      {type: 'person', name: 'Tom Hale', mentions: ['Tom Hale']},
      {type: 'person', name: 'Jim Ross', mentions: ['Jim Ross']}
    ])
    expect(quotes.map((q) => q[1])).toEqual(['Jim Ross', 'Jim Ross'])
  })
})

describe('attribution: `he added` stands for the person quoted last nearby, not someone only named since (English)', () => {
  it('the speaker quoted before a sentence about someone else goes on', () => {
    const input = 'Defender stays\n\nTalks have started and the defender Mark Lane said: "I want to stay here." Rovers boss Ian Frost is said to have been impressed enough to make a bid in January. But the 24-year-old Welshman underlined his wish to stay. He added: "I really enjoy it here."'
    expect(attribute(input, 'en', [
      {type: 'person', name: 'Mark Lane', mentions: ['Mark Lane']},
      {type: 'person', name: 'Ian Frost', mentions: ['Ian Frost']}
    ]).map((q) => q[1])).toEqual(['Mark Lane', 'Mark Lane'])
  })

  it('not when the person named since spoke in words reported (`X said he agreed … "…," he added`)', () => {
    const input = 'Peer speaks\n\nDr Ian Frost was asked about the case. "We would look at it," he said.\n\nTory peer Lord Mark Lane said he agreed with that view. "After all, he has served his time," he added.'
    expect(attribute(input, 'en', [
      {type: 'person', name: 'Ian Frost', mentions: ['Ian Frost']},
      {type: 'person', name: 'Mark Lane', mentions: ['Mark Lane']}
    ]).map((q) => q[1])).toEqual(['Ian Frost', 'Mark Lane'])
  })
})

describe('attribution: a name between commas closing a subject set after its verb (frcue)', () => {
  it('after a role phrase that runs over a comma (`l’initiateur du projet, le procureur général de Floride, X, la semaine dernière`)', () => {
    const input = 'Prison en Floride\n\n« Il ne reste que les alligators pour les attendre », avait déclaré sur X l’initiateur du projet, le procureur général de Floride, Marc Delorme, la semaine dernière.'
    expect(speakers(input, 'fr')).toEqual([['Il ne reste que les alligators pour les attendre', 'Marc Delorme']])
  })

  it('before a role in apposition (`a affirmé dimanche au Journal du Dimanche, X, le directeur général de …`)', () => {
    const input = 'Usine de Belfort\n\nLe site de Belfort « ne fermera pas », a affirmé dimanche au Journal du Dimanche, Paul Vernier, le directeur général du groupe en France.'
    expect(speakers(input, 'fr')).toEqual([['ne fermera pas', 'Paul Vernier']])
  })

  it('in English: `said the man behind the project, the Florida attorney general, X, last week`', () => {
    const input = 'Alligator prison\n\n"There is little waiting for them, apart from alligators," said the man behind the project, the Florida attorney general, Mark Dunmore, last week.'
    expect(speakers(input, 'en')).toEqual([['There is little waiting for them, apart from alligators,', 'Mark Dunmore']])
  })

  it('not a name completing a role inside a complement (`l’autorité du chef de l’État, X, et`)', () => {
    const input = 'Crise politique\n\nLe député Paul Vernier a dénoncé la charge du Premier ministre, accusé d’avoir défié l’autorité du chef de l’État, Jean Mabille, et d’avoir tenu des propos « aux limites du séditieux ».'
    expect(speakers(input, 'fr').map((q) => q[1])).not.toContain('Jean Mabille')
  })
})

describe('attribution: a source phrase naming a role opens a sentence about someone else (frcue)', () => {
  it('`Pour le député du Gard, X est le seul responsable : « … », a-t-il déclaré` is the deputy’s, not X’s', () => {
    const input = 'Affaire des fonds\n\nPaul Vernier a comparé l’affaire à un scandale d’État. Pour le député du Gard, Jean Mabille est le seul responsable : « Il n’a jamais géré de crise de sa vie », a-t-il déclaré.'
    expect(attribute(input, 'fr', [
      {type: 'person', name: 'Paul Vernier', mentions: ['Paul Vernier']},
      {type: 'person', name: 'Jean Mabille', mentions: ['Jean Mabille']}
    ]).map((q) => q[1])).toEqual(['Paul Vernier'])
  })

  it('the pronoun still stands for the subject with no source phrase', () => {
    const input = 'Affaire des fonds\n\nPaul Vernier a comparé l’affaire à un scandale d’État. Pour lui, Jean Mabille est le seul responsable. Jean Mabille a répondu : « Je n’ai rien à cacher », a-t-il déclaré.'
    expect(attribute(input, 'fr', [
      {type: 'person', name: 'Paul Vernier', mentions: ['Paul Vernier']},
      {type: 'person', name: 'Jean Mabille', mentions: ['Jean Mabille', 'Jean Mabille']}
    ]).map((q) => q[1])).toEqual(['Jean Mabille'])
  })
})

describe('attribution: `selon lui` inside the sentence after a quote names its source (frcue)', () => {
  it('`… « décomplexées » et débarrassées des barrières qui, selon lui, …` is the deputy’s', () => {
    const input = 'Assemblée\n\nLe député Paul Vernier s’est défendu dans un communiqué. Il souhaite voir les institutions « décomplexées » et débarrassées des barrières qui, selon lui, entravent la liberté d’expression.'
    expect(attribute(input, 'fr', [{type: 'person', name: 'Paul Vernier', mentions: ['Paul Vernier']}])).toEqual([['décomplexées', 'Paul Vernier', 'person-1']])
  })

  it('`Son passage se réduit selon lui à … : « … »` is his, not a person named in a complement', () => {
    const input = 'Démission\n\nPaul Vernier a quitté le gouvernement. Son passage, après avoir dit non à Jean Mabille, se réduit selon lui à une suite d’arbitrages perdus : « Tout se joue à Matignon ».'
    expect(attribute(input, 'fr', [
      {type: 'person', name: 'Paul Vernier', mentions: ['Paul Vernier']},
      {type: 'person', name: 'Jean Mabille', mentions: ['Jean Mabille']}
    ]).map((q) => q[1])).toEqual(['Paul Vernier'])
  })
})

describe('attribution: `l’état-major` is a body described by its complement (frcue)', () => {
  it('`L’état-major a précisé que … « … »` after `l’état-major des armées` names that body', () => {
    const input = 'Un soldat tué\n\nUn soldat a été tué lundi, selon un communiqué de l’état-major des armées. L’état-major a précisé que l’intervention d’un drone avait « permis de constater le repli de l’ennemi ».'
    expect(speakers(input, 'fr')).toEqual([
      ['permis de constater le repli de l’ennemi', 'état-major des armées']
    ])
  })
})

describe('attribution: the agent of a participle speaks the words it governs (frcue)', () => {
  it('`accusé par X de « … »` is X’s, not the accused subject’s', () => {
    const input = 'Santé\n\nPaul Vernier a défendu sa gestion devant les députés. Le directeur général de la Santé, accusé par Jean Mabille de « mensonge d’État », a assuré avoir suivi les recommandations.'
    expect(speakers(input, 'fr')).toEqual([['mensonge d’État', 'Jean Mabille']])
  })

  it('English: `accused by X of "…"` is X’s', () => {
    const input = 'Health\n\nHealth chief Paul Vernon, accused by John Mabley of "lying to the nation", defended his record on Tuesday.'
    expect(speakers(input, 'en')).toEqual([['lying to the nation', 'John Mabley']])
  })

  it('a participle opening an apposition, its agent after the words (`Le projet, qualifié de « … » par X,`)', () => {
    const input = 'Sécurité\n\nLe projet de loi, qualifié de « texte liberticide » par Jean Mabille, a été adopté mardi.'
    expect(speakers(input, 'fr')).toEqual([['texte liberticide', 'Jean Mabille']])
  })

  it('English: `The bill, described as "…" by X,`', () => {
    const input = 'Vote\n\nThe bill, described as "a disgrace" by John Mabley, was passed on Tuesday.'
    expect(speakers(input, 'en')).toEqual([['a disgrace', 'John Mabley']])
  })

  it('not an agent that is no name (`jugé « liberticide » par l’opposition`)', () => {
    const input = 'Sécurité\n\nLe projet de loi, jugé « liberticide » par l’opposition, a été adopté mardi.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual([null])
  })
})

describe('attribution: a source phrase naming a titled person before a comma (enspk)', () => {
  it('`According to Dr Waller, Exxon "…"` is Dr Waller’s, not the subject’s after the comma', () => {
    const input = 'Oil\n\nThe deal was valid. According to Dr Waller, Exxon "were not planning to bid at a new tender anyway". According to minister John Waller, Exxon "had no plans to bid". Analysts were cautious.'
    expect(speakers(input, 'en').map((q) => q[1])).toEqual(['John Waller', 'John Waller'])
  })

  it('French: `Selon le ministre Jean Moreau, Total « … »` is the minister’s', () => {
    const input = 'Pétrole\n\nLe contrat a été jugé valide. Selon le ministre Jean Moreau, Total « ne comptait pas participer au nouvel appel d’offres ». Les analystes restent prudents.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Jean Moreau'])
  })

  it('a role with no name of its own still leaves the name after the comma as its holder', () => {
    const input = 'Région\n\nLa présidente de la région Grand Est, Carole Martin, a dénoncé un « mépris total » du gouvernement.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Carole Martin'])
  })
})

describe('attribution: an unnamed voice of an organisation before a pronoun (enspk)', () => {
  it('`A Department for Work and Pensions spokeswoman confirmed … "…," she said`: the body named by several words speaks', () => {
    const input = 'Chief still in job\n\nLib Dem leader Charles Kennedy asked about it. A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. "No date was ever given for his departure," she said.'
    expect(speakers(input, 'en').map((q) => q[1])).toEqual(['Department for Work and Pensions'])
  })

  it('`according to an ntl spokesman, … "…," he said`: the voice a source phrase names, not a person named before', () => {
    const input = 'Speeds rise\n\nLib Dem leader Charles Kennedy asked about it.\n\nCable firms ntl and Telewest will increase bandwidth and, according to an ntl spokesman, are in a better position than BT. "BT\'s network is limited compared to that of cable," he said.'
    expect(speakers(input, 'en').map((q) => q[1])).toEqual(['ntl'])
  })

  it('French: `selon un porte-parole de la SNCF, … « … », a-t-il ajouté`', () => {
    const input = 'Grève\n\nLe ministre Jean Castex a parlé lundi. Les trains roulent peu et, selon un porte-parole de la SNCF, la situation va durer. « Nous faisons de notre mieux », a-t-il ajouté.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['SNCF'])
  })

  it('not past a long phrase that is no name (`a spokesman`, seven lower-case words later, is no voice of it)', () => {
    const input = 'Trains\n\nLib Dem leader Charles Kennedy spoke on Monday. A report on the state of the rail network and its spokesman problem was published. "It is a mess," he said.'
    expect(speakers(input, 'en').map((q) => q[1])).toEqual(['Charles Kennedy'])
  })
})

describe('attribution: a name put after its speech verb and the outlet it spoke to is a subject (frctx)', () => {
  it('`…, a expliqué à l’AFP X. « … », a-t-il déclaré` is X’s, not an earlier subject’s', () => {
    const input = 'Nouveau présentateur\n\nJean Mabille quitte le journal de la mi-journée. Le choix s’est fait sur son expérience, a expliqué à l’AFP Paul Vernier, le patron de l’information. « On ne va pas tout changer », a-t-il déclaré.'
    expect(attribute(input, 'fr', [
      {type: 'person', name: 'Jean Mabille', mentions: ['Jean Mabille']},
      {type: 'person', name: 'Paul Vernier', mentions: ['Paul Vernier']}
    ]).map((q) => q[1])).toEqual(['Paul Vernier'])
  })

  it('the same after a day and the outlet (`a indiqué lundi au Parisien X`)', () => {
    const input = 'Nouveau présentateur\n\nJean Mabille quitte le journal de la mi-journée. Le choix s’est fait sur son expérience, a indiqué lundi au Parisien Paul Vernier. « On ne va pas tout changer », a-t-il ajouté.'
    expect(attribute(input, 'fr', [
      {type: 'person', name: 'Jean Mabille', mentions: ['Jean Mabille']},
      {type: 'person', name: 'Paul Vernier', mentions: ['Paul Vernier']}
    ]).map((q) => q[1])).toEqual(['Paul Vernier'])
  })

  it('not a subject right after the verb read as an outlet (`annonce le ministre de La Défense`)', () => {
    const input = 'Frappes\n\nLe gouvernement frappera partout, annonce le ministre de La Défense. Jean Mabille a réagi dans la soirée. « Nous frapperons partout », a-t-il déclaré.'
    expect(attribute(input, 'fr', [
      {type: 'person', name: 'Jean Mabille', mentions: ['Jean Mabille']},
      {type: 'organization', name: 'Défense', mentions: ['Défense']}
    ]).map((q) => q[1])).toEqual(['Jean Mabille'])
  })

  it('not a titled name after a verb and its preposition (`called on Mr Clarke to act`)', () => {
    const input = 'Migration test\n\nTrevor Dale, chairman of the commission, called on Mr Clarke to act on the claims. "Tell that to the nurses who run our wards," he said.'
    expect(attribute(input, 'en', [
      {type: 'person', name: 'Trevor Dale', mentions: ['Trevor Dale']},
      {type: 'person', name: 'Charles Clarke', mentions: ['Clarke']}
    ]).map((q) => q[1])).toEqual(['Trevor Dale'])
  })
})

describe('attribution: a participle after a quote that closed its sentence opens no shared clause (enspk)', () => {
  /** The cascade's speakers alone (no ranker), each quote's speaker name or null. */
  const cascade = (input: string, language: string) => {
    const pipeline = defaultPipeline.map((step) => (step === attributionRefiner ? createAttributionRefiner({}) : step))
    return parseArticle(input, {language, pipeline}).quotes.map((q) => q.speaker?.name ?? null)
  }

  it('`… view." The spokesman rejected the claims, saying: "…"` is not the previous speaker continuing', () => {
    const input = 'Claim denied\n\nIn a statement, Lord Goldsmith said: "I explained my independent view." The prime minister\'s official spokesman also rejected the claims, saying: "The words were his." Robin Cook disagreed.'
    expect(cascade(input, 'en')).toEqual(['Goldsmith', null])
  })

  it('`"…," he said, adding: "…"` still continues (one sentence)', () => {
    const input = 'Claim denied\n\nLord Goldsmith spoke on Monday. "I explained my view," he said, adding: "The words were mine."'
    expect(cascade(input, 'en')).toEqual(['Goldsmith', 'Goldsmith'])
  })

  it('French: `« … », a-t-il dit, ajoutant : « … »` continues', () => {
    const input = 'Démenti\n\nJean Moreau a parlé lundi. « J’ai donné mon avis », a-t-il dit, ajoutant : « Les mots étaient les miens. »'
    expect(cascade(input, 'fr')).toEqual(['Jean Moreau', 'Jean Moreau'])
  })
})

describe('attribution: an unnamed voice of a role opening the sentence of a participle cue (enspk)', () => {
  it('`The prime minister\'s official spokesman also rejected the claims, saying: "…"`: no one named speaks', () => {
    const input = 'Claim denied\n\nIn a statement, Lord Goldsmith said: "I explained my independent view." The prime minister\'s official spokesman also rejected the claims, saying: "The words were his." Robin Cook disagreed.'
    expect(speakers(input, 'en').map((q) => q[1])).toEqual(['Goldsmith', null])
  })

  it('a body’s voice is still the body’s (`The ministry spokesman …, saying: "…"` is no role in the genitive)', () => {
    const input = 'Claim denied\n\nThe Home Office said on Monday the plans were ready. The Home Office spokesman also rejected the claims, saying: "The plans are sound."'
    expect(speakers(input, 'en').map((q) => q[1])).toEqual(['Home Office'])
  })
})

describe('attribution: a narrative infinitive goes on with the one quoted last (frctx)', () => {
  const people: EntitySpec[] = [{type: 'person', name: 'Paul Vernier', mentions: ['Paul Vernier']}]

  it('`Et de conclure : « … »` after a partial quote naming no one is the last speaker’s', () => {
    const input = 'Crise politique\n\nLe député Paul Vernier a pris la parole. « Le gouvernement recule », a-t-il déclaré. Le ministre, accusé d’avoir tenu des propos « aux limites du séditieux », ne répond pas.\n\nEt de conclure dans une mise en garde solennelle : « Nous ne nous tairons pas. »'
    expect(attribute(input, 'fr', people).map((q) => q[1]).at(-1)).toBe('Paul Vernier')
  })

  it('not when the sentence names someone before the quote (`Et de conclure, selon X :`)', () => {
    const input = 'Crise politique\n\nLe député Paul Vernier a dénoncé une « dérive autoritaire » du gouvernement, accusé d’avoir tenu des propos « aux limites du séditieux ».\n\nEt de rappeler le mot de Jean Mabille : « Nous ne nous tairons pas. »'
    expect(attribute(input, 'fr', [...people, {type: 'person', name: 'Jean Mabille', mentions: ['Jean Mabille']}]).map((q) => q[1])[2]).not.toBe('Paul Vernier')
  })
})

describe('attribution: a pronoun after a role subject set after an opening phrase (frpron)', () => {
  const lead = 'Un stade pour Podor\n\nLe ministre des Sports, Lamine Faye, a présenté lundi son plan pour les stades régionaux.\n\n'

  it('`Reçu par X, Y a … Dans une publication, le ministre des Sports a salué … Il rappelle que « … »`: the role’s holder', () => {
    const input = lead + 'Reçu mardi par Lamine Faye, le milieu de terrain Moussa Diop a présenté son projet de stade à Podor. Dans une publication sur son compte officiel, le ministre des Sports a salué l’initiative du footballeur. Il rappelle que « le sport est un levier de cohésion sociale ».'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Lamine Faye'])
  })

  it('not when the person found opens the sentence before as its subject (`Moussa Diop a présenté …`)', () => {
    const input = lead + 'Moussa Diop a présenté mardi son projet de stade à Podor. Dans une publication sur son compte officiel, le ministre des Sports a salué l’initiative du footballeur. « Je remercie le ministre », a-t-il écrit.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Moussa Diop'])
  })
})

describe('attribution: a nationality in a role description rules out a holder named with another (frpron)', () => {
  it('`a affirmé le président sénégalais` is not `le président américain John Miller`', () => {
    const input = 'Visite à Washington\n\nLe président Amadou Ba a été reçu mardi à la Maison-Blanche par le président américain John Miller. « Nous voulons des échanges équilibrés », a affirmé le président sénégalais.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Amadou Ba'])
  })

  it('the same nationality still finds the holder (`le président américain`)', () => {
    const input = 'Visite à Washington\n\nLe président américain John Miller a reçu mardi son homologue. « Nous voulons des échanges équilibrés », a affirmé le président américain.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['John Miller'])
  })
})

describe('attribution: `le gouvernement` speaks only as a body named with that noun (frpron)', () => {
  it('`», a indiqué le gouvernement` after a sentence naming a company: no one the article names', () => {
    const input = 'Vaccins\n\nLe laboratoire Sanofi a signé mardi un accord avec plusieurs pays européens. « Nous avons commandé 100 millions de doses », a indiqué le gouvernement.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual([null])
  })

  it('a government the article names with that noun still speaks (`le Gouvernement du Sénégal`)', () => {
    const input = 'Vaccins\n\nLe Gouvernement du Sénégal a signé mardi un accord avec Sanofi. « Nous avons commandé un million de doses », a indiqué le gouvernement.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Gouvernement du Sénégal'])
  })
})

describe('attribution: a role with a feminine determiner is a woman’s (frpron)', () => {
  it('`La journaliste de CNews reproche au président …` is not the man the article names most', () => {
    const input = '« Où sont les femmes ? » : Claire Martin interpelle Emmanuel Macron\n\nLa journaliste de CNews reproche au président de n\'avoir choisi que des « hommes blancs de plus de 60 ans » pour ses interviews.\n\nEmmanuel Macron donnera dimanche une interview. Emmanuel Macron répondra aux questions de deux journalistes.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Claire Martin', 'Claire Martin'])
  })

  it('a masculine determiner still finds the holder (`Le ministre de la Santé a salué un « … »`)', () => {
    const input = 'Le ministre en visite\n\nLe ministre de la Santé Paul Morel a visité lundi l\'hôpital de Thiès. Le ministre de la Santé a salué un « travail remarquable » des équipes.'
    expect(speakers(input, 'fr').map((q) => q[1])).toEqual(['Paul Morel'])
  })
})
