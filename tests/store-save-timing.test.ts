// The autosave's timing in the browser: the game is written once the page is idle, never during the move that
// changed it, and at once when the page goes away or is hidden.
import { describe, expect, it } from 'vitest'
import { createGameStore, SAVE_KEY } from '../src/store'
import { type IdleHost, saveWhenIdle } from '../src/store/save-timing'
import { fakeLibrary, memoryStorage, playAt, testSession } from './ui-fakes'

/** A page whose idle callbacks and events run when the test says. */
function fakePage(options: { idleCallbacks?: boolean } = {}) {
  const idle: (() => void)[] = []
  const listeners = new Map<string, (() => void)[]>()
  const page = {
    document: { visibilityState: 'visible' },
    setTimeout: (run: () => void) => void idle.push(run),
    addEventListener: (type: string, listener: () => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    ...(options.idleCallbacks === false ? {} : { requestIdleCallback: (run: () => void) => idle.push(run) }),
  }
  return {
    host: page as IdleHost,
    runIdle: () => {
      for (const run of idle.splice(0)) run()
    },
    fire: (type: string) => {
      for (const listener of listeners.get(type) ?? []) listener()
    },
    page,
  }
}

describe('the idle save', () => {
  it('writes only the newest of the writes that waited, once the page is idle', () => {
    const page = fakePage()
    const timing = saveWhenIdle(page.host)
    const written: string[] = []
    timing.later(() => written.push('first'))
    timing.later(() => written.push('second'))
    expect(written).toEqual([])
    page.runIdle()
    expect(written).toEqual(['second'])
    page.runIdle()
    expect(written).toEqual(['second'])
  })

  it('writes at once when the page goes away or is hidden', () => {
    const page = fakePage()
    const timing = saveWhenIdle(page.host)
    const written: string[] = []
    timing.later(() => written.push('before leaving'))
    page.fire('pagehide')
    expect(written).toEqual(['before leaving'])
    timing.later(() => written.push('before hiding'))
    page.fire('visibilitychange')
    expect(written).toEqual(['before leaving'])
    page.page.document.visibilityState = 'hidden'
    page.fire('visibilitychange')
    expect(written).toEqual(['before leaving', 'before hiding'])
    // What was written on the way out is not written again when the idle callback comes.
    page.runIdle()
    expect(written).toEqual(['before leaving', 'before hiding'])
  })

  it('waits for the next task in a browser without idle callbacks', () => {
    const page = fakePage({ idleCallbacks: false })
    const timing = saveWhenIdle(page.host)
    const written: string[] = []
    timing.later(() => written.push('saved'))
    expect(written).toEqual([])
    page.runIdle()
    expect(written).toEqual(['saved'])
  })

  it("keeps a what-if move out of storage until the page is idle, then saves the game's sliders", async () => {
    const page = fakePage()
    const storage = memoryStorage()
    const store = createGameStore({
      loadLibrary: async () => fakeLibrary(),
      loadSession: async () => testSession(),
      storage,
      saveTiming: saveWhenIdle(page.host),
      randomSeed: () => 8,
    })
    await store.getState().load('all')
    await store.getState().enter(
      playAt('test-crisis', 'kazakhstan', 'what-if', {
        seed: 8,
        choices: ['request:foreign-backed:peacekeepers:14'],
      }),
    )
    page.runIdle()
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).game.whatIf).toEqual({})
    await store.getState().moveFact('china.stakes', 0.3, 'release')
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).game.whatIf).toEqual({})
    page.fire('pagehide')
    expect(JSON.parse(storage.data.get(SAVE_KEY)!).game.whatIf).toEqual({ 'china.stakes': 0.3 })
  })
})
