// The game store: routes in, engine results out, decisions undone by the back button, autosave and resume.
import { describe, expect, it } from 'vitest'
import { said } from '../src/scenario/wording/en'
import {
  createGameStore,
  type FactPath,
  formatHash,
  parseHash,
  SAVE_KEY,
  SAVE_VERSION,
  type Session,
  selectAnswers,
  selectHandInName,
  type WhatIfItem,
} from '../src/store'
import { fakeLibrary, fakeScenario, fakeStore, memoryStorage, playAt, testSession } from './ui-fakes'

const REQUEST = 'request:foreign-backed:peacekeepers:14'
const sliders = (...facts: FactPath[]): WhatIfItem[] => facts.map((fact) => ({ kind: 'slider', fact }))

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
    await store.getState().begin()
    expect(store.getState().route).toMatchObject({ screen: 'decide', choices: [] })
    const pending = store.getState().view!.result
    if (pending.status !== 'awaiting') throw new Error('expected a decision')
    expect(pending.pending.stage).toBe('request')
    const request = pending.pending.options.find(
      (o) => o.kind === 'request' && o.framing === 'foreign-backed',
    )!
    const deciding = store.getState().decide(request)
    expect(store.getState().busy).toBe(true)
    await deciding
    const { route, view, urlWrite, busy } = store.getState()
    expect(busy).toBe(false)
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
    await store.getState().begin()
    const { route, view } = store.getState()
    expect(route).toMatchObject({ screen: 'resolve' })
    expect(view!.result.moves.map((m) => m.stage)).toEqual(['request'])
  })

  it('undoes a decision when the URL goes back to fewer choices', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'resolve', { seed: 5, choices: [REQUEST] }),
    })
    expect(store.getState().game!.decisions).toEqual([REQUEST])
    await store.getState().enter(parseHash('#/play/test-crisis/role/kazakhstan/decide?seed=5&choices='))
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

  it("autosaves the student's name for the hand-in with their answers, and keeps it to this crisis and role", async () => {
    const storage = memoryStorage()
    const route = playAt('test-crisis', 'kazakhstan', 'debrief', { seed: 11, choices: [REQUEST] })
    const first = await fakeStore({ storage, route })
    first.getState().answer(0, 'Not quite.')
    first.getState().nameHandIn('Anna Petrova, 10B')
    first.getState().answer(1, 'To keep the region.')
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).answers).toEqual({
      scenario: 'test-crisis',
      role: 'kazakhstan',
      texts: ['Not quite.', 'To keep the region.'],
      name: 'Anna Petrova, 10B',
    })
    // As after a reload: the name comes back with the answers.
    const second = await fakeStore({ storage, route })
    expect(selectHandInName(second.getState())).toBe('Anna Petrova, 10B')
    expect(selectAnswers(second.getState())).toEqual(['Not quite.', 'To keep the region.'])
    // Another role's debrief is another hand-in: a fresh page, unsigned.
    await second.getState().enter(playAt('test-crisis', 'russia', 'briefing', { seed: 11 }))
    expect(selectHandInName(second.getState())).toBe('')
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
    expect(store.getState().route).toMatchObject({ screen: 'decide', choices: [] })
  })

  it('leaves the notice about dropped choices behind at the next step, rather than on every page', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'resolve', {
        seed: 1,
        choices: ['grant:rapid-reaction:combat:90'],
      }),
    })
    await store.getState().enter(store.getState().route)
    expect(store.getState().notice).toEqual({ kind: 'choices-dropped' })
    await store.getState().navigate(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 1 }))
    expect(store.getState().notice).toBeNull()
  })

  it('sets the fair score beside a finished game: the engine in the same seat, on the same draws', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'outcomes', { seed: 3, choices: [REQUEST] }),
    })
    const { view } = store.getState()
    expect(view!.result.status).toBe('finished')
    const score = view!.score!
    expect(score.choice + score.luck).toBeCloseTo(score.yours - score.expected, 12)
    expect(score.bestReplyGame.report.outcomes.regimeStability.median).toEqual(expect.any(Number))
  })

  it('shows only the latest of two games asked for in quick succession', async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 1 }) })
    const first = store.getState().changeSeed(111)
    const second = store.getState().changeSeed(222)
    await Promise.all([first, second])
    expect(store.getState().game).toMatchObject({ seed: 222 })
    expect(store.getState().view!.seed).toBe(222)
  })

  it('says plainly when the engine fails on a game, instead of loading for ever', async () => {
    const failing: Session = {
      ...testSession(),
      startGame: () => Promise.reject(new Error('the engine stopped')),
    }
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadSession: async () => failing,
      storage: memoryStorage(),
    })
    await store.getState().load('all')
    await store.getState().enter(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 1 }))
    expect(store.getState()).toMatchObject({ busy: false, engineError: 'the engine stopped', view: null })
  })

  it('replays the game on a moved fact, with fewer runs while dragging and all of them on release', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 2, choices: [REQUEST] }),
    })
    await store.getState().moveFact('moscow.commitments', 0, 'drag')
    expect(store.getState().whatIf).toMatchObject({ runs: 200, changes: { 'moscow.commitments': 0 } })
    await store.getState().moveFact('moscow.commitments', 0, 'release')
    expect(store.getState().whatIf!.runs).toBe(1000)
    expect(store.getState().game!.whatIf).toEqual({ 'moscow.commitments': 0 })
    await store.getState().resetWhatIf('moscow.commitments')
    expect(store.getState().whatIf).toBeNull()
    expect(store.getState().game!.whatIf).toEqual({})
  })

  it('moves the slider at once and shows the replay when it comes, never an older one after a newer', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 2, choices: [REQUEST] }),
    })
    const older = store.getState().moveFact('china.stakes', 0.1, 'release')
    expect(store.getState()).toMatchObject({ replaying: true, game: { whatIf: { 'china.stakes': 0.1 } } })
    const newer = store.getState().moveFact('china.stakes', 0.9, 'release')
    await Promise.all([older, newer])
    expect(store.getState()).toMatchObject({ replaying: false, whatIf: { changes: { 'china.stakes': 0.9 } } })
  })

  it('serves a slider position it has replayed before from memory, at once', async () => {
    const store = await fakeStore({
      route: playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 2, choices: [REQUEST] }),
    })
    await store.getState().moveFact('china.stakes', 0.3, 'release')
    const first = store.getState().whatIf!.outcomes
    await store.getState().moveFact('china.stakes', 0.9, 'release')
    // A drag finds the full replay made before: no wait, not even a microtask's.
    void store.getState().moveFact('china.stakes', 0.3, 'drag')
    expect(store.getState()).toMatchObject({ replaying: false, whatIf: { runs: 1000 } })
    expect(store.getState().whatIf!.outcomes).toBe(first)
  })

  it('warms every position of the sliders in the background, so a drag finds each replay made', async () => {
    let queued: readonly (() => void)[] = []
    const store = await warmingStore((jobs) => {
      queued = jobs
      return () => {}
    })
    store.getState().prepareWhatIf(sliders('china.stakes', 'moscow.commitments'))
    expect(queued).toHaveLength(42)
    for (const job of queued) job()
    // Each position a drag reaches was made in the background: it is shown at once.
    for (const to of [0, 0.35, 0.8, 1]) {
      void store.getState().moveFact('china.stakes', to, 'release')
      expect(store.getState()).toMatchObject({
        replaying: false,
        whatIf: { changes: { 'china.stakes': to } },
      })
    }
    expect(store.getState().whatIf).toMatchObject({ runs: 1000, changes: { 'china.stakes': 1 } })
  })

  it('warms the positions again when a slider is let go or reset, never during a drag, and stops when the screen goes', async () => {
    const lists: (readonly (() => void)[])[] = []
    let stopped = 0
    const store = await warmingStore((jobs) => {
      lists.push(jobs)
      return () => {
        stopped++
      }
    })
    const leave = store.getState().prepareWhatIf(sliders('china.stakes', 'moscow.commitments'))
    expect(lists).toHaveLength(1)
    for (const to of [0.1, 0.2, 0.3]) void store.getState().moveFact('china.stakes', to, 'drag')
    expect(lists).toHaveLength(1)
    const letGo = store.getState().moveFact('china.stakes', 0.3, 'release')
    // The outcomes come first: the new warm-up is sent in a task of its own, not while the student waits.
    expect(lists).toHaveLength(1)
    await letGo
    expect(lists).toHaveLength(2)
    expect(stopped).toBe(1)
    await store.getState().resetWhatIf('china.stakes')
    expect(lists).toHaveLength(3)
    leave()
    expect(stopped).toBe(3)
    await store.getState().moveFact('china.stakes', 0.5, 'release')
    expect(lists).toHaveLength(3)
  })

  it("lets the engine take the player's seat when the changed facts rule out the player's decision", async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'russia', 'what-if', { seed: 2 }) })
    const awaiting = store.getState().view!.result
    if (awaiting.status !== 'awaiting') throw new Error('expected Russia to be asked')
    const grant = awaiting.pending.options.find((o) => o.kind === 'grant')!
    await store.getState().decide(grant)
    await store.getState().moveFact('threat.armedViolence', 0, 'release')
    expect(store.getState().whatIf).toMatchObject({ seat: 'engine', verdict: 'not-eligible' })
  })

  it('starts from what really happened: a game whose other actors open as the record has them', async () => {
    const store = await fakeStore({ route: playAt('test-crisis', 'russia', 'briefing', { seed: 5 }) })
    await store.getState().startFromHistory()
    const { view, route } = store.getState()
    expect(route).toMatchObject({ screen: 'resolve' })
    expect(view!.result.status).toBe('awaiting')
    expect(view!.result.moves).toEqual([
      expect.objectContaining({
        stage: 'request',
        decision: expect.objectContaining({ framing: 'foreign-backed' }),
      }),
    ])
  })

  it('starts a fresh game on a chosen seed, or on a new one', async () => {
    const store = await fakeStore({
      seed: 77,
      route: playAt('test-crisis', 'kazakhstan', 'resolve', { seed: 10, choices: [REQUEST] }),
    })
    await store.getState().changeSeed(1234)
    expect(store.getState().game).toMatchObject({ seed: 1234, decisions: [] })
    expect(store.getState().route).toMatchObject({ screen: 'briefing', seed: 1234 })
    await store.getState().newSeed()
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
            {
              file: 'scenarios/bad.yaml',
              line: 3,
              column: 1,
              path: 'title',
              ...said('own-words', { words: 'a non-empty text' }),
            },
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
        return testSession()
      },
      storage: memoryStorage(),
    })
    await store.getState().load()
    expect(engineLoads).toBe(0)
    await store.getState().enter(playAt('test-crisis', 'kazakhstan', 'briefing', { seed: 4 }))
    expect(engineLoads).toBe(1)
    expect(store.getState().view?.seed).toBe(4)
  })
})

/** A finished game on its what-if page, whose engine hands each warm-up's jobs to `warm` rather than run them. */
async function warmingStore(warm: Parameters<typeof testSession>[0]) {
  const store = createGameStore({
    loadLibrary: async () => fakeLibrary(),
    loadSession: async () => testSession(warm),
    storage: memoryStorage(),
    randomSeed: () => 8,
  })
  await store.getState().load('all')
  await store
    .getState()
    .enter(playAt('test-crisis', 'kazakhstan', 'what-if', { seed: 8, choices: [REQUEST] }))
  return store
}
