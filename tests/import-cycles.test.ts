// No source file reaches itself through its imports, types included: each layer and each concept can then be read,
// tested and loaded on its own, and a bundler never meets a module whose exports are not there yet.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveImport } from './source-imports'

const root = join(import.meta.dirname, '..', 'src')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )

/** Each file's static imports and re-exports (`import … from`, `export … from`) of other source files. */
function importGraph(sources: readonly string[]): Map<string, string[]> {
  return new Map(
    sources.map((file) => {
      const text = readFileSync(file, 'utf8')
      const specs = [...text.matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/gms)]
      return [file, specs.flatMap(([, spec]) => resolveImport(file, spec!) ?? [])]
    }),
  )
}

/** The groups of files that reach one another through their imports (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (file: string): void => {
    index.set(file, next)
    low.set(file, next++)
    stack.push(file)
    for (const to of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(file, Math.min(low.get(file)!, low.get(to)!))
      } else if (stack.includes(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!))
    }
    if (low.get(file) !== index.get(file)) return
    const group: string[] = []
    let member: string
    do {
      member = stack.pop()!
      group.push(member.slice(root.length + 1))
    } while (member !== file)
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(group.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

describe('the source files', () => {
  const graph = importGraph(files(root))

  it('are read with their imports', () => {
    expect(graph.size).toBeGreaterThan(300)
    expect(graph.get(join(root, 'engine', 'play.ts'))).toContain(join(root, 'engine', 'decisions', 'game.ts'))
  })

  it('import one another without a cycle', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('would show a cycle if there were one', () => {
    const a = join(root, 'a.ts')
    const b = join(root, 'b.ts')
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']])
  })
})
