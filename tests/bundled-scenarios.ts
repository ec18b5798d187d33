// The bundled scenarios (not their translations), read from scenarios/ with their actors' catalog as `npm run check`
// and the server read them: every one in file order, for tests that check a property of each, or one by its id.
// A file that does not load fails the test that asked, with its problems, rather than dropping out unseen.
import type { Scenario } from '../src/scenario'
import { findScenario, readScenario, scenarioPaths } from '../src/scenario/files'

function loaded(path: string): Scenario {
  const read = readScenario(path)
  if (!read.ok) throw new Error(`${path} does not load: ${read.problems.map((p) => p.message).join('; ')}`)
  return read.scenario
}

export const bundledScenarios = (): Scenario[] => scenarioPaths().map(loaded)

/** The bundled scenario with this id, read alone. */
export function bundledScenario(id: string): Scenario {
  const found = findScenario(id)
  if (!found.ok) throw new Error(found.message)
  const scenario = loaded(found.path)
  if (scenario.id !== id) throw new Error(`no bundled scenario has the id ${id}`)
  return scenario
}
