/**
 * Byline and authors: a byline under the headline (`By X`, `By X and Y`,
 * `By X, Reuters`, `Par X et Y`, `De notre correspondant à Dakar, X`, a lone
 * name line, Markdown `**By X**`), front matter `author`/`authors`, a credit
 * closing the headline (`Titre (Par X)`), a signature at the end
 * (`Oumar Alpha`, `Awa Ndiaye / AFP`), or a closing biography line (`Jane Roe
 * is technology correspondent for X.`).
 */
import {blockSpan, spanAt, type Block, type Context} from '../context.js'
import type {FrontMatterValue} from '../frontmatter.js'
import {isClaimed, type Extractor, type Range} from '../pipeline.js'
import type {Author, Position, Span} from '../schema/article.js'
import {lazy, withoutFullStop} from '../chars.js'

const RX1 = lazy(String.raw`\p{Lu}{2}`, 'u')
const RX2 = lazy(String.raw`(?:^|\s)\p{Lu}\.$`, 'u')
const RX3 = lazy(String.raw`^(\p{L}{1,12})\.?[ \u00a0]+(?=\p{Lu})`, 'u')
const RX4 = lazy(String.raw`^\p{Lu}\.?$`, 'u')

/** The words of every locale of the parse, merged (a French byline may stand in an English-detected text). */
interface Words {
  readonly prefixes: readonly string[]
  readonly conjunctions: readonly string[]
  readonly roleIntros: readonly string[]
  readonly roleWords: ReadonlySet<string>
  /** The biography verbs, each as a case-insensitive ` is ` (a regex built once: its match indices are those of the line as written). */
  readonly bioVerbs: readonly RegExp[]
  /** The role words a biography may name: not the prepositions among them (`in`, `en`: `X is in custody` is no biography). */
  readonly bioRoles: readonly string[]
  readonly particles: ReadonlySet<string>
  readonly notNames: ReadonlySet<string>
  readonly honorifics: ReadonlySet<string>
  readonly agencies: ReadonlyMap<string, string>
  /** Month and weekday names. */
  readonly months: ReadonlySet<string>
}

const cache = new WeakMap<readonly unknown[], WeakMap<object, Words>>()

function words(context: Context): Words {
  let byLocale = cache.get(context.locales)
  if (!byLocale) cache.set(context.locales, (byLocale = new WeakMap()))
  const hit = byLocale.get(context.locale)
  if (hit) return hit
  // The article's locale first, so its words win ties.
  const locales = [context.locale, ...context.locales.filter((l) => l !== context.locale)]
  const all = <T>(pick: (l: (typeof locales)[number]) => readonly T[]) => [...new Set(locales.flatMap(pick))]
  const byLength = (a: string, b: string) => b.length - a.length
  const result: Words = {
    prefixes: all((l) => l.byline.prefixes).sort(byLength),
    conjunctions: all((l) => l.byline.conjunctions),
    roleIntros: all((l) => l.byline.roleIntros).sort(byLength),
    roleWords: new Set(all((l) => l.byline.roleWords)),
    bioVerbs: all((l) => l.byline.bioVerbs).map((v) => new RegExp(` ${escape(v)} `, 'iu')),
    bioRoles: all((l) => l.byline.roleWords).filter((r) => !locales.some((l) => l.quotes.prepositions.includes(r))),
    particles: new Set(all((l) => l.byline.nameParticles)),
    notNames: new Set(all((l) => l.byline.notNames)),
    honorifics: new Set(all((l) => l.byline.honorifics)),
    agencies: new Map(all((l) => l.byline.agencies).map((a) => [a.toLowerCase(), a])),
    months: new Set([...all((l) => l.dates.months.flat()), ...all((l) => l.dates.weekdays.flat())])
  }
  byLocale.set(context.locale, result)
  return result
}

const NAME_TOKEN = lazy(String.raw`^[\p{Lu}][\p{L}\p{M}'’.-]{0,30}$`, 'u')
const ELIDED_TOKEN = lazy(String.raw`^\p{Ll}{1,2}['’][\p{Lu}][\p{L}\p{M}'’.-]{0,30}$`, 'u')

/**
 * Whether `text` reads as a person's name: 1–6 words, capitalised or name
 * particles (`de`, `van`), at least `min` capitalised, not an agency, not
 * only month or weekday names. With `strict` (a line that is only a name,
 * with no byline word to vouch for it), no word may be one that rules a name
 * out (`Photo`, `Source`) and a word in capitals must be an initial (`J.`),
 * so that a shouted label is not a name; with a byline word only the first
 * word is checked (`By Peter Read` is a name, `By Source` is not).
 */
