/**
 * Character classes tested one character at a time, for the hot loops of
 * context building and the small steps: a table of the BMP filled on first
 * use, so that a character costs one array read instead of a regex call.
 */

/**
 * A regex built on first use, then kept: the one way the library defers a
 * regex. V8 validates every regex literal when it compiles a file (even one
 * in a function never called), and a Unicode property escape (`\p{L}`) costs
 * a fraction of a millisecond there: a regex built from a string at its first
 * use costs nothing at import, and one that never runs on a text is never
 * compiled. `compile` builds it (`caselessRegExp` for a long `iu` pattern);
 * `new RegExp` by default.
 */
export function lazy(source: string, flags: string, compile: (source: string, flags: string) => RegExp = newRegExp): () => RegExp {
  let re: RegExp | undefined
  return () => (re ??= compile(source, flags))
}

function newRegExp(source: string, flags: string): RegExp {
  return new RegExp(source, flags)
}

const LETTER_OR_DIGIT = lazy('^[\\p{L}\\p{N}]$', 'u')
const LETTER = lazy('^\\p{L}$', 'u')
const UPPER = lazy('^\\p{Lu}$', 'u')
const LOWER = lazy('^\\p{Ll}$', 'u')
const MARK = lazy('^\\p{M}$', 'u')

/**
 * 0: not looked up yet; bit 1: letter; bit 2: letter or digit; bit 4: looked
 * up; bit 8: upper-case letter (`Lu`); bit 16: lower-case letter (`Ll`); bit
 * 32: mark (`M`); bit 64: `toLowerCase` changes it; bit 128: `toUpperCase`
 * changes it.
 */
const table = new Uint8Array(65_536)

function classOf(code: number): number {
  let k = table[code]!
  if (k === 0) {
    const ch = String.fromCharCode(code)
    k = 4 | (LETTER().test(ch) ? 1 : 0) | (LETTER_OR_DIGIT().test(ch) ? 2 : 0) | (UPPER().test(ch) ? 8 : 0) | (LOWER().test(ch) ? 16 : 0) | (MARK().test(ch) ? 32 : 0)
    k |= (ch !== ch.toLowerCase() ? 64 : 0) | (ch !== ch.toUpperCase() ? 128 : 0)
    table[code] = k
  }
  return k
}

/**
 * How the single UTF-16 code unit `code` is cased: `1` when lower-casing
 * changes it (`É`, `Ⓐ`), `2` when upper-casing does (and lower-casing does
 * not: `é`), `0` otherwise (digits, punctuation, uncased letters, a lone
 * surrogate): `ch !== ch.toLowerCase()`, then `ch !== ch.toUpperCase()`,
 * read from the table.
 */
export function caseOf(code: number): 0 | 1 | 2 {
  if (code < 128) return code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 0
  if (code !== code) return 0
  const k = classOf(code)
  return k & 64 ? 1 : k & 128 ? 2 : 0
}

/**
 * Width in UTF-16 code units of the letter or digit (`\p{L}`, `\p{N}`) at
 * `i` of `text`: 1, 2 for an astral one (surrogate pair), 0 when the
 * character there is not one (or `i` is out of range).
 */
export function letterOrDigitWidth(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0
  if (c !== c) return 0
  if (c >= 0xd800 && c <= 0xdbff) return astral(text, i, LETTER_OR_DIGIT())
  return classOf(c) & 2 ? 1 : 0
}

/**
 * Counts words: runs of letters and digits, with inner hyphens, apostrophes
 * and dots (the matches of `/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\/gu`,
 * counted in one pass without building them).
 */
export function countWords(text: string): number {
  let n = 0
  let i = 0
  const length = text.length
  // 0: between words, 1: in a word, 2: on a joiner right after a word.
  let state = 0
  while (i < length) {
    const c = text.charCodeAt(i)
    const w = c < 128 ? ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0) : letterOrDigitWidth(text, i)
    if (w > 0) {
      if (state === 0) n++
      state = 1
      i += w
      continue
    }
    state = state === 1 && (c === 45 || c === 39 || c === 0x2019 || c === 46) ? 2 : 0
    i++
  }
  return n
}

/** Width in UTF-16 code units of the letter (`\p{L}`) at `i` of `text`; 0 when there is none. */
export function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0
  if (c !== c) return 0
  if (c >= 0xd800 && c <= 0xdbff) return astral(text, i, LETTER())
  return classOf(c) & 1 ? 1 : 0
}

function astral(text: string, i: number, re: RegExp): number {
  const d = text.charCodeAt(i + 1)
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0
  return re.test(text.slice(i, i + 2)) ? 2 : 0
}

/**
 * Whether the single UTF-16 code unit `code` is a letter, a digit or `_`
 * (`/[\p{L}\p{N}_]/u` tested on that one unit: a surrogate alone is none).
 */
export function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  if (code !== code || (code >= 0xd800 && code <= 0xdfff)) return false
  return (classOf(code) & 2) !== 0
}

