// The fake scenario as a file's text, for tests that spoil one of its lines and read what the loader says of it.
import { stringify } from 'yaml'
import { loadScenario, type Problem } from '../src/scenario'
import { fakeCatalog, fakeScenarioData } from './fakes'

export const text = stringify(fakeScenarioData())
export const lines = text.split('\n')

/** The 1-based line of the first line that starts with `start`. */
export const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1

/** What the loader says of a text that must not load. */
export const problemsOf = (t: string): readonly Problem[] => {
  const r = loadScenario(t, 'crisis.yaml', fakeCatalog())
  if (r.ok) throw new Error('expected problems, the file loaded')
  return r.problems
}
