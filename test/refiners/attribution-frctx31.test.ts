/**
 * French speakers of quotes with no cue of their own (session 31, frctx): `il` or `elle` opening the sentence that weaves
 * a partial quote in, with a verb of its own, active; an inverted cue whose subject, a few words after the verb, names no
 * one keeps the ranker from giving its quote to someone named near. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('`il` or `elle` with a verb of its own opening the sentence of a partial quote with no cue speaks it', () => {
  speakerTable('fr', [
    [
      '`Il suggère de « … »` after a sentence naming him',
      'Assemblée : le député veut réformer le règlement\n\nLe député Karim Ndour a présenté mardi ses propositions. Il suggère également de « fixer un délai strict pour chaque vote ».',
      [['fixer un délai strict pour chaque vote', 'Karim Ndour']]
    ],
    [
      '`Elle a réaffirmé sa volonté de « … »`',
      'Santé : la ministre en visite à Thiès\n\nLa ministre Awa Diop a visité lundi l’hôpital régional. Elle a réaffirmé sa volonté de « garantir des soins dignes à tous les patients ».',
      [['garantir des soins dignes à tous les patients', 'Awa Diop']]
    ],
    // Impersonal `il`: no one speaks through it.
    [
      'not `Il faut « … »`',
      'Budget : le ministre défend son texte\n\nLe ministre Karim Ndour a défendu son budget. Il faut selon les syndicats « revoir toute la copie ».',
      [['revoir toute la copie', null]]
    ],
    [
      'not `Il s’agit d’une « … »`',
      'Budget : le ministre défend son texte\n\nLe ministre Karim Ndour a défendu son budget. Il s’agit d’une « réforme historique » pour le pays.',
      [['réforme historique', null]]
    ],
    // A passive: the subject undergoes, it does not speak.
    [
      'not `Il a été déféré pour « … »`',
      'Dakar : un homme arrêté près du palais\n\nUn homme, Moussa Diallo, a été interpellé dimanche. Il a été déféré devant le juge pour « survol d’une zone interdite ».',
      [['survol d’une zone interdite', null]]
    ]
  ])
})

describe('An inverted cue whose subject a few words after the verb names no one leaves its quote to no one', () => {
  speakerTable('fr', [
    [
      '`», a tweeté mardi la préfecture`',
      'Grenoble : la vidéo d’un rappeur fait réagir\n\n« Je voulais faire le buzz », reconnaît le rappeur Karim Benali. « Certains prétendent que la police a laissé faire, c’est faux », a tweeté mardi la préfecture.',
      [['Je voulais faire le buzz', 'Karim Benali'], ['Certains prétendent que la police a laissé faire, c’est faux', null]]
    ],
    [
      '`», a lâché non sans ironie un ministre`',
      'Européennes : Sarkozy pousse Wauquiez\n\nNicolas Sarkozy voudrait voir Laurent Wauquiez mener la liste. « Il juge que le chef doit être en première ligne », a lâché non sans ironie un ministre.',
      [['Il juge que le chef doit être en première ligne', null]]
    ]
  ])
})

describe('`qu’il` opening a relative clause stands for the subject opening the sentence, not for a name in the main clause', () => {
  speakerTable('fr', [
    [
      '`Ce dernier y appelait X …, pour faire face à ce qu’il qualifie de « … »`',
      'Tribune : Awa Sy répond à Mansour Diop\n\nAwa Sy a vivement réagi à la tribune de l’ancien ministre des Transports, Mansour Diop, publiée mardi. Ce dernier y appelait le président Bassirou Faye à solliciter l’aide de l’ex-chef de l’État, Macky Sall, pour faire face à ce qu’il qualifie de « crise systémique ».',
      [['crise systémique', 'Mansour Diop']]
    ],
    [
      '`X dénonce ce qu’il qualifie de « … »`: the subject, as before',
      'Assemblée : Abdou Mbaye monte au créneau\n\nLe député Abdou Mbaye a dénoncé lundi ce qu’il qualifie de « dérive autoritaire » du pouvoir.',
      [['dérive autoritaire', 'Abdou Mbaye']]
    ],
    // `elle` does not stand for a man opening the sentence.
    [
      'not a subject of the other gender',
      'Justice : le menuisier s’explique\n\nLe menuisier Bernard Kama a été entendu jeudi. Bernard Kama affirme qu’elle refusait ses « désirs d’homme marié » depuis des mois, selon son épouse Angélique Sané.',
      [['désirs d’homme marié', 'Angélique Sané']]
    ]
  ])
})

describe('A role completed by a place right before a name is that person’s: a description of another role is not them', () => {
  speakerTable('fr', [
    [
      '`le maire de Béziers X` is not `le Premier ministre`',
      'Sécurité : les annonces du Premier ministre\n\nDans l’émission, Jean Castex a été confronté au maire de Béziers Robert Ménard. Ce dernier l’a interpellé au sujet de la police municipale, qu’il estime délaissée alors que ce sont « les premiers sur le terrain ». En réponse, le Premier ministre a assuré que le « contrat de confiance » était respecté.',
      [['les premiers sur le terrain', 'Robert Ménard'], ['contrat de confiance', 'Jean Castex']]
    ]
  ])
})

describe('A source phrase naming a role before a partial quote with no cue stands for the person quoted last, given no other role', () => {
  speakerTable('fr', [
    [
      '`», a ajouté le député … Pour l’ancien Premier ministre, … « … »`',
      'Procès : Manuel Vidal réagit au verdict\n\n« C’est un verdict décevant », a ajouté le député de l’Essonne Manuel Vidal.\n\nLe parquet a fait appel jeudi. Pour l’ancien Premier ministre, l’antisémitisme en France « est profond et se déchaîne ».',
      [['C’est un verdict décevant', 'Manuel Vidal'], ['est profond et se déchaîne', 'Manuel Vidal']]
    ],
    // No one quoted before: a description alone names no one surely.
    [
      'not with no one quoted before',
      'Sommet : Cheikh Gadio met en garde\n\nL’ancien ministre Cheikh Gadio a exprimé des réserves sur la rencontre avec Donald Trump. Pour le diplomate, la dénomination de « sommet Afrique–États-Unis » est trompeuse.',
      [['sommet Afrique–États-Unis', null]]
    ]
  ])
})
