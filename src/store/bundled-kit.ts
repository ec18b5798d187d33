// The bundled scenarios and the engine, each its own lazy chunk: the library's first paint waits for neither, and
// the library itself never loads the engine.
import type { LibraryEntry, Session } from './kit'

export async function loadBundledLibrary(): Promise<readonly LibraryEntry[]> {
  const { bundledScenarios } = await import('../scenario/bundled')
  return bundledScenarios().map(
    (result): LibraryEntry =>
      result.ok
        ? { ok: true, scenario: result.value }
        : { ok: false, file: result.problems[0]?.file ?? 'a scenario file', problems: result.problems },
  )
}

export const loadSession = (): Promise<Session> => import('./session')
