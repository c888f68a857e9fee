/**
 * Words glued together by the scraper that copied a web page: the space at
 * an inline markup boundary is lost (`selonEnquête`, `parL’Observateur`,
 * `stratégiquesJérôme Salomon`). One reading of where such a word parts,
 * shared by the entity step's words and the quote step's words, so that a
 * name and the cue before it are read as two words by both. The text is
 * never rewritten: a cut is an index into the word.
 */
import {unitIs} from './chars.js'

/**
 * Length of the lower-case word that opens `word` when the scraper glued it
 * to a capitalised word, or 0: `selonEnquête` → 5, `deNogaye` → 2,
 * `parL’Observateur` → 3 (before an elided article and a capital),
 * `ministreOusmane` → 8. The lead is a function word of the language
 * (`isFunctionWord`: `de`, `à`, `par`) or four letters or more; no word,
 * brand or name has that shape, while `iPhone`, `eBay`, `diCaprio` have a
 * short lead that is no function word, and `McCarthy`, `LeBron` open with a
 * capital; a shorter lead too before a given name (`isGivenName`: `ditTahirou`).
 * Reads the word once, no regex.
 */
export function gluedLead(word: string, isFunctionWord: (lead: string) => boolean, isGivenName?: (name: string) => boolean): number {
  const n = word.length
  let p = 0
  while (p < n && unitIs('lower', word.charCodeAt(p))) p++
  if (p === 0 || p + 1 >= n) return 0
  const c = word.charCodeAt(p)
  // A capital and a lower-case letter (`Enquête`; not `aUS`), or an elided article and a capital: `parL’Observateur`, `avecl’Afrique`.
  if (!(unitIs('upper', c) && unitIs('lower', word.charCodeAt(p + 1)))) {
    if (elisionAt(word, p)) {
      if (p + 2 >= n || !unitIs('upper', word.charCodeAt(p + 2))) return 0
    } else if (isApostrophe(c) && p >= 2 && elisionAt(word, p - 1) && unitIs('upper', word.charCodeAt(p + 1))) p--
    else return 0
  }
  if (p >= 4 || isFunctionWord(word.slice(0, p))) return p
  // A short lead before a given name the language knows (`ditTahirou`, `carBaltasar`; not `diCaprio`, `eBay`): the name's
  // capital and lower-case letters to the end of the word or the next capital.
  if (!isGivenName || p < 2 || !unitIs('upper', c)) return 0
  let q = p + 1
  while (q < n && unitIs('lower', word.charCodeAt(q))) q++
  return q - p >= 4 && (q === n || unitIs('upper', word.charCodeAt(q))) && isGivenName(word.slice(p, q)) ? p : 0
}

/** Whether `word` holds an elided article at `i`: `l`, `d`, `L` or `D` and an apostrophe. */
function elisionAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i)
  return (c === 76 || c === 108 || c === 68 || c === 100) && isApostrophe(word.charCodeAt(i + 1))
}

/** Whether a character code is an apostrophe, straight or curly. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019
}

/** `gluedCapital` evidence: a word that opens a sentence or a clause and is no name's (function word, weekday, month, `Monsieur`). */
export const OPENER = 1
/** `gluedCapital` evidence: a title or a role (`Docteur`, `Secrétaire`), which follows a name. */
export const PERSON_WORD = 2
/** `gluedCapital` evidence: a given name (`Amadou`). */
export const GIVEN_NAME = 4
/** `gluedCapital` evidence: a word of a name the language knows (a place, a surname, a given name). */
export const KNOWN_NAME = 8
/** `gluedCapital` evidence: a common word written with a capital at a sentence start (function word, title, not-name word, weekday or month; not a role). */
export const COMMON = 16
/** `gluedCapital` evidence: a place (`Zambie`). */
export const PLACE = 32
/** `gluedCapital` evidence: a weekday or a month. */
export const DATE_WORD = 64
/** `gluedCapital` evidence: a word the article writes in lower case elsewhere (`victime`, `email`). */
export const LOWER_IN_ARTICLE = 128

/**
 * Where the capitalised word that opens `word` ends when the scraper glued a
 * second capitalised word to it (`BotswanaLundi` → 8, `CommerceMonsieur` → 8,
 * `TOURÉVictime` → 5, `GouvernementAmadou` → 12), or 0. The head is a
 * capitalised word of four letters or more or an upper-case word of two, or of
 * four or more; a head of three letters, either way, only before a weekday or a
 * month (`SudSamedi`) or when it is a common word (`MmeKhady`), so `TVUne` is
 * cut and `BFMUne` is not; the tail, the last capital and the lower-case
 * letters after it to the end of the word (not `EnablingTheFuture`). `kind`
 * tells what the language knows of a part (the bits above); a cut needs
 * evidence: the tail is
 * a word no name holds (`OPENER`), a title or role after an upper-case word or a
 * known name (`KHOUMADocteur`, `NdiayeSecrétaire`), or a given name after a
 * common word or a place (`ZambieAdji`), or a word the article writes in lower
 * case elsewhere after an upper-case word or a known name (`TOURÉVictime`). Brands and names written in camel case
 * have none (`MetLife`, `PlayStation`, `SeneNews`, `JPMorgan`, `NatWest`,
 * `McQueen`, `DaimlerChrysler`, `MamadouLamine`). Reads the word once, no regex.
 */
export function gluedCapital(word: string, kind: (part: string) => number): number {
  const n = word.length
  if (n < 5 || !unitIs('upper', word.charCodeAt(0))) return 0
  let p = n
  while (p > 1 && unitIs('lower', word.charCodeAt(p - 1))) p--
  p--
  if (p < 2 || n - p < 2 || !unitIs('upper', word.charCodeAt(p))) return 0
  const upperHead = unitIs('upper', word.charCodeAt(p - 1))
  if (upperHead) {
    for (let i = 1; i < p; i++) if (!unitIs('upper', word.charCodeAt(i))) return 0
  } else if (p < 3 || !unitIs('lower', word.charCodeAt(p - 1))) return 0
  const tail = kind(word.slice(p))
  // A tail of two letters only when it opens, and not after an upper-case word (`KaffrineLe`; not `MSPs`, `SoHo`, `SARSEPs`).
  if (n - p < (upperHead || !(tail & OPENER) ? 3 : 2) || !(tail & (OPENER | PERSON_WORD | GIVEN_NAME | LOWER_IN_ARTICLE))) return 0
  const head = kind(word.slice(0, p))
  if (p === 3 && !(tail & DATE_WORD) && !(head & COMMON)) return 0
  if (tail & OPENER) return p
  // A common word of four letters or more the article writes in lower case, after an upper-case word or a known name
  // (`TOURÉVictime`, `NDOYEEmail`, `FranceEmail`; not `MetLife` beside `life`).
  if (tail & LOWER_IN_ARTICLE && n - p >= 4 && (upperHead || head & KNOWN_NAME)) return p
  // A title or role of four letters or more after a known name, a title after an upper-case word of four letters or more
  // (not `USAGov`, nor a role that opens a signature's line, `QHSECoordonnateur Adjoint`).
  if (tail & PERSON_WORD && n - p >= 4 && ((upperHead && p >= 4 && tail & COMMON) || head & KNOWN_NAME)) return p
  // (Not after a given name: `MamadouLamine`, two given names of one name.)
  return tail & GIVEN_NAME && head & (COMMON | PLACE) && !(head & GIVEN_NAME) ? p : 0
}
