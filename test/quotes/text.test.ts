import {describe, expect, it} from 'vitest'
import {nameRuns, sentenceStarts, tokenize} from '../../src/quotes/text.js'

describe('tokenize with a set of lower-case words', () => {
  it('adds the words written all in lower case in the same pass, elided articles and pronouns removed', () => {
    const words = new Set<string>()
    const text = "Selon l’adjoint, qu'il s’agisse du budget ou de la Ville, rien n’est joué."
    const tokens = tokenize(text, Infinity, words)
    expect(tokens.map((t) => t.text)).toEqual(['Selon', 'l’adjoint', "qu'il", 's’agisse', 'du', 'budget', 'ou', 'de', 'la', 'Ville', 'rien', 'n’est', 'joué'])
    expect([...words].sort()).toEqual(['adjoint', 'agisse', 'budget', 'de', 'du', 'est', 'il', 'joué', 'la', 'ou', 'rien'])
  })

  it('leaves out capitalised words, numbers, domain names and words after a dot or a hyphen', () => {
    const words = new Set<string>()
    tokenize('The 3rd report on fbi.gov, a follow-up, named Mr Hale and .net users in U.S. offices.', Infinity, words)
    expect([...words].sort()).toEqual(['a', 'and', 'follow-up', 'in', 'named', 'offices', 'on', 'report', 'users'])
  })

  it('reads the same words as without the set', () => {
    const text = "« C'est l'AES qui décide », a-t-il dit à Dakar."
    expect(tokenize(text, Infinity, new Set())).toEqual(tokenize(text))
  })
})

describe('nameRuns joins the parts of a name with the locale’s name particles', () => {
  for (const [code, text, want] of [
    ['fr', 'puis Marc-André ter Stegen et Ludwig van Beethoven sont arrivés.', ['Marc-André ter Stegen', 'Ludwig van Beethoven']],
    ['en', 'then Rúben das Neves and Ludwig van Beethoven arrived.', ['Rúben das Neves', 'Ludwig van Beethoven']]
  ] as const) {
    it(`${code}: ${text}`, async () => {
      const {fr, en} = await import('../../src/index.js')
      const locale = code === 'fr' ? fr : en
      const tokens = tokenize(text)
      const names = {lexicon: locale.quotes, stopWords: new Set(locale.detection.stopWords), roles: new Set<string>(), nameParticles: new Set(locale.entities.nameParticles), lowerWords: new Set<string>()}
      expect(nameRuns(text, tokens, sentenceStarts(text, locale.quotes), names).map((r) => r.text)).toEqual(want)
      // Without the particles, the name stops before them.
      const bare = nameRuns(text, tokens, sentenceStarts(text, locale.quotes), {...names, nameParticles: new Set<string>()}).map((r) => r.text)
      expect(bare).not.toEqual(want)
    })
  }
})

describe('sentenceStarts after a number glued to the next sentence (frpron)', () => {
  it('starts a sentence at a capitalised word glued after a number of two digits or more (`en 1987.Né à Dakar`)', async () => {
    const {fr} = await import('../../src/locales/fr/index.js')
    const text = 'Le festival l’avait récompensé en 1987.Né à Dakar, il a tourné dix films.'
    expect(sentenceStarts(text, fr.quotes)).toContain(text.indexOf('Né'))
  })

  it('starts a sentence after a closing bracket glued to the next one (`(CGT)."Ces réunions`, `(FHF).Les travaux`)', async () => {
    const {fr} = await import('../../src/locales/fr/index.js')
    for (const text of ['Selon Marie Roux (CGT)."Ces réunions ont servi à rien", dit-elle.', 'Selon la fédération (FHF).Les travaux vont reprendre.']) {
      const starts = sentenceStarts(text, fr.quotes)
      expect(starts).toContain(text.indexOf(').') + 2)
    }
  })

  it('not after one digit (`1.Introduction`), nor in a decimal number (`2.5`), nor before a word in capitals (`2019.AFP`, `(SA).AFP`)', async () => {
    const {fr} = await import('../../src/locales/fr/index.js')
    for (const text of ['Voir la partie 1.Introduction du rapport.', 'Le taux est de 12.5 pour cent.', 'En 2019.AFP a publié un bilan.', 'Le groupe (SA).AFP a publié un bilan.']) {
      expect(sentenceStarts(text, fr.quotes)).toEqual([0, text.length])
    }
  })
})
