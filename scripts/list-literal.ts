/**
 * A list of names written into generated source as one string split at run
 * time (`("a|b|" + "c").split('|')`): the same data, a smaller bundle. Used by
 * `generate-places.ts` and `generate-towns.ts`.
 */
export function listOf(xs: readonly string[]): string {
  if (xs.some((x) => x.includes('|'))) throw new Error('a name holds |')
  return '(\n' + chunk(xs).map((l) => '  ' + JSON.stringify(l)).join(' +\n') + '\n).split(\'|\')'
}

/** `xs` joined by `|`, cut into lines of about 100 characters (each but the last ends with `|`). */
function chunk(xs: readonly string[]): string[] {
  const lines: string[] = []
  let line = ''
  xs.forEach((x, i) => {
    line += x + (i < xs.length - 1 ? '|' : '')
    if (line.length > 100) {
      lines.push(line)
      line = ''
    }
  })
  if (line || lines.length === 0) lines.push(line)
  return lines
}
