// Whether troops went is one rule (src/engine/outcomes/troops-go.ts), which the engine's deployment follows and the
// words of a game's moves take through the store's engine face: the words said it in their own two lines once,
// because the screens that word a game do not load the engine. Walked here over every course of a crisis.
import { describe, expect, it } from 'vitest'
import { applyDecision, EMPTY_COURSE, nextDecision } from '../src/engine/decisions/game'
import type { Course, Decision } from '../src/engine/decisions/types'
import { modelContext } from '../src/engine/outcomes/context'
import { deploymentOf } from '../src/engine/outcomes/deployment'
import { helpGiven } from '../src/ui/words/decisions'
import { bundledScenario } from './bundled-scenarios'

/** Every finished course of the crisis, with its moves in the order they were made. */
function* everyGame(
  ctx: ReturnType<typeof modelContext>,
  course: Course = EMPTY_COURSE,
  moves: readonly Decision[] = [],
): Generator<{ course: Course; moves: readonly Decision[] }> {
  const point = nextDecision(ctx, course)
  if (!point) {
    yield { course, moves }
    return
  }
  for (const decision of point.options)
    yield* everyGame(ctx, applyDecision(course, point, decision), [...moves, decision])
}

describe('whether troops went', () => {
  it("is the same in the words of a game's moves as in the engine's deployment, for every course", () => {
    const scenario = bundledScenario('kazakhstan-2022')
    const told = { went: 0, not: 0 }
    for (const { course, moves } of everyGame(modelContext(scenario))) {
      const deployed = deploymentOf(course).kind === 'deployed'
      expect(
        helpGiven(moves.map((decision) => ({ decision }))) === 'troops',
        moves.map((m) => m.kind).join(' '),
      ).toBe(deployed)
      told[deployed ? 'went' : 'not']++
    }
    // Both answers were met: games where troops went and games where none did.
    expect(told.went).toBeGreaterThan(0)
    expect(told.not).toBeGreaterThan(0)
  })
})
