// What a client holds of what the server pushes, whatever the order it comes in. Between servers socket.io's
// PostgreSQL adapter does not keep the order of messages (a large one travels as a row the receiving server reads
// first, and a small one sent after it overtakes it), so a view can come after a newer one, and a notice before
// the view it follows. The client keeps the view of the highest version (a view of the same version is newer news
// of who is connected, and replaces it), and keeps every outcome it was sent, to put into each view that shows its
// table: a table finishes once in a session, and its outcome is the same in every view.
//
// The facilitator is also sent, after a submission that does not reveal, a notice of who has submitted
// (with-submissions.ts). The client keeps the newest notice of each round beside the newest whole view, and shows
// the view with its round's notice laid over it only while the notice is newer. That is safe in any order:
// - the view is compared, and kept, as it came, never as the notice made it: a view still on its way that is older
//   than the notice but newer than the view held (an inject released, a team away) is taken when it comes, and
//   the notice laid over it, so no whole view's change is lost;
// - a notice is absolute (every team that has submitted this round), so the newest of a round alone says all the
//   notices of that round before it said, and an older one that comes late changes nothing; a round's is kept
//   whatever the next round's say, since its view may still be the newest to come for a while;
// - every event of a session sends the facilitator a view or a notice, so once all have come the newest is one of
//   them: a view, shown as it is, or a notice newer than every view, with only submissions between the two, the
//   very changes it lays over;
// - a notice of another round, or no newer than the view, is not laid over it: the view's pending decisions are
//   not the notice's, or the view already says as much.
import type { OutcomesNotice, SubmissionsNotice, View } from './protocol'
import { withOutcomes } from './with-outcomes'
import { withSubmissions } from './with-submissions'

export interface Arrivals<V extends View> {
  /** What to hold once `next` has come: `next` with what was kept for it, or `held` when `next` is older. */
  view(held: V | null, next: V): V
  /** `held` with the notice's outcomes, which are kept for the views still to come. */
  outcomes(held: V | null, notice: OutcomesNotice): V | null
  /** `held` with the newest notice of who has submitted laid over the newest view, when it is news for it. */
  submissions(held: V | null, notice: SubmissionsNotice): V | null
  /** The seat holds nothing of its session any more: what was kept is not for the next one's. */
  forget(): void
}

export function arrivals<V extends View>(): Arrivals<V> {
  let kept = new Map<number, OutcomesNotice['outcomes'][number]>()
  let code: string | undefined
  const notice = (): OutcomesNotice => ({ code: code ?? '', outcomes: [...kept.values()] })
  /** The newest notice of who has submitted of each round not yet over in the views, all of one session. */
  let submitted = new Map<number, SubmissionsNotice>()
  // What was last shown, and the newest whole view (with its outcomes) it was shown from: what a later view is
  // compared with, and a notice laid over. Kept so that a notice that changes nothing shows the same object.
  let shown: { whole: V; notice: SubmissionsNotice | undefined; view: V } | null = null
  const show = (view: V): V => {
    const { phase } = view
    const round =
      phase.kind === 'deciding' ? phase.round : phase.kind === 'lobby' ? 0 : Number.POSITIVE_INFINITY
    for (const r of submitted.keys()) if (r < round) submitted.delete(r)
    const notice = submitted.get(round)
    if (shown?.whole === view && shown.notice === notice) return shown.view
    shown = { whole: view, notice, view: notice ? withSubmissions(view, notice) : view }
    return shown.view
  }
  // The view held was shown from `whole`, unless the seat set it some other way (then it is the view itself).
  const base = (held: V): V => (shown?.view === held ? shown.whole : held)
  return {
    view: (held, next) => {
      const newest = held && base(held)
      if (held !== null && newest !== null && newest.code === next.code && next.version < newest.version)
        return held
      return show(kept.size > 0 ? withOutcomes(next, notice()) : next)
    },
    outcomes: (held, sent) => {
      if (code !== sent.code) kept = new Map()
      code = sent.code
      for (const o of sent.outcomes) kept.set(o.table, o)
      return held && show(withOutcomes(base(held), sent))
    },
    submissions: (held, sent) => {
      const before = submitted.values().next().value
      if (before !== undefined && before.code !== sent.code) submitted = new Map()
      if (sent.version >= (submitted.get(sent.round)?.version ?? 0)) submitted.set(sent.round, sent)
      return held && show(base(held))
    },
    forget: () => {
      kept = new Map()
      code = undefined
      submitted = new Map()
      shown = null
    },
  }
}
