// The bundled scenarios and the engine as one lazy chunk: the library's first paint does not wait for zod or YAML.
import type { Kit, LibraryEntry } from './kit'

export async function loadBundledKit(): Promise<Kit> {
  const [{ bundledScenarios }, session] = await Promise.all([
    import('../scenario/bundled'),
    import('./session'),
  ])
  const library = bundledScenarios().map(
    (result): LibraryEntry =>
      result.ok
        ? { ok: true, scenario: result.value }
        : { ok: false, file: result.problems[0]?.file ?? 'a scenario file', problems: result.problems },
  )
  return { library, session }
}
