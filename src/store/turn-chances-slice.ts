// How likely each role of a crisis is to get a decision at all: in many games the crisis ends before a late
// role's turn, and the crisis page tells a student so before they choose. Asked of the engine in its worker,
// once per scenario, when the crisis page's scenario has come.
import type { Scenario } from '../scenario/types'
import { findScenario } from './library-slice'
import type { Slice } from './slice'
import type { GameStore, TurnChancesSlice } from './state'

/** A role that decides at least this often needs no word on the crisis page. */
export const USUAL_TURN = 0.9

export const turnChancesSlice: Slice<TurnChancesSlice> = (set, get, ctx) => {
  // By the scenario object: an instructor's own scenario reloaded with changes is a new one, asked again.
  const asked = new WeakMap<Scenario, Promise<void>>()

  const ask = async (scenario: Scenario): Promise<void> => {
    await get().load('engine')
    const { session } = ctx
    if (!session) return
    try {
      const chances = await session.turnChances(scenario)
      set((s) => {
        s.turnChances[scenario.id] = chances
      })
    } catch {
      // The line is a courtesy: without the engine's answer the page simply says nothing about it.
    }
  }

  return {
    turnChances: {},
    loadTurnChances(id) {
      const scenario = findScenario(get().library, id)
      if (!scenario) return Promise.resolve()
      let asking = asked.get(scenario)
      if (!asking) {
        asking = ask(scenario)
        asked.set(scenario, asking)
      }
      return asking
    },
  }
}

/**
 * About how many games in 10 give the role a decision, for the crisis page: 0 means rarely; null while the engine
 * has not answered, or when the role decides in nearly every game.
 */
export const selectTurnsInTen =
  (scenario: string, role: string) =>
  (s: GameStore): number | null => {
    const chance = s.turnChances[scenario]?.[role]
    return chance === undefined || chance >= USUAL_TURN ? null : Math.round(chance * 10)
  }
