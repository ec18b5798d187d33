// The fair score: the player against the engine's best reply in the same seat, on the same draws, with the
// others' luck told apart from the player's choices.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bestReplyGame,
  type Decision,
  type FinishedGame,
  fairScore,
  GAME_TEMPERATURE,
  type PlayResult,
  play,
  RESTRAINT_TOLERANCE,
  solveScenario,
} from '../src/engine'
import type { ActorId, Scenario } from '../src/scenario'
import { fakeScenario, type ScenarioInput } from './fakes'

const share = fc.double({ min: 0, max: 1, noNaN: true })
const facts = fc.record({
  threat: fc.record({ armedViolence: share, regimeThreat: share, outsideEvidence: share }),
  moscow: fc.record({ legitimacy: share, commitments: share }),
  china: fc.record({ stakes: share }),
})
const crisis = (f: ScenarioInput['facts']): Scenario => fakeScenario({ facts: f })
const seats = fc.constantFrom('kazakhstan', 'russia', 'armenia', 'china') as fc.Arbitrary<ActorId>
const RUNS = 20
const run = { numRuns: 40 }
/** Forty crises played two or three times each: about 3 s on a quiet machine, a budget for a loaded one. */
const BUDGET = 30_000

const finished = (r: PlayResult): FinishedGame => {
  if (r.status !== 'finished') throw new Error(`expected a finished game, got ${r.status}`)
  return r
}

/** Plays a seat to the end, taking at each of its turns the option `pick` chooses among those offered. */
function playSeat(
  scenario: Scenario,
  actor: ActorId,
  seed: number,
  temperature: number,
  pick: (options: readonly Decision[]) => Decision,
): FinishedGame {
  const solved = solveScenario(scenario, temperature)
  const decisions: Decision[] = []
  for (;;) {
    const r = play(scenario, { seed, temperature, runs: RUNS, player: { actor, decisions } }, solved)
    if (r.status !== 'awaiting') return finished(r)
    decisions.push(pick(r.pending.options))
  }
}

describe('the fair score', () => {
  it(
    'gives a player who chose as the engine would have chosen the very same game, and a choice of zero',
    () => {
      fc.assert(
        fc.property(facts, seats, fc.nat(9999), (f, actor, seed) => {
          const scenario = crisis(f)
          const setup = { seed, temperature: GAME_TEMPERATURE, runs: RUNS, player: { actor, decisions: [] } }
          const solved = solveScenario(scenario, GAME_TEMPERATURE)
          const best = bestReplyGame(scenario, setup, solved)
          const mine = best.moves.filter((m) => m.by === 'player').map((m) => m.decision)
          const played = finished(play(scenario, { ...setup, player: { actor, decisions: mine } }, solved))
          const score = fairScore(scenario, setup, solved, played)
          expect(score.choice).toBe(0)
          expect(score.bestReplyGame.moves.map((m) => m.decision)).toEqual(
            played.moves.map((m) => m.decision),
          )
          for (const m of played.moves.filter((m) => m.by === 'player')) expect(m.decision).toEqual(m.best)
        }),
        run,
      )
    },
    BUDGET,
  )

  it(
    'splits the whole difference from what the engine expected into choice and luck',
    () => {
      fc.assert(
        fc.property(facts, seats, fc.nat(9999), fc.nat(5), (f, actor, seed, which) => {
          const scenario = crisis(f)
          const played = playSeat(scenario, actor, seed, GAME_TEMPERATURE, (o) => o[which % o.length]!)
          const decisions = played.moves.filter((m) => m.by === 'player').map((m) => m.decision)
          const setup = { seed, temperature: GAME_TEMPERATURE, runs: RUNS, player: { actor, decisions } }
          const score = fairScore(scenario, setup, solveScenario(scenario, GAME_TEMPERATURE), played)
          expect(score.choice + score.luck).toBeCloseTo(score.yours - score.expected, 12)
        }),
        run,
      )
    },
    BUDGET,
  )

  it(
    "draws the others' moves before the player's first turn exactly as in the player's game",
    () => {
      fc.assert(
        fc.property(facts, seats, fc.nat(9999), (f, actor, seed) => {
          const scenario = crisis(f)
          const played = playSeat(scenario, actor, seed, 0.3, (o) => o[o.length - 1]!)
          const decisions = played.moves.filter((m) => m.by === 'player').map((m) => m.decision)
          const setup = { seed, temperature: 0.3, runs: RUNS, player: { actor, decisions } }
          const best = fairScore(scenario, setup, solveScenario(scenario, 0.3), played).bestReplyGame
          const first = played.moves.findIndex((m) => m.by === 'player')
          const before = first === -1 ? played.moves.length : first
          expect(best.moves.slice(0, before).map((m) => m.decision)).toEqual(
            played.moves.slice(0, before).map((m) => m.decision),
          )
        }),
        run,
      )
    },
    BUDGET,
  )

  it(
    'finds no luck when nobody draws: at temperature 0 the best reply is what the engine expected',
    () => {
      fc.assert(
        fc.property(facts, seats, fc.nat(9999), (f, actor, seed) => {
          const scenario = crisis(f)
          const played = playSeat(scenario, actor, seed, 0, (o) => o[0]!)
          const decisions = played.moves.filter((m) => m.by === 'player').map((m) => m.decision)
          const setup = { seed, temperature: 0, runs: RUNS, player: { actor, decisions } }
          const score = fairScore(scenario, setup, solveScenario(scenario, 0), played)
          expect(score.luck).toBeCloseTo(0, 9)
          // Against others who answer at their best, no choice beats the best reply by more than its ties allow.
          expect(score.choice).toBeLessThanOrEqual(RESTRAINT_TOLERANCE * decisions.length + 1e-9)
        }),
        run,
      )
    },
    BUDGET,
  )
})
