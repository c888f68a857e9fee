/**
 * The fast-check arbitraries of the fuzz suites: arbitrary characters,
 * Markdown and article-shaped documents, and mutations of real-shaped articles.
 */
import fc from 'fast-check'
import {codeUnit, significant} from './check.js'

/** One character: any code point, any code unit (lone surrogates), or one the parser cares about. */
export const char = fc.oneof(
  {weight: 3, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1})},
  {weight: 2, arbitrary: codeUnit},
  {weight: 3, arbitrary: significant},
  {weight: 4, arbitrary: fc.constantFrom('a', 'é', 'E', 'Z', 'ç', '1', '9', 'ß', 'Œ', '日', '😀', '\u0301')}
)

const word = fc.oneof(
  fc.constantFrom(
    'le', 'la', 'des', 'a', 'déclaré', 'selon', 'ministre', 'président', 'the', 'said', 'told', 'according', 'to', 'of',
    'Paris', 'Bamako', 'Washington', 'AFP', 'Reuters', 'ONU', 'Jean', 'Marie', 'Dupont', 'Smith', 'de', 'van', "O'Neil",
    'mardi', 'dernier', 'Monday', 'last', 'mars', 'March', '2025', '12', '1er', '10h30', '3:45', 'p.m.', 'M.', 'Mme', 'Dr.',
    // Object.prototype keys: a lookup in a plain object by a word of the text must not find them.
    '__proto__', 'constructor', 'Constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'
  ),
  fc.string({unit: 'grapheme', minLength: 1, maxLength: 12})
)
const words = fc.array(word, {minLength: 1, maxLength: 14}).map((w) => w.join(' '))
const sentence = fc.tuple(words, fc.constantFrom('.', '!', '?', '…', '', ':', ';')).map(([w, p]) => w + p)

const quoteMarks = fc.constantFrom(['«', '»'], ['« ', ' »'], ['“', '”'], ['"', '"'], ['„', '“'], ['‘', '’'], ['‹', '›'], ['«', ''])
const quotation = fc
  .tuple(quoteMarks, sentence, fc.constantFrom(', a déclaré', ', said', ' a dit', ' told reporters', ''), words)
  .map(([[open, close], s, verb, who]) => `${open}${s}${close}${verb} ${who}.`)

const block = fc.oneof(
  fc.tuple(fc.integer({min: 1, max: 7}), words).map(([n, w]) => `${'#'.repeat(n)} ${w}`),
  fc.tuple(words, fc.constantFrom('===', '---', '-', '=')).map(([w, u]) => `${w}\n${u}`),
  fc.tuple(fc.integer({min: 1, max: 6}), sentence).map(([n, s]) => `${'> '.repeat(n)}${s}`),
  fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '  - ', '    * '), sentence).map(([m, s]) => m + s),
  fc.tuple(fc.constantFrom('```', '~~~', '    '), sentence, fc.boolean()).map(([f, s, closed]) =>
    f === '    ' ? f + s : `${f}js\n${s}${closed ? '\n' + f : ''}`
  ),
  fc.tuple(words, words).map(([a, b]) => `| ${a} | ${b} |\n|---|:--:|\n| ${b} | ${a} |`),
  fc.tuple(words, fc.webUrl()).map(([w, u]) => `[${w}](${u}) ![${w}](${u} "t") <${u}> *${w}* **${w}** \`${w}\``),
  fc.constantFrom('***', '<div class="x">\n<p>html</p>\n</div>', '<!-- comment -->', '&amp; &#169; &nbsp; &bogus;', '« Le d&eacute;bat de l&#39;Assembl&#233;e », a dit X', '"Caf&eacute; &#x41;&#66;" he said', '\\* \\_ \\#'),
  words.map((w) => `Par ${w}`),
  words.map((w) => `By ${w} and ${w}`),
  fc.tuple(fc.constantFrom('PARIS', 'WASHINGTON', 'Bamako', 'NEW YORK'), fc.constantFrom(' (AFP) —', ', 3 mars 2025 —', ' (Reuters) -', ' –', ':')).map(
    ([c, r]) => c + r
  ),
  words.map((w) => `Publié le jeudi 26 juin 2025 à 10h30 | ${w}`),
  words.map((w) => `Published March 3, 2025 at 3:45 p.m. | Updated ${w}`),
  fc.tuple(words, words).map(([a, b]) => `---\ntitle: ${a}\nauthor: [${b}, ${a}]\ndate: 2025-02-30\n__proto__: x\n---`),
  quotation,
  sentence,
  fc.array(significant, {maxLength: 12}).map((s) => s.join(''))
)

/** A Markdown or plain-text document made of article-shaped blocks. */
export const document = fc
  .tuple(fc.array(block, {minLength: 1, maxLength: 12}), fc.constantFrom('\n\n', '\n', '\r\n\r\n', ' ', '\n\n\n'))
  .map(([blocks, sep]) => blocks.join(sep))

/** A mutation, as data so that fast-check prints counterexamples readably. */
export type Op =
  | {insert: string; at: number}
  | {delete: number; at: number}
  | {duplicate: number; times: number; at: number}
  | {replace: string; at: number}
  | {truncate: number}
  | {swapLines: [number, number]}
  | {transform: keyof typeof transforms}

const transforms = {
  crlf: (s: string) => s.replace(/\n/g, '\r\n'),
  cr: (s: string) => s.replace(/\n/g, '\r'),
  singleNewlines: (s: string) => s.replace(/\n\n/g, '\n'),
  noSpaces: (s: string) => s.replace(/ /g, ''),
  upperCase: (s: string) => s.toUpperCase(),
  noQuoteMarks: (s: string) => s.replace(/[«»“”"]/g, ''),
  bom: (s: string) => '\ufeff' + s,
  nfd: (s: string) => s.normalize('NFD')
}

const fraction = fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true})
/** One mutation. */
export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({insert: fc.oneof(significant, codeUnit, fc.string({unit: 'binary', maxLength: 20})), at: fraction}),
  fc.record({delete: fc.integer({min: 1, max: 200}), at: fraction}),
  fc.record({duplicate: fc.integer({min: 1, max: 300}), times: fc.integer({min: 2, max: 5}), at: fraction}),
  fc.record({replace: codeUnit, at: fraction}),
  fc.record({truncate: fraction}),
  fc.record({swapLines: fc.tuple(fc.nat(), fc.nat())}),
  fc.record({transform: fc.constantFrom(...(Object.keys(transforms) as (keyof typeof transforms)[]))})
)

/** `s` with the mutation `o` applied. */
export function apply(s: string, o: Op): string {
  const at = (f: number) => Math.floor(f * (s.length + 1))
  if ('insert' in o) return s.slice(0, at(o.at)) + o.insert + s.slice(at(o.at))
  if ('delete' in o) return s.slice(0, at(o.at)) + s.slice(at(o.at) + o.delete)
  if ('duplicate' in o) return s.slice(0, at(o.at)) + s.slice(at(o.at), at(o.at) + o.duplicate).repeat(o.times) + s.slice(at(o.at) + o.duplicate)
  if ('replace' in o) return s.slice(0, at(o.at)) + o.replace + s.slice(at(o.at) + 1)
  if ('truncate' in o) return s.slice(0, at(o.truncate))
  if ('swapLines' in o) {
    const lines = s.split('\n')
    const a = o.swapLines[0] % lines.length
    const b = o.swapLines[1] % lines.length
    ;[lines[a], lines[b]] = [lines[b]!, lines[a]!]
    return lines.join('\n')
  }
  return transforms[o.transform](s)
}
