/**
 * English partial quotes (session 34, enpart): a speech verb whose subject a subordinator opens after a title
 * (`when Mr Clarke had indicated`) heads a clause of its own, not the attribution of the words before it; the agent of
 * a passive verb of describing may follow a title (`by Mr Howard`); a speech verb followed by a passive auxiliary
 * (`has denied being "…" by X`, `denied having been`) has no agent: the agent is that embedded passive's. Texts are
 * written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

const lead = 'Powers row\n\nThe row over the new powers went on at Westminster on Tuesday.\n\n'

describe('a speech verb after a subordinator and a title heads its own clause, not the words before it', () => {
  speakerTable('en', [
    ['`He questioned why … "…" when Mr X had indicated`', lead + 'David Davis spoke on the radio. He questioned why there was "such a rush" when Mr Clarke had indicated he would wait.', [['such a rush', 'David Davis']]],
    ['`because Dr X had said`', lead + 'David Davis spoke on the radio. He said there was "no need" because Dr Reid had said he would wait.', [['no need', 'David Davis']]],
    ['`after Home Secretary X said`', lead + 'Sarah Teather spoke on the radio. She said it was "a rushed job" after Home Secretary Charles Clarke said he would wait.', [['a rushed job', 'Sarah Teather']]],
    ['`when Sir X announced`', lead + 'Mr Howard accused ministers of "panicking" when Sir John Stevens announced the figures.', [['panicking', 'Howard']]],
    ['`when Mr X said` with the name after a comma-less clause', lead + 'The Tories called the bill "a mess" when Mr Blunkett said it would pass.', [['a mess', 'Tories']]],
    // No subordinator: the speech verb after the quote attributes it.
    ['`"…", Mr X said`', lead + 'The bill was "a mess", Mr Blunkett said.', [['a mess', 'Blunkett']]],
    // A name right after the subordinator, no title: as before.
    ['`when X had indicated` (no title)', lead + 'David Davis spoke on the radio. He questioned why there was "such a rush" when Charles Clarke had indicated he would wait.', [['such a rush', 'David Davis']]]
  ])
})

describe('the agent of a passive verb of describing may follow a title or a role (`by Mr X`, `by Tory leader X`)', () => {
  speakerTable('en', [
    ['`was described as "…" by Mr X`', lead + 'The plan was described as "a recipe for chaos" by Mr Howard.', [['a recipe for chaos', 'Howard']]],
    ['`Mr X was described as "…" by Mr Y`', lead + 'Mr Smith was described as "a dangerous man" by Mr Howard.', [['a dangerous man', 'Howard']]],
    ['`by Tory leader X`', lead + 'The plan was described as "a recipe for chaos" by Tory leader Michael Howard.', [['a recipe for chaos', 'Michael Howard']]],
    ['`has been branded "…" by Dr X`', lead + 'The scheme has been branded "unworkable" by Dr Liam Fox.', [['unworkable', 'Liam Fox']]],
    ['`by the Conservatives`', lead + 'The plan has been described as "a recipe for chaos" by the Conservatives.', [['a recipe for chaos', 'Conservatives']]],
    ['`by X` (no title)', lead + 'The plan was branded "a recipe for chaos" by Michael Howard.', [['a recipe for chaos', 'Michael Howard']]]
  ])
})

describe('a speech verb followed by `being` or `having been` has no agent: `by X` belongs to the passive quoted', () => {
  speakerTable('en', [
    ['`Lord X has denied being "…" by Y`', lead + 'Lord Goldsmith has denied being "leant on" by Downing Street.', [['leant on', 'Goldsmith']]],
    ['`X has again denied being "…" by Y`', lead + 'Peter Goldsmith has again denied being "leant on" by Downing Street over the advice.', [['leant on', 'Peter Goldsmith']]],
    ['`She had denied being "…" by Mr Y`', lead + 'Clare Short spoke in the Commons. She had denied being "misled" by Mr Blair.', [['misled', 'Clare Short']]],
    ['`The Tories have denied being "…" by Y`', lead + 'The Tories have denied being "bullied" by Labour whips.', [['bullied', 'Tories']]],
    ['`X denied having been "…" by Y`', lead + 'Lord Goldsmith denied having been "leant on" by Downing Street.', [['leant on', 'Goldsmith']]],
    // A passive auxiliary: the agent speaks.
    ['`was branded "…" by Y`', lead + 'Mr Hain was branded "an attack dog" by Michael Howard.', [['an attack dog', 'Michael Howard']]],
    // No passive right after the cue: the agent of the participle quoted speaks, as before.
    ['`X later accused Y of "…" and was "…" by Z`', lead + 'Wenger later accused Van Nistelrooy of "cheating" and was fined and "severely reprimanded" by the Football Association.', [['cheating', 'Wenger'], ['severely reprimanded', 'Football Association']]]
  ])
})

/** Speakers of the matrix: how the text names them, the name expected, a sentence introducing them (for pronouns and descriptions). */
const speakers: [string, string, string][] = [
  ['Mr Blair', 'Blair', ''],
  ['Tory leader Michael Howard', 'Michael Howard', ''],
  ['Dr Liam Fox', 'Liam Fox', ''],
  ['the Tories', 'Tories', ''],
  ['Labour', 'Labour', ''],
  ['he', 'Charles Kennedy', 'Charles Kennedy spoke in Harrogate on Saturday. '],
  ['the company', 'Tesco', 'Tesco reported higher sales on Monday. ']
]

const opening = (s: string) => s[0]!.toUpperCase() + s.slice(1)

/** Constructions of the matrix: the sentence for a speaker, and the words quoted. */
const constructions: [string, (s: string) => string, string][] = [
  ['`X told the BBC the plan was "…"`', (s) => `${opening(s)} told the BBC the plan was "a recipe for chaos".`, 'a recipe for chaos'],
  ['`X accused ministers of "…"`', (s) => `${opening(s)} accused ministers of "playing politics with security".`, 'playing politics with security'],
  ['`X described the plan as "…"`', (s) => `${opening(s)} described the plan as "a recipe for chaos".`, 'a recipe for chaos'],
  ['`X called it a "…"`', (s) => `${opening(s)} called it a "neurosis".`, 'neurosis'],
  ['`X dismissed the plan as "…"`', (s) => `${opening(s)} dismissed the plan as "a recipe for chaos".`, 'a recipe for chaos'],
  ['`The plan was "…", X said.`', (s) => `The plan was "a recipe for chaos", ${s} said.`, 'a recipe for chaos'],
  ['`"…" was how X described the plan.`', (s) => `"A recipe for chaos" was how ${s} described the plan.`, 'A recipe for chaos'],
  ['`X said there was "…" when Mr Y had indicated …`', (s) => `${opening(s)} said there was "no need" when Mr Clarke had indicated he would wait.`, 'no need']
]

describe('variation matrix: speakers (titles, roles, parties, pronouns, descriptions) × partial-quote constructions', () => {
  speakerTable(
    'en',
    speakers.flatMap(([surface, name, intro]) =>
      constructions.map(([title, make, words]): [string, string, [string, string][]] => [`${title} with ${surface}`, lead + intro + make(surface), [[words, name]]])
    )
  )
})
