/**
 * Words glued by scraping (session 14): a place glued after `à`
 * (`àTéhéran`), and a known place with a word glued to its end
 * (`deMbourdans`, `Téhéranont`), come apart; brand names written in camel
 * case do not. Short texts written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable, positionErrors, parse} from '../helpers.js'

describe('entities: a place glued to `à`, a word glued to a known place', () => {
  entityTable('fr', [
    // `à` glued to the place, and a word the article writes in lower case glued to its end.
    ['Iran\n\nDes funérailles nationales organisées le 28 juin àTéhéranont rassemblé des milliers de fidèles, qui ont scandé des slogans hostiles.', [['location', 'Téhéran']], ['Téhéranont', 'àTéhéranont']],
    ['Faits divers\n\nLe tribunal de grande instance deMboura condamné ce jeudi un commerçant à deux ans de prison. Il a fait appel.', [['location', 'Mbour']], ['Mboura']],
    ['Diplomatie\n\nLe président a reçu mardi àWashington les ministres du Golfe.', [['location', 'Washington']], ['àWashington']],
    // Not inside a name glued at its front (`àSa Thièsest`: the wrestler Sa Thiès).
    ['Lutte\n\nSon prochain combat face àSa Thièsest prévu dans moins d’un mois, et il est déjà très attendu.', [], ['Thiès']],
    // Camel-case names are no glued words.
    ['Sport\n\nLe club de LaLiga a signé un contrat avec McDonald et offre un MacBook et un iPhone aux supporters de Dakar, selon eBay.', [['location', 'Dakar']], ['Liga', 'Donald', 'Book', 'Phone', 'Bay', 'Donald et']]
  ])

  it('a name glued to `à` is the same name as written elsewhere, positioned without the `à`', () => {
    const text = 'Diadia répond\n\nLa vendeuse Diadia a publié une vidéo lundi. Selon elle, la décision finale doit revenir uniquement àDiadia.'
    const article = parse(text, {language: 'fr'})
    expect(positionErrors(text, article)).toEqual([])
    const e = article.entities.find((x) => x.name === 'Diadia')!
    expect(e.mentions.map((m) => m.text)).toEqual(['Diadia', 'Diadia', 'Diadia'])
    expect(e.mentions[2]!.position.start.offset).toBe(text.indexOf('àDiadia') + 1)
  })

  it('the place cut from a glued word is positioned on the place alone', () => {
    const text = 'Iran\n\nDes funérailles nationales organisées le 28 juin àTéhéranont rassemblé des milliers de fidèles, qui ont scandé des slogans.'
    const e = entitiesOf(text, 'fr').find((x) => x.name === 'Téhéran')!
    expect(text.slice(e.mentions[0]!.position.start.offset, e.mentions[0]!.position.end.offset)).toBe('Téhéran')
  })
})
