import {describe, expect, it} from 'vitest'
import {builtinLocales} from '../../src/index.js'
import {detectLanguage} from '../../src/language.js'
import {hasShared, parse, readShared} from '../helpers.js'

type Row = [text: string, code: string]

const rows: Row[] = [
  ['Les ministres de la défense se sont retrouvés vendredi à Bamako pour discuter de la force commune.', 'fr'],
  ['Selon le directeur, la campagne a été lancée lundi dans les régions du nord.', 'fr'],
  ['L’équipe s’est qualifiée après une victoire qu’elle n’attendait plus.', 'fr'],
  ['Dock workers returned to the quays on Monday after the union said it had reached a deal.', 'en'],
  ['The company said its profit rose in the quarter, which was better than analysts had expected.', 'en']
]

describe('language detection', () => {
  for (const [text, code] of rows) {
    it(`${code}: ${text.slice(0, 40)}`, () => {
      expect(detectLanguage(text, builtinLocales).locale.code).toBe(code)
      const a = parse(`Titre\n\n${text}`)
      expect(a.language).toBe(code)
    })
  }

  it('the language option wins', () => {
    expect(parse('Dock workers returned on Monday.', {language: 'fr'}).language).toBe('fr')
  })

  it('counts each stop word once, short or long, accented, elided or in capitals', () => {
    // fr: Le, été, après, qu’il (il); en: THE, of, the; 15 words in all.
    const guess = detectLanguage('Le président a été reçu après l’accord qu’il a signé, THE END of the war.', builtinLocales)
    expect(guess.locale.code).toBe('fr')
    expect(guess.confidence).toBeCloseTo((4 / 7) * (15 / 20), 10)
    // An English sentence of short words only, 19 of them, none French.
    const en = detectLanguage('It was the end of it, and he said so to the men at the top of the hill.', builtinLocales)
    expect(en.locale.code).toBe('en')
    expect(en.confidence).toBeCloseTo(19 / 20, 10)
  })

  it('is unsure on text with no known word', () => {
    const guess = detectLanguage('12 345 — 678', builtinLocales)
    expect(guess.confidence).toBe(0)
  })
})

describe.skipIf(!hasShared)('language on the real fixture', () => {
  it('is French', () => expect(parse(readShared('fixtures/le-matin-aes-2025-06-26.txt')).language).toBe('fr'))
})
