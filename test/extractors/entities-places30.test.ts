import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: an initial and a surname on a team sheet are the player named in full with a given name of that initial', () => {
  entityTable('en', [
    [
      'Wales edge Scotland\n\nCaptain Gareth Thomas scored twice and Stephen Jones kicked the goals as Wales held on in Cardiff.\n\nG Thomas; H Luscombe, S Jones, M Taylor; D Peel.',
      [['person', 'Gareth Thomas', ['G Thomas']], ['person', 'Stephen Jones', ['S Jones']], ['person', 'H Luscombe']]
    ],
    // (The team sheet first, the full name after it.)
    ['Team news\n\nR Hall; T Ward, J Black.\n\nCoach Mike Ford said Rory Hall would start at full-back on Sunday.', [['person', 'Rory Hall', ['R Hall']]]],
    // (Another given name of that initial is another person; two people of one initial and surname leave the initial alone.)
    [
      'Selection\n\nS Jones; P Evans.\n\nStephen Jones was picked at fly-half, while Simon Jones stays on the bench.',
      [['person', 'Stephen Jones', ['S Jones']], ['person', 'Simon Jones', []]]
    ],
    [
      'Selection\n\nJames Hook and Jason Hook were both named, with M Phillips at scrum-half.\n\nJ Hook; M Phillips.',
      [['person', 'James Hook', []], ['person', 'Jason Hook', []]]
    ]
  ])
})

describe('entities: a line-up goes on after a full stop with another list, maybe after its label', () => {
  entityTable('en', [
    [
      'Rovers hold City\n\nStriker Dean Marsh scored late for Rovers.\n\nWalsh, Okafor, Lindqvist, Barros (Tembo 71), Marsh (Keane 84), Doyle. Subs Not Used: Ferrante, Halloran, Quigg.',
      [['person', 'Okafor'], ['person', 'Lindqvist'], ['person', 'Tembo'], ['person', 'Keane'], ['person', 'Ferrante'], ['person', 'Quigg']],
      ['Keane 84', 'Tembo 71']
    ],
    // (A paragraph of sentences is no line-up.)
    ['Storm\n\nRain fell. Wind, Hail, Snow and Sleet followed on Monday across Kent.', [['location', 'Kent']], ['Wind', 'Hail', 'Snow']]
  ])
})

describe('entities: a known party in capitals before a word that opens a place name is its branch there, no place', () => {
  entityTable('fr', [
    ['Tournée\n\nLe responsable de la cellule de communication de PASTEF Médina a reçu les militants samedi.', [['organization', 'PASTEF Médina']]],
    // (The place word alone still opens a place.)
    ['Inondations\n\nLes habitants de Médina Gounass ont manifesté lundi contre les eaux stagnantes.', [['location', 'Médina Gounass']]]
  ])
})

describe('entities (fr): a town’s people named after it are no place', () => {
  entityTable('fr', [
    ['Message\n\nLe maire a adressé ses vœux aux Rufisquois et aux Thiessois réunis devant la mairie de Rufisque.', [['location', 'Rufisque']], ['Rufisquois']],
    ['Municipales\n\nIl faut laisser aux Dakarois le choix de leur maire, a déclaré le conseiller.', [], ['Dakarois', 'Dakar']],
    // (The town itself stays a place.)
    ['Visite\n\nLe ministre s’est rendu à Pikine puis aux Parcelles Assainies mardi.', [['location', 'Pikine']]]
  ])
})

describe('entities (fr): in a wrestling article, a capitalised determiner inside a sentence opens a wrestler’s name', () => {
  entityTable('fr', [
    [
      'Lutte\n\nLe face-à-face entre le lutteur Ama Baldé et Sa Thiès a tourné court. Sa Thiès a quitté l’arène sous les huées de Pikine.',
      [['person', 'Sa Thiès'], ['location', 'Pikine']],
      ['Thiès']
    ],
    // (Not in other copy: the town stays a place.)
    ['Visite\n\nLe roi a reçu Sa Sainteté le pape. Le ministre se rendra ensuite à Thiès pour inaugurer le marché.', [['location', 'Thiès']]]
  ])
})

describe('entities (en): the Speaker is a role, no part of the name after it', () => {
  entityTable('en', [['Commons row\n\nDeputy Speaker Sylvia Heal ruled the amendment out of order on Tuesday.', [['person', 'Sylvia Heal']], ['Speaker Sylvia Heal']]])
})

describe('entities (fr): a palace named with an article after its de is a site', () => {
  entityTable('fr', [
    ['Audience\n\nLe président a reçu les élus au palais de la République mardi, avant un conseil des ministres.', [['location', 'palais de la République']]],
    ['Visite\n\nLe chef de l’État sénégalais a été accueilli au palais de l’Élysée par son homologue.', [['location', 'palais de l’Élysée']]]
  ])
})
