/**
 * Person evidence for unknown capitalised spans, session 18 (people). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf, entityTable} from '../helpers.js'

describe('Initials and a surname are a person\'s name, whatever the words (people18)', () => {
  entityTable('fr', [
    // Before, `F. Faye` and `O. Kamara` were people only by default (dropped), and `A.` opening a sentence was cut off as the verb `a`.
    [
      'Trafic de drogue à Thiaroye : quatre suspects déférés\n\nLes policiers ont interpellé quatre personnes samedi. A. Ndao a été arrêté avec un sachet de poudre. De leur côté, O. Kamara et A. B. Mansaly détenaient chacun deux doses. Enfin, F. Faye, le chauffeur, avait aussi une dose.',
      [['person', 'A. Ndao'], ['person', 'O. Kamara'], ['person', 'A. B. Mansaly'], ['person', 'F. Faye'], ['location', 'Thiaroye']]
    ]
  ])
  entityTable('en', [
    // Letters run together (`U.S. Steel`) and a state's abbreviation (`W. Va.`) are no initials of a person.
    [
      'Supplier to pay out\n\nBLUEFIELD, W. Va., March 3 - Pocahontas Supply said it would liquidate. Its chairman, R. Dale Hunt, said the payout would be made in May.',
      [['person', 'R. Dale Hunt']],
      ['W. Va', 'Va']
    ]
  ])
})

describe('A role before a comma is the farthest role whose words up to the name still read as a role (people18)', () => {
  entityTable('fr', [
    // Before, the scan back took `chef`, the first role of the sentence, whose words up to the name hold a verb: no role, and a name
    // no given name opens stayed a person only by default (dropped).
    [
      'Sommet de Genève\n\nLe chef de la diplomatie devait recevoir ce mardi le ministre iranien des Affaires étrangères, Abbas Mouradi. La rencontre a duré deux heures.',
      [['person', 'Abbas Mouradi']]
    ]
  ])
})

describe('An age in the apposition after a name is a person\'s, for a name no given name opens and for one word (people18)', () => {
  entityTable('fr', [
    // Before, only an age right after the comma counted, and only for names of several words: `Kawsou Tamba, un commerçant …` and
    // `Ndella, 24 ans,` were a person only by default and a one-word organisation by default (both dropped).
    [
      'Incendie au marché de Thiaroye\n\nKawsou Tamba, un commerçant sénégalais âgé de 41 ans, a perdu sa boutique. « Tout est parti en fumée », a dit Ndella, 24 ans, une de ses clientes.',
      [['person', 'Kawsou Tamba'], ['person', 'Ndella']]
    ]
  ])
  entityTable('en', [
    // One word before `who` stays unknown: bands and families take it too.
    [
      'Festival line-up\n\nThe festival will be headlined by Zorbatone, who played here in 2003. The promoters said tickets were selling fast.',
      [],
      ['Zorbatone']
    ]
  ])
})

describe('The last two words of a long run of capitalised words are a person\'s name only with evidence (people18)', () => {
  entityTable('en', [
    // Before, any run of four capitalised words or more gave its last two words as a person: `Folding Project`, `First Boston`,
    // `Wine Estate`.
    // A title, a role or an acronym before them, or a given name opening them, still makes them a person's name.
    [
      'Creditors lose appeal\n\nThe creditors said US Bankruptcy Judge Walter Brennock refused their request. Later HHS CTO Harold Pemberley outlined the plan.',
      [['person', 'Walter Brennock'], ['person', 'Harold Pemberley']]
    ]
  ])
})

describe('No person from the tail of a long name (people18)', () => {
  it('the last two words of a run of four capitalised words that nothing marks as a person\'s are no person', () => {
    const found = entitiesOf('Grid computing\n\nVolunteers will first help the Human Proteome Folding Project, which maps proteins. Advisers included Credit Suisse First Boston. The brewer also owns Beringer Blass Wine Estate.', 'en')
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([])
  })
})
