// The browser's news the store follows: the network coming and going, and the service worker's new version.
import type { GameStoreApi } from './game-store'

/** vite-plugin-pwa's registerSW (virtual:pwa-register), as far as the store uses it. */
export type RegisterServiceWorker = (options: {
  readonly onNeedRefresh: () => void
}) => (reloadPage?: boolean) => Promise<void>

/**
 * Registers the service worker; a new version it has installed waits until the reader chooses to reload, so a
 * game in progress never has its code replaced under it.
 */
export function connectServiceWorker(store: GameStoreApi, register: RegisterServiceWorker): void {
  const update = register({ onNeedRefresh: () => store.getState().updateReady(() => update(true)) })
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
