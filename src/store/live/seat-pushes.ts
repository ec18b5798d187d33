// What the server pushes to a seat unasked, kept in its state: each new view (with the server's clock, and
// clearing a refused submission the new phase has made untrue), the outcomes that follow the view that finished
// their tables and, to the facilitator, the notices of who has submitted (in whatever order they come: arrivals.ts
// keeps the newest view, the outcomes for it and the newest notice to lay over it), and a team's removal by the
// facilitator in the lobby, which forgets its token so the join form may be offered again; or its replacement by
// another device that took the seat back with a rejoin code, which forgets the token too (it no longer resumes
// anything). Pushes for another seat or another session are ignored.
import type { StoreApi } from 'zustand/vanilla'
import type { Arrivals } from '../../live/arrivals'
import type { FacilitatorView, OutcomesNotice, SubmissionsNotice, TeamView } from '../../live/protocol'
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
  readonly arrivals: Arrivals<Audience[K]['view']>
}): () => void {
  const { kind, code, store, socket, storage, now, arrivals } = seat
  const onView = (pushed: FacilitatorView | TeamView) => {
    if (pushed.audience !== kind || pushed.code !== code) return
    const { view: before, error } = store.getState()
    const view = arrivals.view(before, pushed as Audience[K]['view'])
    // Older than the view held: it came late from another server.
    if (view === before) return
    const stale = before !== null && outlived(error, before.phase, view.phase)
    store.setState({ view, skew: view.serverNow - now(), ...(stale ? { error: null } : {}) })
  }
  // Outcomes usually come after the view that finished their tables; from another server they can come first.
  const onOutcomes = (notice: OutcomesNotice) => {
    if (notice.code !== code) return
    const { view } = store.getState()
    const next = arrivals.outcomes(view, notice)
    if (next !== view) store.setState({ view: next })
  }
  // Who has submitted, to the facilitator, after a submission that does not reveal; its clock is the server's too.
  const onSubmitted = (notice: SubmissionsNotice) => {
    if (notice.code !== code) return
    const { view } = store.getState()
    const next = arrivals.submissions(view, notice)
    if (next !== view && next !== null) store.setState({ view: next, skew: next.serverNow - now() })
  }
  // A seat that no longer holds a view (removed, replaced, its session gone) keeps no outcomes for the next.
  const stopForgetting = store.subscribe(({ view }, { view: before }) => {
    if (view === null && before !== null) arrivals.forget()
  })
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
  socket.on('submitted', onSubmitted)
  socket.on('removed', onRemoved)
  socket.on('replaced', onReplaced)
  return () => {
    stopForgetting()
    socket.off('replaced', onReplaced)
    socket.off('view', onView)
    socket.off('outcomes', onOutcomes)
    socket.off('submitted', onSubmitted)
    socket.off('removed', onRemoved)
  }
}
