/**
 * Quotation marks of scraped French press text (session 22, helper frquotes): a quote opened with one
 * kind of mark and closed with another (`« … "`, `" … »`) in a paragraph that also holds quotes of each kind.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../helpers.js'

const texts = (input: string, language = 'fr') => parse(input, {language}).quotes.map((q) => q.text)

describe('quotes, French: guillemets and straight marks mixed in one paragraph', () => {
  it('`« … "` and `" … »` each end their quote though a mark of the opening kind comes later', () => {
    const input =
      'Rapport\n\nLe syndicat publie un rapport très sévère. Il affirme que « la réforme a été imposée sans concertation aux agents".' +
      '"Les directions ont ignoré nos alertes pendant des mois". Selon lui, dès "le 4 avril, les agents réclamaient \'des moyens\'», ' +
      'et la direction est restée "sourde à toutes les demandes".'
    expect(texts(input)).toEqual([
      'la réforme a été imposée sans concertation aux agents',
      'Les directions ont ignoré nos alertes pendant des mois',
      "le 4 avril, les agents réclamaient 'des moyens'",
      'sourde à toutes les demandes'
    ])
  })

  it('a mark that only closes does not end the quote while a quote of another kind is open inside it', () => {
    const input =
      'Convocation\n\nVoici sa réaction. « J’apprends avec tristesse la convocation de notre frère, chroniqueur à l’émission ‘Grand Débat”, ce mardi. Nous resterons debout », a écrit le député.'
    expect(texts(input)).toEqual(['J’apprends avec tristesse la convocation de notre frère, chroniqueur à l’émission ‘Grand Débat”, ce mardi. Nous resterons debout'])
  })

  it('straight marks inside a quote in guillemets stay a quote inside it', () => {
    const input = 'Budget\n\nLa ministre a répondu : « Ce "choc d\'austérité" dont parle l\'opposition n\'existe pas », a-t-elle dit aux députés.'
    expect(texts(input)).toEqual(['Ce "choc d\'austérité" dont parle l\'opposition n\'existe pas'])
  })
})

describe('quotes, French: a subtitle is the name of a work', () => {
  it('words in marks after `sous-titré` are no quote, nor the same words in the headline', () => {
    const input =
      '"La fin des illusions" : le pamphlet du syndicat contre la réforme\n\n' +
      'Le syndicat publie un ouvrage, sous-titré "La fin des illusions" affirme que la réforme est injuste. « Nous ne céderons pas sur les retraites », a déclaré sa secrétaire générale.'
    expect(texts(input)).toEqual(['Nous ne céderons pas sur les retraites'])
  })
})
