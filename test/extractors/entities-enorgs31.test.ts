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

describe('A given name and a surname end a name: after an organisation noun and one word, or before `of`', () => {
  entityTable('en', [
    ['Strike vote\n\nThe head of the nurses union Carewell Janet Hobbs said members would vote. Carewell has 90,000 members.', [['organization', 'Carewell'], ['person', 'Janet Hobbs']], ['Carewell Janet Hobbs']],
    ['Patent row\n\nThe rules are unclear, said Dr Peter Hollis of the European Patent Office. Dr Hollis gave no details.', [['person', 'Peter Hollis'], ['organization', 'European Patent Office']]],
    // (A peer's title and a surname with its particle go on.)
    ['Lords debate\n\nLord Irvine of Lairg opened the debate, and Valery Giscard d\'Estaing spoke later.', [['person', 'Valery Giscard d\'Estaing']], ['Valery Giscard']]
  ])
})

describe('A word guessed a body by the last resort is none with a noun of works or things near it', () => {
  entityTable('en', [
    ['Box office\n\nHer first romantic comedy, Rushlight, has topped the chart. Rushlight took $20m over the weekend.', [], ['Rushlight']],
    ['Drug setback\n\nShares fell after its cancer drug, Cardexa, failed in a trial. Cardexa had been seen as a best-seller.', [], ['Cardexa']],
    // (Not far from such a noun: a firm named twice stays a body.)
    ['Phone deal\n\nThe regulator said Tellvox had agreed to cut its prices. Tellvox will also pay a fine of $2m.', [['organization', 'Tellvox']]],
    ['Awards\n\nThe film won three Bafta awards on Sunday, the academy said.', [['organization', 'Bafta']]]
  ])
})

describe('British papers named without a cue, and a firm whose name holds `&` after a word in capitals', () => {
  entityTable('en', [
    ['Row over column\n\nThe MP told the Evening Standard he would not resign. He later wrote in The Spectator that he was sorry.', [['organization', 'Evening Standard'], ['organization', 'The Spectator']]],
    ['Paper sale\n\nThe owner of The Scotsman has also bid for The Independent, people close to the deal said.', [['organization', 'The Scotsman'], ['organization', 'The Independent']]],
    ['Telecoms deal\n\nRegulators cleared the merger of AT&T and a smaller rival on Monday. AT&T shares rose 2%.', [['organization', 'AT&T']]]
  ])
})

describe('One word opening a sentence, never capitalised inside one, is no body by a weak cue', () => {
  entityTable('en', [
    ['Retail results\n\nThe chain said trading had been tough. Overall sales fell by 3% in the six weeks to January.', [], ['Overall']],
    // (A name the article also capitalises inside a sentence stays.)
    ['Bank results\n\nKorvane profits rose 10%. Analysts said Korvane had cut costs.', [['organization', 'Korvane']]]
  ])
})

describe('`legend` is a person’s role', () => {
  entityTable('en', [
    ['Charity match\n\nThe guests included snooker legend Thorburn, who flew in from Canada.', [['person', 'Thorburn']]]
  ])
})

describe('A list after the plural of a person’s role, one person named in full in it, titles before names of the list', () => {
  entityTable('en', [
    ['Tsunami concert\n\nThey will share the stage with singers Kylie, Sir Tom Jones, Dido and Moby on Saturday night.', [['person', 'Kylie'], ['person', 'Tom Jones'], ['person', 'Dido'], ['person', 'Moby']]]
  ])
})