function isPersonName(text: string, w: Words, min: number, strict: boolean): boolean {
  if (text.length > 60 || /\d/.test(text)) return false
  if (w.agencies.has(text.toLowerCase())) return false
  const tokens = text.split(/[ \u00a0]+/)
  if (tokens.length === 0 || tokens.length > 6) return false
  let capitalised = 0
  let calendar = 0
  for (const [k, t] of tokens.entries()) {
    if (NAME_TOKEN().test(t) || ELIDED_TOKEN().test(t)) {
      const lower = withoutFullStop(t.toLowerCase())
      if ((strict || k === 0) && w.notNames.has(lower)) return false
      if (strict && t.length > 2 && t === t.toUpperCase() && RX1().test(t)) return false
      if (w.months.has(lower)) calendar++
      capitalised++
    } else if (!w.particles.has(t)) return false
  }
  if (!NAME_TOKEN().test(tokens[0]!) && !ELIDED_TOKEN().test(tokens[0]!)) return false
  return capitalised >= min && calendar < capitalised
}

/** A name found in a byline, with its indices in the searched string. */
interface FoundName {
  readonly name: string
  readonly start: number
  readonly end: number
}

/** What a byline line credits. */
interface Credit {
  readonly names: FoundName[]
  readonly role?: string
  readonly affiliation?: string
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The conjunction regex of each locale, built once. */
const conjunctionCache = new WeakMap<readonly string[], RegExp>()

/** Splits `text` (from index `at` of the line) on the conjunctions: `X and Y`, `X et Y`, `X & Y`. */
function splitConjunctions(text: string, at: number, w: Words): {text: string; start: number}[] {
  let re = conjunctionCache.get(w.conjunctions)
  if (!re) conjunctionCache.set(w.conjunctions, (re = new RegExp(`[ \\u00a0]+(?:${w.conjunctions.map(escape).join('|')})[ \\u00a0]+`, 'giu')))
  re.lastIndex = 0
  const out: {text: string; start: number}[] = []
  let from = 0
  for (const m of text.matchAll(re)) {
    out.push({text: text.slice(from, m.index), start: at + from})
    from = m.index + m[0].length
  }
  out.push({text: text.slice(from), start: at + from})
  return out
}

/**
 * Reads the names part of a byline (`Janie Gabbett, Reuters`, `X and Y`,
 * `X, Y et Z`, `Jane Doe, Staff Writer`); `null` when a part is not a name,
 * a role or an agency. `at` is the index of `text` in its line.
 */
function readNames(text: string, at: number, w: Words, min: number, mixedCase: boolean): Credit | null {
  const names: FoundName[] = []
  let role: string | undefined
  let affiliation: string | undefined
  // `Awa Ndiaye (AFP)`: an agency in parentheses after the names.
  const paren = /^(.*?)[ \u00a0]*\(([^()]{1,40})\)$/.exec(text)
  if (paren && w.agencies.has(paren[2]!.toLowerCase())) {
    affiliation = paren[2]!
    text = paren[1]!
  }
  const parts: {text: string; start: number}[] = []
  const re = /[ \u00a0]*[,;/][ \u00a0]*/g
  let from = 0
  for (const m of text.matchAll(re)) {
    parts.push({text: text.slice(from, m.index), start: at + from})
    from = m.index + m[0].length
  }
  parts.push({text: text.slice(from), start: at + from})
  for (const [k, part] of parts.entries()) {
    // Trailing dots and emphasis left over: `Reuters.`
    const trimmed = part.text.trim()
    const clean = RX2().test(trimmed) ? trimmed : withoutFullStop(trimmed)
    const lower = clean.toLowerCase()
    if (clean === '') continue
    const agency = w.agencies.get(lower)
    if (agency && k > 0) {
      affiliation ??= clean
      continue
    }
    if (k > 0 && [...w.roleWords].some((r) => lower === r || lower.startsWith(r + ' ') || lower.endsWith(' ' + r))) {
      role ??= clean
      continue
    }
    for (const piece of splitConjunctions(clean, part.start, w)) {
      let name = piece.text.trim()
      let lead = piece.text.length - piece.text.trimStart().length
      // `Mme Hapsatou Sy`, `Dr. Jane Roe`: the honorific is not part of the name.
      const honorific = RX3().exec(name)
      if (honorific && w.honorifics.has(honorific[1]!.toLowerCase())) {
        lead += honorific[0].length
        name = name.slice(honorific[0].length)
      }
      // `Brad Schade Reuters`: an agency glued on after the name.
      const tokens = name.split(/[ \u00a0]+/)
      const last = tokens.at(-1)?.toLowerCase() ?? ''
      if (tokens.length >= 3 && w.agencies.has(last)) {
        affiliation ??= tokens.at(-1)!
        name = tokens.slice(0, -1).join(' ')
      }
      if (!isPersonName(name, w, min, mixedCase)) return null
      const start = piece.start + lead
      names.push({name, start, end: start + name.length})
    }
  }
  if (names.length === 0) return null
  return {names, ...(role ? {role} : {}), ...(affiliation ? {affiliation} : {})}
}

/** Credit of a line that opens with a byline word or a role: `By X`, `Par X et Y`, `De notre correspondant à Dakar, X`. */
function readPrefixed(line: string, w: Words): Credit | null {
  const lower = line.toLowerCase()
  for (const intro of w.roleIntros) {
    if (!lower.startsWith(intro + ' ')) continue
    const comma = line.indexOf(',', intro.length)
    if (comma < 0 || comma > intro.length + 60) continue
    const role = line.slice(intro.length + 1, comma).trim()
    const first = role.toLowerCase().split(' ')[0]!
    if (![...w.roleWords].some((r) => r.split(' ')[0] === first)) continue
    const rest = line.slice(comma + 1)
    const lead = rest.length - rest.trimStart().length
    const credit = readNames(rest.trim(), comma + 1 + lead, w, 1, false)
    if (credit) return {...credit, role}
  }
  for (const prefix of w.prefixes) {
    if (!lower.startsWith(prefix)) continue
    // (Spaces then a colon, or none: the spaces before a colon are read only with it.)
    const after = /^(?:[ \u00a0]*:)?[ \u00a0]+/.exec(line.slice(prefix.length))
    if (!after) continue
    const at = prefix.length + after[0].length
    const credit = readNames(line.slice(at), at, w, 1, false)
    if (credit) return credit
  }
  return null
}

/** Credit of a line that is only a name, maybe with an agency: `Oumar Alpha`, `Awa Ndiaye / AFP`, `Jean Dupont (AFP)`. */
function readLoneName(line: string, w: Words): Credit | null {
  if (line.length > 80 || /[:!?«»"“”,;]$|[:!?«»"“”]/.test(line)) return null
  // `By Reuters`: a byline word that did not lead to a person is not part of a name.
  const lower = line.toLowerCase()
  if (w.prefixes.some((p) => lower.startsWith(p + ' '))) return null
  const paren = /^(.*?)[ \u00a0]*\(([^()]{1,40})\)$/.exec(line)
  if (paren && w.agencies.has(paren[2]!.toLowerCase())) {
    const credit = readNames(paren[1]!, 0, w, 2, true)
    return credit && credit.names.length > 0 ? {...credit, affiliation: paren[2]!} : null
  }
  const credit = readNames(line, 0, w, 2, true)
  // `R McBryde, J Yapp, J Thomas`: a list (a team sheet), not a credit; `K Clark`: initials.
  if (!credit || credit.names.length > 2 || credit.names.some((n) => RX4().test(n.name.split(' ')[0]!))) return null
  return credit
}

/**
 * Credit of a closing biography line: `Jane Roe is technology correspondent
 * for The World`, `Bill Thompson is a regular commentator on …` — a name, a
 * biography verb, then a role word within the next few words.
 */
function readBio(line: string, w: Words): Credit | null {
  if (line.length > 250) return null
  for (const verb of w.bioVerbs) {
    const m = verb.exec(line)
    if (!m) continue
    const name = line.slice(0, m.index)
    if (!isPersonName(name, w, 2, true)) continue
    // The role within the next six words: `is a regular commentator`, `is technology correspondent`, `is bureau chief`.
    const after = ' ' + line.slice(m.index + m[0].length).toLowerCase().split(/[ \u00a0,.;:]+/).slice(0, 6).join(' ') + ' '
    if (!w.bioRoles.some((role) => after.includes(' ' + role + ' '))) continue
    return {names: [{name, start: 0, end: name.length}]}
  }
  return null
}

/** A line of a block: its text (markup removed) and its indices in `block.text`. */
interface Line {
  readonly block: Block
  readonly text: string
  readonly start: number
  readonly end: number
  /** The whole line in the input, when the line was cut where an earlier step's claim starts. */
  readonly whole?: Range
}

/** The non-empty lines of a block, trimmed, read as far as the caller goes. */
function* linesOf(block: Block): Generator<Line> {
  const re = /[^\r\n]+/g
  for (const m of block.text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length
    const text = m[0].trim()
    if (text !== '') yield {block, text, start: m.index + lead, end: m.index + lead + text.length}
  }
}

/** Span of a line as written: the whole block when the line is the block (so Markdown marks are kept). */
function lineSpan(context: Context, line: Line): {span: Span; range: Range} {
  const {block} = line
  const whole = line.start === /^\s*/.exec(block.text)![0].length && line.end === block.text.trimEnd().length
  if (whole) return {span: spanAt(context, block.start, block.end), range: {start: block.start, end: block.end}}
  const span = blockSpan(context, block, line.start, line.end)
  return {span, range: {start: span.position.start.offset, end: span.position.end.offset}}
}

function authorsOf(context: Context, line: Line, credit: Credit): Author[] {
  return credit.names.map((n) => {
    const span = blockSpan(context, line.block, line.start + n.start, line.start + n.end)
    return authorOf(n.name, credit, span.text === n.name ? span.position : undefined)
  })
}

/** An author a credit names, with the credit's role and affiliation, and its position when the name is found as written. */
function authorOf(name: string, credit: Credit, position: Position | undefined): Author {
  const author: Author = {name}
  if (credit.role) author.role = credit.role
  if (credit.affiliation) author.affiliation = credit.affiliation
  if (position) author.position = position
  return author
}

/** A line without Markdown emphasis left around it (`_Par X_` is read as `Par X`), its indices moved with its text. */
function bareLine(line: Line): Line {
  const text = bare(line.text)
  const offset = line.text.indexOf(text)
  return {block: line.block, text, start: line.start + offset, end: line.start + offset + text.length}
}

/** The text of a line without Markdown emphasis left around it (`_Par X_` is read as `Par X`). */
function bare(text: string): string {
  return text.replace(/^[*_]{1,3}|[*_]{1,3}$/g, '').trim()
}

/** Reads a byline line (prefixed or a role), for other steps that must not take one as something else. */
export function readBylineLine(text: string, context: Context): boolean {
  const w = words(context)
  return readPrefixed(bare(text), w) !== null
}

function fromFrontMatter(context: Context): {authors: Author[]; range: Range} | null {
  const data = context.frontMatter?.data
  if (!data) return null
  for (const key of ['authors', 'author', 'byline', 'creator']) {
    const entry = data.get(key)
    if (!entry) continue
    const value: FrontMatterValue = entry.value
    const names = (Array.isArray(value) ? value : value.split(/\s*(?:;|\band\b|\bet\b|&)\s*/u))
      .map((v) => v.trim())
      .filter((v) => v !== '')
    if (names.length === 0) continue
    const authors = names.map((name) => {
      const author: Author = {name}
      const at = context.source.indexOf(name, entry.start)
      if (at >= 0 && at + name.length <= entry.end) author.position = context.lines.position(at, at + name.length)
      return author
    })
    return {authors, range: {start: entry.start, end: entry.end}}
  }
  return null
}

/** Where a credit may open inside a headline: after a comma or an opening parenthesis. */
const CREDIT_OPENING = /[,(][ \u00a0]*/gu

/**
 * A credit closing the headline, the way many sites title opinion pieces:
 * `Titre (Par Awa Ndiaye)`, `Titre ( par Awa Ndiaye )`, `Titre, par Awa
 * Ndiaye`. The headline keeps the credit as written; the authors are read
 * from it with the byline words of the locales, so `, par le ministre` or
 * `(photos)` credit nobody.
 */
function fromHeadline(context: Context, position: Position | null, w: Words): {byline: Span; authors: Author[]} | null {
  if (!position) return null
  const start = position.start.offset
  const headline = context.source.slice(start, position.end.offset)
  for (const m of headline.matchAll(CREDIT_OPENING)) {
    let from = m.index + m[0].length
    let to = headline.trimEnd().length
    if (m[0].startsWith('(')) {
      // The credit is the whole parenthesis, and the parenthesis closes the headline.
      if (headline[to - 1] !== ')' || headline.indexOf(')', from) !== to - 1) continue
      to--
    }
    const rest = headline.slice(from, to).trimEnd()
    // `, par Awa Ndiaye, professeure à l'UCAD`: a part after a comma that is no name, role or agency does not undo the credit.
    let credit = readPrefixed(rest, w)
    for (let cut = rest.lastIndexOf(','); !credit && cut > 0; cut = rest.lastIndexOf(',', cut - 1)) credit = readPrefixed(rest.slice(0, cut).trimEnd(), w)
    if (!credit) continue
    const at = start + from
    // `, par Maïmouna Dia, Pastef France`: what follows a comma in a headline is not a second author (an affiliation or
    // a role, left out). The comma is looked for after the first name: in `, de notre correspondant à Dakar, X` the first
    // comma opens the names.
    const comma = rest.indexOf(',', credit.names[0]!.end)
    const names = credit.names.filter((n) => comma < 0 || n.start < comma)
    const authors = names.map((n) =>
      authorOf(n.name, credit, context.source.slice(at + n.start, at + n.end) === n.name ? context.lines.position(at + n.start, at + n.end) : undefined)
    )
    return {byline: spanAt(context, at, at + rest.length), authors}
  }
  return null
}

/**
 * Sets `byline` (the line as written) and `authors`. Claims the byline line
 * or the signature block, so that they are not body.
 */
export const bylineExtractor: Extractor = {
  name: 'byline',
  run(context, article, state) {
    const w = words(context)
    const fm = fromFrontMatter(context)
    const claimed = (r: Range) => isClaimed(state.claims, r)
    const open = context.blocks.filter((b) => !claimed(b))

    // 1. A byline under the headline: among the first lines before the body starts.
    const top: Line[] = []
    const headlineEnd = article.headlinePosition?.end.offset ?? context.contentStart
    for (const block of open.slice(0, 5)) {
      if (block.end <= headlineEnd && article.headline !== null && context.format === 'text') continue
      for (const line of linesOf(block)) {
        // Only the first four lines are read below.
        if (top.length >= 4) break
        const span = blockSpan(context, block, line.start, line.end)
        if (claimed({start: span.position.start.offset, end: span.position.end.offset})) continue
        if (span.position.end.offset <= headlineEnd && article.headline !== null) continue
        // `By Jane Roe | Updated December 31, 2017`: a part an earlier step claimed ends the byline.
        const from = span.position.start.offset
        const cut = state.claims.find((c) => c.start > from && c.start < span.position.end.offset)
        if (cut && context.format === 'text') {
          const kept = context.source.slice(from, cut.start).replace(/[\s|·•–—-]+$/u, '')
          if (kept !== '') {
            top.push({block, text: kept, start: line.start, end: line.start + kept.length, whole: {start: from, end: Math.max(cut.end, span.position.end.offset)}})
            continue
          }
        }
        top.push(line)
      }
      if (top.length >= 4 || block.text.length > 300) break
    }
    for (const [k, line] of top.slice(0, 4).entries()) {
      const bared = bareLine(line)
      const text = bared.text
      if (text.length > 200) break
      let credit = readPrefixed(text, w)
      // A lone name line only right under the headline (or the deck), in a short block of its own.
      if (!credit && k === 0 && article.headline !== null && line.block.text.trim().length <= 80) credit = readLoneName(text, w)
      if (credit) {
        const {span, range} = lineSpan(context, line)
        return {
          byline: span,
          authors: fm?.authors ?? authorsOf(context, bared, credit),
          // The whole line is metadata, with the part an earlier step claimed.
          claims: [line.whole ?? range]
        }
      }
      // The body has started: stop at the first line that is neither a byline nor short.
      if (text.length > 100) break
    }

    if (fm) return {authors: fm.authors}

    // 2. A credit at the end of the headline: `Titre (Par X)`.
    const inHeadline = fromHeadline(context, article.headlinePosition ?? null, w)
    if (inHeadline) return inHeadline

    // 3. A signature at the end: the last block, one short line.
    const last = open.at(-1)
    const before = open.at(-2)
    // After a paragraph that ends a sentence (not after a table, a list of scores, a line-up).
    const afterProse = before !== undefined && before.text.split(/\s+/).length >= 6 && /[.!?…»”"’)]\s*$/u.test(before.text)
    const [line] = last && open.length >= 2 && afterProse && !last.text.includes('\n') ? linesOf(last) : []
    if (last && line) {
      // (`_Jane Roe is …_`: emphasis around the line is no part of the name.)
      const bared = bareLine(line)
      if (context.blocks.length >= 3 && last.text.trim().length <= 80) {
        const credit = readPrefixed(bared.text, w) ?? readLoneName(bared.text, w)
        if (credit) {
          const {span, range} = lineSpan(context, line)
          return {byline: span, authors: authorsOf(context, bared, credit), claims: [range]}
        }
      }
      // 4. A closing biography of the author, a sentence of its own (kept in the body): `Jane Roe is technology correspondent for X.`
      const credit = readBio(bared.text, w)
      if (credit) return {byline: lineSpan(context, line).span, authors: authorsOf(context, bared, credit)}
    }
    return {}
  }
}
