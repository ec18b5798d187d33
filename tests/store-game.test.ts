// The game store: routes in, engine results out, decisions undone by the back button, autosave and resume.
import { describe, expect, it } from 'vitest'
import { createGameStore, formatHash, parseHash, SAVE_KEY, SAVE_VERSION } from '../src/store'
import * as session from '../src/store/session'
import { fakeLibrary, fakeScenario, fakeStore, memoryStorage, playAt } from './ui-fakes'

const REQUEST = 'request:foreign-backed:peacekeepers:14'

describe('the game store', () => {
  it('starts a game at the briefing with a seed written into the route', async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'briefing'), seed: 7 })
    const { route, game, view } = store.getState()
    expect(formatHash(route)).toBe('#/play/test-crisis/role/kazakhstan?seed=7')
    expect(game).toMatchObject({ scenario: 'test-crisis', role: 'kazakhstan', seed: 7, decisions: [] })
    expect(view?.result.status).toBe('awaiting')
  })

  it("asks the requester first, and plays the others' moves after its decision", async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'briefing') })
    store.getState().begin()
    expect(store.getState().route).toMatchObject({ screen: 'decide', choices: [] })
    const pending = store.getState().view!.result
    if (pending.status !== 'awaiting') throw new Error('expected a decision')
    expect(pending.pending.stage).toBe('request')
    const request = pending.pending.options.find(
      (o) => o.kind === 'request' && o.framing === 'foreign-backed',
    )!
    store.getState().decide(request)
    const { route, view, urlWrite } = store.getState()
    expect(route).toMatchObject({
      screen: 'resolve',
      choices: [expect.stringMatching(/^request:foreign-backed/)],
    })
    expect(urlWrite).toBe('push')
    expect(view!.result.moves[0]).toMatchObject({ by: 'player', stage: 'request' })
    expect(view!.result.moves.some((m) => m.stage === 'response' && m.by === 'engine')).toBe(true)
  })

  it("shows Russia the request's arrival before asking for its answer", async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'russia', 'briefing') })
    store.getState().begin()
    const { route, view } = store.getState()
    expect(route).toMatchObject({ screen: 'resolve' })
    expect(view!.result.moves.map((m) => m.stage)).toEqual(['request'])
  })

  it('undoes a decision when the URL goes back to fewer choices', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'resolve', { seed: 5, choices: [REQUEST] }),
    })
    expect(store.getState().game!.decisions).toEqual([REQUEST])
    store.getState().enter(parseHash('#/play/test-crisis/role/kazakhstan/decide?seed=5&choices='))
    expect(store.getState().game!.decisions).toEqual([])
    expect(store.getState().view!.result.status).toBe('awaiting')
  })

  it('replays a shared link exactly: same seed and choices, same moves and outcomes', async () => {
    const route = playAt('test-crisis', 'kazakhstan', 'outcomes', { seed: 99, choices: [REQUEST] })
    const a = (await fakeStore({ route })).getState().view!.result
    const b = (await fakeStore({ route })).getState().view!.result
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })

  it('keeps the saved decisions when a link names the game without its choices', async () => {
    const storage = memoryStorage()
    await fakeStore({
      storage,
      route: playAt('test-crisis', 'kazakhstan', 'resolve', { seed: 3, choices: [REQUEST] }),
    })
    const store = await fakeStore({ storage, route: playAt('test-crisis', 'kazakhstan', 'briefing') })
    expect(store.getState().game).toMatchObject({ seed: 3, decisions: [REQUEST] })
  })

  it('autosaves every change of the game and resumes it in a new store, as after a reload', async () => {
    const storage = memoryStorage()
    const first = await fakeStore({
      storage,
      route: playAt('test-crisis', 'kazakhstan', 'resolve', { seed: 11, choices: [REQUEST] }),
    })
    const saved = JSON.parse(storage.data.get(SAVE_KEY)!)
    expect(saved).toMatchObject({ version: SAVE_VERSION, game: { seed: 11, decisions: [REQUEST] } })
    const second = await fakeStore({ storage, route: parseHash(formatHash(first.getState().route)) })
    expect(second.getState().view!.result).toEqual(first.getState().view!.result)
  })

  it('sets a corrupt save aside with a notice, and starts fresh', async () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{"version":1,"game":{"scenario":' })
    const store = await fakeStore({ storage })
    expect(store.getState().notice).toEqual({ kind: 'save-unreadable', why: 'corrupt' })
    expect(store.getState().game).toBeNull()
    expect(storage.data.has(SAVE_KEY)).toBe(false)
  })

  it('sets a save from an older version aside with its own notice', async () => {
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ version: 0, game: {} }) })
    const store = await fakeStore({ storage })
    expect(store.getState().notice).toEqual({ kind: 'save-unreadable', why: 'old-version' })
  })

  it('sets aside a save of a crisis the library no longer has', async () => {
    const game = { scenario: 'gone-2030', role: 'x', seed: 1, decisions: [], whatIf: {} }
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ version: SAVE_VERSION, game }) })
    const store = await fakeStore({ storage })
    expect(store.getState().notice).toEqual({ kind: 'save-stale' })
    expect(store.getState().game).toBeNull()
  })

  it('drops the choices of a link that do not fit the game, with a notice', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'resolve', {
        seed: 1,
        choices: ['grant:rapid-reaction:combat:90'],
      }),
    })
    expect(store.getState().game!.decisions).toEqual([])
    expect(store.getState().notice).toEqual({ kind: 'choices-dropped' })
    expect(store.getState().route).toMatchObject({ choices: [] })
  })

  it('replays the game on a moved fact, with fewer runs while dragging and all of them on release', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 2, choices: [REQUEST] }),
    })
    const before = store.getState().view!.result
    if (before.status !== 'finished') throw new Error('expected a finished game')
    store.getState().moveFact('moscow.commitments', 0, 'drag')
    expect(store.getState().whatIf).toMatchObject({ runs: 200, changes: { 'moscow.commitments': 0 } })
    store.getState().moveFact('moscow.commitments', 0, 'release')
    expect(store.getState().whatIf!.runs).toBe(1000)
    expect(store.getState().game!.whatIf).toEqual({ 'moscow.commitments': 0 })
    store.getState().resetWhatIf('moscow.commitments')
    expect(store.getState().whatIf).toBeNull()
    expect(store.getState().game!.whatIf).toEqual({})
  })

  it('serves a slider position it has replayed before from memory', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 2, choices: [REQUEST] }),
    })
    store.getState().moveFact('china.stakes', 0.3, 'release')
    const first = store.getState().whatIf!.result
    store.getState().moveFact('china.stakes', 0.9, 'release')
    store.getState().moveFact('china.stakes', 0.3, 'drag')
    expect(store.getState().whatIf!.result).toBe(first)
  })

  it('warms every position of the sliders in the background, so a drag finds each replay ready', async () => {
    let queued: readonly (() => void)[] = []
    // The real engine, watched: what each background job replayed, by the facts it changed.
    const warmed = new Map<string, session.WhatIfView>()
    let warming = false
    const watched: typeof session = {
      ...session,
      playWhatIf: (view, changes, runs) => {
        const replay = session.playWhatIf(view, changes, runs)
        if (warming) warmed.set(JSON.stringify(changes), replay)
        return replay
      },
    }
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadSession: async () => watched,
      storage: memoryStorage(),
      randomSeed: () => 8,
      schedule: (jobs) => {
        queued = jobs
        return () => {}
      },
    })
    await store.getState().load('all')
    store.getState().enter(playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 8, choices: [REQUEST] }))
    store.getState().prepareWhatIf(['china.stakes', 'moscow.commitments'])
    expect(queued).toHaveLength(42)
    warming = true
    for (const job of queued) job()
    warming = false
    expect(warmed.size).toBe(42)
    // Each position a drag reaches is the very replay the background made, not a new one.
    for (const to of [0, 0.35, 0.8, 1]) {
      store.getState().moveFact('china.stakes', to, 'release')
      expect(store.getState().whatIf!.result).toBe(warmed.get(JSON.stringify({ 'china.stakes': to }))!.result)
    }
    expect(store.getState().whatIf).toMatchObject({ runs: 1000, changes: { 'china.stakes': 1 } })
  })

  it("lets the engine take the player's seat when the changed facts rule out the player's decision", async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'russia', 'what-if', { seed: 2 }) })
    const awaiting = store.getState().view!.result
    if (awaiting.status !== 'awaiting') throw new Error('expected Russia to be asked')
    const grant = awaiting.pending.options.find((o) => o.kind === 'grant')!
    store.getState().decide(grant)
    store.getState().moveFact('threat.armedViolence', 0, 'release')
    expect(store.getState().whatIf).toMatchObject({ engineTookOver: true })
    expect(store.getState().whatIf!.result.report.verdict.status).toBe('not-eligible')
  })

  it('starts a fresh game on a chosen seed, or on a new one', async () => {
    const store = await fakeStore({
      seed: 77,
      route: playAt('test-crisis', 'kazakhstan', 'resolve', { seed: 10, choices: [REQUEST] }),
    })
    store.getState().changeSeed(1234)
    expect(store.getState().game).toMatchObject({ seed: 1234, decisions: [] })
    expect(store.getState().route).toMatchObject({ screen: 'briefing', seed: 1234 })
    store.getState().newSeed()
    expect(store.getState().game).toMatchObject({ seed: 77, decisions: [] })
  })

  it('lists broken scenario files in the library beside the good ones', async () => {
    const library = fakeLibrary(
      [fakeScenario()],
      [
        {
          ok: false,
          file: 'scenarios/bad.yaml',
          problems: [
            { file: 'scenarios/bad.yaml', line: 3, column: 1, path: 'title', message: 'a non-empty text' },
          ],
        },
      ],
    )
    const store = await fakeStore({ library })
    const state = store.getState().library
    expect(state.status === 'ready' && state.entries.map((e) => e.ok)).toEqual([true, false])
  })
})

describe('loading', () => {
  it('loads no engine for the library, and loads it when a game is opened', async () => {
    let engineLoads = 0
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadSession: async () => {
        engineLoads++
        return session
      },
      storage: memoryStorage(),
    })
    await store.getState().load()
    expect(engineLoads).toBe(0)
    store.getState().enter(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 4 }))
    await store.getState().load('all')
    expect(engineLoads).toBe(1)
    expect(store.getState().view?.seed).toBe(4)
  })
})
