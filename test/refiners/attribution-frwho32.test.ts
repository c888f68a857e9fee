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
    // Not `Surtout`: the participle shares the subject of the cue before it.
    ['an adverb opening the sentence', 'Diplomatie\n\nL’accord reste fragile, selon l’analyste Jean Mercier. Surtout, « il rassure les alliés », explique Jean Mercier, tout en précisant que cette « alliance » ne change rien.', [['il rassure les alliés', 'Jean Mercier'], ['alliance', 'Jean Mercier']]],
    ['a place adverb opening the sentence', 'Prison\n\nUn détenu a été privé de sortie. Là, furieux, il a lancé aux surveillants : « Vous allez tous le regretter ! »', [['Vous allez tous le regretter !', null]]],
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
    // The holder in apposition after the role's complement, a given name first.
    ['a person after the complement', 'Évasion\n\nUne partie du mur s’est effondrée. « Une brèche s’est ouverte », a déclaré sur BFMTV la capitaine de gendarmerie Amel Ouardi.', [['Une brèche s’est ouverte', 'Amel Ouardi']]]
  ])
})
