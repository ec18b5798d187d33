// A page left open looks for a new version of the app: when it is shown again and every hour, never offline,
// and a version it finds is announced like any other.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { connectServiceWorker, createGameStore, type RegisterServiceWorker } from '../src/store'
import { UPDATE_INTERVAL_MS, type UpdateCheckWindow } from '../src/store/update-check'
import { fakeLibrary, memoryStorage, testSession } from './ui-fakes'

const SCRIPT = './sw.js'

const newStore = () =>
  createGameStore({
    loadLibrary: async () => fakeLibrary(),
    loadSession: async () => testSession(),
    storage: memoryStorage(),
  })

/** A registered service worker whose update() the test counts, and the window it lives in. */
function openPage(answer: { status: number } | Error = { status: 200 }) {
  const store = newStore()
  let newVersion: (() => void) | undefined
  const registration = {
    installing: null as ServiceWorker | null,
    // As the browser does: an update that finds a new script installs it, and the page hears it is waiting.
    update: vi.fn(async () => {
      newVersion?.()
      return registration as unknown as ServiceWorkerRegistration
    }),
  }
  let shown: (() => void) | undefined
  const page = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: 'visibilitychange', listener: () => void) => {
      shown = listener
    },
  }
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => {
    if (answer instanceof Error) throw answer
    return answer
  })
  const win: UpdateCheckWindow = {
    document: page,
    setInterval: (handler, ms) => setInterval(handler, ms),
    fetch,
  }
  const register: RegisterServiceWorker = (options) => {
    newVersion = options.onNeedRefresh
    options.onRegisteredSW(SCRIPT, registration)
    return async () => {}
  }
  connectServiceWorker(store, register, win)
  return {
    store,
    registration,
    fetch,
    /** The reader switches to another tab or app, and comes back. */
    async hideAndShow() {
      page.visibilityState = 'hidden'
      shown?.()
      await vi.advanceTimersByTimeAsync(0)
      page.visibilityState = 'visible'
      shown?.()
      await vi.advanceTimersByTimeAsync(0)
    },
  }
}

describe('a page left open', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('asks nothing until it is shown again or an hour has passed', async () => {
    const { registration, fetch } = openPage()
    await vi.advanceTimersByTimeAsync(UPDATE_INTERVAL_MS - 1)
    expect(fetch).not.toHaveBeenCalled()
    expect(registration.update).not.toHaveBeenCalled()
  })

  it('looks for a new version each time it is shown again, and not when it is hidden', async () => {
    const page = openPage()
    await page.hideAndShow()
    expect(page.registration.update).toHaveBeenCalledOnce()
    await page.hideAndShow()
    expect(page.registration.update).toHaveBeenCalledTimes(2)
    // Hidden once each time, shown once each time: the worker's script was asked for twice, past every cache, at
    // the address the worker was registered with.
    expect(page.fetch).toHaveBeenCalledTimes(2)
    expect(page.fetch).toHaveBeenCalledWith(SCRIPT, expect.objectContaining({ cache: 'no-store' }))
  })

  it('looks for a new version every hour', async () => {
    const { registration } = openPage()
    await vi.advanceTimersByTimeAsync(UPDATE_INTERVAL_MS)
    expect(registration.update).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(2 * UPDATE_INTERVAL_MS)
    expect(registration.update).toHaveBeenCalledTimes(3)
  })

  it('asks nothing while offline, and asks again once back online', async () => {
    const page = openPage()
    page.store.getState().setOnline(false)
    await page.hideAndShow()
    await vi.advanceTimersByTimeAsync(3 * UPDATE_INTERVAL_MS)
    expect(page.fetch).not.toHaveBeenCalled()
    expect(page.registration.update).not.toHaveBeenCalled()
    page.store.getState().setOnline(true)
    await page.hideAndShow()
    expect(page.registration.update).toHaveBeenCalledOnce()
  })

  it('asks nothing while a new version is already installing', async () => {
    const page = openPage()
    page.registration.installing = {} as ServiceWorker
    await page.hideAndShow()
    await vi.advanceTimersByTimeAsync(UPDATE_INTERVAL_MS)
    expect(page.registration.update).not.toHaveBeenCalled()
  })

  it('leaves the registration alone when the server does not answer, and asks again later', async () => {
    const down = openPage({ status: 503 })
    await down.hideAndShow()
    expect(down.fetch).toHaveBeenCalledOnce()
    expect(down.registration.update).not.toHaveBeenCalled()
    const lost = openPage(new TypeError('Failed to fetch'))
    await lost.hideAndShow()
    await vi.advanceTimersByTimeAsync(UPDATE_INTERVAL_MS)
    expect(lost.fetch).toHaveBeenCalledTimes(2)
    expect(lost.registration.update).not.toHaveBeenCalled()
  })

  it('announces the version it finds, as the reader can then reload to it', async () => {
    const page = openPage()
    expect(page.store.getState().update).toBe('none')
    await page.hideAndShow()
    expect(page.store.getState().update).toBe('ready')
  })
})
