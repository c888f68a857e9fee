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

  it('is unsure on text with no known word', () => {
    const guess = detectLanguage('12 345 — 678', builtinLocales)
    expect(guess.confidence).toBe(0)
  })
})

describe.skipIf(!hasShared)('language on the real fixture', () => {
  it('is French', () => expect(parse(readShared('fixtures/le-matin-aes-2025-06-26.txt')).language).toBe('fr'))
})
