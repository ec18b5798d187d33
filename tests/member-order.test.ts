// The order a scenario lists its members in is the order of the Council's table (docs/model.md §5.7): each member
// votes seeing the votes before it and foreseeing those after. That order is a file's accident, not a fact of the
// crisis, so it may decide who speaks first but never what anyone decides.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Course, EMPTY_COURSE, solveScenario } from '../src/engine'
import { applyDecision, nextDecision } from '../src/engine/decisions/game'
import type { Scenario } from '../src/scenario'
import { anyCrisis } from './any-crisis'

const run = { numRuns: Number(process.env.LAW_RUNS ?? 120) }

/** Every move the engine makes at temperature 0, keyed by its mover and stage: the order of the table left out. */
function movesOf(s: Scenario): Record<string, string> {
  const solved = solveScenario(s)
  const moves: Record<string, string> = {}
  let c: Course = EMPTY_COURSE
  for (let p = nextDecision(solved.ctx, c); p; p = nextDecision(solved.ctx, c)) {
    const node = solved.solution.at(c)!
    const d = node.moves[node.probabilities.indexOf(1)]!
    moves[`${p.stage} ${p.actor}`] = JSON.stringify(d)
    c = applyDecision(c, p, d)
  }
  return moves
}

describe("the order of the Council's table", () => {
  it('never changes a decision: the same request, answer, votes, China and exit in any order of the members', () => {
    const shuffled = anyCrisis.chain((s) =>
      fc
        .shuffledSubarray([...s.members], { minLength: s.members.length, maxLength: s.members.length })
        .map((members) => [s, members] as const),
    )
    fc.assert(
      fc.property(shuffled, ([s, members]) => {
        expect(movesOf({ ...s, members })).toEqual(movesOf(s))
      }),
      run,
    )
  })
})
