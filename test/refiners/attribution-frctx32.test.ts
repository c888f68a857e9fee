/**
 * French speakers found where the cascade found none (session 32, frctx): a body described right before a cue's verb, a
 * role opening the sentence with a subject relative, an earlier quote of the same sentence, the clause a colon closes,
 * a subordinate clause's subject, a described body opening the sentence, a pronoun after a coordinator, a hyphenated
 * role; and no speaker for a heading in capitals. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('A body described right before the verb of a cue that gives no subject speaks', () => {
  speakerTable('fr', [
    [
      '`Alors que la police de Thiès a affirmé qu’« … »`',
      'Accident sur la RN2 : le bilan reste flou\n\nAlors que la police de Thiès a affirmé qu’« aucune victime n’est à déplorer », les riverains parlent de deux blessés graves.',
      [['aucune victime n’est à déplorer', 'police de Thiès']]
    ],
    [
      '`le porte-parole de l’armée malienne, qui affirme que « … »`',
      'Mali : combats dans le Nord\n\nLes habitants de Kidal restent inquiets malgré les déclarations du porte-parole de l’armée malienne, qui affirme que « la situation est sous contrôle ».',
      [['la situation est sous contrôle', 'armée malienne']]
    ],
    // A description with no complement, and none before it: no one.
    [
      'not `la police a affirmé qu’« … »` with no police named before',
      'Accident sur la RN2 : le bilan reste flou\n\nAlors que la police a affirmé qu’« aucune victime n’est à déplorer », les riverains parlent de deux blessés graves.',
      [['aucune victime n’est à déplorer', null]]
    ]
  ])
})

describe('A role opening the sentence, then a subject relative holding the cue or the quote, stands for its holder', () => {
  speakerTable('fr', [
    [
      '`L’élu de Thiès, qui indique avoir « … », dénonce « … »`',
      'Assemblée : passe d’armes sur le budget\n\nLe député Karim Ndour a déposé mardi une proposition de loi. L’élu de Thiès, qui indique avoir « recueilli cinquante signatures », dénonce aussi « une manœuvre de la majorité ».',
      [
        ['recueilli cinquante signatures', 'Karim Ndour'],
        ['une manœuvre de la majorité', 'Karim Ndour']
      ]
    ]
  ])
})

describe('A quote after a colon closing a clause that voices something takes that clause’s subject', () => {
  speakerTable('fr', [
    [
      '`L’ex-président et milliardaire a lancé à la foule : « … »`',
      'Washington : un combat de MMA à la Maison Blanche ?\n\nDonald Trump a évoqué mardi l’idée d’un gala de combat. Lors d’un meeting, l’ex-président et milliardaire a lancé à la foule : « Nous allons organiser le plus grand combat de l’histoire. »',
      [['Nous allons organiser le plus grand combat de l’histoire.', 'Donald Trump']]
    ]
  ])
})

describe('A partial quote in a clause whose subject the cascade did not read', () => {
  speakerTable('fr', [
    [
      '`Lorsque X s’est engagé à mettre en œuvre un « … »`',
      'Hôpital : les soignants attendent toujours\n\nLes syndicats manifestent jeudi à Dakar. Lorsque Macky Sall s’est engagé à mettre en œuvre un « plan massif d’investissement », personne n’y a cru.',
      [['plan massif d’investissement', 'Macky Sall']]
    ],
    [
      '`Le parquet de Kaolack a ouvert une enquête pour « … »`',
      'Marchés publics : une enquête ouverte\n\nLe parquet de Kaolack a ouvert lundi une enquête pour « favoritisme et détournement de fonds publics ».',
      [['favoritisme et détournement de fonds publics', 'parquet de Kaolack']]
    ],
    [
      '`Le parquet national a ouvert une enquête pour « … »`',
      'Marchés publics : une enquête ouverte\n\nLe parquet national a ouvert lundi une enquête pour « favoritisme et détournement de fonds publics ».',
      [['favoritisme et détournement de fonds publics', 'parquet national']]
    ],
    // A passive: the body undergoes.
    [
      'not `Le parquet national a été saisi pour « … »`',
      'Marchés publics : une plainte déposée\n\nLe parquet national a été saisi lundi pour « favoritisme et détournement de fonds publics ».',
      [['favoritisme et détournement de fonds publics', null]]
    ]
  ])
})

describe('A quote in capitals with no cue of its own is a heading', () => {
  speakerTable('fr', [
    [
      'a heading in capitals between two cued quotes',
      'Télévision : l’interview qui divise\n\n« On pose des questions précises », s’est agacé Karim Ndour. « LA DÉFÉRENCE À SON PIRE NIVEAU » « On était loin du journalisme », a ironisé Awa Diop sur Europe 1.',
      [
        ['On pose des questions précises', 'Karim Ndour'],
        ['LA DÉFÉRENCE À SON PIRE NIVEAU', null],
        ['On était loin du journalisme', 'Awa Diop']
      ]
    ],
    // Capitals with a cue of their own: the cue's speaker.
    [
      'not `« STOP À LA VIE CHÈRE », a lancé X`',
      'Dakar : marche contre la vie chère\n\n« STOP À LA VIE CHÈRE », a lancé Karim Ndour devant la foule.',
      [['STOP À LA VIE CHÈRE', 'Karim Ndour']]
    ]
  ])
})

describe('Other quotes the cascade left with no speaker', () => {
  speakerTable('fr', [
    [
      '`…, et il a désormais « … »`: the pronoun after the coordinator',
      'Commerce : la crise frappe Thiès\n\nMoussa Diallo tient une boutique au marché central. A cause de la crise, ce commerçant n’a rien vendu depuis des semaines, et il a désormais « peur de tout perdre ».',
      [['peur de tout perdre', 'Moussa Diallo']]
    ],
    [
      '`», a-t-elle encore dit, se montrant favorable à « … »`: the earlier quote of the sentence',
      'Congés : les soignants au cœur du débat\n\nLa ministre Awa Diop a jugé la proposition « très intéressante ». « Cela soulève une série de questions », a-t-elle encore dit, se montrant favorable à « un débat au Parlement ».',
      [
        ['très intéressante', 'Awa Diop'],
        ['Cela soulève une série de questions', 'Awa Diop'],
        ['un débat au Parlement', 'Awa Diop']
      ]
    ]
  ])
})

describe('A definite role right before the verb of a cue that gives no subject stands for its holder', () => {
  speakerTable('fr', [
    [
      '`Cette visite, que le chef de l’État malien a qualifiée de « … »`',
      'Diplomatie : Assimi Goïta reçu à Dakar\n\nLe président de la transition, Assimi Goïta, a été accueilli lundi au palais pour une visite officielle. Cette visite, que le chef de l’État malien a qualifiée de « fraternelle », a duré deux jours.',
      [['fraternelle', 'Assimi Goïta']]
    ],
    // A role in a complement (`de l’avocat`) is no subject.
    [
      'not `la plainte de l’avocat a qualifié de « … »`',
      'Justice : une plainte déposée\n\nLe journaliste Karim Ndour a été entendu mardi. Le cabinet de l’avocat a qualifié de « grave » la procédure.',
      [['grave', null]]
    ]
  ])
})

describe('A direct quote with no cue whose opening phrase names no one goes on with the words around it', () => {
  speakerTable('fr', [
    [
      '`Au cœur de son message, une inquiétude profonde : « … »`',
      'Tribune : Karim Ndour sonne l’alarme\n\nDans une lettre ouverte, Karim Ndour s’adresse au gouvernement : « La dette nous étrangle. »\nAu cœur de son message, une inquiétude profonde : « J’ai peur pour mon pays. »',
      [
        ['La dette nous étrangle.', 'Karim Ndour'],
        ['J’ai peur pour mon pays.', 'Karim Ndour']
      ]
    ]
  ])
})

describe('A partial quote right after a verb whose subject is the name right before it', () => {
  speakerTable('fr', [
    [
      '`…, l’élu de Thiès Karim Ndour propose « … »`',
      'Congés : des députés veulent un don aux soignants\n\nDans une lettre adressée à la ministre du Travail, Awa Diop, et cosignée par cent députés, l’élu de Thiès Karim Ndour propose « que les salariés puissent donner des jours de congé ».',
      [['que les salariés puissent donner des jours de congé', 'Karim Ndour']]
    ]
  ])
  speakerTable('en', [
    // The name is the object of a participle: the subject of the sentence speaks, not it.
    [
      'not `Describing Mr Ross as "…"`',
      'Singer backs son\n\nThe singer\'s mother spoke on Sunday. Describing Mr Ross as "a kind man", the mother-of-five said she feared for him.',
      [['a kind man', null]]
    ],
    // The quote opens a clause (`that "…"`): `website` is no verb of the name before it.
    [
      'not `pointed out to the BBC News website that "…"`',
      'Unions deny merger talks\n\nBoth unions are tight-lipped, but one insider pointed out to the BBC News website that "nobody is denying a merger could be on the agenda" when they met.',
      [['nobody is denying a merger could be on the agenda', null]]
    ]
  ])
})
