/**
 * French organisations (session 30, frorgs): spans typed as organisations that name no one body. Texts are written for these
 * tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('Three words or more in capitals that nothing makes a body are no organisation', () => {
  entityTable('fr', [
    ['Prière du vendredi\n\nLe guide a recommandé de réciter : SOUBHANA LAHI WA BIHAMDIHI SOUBHANA LAHIL AZIM (33 fois), puis de faire une aumône.', [], ['SOUBHANA LAHI WA BIHAMDIHI SOUBHANA LAHIL AZIM']],
    // A body's name in capitals keeps its organisation word.
    ['Communiqué\n\nLa FÉDÉRATION SÉNÉGALAISE DE FOOTBALL a publié la liste des arbitres retenus pour la finale.', [['organization', 'FÉDÉRATION SÉNÉGALAISE DE FOOTBALL']]]
  ])
})

describe('A noun of a kind of body capitalised alone names no organisation', () => {
  entityTable('fr', [
    ['Lutte\n\nLes acteurs demandent la création d’une Fédération pour encadrer la discipline. Le ministre a promis une réponse.', [], ['Fédération']],
    ['Covid-19\n\nLe nombre de patients hospitalisés baisse encore. Mais, prévient le Conseil, la situation reste incertaine.', [], ['Conseil']],
    ['Grève\n\nLa Direction générale aurait accepté la recommandation de l’inspecteur du travail, selon les délégués.', [], ['Direction générale']],
    // Named in full, the body stays, its short name with it.
    ['Football\n\nLa Fédération sénégalaise de football a convoqué les arbitres. La Fédération publiera la liste lundi.', [['organization', 'Fédération sénégalaise de football']]],
    // A word that stands alone for one body of the country stays.
    ['Politique\n\nLe texte a été adopté jeudi soir par l’Assemblée après un long débat entre les groupes.', [['organization', 'Assemblée']]]
  ])
})

describe('A club named with and without its club word is one organisation', () => {
  entityTable('fr', [
    ['Football\n\nL’attaquant a signé au FC Lorient pour trois saisons. Lorient FC a confirmé le transfert dans un communiqué.', [['organization', 'FC Lorient', ['Lorient FC']]]],
    ['Ligue 1\n\nLe Jaraaf reçoit samedi. L’ASC Jaraaf compte trois points d’avance sur son poursuivant.', [['organization', 'ASC Jaraaf', ['Jaraaf']]]]
  ])
})

describe('A programme or a national talk named like a body is no organisation', () => {
  entityTable('fr', [
    ['Conseil des ministres\n\nLe Premier ministre a rappelé les priorités de l’Agenda national de transformation pour les cinq ans à venir.', [], ['Agenda national de transformation']],
    ['Politique\n\nLes partis ont salué la clôture du Dialogue national sur le système électoral, mardi à Diamniadio.', [], ['Dialogue national']]
  ])
})

describe('An acronym of a common noun, a diploma or a slogan is no organisation', () => {
  entityTable('fr', [
    ['Politique\n\nLa tournée du PM dans la sous-région a coûté cher, selon l’opposition. Les MPME attendent toujours les crédits promis.', [], ['PM', 'MPME']],
    ['Biographie\n\nEn 1950, il obtient son CEPE à Rufisque. Le fameux « MAGA » du candidat est repris partout.', [], ['CEPE', 'MAGA']]
  ])
})

describe('A medium after a source cue is an organisation, glued to the cue or after `relate`', () => {
  entityTable('fr', [
    ['Politique\n\nLes discussions seraient avancées entre les alliés. Toujours selonEnquête, un accord serait signé lundi.', [['organization', 'Enquête']]],
    ['Faits divers\n\nLe maire a porté plainte mardi, relate Nord Éclair dans son édition du jour.', [['organization', 'Nord Éclair']]]
  ])
})

describe('A person whose name looks like a known organisation’s or opens with dotted initials', () => {
  entityTable('fr', [
    ['Football féminin\n\nLes Lionnes ont ouvert le score à la 10e minute, sur un centre de Meta Kandé depuis la gauche.', [['person', 'Meta Kandé']]],
    ['Justice\n\nL’homme a été placé en garde à vue sur instruction du procureur de la République, S.O. Diallo. Il sera jugé lundi.', [['person', 'S.O. Diallo']]],
    // A known organisation before a word that is no surname stays the organisation.
    ['Télécoms\n\nLe service Orange Money a connu une panne de plusieurs heures mardi à Dakar.', [], ['Meta Kandé']]
  ])
})

describe('The name that signs an embedded post is one name: a person’s or an organisation’s', () => {
  entityTable('fr', [
    ['Mercato\n\nLe club a officialisé la signature de son nouvel attaquant mardi soir, après la visite médicale.\n\nBienvenue à Dakar ! pic.twitter.com/abc123 — Sport Dakar Info (@sportdakarinfo) July 2, 2025\n\nLe joueur portera le numéro 9.', [['organization', 'Sport Dakar Info']]],
    ['Sécurité\n\nLes enquêteurs ont procédé à trois arrestations dans la nuit.\n\nCommuniqué https://t.co/xyz #Police— Police Nationale du Sénégal (@PoliceNationSN) June 28, 2025\n\nL’enquête se poursuit.', [['organization', 'Police Nationale du Sénégal']]],
    // A person's name is left to the candidate pass, and so are two plain words no list knows: no organisation.
    ['Baseball\n\nThe pitcher congratulated his daughter online.\n\nSo proud of her! — Curt Schillow (@curt38) February 25, 2015\n\nThe replies were vile.', [], ['Curt Schillow']],
    ['Réactions\n\nLa décision a fait réagir plusieurs figures de la société civile.\n\nUne honte. — Alioune Ndiaye (@aliounendiaye) June 28, 2025\n\nLe débat continue.', [], ['Alioune Ndiaye']]
  ])
})

describe('Chelsea is a club in French copy', () => {
  entityTable('fr', [
    ['Mercato : l’attaquant sénégalais pisté par la Juventus, Chelsea fixe son prix\n\nLe club londonien réclame 60 millions d’euros.', [['organization', 'Chelsea']]]
  ])
})

describe('A party named with its motto after a dash is one organisation', () => {
  entityTable('fr', [
    ['Assemblée\n\nLa vice-présidente du groupe parlementaire Pastef–Les Patriotes a visité l’usine mardi.', [['organization', 'Pastef–Les Patriotes']], ['Les Patriotes']],
    ['Politique\n\nLe président du mouvement AGIR – Les Leaders est revenu sur son passage à l’hémicycle.', [['organization', 'AGIR – Les Leaders']]]
  ])
  entityTable('en', [
    // A hyphen between spaces parts a title from its subtitle.
    ['Film\n\nThe jury praised Sophie Scholl - The Final Days on Sunday.', [], ['Sophie Scholl - The Final Days']],
    // A place before a dash that opens the sentence is no party.
    ['Forum\n\nWASHINGTON, DC—The Consumer Safety Review Board will hold a public forum on Friday.', [['organization', 'Consumer Safety Review Board']]]
  ])
})

describe('A known organisation written with a full stop before a short ending is found whole', () => {
  entityTable('fr', [
    ['Européennes\n\nLes listes menées par Raphaël Glucksmann (Place publique) ou Benoît Hamon (Génération.s) progressent.', [['organization', 'Génération.s']]]
  ])
})

describe('The Primature is the Senegalese Prime Minister’s office', () => {
  entityTable('fr', [
    ['Économie\n\nUne nouvelle cellule de suivi sera créée à la Primature, selon le décret publié jeudi.', [['organization', 'Primature']]]
  ])
})

describe('The centre of a country is no organisation', () => {
  entityTable('fr', [
    ['Météo\n\nLe Nord, l’Ouest et une partie du Centre du pays auront un ciel clair. Il fera chaud au Centre du Mali.', [], ['Centre du pays', 'Centre du Mali']],
    // A body named after its mission stays.
    ['Justice\n\nLe magistrat a été formé au Centre de formation judiciaire avant sa nomination.', [['organization', 'Centre de formation judiciaire']]]
  ])
})
