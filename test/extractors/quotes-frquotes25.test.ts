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

describe('quotes: a straight quote whose closing mark was lost ends with its first sentence', () => {
  it('when another straight mark opens later in the paragraph (`were "only a part of it. Dr X … "tremendous change"`)', () => {
    const input =
      'Health minister moved\n\nMs Hale defended her record, saying waiting lists were "only one part of the health agenda. Dr Price, who was a surgeon in Cardiff, said staff wanted a period of calm after "years of constant upheaval".'
    expect(texts(input, 'en')).toEqual(['only one part of the health agenda', 'years of constant upheaval'])
  })

  it('when the paragraph ends with the quote still open, after the news way of going on (`. "Each …`)', () => {
    const input =
      'Games makers\n\nThe studio head said costs would rise. He added: "We have survived four console changes so far. "Each one has closed some studios. All the firms said they were buying new tools to keep teams small.\n\nThe market grew in 2004.'
    expect(texts(input, 'en')).toEqual(['We have survived four console changes so far. Each one has closed some studios'])
  })

  it('in French too (`"Bien sûr, …, a-t-il insisté. Il a assuré … : "On …"`)', () => {
    const input =
      'Hôpital\n\nLe ministre a défendu le plan. "Bien sûr, on part de loin et l\'effort est immense pour tout le secteur, a-t-il insisté. Il a assuré que la négociation restait ouverte : "On va se revoir dès la semaine prochaine."'
    expect(texts(input)[0]).toBe("Bien sûr, on part de loin et l'effort est immense pour tout le secteur, a-t-il insisté")
  })

  it('a quote inside it ending a sentence (`… ridiculous.\' "But …`) goes on in the news way', () => {
    const input =
      'Safin\n\n"You go there and lose the first set, then you start to think: \'This is not my day. The way I play is silly.\' "But then you find a way out of there and you win," he said.'
    expect(texts(input, 'en')).toEqual(["You go there and lose the first set, then you start to think: 'This is not my day. The way I play is silly.' But then you find a way out of there and you win,"])
  })
})

describe('quotes, French: a closing mark whose opening mark was lost, after a cut', () => {
  it('leaves out a cut marked at the start of the words (`". (...) Le … social."`)', () => {
    const input =
      'Entretien\n\nLa députée a durci le ton. "Ce n\'est pas sain. On assiste à une nouvelle lutte des classes". (...) Le gouvernement représente la technocratie. C\'est un diviseur social." Elle a ensuite quitté le plateau.'
    expect(texts(input)).toContain('Le gouvernement représente la technocratie. C\'est un diviseur social.')
  })
})

describe('quotes: a lost closing mark in the sentence of the next quote', () => {
  it('ends the quote at a comma before a word joining a clause of the writer’s (`, but`, `, and urged`)', () => {
    const input =
      'E-university closed\n\nA spokeswoman said the venture had been "bold and pioneering, but take-up had not been "enough to carry on with the project". The committee disagreed.'
    expect(texts(input, 'en')).toEqual(['bold and pioneering', 'enough to carry on with the project'])
  })
})

describe('quotes: codes and model names in marks', () => {
  it('capitals and digits in marks name a thing (`le produit « XR-250 »`), not a quote', () => {
    const input = 'Saisie\n\nLes douaniers ont saisi des médicaments et le mystérieux produit « XR-250 » vendu sans autorisation, a déclaré le commissaire.'
    expect(texts(input)).toEqual([])
    expect(texts('Jets\n\nThe air force will buy the "F35B" model, a spokesman said.', 'en')).toEqual([])
  })
})
