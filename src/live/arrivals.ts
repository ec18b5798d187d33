// What a client holds of what the server pushes, whatever the order it comes in. Between servers socket.io's
// PostgreSQL adapter does not keep the order of messages (a large one travels as a row the receiving server reads
// first, and a small one sent after it overtakes it), so a view can come after a newer one, and an outcomes notice
// before the view that finished its tables. The client keeps the view of the highest version (a view of the same
// version is newer news of who is connected, and replaces it), and keeps every outcome it was sent, to put into
// each view that shows its table: a table finishes once in a session, and its outcome is the same in every view.
import type { OutcomesNotice, View } from './protocol'
import { withOutcomes } from './with-outcomes'

export interface Arrivals<V extends View> {
  /** What to hold once `next` has come: `next` with the outcomes kept for it, or `held` when `next` is older. */
  view(held: V | null, next: V): V
  /** `held` with the notice's outcomes, which are kept for the views still to come. */
  outcomes(held: V | null, notice: OutcomesNotice): V | null
  /** The seat holds nothing of its session any more: the outcomes kept are not for the next one's. */
  forget(): void
}

export function arrivals<V extends View>(): Arrivals<V> {
  let kept = new Map<number, OutcomesNotice['outcomes'][number]>()
  let code: string | undefined
  const notice = (): OutcomesNotice => ({ code: code ?? '', outcomes: [...kept.values()] })
  return {
    view: (held, next) => {
      if (held !== null && held.code === next.code && next.version < held.version) return held
      return kept.size > 0 ? withOutcomes(next, notice()) : next
    },
    outcomes: (held, sent) => {
      if (code !== sent.code) kept = new Map()
      code = sent.code
      for (const o of sent.outcomes) kept.set(o.table, o)
      return held && withOutcomes(held, sent)
    },
    forget: () => {
      kept = new Map()
      code = undefined
    },
  }
}
