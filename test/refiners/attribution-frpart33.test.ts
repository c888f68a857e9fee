/**
 * French speakers of partial quotes (session 33, frpart): a postposed cue's description with a name in apposition, an
 * impersonal `il y a` before a postposed subject, a place in a subject relative, the time complement `lors de` after a
 * postposed subject, and a gendered pronoun that goes on with the person quoted last rather than a body that never
 * spoke. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('A postposed cue whose subject is a description with a name in apposition gives that person', () => {
  speakerTable('fr', [
    [
      '`Il « … », a déclaré une de ses avocates, Me X, à l’AFP`',
      'Procès à Evry : l’accusé nie tout\n\nLe procès de Karim B. s’est ouvert lundi devant la cour d’assises de l’Essonne.\n\nIl « conteste les faits depuis le premier jour », a déclaré une de ses avocates, Me Sophie Renard, à l’AFP.',
      [['conteste les faits depuis le premier jour', 'Sophie Renard']]
    ],
    [
      '`« … », a ajouté l’un de ses proches, X.`',
      'Dakar : hommage au chanteur disparu\n\nLa foule s’est massée devant la maison du chanteur Ismaël Ba.\n\n« Il avait encore tant de projets », a ajouté l’un de ses proches, Mamadou Sow.',
      [['Il avait encore tant de projets', 'Mamadou Sow']]
    ],
    // A description with no name in apposition: no one.
    [
      'not `», a déclaré une voisine, la voix tremblante.`',
      'Incendie à Pikine : une famille relogée\n\nLes pompiers sont intervenus dans la nuit.\n\n« Nous avons tout perdu », a déclaré une voisine, la voix tremblante.',
      [['Nous avons tout perdu', null]]
    ]
  ])
})

describe('An impersonal `il y a` after a postposed cue’s verb is no subject pronoun', () => {
  speakerTable('fr', [
    [
      '`« … », a annoncé il y a une semaine la ministre de l’Économie`',
      'Salaires : les entreprises ont deux ans\n\nLa ministre de l’Économie Claire Dumont a présenté mardi son plan. Les entreprises auront « deux ans » pour se mettre en conformité, a annoncé il y a une semaine la ministre de l’Économie.',
      [['deux ans', 'Claire Dumont']]
    ]
  ])
})

describe('A place in a subject relative before the cue’s verb is no speaker', () => {
  speakerTable('fr', [
    [
      '`cet ancien chauffeur qui habite désormais Corbeil-Essonnes a déclaré … « … »`',
      'Procès à Evry : l’accusé veut s’expliquer\n\nLe procès de Karim B. s’est ouvert lundi. Cet ancien chauffeur de bus qui habite désormais Corbeil-Essonnes a déclaré, d’une voix calme, vouloir « répondre aux questions » de la cour.',
      [['répondre aux questions', null]]
    ]
  ])
})

describe('`lors de` ends a postposed subject: the outlet of the interview is no speaker', () => {
  speakerTable('fr', [
    [
      '`», a expliqué la ministre lors d’un entretien au quotidien Le Soleil`',
      'Budget : la ministre défend ses choix\n\nLa réforme entre en vigueur en janvier. Il aurait été « irresponsable » d’attendre, a expliqué la ministre lors d’un entretien au quotidien Le Soleil.',
      [['irresponsable', null]]
    ]
  ])
})

describe('A gendered pronoun goes on with the person quoted last, not with a body that never spoke', () => {
  speakerTable('fr', [
    [
      '`X … « … ». Le Port autonome de Dakar n’échappe pas à ses critiques. Il évoque des « … »`',
      'Lettre ouverte : Robert Diallo charge le gouvernement\n\nDans une lettre publiée lundi, l’homme d’affaires Robert Diallo s’adresse aux autorités. « J’ai peur pour mon pays », écrit Robert Diallo. Le Port autonome de Dakar n’échappe pas à ses critiques. Il évoque des « licenciements par milliers ».',
      [
        ['J’ai peur pour mon pays', 'Robert Diallo'],
        ['licenciements par milliers', 'Robert Diallo']
      ]
    ]
  ])
})
