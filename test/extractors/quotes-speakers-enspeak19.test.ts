/**
 * Who said it (session 19, English speakers on fresh text). Short texts
 * written for these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: words ending with their own question or exclamation mark take the short clause after them', () => {
  speakerTable('en', [
    [
      '`"…?" X\'s lawyer Y said.`: the lawyer named in the clause, not the client named before',
      'Film release row\n\nDirector Ravi Menon said the release should not be delayed again. "How can you ban the film when the book is on sale?" Mr Menon\'s lawyer Priya Desai said.',
      [['How can you ban the film when the book is on sale?', 'Priya Desai']]
    ],
    [
      '`"…!" wrote X on Twitter.`, `"…?" said sophomore X.`: the name after the verb',
      'Robot arm project\n\nStudents at Lakeside College built a robotic arm for a local boy, Sam Ortiz. "We built it in six weeks!" wrote Dana Fisher on Twitter. "How do we make the hand move?" said sophomore Leo Brandt.',
      [
        ['We built it in six weeks!', 'Dana Fisher'],
        ['How do we make the hand move?', 'Leo Brandt']
      ]
    ],
    [
      'a sentence after the mark that says more (`X has acknowledged that …`) is no attribution: the words go on from the speaker before',
      'Op-ed row\n\nAuthor Oleg Marko told reporters he was never asked to drop his article. "Who could stop me?" he said. "What right does anyone have to stop me?" Mr Marko\'s publisher Anna Weiss has acknowledged that she edited parts of the article before it ran.',
      [
        ['Who could stop me?', 'Oleg Marko'],
        ['What right does anyone have to stop me?', 'Oleg Marko']
      ]
    ]
  ])
})

describe('speakers, French: a question or an exclamation closing the quote takes the inverted clause after the mark', () => {
  speakerTable('fr', [
    [
      '`« … ? » a demandé X`: the name after the verb, not the person named last',
      'Le maire défend son projet\n\nLe maire de Thiès, Babacar Diop, a présenté lundi son projet de marché. Le préfet Jean Dupont l\'a aussitôt critiqué.\n\n« Pourquoi attendre encore deux ans ? » a demandé Babacar Diop devant la presse.',
      [['Pourquoi attendre encore deux ans ?', 'Babacar Diop']]
    ]
  ])
})

describe('speakers, English: `the report said`, `the statement said` speak for the one the article gave that report or statement', () => {
  speakerTable('en', [
    [
      '`a World Bank report` … `"…", the report said`: the bank, not the organisation named last',
      'Phone gap narrowing\n\nThe gap in phone access between rich and poor nations is closing fast, according to a World Bank report. The United Nations has campaigned for wider access for years.\n\nPoorer nations "are catching up with the rich world", the report said.',
      [['are catching up with the rich world', 'World Bank']]
    ],
    [
      '`Mr X\'s statement said:` is X\'s, not the organisation named before',
      'Campaign chief hits back\n\nThe Times reported on Monday that campaign chief Lynton Moss would step down. Mr Moss\'s statement said: "I am staying until the election is over."',
      [['I am staying until the election is over.', 'Lynton Moss']]
    ]
  ])
})

describe('speakers, English: a description by a describing role (`the Salford MP`, `the England captain`) may be the person named before with another role', () => {
  speakerTable('en', [
    [
      '`the Salford MP told`: the minister named before',
      'Police powers row\n\nHome Office minister Helen Barr said searches would rise this year. She spoke to a Commons inquiry on Tuesday.\n\n"The threat is most likely to come from a small group," the Salford MP told the committee.',
      [['The threat is most likely to come from a small group,', 'Helen Barr']]
    ],
    [
      '`the England captain said`: the midfielder the article is about',
      'Keane rules out coaching\n\nLeeds midfielder Daniel Keane has no plans to become a coach when his playing days are over.\n\n"I am not interested in coaching," the England captain said on Spanish television.',
      [['I am not interested in coaching,', 'Daniel Keane']]
    ],
    [
      'a person named only as a captain is still not `the Warriors chief` (here no one: the chairman is no chief)',
      'Warriors lose star\n\nWarriors chairman Martin Lowe spoke about the move of Great Britain captain Andy Field to union. Lowe said he understood the interest in Field. "It would be a great loss for us," said the Warriors chief.',
      [['It would be a great loss for us,', null]]
    ]
  ])
})
