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
 * capital. Reads the word once, no regex.
 */
export function gluedLead(word: string, isFunctionWord: (lead: string) => boolean): number {
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
  return p >= 4 || isFunctionWord(word.slice(0, p)) ? p : 0
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
