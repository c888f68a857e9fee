/**
 * Quotes of French press text (session 23, helper frquotes): names of events and programmes in marks after a
 * determiner in a sentence that has a speech verb.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../helpers.js'

const texts = (input: string, language = 'fr') => parse(input, {language}).quotes.map((q) => q.text)

describe('quotes, French: a capitalised phrase after a determiner names a thing, cue or not', () => {
  it('`lors d’une réunion du "Grenelle de l’hôpital"` in a sentence with `a annoncé`', () => {
    const input =
      'Hôpital\n\nLe ministre avait annoncé une hausse des salaires lors d’une réunion du "Grenelle de l\'hôpital" organisée le 12 mai. « Nous tiendrons parole », a déclaré le ministre.'
    expect(texts(input)).toEqual(['Nous tiendrons parole'])
  })

  it('`a appelé à une « Nuit des bergers »`', () => {
    const input = 'Manifestation\n\nLe collectif a appelé à une « Nuit des bergers contre la fermeture » partout dans le pays.'
    expect(texts(input)).toEqual([])
  })

  it('an acronym opening the words is no name (`shaping the "IPTV ecosystem"`, said X)', () => {
    const input = 'TV over broadband\n\nLast year, he said, was all about shaping the "IPTV ecosystem". This year the deals start.'
    expect(texts(input, 'en')).toEqual(['IPTV ecosystem'])
  })

  it('lower-case words after a determiner stay a quote (`a dénoncé une « justice à deux vitesses »`)', () => {
    const input = 'Justice\n\nLe député a dénoncé une « justice à deux vitesses » devant la presse.'
    expect(texts(input)).toEqual(['justice à deux vitesses'])
  })
})

describe('quotes, French: a statement pasted whole, closed by `»` after its signature', () => {
  it('the words end with the last sentence before the glued signature', () => {
    const input =
      'Déclaration\n\nLe coordonnateur du mouvement a publié un texte sur ses réseaux sociaux.\n\n' +
      'Nous ne céderons à aucune intimidation, d’où qu’elle vienne.Le pays restera debout, uni et libre.Moussa DiopCoordonnateur national »'
    expect(texts(input)).toEqual(['Nous ne céderons à aucune intimidation, d’où qu’elle vienne.Le pays restera debout, uni et libre.'])
  })

  it('a signature of one word glued to the last sentence counts as a word (`… et libre.Diop »`)', () => {
    const input =
      'Déclaration\n\nLe coordonnateur du mouvement a publié un texte sur ses réseaux sociaux.\n\n' +
      'Nous ne céderons à aucune intimidation, d’où qu’elle vienne.Le pays restera debout, uni et libre.Diop »'
    expect(texts(input)).toEqual(['Nous ne céderons à aucune intimidation, d’où qu’elle vienne.Le pays restera debout, uni et libre.'])
  })

  it('a short paragraph that copies the end of the one before it gives no quote', () => {
    const input =
      'Déclaration\n\nLe coordonnateur du mouvement a publié un texte sur ses réseaux sociaux.\n\n' +
      'Nous ne céderons à aucune intimidation. Le pays restera debout, quoi qu’il arrive dans les mois à venir ! »\n\n' +
      'quoi qu’il arrive dans les mois à venir ! »'
    expect(texts(input)).toEqual(['Nous ne céderons à aucune intimidation. Le pays restera debout, quoi qu’il arrive dans les mois à venir !'])
  })

  it('no quote when the mark does not end the paragraph, the words after the last stop are many, or the words before are a line', () => {
    const a = 'Déclaration\n\nLe texte a été lu hier.Le bureau politique du parti réuni en session ordinaire »a ensuite levé la séance.'
    const b =
      'Déclaration\n\nLe texte a été lu hier.Le bureau politique du parti réuni en session ordinaire le lundi 14 juillet au siège national de Dakar sous la présidence de son secrétaire général »'
    const c = 'Déclaration\n\nLe pays restera debout, uni et libre.Moussa Diop »'
    expect(texts(a)).toEqual([])
    expect(texts(b)).toEqual([])
    expect(texts(c)).toEqual([])
  })
})

describe('quotes, French: a quote inside closed with the only mark there was for both', () => {
  it('a sentence of the writer’s and a new mark after it: the first quote ended with the inner one', () => {
    const input =
      'Jeux\n\nLe ministre a remercié ses partenaires. «Je salue le soutien du Japon, qui a offert des bourses à nos athlètes en vue des Jeux « Dakar 2026 ».Il ajoute : « Nous voulons une coopération équilibrée et fondée sur le respect mutuel ».'
    expect(texts(input)).toEqual([
      'Je salue le soutien du Japon, qui a offert des bourses à nos athlètes en vue des Jeux « Dakar 2026',
      'Nous voulons une coopération équilibrée et fondée sur le respect mutuel'
    ])
  })

  it('with two closing marks still to come, the new mark opens a second quote inside', () => {
    const input =
      'Réunion\n\n« Il nous a parlé de « souveraineté ». Puis il a évoqué une « rupture » avec le passé », a raconté le député.'
    expect(texts(input)).toEqual(['Il nous a parlé de « souveraineté ». Puis il a évoqué une « rupture » avec le passé'])
  })
})
