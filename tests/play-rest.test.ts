// A player's later turns, past the decisions given: the game waits for them, or, when asked, the engine takes them
// (the what-if does, where changed facts give the player's seat a turn the student's game never reached).
import { describe, expect, it } from 'vitest'
import { GAME_TEMPERATURE, play, solveScenario } from '../src/engine'
import { bundledScenarios } from './bundled-scenarios'

const bundled = bundledScenarios()

const seeds = Array.from({ length: 24 }, (_, i) => i + 1)
/** Games, over every scenario, in which the player's seat had a turn after its first decision. */
let later = 0

describe.each(bundled.map((s) => [s.id, s] as const))(
  'a player past their decisions in %s',
  (_, scenario) => {
    const solved = solveScenario(scenario, GAME_TEMPERATURE)
    const setup = { temperature: GAME_TEMPERATURE, runs: 1 }

    it('with no decisions and the engine for the rest, is the engine game itself', () => {
      for (const role of scenario.roles)
        for (const seed of seeds) {
          const alone = play(scenario, { ...setup, seed }, solved)
          const seated = play(
            scenario,
            { ...setup, seed, player: { actor: role.actor, decisions: [], rest: 'engine' } },
            solved,
          )
          expect(seated.status).toBe('finished')
          expect(seated.moves.map((m) => [m.actor, m.decision, m.by])).toEqual(
            alone.moves.map((m) => [m.actor, m.decision, 'engine']),
          )
        }
    })

    it("keeps the player's first decision and lets the engine take only the turns after it", () => {
      for (const role of scenario.roles)
        for (const seed of seeds) {
          const first = play(scenario, { ...setup, seed }, solved).moves.find((m) => m.actor === role.actor)
          if (!first) continue
          const player = { actor: role.actor, decisions: [first.decision] }
          const waits = play(scenario, { ...setup, seed, player }, solved)
          const rest = play(scenario, { ...setup, seed, player: { ...player, rest: 'engine' } }, solved)
          expect(rest.status).toBe('finished')
          const own = rest.moves.filter((m) => m.actor === role.actor)
          expect(own.map((m) => m.by)).toEqual(own.map((_, i) => (i === 0 ? 'player' : 'engine')))
          expect(own[0]!.decision).toEqual(first.decision)
          // Up to the turn the waiting game stops at, the two games are one.
          expect(rest.moves.slice(0, waits.moves.length)).toEqual(waits.moves)
          if (waits.status === 'awaiting') {
            later++
            expect(rest.moves[waits.moves.length]).toMatchObject({
              actor: role.actor,
              stage: waits.pending.stage,
              by: 'engine',
            })
          } else expect(rest.moves).toEqual(waits.moves)
        }
    })
  },
)

it('meets, among those games, a seat with a turn after its first decision', () => {
  // Most roles decide once; the property above means something only if some bundled game gives a role a second turn.
  expect(later).toBeGreaterThan(0)
})