const BITS = {letter: 1, alnum: 2, upper: 8, lower: 16, mark: 32} as const
const ASTRAL = {letter: LETTER, alnum: LETTER_OR_DIGIT, upper: UPPER, lower: LOWER, mark: MARK} as const

/**
 * Whether the character (code point) at `i` of `text` is of `kind` (`\p{L}`,
 * `\p{Lu}`, `\p{Ll}`, `\p{M}`): what `/^\p{Lu}/u.test(text.slice(i))` says,
 * without a regex for a BMP character. False out of range or on a lone
 * surrogate.
 */
export function charIs(kind: keyof typeof BITS, text: string, i = 0): boolean {
  const c = text.charCodeAt(i)
  if (c !== c) return false
  if (c < 128) {
    if (kind === 'upper') return c >= 65 && c <= 90
    if (kind === 'lower') return c >= 97 && c <= 122
    if (kind === 'letter') return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    if (kind === 'alnum') return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    return false
  }
  if (c >= 0xd800 && c <= 0xdbff) return astral(text, i, ASTRAL[kind]()) === 2
  return (classOf(c) & BITS[kind]) !== 0
}

/** Whether the single UTF-16 code unit `code` is of `kind` (`/\p{Lu}/u` on that one unit: a surrogate alone is none). */
export function unitIs(kind: keyof typeof BITS, code: number): boolean {
  if (code !== code) return false
  return (classOf(code) & BITS[kind]) !== 0
}

/** Whether every character of `text` (at least one) is of `kind`: `/^\p{Lu}+$/u`. */
export function allAre(kind: keyof typeof BITS, text: string): boolean {
  if (text === '') return false
  for (let i = 0; i < text.length; ) {
    if (!charIs(kind, text, i)) return false
    i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1
  }
  return true
}

/** Whether `text` is exactly one character (code point) of `kind`: `/^\p{Lu}$/u`. */
export function isOne(kind: keyof typeof BITS, text: string): boolean {
  const n = text.length
  if (n === 0 || n > 2) return false
  if (n === 2 && !(text.charCodeAt(0) >= 0xd800 && text.charCodeAt(0) <= 0xdbff)) return false
  return charIs(kind, text, 0)
}

/**
 * Whether a possessive mark starts at index `i` of `text` and ends its word: `'` or `’`, maybe then `s`, and no letter after
 * it (`/^['’]s?(?!\p{L})/u` at `i`: `Trump’s comment`, `Workers' union`; not `l’économie`).
 */
export function possessiveAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c !== 39 && c !== 0x2019) return false
  if (text.charCodeAt(i + 1) === 115 && !charIs('letter', text, i + 2)) return true
  return !charIs('letter', text, i + 1)
}

/** Whether `text` holds a possessive `'s` (`’s`, `'S`) right before index `end` (`Moore's`). */
export function possessiveBefore(text: string, end: number): boolean {
  const s = text.charCodeAt(end - 1)
  const q = text.charCodeAt(end - 2)
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019)
}

/** Whether a UTF-16 unit is matched by `\s` in a regular expression. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * Whether `text` is white space only (`\s`, which takes in the no-break
 * spaces U+00A0 and U+202F and the line breaks); with `nonEmpty`, at least
 * one character of it.
 */
export function isBlank(text: string, nonEmpty = false): boolean {
  return nonEmpty ? BLANK_ONE.test(text) : BLANK.test(text)
}
const BLANK = /^\s*$/
const BLANK_ONE = /^\s+$/

/**
 * Whether `text` is spaces only, on one line: U+0020, U+00A0, U+202F; with
 * `nonEmpty`, at least one of them.
 */
export function isSpaces(text: string, nonEmpty = false): boolean {
  return nonEmpty ? SPACES_ONE.test(text) : SPACES.test(text)
}
const SPACES = /^[ \u00a0\u202f]*$/
const SPACES_ONE = /^[ \u00a0\u202f]+$/

/**
 * `text` without one final full stop (`Dr.` → `Dr`, `Chancellor.` → `Chancellor`): what `text.replace(/\.$/, '')` gives,
 * without a regex (it runs for words).
 */
export function withoutFullStop(text: string): string {
  return text.charCodeAt(text.length - 1) === 46 ? text.slice(0, -1) : text
}

/**
 * Regex source that matches `word` (plain text, not a pattern) in any case
 * without the `i` flag: each letter becomes a class of its case forms
 * (`[sSſ]`, `[kKK]`, `[éÉ]`), and `\p{L}` or `\p{N}` elsewhere in the pattern
 * then costs no case closure (a `/…\p{L}…/iu` regex costs ~10 ms to compile).
 * The same as the `i` and `u` flags for Latin letters and for the case pairs
 * `toLowerCase`/`toUpperCase` know.
 */
export function caseless(word: string): string {
  let out = ''
  for (const ch of word) {
    const forms = caseForms(ch)
    out += forms.length > 1 ? `[${forms.map(escapeChar).join('')}]` : escapeChar(ch)
  }
  return out
}

