// The app around the game: whether this browser is online (live sessions need the server) and whether a new
// version is waiting to replace the one running, which the page's service worker reports.
import type { Slice } from './slice'
import type { AppSlice } from './state'

export const appSlice: Slice<AppSlice> = (set) => {
  let apply: (() => void) | undefined
  return {
    online: true,
    updateReady: false,
    setOnline(online) {
      set((s) => {
        s.online = online
      })
    },
    offerUpdate(install) {
      apply = install
      set((s) => {
        s.updateReady = true
      })
    },
    applyUpdate() {
      apply?.()
    },
  }
}
