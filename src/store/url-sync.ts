// Keeps the store's route and the address bar in step: links and the back button enter, store actions write.
import type { GameStoreApi } from './game-store'
import { formatHash, parseHash } from './route'

type UrlWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>

/** Connects a store to a window's hash; returns the disconnect. */
export function connectUrl(store: GameStoreApi, win: UrlWindow): () => void {
  const follow = (): void => void store.getState().enter(parseHash(win.location.hash))
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.route === previous.route) return
    const hash = formatHash(state.route)
    if (hash === (win.location.hash || '#/')) return
    // pushState and replaceState fire no hashchange, so writing never loops back into enter().
    if (state.urlWrite === 'push') win.history.pushState(null, '', hash)
    else win.history.replaceState(null, '', hash)
  })
  // Both events, as browsers differ on which one a traversal between pushed entries fires; enter() is idempotent.
  win.addEventListener('hashchange', follow)
  win.addEventListener('popstate', follow)
  follow()
  return () => {
    unsubscribe()
    win.removeEventListener('hashchange', follow)
    win.removeEventListener('popstate', follow)
  }
}
