/**
 * Character classes tested one character at a time, for the hot loops of
 * context building and the small steps: a table of the BMP filled on first
 * use, so that a character costs one array read instead of a regex call.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const LETTER = /^\p{L}$/u

/** 0: not looked up yet; bit 1: letter; bit 2: letter or digit; bit 4: looked up. */
const table = new Uint8Array(65_536)

function classOf(code: number): number {
  let k = table[code]!
  if (k === 0) {
    const ch = String.fromCharCode(code)
    k = 4 | (LETTER.test(ch) ? 1 : 0) | (LETTER_OR_DIGIT.test(ch) ? 2 : 0)
    table[code] = k
  }
  return k
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
  if (c >= 0xd800 && c <= 0xdbff) return astral(text, i, LETTER_OR_DIGIT)
  return classOf(c) & 2 ? 1 : 0
}

/** Width in UTF-16 code units of the letter (`\p{L}`) at `i` of `text`; 0 when there is none. */
export function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0
  if (c !== c) return 0
  if (c >= 0xd800 && c <= 0xdbff) return astral(text, i, LETTER)
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
