// What the entry evaluates before the page can draw anything: every module src/main.tsx imports, and theirs, not of
// types alone and not on demand. A package there is parsed and run on every address, a shared debrief's included,
// so one that only other pages need (zod, the scenario schema's) is work the first paint waits for.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveImport } from './source-imports'

const SRC = join(import.meta.dirname, '../src')

/** Each file the entry's static imports reach, with the packages it imports. */
function entryGraph(file = join(SRC, 'main.tsx'), seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file) || !/\.tsx?$/.test(file)) return seen
  const text = readFileSync(file, 'utf8')
  const specs = [
    ...[...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^import\s+'([^']+)'/gm)].map((m) => m[1]!),
  ]
  seen.set(
    file,
    specs.filter((spec) => !spec.startsWith('.')),
  )
  for (const spec of specs.filter((s) => s.startsWith('.'))) {
    const next = resolveImport(file, spec)
    if (next) entryGraph(next, seen)
  }
  return seen
}

describe("the entry's first evaluation", () => {
  const graph = entryGraph()

  it('follows the store and the app', () => {
    const files = [...graph.keys()].map((f) => relative(SRC, f))
    expect(files).toContain('store/index.ts')
    expect(files).toContain('ui/app.tsx')
  })

  it('brings no zod: the schema is read by the pages that check files, on demand', () => {
    const importers = [...graph]
      .filter(([, packages]) => packages.includes('zod'))
      .map(([f]) => relative(SRC, f))
    expect(importers).toEqual([])
  })
})
