// When the autosave writes the game: at once by default (as the tests expect), or in the browser once the page
// is idle, and in any case before the page goes away.

/** Runs the autosave's writes: `later` keeps only the newest write waiting; `flush` runs it now. */
export interface SaveTiming {
  later(write: () => void): void
  flush(): void
}

/** Every write at once, as it comes. */
export const saveAtOnce: SaveTiming = {
  later: (write) => write(),
  flush: () => {},
}

/** What of the page the idle save needs: its idle callbacks, and the events that say it is going away. */
export interface IdleHost {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number
  setTimeout(run: () => void, ms: number): unknown
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void
  readonly document?: { readonly visibilityState: string }
}

/** A save waits at most this long for the page to be idle: a busy page still saves within a second. */
const IDLE_TIMEOUT_MS = 1000

/**
 * Writes when the page is idle, not during the move that changed the game (a slider released many times a
 * minute would write each time while the student waits); a reload, a closed tab or a hidden page writes at once.
 */
export function saveWhenIdle(host: IdleHost): SaveTiming {
  let waiting: (() => void) | null = null
  let scheduled = false
  const flush = (): void => {
    scheduled = false
    const write = waiting
    waiting = null
    write?.()
  }
  host.addEventListener('pagehide', flush)
  host.addEventListener('visibilitychange', () => {
    if (host.document?.visibilityState === 'hidden') flush()
  })
  return {
    later(write) {
      waiting = write
      if (scheduled) return
      scheduled = true
      if (host.requestIdleCallback) host.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS })
      else host.setTimeout(flush, 0)
    },
    flush,
  }
}
