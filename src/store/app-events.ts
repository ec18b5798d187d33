// The browser's news the store follows: the network coming and going, and the service worker's new version.
import type { GameStoreApi } from './game-store'
import { checkForUpdates, type UpdateCheckWindow, type UpdatingRegistration } from './update-check'

/** vite-plugin-pwa's registerSW (virtual:pwa-register), as far as the store uses it. */
export type RegisterServiceWorker = (options: {
  readonly onNeedRefresh: () => void
  readonly onRegisteredSW: (scriptUrl: string, registration: UpdatingRegistration | undefined) => void
}) => (reloadPage?: boolean) => Promise<void>

/**
 * Registers the service worker; a new version it has installed waits until the reader chooses to reload, so a
 * game in progress never has its code replaced under it. A page left open looks for one when it is shown again
 * and every hour (update-check.ts).
 */
export function connectServiceWorker(
  store: GameStoreApi,
  register: RegisterServiceWorker,
  win: UpdateCheckWindow,
): void {
  const update = register({
    onNeedRefresh: () => store.getState().updateReady(() => update(true)),
    onRegisteredSW: (scriptUrl, registration) => {
      if (registration) checkForUpdates(store, registration, scriptUrl, win)
    },
  })
}

type NetworkWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  readonly navigator: { readonly onLine: boolean }
}

/** Follows the browser's online and offline events; returns the disconnect. */
export function connectNetwork(store: GameStoreApi, win: NetworkWindow): () => void {
  const follow = (): void => store.getState().setOnline(win.navigator.onLine)
  // Listening first, then looking: a change between the two is not missed.
  win.addEventListener('online', follow)
  win.addEventListener('offline', follow)
  follow()
  return () => {
    win.removeEventListener('online', follow)
    win.removeEventListener('offline', follow)
  }
}
