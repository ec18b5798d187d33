// React's hold on what the live store opens, a seat or the facilitator's set-up: opened in an effect when a
// screen mounts (never while rendering, so no socket opens during a render) and closed when it goes, so its
// listeners never outlive its screen. And the link's connection, read through useSyncExternalStore.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { browserLink, browserSeatDeps, type Connection, type LiveLink, type SeatDeps } from '../../store/live'

export function useOpened<S extends { close: () => void }>(open: (deps: SeatDeps) => S): S | null {
  const [opened, setOpened] = useState<S | null>(null)
  useEffect(() => {
    const next = open(browserSeatDeps())
    setOpened(next)
    return () => next.close()
  }, [open])
  return opened
}

export function useSeat<S extends { close: () => void }>(
  open: (code: string, deps: SeatDeps) => S,
  code: string,
): S | null {
  return useOpened(useCallback((deps: SeatDeps) => open(code, deps), [open, code]))
}

/** The page's connection to the workshop server; reading it opens nothing. */
export function useConnection(link: LiveLink = browserLink()): Connection {
  return useSyncExternalStore(link.store.subscribe, () => link.store.getState().connection)
}
