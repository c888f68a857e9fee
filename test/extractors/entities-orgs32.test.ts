/**
 * Organisations in both languages (session 32, orgs). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('English names in French text keep their `the` and `of`', () => {
  entityTable('fr', [
    ['Humanitaire\n\nL’ONG Save the Children a dénoncé mardi les coupes budgétaires qui menacent ses programmes au Niger.', [['organization', 'Save the Children'], ['location', 'Niger']], ['Save']],
    ['Économie\n\nLe groupe Bank of Kigali a relevé ses prévisions de croissance pour l’année.', [['organization', 'Bank of Kigali']]]
  ])
})

describe('UN bodies: `Nations unies`, `Haut-Commissariat` and their lower-case complements', () => {
  entityTable('fr', [
    ['Diplomatie\n\nLe pays préside désormais le Comité des Nations unies pour la protection des civils, a indiqué le ministre.', [['organization', 'Comité des Nations unies pour la protection des civils']], ['Comité des Nations', 'Comité des Nations unies']],
    ['Droits humains\n\nLe Haut-Commissariat des Nations unies aux droits de l’homme à Genève a publié un rapport mardi.', [['organization', 'Haut-Commissariat des Nations unies aux droits de l’homme'], ['location', 'Genève']]],
    ['Maroc\n\nSelon le Haut-Commissariat au Plan, le chômage a reculé au deuxième trimestre.', [['organization', 'Haut-Commissariat au Plan']]],
    ['Diplomatie\n\nLes Nations unies ont condamné mardi l’attaque contre le convoi humanitaire.', [['organization', 'Nations unies']], ['Nations']],
    // An adverbial after the connector is no complement.
    ['Diplomatie\n\nLe Conseil de sécurité des Nations unies pour la deuxième fois a rejeté le texte.', [['organization', 'Conseil de sécurité des Nations unies']], ['Conseil de sécurité des Nations unies pour la deuxième fois']]
  ])
})

describe('Well-known bodies named without a cue', () => {
  entityTable('en', [
    ['Retail slump\n\nDebenhams and Somerfield both reported weaker trading over Christmas, while Matalan held its ground.', [['organization', 'Debenhams'], ['organization', 'Somerfield'], ['organization', 'Matalan']]],
    ['Energy bills\n\nCentrica and Powergen rivals Scottish Power raised prices on Monday.', [['organization', 'Centrica'], ['organization', 'Scottish Power']]]
  ])
  entityTable('fr', [
    ['Social\n\nLe Medef et la CFDT ont signé mardi un accord sur la formation professionnelle.', [['organization', 'Medef'], ['organization', 'CFDT']]]
  ])
})

describe('A known firm and a hyphened model code name a product, no body', () => {
  entityTable('fr', [
    ['Faits divers\n\nLes gendarmes ont fouillé son véhicule, un modèle Mazda CX-9, et ont saisi la drogue.', [], ['Mazda CX-9']]
  ])
})

describe('An English particle no person’s name holds makes a title no person’s name in French copy', () => {
  entityTable('fr', [
    ['Séries\n\nLa série Game of Thrones revient sur les écrans. Game of Thrones a battu des records d’audience.', [], ['Game of Thrones']]
  ])
})

describe('A group of a competition’s draw is no organisation', () => {
  entityTable('fr', [
    ['Football\n\nLe Sénégal affrontera le Soudan dans le Groupe B des éliminatoires. Le leader du Groupe B sera qualifié.', [['location', 'Sénégal']], ['Groupe B', 'Groupe B des éliminatoires']],
    // A firm named `Groupe` and a name stays.
    ['Économie\n\nLe Groupe Sonatel a publié mardi ses résultats semestriels.', [['organization', 'Groupe Sonatel']]]
  ])
  entityTable('en', [
    ['Euro qualifiers\n\nIreland face France in Group B of the qualifiers. Group B is the toughest of the draw.', [['location', 'Ireland']], ['Group B']]
  ])
})

describe('An inspectorate, and a known court with its complement in lower case', () => {
  entityTable('fr', [
    ['Travail\n\nL’Inspection du Travail a ouvert une enquête après le licenciement des grévistes.', [['organization', 'Inspection du Travail']]],
    ['Justice\n\nL’ancien ministre sera jugé par la Haute cour de justice à partir de mars.', [['organization', 'Haute cour de justice']], ['Haute cour']],
    // A common noun `inspection` is no body.
    ['Sécurité\n\nLe gouverneur a ordonné une inspection des bâtiments publics de la ville.', [], ['inspection']]
  ])
})

describe('A role before an honorific closes the body’s name; a known firm ends before `of the US`', () => {
  entityTable('en', [
    ['Police chief\n\nMetropolitan Police Commissioner Sir John Stevens said the force was ready. The Metropolitan Police said more officers were needed.', [['organization', 'Metropolitan Police'], ['person', 'John Stevens']], ['Metropolitan Police Commissioner']],
    ['Car deal\n\nThe deal was struck by General Motors of the US and Fiat of Italy on Monday.', [['organization', 'General Motors'], ['location', 'US']], ['General Motors of the US']]
  ])
})

describe('The rest of a name after the known body opening it is that organisation', () => {
  entityTable('en', [
    ['Radio shake-up\n\nThe replacement for the late DJ’s BBC Radio 1 show starts on Tuesday. Radio 1 said the station was not trying to replace him.', [['organization', 'BBC Radio 1', ['Radio 1']]]]
  ])
})

describe('International agencies and firms named alone in French copy', () => {
  entityTable('fr', [
    ['Économie\n\nSelon Bloomberg, Toyota et Volkswagen préparent une alliance sur les batteries.', [['organization', 'Bloomberg'], ['organization', 'Toyota'], ['organization', 'Volkswagen']]]
  ])
})

describe('A known name of several words that opens with a figure', () => {
  entityTable('en', [
    ['Oscar race\n\n"It certainly helped," said Bruce Snyder, president of domestic distribution at 20th Century Fox, on Sunday.', [['organization', '20th Century Fox'], ['person', 'Bruce Snyder']], ['Century Fox']]
  ])
  entityTable('fr', [
    ['Météo\n\nLes prévisions relayées par 20 Minutes annoncent une forte hausse des températures.', [['organization', '20 Minutes']]]
  ])
})

describe('A common word opening a sentence before a known organisation’s name is no part of it', () => {
  entityTable('en', [
    ['Film sale\n\nThe firm was sold last year. Advisors Goldman Sachs are understood to have valued its film unit at £300m.', [['organization', 'Goldman Sachs']], ['Advisors Goldman Sachs']],
    // A known name that opens with the word stays whole.
    ['Bank results\n\nThe firm was sold last year. Royal Bank of Scotland said it was pleased with the price.', [['organization', 'Royal Bank of Scotland']]]
  ])
})
