/**
 * YAML front matter: finding it and reading its flat keys.
 *
 * Only the subset articles use is read (scalars, quoted strings, lists, block
 * scalars); values stay strings. Keys go into a `Map`, so hostile keys such as
 * `__proto__` are plain data.
 */

/** A front matter value: a string or a list of strings. */
export type FrontMatterValue = string | string[]

/** The front matter of a document. */
export interface FrontMatter {
  /** Offset of the opening `---`. */
  readonly start: number
  /** Offset just after the closing `---` line. */
  readonly end: number
  /** Keys (lower-cased) to values, with the offset of each value in the input. */
  readonly data: ReadonlyMap<string, {value: FrontMatterValue; start: number; end: number}>
}

const OPEN = /^---[ \t]*\r?\n/

/** Finds front matter at `from` (after a BOM) and reads it; `null` when there is none. */
export function findFrontMatter(source: string, from = 0): FrontMatter | null {
  OPEN.lastIndex = 0
  const head = source.slice(from, from + 8)
  if (!OPEN.test(head)) return null
  const bodyStart = from + head.indexOf('\n') + 1
  const close = /^(?:---|\.\.\.)[ \t]*$/gm
  close.lastIndex = bodyStart
  const m = close.exec(source)
  if (!m) return null
  let end = m.index + m[0].length
  if (source.charCodeAt(end) === 13) end++
  if (source.charCodeAt(end) === 10) end++
  return {start: from, end, data: readYamlSubset(source, bodyStart, m.index)}
}

function readYamlSubset(source: string, start: number, end: number): FrontMatter['data'] {
  const data = new Map<string, {value: FrontMatterValue; start: number; end: number}>()
  const lineRe = /[^\r\n]*(?:\r?\n|$)/g
  lineRe.lastIndex = start
  let current: {key: string; list: string[] | null; start: number; end: number} | null = null
  while (lineRe.lastIndex < end) {
    const lineStart = lineRe.lastIndex
    const m = lineRe.exec(source)
    if (!m || m[0] === '') break
    const line = m[0].replace(/\r?\n$/, '')
    const key = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/.exec(line)
    if (key) {
      const name = key[1]!.toLowerCase()
      const raw = (key[2] ?? '').trim()
      const valueStart = lineStart + line.length - (key[2] ?? '').length
      current = {key: name, list: null, start: valueStart, end: lineStart + line.length}
      if (raw === '' || raw === '|' || raw === '>' || raw === '>-' || raw === '|-') {
        current.list = []
        if (!data.has(name)) data.set(name, {value: '', start: valueStart, end: valueStart})
        continue
      }
      if (raw.startsWith('[') && raw.endsWith(']')) {
        const items = raw.slice(1, -1).split(',').map(unquote).filter(Boolean)
        data.set(name, {value: items, start: valueStart, end: current.end})
      } else {
        data.set(name, {value: unquote(raw), start: valueStart, end: current.end})
      }
      current = null
      continue
    }
    if (current && current.list) {
      const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line)
      if (item) current.list.push(unquote(item[1]!))
      else if (line.trim() !== '') current.list.push(line.trim())
      const isList = item !== null
      const prev = data.get(current.key)
      const value: FrontMatterValue = isList || Array.isArray(prev?.value) && (prev?.value as string[]).length > 0
        ? [...current.list]
        : current.list.join(' ')
      data.set(current.key, {value, start: current.start, end: lineStart + line.length})
    }
  }
  return data
}

function unquote(value: string): string {
  const v = value.trim()
  if (v.length >= 2 && ((v[0] === '"' && v.at(-1) === '"') || (v[0] === "'" && v.at(-1) === "'"))) {
    return v.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'")
  }
  return v.replace(/\s+#.*$/, '')
}
