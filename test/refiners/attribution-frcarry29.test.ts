/**
 * French speakers the cascade left empty (session 29, frcarry): a source phrase naming a body whose head word the
 * article also writes in lower case (`Pour la Cour de cassation,` beside `la cour d'appel`); a participle cue after
 * words woven into a sentence whose subject is an organisation (`L'ACLU a estimé que « … », rappelant`) or that opens
 * with a narrative infinitive (`Et d'évoquer « … », estimant que`). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('A body named with a head word the article writes in lower case too is a name', () => {
  speakerTable('fr', [
    [
      '`Mais pour la Cour de cassation,` after `la cour d’appel`',
      'Réparations\n\nL’association a saisi la Cour de cassation. Pour la plus haute juridiction, la décision de la cour d’appel « respecte la loi ». Les requérants invoquaient un texte de 2001. Mais pour la Cour de cassation, ce texte n’a « rien changé » aux règles en vigueur.',
      [['respecte la loi', null], ['rien changé', 'Cour de cassation']]
    ],
    [
      '`Selon le Conseil constitutionnel,` after `le conseil municipal`',
      'Loi\n\nLe conseil municipal a voté le texte en mai. Selon le Conseil constitutionnel, la mesure « porte atteinte à la liberté d’aller et venir ».',
      [['porte atteinte à la liberté d’aller et venir', 'Conseil constitutionnel']]
    ]
  ])
})

describe('A participle cue after words woven into a sentence: its organisation subject speaks', () => {
  speakerTable('fr', [
    [
      '`X a estimé que « … » était « … », rappelant`',
      'Livre\n\nL’organisation de défense des libertés ACLU a estimé que « toute tentative de censure du livre » était « vouée à l’échec », rappelant une décision de la Cour suprême.',
      [['toute tentative de censure du livre', 'ACLU'], ['vouée à l’échec', 'ACLU']]
    ],
    [
      '`X a précisé que … « … », évoquant`',
      'Vols\n\nAir France a précisé que la suspension restera en vigueur « jusqu’à nouvel ordre », évoquant des raisons de sécurité.',
      [['jusqu’à nouvel ordre', 'Air France']]
    ],
    // Not an organisation in a complement (`auprès de l'AFP`).
    [
      'not an organisation after `auprès de l’`',
      'Gaz\n\nDes cartouches ont été saisies. « C’est déjà ça en moins », s’est félicitée une source policière auprès de l’AFP, soulignant les « enjeux sanitaires » de ce gaz.',
      [['C’est déjà ça en moins', null], ['enjeux sanitaires', null]]
    ],
    // A person subject comes first.
    [
      'a person subject before an organisation',
      'Vols\n\nLa directrice Anne Rivière a précisé au nom d’Air France que la suspension durera « plusieurs semaines », évoquant des raisons de sécurité.',
      [['plusieurs semaines', 'Anne Rivière']]
    ]
  ])
})

describe('A narrative infinitive with a participle cue goes on with the one quoted last', () => {
  speakerTable('fr', [
    [
      '`Et d’évoquer « … », estimant que`',
      'Télévision\n\n« Nous restons un journal des régions », fait valoir Thierry Vasseur.\n\nEt d’évoquer aussi « sa bienveillance et son humilité », estimant que ces qualités lui serviront.',
      [['Nous restons un journal des régions', 'Thierry Vasseur'], ['sa bienveillance et son humilité', 'Thierry Vasseur']]
    ],
    // A participle opening the next sentence (`« … ». Alertant sur …, les signataires`) leaves the narrative infinitive as it was.
    [
      'a participle opening the next sentence is not the quote’s cue',
      'Tribune\n\n« La laïcité protège », écrit Marc Dufour.\n\nEt de poursuivre avec force : « Nul ne peut combattre la haine par l’humiliation. » Alertant sur une dérive, les signataires appellent au calme.',
      [['La laïcité protège', 'Marc Dufour'], ['Nul ne peut combattre la haine par l’humiliation.', 'Marc Dufour']]
    ],
    // Not when no one was quoted before.
    [
      'no one quoted before',
      'Télévision\n\nLa chaîne change de présentatrice.\n\nEt d’évoquer aussi « sa bienveillance et son humilité », estimant que ces qualités lui serviront.',
      [['sa bienveillance et son humilité', null]]
    ]
  ])
})

describe('A subject pronoun elided onto a relative word before the cue verb is its subject', () => {
  speakerTable('fr', [
    [
      '`ce qu’il qualifie de « … »`',
      'Justice\n\nLe député Mamadou Ndiaye a dénoncé, jeudi, ce qu’il qualifie de « prise d’otage » dans cette affaire.',
      [['prise d’otage', 'Mamadou Ndiaye']]
    ],
    [
      '`qu’elle juge « … »`',
      'Accusé\n\nDevant le tribunal, Awa Sarr nie les faits et dénonce des accusations qu’elle juge « gratuites » et non fondées.',
      [['gratuites', 'Awa Sarr']]
    ],
    // Not an indefinite `qu’on`.
    [
      'not `qu’on`',
      'Justice\n\nLe député Mamadou Ndiaye a quitté la salle. Le texte reprend ce qu’on qualifie de « prise d’otage » dans cette affaire.',
      [['prise d’otage', null]]
    ]
  ])
})

describe('A participle cue set off by a comma after the previous quote’s attribution goes on with its speaker', () => {
  speakerTable('fr', [
    [
      '`», poursuit-elle, ajoutant : « … »` after a pronoun opening the sentence',
      'École\n\n« Les enfants veillent tard », déplore Nadia Ben Salem, la mère de Yassine. Pendant six mois, ils « ont oublié le programme », poursuit-elle, ajoutant : « On espère que les enseignants les aideront ».',
      [['Les enfants veillent tard', 'Nadia Ben Salem'], ['ont oublié le programme', 'Nadia Ben Salem'], ['On espère que les enseignants les aideront', 'Nadia Ben Salem']]
    ],
    // Not across a full stop: the new sentence's subject speaks.
    [
      'not after a full stop',
      'École\n\n« Les enfants veillent tard », déplore Nadia Ben Salem. Karim Haddad l’a rejointe devant l’école, ajoutant : « On espère que les enseignants les aideront ».',
      [['Les enfants veillent tard', 'Nadia Ben Salem'], ['On espère que les enseignants les aideront', 'Karim Haddad']]
    ]
  ])
})

describe('A quote opening its paragraph, then a colon: the subject of the clause after the colon', () => {
  speakerTable('fr', [
    [
      '`« … » : dans une lettre, le président X n’a pu …`',
      'Fin de vie\n\nJean Morel veut mettre fin à ses jours.\n\n« Je ne suis pas en mesure d’accéder à votre demande » : dans une lettre datée de jeudi, le président Paul Lambert n’a pu qu’opposer un refus à Jean Morel.',
      [['Je ne suis pas en mesure d’accéder à votre demande', 'Paul Lambert']]
    ],
    [
      '`« … » : X a répondu …`',
      'Fin de vie\n\nJean Morel veut mettre fin à ses jours.\n\n« Votre demande n’est pas permise » : Paul Lambert a répondu jeudi à Jean Morel.',
      [['Votre demande n’est pas permise', 'Paul Lambert']]
    ],
    // Not a name in a complement of the clause.
    [
      'not a name after a preposition',
      'Fin de vie\n\nPaul Lambert a écrit jeudi.\n\n« Votre demande n’est pas permise » : la lettre est arrivée chez Jean Morel.',
      [['Votre demande n’est pas permise', 'Paul Lambert']]
    ]
  ])
})
