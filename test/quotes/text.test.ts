import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/quotes/text.js'

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
