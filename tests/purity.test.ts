// The engine and the live-session model must stay pure: these tests fail when either reaches for React,
// the DOM, Node I/O, a clock or global randomness.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', 'src', 'engine')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  )

const FORBIDDEN_IMPORTS =
  /from ['"](react|react-dom|zustand|immer|framer-motion|node:[a-z/]+|fs|path|os|child_process|yaml)['"]/
const FORBIDDEN_GLOBALS =
  /\b(window|document|localStorage|sessionStorage|fetch|globalThis)\b|Date\.now|\bnew Date\b|Math\.random|performance\.now|\bprocess\./

describe('the engine', () => {
  const sources = files(root).filter((f) => f.endsWith('.ts'))

  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(10)
  })

  it.each(sources.map((f) => [f.slice(root.length + 1), f]))('%s imports nothing impure', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    expect(text).not.toMatch(FORBIDDEN_IMPORTS)
    expect(text).not.toMatch(FORBIDDEN_GLOBALS)
  })

  it('imports only from itself and the scenario types and schema', () => {
    for (const file of sources) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from ['"]([^'"]+)['"]/g)) {
        expect(spec!.startsWith('.') ? spec : 'package').not.toBe('package')
        expect(spec).not.toMatch(/\/(store|ui|cli|server)\//)
      }
    }
  })
})

// The live-session model runs on the server and, for pass-the-device, in the browser: the same
// rules, so it may not reach for either side's I/O. It may format a time it is given, not read the clock.
describe('the live-session model', () => {
  const liveRoot = join(import.meta.dirname, '..', 'src', 'live')
  const sources = files(liveRoot).filter((f) => f.endsWith('.ts'))
  const IMPURE_GLOBALS =
    /\b(window|document|localStorage|sessionStorage|fetch|globalThis)\b|Date\.now|new Date\(\)|Math\.random|performance\.now|\bprocess\./

  it.each(sources.map((f) => [f.slice(liveRoot.length + 1), f]))('%s does no I/O', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    expect(text).not.toMatch(FORBIDDEN_IMPORTS)
    expect(text).not.toMatch(IMPURE_GLOBALS)
  })

  // unhomoglyph is a table and a string replace (the confusables skeleton team names are compared by): no I/O.
  const PURE_PACKAGES = new Set(['zod', 'unhomoglyph'])
  it('imports only the engine, the scenario layer, zod, the confusables table and itself', () => {
    for (const file of sources)
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from ['"]([^'"]+)['"]/g))
        expect(spec!.startsWith('.') || PURE_PACKAGES.has(spec!) ? spec : 'package').not.toBe('package')
    for (const file of sources)
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from ['"]([^'"]+)['"]/g))
        expect(spec).not.toMatch(/\/(store|ui|cli|server)(\/|$)/)
  })
})
