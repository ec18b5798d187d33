// A game's address reads its own bundled scenario and no other (library-slice.ts): the rest of the library comes
// when a page needs it, with the same scenario objects, so the game in progress is not played again.
import { describe, expect, it } from 'vitest'
import { createGameStore, SAVE_KEY, SAVE_VERSION } from '../src/store'
import type { LibraryEntry } from '../src/store/kit'
import type { Route } from '../src/store/route'
import { fakeLibrary, fakeScenario, memoryStorage, playAt, testSession } from './ui-fakes'

const CRISIS = fakeScenario()
const OTHER = fakeScenario({ id: 'other-crisis', title: 'Another Crisis 2024' })
const MINE = fakeScenario({ id: 'my-own-crisis', title: 'My Own Crisis 2030' })

/** A store whose bundled scenarios are CRISIS and OTHER, and whose browser keeps MINE; it counts what it reads. */
function counting(storage = memoryStorage()) {
  const reads = { library: 0, bundled: [] as string[], games: 0 }
  const bundled = fakeLibrary([CRISIS, OTHER])
  const session = testSession()
  const store = createGameStore({
    loadLibrary: async () => {
      reads.library++
      return [...bundled, { ok: true, imported: true, scenario: MINE }]
    },
    loadBundled: async (id) => {
      reads.bundled.push(id)
      return bundled.find((e) => e.ok && e.scenario.id === id)
    },
    loadSession: async () => ({
      ...session,
      startGame: (...args) => {
        reads.games++
        return session.startGame(...args)
      },
    }),
    storage,
  })
  return { store, reads }
}

const ids = (entries: readonly LibraryEntry[]) => entries.map((e) => (e.ok ? e.scenario.id : e.file))

describe("a game's address", () => {
  it('reads its own bundled scenario and plays it, without the rest of the library', async () => {
    const { store, reads } = counting()
    await store.getState().enter(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 4 }))
    const { library, view } = store.getState()
    expect(reads).toMatchObject({ library: 0, bundled: ['test-crisis'] })
    expect(library.status === 'partial' && ids(library.entries)).toEqual(['test-crisis'])
    expect(view?.scenario).toBe(CRISIS)
  })

  it('reads another game alone too, and the whole library once a page lists them, keeping the game', async () => {
    const { store, reads } = counting()
    await store.getState().enter(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 4 }))
    await store.getState().navigate(playAt('other-crisis', 'kazakhstan', 'briefing', { seed: 5 }))
    const partial = store.getState().library
    expect(partial.status === 'partial' && ids(partial.entries)).toEqual(['test-crisis', 'other-crisis'])
    expect(store.getState().view?.scenario).toBe(OTHER)
    expect(reads.library).toBe(0)
    const games = reads.games
    for (const route of [{ name: 'workshop' }, { name: 'live' }, { name: 'compare' }] as Route[]) {
      await store.getState().navigate(route)
      await store.getState().navigate(playAt('other-crisis', 'kazakhstan', 'briefing', { seed: 5 }))
    }
    const whole = store.getState().library
    expect(whole.status === 'ready' && ids(whole.entries)).toEqual([
      'test-crisis',
      'other-crisis',
      'my-own-crisis',
    ])
    expect(reads.library).toBe(1)
    // The whole library holds the same scenario objects: the game in progress is not played again.
    expect(store.getState().view?.scenario).toBe(OTHER)
    expect(reads.games).toBe(games)
  })

  it("reads a scenario's page alone as well", async () => {
    const { store, reads } = counting()
    await store.getState().enter({ name: 'scenario', scenario: 'other-crisis' })
    expect(store.getState().library.status).toBe('partial')
    expect(reads).toMatchObject({ library: 0, bundled: ['other-crisis'] })
  })

  it("reads the whole library for this browser's own scenario, which is not bundled", async () => {
    const { store, reads } = counting()
    await store.getState().enter(playAt('my-own-crisis', 'kazakhstan', 'briefing', { seed: 4 }))
    expect(reads).toMatchObject({ library: 1, bundled: ['my-own-crisis'] })
    expect(store.getState().library.status).toBe('ready')
    expect(store.getState().view?.scenario).toBe(MINE)
  })

  it('sets aside a save of a role its scenario no longer has, and leaves a save of another scenario alone', async () => {
    const save = (scenario: string, role: string) =>
      memoryStorage({
        [SAVE_KEY]: JSON.stringify({
          version: SAVE_VERSION,
          game: { scenario, role, seed: 1, decisions: [], whatIf: {} },
        }),
      })
    const stale = counting(save('test-crisis', 'no-such-role'))
    await stale.store.getState().enter({ name: 'scenario', scenario: 'test-crisis' })
    expect(stale.store.getState()).toMatchObject({ game: null, notice: { kind: 'save-stale' } })

    const elsewhere = counting(save('my-own-crisis', 'kazakhstan'))
    await elsewhere.store.getState().enter({ name: 'scenario', scenario: 'test-crisis' })
    expect(elsewhere.store.getState().game).toMatchObject({ scenario: 'my-own-crisis' })
    expect(elsewhere.store.getState().notice).toBeNull()
  })

  it('says plainly when its scenario cannot be read, instead of loading for ever', async () => {
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadBundled: () => Promise.reject(new Error('the network went away')),
      loadSession: async () => testSession(),
      storage: memoryStorage(),
    })
    await store.getState().enter(playAt('test-crisis', 'kazakhstan', 'debrief', { seed: 4 }))
    expect(store.getState().library).toEqual({ status: 'failed', message: 'the network went away' })
  })
})
