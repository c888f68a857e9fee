/**
 * Who said it (session 15): a role qualified by `shadow`, `deputy`, `former`
 * (`ancien`, `adjoint`) is another role, so `the chancellor` is not `shadow
 * chancellor X`; a pronoun whose antecedent is a name in the predicate of a
 * sentence opened by a definite role stands for that role's holder.
 * Short texts written for these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: a qualified role (`shadow chancellor X`) is not the role it qualifies', () => {
  speakerTable('en', [
    [
      '`the chancellor` after `Chancellor Tom Price` and `Shadow chancellor Sam Cole` is Tom Price',
      'Tax row\n\nChancellor Tom Price defended his budget on Monday. Shadow chancellor Sam Cole said the plans were reckless.\n\nThe chancellor said the figures were "fully costed".',
      [['fully costed', 'Tom Price']]
    ],
    [
      '`the mayor` is not `Deputy Mayor Alice Hart`: the person the article is about',
      'Mayor faces inquiry\n\nAn inquiry has been opened into remarks Ken Barlow made at a reception. Critics say Mr Barlow has shamed the city. On Sunday, Deputy Mayor Alice Hart told reporters she expected an apology.\n\nThe mayor accused a reporter of "hounding" him at a private event.',
      [['hounding', 'Ken Barlow']]
    ],
    [
      '`the deputy mayor` is `Deputy Mayor Alice Hart`',
      'Mayor faces inquiry\n\nAn inquiry has been opened into remarks Ken Barlow made at a reception. Critics say Mr Barlow has shamed the city. On Sunday, Deputy Mayor Alice Hart spoke to reporters.\n\nThe deputy mayor said the remarks were "deeply hurtful".',
      [['deeply hurtful', 'Alice Hart']]
    ]
  ])
})

describe('speakers, French: a qualified role (`l’ancien ministre X`) is not the role it qualifies', () => {
  speakerTable('fr', [
    [
      '`le ministre` after `le ministre des Finances Moussa Diop` and `l’ancien ministre Ali Sow` is Moussa Diop',
      "Budget : le ministre défend son texte\n\nLe ministre des Finances Moussa Diop a présenté lundi le budget de l'État. L'ancien ministre Ali Sow a jugé le texte « irréaliste ».\n\nLe ministre a assuré que les chiffres étaient « prudents et sincères ».",
      [
        ['irréaliste', 'Ali Sow'],
        ['prudents et sincères', 'Moussa Diop']
      ]
    ]
  ])
})

describe('speakers, English: a pronoun after a sentence whose subject is a definite role stands for that role, not a name in its predicate', () => {
  speakerTable('en', [
    [
      '`The prime minister is trying … with Gordon Brown … He is saying` is Tony Blair',
      'Blair sets out goals\n\nTony Blair says the next manifesto will be bold and aimed at working families.\n\nThe prime minister is trying to end talk of a rift with Gordon Brown at a rally in Kent. He is saying the party wants "prosperity for all".',
      [['prosperity for all', 'Tony Blair']]
    ],
    [
      '`the chancellor said the cuts proposed by shadow chancellor Oliver Letwin …, he told activists. … he said:` is Gordon Brown',
      'Chancellor rallies voters\n\nGordon Brown has told supporters the stakes are too high to stay at home.\n\nAt a rally in Leeds, the chancellor said the cuts proposed by shadow chancellor Oliver Letwin would hurt schools, he told activists. Turning to the economy he said: "We will never return to boom and bust."',
      [['We will never return to boom and bust.', 'Gordon Brown']]
    ],
    [
      'not a name in apposition to the role (`The Attorney General, Lord Goldsmith, has …. He said`)',
      'Hunting ban begins\n\nA ban on hunting with dogs came into force at midnight. Sam Hart of the Countryside Trust said many hunts would still meet.\n\nThe Attorney General, Lord Goldsmith, has issued no guidance to police. He said he would consult prosecutors "in the near future".',
      [['in the near future', 'Goldsmith']]
    ]
  ])
})
