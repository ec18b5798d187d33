// The score's parts as the screens tell them: the others' moves history made (a game that opens as the record has
// it) told apart from the close seconds the dice chose, and a game that ended before the player's seat ever decided.
import { describe, expect, it } from 'vitest'
import { formatDecision } from '../src/engine'
import { deviations } from '../src/store'
import { historicalOpening } from '../src/store/historical-opening'
import { endedBeforeYourTurn, luckParts } from '../src/store/score-parts'
import { startGame } from '../src/store/session'
import { bundledScenario } from './bundled-scenarios'
import { fakeScenario } from './ui-fakes'

/** A crisis whose record has Kazakhstan ask for what its engine actor would not: its opening is history's doing. */
const recordAgainstBest = fakeScenario({
  history: { ...fakeScenario().history!, framing: 'external-attack', help: 'rapid-reaction' },
})
const kremlin = recordAgainstBest.roles.find((r) => r.id === 'russia')!

/** The Kremlin's game from history's opening at `seed`, the Kremlin playing the engine's best reply throughout. */
function bestFromHistory(seed: number) {
  const first = startGame(recordAgainstBest, kremlin, seed, ['refuse']).view
  const best = first
    .score!.bestReplyGame.moves.filter((m) => m.by === 'player')
    .map((m) => formatDecision(m.decision))
  return startGame(recordAgainstBest, kremlin, seed, best).view
}

describe('the moves history made', () => {
  it('are the opening of a game that opens as the record has it, and count apart from chance', () => {
    const seed = historicalOpening(recordAgainstBest, kremlin, 1)!
    const view = bestFromHistory(seed)
    expect(view.recorded?.moves).toBe(1)
    const { history, chance } = luckParts(view.score!, view.recorded)
    expect(history?.moves.map((m) => m.actor)).toEqual(['kazakhstan'])
    expect(chance.moves.some((m) => m.stage === 'request')).toBe(false)
    expect(history!.points + chance.points).toBeCloseTo(view.score!.luck, 12)
  })

  it("are worth what they moved the engine's expectation: with no close second after them, they are all the luck", () => {
    let checked = 0
    for (const from of [1, 30, 100, 300, 1000, 2000]) {
      const seed = historicalOpening(recordAgainstBest, kremlin, from)!
      const view = bestFromHistory(seed)
      const score = view.score!
      if (deviations(score.bestReplyGame.moves.slice(view.recorded!.moves)).length > 0) continue
      checked++
      const { history, chance } = luckParts(score, view.recorded)
      expect(score.choice).toBe(0)
      expect(history!.points).not.toBe(0)
      expect(history!.points).toBeCloseTo(score.luck, 9)
      expect(chance.points).toBeCloseTo(0, 9)
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('are none in a game that did not open as the record has it, nor in a hypothetical', () => {
    const kazakhstan = bundledScenario('kazakhstan-2022')
    const russia = kazakhstan.roles.find((r) => r.actor === 'russia')!
    // Seed 2 opens with a request that fits the record but is not the best reply (see historical-opening.test.ts).
    const otherwise = startGame(kazakhstan, russia, 2, ['refuse']).view
    expect(otherwise.recorded).toBeNull()
    expect(luckParts(otherwise.score!, otherwise.recorded).history).toBeNull()
    const hypothetical = bundledScenario('kazakhstan-unrest-2026')
    for (const role of hypothetical.roles)
      expect(startGame(hypothetical, role, 1, []).view.recorded).toBeNull()
  })
})

describe('a game that ended before the player had to decide', () => {
  const unrest = bundledScenario('kazakhstan-unrest-2026')

  it('names the move that ended it, and scores no choice of the player', () => {
    const kremlinRole = unrest.roles.find((r) => r.actor === 'russia')!
    const { view } = startGame(unrest, kremlinRole, 7390, [])
    expect(view.result.status).toBe('finished')
    const ended = endedBeforeYourTurn(view.result.moves)
    expect(ended).toMatchObject({ actor: 'kazakhstan', decision: { kind: 'no-request' } })
    expect(view.score!.choice).toBe(0)
  })

  it('is not said of a game where the player decided', () => {
    const astana = unrest.roles.find((r) => r.actor === 'kazakhstan')!
    const { view } = startGame(unrest, astana, 7390, ['no-request'])
    expect(endedBeforeYourTurn(view.result.moves)).toBeNull()
  })
})
