// The live server's folder of scenarios: each scenario listed once by its id; the translations beside them, and
// files named like a translation the game cannot read (crisis.de.yaml, crisis.RU.yaml), are no scenarios.
// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCatalog } from '../src/scenario/files'
import type { ScenarioChecker } from '../src/server/scenario-checker'
import { ScenarioLibrary } from '../src/server/scenario-library'

const catalogRead = readCatalog()
if (!catalogRead.ok) throw new Error('the actor catalog does not load')
const bundled = (file: string) => readFileSync(join(import.meta.dirname, '..', 'scenarios', file), 'utf8')
/** The folder's own scenarios are read on this thread: the checker is for imported texts only. */
const NO_CHECKER: ScenarioChecker = {
  check: () => expect.unreachable('a file of the folder was sent to the checker'),
  close: async () => {},
}

/** A folder with Armenia 2020 as crisis.yaml, its Russian translation, and `more` files beside them. */
function library(more: Record<string, string>): ScenarioLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-library-'))
  const files = {
    'crisis.yaml': bundled('armenia-2020.yaml').replace(/^id: .*$/m, 'id: crisis'),
    'crisis.ru.yaml': bundled('armenia-2020.ru.yaml'),
    ...more,
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return new ScenarioLibrary(catalogRead.ok ? catalogRead.catalog : new Map(), NO_CHECKER, dir)
}

describe('the server’s folder of scenarios', () => {
  it('lists a scenario once, not its translation', () => {
    const lib = library({})
    expect(lib.list().map((s) => s.id)).toEqual(['crisis'])
  })

  it('skips a misnamed translation rather than reading it as a scenario', () => {
    const russian = bundled('armenia-2020.ru.yaml')
    const lib = library({ 'crisis.de.yaml': russian, 'crisis.RU.yaml': russian })
    expect(lib.list().map((s) => s.id)).toEqual(['crisis'])
    expect(lib.file({ kind: 'bundled', id: 'crisis.RU' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('does not list a whole scenario saved under a translation’s name, nor open it by that name', () => {
    // A copy of the scenario in full, its id changed, that would otherwise be a second card.
    const copy = bundled('armenia-2020.yaml').replace(/^id: .*$/m, 'id: crisis-de')
    const lib = library({ 'crisis.de.yaml': copy })
    expect(lib.list().map((s) => s.id)).toEqual(['crisis'])
    expect(lib.file({ kind: 'bundled', id: 'crisis.de' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(lib.file({ kind: 'bundled', id: 'crisis' })).toMatchObject({ ok: true, name: 'crisis.yaml' })
  })
})
