/**
 * Words glued together by a scraper (`selonEnquête`, `a déclaréBaye Ndiaye`):
 * where a glued word parts, and the quote words read the way the entity step
 * reads them. Short texts written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {gluedLead} from '../src/glue.js'
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
