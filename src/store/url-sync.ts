// Keeps the store's route and language and the address bar in step: links and the back button enter, store
// actions write. The language rides in the hash's query (`lang=ru`) so a shared link opens in it; a link
// without one (the app's own, a bookmark from before) keeps the language being read and gains it.
import type { GameStoreApi } from './game-store'
import { languageOfAddress, searchWithoutLanguage, withLanguage } from './language'
import { formatHash, parseHash } from './route'

type UrlWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>

/**
 * The state of every history entry this app has written or read. A link followed (opened in a new tab, or in
 * this one while the app runs) makes an entry the browser writes, with no state; the back button returns to
 * entries that carry this one.
 */
const READ = { articleFour: 'read' } as const
const isRead = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as { articleFour?: unknown }).articleFour === 'read'

/** Connects a store to a window's hash; returns the disconnect. */
export function connectUrl(store: GameStoreApi, win: UrlWindow): () => void {
  // A link followed names its language, and the reader asked for it as surely as from the language menu (so it is
  // remembered, as a choice there is). An entry read before is another matter: within a visit the reader's
  // latest choice wins, so going back to a page read before a switch shows it in the language chosen since,
  // and its entry says so. The first read is the visit beginning: no screen has shown a crisis in any language yet.
  const follow = (begins: boolean): void => {
    const hash = win.location.hash || '#/'
    // A link may name its language before the hash (`/?lang=ru#/live`): read there too, and moved into the hash.
    const search = win.location.search ?? ''
    const named = languageOfAddress(search, hash)
    const followed = !isRead(win.history.state)
    if (named && followed) {
      if (begins) store.getState().beginIn(named)
      else store.getState().setLanguage(named)
    }
    const language = store.getState().language
    // Said in place, before the route settles: the address keeps the page it names, in the language read.
    const kept = searchWithoutLanguage(search)
    const url =
      kept === search
        ? withLanguage(hash, language)
        : `${win.location.pathname}${kept}${withLanguage(hash, language)}`
    if (named !== language || followed || kept !== search) win.history.replaceState(READ, '', url)
    void store.getState().enter(parseHash(hash))
  }
  const unsubscribe = store.subscribe((state, previous) => {
    const moved = state.route !== previous.route
    if (!moved && state.language === previous.language) return
    // A new language is the same page: its address changes in place, with no step to go back through.
    const hash = withLanguage(moved ? formatHash(state.route) : win.location.hash || '#/', state.language)
    if (hash === (win.location.hash || '#/')) return
    // pushState and replaceState fire no hashchange, so writing never loops back into enter().
    if (moved && state.urlWrite === 'push') win.history.pushState(READ, '', hash)
    else win.history.replaceState(READ, '', hash)
  })
  // Both events, as browsers differ on which one a traversal between pushed entries fires; enter() is idempotent.
  const moved = (): void => follow(false)
  win.addEventListener('hashchange', moved)
  win.addEventListener('popstate', moved)
  follow(true)
  return () => {
    unsubscribe()
    win.removeEventListener('hashchange', moved)
    win.removeEventListener('popstate', moved)
  }
}
