// docs/model.md describes what `npm run sim -- --json` prints: the example's fields are the command's fields.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const run = promisify(execFile)

/** The JSON example in docs/model.md, with its comments and placeholders read as JSON. */
function documented(): Record<string, unknown> {
  const doc = readFileSync(join(ROOT, 'docs', 'model.md'), 'utf8')
  const start = doc.indexOf('```jsonc')
  const block = doc.slice(doc.indexOf('\n', start) + 1, doc.indexOf('```', start + 8))
  const json = block.replace(/\s*\/\/[^\n]*/g, '')
  return JSON.parse(json) as Record<string, unknown>
}

const keys = (x: unknown): string[] => Object.keys(x as object).sort()
const first = (x: unknown): unknown => (x as unknown[])[0]

describe('the --json example in docs/model.md', () => {
  it('names the fields the command prints, at every level a reader looks', { timeout: 30_000 }, async () => {
    const { stdout } = await run('node', ['--import', 'tsx', 'src/cli/sim.ts', 'kazakhstan-2022', '--json'], {
      cwd: ROOT,
    })
    const printed = JSON.parse(stdout) as Record<string, unknown>
    const doc = documented()
    // `pending` is printed only while a player's decision is missing.
    expect(keys(doc).filter((k) => k !== 'pending')).toEqual(keys(printed))
    expect(keys(first(doc.moves))).toEqual(keys(first(printed.moves)))
    expect(keys(doc.verdict)).toEqual(keys(printed.verdict))
    expect(keys(first((doc.verdict as { rules: unknown[] }).rules))).toEqual(
      keys(first((printed.verdict as { rules: unknown[] }).rules)),
    )
    expect(keys(doc.deployment)).toEqual(keys(printed.deployment))
    expect(keys(doc.contingent)).toEqual(keys(printed.contingent))
    const outcome = (x: Record<string, unknown>) => (x.outcomes as Record<string, unknown>).regimeStability
    expect(keys(outcome(doc))).toEqual(keys(outcome(printed)))
    expect(keys(first(doc.actors))).toEqual(keys(first(printed.actors)))
    // The example's figures are the command's, rounded.
    expect(printed.contingent).toMatchObject({ troops: 2500, leaderShare: 0.74 })
    expect(printed.deployment).toEqual(doc.deployment)
  })
})
