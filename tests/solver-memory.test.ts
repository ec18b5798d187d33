// Memory lent from one game to the next (EngineMemory, SolverMemory) must change nothing but the allocations: the
// same games, the same outcomes, and an earlier solution that refuses to answer rather than read a later tree.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { uniformTree } from '../src/cli/uniform-tree'
import { EngineMemory, GAME_TEMPERATURE, play, solveScenario } from '../src/engine'
import { EMPTY_COURSE } from '../src/engine/decisions/game'
import { solve } from '../src/engine/decisions/solve'
import { SolverMemory } from '../src/engine/decisions/solver-memory'
import { bundledScenarios } from './bundled-scenarios'

const scenarios = bundledScenarios()

/** Every state of a uniform tree, shortest first. */
function statesOf(branching: number, depth: number): number[][] {
  const all: number[][] = [[]]
  for (let i = 0; all[i]!.length < depth; i++) for (let m = 0; m < branching; m++) all.push([...all[i]!, m])
  return all
}

describe('memory lent from one game to the next', () => {
  it('plays every bundled scenario as fresh memory does, one after another in either order', () => {
    const memory = new EngineMemory()
    for (const order of [scenarios, [...scenarios].reverse()])
      for (const scenario of order)
        for (const temperature of [0, GAME_TEMPERATURE]) {
          const setup = { seed: 7, temperature, runs: 300 }
          expect(play(scenario, { ...setup, memory })).toEqual(play(scenario, setup))
        }
  })

  it('solves trees of any size as fresh memory does, strings as keys and after larger trees', () => {
    const memory = new SolverMemory()
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom(0, 0.05, 1),
        (branching, depth, salt, temperature) => {
          const tree = uniformTree(branching, depth, salt)
          const lent = solve(tree, temperature, memory)
          const fresh = solve(tree, temperature)
          for (const s of statesOf(branching, depth)) {
            expect(lent.at(s)).toEqual(fresh.at(s))
            expect(lent.bestValue(s)).toEqual(fresh.bestValue(s))
          }
          expect(lent.size).toBe(fresh.size)
        },
      ),
      { numRuns: 80 },
    )
  })

  it('refuses to answer from a solution whose memory a later solve has claimed', () => {
    const memory = new EngineMemory()
    const [first, second] = [scenarios[0]!, scenarios[1]!]
    const earlier = solveScenario(first, 0, memory)
    const value = earlier.solution.value(EMPTY_COURSE)
    const later = solveScenario(second, 0, memory)
    const overwritten = /a later solve reused its memory/
    expect(() => earlier.solution.at(EMPTY_COURSE)).toThrow(overwritten)
    expect(() => earlier.solution.value(EMPTY_COURSE)).toThrow(overwritten)
    expect(() => earlier.solution.bestValue(EMPTY_COURSE)).toThrow(overwritten)
    expect(() => earlier.solution.size).toThrow(overwritten)
    expect(later.solution.value(EMPTY_COURSE)).toEqual(solveScenario(second).solution.value(EMPTY_COURSE))
    expect(solveScenario(first).solution.value(EMPTY_COURSE)).toEqual(value)
  })

  it('allocates no new columns once it has held the largest game', () => {
    const memory = new EngineMemory()
    for (const scenario of scenarios) play(scenario, { seed: 1, temperature: GAME_TEMPERATURE, memory })
    const s = memory.solver
    const columns = () =>
      [s.mover, s.first, s.values, s.best, s.child, s.chance, s.costOf, s.pending].map((c) => c.data)
    const before = columns()
    const samples = memory.samplesOf(1)
    for (const scenario of scenarios) play(scenario, { seed: 2, temperature: GAME_TEMPERATURE, memory })
    expect(columns()).toEqual(before)
    for (const [i, data] of columns().entries()) expect(data).toBe(before[i])
    expect(memory.samplesOf(1)).toBe(samples)
  })
})
