/**
 * Who a French pronoun stands for (issue 3): the gender the text gives each
 * person, weighed over all their mentions, rules out antecedents `il` or
 * `elle` cannot stand for. Short texts written for these tests, through the
 * whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable as table} from '../helpers.js'

describe('speakers, French gender from the text', () => {
  table('fr', [
    [
      'the determiner of a role read back over its complement (`la ministre de la Transition écologique X`) and of a role before a name set between commas (`du ministre chargé de …, Y,`): `elle` is X',
      'Grand débat : les ministres se partagent les rôles\n\nLa ministre de la Transition écologique Elisabeth Borne, qui travaillera aux côtés du ministre chargé des Collectivités territoriales, Paul Durand, a détaillé leur rôle. « Nous serons les interlocuteurs des maires », a-t-elle expliqué mardi.',
      [['Nous serons les interlocuteurs des maires', 'Elisabeth Borne']]
    ],
    [
      'a contracted determiner before a role with a complement (`celle du ministre délégué Y`) against a feminine one (`la ministre des Transports terrestres X`)',
      'Transports : deux ministres à Thiès\n\nLa visite de la ministre des Transports terrestres Awa Diop a suivi celle du ministre délégué Paul Garnier. « Le chantier sera livré en juin », a-t-elle annoncé.',
      [['Le chantier sera livré en juin', 'Awa Diop']]
    ],
    [
      'a past participle opening the sentence agrees with its subject (`Interrogée sur …, X a …`): `il` is not X',
      'Logement : le conseil municipal adopte le plan\n\nLe conseil municipal a voté mardi le nouveau plan de logement. Paul Garnier a présenté le texte aux élus. Interrogée sur le projet, Awa Diop a critiqué le calendrier. « Nous irons jusqu’au bout », a-t-il assuré.',
      [['Nous irons jusqu’au bout', 'Paul Garnier']]
    ],
    [
      'but a comma after a role and before a name not followed by one closes a clause (`au député du Gard, X estime`): no gender for X',
      'Assemblée : la députée répond aux critiques\n\nLe ministre Paul Garnier a demandé des excuses au député du Gard, Awa Diop estime n’avoir aucune leçon à recevoir. « Je ne regrette rien », a-t-elle lancé.',
      [['Je ne regrette rien', 'Awa Diop']]
    ],
    [
      'and a word of a longer role (`gouvernement` of `chef du gouvernement`) is a complement, not the role whose determiner counts (`La porte-parole du gouvernement X`)',
      'Budget : le gouvernement défend ses choix\n\nLe maire Paul Garnier a écrit au Premier ministre. La porte-parole du gouvernement Awa Diop a répondu jeudi. « Les comptes seront tenus », a-t-elle affirmé.',
      [['Les comptes seront tenus', 'Awa Diop']]
    ]
  ])
})

describe('speakers, French relative clause on the subject after a quote', () => {
  table('fr', [
    [
      'a speech verb after a subject relative set off by a comma (`», pointe la parlementaire, qui plaide pour une « … »`, `», prévient la députée, qui espère une « … »`): the mention before the comma, a generic role (`parlementaire`) standing for the députée named before',
      'Ehpad : la députée réclame une réforme rapide\n\nPour la députée Awa Diop, qui vient de publier un rapport, la crise révèle des failles anciennes. « Il faut un médecin dans chaque établissement », pointe la parlementaire, qui plaide pour une « accélération du calendrier », afin d’aboutir à une « vraie réforme ». Car « ajouter des postes ne suffira pas », prévient la députée, qui espère une « loi consensuelle ».',
      [
        ['Il faut un médecin dans chaque établissement', 'Awa Diop'],
        ['accélération du calendrier', 'Awa Diop'],
        ['vraie réforme', 'Awa Diop'],
        ['ajouter des postes ne suffira pas', 'Awa Diop'],
        ['loi consensuelle', 'Awa Diop']
      ]
    ]
  ])
})

describe('speakers, French source phrase as the salient subject', () => {
  table('fr', [
    [
      'the source a phrase opening the sentence names (`Selon X, Y reste …`) is who a pronoun after it stands for, not the subject of the words reported',
      'Dette : l’ancien ministre appelle à l’aide de son prédécesseur\n\nSelon Paul Garnier, Amadou Sarr reste le seul capable de sortir le pays de l’impasse. « Il ne refuserait pas une main tendue », affirme-t-il.',
      [['Il ne refuserait pas une main tendue', 'Paul Garnier']]
    ]
  ])
})
