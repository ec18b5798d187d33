// The fake crisis of tests/fakes.ts written out as a file with some fields changed, as an author's file would come to
// the loader: what it loads as, the problems it is refused with, and the engine's game on it.
import { stringify } from 'yaml'
import { formatDecision, play } from '../src/engine'
import { loadScenario, type Scenario } from '../src/scenario'
import { fakeCatalog, fakeScenarioData } from './fakes'

const read = (more: Record<string, unknown>) =>
  loadScenario(stringify({ ...fakeScenarioData(), ...more }), 'crisis.yaml', fakeCatalog())

/** The scenario the file loads as; a refusal fails the test with its problems. */
export function loadCrisis(more: Record<string, unknown>): Scenario {
  const r = read(more)
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '))
  return r.value
}

/** The problems the file is refused with, as "path: message"; none when it loads. */
export function crisisProblems(more: Record<string, unknown>): string[] {
  const r = read(more)
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`)
}

/** The engine's game, every role its own, as the backtest plays it: each move as "actor:decision". */
export function engineGame(s: Scenario): string[] {
  const r = play(s, { seed: 1, runs: 100 })
  if (r.status !== 'finished') throw new Error(`${s.id}: the engine did not finish`)
  return r.moves.map((m) => `${m.actor}:${formatDecision(m.decision)}`)
}
