/**
 * Who said it (session 27, English speakers). Short texts written for these
 * tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: a skipper may be described by his playing position', () => {
  speakerTable('en', [
    [
      '`skipper X believes …. "…," said the Sale full-back` is X, not a player named before',
      'Wales ready for Twickenham\n\nWinger Tom Davies will miss the game after hurting his ankle in training on Tuesday.\n\nBut skipper Gareth Lewis believes the squad is in good heart. "There is no lack of belief in this side," said the Sale full-back. "We have trained well all week."',
      [
        ['There is no lack of belief in this side,', 'Gareth Lewis'],
        ['We have trained well all week.', 'Gareth Lewis']
      ]
    ]
  ])
})

describe('a one-word name the entities step found is a name even where the article writes the word in lower case', () => {
  speakerTable('en', [
    [
      '`"…," Orange said` beside `its orange livery`',
      'Mobile giant sues over colour\n\nMobile phone giant Orange has gone to court over a rival\'s use of the colour. The new service uses an orange livery on its website.\n\n"Our brand matters a great deal to us," Orange said in a statement. "We had no choice but to act."',
      [
        ['Our brand matters a great deal to us,', 'Orange'],
        ['We had no choice but to act.', 'Orange']
      ]
    ]
  ])
  speakerTable('fr', [
    [
      '`« … », a indiqué Orange` à côté de `sa couleur orange`',
      "L'opérateur attaque un concurrent\n\nL'opérateur Orange a saisi la justice contre un concurrent. Le nouveau service affiche une couleur orange sur son site.\n\n« Notre marque compte beaucoup pour nous », a indiqué Orange dans un communiqué.",
      [['Notre marque compte beaucoup pour nous', 'Orange']]
    ]
  ])
})

describe('speakers: a cue phrase opening the sentence names the source, not a phrase to read past', () => {
  speakerTable('en', [
    [
      '`According to Mr X, Y was "…"` is X, not nobody',
      'Oil firm stays calm\n\nCompany spokesman Glenn Walters said the firm still considered the deal valid. According to Mr Walters, Shellex was "not planning to bid" at a new tender.',
      [['not planning to bid', 'Glenn Walters']]
    ]
  ])
})

describe('speakers: words woven into a sentence whose subject is an organisation with a verb of finding or saying', () => {
  speakerTable('en', [
    [
      '`The National Audit Office found that … "…"` is the office',
      'Adult skills push\n\nMore adults are taking literacy courses. The National Audit Office found that the number of learners was "rising slowly" in most regions.',
      [['rising slowly', 'National Audit Office']]
    ],
    [
      '`The Green Party asserts that X "…"` is the party',
      'Councillor urged to quit\n\nA councillor faces calls to resign. The Green Party asserts that Mr Dale "has a duty, if not a legal one" to stand down.',
      [['has a duty, if not a legal one', 'Green Party']]
    ],
    [
      'not an organisation qualifying a role (`Newcastle boss X`), nor one before a noun (`A Tory election candidate is`)',
      'Candidate quits\n\nA Conservative election candidate is quitting after being quoted as wanting a "period of creative destruction" in public services.',
      [['period of creative destruction', null]]
    ]
  ])
})

describe('speakers, English: `the report` after a lead whose report names nobody is the body the next sentences name', () => {
  speakerTable('en', [
    [
      '`…, a report says. The National Audit Office praised …` then `"…", the report adds` is the office, not a body named nearer',
      'More to do on adult skills\n\nThe government will only hit its target for adult literacy if courses are made more attractive, a report says.\n\nThe National Audit Office praised ministers for reaching this year\'s benchmark.\n\nThe Department for Education could also work with councils and employers. It should also check learners\' progress "at frequent intervals", the report adds.',
      [['at frequent intervals', 'National Audit Office']]
    ]
  ])
})

describe('speakers, English: names and roles', () => {
  speakerTable('en', [
    [
      '`said Dr X of the UK Patent Office`, typed one organisation by the entities step, is X',
      'Patent row deepens\n\nSoftware patents remain a contentious issue in Europe.\n\n"Many of the patents have doubtful value and are used to push smaller firms around," said Dr Simon Harrowgate of the UK Patent Office.',
      [['Many of the patents have doubtful value and are used to push smaller firms around,', 'Simon Harrowgate']]
    ],
    [
      '`Treasurer X` is X: a treasurer is a title',
      'Economy slows\n\nGrowth slowed sharply in the last quarter. "The economy has been strong and it is properly moderating," said Treasurer Peter Colley.',
      [['The economy has been strong and it is properly moderating,', 'Peter Colley']]
    ],
    [
      '`The party co-chairman said` stands for the person named before, not a name',
      'Tories set out plans\n\nTory Liam Fenton said his party offered a "clear choice" on the issue. The Conservative Party Co-Chairman said Labour had "done nothing for eight years" on the matter.',
      [
        ['clear choice', 'Liam Fenton'],
        ['done nothing for eight years', 'Liam Fenton']
      ]
    ],
    [
      '`our correspondent added` with no one named with that role is no one, not the person named before',
      'Strike threat grows\n\nUnion leaders held talks on Monday. A spokesman for Mr Halford, Tim Rowe, said the pay rules would still start in May. In private, officials think the rules are the "least bad" choice, our correspondent added.',
      [['least bad', null]]
    ],
    [
      '`our correspondent` named with that role before is that person',
      'Talks collapse\n\nThe talks failed on Monday, said our political correspondent Nick Robins. "It is over for now," our correspondent added.',
      [['It is over for now,', 'Nick Robins']]
    ]
  ])
  speakerTable('fr', [
    [
      '`a ajouté notre correspondant` sans personne nommée avec ce rôle n’est personne',
      "Grève en vue\n\nLes syndicats ont rencontré le ministre lundi. Un porte-parole du ministre, Paul Mercier, a prévenu que la réforme serait appliquée en avril. En privé, les ministres jugent cette option « moins douloureuse », a ajouté notre correspondant.",
      [['moins douloureuse', null]]
    ]
  ])
})

describe('speakers, English: a capitalised word run qualifying a role opens no sentence as its subject', () => {
  speakerTable('en', [
    [
      '`Earlier Labour leader X sent Y his "…"` is X, not `Earlier Labour`',
      'Leaders react to result\n\nThe prime minister welcomed the result on Wednesday. Earlier Labour leader Neil Kinross sent the winner his "heartfelt congratulations", saying: "We hope she brings the country together."',
      [
        ['heartfelt congratulations', 'Neil Kinross'],
        ['We hope she brings the country together.', 'Neil Kinross']
      ]
    ]
  ])
})
