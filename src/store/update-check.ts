// How a page left open hears of a new version. The browser looks for a new service worker only when a page of the
// site is loaded, so a projector showing the same page all day would never learn of one. The page therefore asks
// itself: when it is shown again after being hidden, and every hour while it stays open; never while offline.
// This is vite-plugin-pwa's "periodic service worker updates" pattern: the worker's script is fetched first, past
// every cache, and the registration asked to update only if the server answered, so a server that is down or a
// network that has just gone costs nothing but one failed request. What a check finds reaches the reader as any
// new version does: the worker installs it and the store's notice offers the reload (app-events.ts).
import type { GameStoreApi } from './game-store'

/** How often a page that stays open looks for a new version. */
export const UPDATE_INTERVAL_MS = 60 * 60 * 1000

/** What a check uses of the service worker's registration. */
export type UpdatingRegistration = Pick<ServiceWorkerRegistration, 'installing' | 'update'>

/** What the checks use of the browser's window. */
export interface UpdateCheckWindow {
  readonly document: {
    readonly visibilityState: DocumentVisibilityState
    addEventListener(type: 'visibilitychange', listener: () => void): void
  }
  setInterval(handler: () => void, ms: number): unknown
  fetch(url: string, init: RequestInit): Promise<{ readonly status: number }>
}

/** Checks for a new version of the worker at `scriptUrl` when the page is shown again, and every hour. */
export function checkForUpdates(
  store: GameStoreApi,
  registration: UpdatingRegistration,
  scriptUrl: string,
  win: UpdateCheckWindow,
): void {
  let checking = false
  const check = async (): Promise<void> => {
    // Offline there is no one to ask; a version already installing, or a check under way, needs no other.
    if (checking || registration.installing || !store.getState().online) return
    checking = true
    try {
      const answer = await win.fetch(scriptUrl, {
        cache: 'no-store',
        headers: { cache: 'no-store', 'cache-control': 'no-cache' },
      })
      if (answer.status === 200) await registration.update()
    } catch {
      // The network went while asking: the next check asks again.
    } finally {
      checking = false
    }
  }
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'visible') void check()
  })
  win.setInterval(() => void check(), UPDATE_INTERVAL_MS)
}
