// How a citation marker finds its entry in a page's source list: by an id, and a jump that moves focus there;
// and the way back, from the entry to the marker the reader last followed.
import { useSyncExternalStore } from 'react'

/** The id of a source list's entry: a page may hold several lists (the cases compared), each its own scope. */
export const sourceEntryId = (scope: string, n: number): string => `${scope}-source-${n}`

/** The marker the reader last followed, and the entry it led to: where "back to the text" returns. */
export interface FollowedMarker {
  readonly scope: string
  readonly n: number
  readonly marker: HTMLElement
}

// Which marker was followed is the page's focus, not the game's state: it lives beside the focus it moves.
let followed: FollowedMarker | null = null
const listeners = new Set<() => void>()
const remember = (next: FollowedMarker | null): void => {
  followed = next
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A jump within the page: a button, not a #link, since in this app the hash is the route. */
export function jumpToSource(scope: string, n: number, marker?: HTMLElement): void {
  remember(marker ? { scope, n, marker } : null)
  const entry = document.getElementById(sourceEntryId(scope, n))
  entry?.scrollIntoView({ block: 'center' })
  entry?.focus({ preventScroll: true })
}

/** Back to the marker the reader came from, which then no longer offers a way back. */
export function backToMarker(): void {
  const marker = followed?.marker
  remember(null)
  marker?.scrollIntoView({ block: 'center' })
  marker?.focus({ preventScroll: true })
}

/** The entry of this list the reader reached from a marker still on the page, if any. */
export function useFollowedEntry(scope: string): number | undefined {
  const last = useSyncExternalStore(subscribe, () => followed)
  return last?.scope === scope && last.marker.isConnected ? last.n : undefined
}
