import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable, positionErrors, parse} from '../helpers.js'

describe('entities: a common given name opens a person’s name with no other cue', () => {
  entityTable('fr', [
    ['Cinéma\n\nUne comédie avec Dany Boon qui n’a pas été retenue par le jury.', [['person', 'Dany Boon']]],
    ['Tabaski\n\nPour la fête, Absa Faye a partagé un moment de communion avec les fidèles.', [['person', 'Absa Faye']]],
    ['Basket\n\nEn renfort, Maty Fall est attendue dans le groupe la semaine prochaine.', [['person', 'Maty Fall']]],
    ['Football\n\nLe but de Achraf Hakimi a surpris tout le monde au stade.', [['person', 'Achraf Hakimi']]],
    // A city whose name opens like a given name stays a place.
    ['Voyage\n\nLe sommet s’est tenu à Abou Dhabi la semaine dernière.', [['location', 'Abou Dhabi']]]
  ])
  entityTable('en', [
    ['Trial\n\nThe court heard that Rudy Guede had left the house before midnight.', [['person', 'Rudy Guede']]]
  ])

  it('the name’s position is the input’s (fr)', () => {
    const text = 'Cinéma\n\nUne comédie avec Dany Boon qui n’a pas été retenue.'
    const article = parse(text, {language: 'fr'})
    expect(positionErrors(text, article)).toEqual([])
    const e = article.entities.find((x) => x.name === 'Dany Boon')!
    expect(e.mentions[0]!.position.start.offset).toBe(text.indexOf('Dany'))
  })
})

describe('entities: a particle joined by a hyphen to a capitalised word is in the name', () => {
  entityTable('fr', [
    ['Attaque\n\nLe tireur, Mohammed al-Shamrani, 21 ans, avait ouvert le feu sur la base.', [['person', 'Mohammed al-Shamrani']], ['Mohammed']],
    ['Syrie\n\nLe régime de Bachar al-Assad a repris la ville.', [['person', 'Bachar al-Assad']]],
    // An event's name is no entity: `Aïd el-Fitr`.
    ['Fête\n\nLes fidèles ont célébré l’Aïd el-Fitr à Dakar.', [['location', 'Dakar']], ['Aïd el-Fitr', 'el-Fitr']]
  ])
  entityTable('en', [
    ['Iraq\n\nPrime Minister Haider al-Abadi said on Monday the city was free. Al-Abadi then left.', [['person', 'Haider al-Abadi', ['Al-Abadi']]]],
    // No particle before the hyphen: a lower-case word.
    ['Rally\n\nThe pro-Western protesters met in mid-March outside Parliament.', [], ['pro-Western', 'mid-March']]
  ])
})

describe('entities: words glued by scraping around a name', () => {
  entityTable('fr', [
    // A lower-case word of four letters or more glued to the name's first word.
    ['Procès\n\nDans le cadre de l’affaire diteBadara Gadiaga, le juge a entendu les parties.', [['person', 'Badara Gadiaga']], ['diteBadara Gadiaga']],
    ['Presse\n\nLe dossier a été transmis au parquet, rapporteLibération dans son édition du jour.', [['organization', 'Libération']]],
    // A verb of one letter glued to the name's last word, in a run glued at its front.
    ['Politique\n\nOusmane Sonko est arrivé tôt. Selon nos informations,Ousmane Sonkoa déclaré que le projet avance.', [['person', 'Ousmane Sonko']], ['Ousmane Sonkoa', 'Sonkoa']]
  ])
  // (No lead of four letters glued in these: `eBay`, `iPhone` stay one word.)
  entityTable('en', [
    ['Sales\n\nShares in eBay rose after the iPhone launch, said analyst John Smith.', [['person', 'John Smith']], ['Bay', 'Phone']]
  ])

  it('the glued name’s position is its own, not the lead’s (fr)', () => {
    const text = 'Procès\n\nDans le cadre de l’affaire diteBadara Gadiaga, le juge a entendu les parties.'
    const e = entitiesOf(text, 'fr').find((x) => x.name === 'Badara Gadiaga')!
    expect(e.mentions[0]!.position.start.offset).toBe(text.indexOf('Badara'))
    expect(e.mentions[0]!.position.end.offset).toBe(text.indexOf(', le juge'))
  })
})

describe('entities: a surname alone that context types an organisation stays the person’s', () => {
  entityTable('fr', [
    ['Polémique : le rédacteur en chef de Delahousse répond\n\nLe journaliste de France 2, Laurent Delahousse, est critiqué. Laurent Delahousse a répondu.', [['person', 'Laurent Delahousse', ['Delahousse']], ['organization', 'France 2']]]
  ])
  entityTable('en', [
    ['Inquiry\n\nSpecial counsel Robert Mueller met the panel. A spokesman for Mueller declined to comment.', [['person', 'Robert Mueller', ['Mueller']]]]
  ])
})
