// The command line's line of reasons under each move: what separated the engine's choice from the alternative
// that mattered, or, for a move no term decided, that the two were nearly even for the mover (it once said nothing).
import { describe, expect, it } from 'vitest'
import { formatMove } from '../src/cli/format-play'
import { play } from '../src/engine'
import { bundledScenarios } from './bundled-scenarios'

const moves = bundledScenarios().flatMap((scenario) =>
  [1, 2, 3, 4].flatMap((seed) =>
    play(scenario, { seed, temperature: 0.02 }).moves.map((move) => ({ scenario, move })),
  ),
)

describe("the command line's reasons under an engine's move", () => {
  it('names the terms that separated the choice from its alternative', () => {
    const named = moves.filter(({ move }) => move.against && move.reasons.length > 0)
    expect(named.length).toBeGreaterThan(0)
    for (const { scenario, move } of named)
      expect(formatMove(scenario, move, 1)[1]).toMatch(/^ {3}Why \(the alternative: it .+\): .+\(([+−-])?\d/)
  })

  it('says a move no term decided was nearly even for the mover', () => {
    const even = moves.filter(({ move }) => move.against && move.reasons.length === 0 && !move.blockedBy)
    expect(even.length).toBeGreaterThan(0)
    for (const { scenario, move } of even)
      expect(formatMove(scenario, move, 1)[1]).toMatch(
        /^ {3}Why \(the alternative: it .+\): nearly even for it; no term worth 0\.005 or more$/,
      )
  })
})
