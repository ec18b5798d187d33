// Following a source file's relative imports, for the tests that check what a page's scripts hold (the first page's,
// a live seat's).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'

export const SRC = join(import.meta.dirname, '../src')

/** The file a relative import of `spec` in `from` loads, as Vite resolves it, or undefined when there is none. */
export function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec)
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (file) => existsSync(file) && statSync(file).isFile(),
  )
}

/**
 * Each file that `file`'s static imports reach (types alone and imports on demand left out), with what it imports:
 * packages by name, the app's files by path.
 */
export function staticGraph(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file) || !/\.tsx?$/.test(file)) return seen
  const text = readFileSync(file, 'utf8')
  const specs = [
    ...[...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^import\s+'([^']+)'/gm)].map((m) => m[1]!),
  ]
  const files = specs.flatMap((spec) => (spec.startsWith('.') ? (resolveImport(file, spec) ?? []) : []))
  seen.set(file, [...specs.filter((spec) => !spec.startsWith('.')), ...files])
  for (const next of files) staticGraph(next, seen)
  return seen
}

/** Each file of the graph that imports one matching `wanted`, as 'importer -> imported' under src/. */
export function importersOf(graph: Map<string, string[]>, wanted: RegExp): string[] {
  return [...graph].flatMap(([file, imports]) =>
    imports
      .map((imported) => (isAbsolute(imported) ? relative(SRC, imported) : imported))
      .filter((imported) => wanted.test(imported))
      .map((imported) => `${relative(SRC, file)} -> ${imported}`),
  )
}
