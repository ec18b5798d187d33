// A request the workshop server (or pass-the-device's rules) refused, kept by its code and the request it
// answered: each screen words it in its own reader's language from these two, never from the server's English.
import type { ErrorCode, PhaseView, RefusalReason } from '../../live/protocol'

export type { RefusalReason }

/** What this browser had asked for when the refusal came. */
export type LiveRequest =
  | 'list'
  | 'create'
  | 'lobby'
  | 'join'
  | 'rejoin'
  | 'resume'
  | 'submit'
  | 'command'
  | 'readmit'
  | 'export'

export interface Refusal {
  /**
   * The server's codes, and three only this browser knows: its team removed, its team carried on on another
   * device (with a rejoin code), an imported scenario gone.
   */
  readonly code: ErrorCode | 'removed' | 'replaced' | 'imported-gone'
  readonly request: LiveRequest
  /** Which condition of a join or a submission failed, when the rules say. */
  readonly reason?: RefusalReason
  /** The rule's own words (English, from the server): for a developer and the tests, never shown to a player. */
  readonly detail: string
  /** How long after the refusal the same request would be let through, when the server says (ms). */
  readonly retryAfterMs?: number
}

export const refusal = (
  request: LiveRequest,
  error: {
    readonly code: Refusal['code']
    readonly message: string
    readonly reason?: RefusalReason
    readonly retryAfterMs?: number
  },
): Refusal => ({
  code: error.code,
  request,
  ...(error.reason ? { reason: error.reason } : {}),
  detail: error.message,
  ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
})

/** The same phase of the session: still its lobby, the same round, or its end. */
const samePhase = (a: PhaseView, b: PhaseView): boolean =>
  a.kind === b.kind && (a.kind !== 'deciding' || (b.kind === 'deciding' && a.round === b.round))

/**
 * A refused submission speaks of its round ("no round is open", "time is up"): once the session has moved on to
 * another round, or to its end, its words are no longer true, and the screen says what holds now.
 */
export const outlived = (error: Refusal | null, before: PhaseView, after: PhaseView): boolean =>
  error?.request === 'submit' && !samePhase(before, after)
