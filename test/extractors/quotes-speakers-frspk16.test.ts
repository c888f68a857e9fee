/**
 * Who said it, French inversion after a quote (issue 3): `», <verb> <name>.`
 * attributes the quote whatever the verb, even one no list holds
 * (`développe`, `dépeint`, `met en lumière`, `parie`). Short texts written
 * for these tests, through the whole pipeline; `null`: the text does not say.
 */
import {describe} from 'vitest'
import {speakerTable as table} from '../helpers.js'

describe('speakers, French inversion with any verb', () => {
  table('fr', [
    [
      'a verb no list holds, a phrase and a role between it and the name (`», développe pour l’AFP le chanteur X.`): the name, not the speaker quoted before',
      'Culture : les salles attendent une date\n\nLa productrice Malika Séguineau a regretté mardi l’absence de calendrier. « Nous restons confinés », a-t-elle déclaré.\n\n« La culture crée tellement de richesses pour l’hôtellerie », développe pour l’AFP le chanteur Benjamin Biolay. « Il y a sans doute un peu de populisme derrière tout cela », dépeint Benjamin Biolay.',
      [
        ['Nous restons confinés', 'Malika Séguineau'],
        ['La culture crée tellement de richesses pour l’hôtellerie', 'Benjamin Biolay'],
        ['Il y a sans doute un peu de populisme derrière tout cela', 'Benjamin Biolay']
      ]
    ],
    [
      'a verb of several words (`met en lumière`, `fait valoir`) after a partial quote',
      'Festivals : les communes comptent leurs pertes\n\nLa déléguée Aurélie Martin a présenté mardi les chiffres du syndicat. « Nous attendons une réponse », a-t-elle dit.\n\nLe ministre Paul Garnier a reçu les organisateurs jeudi. Les « collectivités découvrent le manque à gagner », met en lumière Aurélie Martin. « Rien ne sera décidé avant juillet », fait valoir Paul Garnier.',
      [
        ['Nous attendons une réponse', 'Aurélie Martin'],
        ['collectivités découvrent le manque à gagner', 'Aurélie Martin'],
        ['Rien ne sera décidé avant juillet', 'Paul Garnier']
      ]
    ],
    [
      'but not a preposition after the comma (`», du consul …`, `», par X`): no clause, the name there is no speaker',
      'Diplomatie : une nomination contestée\n\nLe ministre Paul Garnier a signé le décret jeudi. Le texte évoque un « poste stratégique », du consul général adjoint Amadou Sarr.',
      [['poste stratégique', null]]
    ]
  ])
})

describe('speakers, French opening past participle', () => {
  table('fr', [
    [
      'a past participle opening the sentence (`Interrogé jeudi sur RTL, X a …`): X is its subject, whom `a-t-il` after it stands for, not the speaker quoted before in the paragraph',
      'Hôpital : le gouvernement propose six milliards\n\nLes syndicats ont été reçus jeudi au ministère. « Nous avons déposé des contre-propositions », a ajouté Jacques Trévidic, président de l’intersyndicale. Interrogé jeudi matin sur RTL, Olivier Véran a mis l’accent sur l’importance de la somme. « Six milliards d’euros, c’est considérable », a-t-il souligné.',
      [
        ['Nous avons déposé des contre-propositions', 'Jacques Trévidic'],
        ['Six milliards d’euros, c’est considérable', 'Olivier Véran']
      ]
    ]
  ])
})

describe('speakers, French source phrase opening the sentence', () => {
  table('fr', [
    [
      'a source preposition, a name and a comma opening the sentence (`Pour X, … « … »`): words woven into it are X’s',
      'Assemblée : le député dénonce une réforme dangereuse\n\nLe député Thierno Bocoum a réagi dimanche au vote du nouveau règlement intérieur.\n\nPour Thierno Bocoum, cette absence de délai pourrait devenir un levier politique, transformant le vide de pouvoir en « outil stratégique » pour la majorité.',
      [['outil stratégique', 'Thierno Bocoum']]
    ],
    [
      'after a heading’s colon, and with a party’s label in brackets (`Confinement : pour X (LR), …`)',
      'Confinement : pour Bruno Retailleau (LR), les annonces de l’Élysée « sont totalement incompréhensibles »\n\nLe sénateur a réagi mardi aux annonces du gouvernement sur la réouverture des commerces.',
      [['sont totalement incompréhensibles', 'Bruno Retailleau']]
    ],
    [
      'but a role alone (`Pour le ministre,`) names no one: the person named last may be someone else',
      'Nomination : un Sénégalais à l’OMSA\n\nLe ministre de l’Agriculture a salué lundi la nomination du Dr Baba Soumaré à la tête de l’organisation. Dr Baba Soumaré est reconnu pour son expérience internationale. Pour le ministre, cette nomination représente « un symbole fort pour notre pays ».',
      [['un symbole fort pour notre pays', null]]
    ]
  ])
})
