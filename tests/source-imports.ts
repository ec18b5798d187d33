// Following a source file's relative imports, for the tests that check what the first page's script holds.
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The file a relative import of `spec` in `from` loads, as Vite resolves it, or undefined when there is none. */
export function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec)
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (file) => existsSync(file) && statSync(file).isFile(),
  )
}
