/**
 * Every export of every entry point carries a TSDoc comment (STYLE habit 10: JSDoc on every export), read through
 * the TypeScript compiler the way an editor shows it.
 */
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const entries = ['src/index.ts', 'src/entries/fr.ts', 'src/entries/en.ts', 'src/entries/schema.ts']

/** The names of the exports of `entry` whose declarations carry no doc comment. */
function undocumented(program: ts.Program, entry: string): string[] {
  const checker = program.getTypeChecker()
  const file = program.getSourceFile(root + entry)!
  const missing: string[] = []
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(file)!)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const documented = (symbol.declarations ?? []).some((d) => {
      const node = ts.isVariableDeclaration(d) ? d.parent.parent : d
      return ts.getJSDocCommentsAndTags(node).length > 0 || ts.getJSDocCommentsAndTags(d).length > 0
    })
    if (!documented) missing.push(exported.name)
  }
  return missing
}

describe('public API docs', () => {
  const program = ts.createProgram(
    entries.map((e) => root + e),
    {module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true}
  )
  for (const entry of entries) {
    it(`${entry}: every export has a doc comment`, () => {
      expect(undocumented(program, entry)).toEqual([])
    })
  }
  it('sees the exports it checks (a broken program would find none)', () => {
    const checker = program.getTypeChecker()
    const names = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(root + 'src/index.ts')!)!).map((s) => s.name)
    expect(names).toContain('parseArticle')
    expect(names.length).toBeGreaterThan(40)
  })
})
