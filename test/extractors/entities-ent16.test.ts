/**
 * Entity rules of session 16 (ent16): organisations in both languages and
 * French people. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A word glued by scraping to an elided article and a name is cut before the elision (ent16)', () => {
  entityTable('fr', [
    // Scraped pages lose the space before a link: `selonL’Observateur`, `parL’Indépendant`, `deL’Écho`.
    [
      'Éducation : les résultats du bac en baisse\n\nLes taux de réussite reculent encore cette année, selonL’Observateur. Le ministère prépare une réforme, rapporteL’Indépendant.\n\nDans un article publié parL’Observateur, les syndicats réclament des moyens.',
      [
        ['organization', 'L’Observateur'],
        ['organization', 'L’Indépendant']
      ]
    ]
  ])
})

describe('A kinship word after a function word, right before a name, makes it a person’s (ent16)', () => {
  entityTable('fr', [
    // A first name alone after `son mari`, `sa femme`: before, an unknown word named twice was an organisation by default.
    [
      'Procès : l’opposante maintient sa candidature\n\nSi elle se présente, c’est que son mari Sergueï a été arrêté en mai. « Je le fais pour Sergueï », dit-elle. Son frère vit à Minsk avec sa femme Ndella.',
      [
        ['person', 'Sergueï'],
        ['person', 'Ndella']
      ]
    ]
  ])
  entityTable('en', [
    // Not a firm's partner: `US partner Biogen Idec`, `imaging partner Sertit` stay organisations or nothing.
    [
      'Star to wed next spring\n\nThe singer will marry his girlfriend Tamsin Yorke in Cornwall. Shares in Elan fell while its US partner Corvane Labs lost 40%.',
      [
        ['person', 'Tamsin Yorke'],
        ['organization', 'Corvane Labs']
      ]
    ]
  ])
})

describe('A word glued by scraping to a name the article writes elsewhere comes off it (ent16)', () => {
  entityTable('fr', [
    // `Sarrne`: the name's two words written apart elsewhere (`Ibrahima Sarr`), then a function word glued to the surname.
    // A longer name of the same words stays whole (`Lion Airlines` beside `Lion Air`: `lines` is no word of the article).
    [
      'Assemblée : Ibrahima Sarr applaudit\n\nIbrahima Sarr, président du mouvement Agir, est revenu sur son passage à l’Assemblée nationale.\n\nIbrahima Sarrne limite pas ses critiques à sa propre expérience. La compagnie Lion Air a commandé dix avions. Le groupe Lion Airlines a démenti.',
      [
        ['person', 'Ibrahima Sarr'],
        ['organization', 'Lion Airlines']
      ],
      ['Ibrahima Sarrne', 'Sarrne']
    ]
  ])
  // English plurals and names after an article stay whole: `Liberal Democrats` beside `Liberal Democrat`, `The Macworld Expo` beside `The Mac mini`.
  entityTable('en', [
    [
      'Poll boost for Lib Dems\n\nThe Liberal Democrats gained ground on Monday, Liberal Democrat leader Charles Kennedy said. The Mac mini went on sale at the Macworld Expo.',
      [['organization', 'Liberal Democrats']]
    ]
  ])
})

describe('An acronym of an organisation named in full without its conjunctions and connectors is its alias (ent16)', () => {
  entityTable('en', [
    [
      'Broker faces inquiry\n\nThe Securities and Exchange Commission has opened an inquiry into the broker. A spokesman for the SEC declined to comment. Figures from the Office for National Statistics showed a fall, the ONS said.',
      [
        ['organization', 'Securities and Exchange Commission', ['SEC']],
        ['organization', 'Office for National Statistics', ['ONS']]
      ]
    ]
  ])
  entityTable('fr', [
    [
      'Législatives : la gauche se divise\n\nLe Parti de l’Indépendance et du Travail a annoncé sa liste lundi. Le PIT présentera des candidats dans tous les départements.',
      [['organization', 'Parti de l’Indépendance et du Travail', ['PIT']]]
    ]
  ])
})

describe('An acronym spelt out by a lower-case expansion with no organisation word is no entity (ent16)', () => {
  entityTable('fr', [
    // The acronym goes wherever the article uses it; a body written in lower case with an organisation word keeps its acronym.
    [
      'Santé : un forum contre l’excision\n\nLa rencontre a porté sur l’élimination des mutilations génitales féminines (MGF). Selon les organisateurs, les MGF touchent encore des milliers de filles. L’enquête a été confiée à la direction de la surveillance du territoire (DST), qui a entendu les témoins.',
      [['organization', 'DST']],
      ['MGF']
    ]
  ])
  entityTable('en', [
    [
      'Tax bill advances\n\nThe bill keeps the alternative minimum tax (AMT) for companies. Repealing the AMT would cost billions, the Congressional Budget Office said.',
      [['organization', 'Congressional Budget Office']],
      ['AMT']
    ]
  ])
})
