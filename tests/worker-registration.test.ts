// When the service worker is registered: a first visit's download of the whole build waits until the page has
// loaded and its own downloads have stopped; a page the worker already controls registers at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  IDLE_TIMEOUT_MS,
  LONGEST_WAIT_MS,
  QUIET_MS,
  type RegistrationWindow,
  registerWhenSettled,
} from '../src/store/worker-registration'

/** A window whose load, downloads and idle moments the test makes happen. */
function fakeWindow(options: { controlled?: boolean; loaded?: boolean; idle?: boolean; observer?: boolean }) {
  let onLoad: (() => void) | undefined
  const observers: { callback: () => void; connected: boolean }[] = []
  const idle: { callback: () => void; timeout: number }[] = []
  const win: RegistrationWindow = {
    document: { readyState: options.loaded ? 'complete' : 'loading' },
    navigator: { serviceWorker: { controller: options.controlled ? {} : null } },
    addEventListener: (_type, listener) => {
      onLoad = listener
    },
    setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    ...(options.idle === false
      ? {}
      : {
          requestIdleCallback: (callback: () => void, o: { timeout: number }) =>
            idle.push({ callback, ...o }),
        }),
    ...(options.observer === false
      ? {}
      : {
          PerformanceObserver: class {
            private readonly entry: { callback: () => void; connected: boolean }
            constructor(callback: () => void) {
              this.entry = { callback, connected: false }
              observers.push(this.entry)
            }
            observe() {
              this.entry.connected = true
            }
            disconnect() {
              this.entry.connected = false
            }
          },
        }),
  }
  return {
    win,
    load: () => onLoad?.(),
    /** A download of the page's finishes. */
    download: () => {
      for (const o of observers) if (o.connected) o.callback()
    },
    observing: () => observers.some((o) => o.connected),
    /** The browser's next idle moment. */
    idle: () => {
      for (const i of idle.splice(0)) i.callback()
    },
    idleRequests: idle,
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('registering the service worker', () => {
  it('happens at once on a page the worker already controls', () => {
    const page = fakeWindow({ controlled: true })
    const register = vi.fn()
    registerWhenSettled(page.win, register)
    expect(register).toHaveBeenCalledOnce()
  })

  it('waits on a first visit for the load, for the downloads to stop, and for an idle moment', () => {
    const page = fakeWindow({})
    const register = vi.fn()
    registerWhenSettled(page.win, register)
    vi.advanceTimersByTime(LONGEST_WAIT_MS * 2)
    expect(register, 'not before the page has loaded').not.toHaveBeenCalled()

    page.load()
    vi.advanceTimersByTime(QUIET_MS - 1)
    page.download()
    vi.advanceTimersByTime(QUIET_MS - 1)
    page.download()
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(page.idleRequests, 'each download the page makes restarts the quiet time').toHaveLength(0)

    vi.advanceTimersByTime(1)
    expect(page.observing(), 'it stops watching the downloads once they are quiet').toBe(false)
    expect(page.idleRequests.map((r) => r.timeout)).toEqual([IDLE_TIMEOUT_MS])
    expect(register).not.toHaveBeenCalled()
    page.idle()
    expect(register).toHaveBeenCalledOnce()
  })

  it('starts at once after the load if the page has loaded already', () => {
    const page = fakeWindow({ loaded: true, idle: false })
    const register = vi.fn()
    registerWhenSettled(page.win, register)
    vi.advanceTimersByTime(QUIET_MS)
    expect(register).toHaveBeenCalledOnce()
  })

  it('gives up waiting for quiet after the longest wait, and registers once only', () => {
    const page = fakeWindow({ loaded: true, idle: false })
    const register = vi.fn()
    registerWhenSettled(page.win, register)
    for (let waited = 0; waited < LONGEST_WAIT_MS; waited += QUIET_MS / 2) {
      expect(register).not.toHaveBeenCalled()
      page.download()
      vi.advanceTimersByTime(QUIET_MS / 2)
    }
    expect(register).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(LONGEST_WAIT_MS * 2)
    expect(register).toHaveBeenCalledOnce()
  })

  it('waits the quiet time alone in a browser that cannot watch downloads', () => {
    const page = fakeWindow({ loaded: true, idle: false, observer: false })
    const register = vi.fn()
    registerWhenSettled(page.win, register)
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(register).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(register).toHaveBeenCalledOnce()
  })
})
