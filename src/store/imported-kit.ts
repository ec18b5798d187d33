// The library with the instructor's own scenarios: each stored text parsed again with the same loader as the
// command line, against the bundled actor catalog. The loader (YAML and zod) loads only when there is one.
import type { LoadResult, Problem, Scenario } from '../scenario/types'
import { loadBundledLibrary } from './bundled-kit'
import { readImported, writeImported } from './imported-scenarios'
import type { LibraryEntry } from './kit'
import type { SaveStorage } from './saved-game'

/**
 * Reads a scenario file as the library would accept it: valid by the loader, and not taking the id of a
 * bundled scenario (the game finds a scenario by its id, so the bundled one would always win).
 */
export async function checkScenarioText(text: string, file: string): Promise<LoadResult<Scenario>> {
  const [{ loadScenario }, { bundledCatalog }, { bundledIds }] = await Promise.all([
    import('../scenario/load'),
    import('../scenario/bundled-catalog'),
    import('../scenario/bundled'),
  ])
  const catalog = bundledCatalog()
  if (!catalog.ok) return catalog
  const result = loadScenario(text, file, catalog.value)
  if (!result.ok) return result
  const id = result.value.id
  if (bundledIds().includes(id)) {
    // At the id's value, where npm run check places an id another file has (duplicate-ids.ts).
    const [{ said }, { readYaml }] = await Promise.all([
      import('../scenario/wording/en'),
      import('../scenario/read-yaml'),
    ])
    const read = readYaml(text, file)
    const { line, column } = read.ok ? read.locate(['id']) : { line: 1, column: 1 }
    const problem: Problem = {
      file,
      line,
      column,
      path: 'id',
      ...said('bundled-id', { id }),
    }
    return { ok: false, problems: [problem], warnings: result.warnings }
  }
  return result
}

/** Whether this browser keeps scenarios of its own, read without parsing any of them. */
export function hasImported(storage: SaveStorage | undefined): boolean {
  const stored = readImported(storage)
  return stored.status === 'unreadable' || stored.files.length > 0
}

/**
 * The bundled scenarios, then the imported ones. An imported text that no longer loads (edited by hand,
 * or written by an older version) is dropped from storage and reported as a failed imported entry, which
 * the store turns into a notice: never a blank page.
 */
export async function loadLibraryWithImported(storage: SaveStorage | undefined): Promise<LibraryEntry[]> {
  const bundled = await loadBundledLibrary()
  const stored = readImported(storage)
  if (stored.status === 'unreadable') {
    writeImported(storage, [])
    return [...bundled, { ok: false, imported: true, file: 'your scenarios', problems: [] }]
  }
  if (stored.files.length === 0) return [...bundled]
  const entries: LibraryEntry[] = []
  const kept = []
  for (const file of stored.files) {
    const result = await checkScenarioText(file.text, `${file.id}.yaml`)
    if (result.ok && result.value.id === file.id) {
      kept.push(file)
      entries.push({ ok: true, imported: true, scenario: result.value })
    } else
      entries.push({
        ok: false,
        imported: true,
        file: `${file.id}.yaml`,
        problems: result.ok ? [] : result.problems,
      })
  }
  if (kept.length !== stored.files.length) writeImported(storage, kept)
  return [...bundled, ...entries]
}
