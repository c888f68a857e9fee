/**
 * French organisations, precision (session 27, frorgs): in French, one capitalised word that no list, cue
 * nor context types is no organisation however often it is named (a nickname, a feast, a heading's word is
 * named as often as a body); a body's name keeps its evidence (a body noun, a role, what a firm owns). English
 * keeps the default (`EntityLexicon.unknownNamesAsOrganizations`). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('One unknown word named twice is no organisation by default in French', () => {
  entityTable('fr', [
    // A wrestler's nickname, a feast, a presenter's first name: named twice, no body.
    ['Lutte\n\nLe combat de Zoulou a été reporté au mois prochain. Selon son entourage, Zoulou reprendra l’entraînement lundi à Pikine.', [['location', 'Pikine']], ['Zoulou']],
    ['Religion\n\nLes fidèles ont célébré la Tamkharit dans la ferveur. À Touba, la Tamkharit a rassemblé des milliers de personnes venues de tout le pays.', [['location', 'Touba']], ['Tamkharit']],
    ['Télé\n\nMbayang tacle sévèrement ses détracteurs. Interrogée lors du direct, Mbayang a défendu sa collègue.', [], ['Mbayang']]
  ])
})

describe('A French body named by one unknown word keeps its evidence', () => {
  entityTable('fr', [
    // A body noun before it, a role of it, what a firm owns.
    ['Économie\n\nLa société Kawla a levé deux millions d’euros. Selon son fondateur, Kawla recrutera vingt ingénieurs à Dakar.', [['organization', 'Kawla'], ['location', 'Dakar']]],
    ['Football\n\nLe Napoli veut recruter un attaquant. Le président du Napoli a fait une offre au joueur, qui ne compte pas partir.', [['organization', 'Napoli']]],
    ['Bourse\n\nLes actions de Norvex ont bondi lundi. Selon les analystes, Norvex publiera des bénéfices en hausse.', [['organization', 'Norvex']]]
  ])
})

describe('English keeps the default: an unknown word named twice is a firm', () => {
  entityTable('en', [
    ['Business\n\nShares in Norvex rose 5% on Monday. Analysts said Norvex would report higher profits in March.', [['organization', 'Norvex']]],
    // Written in lower case only in a link, the word stays a name (the case frent15 pinned in French before this change).
    ['Tools\n\nThe whole team publishes its code on Kodeon. Requests made on Kodeon trigger the tests (https://kodeon.example/app).', [['organization', 'Kodeon']]]
  ])
})

describe('A known nickname of a body is evidence of it', () => {
  entityTable('fr', [
    // `les Blues` is Chelsea's nickname: the club no cue names is kept.
    ['Football\n\nLe mercato s’accélère. Selon la presse anglaise, Chelsea ne veut pas vendre son attaquant. Les Blues en demandent 100 millions, et Chelsea refuse toute offre.', [['organization', 'Chelsea', ['Blues']]]]
  ])
})

describe('An acronym written as a word pairs with the name it spells in brackets', () => {
  entityTable('fr', [
    // The expansion after the acronym, cut at `et` before: now one body with its acronym.
    ['Société\n\nPlusieurs syndicats ainsi que le Mrap (Mouvement contre le racisme et pour l’amitié entre les peuples) appellent à manifester. Le Mrap dénonce une dérive.', [['organization', 'Mouvement contre le racisme et pour l’amitié entre les peuples', ['Mrap']]], ['Mouvement contre le racisme']],
    // The acronym after its name, in brackets.
    ['Terrorisme\n\nL’enquête a été confiée à la Sous-direction anti-terroriste (Sdat), selon une source proche du dossier.', [['organization', 'Sous-direction anti-terroriste', ['Sdat']]]],
    // A capitalised word in brackets that spells nothing beside it is no acronym: a place stays a place.
    ['Faits divers\n\nUn incendie a ravagé un entrepôt à Thiès (Sénégal) dans la nuit de lundi.', [['location', 'Thiès']]]
  ])
  entityTable('en', [
    ['Welfare\n\nMinisters were criticised by the Child Poverty Action Group (Cpag) on Monday. A Cpag spokeswoman said the cuts would hurt families.', [['organization', 'Child Poverty Action Group', ['Cpag']]]]
  ])
})

describe('A code of capitals, a hyphen and a number is no body', () => {
  entityTable('fr', [
    ['Sport\n\nJO-2028 : le surf pourrait quitter le programme. Pour les JO-2032 à Brisbane, le comité n’a rien décidé.', [['location', 'Brisbane']], ['JO-2028', 'JO-2032']],
    // (A name glued to its number, a channel or a club, stays one: `TF1`.)
    ['Télévision\n\nLe groupe TF1 a annoncé une nouvelle grille. TF1 diffusera le match dimanche.', [['organization', 'TF1']]]
  ])
  entityTable('en', [
    ['Technology\n\nThe firm showed its KX-210 media server in Berlin. Reviewers said the KX-210 was quiet.', [['location', 'Berlin']], ['KX-210']]
  ])
})

describe('Acronyms of common nouns are no bodies (a record, a bus line, a community)', () => {
  entityTable('fr', [
    ['Musique\n\nLe clip est extrait de son dernier EP, sorti en mai. L’EP compte six titres.', [], ['EP']],
    ['Transports\n\nLa deuxième ligne du BRT sera livrée en 2027. Le BRT transporte déjà 300 000 passagers par jour.', [], ['BRT']]
  ])
  entityTable('en', [
    ['Rights\n\nActivists said the LGBTQ community was worried. LGBTQ groups such as Stonewall asked for talks.', [['organization', 'Stonewall']], ['LGBTQ']]
  ])
})

describe('An acronym written as a word pairs only with a body’s name', () => {
  entityTable('fr', [
    // A course and a care home are no bodies, though their names are capitalised in brackets.
    ['Emploi\n\nLes candidats suivent une formation en ligne, via un Mooc (Massive open online classe). Le Mooc dure six semaines.', [], ['Mooc', 'Massive open online classe']],
    ['Santé\n\nLes résidents de l’Établissement d’hébergement pour personnes âgées dépendantes (Ehpad) de Lyon sont confinés.', [['location', 'Lyon']], ['Ehpad']]
  ])
  entityTable('en', [
    // A name of capitalised words but function words is a body's, though no organisation word is in it.
    ['Charity\n\nThe money went to Hope Through Books (Htb), a charity run by teachers. Htb said it would buy 10,000 books.', [['organization', 'Hope Through Books', ['Htb']]]]
  ])
})

describe('One letter, a hyphen and a number may name a group', () => {
  entityTable('en', [
    ['Economy\n\nFinance ministers of the G-7 met in Paris on Saturday. The G-7 said currencies were stable.', [['organization', 'G-7'], ['location', 'Paris']]]
  ])
})
