/**
 * French incises after a quote: an inverted verb with an elided reflexive
 * (`s’étonne-t-il`, `s'est-elle agacée`), speech verbs added in session 11,
 * and a role with its portfolio before the speaker's name.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../helpers.js'

const rows = (input: string) => parse(input, {language: 'fr'}).quotes.map((q) => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null])

describe('French inverted reflexive verbs', () => {
  it("reads `s’étonne-t-il`, `s'insurge-t-elle` and `s’est-il agacé` as cues whose pronoun is the speaker", () => {
    const input =
      'Grève\n\nPaul Diouf a reçu les syndicats mardi.\n\n« Personne ne nous a prévenus », s’étonne-t-il devant la presse.\n\nAwa Sow était présente.\n\n« C’est inacceptable », s\'insurge-t-elle.\n\nOusmane Ba a quitté la salle.\n\n« On perd notre temps », s’est-il agacé.'
    const article = parse(input, {language: 'fr'})
    expect(rows(input)).toEqual([
      ['Personne ne nous a prévenus', 's’étonne-t-il', 'Paul Diouf'],
      ['C’est inacceptable', "s'insurge-t-elle", 'Awa Sow'],
      ['On perd notre temps', 's’est-il agacé', 'Ousmane Ba']
    ])
    const cue = article.quotes[0]!.cue!
    expect(input.slice(cue.position.start.offset, cue.position.end.offset)).toBe('s’étonne-t-il')
  })
})

describe('French speech verbs added in session 11', () => {
  it('`a relativisé`, `minimise`, `a asséné`, `rebondit`, `a twitté`, `s’écrie` attribute the quote before them', () => {
    const input =
      'Budget\n\n« Ce n’est qu’un retard », a relativisé Paul Diouf. « Rien de grave », minimise Awa Sow. « Le pays tiendra », a asséné Ali Ndiaye. « Et après ? », rebondit Marie Faye. « Tout est prêt », a twitté Fatou Sarr. « Enfin ! », s’écrie Ousmane Ba.'
    expect(rows(input)).toEqual([
      ['Ce n’est qu’un retard', 'a relativisé', 'Paul Diouf'],
      ['Rien de grave', 'minimise', 'Awa Sow'],
      ['Le pays tiendra', 'a asséné', 'Ali Ndiaye'],
      ['Et après ?', 'rebondit', 'Marie Faye'],
      ['Tout est prêt', 'a twitté', 'Fatou Sarr'],
      ['Enfin !', 's’écrie', 'Ousmane Ba']
    ])
  })
})

describe('French role with a portfolio before the speaker', () => {
  it('`le ministre de la Santé Olivier Véran`, `le chef de l’État Macky Sall`: the name after the portfolio is the speaker', () => {
    const input =
      'Épidémie\n\n« Restons prudents », a déclaré le ministre de la Santé Olivier Véran. « Le pays est prêt », a assuré le chef de l’État Macky Sall.'
    const article = parse(input, {language: 'fr'})
    expect(rows(input)).toEqual([
      ['Restons prudents', 'a déclaré', 'Olivier Véran'],
      ['Le pays est prêt', 'a assuré', 'Macky Sall']
    ])
    const s = article.quotes[0]!.speaker!
    expect(input.slice(s.position!.start.offset, s.position!.end.offset)).toBe('Olivier Véran')
  })

  it('an organisation whose name holds a lower-case word is no portfolio before a name', () => {
    expect(rows('Football\n\n« Rien ne presse », a répondu le président de la Fédération Sénégalaise de Football.')).toEqual([['Rien ne presse', 'a répondu', null]])
  })
})

describe('French incise inside one pair of marks that ends its sentence', () => {
  it('`…, indique-t-il encore. En Espagne, …`: two quotes, the second from the word after the full stop', () => {
    const input =
      'Autoroutes\n\nLe député Paul Diouf veut relever la vitesse maximale. « Plusieurs pays relèvent leurs limites, indique-t-il encore. En Espagne, les résultats sont bons et il y a moins d’accidents. »'
    expect(rows(input)).toEqual([
      ['Plusieurs pays relèvent leurs limites', 'indique-t-il', 'Paul Diouf'],
      ['En Espagne, les résultats sont bons et il y a moins d’accidents.', 'indique-t-il', 'Paul Diouf']
    ])
  })

  it('any verb when a full stop ends the incise (`tacle-t-il.`), not a title’s period (`M. Ndiaye`)', () => {
    const tacle = 'Culture\n\nLe chanteur Ali Ndiaye critique le gouvernement. « Pour eux, la culture est une dépense, tacle-t-il. Il faudra un ministre plus fort. »'
    expect(rows(tacle)).toEqual([
      ['Pour eux, la culture est une dépense', 'tacle-t-il', 'Ali Ndiaye'],
      ['Il faudra un ministre plus fort.', 'tacle-t-il', 'Ali Ndiaye']
    ])
    const title = 'Santé\n\nLe ministre Amadou Diallo a visité l’hôpital. « Nous sommes sous le choc, a-t-il dit à M. Ndiaye. Je remercie les équipes. »'
    expect(rows(title).map((r) => r[0])).toEqual(['Nous sommes sous le choc', 'Je remercie les équipes.'])
    // Between commas, an unknown verb is no incise (`…, faut-il, …`).
    expect(rows('Débat\n\nLe maire Ali Fall a parlé. « Alors, faut-il, comme on le dit, tout arrêter ? »').map((r) => r[0])).toEqual(['Alors, faut-il, comme on le dit, tout arrêter ?'])
  })

  it('a named incise keeps a title’s period inside the name (`a affirmé M. Diallo. Je…`)', () => {
    const input = 'Santé\n\nLe ministre a visité l’hôpital. « Nous sommes sous le choc, a affirmé M. Diallo. Je remercie les équipes. »'
    expect(rows(input)).toEqual([
      ['Nous sommes sous le choc', 'a affirmé', 'Diallo'],
      ['Je remercie les équipes.', 'a affirmé', 'Diallo']
    ])
  })
})
