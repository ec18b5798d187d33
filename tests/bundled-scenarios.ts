// Every bundled scenario (not its translations), read from scenarios/ with its actors' catalog as `npm run check`
// and the server read it, in file order, for tests that check a property of each. A file that does not load fails
// the test that asked, with its problems, rather than dropping out of the list unseen.
import type { Scenario } from '../src/scenario'
import { readScenario, scenarioPaths } from '../src/scenario/files'

export const bundledScenarios = (): Scenario[] =>
  scenarioPaths().map((path) => {
    const read = readScenario(path)
    if (!read.ok) throw new Error(`${path} does not load: ${read.problems.map((p) => p.message).join('; ')}`)
    return read.scenario
  })
