/**
 * People in both languages (session 32, people). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A romanised given name of two syllables joined by a hyphen stays with its surname (`syllableGivenName`)', () => {
  entityTable('fr', [
    ['Taïwan\n\nLa présidente Tsai Ing-wen a reçu mardi une délégation américaine. Tsai a rappelé son attachement au statu quo.', [['person', 'Tsai Ing-wen']]],
    ['Histoire\n\nL’île a servi de refuge aux nationalistes emmenés par Tchang Kaï-chek après la guerre civile.', [['person', 'Tchang Kaï-chek']]],
    ['Corée\n\nLe dirigeant Kim Jong-un a assisté à un tir de missile, selon l’agence officielle.', [['person', 'Kim Jong-un']]]
  ])
  entityTable('en', [
    ['Seoul talks\n\nSouth Korean President Roh Tae-woo met union leaders on Tuesday, his office said.', [['person', 'Roh Tae-woo']]],
    // (Not a compound whose head the article writes in lower case, nor after an article.)
    ['Ratings\n\nThe ready meal was a hit. Critics said the Pop Ready-made show and the Texan-born host drew record ratings.', [], ['Pop Ready-made', 'Texan-born']]
  ])
})

describe('Initials inside a name keep it whole (`middleInitials`)', () => {
  entityTable('fr', [
    ['Séries\n\nLe romancier George R. R. Martin a annoncé la suite de sa saga. Martin écrit depuis dix ans.', [['person', 'George R. R. Martin']], ['George R', 'R. Martin']]
  ])
  entityTable('en', [
    ['Books\n\nThe novelist George R. R. Martin said on Monday that the next volume was nearly done.', [['person', 'George R. R. Martin']], ['George R', 'R. Martin']]
  ])
})

describe('A participle opening a sentence before a given name is no word of the name (`openingParticiple`)', () => {
  entityTable('fr', [
    ['Tournée\n\nVoyant Ousmane Sonko reçu par les chefs d’État de la région, ses partisans ont applaudi.', [['person', 'Ousmane Sonko']], ['Voyant Ousmane Sonko']],
    // (After an item's number opening its line.)
    ['Bilan\n\n1° Le budget est voté.\n2° Évoquant Macky Sall, le ministre a salué son bilan.', [['person', 'Macky Sall']], ['Évoquant Macky Sall']]
  ])
  entityTable('en', [
    // (A word the lists know as a given name stays: `Bryant` is no participle here, before a surname.)
    ['Broadcast\n\nBryant Gumbel said the show would return in the spring, his agent confirmed.', [['person', 'Bryant Gumbel']]]
  ])
})

describe('A person named by two last words, then in full, is one person (`tailPerson`)', () => {
  entityTable('fr', [
    ['Visite de la députée Awa Diop : un soutien aux jeunes\n\nLa vice-présidente du groupe parlementaire, Mariama Khady Awa Diop, a visité mardi le centre de formation.', [['person', 'Mariama Khady Awa Diop', ['Awa Diop']]]]
  ])
})

describe('A given name after an article and before an adjective of institutions is the institution (`articledGivenInstitution`)', () => {
  entityTable('fr', [
    ['Marée noire\n\nUn officier de la Marine nationale est arrivé sur la côte pour coordonner la lutte contre la pollution.', [['organization', 'Marine nationale']], ['Marine']],
    // (A given name before a surname is a person.)
    ['Politique\n\nMarine Tondelier a rencontré mardi les élus écologistes de la région.', [['person', 'Marine Tondelier']]]
  ])
})

describe('Common given names from general knowledge type a name of two words a person', () => {
  entityTable('fr', [
    ['Télé\n\nEn 2015, Annick Lejeune avait éconduit l’agriculteur. Gaston Mercier a suivi l’émission depuis Lyon.', [['person', 'Annick Lejeune'], ['person', 'Gaston Mercier']]]
  ])
  entityTable('en', [
    ['Cinema\n\nThe film stars Naomi Watts and Harvey Keitel, and opens in London next month.', [['person', 'Naomi Watts'], ['person', 'Harvey Keitel']]]
  ])
})

describe('An organisation head before a given name names a body after the person (`Université Gaston Berger`)', () => {
  entityTable('fr', [
    ['Atelier\n\nL’Université Gaston Berger de Saint-Louis a accueilli un atelier. Le projet associe l’université et la commune.', [['organization', 'Université Gaston Berger de Saint-Louis']], ['Gaston Berger']],
    ['Éducation\n\nLes élèves de l’Université Gaston Berger ont manifesté mardi devant le rectorat.', [['organization', 'Université Gaston Berger']], ['Gaston Berger']]
  ])
})

describe('French loanword roles: `manager`, `CEO`; one role word after a title is no name', () => {
  entityTable('fr', [
    ['Basket\n\nSon profil a séduit Mike Gansey, General Manager des Cavaliers :« Il a le moteur que nous cherchons ».', [['person', 'Mike Gansey'], ['organization', 'Cavaliers']], ['Manager', 'General Manager']],
    ['Crash\n\nAprès l’accident, le CEO d’Air India a promis une enquête. Son manager Paul Diop a démenti.', [['organization', 'Air India'], ['person', 'Paul Diop']], ['CEO d’Air India']]
  ])
})

describe('A line-up closing a block after its other sentences is a list of people (`trailingLineupNames`)', () => {
  entityTable('en', [
    ['Derby win\n\n"We had a slow start but we got going after that," said the manager. Rovers: Kelly, Dunmore, Ashcroft (Pell 70), Tranter, Oduya. Subs Not Used: Fenwick, Glaister, Mottram. Att: 21,300 Ref: P Lane.', [['person', 'Pell'], ['person', 'Fenwick'], ['person', 'Glaister'], ['person', 'Mottram'], ['person', 'Tranter']]]
  ])
  entityTable('en', [
    // (Not when the block goes on with a sentence after the list.)
    ['Derby win\n\nThe manager said: Kelly, Dunmore, Ashcroft and Tranter all played well, and he was pleased with the win.', [], ['Dunmore', 'Ashcroft']]
  ])
})

describe('Name particles that are no stop word keep the surname after them (`nameParticlesOnly`)', () => {
  entityTable('en', [
    ['Brazil\n\nLuiz Inacio Lula da Silva said on Monday that the economy would grow, and José Eduardo dos Santos agreed.', [['person', 'Luiz Inacio Lula da Silva'], ['person', 'José Eduardo dos Santos']], ['Luiz Inacio Lula']]
  ])
  entityTable('fr', [
    // (`du`, `de` are stop words of French: the party after them is another name.)
    ['Politique\n\nOusmane Sonko du Pastef a répondu mardi aux critiques de l’opposition.', [['person', 'Ousmane Sonko'], ['organization', 'Pastef']]]
  ])
})

describe('Surnames the news names people by alone are people’s (`surnames`)', () => {
  entityTable('fr', [
    ['Iran\n\nL’Iran promet des représailles après les frappes annoncées par Trump. Le lendemain, Poutine a condamné les frappes.', [['person', 'Trump'], ['person', 'Poutine'], ['location', 'Iran']]]
  ])
  entityTable('en', [
    ['Football\n\nThe club hopes to sign a player in the mould of Zidane, the coach said, after the defeat to Everton.', [['person', 'Zidane']]]
  ])
})

describe('A word of no name before a known surname is no part of it (`commonBeforeSurname`)', () => {
  entityTable('en', [
    ['Elections\n\nThe rally was held by Republican Trump on Monday in Ohio, and the crowd was large.', [['person', 'Trump']], ['Republican Trump']]
  ])
  entityTable('fr', [
    ['Sondage\n\nJamais Macron n’avait été aussi impopulaire, selon une enquête publiée dimanche.', [['person', 'Macron']], ['Jamais Macron']]
  ])
})
