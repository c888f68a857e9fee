/**
 * Code-review leftovers of session 24 in the quotation marks (helper cleanup, session 25): written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../helpers.js'
import {builtinLocales} from '../../src/index.js'

const texts = (input: string, language = 'fr') => parse(input, {language}).quotes.map((q) => q.text)

describe('`»` after an elided word: the words that elide are locale data', () => {
  it('opens after a word of the French list (`d’`, `qu’`, `lorsqu’`)', () => {
    expect(texts('Conflit\n\nLe diplomate a demandé aux deux camps d’\u00a0»ouvrir des négociations\u00a0»sans attendre.')).toEqual(['ouvrir des négociations'])
    expect(texts('Crise\n\nLe porte-parole a précisé lorsqu’\u00a0»aucun accord ne sera trouvé\u00a0» avant lundi.')).toEqual(['aucun accord ne sera trouvé'])
  })

  it('closes after a letter that is not an elided word (a grade in single marks inside the quote)', () => {
    expect(texts("Notation\n\nLe ministre a salué la décision. « Notre pays garde la note 'A' » selon le ministre, qui parle d'un succès.")).toEqual(["Notre pays garde la note 'A'"])
    expect(texts("Ratings\n\nThe minister welcomed the decision. «The country keeps its grade 'A' » the minister said on Monday.", 'en')).toEqual(["The country keeps its grade 'A'"])
  })

  it('the French pack lists them, the English one none', () => {
    const quotes = (code: string) => builtinLocales.find((l) => l.code === code)!.quotes
    expect(quotes('fr').elidedWords).toContain('qu')
    expect(quotes('en').elidedWords).toEqual([])
  })
})

describe('a repeated paragraph copying the end of an earlier one, after many quotes', () => {
  it('yields no second quote when forty quotes stand before it (the looks among the kept quotes are spent on repeated paragraphs only)', () => {
    const convoys = Array.from({length: 40}, (_, k) => `« Le convoi numéro ${k + 1} est arrivé au port ce matin », a indiqué la police.`).join('\n\n')
    const input =
      'Trêve\n\nLe président a publié un message.\n\n' +
      convoys +
      '\n\nJe félicite les deux pays pour avoir mis fin à ce qu’on appellera « la guerre des douze jours ».Que Dieu bénisse le monde ! »a déclaré le président.' +
      '\n\nQue Dieu bénisse le monde ! »a déclaré le président.'
    const found = texts(input)
    expect(found).toHaveLength(41)
    expect(found.at(-1)).toBe('Je félicite les deux pays pour avoir mis fin à ce qu’on appellera « la guerre des douze jours ».Que Dieu bénisse le monde !')
  })
})
