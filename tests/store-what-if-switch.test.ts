// A what-if switch in the store: Armenia 2020 with the fighting on Armenia's own land, where Article 4 reaches it,
// replayed in full on the changed fact, kept with the game, and put back by a reset or by the scenario's own value.
import { describe, expect, it } from 'vitest'
import { createGameStore, SAVE_KEY, SAVE_VERSION } from '../src/store'
import { bundledScenarios } from './bundled-scenarios'
import { fakeLibrary, memoryStorage, playAt, testSession } from './ui-fakes'

const REQUEST = 'request:external-attack:peacekeepers:14'
const library = fakeLibrary(bundledScenarios())

async function armenia(storage = memoryStorage(), warm?: Parameters<typeof testSession>[0]) {
  const store = createGameStore({
    loadLibrary: async () => library,
    loadSession: async () => testSession(warm),
    storage,
    randomSeed: () => 3,
  })
  await store.getState().load('all')
  await store
    .getState()
    .enter(playAt('armenia-2020', 'pashinyan', 'what-if', { seed: 3, choices: [REQUEST] }))
  return store
}

describe('a what-if switch', () => {
  it("replays the game on the switched fact, in full, and the others' choices follow", async () => {
    const store = await armenia()
    const mine = store.getState().view!.result
    expect(mine.status).toBe('finished')
    await store.getState().setSwitch('territory', 'own')
    const replay = store.getState().whatIf!
    expect(replay).toMatchObject({ changes: { territory: 'own' }, runs: 1000 })
    expect(store.getState().game!.whatIf).toEqual({ territory: 'own' })
    const russia = (moves: readonly { actor: string; decision: unknown }[]) =>
      moves.filter((m) => m.actor === 'russia').map((m) => JSON.stringify(m.decision))
    expect(russia(replay.moves)).not.toEqual(russia(mine.status === 'finished' ? mine.moves : []))
  })

  it("is put back by choosing the scenario's own value, or by a reset", async () => {
    const store = await armenia()
    await store.getState().setSwitch('territory', 'own')
    await store.getState().setSwitch('territory', 'foreign')
    expect(store.getState()).toMatchObject({ whatIf: null, game: { whatIf: {} } })
    await store.getState().setSwitch('territory', 'disputed')
    await store.getState().moveFact('moscow.legitimacy', 0.2, 'release')
    await store.getState().resetWhatIf('territory')
    expect(store.getState().game!.whatIf).toEqual({ 'moscow.legitimacy': 0.2 })
  })

  it("warms each switch's values beside the sliders' positions", async () => {
    let queued: readonly (() => void)[] = []
    const store = await armenia(memoryStorage(), (jobs) => {
      queued = jobs
      return () => {}
    })
    const scenario = store.getState().view!.scenario
    store.getState().prepareWhatIf([
      { kind: 'switch', fact: 'territory', own: 'foreign', alternatives: ['own', 'disputed'] },
      { kind: 'slider', fact: 'moscow.legitimacy' },
    ])
    // The scenario's own territory is the game itself, made already: the two others and 21 positions are left.
    expect(queued).toHaveLength(23)
    expect(scenario.id).toBe('armenia-2020')
    for (const job of queued) job()
    void store.getState().setSwitch('territory', 'own')
    expect(store.getState()).toMatchObject({ replaying: false, whatIf: { changes: { territory: 'own' } } })
  })

  it('is restored with the game after a reload, and a value the scenario does not offer is dropped', async () => {
    const saved = memoryStorage()
    const game = { scenario: 'armenia-2020', role: 'pashinyan', seed: 3, decisions: [REQUEST] }
    // Armenia 2020 offers a switch of territory, but none of the kind of crisis.
    const whatIf = { 'threat.kind': 'unrest', territory: 'own' }
    saved.setItem(SAVE_KEY, JSON.stringify({ version: SAVE_VERSION, game: { ...game, whatIf } }))
    const store = await armenia(saved)
    expect(store.getState().game!.whatIf).toEqual({ territory: 'own' })
    expect(store.getState().whatIf).toMatchObject({ changes: { territory: 'own' } })
  })
})
