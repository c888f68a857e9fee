import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: an initial and a surname on a team sheet are the player named in full with a given name of that initial', () => {
  entityTable('en', [
    [
      'Wales edge Scotland\n\nCaptain Gareth Thomas scored twice and Stephen Jones kicked the goals as Wales held on in Cardiff.\n\nG Thomas; H Luscombe, S Jones, M Taylor; D Peel.',
      [['person', 'Gareth Thomas', ['G Thomas']], ['person', 'Stephen Jones', ['S Jones']], ['person', 'H Luscombe']]
    ],
    // (The team sheet first, the full name after it.)
    ['Team news\n\nR Hall; T Ward, J Black.\n\nCoach Mike Ford said Rory Hall would start at full-back on Sunday.', [['person', 'Rory Hall', ['R Hall']]]],
    // (Another given name of that initial is another person; two people of one initial and surname leave the initial alone.)
    [
      'Selection\n\nS Jones; P Evans.\n\nStephen Jones was picked at fly-half, while Simon Jones stays on the bench.',
      [['person', 'Stephen Jones', ['S Jones']], ['person', 'Simon Jones', []]]
    ],
    [
      'Selection\n\nJames Hook and Jason Hook were both named, with M Phillips at scrum-half.\n\nJ Hook; M Phillips.',
      [['person', 'James Hook', []], ['person', 'Jason Hook', []]]
    ]
  ])
})
