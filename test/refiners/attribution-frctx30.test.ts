/**
 * French speakers of quotes with no cue of their own (session 30, frctx): a partial quote is not carried past another
 * person named in between; a headline quote whose clause opens with a one-word
 * name the entities step did not take (`Mamico tacle X : « … »`); a subheading glued to its paragraphs that the body
 * quotes again is that quote's speaker's. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('A partial quote with no cue does not go on with a quote before it past another person named in between', () => {
  speakerTable('fr', [
    // Someone else named in between: no carry-over.
    [
      'not past another person named in between',
      'Budget\n\n« Ce budget est injuste », dénonce Marie Dupont. Le ministre Jean Martin a défendu son texte. Autre point, la hausse « massive » de la TVA.',
      [['Ce budget est injuste', 'Marie Dupont'], ['massive', null]]
    ]
  ])
})

describe('A one-word name opening a headline clause before its verb speaks the headline quote', () => {
  speakerTable('fr', [
    [
      '`X tacle Y : « … »`: X, not the person after the verb',
      'Kiné tacle Awa Ndiaye : « Il faut du respect pour le public »\n\nLa dispute entre les deux chanteuses a éclaté lors d’un direct.',
      [['Il faut du respect pour le public', 'Kiné']]
    ],
    [
      '`« … » : X répond …`',
      '« Je ne partirai pas » : Bamba répond à ses détracteurs\n\nLe lutteur a tenu à rassurer ses supporters samedi.',
      [['Je ne partirai pas', 'Bamba']]
    ],
    // Not a word that opens the headline without a verb after it.
    [
      'not `Triste parcours X : « … »`',
      'Triste parcours Awa Ndiaye : « Mon frère m’a chassée de la maison »\n\nLa jeune femme raconte son histoire.',
      [['Mon frère m’a chassée de la maison', 'Awa Ndiaye']]
    ],
    [
      'not `Santé mentale : « … »`',
      'Santé mentale : « Nous manquons de psychiatres »\n\nLes hôpitaux peinent à recruter.',
      [['Nous manquons de psychiatres', null]]
    ]
  ])
})

describe('A subheading glued to its paragraphs takes the speaker of the body quote with its words', () => {
  speakerTable('fr', [
    [
      '`…réagi."Nous irons jusqu’au retrait"La centrale…`',
      'Retraites : la CGT maintient la pression\n\nLa CGT appelle à une nouvelle grève jeudi. "Nous irons jusqu’au retrait du texte", a déclaré Sophie Binet lors d’une conférence de presse. Le gouvernement n’a pas réagi."Nous irons jusqu’au retrait"La centrale espère mobiliser plus d’un million de personnes.',
      [['Nous irons jusqu’au retrait du texte', 'Sophie Binet'], ['Nous irons jusqu’au retrait', 'Sophie Binet']]
    ],
    // Words the body does not quote again stay no one's.
    [
      'not a subheading the body does not quote',
      'Retraites : la CGT maintient la pression\n\nLa CGT appelle à une nouvelle grève jeudi. "Nous irons jusqu’au retrait du texte", a déclaré Sophie Binet lors d’une conférence de presse. Le gouvernement n’a pas réagi."Un million dans la rue"La centrale espère mobiliser largement.',
      [['Nous irons jusqu’au retrait du texte', 'Sophie Binet'], ['Un million dans la rue', null]]
    ]
  ])
})

describe('A partial quote does not go on with a guess carried from further back, nor past a name in capitals', () => {
  speakerTable('en', [
    [
      'not past `JANE ROE, ANALYST` after a quote with no cue',
      'Markets react to the vote\n\nLawmakers approved the bill on Tuesday, Senator John Smith said. “The bond market is reassessing the whole thing now.” JANE ROE, CHIEF ECONOMIST, ACME BANK “I think the market had expected this, and it was priced in long ago.”',
      [['The bond market is reassessing the whole thing now.', 'John Smith'], ['I think the market had expected this, and it was priced in long ago.', null]]
    ]
  ])
})
