// Answers the store's requests with the engine, wherever it runs: the worker and the in-thread transport share it.
import { compareCases, type Decision, EngineMemory, parseDecision, turnChance } from '../engine'
import type { Scenario } from '../scenario/types'
import type { EngineReply, EngineRequest, GameRef } from './engine-protocol'
import { historicalOpening } from './historical-opening'
import { playWhatIf, startGame } from './session'
import { solvedFor } from './solved-cache'

export interface EngineHandler {
  register(key: number, scenario: Scenario): void
  handle<K extends EngineRequest['kind']>(request: Extract<EngineRequest, { kind: K }>): EngineReply[K]
}

export function engineHandler(): EngineHandler {
  const scenarios = new Map<number, Scenario>()
  // The what-if positions are played one after another, each solved afresh: one memory serves them all.
  const whatIfMemory = new EngineMemory()
  const scenarioOf = (key: number): Scenario => {
    const scenario = scenarios.get(key)
    if (!scenario) throw new Error(`no scenario was registered under ${key}`)
    return scenario
  }
  const roleOf = (scenario: Scenario, id: string) => {
    const role = scenario.roles.find((r) => r.id === id)
    if (!role) throw new Error(`${scenario.id} has no role ${id}`)
    return role
  }
  // The store sends back only what startGame kept, so every one of these parses.
  const decisionsOf = (game: GameRef): Decision[] =>
    game.choices.flatMap((c) => {
      const parsed = parseDecision(c)
      return parsed.ok ? [parsed.decision] : []
    })

  const handle = (request: EngineRequest): EngineReply[EngineRequest['kind']] => {
    switch (request.kind) {
      case 'start': {
        const { game, next } = request
        const scenario = scenarioOf(game.scenario)
        const { view, kept, dropped } = startGame(
          scenario,
          roleOf(scenario, game.role),
          game.seed,
          game.choices,
          next,
        )
        const { scenario: _s, role: _r, ...rest } = view
        return { view: rest, kept, dropped }
      }
      case 'what-if': {
        const { game } = request
        const scenario = scenarioOf(game.scenario)
        const role = roleOf(scenario, game.role)
        return playWhatIf(
          scenario,
          role,
          game.seed,
          decisionsOf(game),
          request.changes,
          request.runs,
          whatIfMemory,
        )
      }
      case 'opening': {
        const scenario = scenarioOf(request.scenario)
        return historicalOpening(scenario, roleOf(scenario, request.role), request.from)
      }
      case 'cases': {
        const keyOf = new Map(request.scenarios.map((key) => [scenarioOf(key), key]))
        return compareCases([...keyOf.keys()]).map(({ scenario, verdict, game }) => ({
          scenario: keyOf.get(scenario)!,
          verdict,
          game,
        }))
      }
      case 'turn-chances': {
        // Solved as a game of it is, and kept: the game a student then starts finds the scenario solved.
        const scenario = scenarioOf(request.scenario)
        const solved = solvedFor(scenario)
        return Object.fromEntries(scenario.roles.map((r) => [r.id, turnChance(solved, r.actor)]))
      }
    }
  }

  return {
    register: (key, scenario) => void scenarios.set(key, scenario),
    handle: handle as EngineHandler['handle'],
  }
}
