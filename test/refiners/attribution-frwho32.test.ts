/**
 * French speakers given the wrong name (session 32, frwho): a capitalised common word opening a sentence or a headline
 * (`Surtout`, `Là`, `Terrible`) is no speaker; `l’ONG` is a description of the organisation named before; a name
 * particle opening a person's name (`El Malick Ndiaye`) is no title.
 * Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('A capitalised common word opening a sentence is no speaker', () => {
  speakerTable('fr', [
    // Not `Surtout`, read as the subject of the participle cue (the partial quote after it takes the speaker of the cued quote before it).
    ['an adverb opening the sentence', 'Diplomatie\n\nL’accord reste fragile, selon Jean Mercier, chercheur. "C’est de la politique intérieure", ajoute-t-il.Surtout, "cela aide à rassurer les alliés", explique l’ex-diplomate, tout en précisant que cette "alliance" ne change rien.', [['C’est de la politique intérieure', 'Jean Mercier'], ['cela aide à rassurer les alliés', 'Jean Mercier'], ['alliance', 'Jean Mercier']]],
    // Not `Là`: the prisoner is not named.
    ['a place adverb opening the sentence', 'Prison\n\nUn détenu a été privé de sortie. Là, menaçant, il avait lancé aux surveillants, tout en leur crachant dessus: "Vous allez tous le regretter !". Il a été jugé lundi.', [['Vous allez tous le regretter !', null]]],
    ['an adjective opening the headline', 'Incendie à Thiès : Terrible annonce des pompiers, « aucun blessé »\n\nUn incendie a ravagé un entrepôt mardi soir.', [['aucun blessé', null]]]
  ])
})

describe('`l’ONG` stands for the organisation named before', () => {
  speakerTable('fr', [
    ['capitalised after an elided article', 'Humanitaire\n\nL’organisation Amnesty International ferme son bureau de Kaolack. « Nous restons engagés auprès des familles », souligne l’Ong dans un communiqué.', [['Nous restons engagés auprès des familles', 'Amnesty International']]]
  ])
})

describe('A name particle opening a person’s name is no title', () => {
  speakerTable('fr', [
    ['`El` before a given name', 'Assemblée\n\nEl Malick Ndiaye, président de l’Assemblée nationale, a pris la parole lundi.\n\n« L’heure est à la vigilance », a-t-il déclaré.', [['L’heure est à la vigilance', 'El Malick Ndiaye']]]
  ])
})

describe('A role whose complement describes a body by common nouns before its name stands for its holder', () => {
  speakerTable('fr', [
    // Not `Westbrook Forum`, the body the researcher works at.
    ['a think tank after a demonstrative role', 'Diplomatie\n\nPour Paul Hendricks, l’accord reste modeste. « On parle d’un petit pays », dit à l’AFP ce chercheur au cercle de réflexion Westbrook Forum.', [['On parle d’un petit pays', 'Paul Hendricks']]],
    // The holder right after a definite role's complement, though no given name opens the name.
    ['a holder with an unknown given name', 'Migrants\n\nLe ministre des Migrations Stavros Kalogeris a visité le camp. « Les migrants sont transférés de la rue au camp », s’est félicité le ministre de la Protection du citoyen Tsakos Chryssakis, présent lors de l’opération.', [['Les migrants sont transférés de la rue au camp', 'Tsakos Chryssakis']]],
    // The holder in apposition after the role's complement, a given name first.
    ['a person after the complement', 'Évasion\n\nUne partie du mur s’est effondrée. « Une brèche s’est ouverte », a déclaré sur BFMTV la capitaine de gendarmerie Amel Ouardi.', [['Une brèche s’est ouverte', 'Amel Ouardi']]]
  ])
})

describe('A person in apposition that ends the sentence after a role and its complement', () => {
  speakerTable('fr', [
    // Not `Reuters`, the agency completing the role.
    ['an agency’s correspondent', 'Télévision\n\n« Le pire niveau du journalisme », a dénoncé le correspondant de l’agence Reuters à l’Élysée, Michel Roux.', [['Le pire niveau du journalisme', 'Michel Roux']]]
  ])
})

describe('A person set off by commas after a role whose complement holds common nouns is the subject', () => {
  speakerTable('fr', [
    // Not `Michel Roux`, quoted last: `il` stands for the subject of the sentence before.
    ['a pronoun after the role', 'Télévision\n\n« Le pire niveau du journalisme », a dénoncé le correspondant de l’agence Reuters à l’Élysée, Michel Roux. Le rédacteur en chef des magazines du week-end de France 2, Jean-Paul Carrier, a fini par répliquer. Dans une tribune publiée mercredi, il dénonce une « étrange chasse aux sorcières ».', [['Le pire niveau du journalisme', 'Michel Roux'], ['étrange chasse aux sorcières', 'Jean-Paul Carrier']]]
  ])
})

describe('The name of a body cut before its complement is made whole', () => {
  speakerTable('fr', [
    // Not `Cadre`: the body's whole name, which the article writes twice; then its short form after it.
    ['a body the entities step missed', 'Dialogue national\n\nLe Cadre des Unitaires a pris part aux travaux lundi.\n\nLe Cadre des Unitaires dénonce « une attitude rétrograde » de l’opposition. Enfin, le Cadre estime que « le débat doit porter sur les candidatures ».', [['une attitude rétrograde', 'Cadre des Unitaires'], ['le débat doit porter sur les candidatures', 'Cadre des Unitaires']]],
    // Not `Ousmane Diallo de Thiès`: a place after the name.
    ['not a place after the name', 'Élections\n\nLe maire Ousmane Diallo de Thiès a voté dimanche. Diallo de Thiès dénonce « une fraude massive ».', [['une fraude massive', 'Ousmane Diallo']]]
  ])
})

describe('A definite role right before a name, after a phrase opening the sentence, is that person', () => {
  speakerTable('fr', [
    // Not `Élise Borne`, another prime minister named before.
    ['a role after a place phrase', 'Naufrage\n\nÀ Paris, la Première ministre Élise Borne a exprimé sa « vive émotion » et demandé une enquête. Au Canada, le premier ministre Marc Tremblay a jugé ce naufrage « tragique », ajoutant que son pays enverrait des secours.', [['vive émotion', 'Élise Borne'], ['tragique', 'Marc Tremblay']]]
  ])
})

describe('An acronym with a place after a hyphen takes the expansion written before its bracket', () => {
  speakerTable('fr', [
    ['a party’s acronym and its country', 'Politique\n\nLe Rassemblement des Travailleurs Unis (RTU-Sénégal) a réagi lundi. « Cela ne peut pas continuer ! », s’insurge le RTU-Sénégal dans un communiqué.', [['Cela ne peut pas continuer !', 'Rassemblement des Travailleurs Unis']]]
  ])
})

describe('An acronym of another language takes the expansion written before its bracket', () => {
  speakerTable('fr', [
    ['a translated agency', 'Santé\n\nUne étude a été publiée lundi par les Centres de contrôle des maladies (CDC). « Le dépistage des voyageurs a échoué », écrivent les CDC.', [['Le dépistage des voyageurs a échoué', 'Centres de contrôle des maladies']]]
  ])
})

describe('A speaker takes the longer name of a person the article names twice, its first word no known given name', () => {
  speakerTable('fr', [
    // Not `Ibra Sow`, the headline's cut mention.
    ['an unknown given name', 'Mamoudou Ibra Sow réagit à l’arrestation de Malick Fall : « Libérez-le ici et maintenant ! »\n\nLe leader du Mouvement citoyen Demain Ensemble, Mamoudou Ibra Sow, est monté au créneau pour dénoncer l’arrestation de Malick Fall, ancien ministre. Dans un post sur X, il appelle à sa libération.\n\n« L’urgence, ce n’est pas le délit d’offense », a-t-il affirmé.\nPour Mamoudou Ibra Sow considère que l’arrestation constitue un signal inquiétant.\n— Mamoudou Ibra Sow (@ibra_mamoudou)\nJune 11, 2025', [['Libérez-le ici et maintenant !', 'Mamoudou Ibra Sow'], ['L’urgence, ce n’est pas le délit d’offense', 'Sow']]]
  ])
})

describe('Not a common word or a described complement where a name speaks (negative cases)', () => {
  speakerTable('en', [
    // Not no one: the holder named right after a role with no determiner.
    ['a role with no determiner', 'BBC to invest in comedy\n\nThe BBC is to invest £9m in new comedy outside London. Director of television Jana Bennett said the changes were about "getting the best ideas on screen as fast as we can".', [['getting the best ideas on screen as fast as we can', 'Jana Bennett']]]
  ])
})
