/**
 * Quotation marks as scraped French press text types them (session 21, helper frquotes): a closing mark whose
 * opening mark was lost, `»` opening after an elided word, the opening mark typed again for the closing one,
 * two apostrophes for a closing mark, and `”` opening a quote.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../helpers.js'

const texts = (input: string, language = 'fr') => parse(input, {language}).quotes.map((q) => q.text)

describe('quotes, French: a closing mark whose opening mark was lost', () => {
  it('a paragraph ending with `. »` and its attribution is one quote from the paragraph’s start', () => {
    const input =
      'Affaire des fonds\n\nLe coordonnateur du collectif a écrit au ministre de la Justice.\n\n' +
      'Nous demandons que ces dossiers soient jugés sans délai. Nous restons mobilisés pour la vérité et la justice. », a réagi Moussa Diop.'
    expect(texts(input)).toEqual(['Nous demandons que ces dossiers soient jugés sans délai. Nous restons mobilisés pour la vérité et la justice.'])
  })

  it('a quote closed earlier on the line is a quote inside it (`« … » .… ! »a déclaré X`); its repeated end yields no second quote', () => {
    const input =
      'Trêve\n\nLe président a publié un message.\n\n' +
      'Je félicite les deux pays pour avoir mis fin à ce qu’on appellera « la guerre des douze jours ».Que Dieu bénisse le monde ! »a déclaré le président.\n\n' +
      'Que Dieu bénisse le monde ! »a déclaré le président.'
    expect(texts(input)).toEqual(['Je félicite les deux pays pour avoir mis fin à ce qu’on appellera « la guerre des douze jours ».Que Dieu bénisse le monde !'])
  })

  it('a straight mark before a comma takes only the sentence after the quote closed before it on the line', () => {
    const input = 'Grève\n\nLe dépôt de Valence a été "envahi". La lutte ne fait que commencer, on ne lâchera rien", a poursuivi le syndicat.'
    expect(texts(input)).toContain('La lutte ne fait que commencer, on ne lâchera rien')
  })

  it('a full stop after the mark (`… sans toi ».`) ends the words too when the mark is the only one on its line', () => {
    const input = 'Message d’une mère\n\nElle a publié un message sur les réseaux sociaux.\n\nLa maison est vide sans toi. Reviens vite, mon fils, on ne peut pas continuer sans toi ».'
    expect(texts(input)).toEqual(['La maison est vide sans toi. Reviens vite, mon fils, on ne peut pas continuer sans toi'])
    // Not after another mark on the line: `« … nécessaire » dans le conflit en cours ».`
    expect(texts('Conflit\n\nIl a jugé qu’une frappe « ne sera peut-être pas nécessaire » dans le conflit en cours entre les deux pays ».Cependant il hésite.')).toEqual(['ne sera peut-être pas nécessaire'])
  })

  it('a lone closing mark after a few words or inside a sentence is no quote', () => {
    expect(texts('Combat\n\nLe combat Jordan – Ibou Ndiaye ‘Eubeuli » prévu samedi est reporté.')).toEqual([])
    expect(texts('Signature\n\nLa défense sera toujours debout pour tous.Le Collectif »')).toEqual([])
  })
})

describe('quotes, French: marks typed the wrong way round', () => {
  it('`»` after an elided word opens a quote (`d’ »arrêter les combats »`, `qu’ »il n’y avait …»`)', () => {
    expect(texts('Conflit\n\nIl a répété l’appel du secrétaire général à toutes les parties d\'\u00a0»arrêter les combats\u00a0»et de respecter le droit.')).toEqual(['arrêter les combats'])
    expect(texts('Frappe\n\nLe ministre a assuré qu’\u00a0»il n’y avait aucune cible militaire aux alentours\u00a0» de l’hôpital.')).toEqual(['il n’y avait aucune cible militaire aux alentours'])
  })

  it('the opening guillemet typed again where the quote closes (`« … terminer «a écrit X`, `« … longtemps «, a déclaré X`)', () => {
    expect(texts('Souveraineté\n\nLa militante a répondu.« Ce qu’ils ont commencé, nous allons le terminer «a écrit la militante sur sa page.')).toEqual(['Ce qu’ils ont commencé, nous allons le terminer'])
    expect(texts('Manifestation\n\nLe député a réagi. « Ils ont crié une douleur que tout un peuple murmure depuis longtemps «, a déclaré le député.')).toEqual(['Ils ont crié une douleur que tout un peuple murmure depuis longtemps'])
  })

  it('`”` opens a quote and two apostrophes close it (`”C’est … situées’’,a déclaré X`)', () => {
    const input = 'Décès en détention\n\nUn homme est mort en cellule.\n\n”C’est le commandant de la brigade qui m’a informé de la mort de mon frère. Nous exigeons la lumière sur cette affaire’’,a déclaré Ali Diallo, frère de la victime.'
    expect(texts(input)).toEqual(['C’est le commandant de la brigade qui m’a informé de la mort de mon frère. Nous exigeons la lumière sur cette affaire'])
    expect(texts('Sanctions\n\nSelon le conseil,“elle entretient des liens avec une organisation liée à des sociétés privées’’.La décision est publiée.')).toEqual(['elle entretient des liens avec une organisation liée à des sociétés privées'])
  })

  it('an apostrophe inside an English quote opened with a single mark is no closing mark', () => {
    const input = 'Games\n\nDriving games and shoot \'em ups are in development, the firm said. "We only use 10% of the processor otherwise you won\'t be able to play," explained Mr Smith.'
    expect(texts(input, 'en').filter((q) => q.startsWith('em ups'))).toEqual([])
  })
})

describe('quotes, French: repaired marks stay linear', () => {
  it('1 MB of closing marks with nothing open: quotes nest on the line, each at most MAX_QUOTE_LENGTH long, and few', () => {
    const input = 'Titre\n\n' + 'Ils ont dit non. » '.repeat(55_000)
    const started = performance.now()
    const quotes = parse(input, {language: 'fr', maxLength: 2_000_000}).quotes
    expect(quotes.length).toBeLessThan(400)
    expect(quotes.every((q) => q.text.length <= 6000)).toBe(true)
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('1 MB of guillemets typed again and of `»` after elisions finishes', () => {
    const input = 'Titre\n\n« ' + 'mot «a '.repeat(60_000) + '\n\n' + "d' »arrêter ".repeat(40_000)
    const quotes = parse(input, {language: 'fr', maxLength: 2_000_000}).quotes
    expect(quotes.every((q) => q.text.length <= 6000)).toBe(true)
  })
})

describe('quotes, French: words chanted', () => {
  it('`scandant « … »`, `« … » scandent les manifestants`: a slogan chanted is someone’s words, not a title', () => {
    expect(texts('Manifestation\n\nDes milliers de personnes ont défilé à Dakar, scandant « Libérez nos enfants » devant le palais.')).toEqual(['Libérez nos enfants'])
  })
})

describe('quotes, French: a paragraph copied after the one a quote opens in', () => {
  it('a quote whose mark never closes ends with its paragraph when the next one copies its end (`complet«Le club … 2025.` twice)', () => {
    const statement = 'Le club a conclu un accord de règlement avec l’instance pour une période de trois ans. Le montant de l’amende dépend de la violation constatée.'
    const input = `Sanctions\n\nLe communiqué complet«${statement}\n\n«${statement}\n\nLe club devra payer 15 millions d’euros.`
    expect(texts(input)).toEqual([statement])
  })
})

describe('quotes, French: an attribution inside the marks, glued by the scraper', () => {
  it('`…impitoyable,a déclaré X, porte-parole de la Maison-Blanche.Lorsque … »`: two quotes, both X’s', () => {
    const input =
      'Centre de rétention\n\nLes marais sont connus pour leurs alligators.« L’endroit est isolé, entouré d’une faune dangereuse,a déclaré Karine Lefèvre, porte-parole de la préfecture.Lorsque vous avez des criminels odieux, je pense que c’est un moyen dissuasif. »'
    const quotes = parse(input, {language: 'fr'}).quotes
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['L’endroit est isolé, entouré d’une faune dangereuse', 'Karine Lefèvre'],
      ['Lorsque vous avez des criminels odieux, je pense que c’est un moyen dissuasif.', 'Karine Lefèvre']
    ])
  })
})

describe('quotes, French: one word voiced after a determiner, before another word', () => {
  it('`a exprimé sa « préoccupation » face à`: French puts no noun modifier before its noun, so the word is voiced, not a term', () => {
    expect(texts('Diplomatie\n\nLe ministère a exprimé sa « préoccupation » face à la guerre entre les deux pays.')).toEqual(['préoccupation'])
    // English still reads `his 'silence' gesture` as a term.
    expect(texts("Final\n\nThe manager claimed his 'silence' gesture was aimed at the media.", 'en')).toEqual([])
  })
})
