// How likely each role of every bundled scenario is to decide at all: exact over the solved tree, and borne out
// by the games the engine really plays.
import { describe, expect, it } from 'vitest'
import {
  EMPTY_COURSE,
  GAME_TEMPERATURE,
  nextDecision,
  play,
  playtest,
  solveScenario,
  turnChance,
} from '../src/engine'
import { bundledScenarios } from './bundled-scenarios'

const bundled = bundledScenarios()

describe.each(bundled.map((s) => [s.id, s] as const))(
  'the chance each role of %s gets to decide',
  (_, scenario) => {
    const solved = solveScenario(scenario, GAME_TEMPERATURE)
    const chances = scenario.roles.map((role) => ({ role, chance: turnChance(solved, role.actor) }))

    it('is certain for the first mover and a probability for every role', () => {
      const first = nextDecision(solved.ctx, EMPTY_COURSE)!
      expect(turnChance(solved, first.actor)).toBe(1)
      for (const { chance } of chances) {
        expect(chance).toBeGreaterThanOrEqual(0)
        expect(chance).toBeLessThanOrEqual(1)
      }
    })

    it('at temperature 0 is all or nothing, nothing exactly where the play-test warns the role never decides', () => {
      const best = solveScenario(scenario, 0)
      const never = new Set(
        playtest(scenario).warnings.flatMap((w) => (w.kind === 'no-decision' ? [w.role] : [])),
      )
      for (const role of scenario.roles)
        expect([role.id, turnChance(best, role.actor)]).toEqual([role.id, never.has(role.id) ? 0 : 1])
    })

    it('matches the share of 400 games at the game temperature in which the role moved', () => {
      const moved = new Map<string, number>()
      for (let seed = 1; seed <= 400; seed++) {
        const result = play(scenario, { seed, temperature: GAME_TEMPERATURE, runs: 1 }, solved)
        for (const actor of new Set(result.moves.map((m) => m.actor)))
          moved.set(actor, (moved.get(actor) ?? 0) + 1)
      }
      // A binomial share of 400 games strays from its chance by at most 0.025 in one standard deviation.
      for (const { role, chance } of chances)
        expect([role.id, Math.abs((moved.get(role.actor) ?? 0) / 400 - chance)]).toEqual([
          role.id,
          expect.toSatisfy((d: number) => d <= 0.1),
        ])
    })
  },
)
