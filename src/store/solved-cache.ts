// Solving a scenario is the costly part of playing it: the solution is kept for the same scenario object, so a
// game, its replays and the search for a historical opening solve it once (the what-if sliders make new ones).
import { GAME_TEMPERATURE, type Solved, solveScenario } from '../engine'
import type { Scenario } from '../scenario/types'

const solvedCache = new WeakMap<Scenario, Solved>()

/** The scenario solved at the game's temperature, solved once per scenario object. */
export function solvedFor(scenario: Scenario): Solved {
  const known = solvedCache.get(scenario)
  if (known) return known
  const solved = solveScenario(scenario, GAME_TEMPERATURE)
  solvedCache.set(scenario, solved)
  return solved
}
