/**
 * Organisation evidence (issue 4, session 24): words that end firms' and bodies' names
 * (`Productions`, `GmbH`, `Laboratory`, `Regiment`, `Tobacco`, `Anonymous`; French
 * `Events`, `GmbH`) make a name of capitalised words an organisation, kept though
 * named once. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A word that ends firms\' and bodies\' names makes an organisation', () => {
  entityTable('en', [
    [
      'Tobacco case\n\nThe defendants included Halvern Tobacco and a small distributor from Ohio.',
      [['organization', 'Halvern Tobacco']]
    ],
    [
      'Robots\n\nThe prototype was built by Kestrel Robotics Research Laboratory, whose engineers spent three years on it.',
      [['organization', 'Kestrel Robotics Research Laboratory']]
    ],
    [
      'Court order\n\nThe singer was ordered to attend Gamblers Anonymous and to pay a fine.',
      [['organization', 'Gamblers Anonymous']]
    ]
  ])
  entityTable('fr', [
    [
      'Lutte\n\nLe combat, organisé par Tamsir Events en préparation du grand gala, a été reporté.',
      [['organization', 'Tamsir Events']]
    ],
    [
      'Automobile\n\nLe préparateur Halbach GmbH va présenter son premier modèle à Genève.',
      [['organization', 'Halbach GmbH']]
    ]
  ])
})

describe('A noun of a kind of body, its complement and adjectives before an unknown name make it an organisation', () => {
  entityTable('fr', [
    [
      'Frappes\n\nSelon les agences de presse syriennes Vexar et Doumia, plusieurs dépôts ont été touchés dans la nuit.',
      [
        ['organization', 'Vexar'],
        ['organization', 'Doumia']
      ]
    ],
    [
      'Élection\n\nLe scrutin a été truqué, écrit le journal d’opposition Nova Zoria dans son édition de lundi.',
      [['organization', 'Nova Zoria']]
    ],
    [
      'Diplomatie\n\nL’agence de presse officielle iranienne Parsan a rapporté que les négociations reprendraient lundi.',
      [['organization', 'Parsan']]
    ],
    [
      'Industrie\n\nLe groupe du milliardaire nigérian Obiora Nwankwe a ouvert une nouvelle raffinerie à Lagos. Nwankwe a salué le chantier.',
      [['person', 'Obiora Nwankwe', ['Nwankwe']]]
    ]
  ])
})

describe('A name closed by a country is a body\'s branch in French, not in English', () => {
  entityTable('fr', [
    [
      'Intempéries\n\nLe département a été placé en vigilance rouge dimanche par Vigimétéo France en raison de fortes pluies.',
      [['organization', 'Vigimétéo France']]
    ],
    [
      'Scandale\n\nUne somme de 300 millions a été détournée des comptes de Pharmadis Sénégal, fournisseur des hôpitaux.',
      [['organization', 'Pharmadis Sénégal']]
    ],
    [
      'Plan\n\nLe gouvernement a présenté le plan Horizon Sénégal 2050 aux bailleurs.',
      [],
      ['Horizon Sénégal']
    ]
  ])
  entityTable('en', [
    [
      'Games\n\nThe sequel to Warzone Vietnam will be released next year, the publisher said.',
      [],
      ['Warzone Vietnam']
    ]
  ])
})

describe('Competitions, diplomas and training rights are no organisations, French', () => {
  entityTable('fr', [
    [
      'Football\n\nLe club est une très bonne équipe qui vient de remporter la Ligue des champions, et ils sont très forts.',
      [],
      ['Ligue des champions']
    ],
    [
      'Football\n\nLe club anglais, vainqueur de la Ligue Europa Conférence, sera aussi présent.',
      [],
      ['Ligue Europa Conférence']
    ],
    [
      'Recrutement\n\nLes candidats doivent être titulaires d’un BEP ou d’un CFES, et peuvent mobiliser leur CPF ou leur DIF.',
      [],
      ['BEP', 'CFES', 'CPF', 'DIF']
    ]
  ])
})

describe('More nouns of kinds of bodies before a name, English', () => {
  entityTable('en', [
    [
      'Abuse claims\n\nA legal director at the human rights organisation Remedium said the inquiry was too narrow.',
      [['organization', 'Remedium']]
    ],
    [
      'Sale agreed\n\nThe group raised cash by selling property business Kellworth to a rival last year.',
      [['organization', 'Kellworth']]
    ],
    [
      'Final odds\n\nPunters can still bet with bookmaker Sandbrokes until Friday.',
      [['organization', 'Sandbrokes']]
    ],
    [
      'Texting\n\nLondon-based software developer Quintexa has unveiled a tool that expands text messages.',
      [['organization', 'Quintexa']]
    ],
    [
      'Bollywood\n\n"Directors want new audiences," says the editor of the film journal Screen Bazaar.',
      [['organization', 'Screen Bazaar']]
    ]
  ])
})

describe('A police station, a town hall, a prefecture or an embassy in lower case before its place is an organisation, French', () => {
  entityTable('fr', [
    [
      'Faits divers\n\nLes éléments du commissariat de Ndiarème ont arrêté un commerçant, a appris la rédaction.',
      [
        ['organization', 'commissariat de Ndiarème'],
        ['location', 'Ndiarème']
      ]
    ],
    [
      'Visas\n\nL’ambassade des États-Unis a refusé d’octroyer le visa à des joueuses de l’équipe.',
      [
        ['organization', 'ambassade des États-Unis'],
        ['location', 'États-Unis']
      ]
    ],
    [
      'Évasion\n\n« Ils seraient armés », a déclaré la capitaine de gendarmerie Amina Kerrouche.',
      [['person', 'Amina Kerrouche']]
    ]
  ])
})

describe('A channel\'s name ends with TV after a name, not after a nationality, English', () => {
  entityTable('en', [
    [
      'Series row\n\nCorvex TV, which shows the series in the US, is broadcasting announcements about it.',
      [['organization', 'Corvex TV']]
    ],
    [
      'Presenter dies\n\nHe was most recently seen presenting a gardening programme for Orkney TV last spring.',
      [['organization', 'Orkney TV']]
    ],
    [
      'Interview\n\nThe minister told German TV that the talks would go on.',
      [],
      ['German TV']
    ]
  ])
})

describe('A marabout, a DJ, a dancer: people\'s roles and titles, French', () => {
  entityTable('fr', [
    [
      'Lutte\n\nÀ quelques jours du combat, le célèbre marabout Thiokho a livré son pronostic. Selon Thiokho, la chute viendra vite.',
      [['person', 'Thiokho']]
    ],
    [
      'Santé\n\nDJ Bouyagui hospitalisé trois jours après son mariage : ses proches rassurent. DJ Bouyagui se repose.',
      [['person', 'Bouyagui']]
    ]
  ])
})

describe('Organisations whose name is written in lower case', () => {
  entityTable('fr', [
    [
      'Évasion\n\nPlus de deux cents détenus se sont évadés, ont rapporté franceinfo et BFMTV samedi.',
      [
        ['organization', 'franceinfo'],
        ['organization', 'BFMTV']
      ]
    ],
    [
      'Justice\n\nLe prévenu a été placé sous mandat de dépôt, rapporte seneweb.',
      [['organization', 'seneweb']]
    ]
  ])
  entityTable('en', [
    [
      'Broadband\n\nCable firms ntl and Telewest are also bound to raise their speeds.',
      [['organization', 'ntl']]
    ]
  ])
})

describe('A name before an owner\'s particle and a person\'s name is a body, French', () => {
  entityTable('fr', [
    [
      'Football\n\nIl a marqué contre Varnholm de Nicolas Jackson lors de la finale de dimanche.',
      [
        ['organization', 'Varnholm'],
        ['person', 'Nicolas Jackson']
      ]
    ],
    [
      'Justice\n\nTémoignage de Marie Diouf devant les juges : elle a tout raconté.',
      [['person', 'Marie Diouf']],
      ['Témoignage']
    ]
  ])
})
