// Imported scenarios are read on a thread of their own within a time and a memory budget: the same scenario
// as the loader gives, a file nested too deep refused before it is parsed, a file past either budget refused
// in plain words with the next one read as usual, and no more than a few waiting at once.
// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadScenario } from '../src/scenario'
import { readCatalog } from '../src/scenario/files'
import { type CheckBudget, type ScenarioChecker, scenarioChecker } from '../src/server/scenario-checker'

const catalogRead = readCatalog()
if (!catalogRead.ok) throw new Error('the actor catalog does not load')
const catalog = catalogRead.catalog
const TEXT = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'kyrgyzstan-2010.yaml'), 'utf8')
/** A megabyte of brackets: seconds and a gigabyte for the parser. */
const DEEP = `${'['.repeat(450_000)}${']'.repeat(450_000)}`
/** Not deep, only wide: 300,000 items, which the parser reads for seconds into most of a gigabyte. */
const WIDE = `[${Array(300_000).fill('0').join(',')}]`

const checkers: ScenarioChecker[] = []
afterEach(async () => {
  for (const c of checkers.splice(0)) await c.close()
})
function checker(budget: CheckBudget, log: (m: string) => void = (m) => expect.unreachable(m)) {
  const c = scenarioChecker(catalog, budget, log)
  checkers.push(c)
  return c
}
const GENEROUS: CheckBudget = { ms: 60_000, megabytes: 512 }

describe('the scenario checker', () => {
  it('reads a scenario to what the loader gives, frozen as the loader leaves it', async () => {
    const checked = await checker(GENEROUS).check(TEXT, 'mine.yaml')
    const loaded = loadScenario(TEXT, 'mine.yaml', catalog)
    if (checked.kind !== 'loaded' || !loaded.ok) throw new Error('does not load')
    expect(checked.scenario).toEqual(loaded.value)
    expect(Object.isFrozen(checked.scenario.roles[0])).toBe(true)
  })

  it("gives the loader's problems with their lines", async () => {
    const broken = TEXT.replace('requester:', 'requestor:')
    const loaded = loadScenario(broken, 'mine.yaml', catalog)
    if (loaded.ok) throw new Error('loads')
    expect(loaded.problems.length).toBeGreaterThan(0)
    expect(await checker(GENEROUS).check(broken, 'mine.yaml')).toEqual({
      kind: 'invalid',
      problems: loaded.problems,
      warnings: loaded.warnings,
    })
  })

  it('refuses a file nested too deep before parsing it, at the line and column where it goes too deep', async () => {
    expect(await checker(GENEROUS).check(`title: x\nroles: ${DEEP}`, 'deep.yaml')).toEqual({
      kind: 'invalid',
      problems: [
        {
          file: 'deep.yaml',
          line: 2,
          column: 40,
          path: '',
          code: 'too-deep',
          params: { depth: 32 },
          message: 'nested more than 32 levels deep',
        },
      ],
      warnings: [],
    })
  })

  it('refuses a file past its memory budget, and reads the next one as usual', async () => {
    const c = checker({ ms: 60_000, megabytes: 64 })
    expect(await c.check(WIDE, 'wide.yaml')).toEqual({
      kind: 'invalid',
      problems: [
        {
          file: 'wide.yaml',
          line: 1,
          column: 1,
          path: '',
          code: 'too-much-memory',
          params: { mb: 64 },
          message: 'the file needs more than 64 MB to check: no real scenario comes close',
        },
      ],
      warnings: [],
    })
    expect((await c.check(TEXT, 'mine.yaml')).kind).toBe('loaded')
  })

  it('refuses a file past its time budget, and reads the next one as usual', async () => {
    // Two seconds: the wide file takes longer on any machine, a real scenario a tenth of that on a cold thread.
    const c = checker({ ms: 2_000, megabytes: 2048 })
    expect(await c.check(WIDE, 'wide.yaml')).toMatchObject({
      kind: 'invalid',
      problems: [{ message: 'the file took more than 2 s to check: no real scenario comes close' }],
    })
    expect((await c.check(TEXT, 'mine.yaml')).kind).toBe('loaded')
  })

  it('turns a file away at once while eight are being read or waiting', async () => {
    const c = checker(GENEROUS)
    const checks = Array.from({ length: 10 }, () => c.check(TEXT, 'mine.yaml'))
    expect((await Promise.all(checks)).map((r) => r.kind)).toEqual([
      ...Array(8).fill('loaded'),
      'busy',
      'busy',
    ])
    expect((await c.check(TEXT, 'mine.yaml')).kind).toBe('loaded')
  })
})
