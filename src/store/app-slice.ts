// The app around the game: whether this browser is online (live sessions need the server; the rest plays from
// the service worker's copy) and whether a new version waits to replace the one running.
import type { Slice } from './slice'
import type { AppSlice } from './state'

export const appSlice: Slice<AppSlice> = (set, get) => {
  /** The service worker's switch to the waiting version; the page reloads once it has taken over. */
  let install: (() => Promise<void>) | undefined
  return {
    online: true,
    update: 'none',
    setOnline(online) {
      if (get().online === online) return
      set((s) => {
        s.online = online
      })
    },
    updateReady(apply) {
      install = apply
      set((s) => {
        s.update = 'ready'
      })
    },
    reload() {
      if (!install || get().update !== 'ready') return
      set((s) => {
        s.update = 'reloading'
      })
      // The game is autosaved as it is played, so the reload that follows resumes it in the new version.
      install().catch(() =>
        set((s) => {
          s.update = 'ready'
        }),
      )
    },
  }
}
