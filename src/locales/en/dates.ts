import type {DateLexicon} from '../lexicon-dates.js'

/** English date words. */
export const dates: DateLexicon = {
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec']
  ],
  weekdays: [['sunday'], ['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday']],
  namesCapitalised: true,
  numericOrder: 'mdy',
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  timeConnectors: ['at', 'around'],
  am: ['am', 'a.m.'],
  pm: ['pm', 'p.m.'],
  previousWeekday: ['last {weekday}', 'this past {weekday}'],
  nextWeekday: ['next {weekday}', 'this coming {weekday}'],
  futureCues: [
    'will',
    "won't",
    'shall',
    'next',
    'upcoming',
    'scheduled',
    'expected',
    'due',
    'until',
    'plans to',
    'planned',
    'plan to',
    'set to',
    'is to',
    'are to',
    'going to',
    'deadline',
    'starting'
  ],
  publishedCues: ['published on', 'published', 'first published', 'posted on', 'posted'],
  modifiedCues: ['updated on', 'updated', 'last updated', 'last modified', 'modified on']
}