const FOLDS: Record<string, string> = {s: 'sSſ', ſ: 'sSſ', k: 'kK\u212a', å: 'åÅ\u212b', µ: 'µμΜ', μ: 'µμΜ', ß: 'ßẞ', ẞ: 'ßẞ', θ: 'θΘϑϴ', ι: 'ιΙ\u0345\u1fbe', σ: 'σςΣ', ς: 'σςΣ'}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch
}

/**
 * `new RegExp(source, flags)`, but for `i` with `u` the case-insensitivity is
 * spelled out in the pattern (`juin` → `[jJ][uU][iI][nN]`, `\p{L}` →
 * `[\p{L}\u0345]`, what it matches with `i`) and the `i` flag dropped: with
 * `i`, V8 closes each `\p{…}` set under case folding when it compiles the
 * regex, ~10 ms for `\p{L}`. Falls back to the flags as given when the
 * pattern has what cannot be spelled out so (a letter range in a class,
 * `\w`, `\b`, a `\p{…}` other than `L` or `N`). A back-reference then
 * compares exactly: use one only on a group without letters.
 */
export function caselessRegExp(source: string, flags: string): RegExp {
  if (flags.includes('i') && flags.includes('u')) {
    const spelled = uncase(source)
    if (spelled !== null) return new RegExp(spelled, flags.replace('i', ''))
  }
  return new RegExp(source, flags)
}

function uncase(source: string): string | null {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (ch === '\\') {
      const e = source[i + 1]
      let j = i + 2
      if (e === 'p' || e === 'P') {
        j = source.indexOf('}', i) + 1
        const name = source.slice(i + 3, j - 1)
        if (e === 'P' || (name !== 'L' && name !== 'N')) return null
        out += name === 'L' ? (inClass ? '\\p{L}\\u0345' : '[\\p{L}\\u0345]') : '\\p{N}'
        i = j - 1
        continue
      }
      if (e === 'w' || e === 'W' || e === 'b' || e === 'B' || e === 'k' || e === 'c') return null
      if (e === 'u') j = source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 6
      else if (e === 'x') j = i + 4
      out += source.slice(i, j)
      i = j - 1
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      const forms = ch === ']' ? [] : caseForms(ch)
      if (forms.length > 1 && (source[i + 1] === '-' || source[i - 1] === '-')) return null
      out += forms.length > 1 ? forms.map(escapeChar).join('') : ch
      continue
    }
    if (ch === '[') {
      inClass = true
      out += ch
      if (source[i + 1] === '^') out += source[++i]
      continue
    }
    if (ch === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const j = source.indexOf('>', i) + 1
      out += source.slice(i, j)
      i = j - 1
      continue
    }
    const forms = caseForms(ch)
    out += forms.length > 1 ? `[${forms.map(escapeChar).join('')}]` : ch
  }
  return out
}

/**
 * `text` lower-cased, with `ſ` read as `s`. When each letter of `word` has
 * `foldsPlainly`, a text that `caseless(word)` matches in holds
 * `caseFold(word)` in its `caseFold`: a test that needs no regex.
 */
export function caseFold(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower
}

/**
 * Whether every character that `caseless` lets stand for `ch` has the
 * `caseFold` of `ch` (`s`: `S`, `ſ`; not `σ`, whose `ς` stays `ς`).
 */
export function foldsPlainly(ch: string): boolean {
  const folded = caseFold(ch)
  return caseForms(ch).every((f) => caseFold(f) === folded)
}

const formCache = new Map<string, string[]>()

/**
 * Whether the two characters of a pair are the same for `/…/iu`: a
 * back-reference compares as the `i` and `u` flags do. One regex for every
 * letter (one `/^ch$/iu` per letter cost a regex compiled per letter).
 */
const SAME_CASE = lazy('^([^])\\1$', 'iu')

/** The characters `/ch/iu` matches (checked one by one, so never too many). */
function caseForms(ch: string): string[] {
  let forms = formCache.get(ch)
  if (forms) return forms
  if (ch.toLowerCase() === ch.toUpperCase() && !FOLDS[ch]) return [ch]
  const pool = new Set([ch, ch.toLowerCase(), ch.toUpperCase(), ...(FOLDS[ch.toLowerCase()] ?? '')])
  forms = [...pool].filter((f) => [...f].length === 1 && SAME_CASE().test(ch + f))
  formCache.set(ch, forms)
  return forms
}

/**
 * `text` copied as a flat string: the same characters.
 *
 * V8 keeps a slice of a longer string (a block of the input) as a sliced
 * string and a concatenation as a cons string, each kind with its own hidden
 * class. A tokenizer reading blocks of every kind sees more classes at its
 * `text.charCodeAt` and `text.length` than its inline caches keep apart, and
 * its optimised code then looks the method up generically at every character
 * (`LoadIC_Megamorphic`). Copied flat, the texts it reads have one class (two
 * with characters above U+00FF). One copy per block: linear, cheap beside the
 * tokenizing. (Short strings are copies already.)
 *
 * @param text Any string.
 * @returns A string equal to `text`.
 */
export function flat(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string)
}
