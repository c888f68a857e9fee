import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: a known town and points of the compass are one place (a seat, a district)', () => {
  entityTable('en', [
    [
      'Election\n\nThe Liberal Democrats hope to hold Leicester South and to win North Dorset from the Conservatives.',
      [['location', 'Leicester South'], ['location', 'North Dorset']],
      ['Leicester', 'North']
    ],
    ['Marginals\n\nThe party targets South West Edinburgh and Manchester Central.', [['location', 'South West Edinburgh'], ['location', 'Manchester Central']], ['South West', 'Edinburgh']],
    // (After a word no list knows, a compass word is a surname.)
    ['Music\n\nKanye West said the album would be out in May.', [], ['Kanye West']]
  ])
  entityTable('fr', [
    ['Inondations\n\nLes pluies ont touché Pikine Est et Thiès Nord dans la nuit, selon les pompiers.', [['location', 'Pikine Est'], ['location', 'Thiès Nord']]]
  ])
})
