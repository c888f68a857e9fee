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
    // Not when no one was quoted before.
    [
      'no one quoted before',
      'Télévision\n\nLa chaîne change de présentatrice.\n\nEt d’évoquer aussi « sa bienveillance et son humilité », estimant que ces qualités lui serviront.',
      [['sa bienveillance et son humilité', null]]
    ]
  ])
})
