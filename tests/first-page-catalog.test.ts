// The first page's catalog: the library loads one small catalog instead of every screen's messages, so that catalog
// must hold every message the first page names, and nothing else; lingui.config.ts says which files those are,
// and the imports of src/ui/app.tsx say it again.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIRST_PAGE } from '../lingui.config'
import { CATALOGS, readPo } from './catalogs'
import { resolveImport } from './source-imports'

const UI = join(import.meta.dirname, '../src/ui')
const [FIRST, OTHER] = CATALOGS.map((c) => new Set(readPo(c, 'en').keys())) as [Set<string>, Set<string>]

/**
 * The files of src/ui the first page runs: what app.tsx imports, followed through every import that is not of
 * types alone, and through the imports a first-page component makes on demand (a card's map), but not into the
 * screens past the first page, which app.tsx loads with `lazyScreen` and the other pages' messages.
 */
function firstPageFiles(file = join(UI, 'app.tsx'), seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !file.startsWith(UI) || !/\.tsx?$/.test(file)) return seen
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  const later = new Set([...text.matchAll(/lazyScreen\(\(\) => import\('([^']+)'\)\)/g)].map((m) => m[1]))
  const specs = [
    ...[...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1]),
    ...[...text.matchAll(/^import\s+'(\.[^']+)'/gm)].map((m) => m[1]),
    ...[...text.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => m[1]).filter((spec) => !later.has(spec)),
  ]
  for (const spec of specs) {
    const next = resolveImport(file, spec!)
    if (next) firstPageFiles(next, seen)
  }
  return seen
}

/** The message ids a file names, as the screens name them: in quotes, whole. */
const named = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/'([a-z][A-Za-z]*(?:\.[\w-]+)+)'/g)]
    .map((m) => m[1]!)
    .filter((id) => FIRST.has(id) || OTHER.has(id))

const files = [...firstPageFiles()].filter((file) => named(file).length > 0)

describe("the first page's catalog", () => {
  it("is filled from the files lingui.config.ts lists, which are the first page's that name messages", () => {
    expect(files.length).toBeGreaterThan(5)
    expect(FIRST_PAGE.map((f) => f.replace('<rootDir>/src/ui/', '')).sort()).toEqual(
      files.map((f) => relative(UI, f)).sort(),
    )
  })

  it('holds every message the first page names and no other; the other pages hold the rest', () => {
    expect([...FIRST].sort()).toEqual([...new Set(files.flatMap(named))].sort())
    for (const id of FIRST) expect(OTHER.has(id), `${id} in both catalogs`).toBe(false)
  })
})
