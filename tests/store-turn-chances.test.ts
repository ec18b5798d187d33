// How likely each role of a crisis is to decide at all: asked of the engine's thread once the crisis page's
// scenario has come, kept by scenario id, and read by the page as about so many games in 10.
import { describe, expect, it } from 'vitest'
import { createGameStore, type GameStore, selectTurnsInTen } from '../src/store'
import { directTransport } from '../src/store/direct-transport'
import type { Session } from '../src/store/kit'
import { fakeLibrary, fakeScenario, memoryStorage, testSession } from './ui-fakes'

const PAGE = { name: 'scenario', scenario: 'test-crisis' } as const

function counting(turnChances?: Session['turnChances']) {
  const asked: string[] = []
  const session = testSession()
  const store = createGameStore({
    loadLibrary: async () => fakeLibrary(),
    loadSession: async () => ({
      ...session,
      turnChances: (scenario) => {
        asked.push(scenario.id)
        return (turnChances ?? session.turnChances)(scenario)
      },
    }),
    storage: memoryStorage(),
  })
  return { store, asked }
}

describe('the chance each role of a crisis decides, in the store', () => {
  it("is asked of the engine once when the crisis page's scenario has come, and kept by scenario id", async () => {
    const { store, asked } = counting()
    await store.getState().enter(PAGE)
    await store.getState().enter(PAGE)
    await store.getState().loadTurnChances('test-crisis')
    expect(asked).toEqual(['test-crisis'])
    const chances = store.getState().turnChances['test-crisis']!
    expect(Object.keys(chances).sort()).toEqual(
      fakeScenario()
        .roles.map((r) => r.id)
        .sort(),
    )
    // The requester opens every game.
    expect(chances.kazakhstan).toBe(1)
  })

  it('is not asked on a page that shows no crisis', async () => {
    const { store, asked } = counting()
    await store.getState().enter({ name: 'compare' })
    expect(asked).toEqual([])
  })

  it('leaves the page silent when the engine fails', async () => {
    const { store } = counting(() => Promise.reject(new Error('the engine stopped')))
    await store.getState().enter(PAGE)
    await store.getState().loadTurnChances('test-crisis')
    expect(store.getState().turnChances).toEqual({})
  })

  it("comes from the engine's handler as a chance by role", () => {
    const transport = directTransport()
    const scenario = fakeScenario()
    transport.register(1, scenario)
    return expect(transport.request({ kind: 'turn-chances', scenario: 1 })).resolves.toMatchObject({
      kazakhstan: 1,
    })
  })
})

describe('about how many games in 10 a role decides', () => {
  const state = (chances: Record<string, number>) =>
    ({ turnChances: { crisis: chances } }) as unknown as GameStore
  const inTen = (chance: number | undefined) =>
    selectTurnsInTen('crisis', 'role')(state(chance === undefined ? {} : { role: chance }))

  it('is nothing to say while the engine has not answered, or for a role that nearly always decides', () => {
    expect(inTen(undefined)).toBeNull()
    expect(inTen(0.9)).toBeNull()
    expect(inTen(1)).toBeNull()
  })

  it('rounds to the nearest game in 10, 0 standing for rarely', () => {
    expect(inTen(0.89)).toBe(9)
    expect(inTen(0.245)).toBe(2)
    expect(inTen(0.04)).toBe(0)
    expect(inTen(0)).toBe(0)
  })
})
