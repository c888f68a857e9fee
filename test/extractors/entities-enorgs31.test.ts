/**
 * English organisations and people (session 31). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A capitalised role, `of` and a portfolio or body, then the holder’s given name and surname', () => {
  entityTable('en', [
    ['Budget plans\n\nChancellor of the Exchequer Gordon Brown told MPs the economy was strong. Mr Brown spoke for an hour.', [['person', 'Gordon Brown']], ['Exchequer Gordon Brown']],
    ['Housing warning\n\nThe chairman of the Environmental Audit Committee Peter Ainsworth said the plans were weak.', [['organization', 'Environmental Audit Committee'], ['person', 'Peter Ainsworth']], ['Environmental Audit Committee Peter Ainsworth']],
    ['Trade talks\n\nPresident of the European Commission Jose Manuel Barroso met union leaders in Brussels on Friday.', [['organization', 'European Commission'], ['person', 'Jose Manuel Barroso']]],
    // (A body whose name holds `of` and no role stays whole.)
    ['Rates held\n\nThe Bank of England kept rates on hold, and the Bank of England said inflation was low.', [['organization', 'Bank of England']]]
  ])
})
