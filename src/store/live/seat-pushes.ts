// What the server pushes to a seat unasked, kept in its state: each new view (with the server's clock, and
// clearing a refused submission the new phase has made untrue), the outcomes that follow the view that finished
// their tables, and a team's removal by the facilitator in the lobby, which forgets its token so the join form
// may be offered again; or its replacement by another device that took the seat back with a rejoin code, which
// forgets the token too (it no longer resumes anything). Pushes for another seat or another session are ignored.
import type { StoreApi } from 'zustand/vanilla'
import type { FacilitatorView, OutcomesNotice, TeamView } from '../../live/protocol'
import { withOutcomes } from '../../live/with-outcomes'
import type { SaveStorage } from '../saved-game'
import type { LiveLink } from './connection'
import { outlived, refusal } from './refusal'
import type { Audience, SeatState } from './seat-state'
import { forgetToken, type SeatKind } from './tokens'

/** Listens on the seat's socket; returns the way to stop. */
export function followPushes<K extends SeatKind>(seat: {
  readonly kind: K
  readonly code: string
  readonly store: StoreApi<SeatState<K>>
  readonly socket: ReturnType<LiveLink['socket']>
  readonly storage: SaveStorage | undefined
  readonly now: () => number
}): () => void {
  const { kind, code, store, socket, storage, now } = seat
  const onView = (view: FacilitatorView | TeamView) => {
    if (view.audience !== kind || view.code !== code) return
    const { view: before, error } = store.getState()
    const stale = before !== null && outlived(error, before.phase, view.phase)
    store.setState({
      view: view as Audience[K]['view'],
      skew: view.serverNow - now(),
      ...(stale ? { error: null } : {}),
    })
  }
  // Outcomes come after the view that finished their tables; a view that comes later has them already.
  const onOutcomes = (notice: OutcomesNotice) => {
    const { view } = store.getState()
    if (view) store.setState({ view: withOutcomes(view, notice) })
  }
  const unseat = (why: { code: 'removed' | 'replaced'; message: string }) => (notice: { code: string }) => {
    if (kind !== 'team' || notice.code !== code) return
    forgetToken(storage, kind, code)
    store.setState({ unseated: true, brief: null, view: null, error: refusal('resume', why) })
  }
  // Removed by the facilitator in the lobby: the seat is gone, and the join form may be offered again.
  const onRemoved = unseat({ code: 'removed', message: 'the facilitator removed this team from the session' })
  // The team took its seat back on another device: this page is no longer it, and offers nothing that would
  // take the seat from there again.
  const onReplaced = unseat({ code: 'replaced', message: 'the team carried on on another device' })
  socket.on('view', onView)
  socket.on('outcomes', onOutcomes)
  socket.on('removed', onRemoved)
  socket.on('replaced', onReplaced)
  return () => {
    socket.off('replaced', onReplaced)
    socket.off('view', onView)
    socket.off('outcomes', onOutcomes)
    socket.off('removed', onRemoved)
  }
}
