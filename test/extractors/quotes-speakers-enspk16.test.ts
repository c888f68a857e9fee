/**
 * Who said it (session 16, English speakers). Short texts written for these
 * tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: an apposition whose closing comma is missing describes the name before it, the subject', () => {
  speakerTable('en', [
    [
      '`Name, economist at Org said the bank "…"` is the name, not the organisation',
      'Rates held at 4.5%\n\nThe Bank of England left interest rates unchanged on Thursday. Sarah Lyle, chief economist at Ridgeway Partners said the bank "could still move before the summer".',
      [['could still move before the summer', 'Sarah Lyle']]
    ],
    [
      '`However, Name, a fund manager at Org said … "…"` after an opening adverb',
      'Brewer buys stake in rival\n\nAnalysts were split on what the brewer wanted. However, Peter Oakes, a fund manager at Harbour Trust said the purchase "is a first step towards a full bid".',
      [['is a first step towards a full bid', 'Peter Oakes']]
    ],
    [
      '`Name, Town Traders Association said:` is the name; the organisation describes him',
      'Party drops seaside conference\n\nThe party will hold its autumn meeting in Leeds instead.\n\nGeorge Pratt, Whitby Traders Association said: "We did everything we could to bring them back here."',
      [['We did everything we could to bring them back here.', 'George Pratt']]
    ],
    [
      '`and` inside a name after a description is no list',
      'Civil servants plan walkout\n\nUnions met ministers on Monday. Janet Royce, from the Transport and General Workers union said: "There will be a strike unless the offer improves."',
      [['There will be a strike unless the offer improves.', 'Janet Royce']]
    ]
  ])
})

describe('speakers, English: what is not an open apposition', () => {
  speakerTable('en', [
    [
      'two appositions between commas (`Welsh Health Minister, Ann Cole AM, said`): the name between them',
      'Waiting lists rise again\n\nFigures published on Tuesday show longer waits. Welsh Health Minister, Ann Cole AM, said: "We will publish a new plan in the spring."',
      [['We will publish a new plan in the spring.', 'Ann Cole']]
    ]
  ])
})

describe('speakers, French: a phrase opening the sentence is no name in apposition', () => {
  speakerTable('fr', [
    [
      '`Invité de RFI, le député de Thiès Moussa Sow a estimé` is Moussa Sow',
      "Budget : l'opposition dénonce un texte flou\n\nLe gouvernement a présenté son projet de loi de finances mardi. Invité de RFI, le député de Thiès Moussa Sow a estimé que le texte était « un aveu d'échec ».",
      [["un aveu d'échec", 'Moussa Sow']]
    ]
  ])
})

describe('speakers: the name before a relative clause set off by commas is the subject, not the last name in the clause', () => {
  speakerTable('en', [
    [
      '`Dr Hale, who …in the Lune Valley, before becoming MP for Lancaster, said`',
      'Health minister named\n\nThe new health minister was appointed on Friday. Dr Hale, who was a GP in Caton, in the Lune Valley, before becoming MP for Lancaster, said doctors needed "a period of calm".',
      [['a period of calm', 'Hale']]
    ],
    [
      '`Name, spokesman for the body the IAAF, which …, said:` after an apposition',
      'Sprinters face hearing\n\nThe two athletes deny missing a test. Tom Reid, spokesman for the governing body the IAAF, which suspended the pair, said: "We will wait for the verdict."',
      [['We will wait for the verdict.', 'Tom Reid']]
    ]
  ])
  speakerTable('fr', [
    [
      '`X, qui soutient Y, le rival de Z, juge que … « … »`',
      "Municipales : la droite divisée à Lyon\n\nLa campagne s'annonce tendue. Paul Mercier, qui soutient Alain Roux, le rival de Claire Vidal, juge que la candidate sera « la cible de toutes les critiques ».",
      [['la cible de toutes les critiques', 'Paul Mercier']]
    ]
  ])
})

describe('speakers, English: a name inside an aside set between dashes is not the subject of the verb after it', () => {
  speakerTable('en', [
    [
      '`But Mr Pike - who runs … alongside the official Vote No Now campaign - said …. "…" he said` is Pike',
      'Assembly vote looms\n\nCampaigners met the minister at the station on Monday. But Mr Pike - who runs his own campaign alongside the official Vote No Now campaign - said he was not convinced by the minister\'s case. "It is simply not going to work," he said.',
      [['It is simply not going to work,', 'Pike']]
    ]
  ])
})

describe('speakers, English: `the government` stands only for an organisation named as a government', () => {
  speakerTable('en', [
    [
      '`the government said` with no government named is no one, not the body named last',
      'Police powers extended\n\nThe Police Federation opposes the new powers for support officers. The federation said the officers lacked training. But the government said the change would help forces "keep streets safe".',
      [['keep streets safe', null]]
    ],
    [
      '`the government said` after `the Welsh Assembly Government` is that body',
      'Hospital plan approved\n\nThe Welsh Assembly Government has approved a new hospital for Llanelli. The Royal College of Nursing welcomed the news. The government said the hospital would "transform care in the region".',
      [['transform care in the region', 'Welsh Assembly Government']]
    ]
  ])
})
