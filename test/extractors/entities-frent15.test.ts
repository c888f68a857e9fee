/**
 * French entity rules of session 15 (frent): organisations and people's
 * types. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('An English date in a French text names no one (frent15)', () => {
  entityTable('fr', [
    // Two embedded tweets, each signed with an English date glued to the handle.
    [
      'Assemblée : la polémique enfle\n\nLe député Moussa Diallo a réagi sur X. « Le débat doit rester politique. »— Moussa Diallo (@moussadiallo)June 25, 2025\n\nSon collègue a répondu le lendemain. « Nous verrons devant les juges. »— Awa Ndiaye (@awandiaye)June 26, 2025\n\nLa séance reprend lundi.',
      [
        ['person', 'Moussa Diallo'],
        ['person', 'Awa Ndiaye']
      ],
      ['June']
    ]
  ])
})

describe('A fixture word between people is a duel, not a match (frent15)', () => {
  entityTable('fr', [
    // A surname alone, then a given name and a surname: both sides are people, and the surname goes to the person named in full.
    [
      'Ndiaga Fall vs Moussa Sarr : le tribunal tranchera lundi\n\nLe procès en diffamation intenté par Moussa Sarr contre Ndiaga Fall reprend lundi. Ndiaga Fall a fait appel de la première décision.',
      [
        ['person', 'Ndiaga Fall'],
        ['person', 'Moussa Sarr']
      ]
    ],
    // A wrestler's name with a number, and a one-word nickname across `vs`.
    [
      'Lutte\n\nLes promoteurs annoncent pour le 12 août le combat Modou Ndiaye 2 vs Thiakhou à l’arène nationale.',
      [
        ['person', 'Modou Ndiaye'],
        ['person', 'Thiakhou']
      ]
    ]
  ])
  // Teams stay teams.
  entityTable('en', [['Results\n\nDerby v Watford ended goalless on Saturday.', [['organization', 'Derby'], ['organization', 'Watford']]]])
})

describe('A ministry written in lower case with its portfolio is an organisation (frent15)', () => {
  entityTable('fr', [
    [
      'Éducation\n\nLe ministère de l’Éducation nationale a publié mardi les résultats. Selon le ministère des Sports, le stade restera fermé.',
      [
        ['organization', 'ministère de l’Éducation nationale'],
        ['organization', 'ministère des Sports']
      ]
    ],
    // Portfolios listed with commas and `et`, an elided article, a final adjective; a list of bodies after an article is not a portfolio.
    [
      'Accord\n\nLe ministère de la Jeunesse, des Sports et de la Culture a signé avec le ministère des Affaires étrangères, l’ADEPME et le FONSIS.',
      [
        ['organization', 'ministère de la Jeunesse, des Sports et de la Culture'],
        ['organization', 'ministère des Affaires étrangères'],
        ['organization', 'ADEPME'],
        ['organization', 'FONSIS']
      ],
      ['Sports', 'Culture']
    ],
    // A minister's portfolio is no organisation, nor is it after an adjective.
    ['Santé\n\nLe ministre de la Santé a visité l’hôpital. Le ministère iranien de la Santé a donné un bilan.', [], ['ministre de la Santé', 'Santé', 'ministère de la Santé']]
  ])
  entityTable('en', [['Deal\n\nThe cryogenics department of Air Products said on Monday it had won the contract.', [], ['department of Air Products']]])
})

describe('A common word opening a heading before de and a known name is no part of it (frent15)', () => {
  entityTable('fr', [
    ['Météo du Sénégal : des pluies attendues dans plusieurs régions\n\nL’agence annonce des orages pour samedi.', [['location', 'Sénégal']], ['Météo du Sénégal']],
    ['Politique\n\nRéunion du Pastef : les militants ont répondu présents samedi.', [['organization', 'Pastef']], ['Réunion du Pastef']]
  ])
})

describe('One word no rule types that the article writes in lower case is a common noun (frent15)', () => {
  entityTable('fr', [
    [
      'Manifestation\n\nDes centaines de personnes se sont réunies lors de la Fête de la musique. La Fête a été interrompue par la police, et la fête a repris plus tard. La Justice a ouvert une enquête ; la justice tranchera.',
      [],
      ['Fête', 'Justice']
    ],
    // Written in lower case only in a link or a file name, the word stays a name (a body noun types it: since frorgs27 one
    // unknown word is no organisation by default in French).
    ['Outils\n\nToute l’équipe publie son code sur la plateforme Kodeon. Les demandes faites sur Kodeon déclenchent les tests (https://kodeon.example/app).', [['organization', 'Kodeon']]]
  ])
})

describe('Common nouns written as acronyms are no organisations (frent15)', () => {
  entityTable('fr', [
    [
      'Numérique\n\nL’IA transforme déjà les hôpitaux de Dakar, explique le ministre. Selon lui, l’IA aidera les médecins. Les candidats au BFEM et au CFEE passent leurs épreuves lundi ; le BFEM commence à 8 heures.',
      [['location', 'Dakar']],
      ['IA', 'BFEM', 'CFEE']
    ]
  ])
})
