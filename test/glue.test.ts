/**
 * Words glued together by a scraper (`selonEnquête`, `a déclaréBaye Ndiaye`):
 * where a glued word parts, and the quote words read the way the entity step
 * reads them. Short texts written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {COMMON, DATE_WORD, GIVEN_NAME, gluedCapital, gluedLead, KNOWN_NAME, LOWER_IN_ARTICLE, OPENER, PERSON_WORD, PLACE} from '../src/glue.js'
import {splitGlued, tokenize} from '../src/quotes/text.js'

const french = new Set(['de', 'du', 'à', 'par', 'selon', 'avec', 'que'])
const isFrench = (w: string) => french.has(w)

describe('gluedLead', () => {
  it.each([
    ['selonEnquête', 5],
    ['deNogaye', 2],
    ['àTéhéran', 1],
    ['parL’Observateur', 3],
    ["parL'Observateur", 3],
    ['avecl’Afrique', 4],
    ['ministreOusmane', 8],
    ['stratégiquesJérôme', 12]
  ])('%s: a lower-case word glued to a name, cut after %i characters', (word, n) => {
    expect(gluedLead(word, isFrench)).toBe(n)
  })

  it.each([['iPhone'], ['eBay'], ['diCaprio'], ['McCarthy'], ['LeBron'], ['MacArthur'], ['aujourd’hui'], ['jusqu’Alger'], ['deUS'], ['selon'], ['l’Afrique']])('%s is not cut', (word) => {
    expect(gluedLead(word, isFrench)).toBe(0)
  })
})

describe('gluedLead before a given name', () => {
  const given = new Set(['tahirou', 'ousmane', 'baltasar'])
  const isGiven = (w: string) => given.has(w.toLowerCase())
  it.each([
    ['ditTahirou', 3],
    ['ditOusmane', 3],
    ['carBaltasar', 3]
  ])('%s: a short lead before a given name, cut after %i characters', (word, n) => {
    expect(gluedLead(word, isFrench, isGiven)).toBe(n)
  })

  it.each([['diCaprio'], ['eBay'], ['iPhone'], ['ditTah']])('%s is not cut', (word) => {
    expect(gluedLead(word, isFrench, isGiven)).toBe(0)
  })

  it('reads the speaker glued to his speech verb (`a ditOusmane Sonko`)', () => {
    const input = 'Tournée politique dans le nord\n\nLe Premier ministre a tenu un meeting samedi à Podor. « Nous tiendrons nos promesses », a ditOusmane Sonko devant des milliers de militants.'
    const article = parseArticle(input)
    expect(article.entities.map((e) => `${e.type}:${e.name}`)).toContain('person:Ousmane Sonko')
    expect(article.quotes[0]?.speaker?.name).toBe('Ousmane Sonko')
  })
})

describe('gluedCapital', () => {
  // What a French reader knows of the parts, written for the test: weekdays, titles, roles, given names, places, function words.
  const kinds: Record<string, number> = {
    lundi: OPENER | COMMON | DATE_WORD,
    samedi: OPENER | COMMON | DATE_WORD,
    le: OPENER | COMMON,
    selon: OPENER | COMMON,
    west: OPENER | COMMON,
    monsieur: OPENER | COMMON | PERSON_WORD,
    docteur: PERSON_WORD | COMMON,
    gov: PERSON_WORD | COMMON,
    secrétaire: PERSON_WORD,
    coordonnateur: PERSON_WORD,
    mme: PERSON_WORD | COMMON,
    gouvernement: OPENER | COMMON,
    amadou: GIVEN_NAME | KNOWN_NAME,
    khady: GIVEN_NAME | KNOWN_NAME,
    mamadou: GIVEN_NAME | KNOWN_NAME,
    lamine: GIVEN_NAME | KNOWN_NAME,
    vladimir: GIVEN_NAME | KNOWN_NAME,
    arthur: GIVEN_NAME | KNOWN_NAME,
    zambie: PLACE | KNOWN_NAME,
    usa: PLACE | KNOWN_NAME,
    ndiaye: KNOWN_NAME,
    victime: LOWER_IN_ARTICLE,
    life: LOWER_IN_ARTICLE,
    station: LOWER_IN_ARTICLE,
    ps: OPENER
  }
  const kind = (part: string) => kinds[part.toLowerCase()] ?? 0

  it.each([
    ['BotswanaLundi', 8],
    ['SudSamedi', 3],
    ['KaffrineLe', 8],
    ['JacksonSelon', 7],
    ['CommerceMonsieur', 8],
    ['KHOUMADocteur', 6],
    ['NdiayeSecrétaire', 6],
    ['GouvernementAmadou', 12],
    ['ZambieAmadou', 6],
    ['MmeKhady', 3],
    ['TOURÉVictime', 5]
  ])('%s: a capitalised word glued to the word before it, cut after %i characters', (word, n) => {
    expect(gluedCapital(word, kind)).toBe(n)
  })

  it.each([['MetLife'], ['PlayStation'], ['NatWest'], ['USAGov'], ['SARSEPs'], ['MamadouLamine'], ['VladimirPoutine'], ['McQueen'], ['MacArthur'], ['EnablingTheFuture'], ['QHSECoordonnateur'], ['SeneNews'], ['Lundi'], ['iPhone']])('%s is not cut', (word) => {
    expect(gluedCapital(word, kind)).toBe(0)
  })
})

describe('entities of capitalised words glued by scraping', () => {
  it('reads a place glued to a weekday in a fixture line (`BotswanaLundi`)', () => {
    const input = 'CAN féminine : le programme des Lionnes\n\nLes Lionnes du Sénégal affronteront la Zambie au premier tour.\n\nSénégal – BotswanaLundi 7 juillet à 17h, au stade de Berkane. Les joueuses de Mame Moussa Cissé visent la qualification.'
    const names = parseArticle(input).entities.map((e) => `${e.type}:${e.name}`)
    expect(names).toContain('location:Botswana')
    expect(names.some((n) => n.includes('Lundi'))).toBe(false)
  })

  it('reads a person glued to the common word before it (`GouvernementMoustapha Ndiaye`)', () => {
    const input = 'Conseil des ministres\n\nLe communiqué a été lu à la presse par le porte-parole du GouvernementMoustapha Ndiaye, mercredi soir.'
    const e = parseArticle(input).entities.find((x) => x.name === 'Moustapha Ndiaye')
    expect(e?.type).toBe('person')
    expect(input.slice(e!.mentions[0]!.position.start.offset, e!.mentions[0]!.position.end.offset)).toBe('Moustapha Ndiaye')
  })

  it('cuts a word the article writes in lower case off an upper-case name (`FALLVictime`)', () => {
    const input = 'Tortures : un ancien détenu saisit la justice\n\nL’ancien détenu Ibrahima Fall a déposé plainte mardi à Dakar. Il se dit victime de sévices pendant sa garde à vue.\n\nIbrahima FALLVictime des violences de 2023'
    const names = parseArticle(input).entities.map((e) => e.name)
    expect(names.some((n) => n.includes('Victime'))).toBe(false)
  })
})

describe('quote words cut where the entities step cut a glued word', () => {
  it('reads the speech verb and the whole name when the name is glued to the verb (`a déclaréBaye Ndiaye`)', () => {
    const input = 'Lutte : le combat de l’année\n\nBaye Ndiaye était l’invité de la télévision dimanche. « Ce serait un très beau combat pour le public », a déclaréBaye Ndiaye. Les promoteurs n’ont pas encore fixé de date.'
    const q = parseArticle(input).quotes[0]!
    expect(q.speaker?.name).toBe('Baye Ndiaye')
    expect(q.cue?.text).toBe('a déclaré')
    const at = q.speaker!.position!
    expect(input.slice(at.start.offset, at.end.offset)).toBe('Baye Ndiaye')
  })

  it('cuts a quote word at a name\'s edge only at a capital or before a known word (`Ndione` + `a`, not `Mac` + `intosh`)', () => {
    const text = 'Pour étayer son propos,Saliou Ndionea évoqué le cas du $499 Macintosh déjàJérôme'
    const at = (s: string) => text.indexOf(s)
    const cuts = [at('Ndionea') + 6, at('Macintosh') + 3, at('Jérôme')]
    const {tokens} = splitGlued(tokenize(text), new Set(['de']), cuts, new Set(['a', 'évoqué']))
    const words = tokens.map((t) => t.text)
    expect(words).toContain('Ndione')
    expect(words).toContain('a')
    expect(words).toContain('Macintosh')
    expect(words).toContain('déjà')
    expect(words).toContain('Jérôme')
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('reads the known word after a cut in the word as written, not in its longer lower case (`İlhan` + `affirme`)', () => {
    const text = 'Le ministre İlhanaffirme que le port rouvrira.'
    const cuts = [text.indexOf('affirme')]
    const {tokens} = splitGlued(tokenize(text), new Set(['de']), cuts, new Set(['affirme']))
    expect(tokens.map((t) => t.text)).toEqual(['Le', 'ministre', 'İlhan', 'affirme', 'que', 'le', 'port', 'rouvrira'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })
})
