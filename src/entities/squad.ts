/**
 * Team sheets: runs of people written as an initial and a surname
 * (`L Dallaglio, M Corry, J Worsley`; `J Laharrague; A Rougerie, J-P Grandclaude`).
 */
import {unitIs} from '../chars.js'
import type {Token} from './tokens.js'

/** What may come between two names of a run: a comma or a semicolon, maybe after a short note in brackets (`(capt);`), or `and`. */
const SEPARATOR = /^(?:[ \u00a0]?\([^()\n]{1,30}\))?[ \u00a0]?[,;][ \u00a0]{1,2}$|^[ \u00a0]and[ \u00a0]$/

/** Fewest names in a run. */
const MIN_RUN = 3

/** Whether the word is an initial without a full stop: 1 for `J`, `J-P`; 2 for two capitals (`KP`), an initial only among others; else 0. */
function initialKind(t: Token): 0 | 1 | 2 {
  const s = t.text
  const up = (i: number) => unitIs('upper', s.charCodeAt(i))
  if (s.length === 1) return up(0) ? 1 : 0
  if (s.length === 2) return up(0) && up(1) ? 2 : 0
  return s.length === 3 && s.charCodeAt(1) === 45 && up(0) && up(2) ? 1 : 0
}

/** Whether the word may end a surname: capitalised, more than one letter (`Dallaglio`, `O'Gara`, `Sowden-Taylor`). */
function surnameWord(t: Token | undefined): boolean {
  return t !== undefined && t.shape === 'cap' && t.text.length > 1 && t.gap === ' ' && initialKind(t) === 0
}

/**
 * The names of the team sheets of a block: for each name of a run of at least
 * three, the token index of its surname's last word mapped to its initial's.
 * A surname is one capitalised word, or two (`A Lo Cicero`), or a particle
 * and one (`D dal Maso`, `R de Marigny`). Linear in the number of tokens.
 */
export function squadNames(tokens: readonly Token[], text: string, particles: ReadonlySet<string>): Map<number, number> {
  const out = new Map<number, number>()
  // Initial and last token of each name of the run being read, and how many initials are single letters.
  let run: [number, number][] = []
  let single = 0
  const close = () => {
    if (run.length >= MIN_RUN && single >= MIN_RUN - 1) for (const [i, k] of run) out.set(k, i)
    run = []
    single = 0
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kind = initialKind(tokens[i]!)
    if (kind === 0 || tokens[i + 1]!.gap !== ' ') continue
    const a = tokens[i + 1]!
    let k = -1
    if (a.shape === 'lower' && particles.has(a.key) && surnameWord(tokens[i + 2])) k = i + 2
    else if (surnameWord(a)) k = surnameWord(tokens[i + 2]) ? i + 2 : i + 1
    if (k < 0) continue
    const prev = run[run.length - 1]
    if (prev !== undefined && !SEPARATOR.test(text.slice(tokens[prev[1]]!.end, tokens[i]!.start))) close()
    run.push([i, k])
    if (kind === 1) single++
    i = k
  }
  close()
  return out
}
