/**
 * French entities (session 14): spans and types of organisations, people and places.
 * Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A body’s name ends before `de` and the person who owns or leads it', () => {
  entityTable('fr', [
    [
      'Médias\n\nLes journalistes du Groupe Futurs Médias (GFM) ont manifesté. Le GFM de Youssou Ndour traverse une crise.',
      [
        ['organization', 'Groupe Futurs Médias'],
        ['person', 'Youssou Ndour']
      ],
      ['GFM de Youssou Ndour']
    ],
    [
      'Cinéma\n\nLe film a été restauré par la World Film Foundation de Martin Scorsese en 2021.',
      [
        ['organization', 'World Film Foundation'],
        ['person', 'Martin Scorsese']
      ],
      ['World Film Foundation de Martin Scorsese']
    ],
    [
      'Politique\n\nLe parti Rewmi d’Idrissa Seck a tenu son congrès samedi à Thiès.',
      [['person', 'Idrissa Seck']],
      ['Rewmi d’Idrissa Seck']
    ],
    // Inside a person's name, `de` stays (no given name and surname after it, or a given name opens the name).
    [
      'Histoire\n\nLe général Charles de Gaulle a prononcé son discours à Brazzaville.',
      [['person', 'Charles de Gaulle']]
    ]
  ])
})

describe('A place after `de` and a role held over it (`sous-préfet`, `député-maire`)', () => {
  entityTable('fr', [
    [
      'Cérémonie\n\nLe sous-préfet de Mbadakhoune a installé le nouveau comité mercredi.',
      [['location', 'Mbadakhoune']]
    ],
    [
      'Crue\n\nLe sous-préfet de Ndiaganiao a demandé aux habitants de quitter les berges.',
      [['location', 'Ndiaganiao']]
    ],
    [
      'Élection\n\nLe député-maire de Sicap-Liberté a voté contre le texte.',
      [['location', 'Sicap-Liberté']]
    ]
  ])
})

describe('Common nouns written as acronyms, and a pronoun capitalised for God, are no organisations', () => {
  entityTable('fr', [
    ['Dette\n\nLa dette publique du Sénégal atteint 119 % du PIB, selon le FMI.', [['organization', 'FMI']], ['PIB']],
    ['Emploi\n\nLes PME du BTP peinent à recruter, et les chauffeurs de VTC manifestent à Dakar.', [['location', 'Dakar']], ['PME', 'BTP', 'VTC']],
    // (A paragraph repeated, as scraped pages often do, confirms a word that opens a sentence.)
    ['Foi\n\nSa famille s’en remet à Dieu : « Car Lui voit tout, et Il protège les siens. »\n\nSa famille s’en remet à Dieu : « Car Lui voit tout, et Il protège les siens. »', [], ['Lui']],
    ['Enquête\n\nLe suspect (un SDF de 40 ans, NDLR) a été confondu par son ADN.', [], ['SDF', 'NDLR', 'ADN']]
  ])
})

describe('A country’s demonym after a known body’s name is not part of it', () => {
  entityTable('fr', [
    ['Justice\n\nLa Cour suprême espagnole a rejeté le recours du club jeudi.', [['organization', 'Cour suprême']], ['Cour suprême espagnole']],
    ['Vote\n\nLe texte a été adopté par l’Assemblée nationale française puis par le Sénat américain.', [['organization', 'Assemblée nationale'], ['organization', 'Sénat']], ['Assemblée nationale française', 'Sénat américain']],
    // A name that holds the demonym keeps it: other words before it, a complement after it, a continent's.
    ['Langue\n\nL’Académie française et la Fédération sénégalaise de football ont signé avec la Commission européenne.', [['organization', 'Académie française'], ['organization', 'Fédération sénégalaise de football'], ['organization', 'Commission européenne']]]
  ])
})
