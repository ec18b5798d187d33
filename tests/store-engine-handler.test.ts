// The engine's thread answers what-if positions one after another in memory it lends from one to the next: each
// answer must be the one a fresh engine gives, whatever came before it.
import { describe, expect, it } from 'vitest'
import { FACT_PATHS } from '../src/scenario'
import { engineHandler } from '../src/store/engine-handler'
import { playWhatIf } from '../src/store/session'
import { bundledScenarios } from './bundled-scenarios'

const scenarios = bundledScenarios()

describe('the engine handler’s what-if replies', () => {
  it('are the replies of a fresh engine, position after position and scenario after scenario', () => {
    const handler = engineHandler()
    for (const [key, scenario] of scenarios.entries()) handler.register(key, scenario)
    for (const [key, scenario] of [...scenarios.entries(), ...[...scenarios.entries()].reverse()]) {
      const role = scenario.roles[0]!
      const game = { scenario: key, role: role.id, seed: 11, choices: [] }
      for (const legitimacy of [0.1, 0.5, 0.9]) {
        const changes = { 'moscow.legitimacy': legitimacy }
        const reply = handler.handle({ kind: 'what-if', game, changes, runs: 200 })
        expect(reply).toEqual(playWhatIf(scenario, role, 11, [], changes, 200))
      }
    }
  })
  // The worker sends a warmed reply as JSON text (src/store/engine-worker.ts): a NaN or an infinity would come
  // back as null, and the position the student lets go at would show other outcomes than a fresh reply.
  it('survive the JSON text a warmed reply crosses as', () => {
    const handler = engineHandler()
    for (const [key, scenario] of scenarios.entries()) {
      handler.register(key, scenario)
      for (const role of scenario.roles) {
        const game = { scenario: key, role: role.id, seed: 5, choices: [] }
        // Every fact a slider moves, at both ends, where a share or a ratio is likeliest to divide by nothing.
        for (const changes of [{}, ...FACT_PATHS.flatMap((fact) => [{ [fact]: 0 }, { [fact]: 1 }])]) {
          const reply = handler.handle({ kind: 'what-if', game, changes, runs: 100 })
          expect(JSON.parse(JSON.stringify(reply))).toEqual(reply)
        }
      }
    }
  })
})
