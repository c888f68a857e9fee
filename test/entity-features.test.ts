import {describe, expect, it} from 'vitest'
import {ARTICLE, DATE, ELISION, EVENT, FIXTURE, heads, INSTITUTION, is, LIST_OPENER, LOC_CUE, LOC_PREP, NAME_PARTICLE, NOT_NAME, ORG_CUE, ORG_HEAD, ORG_NOUN, PARTICLE, PERSON_NOUN, ROLE, ROLE_CONNECTOR, ROLE_HEAD, STOP, TITLE, TITLE_HEAD, WORK_CUE, WORK_OPENER} from '../src/entities/features.js'
import {lookupsOf, type EntityLookups} from '../src/entities/lexicon.js'
import {tokenize} from '../src/entities/tokens.js'
import {en, fr} from '../src/locales/index.js'

/** Each feature bit and the list whose answer it stands for. */
const bits: [string, number, (lx: EntityLookups, key: string) => boolean][] = [
  ['articles', ARTICLE, (lx, k) => lx.articles.has(k)],
  ['particles', PARTICLE, (lx, k) => lx.particles.has(k)],
  ['stopWords', STOP, (lx, k) => lx.stopWords.has(k)],
  ['orgCues', ORG_CUE, (lx, k) => lx.orgCues.has(k)],
  ['orgHeads', ORG_HEAD, (lx, k) => lx.orgHeads.has(k)],
  ['roles', ROLE, (lx, k) => lx.roles.has(k)],
  ['titles', TITLE, (lx, k) => lx.titles.has(k)],
  ['notNames', NOT_NAME, (lx, k) => lx.notNames.has(k)],
  ['dateWords', DATE, (lx, k) => lx.dateWords.has(k)],
  ['eventWords', EVENT, (lx, k) => lx.eventWords.has(k)],
  ['locCues', LOC_CUE, (lx, k) => lx.locCues.has(k)],
  ['fixtureWords', FIXTURE, (lx, k) => lx.fixtureWords.has(k)],
  ['institutions', INSTITUTION, (lx, k) => lx.institutions.has(k)],
  ['orgNouns', ORG_NOUN, (lx, k) => lx.orgNouns.has(k)],
  ['workOpeners', WORK_OPENER, (lx, k) => lx.workOpeners.has(k)],
  ['listOpeners', LIST_OPENER, (lx, k) => lx.listOpeners.has(k)],
  ['workCues', WORK_CUE, (lx, k) => lx.workCues.has(k)],
  ['personNouns', PERSON_NOUN, (lx, k) => lx.personNouns.has(k)],
  ['locPreps', LOC_PREP, (lx, k) => lx.locPreps.has(k)],
  ['roleConnectors', ROLE_CONNECTOR, (lx, k) => lx.roleConnectors.has(k)],
  ['elisions', ELISION, (lx, k) => lx.elisions.includes(k)],
  ['titles', TITLE_HEAD, (lx, k) => heads(lx.titles).has(k)],
  ['roles', ROLE_HEAD, (lx, k) => heads(lx.roles).has(k)],
  ['nameParticles', NAME_PARTICLE, (lx, k) => lx.nameParticles.has(k)]
]

const texts = {
  en: "The Foreign Secretary, Jean-Paul Martin, told the BBC on Tuesday that Nigerian officials at the Ministry of Defence in Abuja had met Mary-Kate O'Neill of the World Bank. Separately, Labour said the match between Arsenal and Chelsea would go ahead, according to police.",
  fr: "Le ministre de l'Intérieur, Jean-Frédéric Ndiaye, a déclaré mardi à Dakar que les autorités maliennes avaient rencontré Marie-Claire Diop, présidente du Conseil économique, selon l'Agence France-Presse. D'après le parquet, le tribunal de Thiès siégera en février."
}

describe('token features', () => {
  for (const [name, locale] of [['en', en], ['fr', fr]] as const) {
    it(`answer as the lists do, for every word of a ${name} text and every entry of the lists (${name})`, () => {
      const lx = lookupsOf(locale)
      const tokens = tokenize(texts[name], lx)
      // Every entry of every list, as a word of its own (one-word entries are whole tokens).
      const lists = lx as unknown as Record<string, readonly string[] | {keys(): Iterable<string>}>
      const entries = bits.flatMap(([list, bit]) => {
        const words = bit === TITLE_HEAD || bit === ROLE_HEAD ? heads(lists[list] as ReadonlySet<string>) : lists[list]!
        return Array.isArray(words) ? words : [...(words as {keys(): Iterable<string>}).keys()]
      })
      for (const word of entries) tokens.push(...tokenize(word, lx).filter((t) => t.key === word))
      const wrong: string[] = []
      for (const t of tokens) for (const [list, bit, has] of bits) if (is(t, bit) !== has(lx, t.key)) wrong.push(`${t.key} ${list}`)
      expect(wrong).toEqual([])
      // (The text holds words of the lists: the test reads set bits.)
      expect(tokens.filter((t) => is(t, ROLE_HEAD | TITLE_HEAD | ROLE | STOP | ORG_CUE | LOC_PREP)).length).toBeGreaterThan(100)
    })
  }
})
