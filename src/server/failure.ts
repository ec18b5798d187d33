// A refusal as the server sends it back: an error code the client can act on, a message to show as it is,
// and for a scenario that does not load, its problems and warnings with their lines.
import type { ErrorCode, ErrorReply, RefusalReason } from '../live/protocol'
import type { Problem } from '../scenario'

/** The protocol's error reply, as the server's functions return it. */
export type Failure = ErrorReply

export const fail = (
  code: ErrorCode,
  message: string,
  problems?: readonly Problem[],
  warnings: readonly Problem[] = [],
): Failure => ({
  ok: false,
  error: problems
    ? { code, message, problems, ...(warnings.length > 0 ? { warnings } : {}) }
    : { code, message },
})

/** A refusal with the rule that made it, and, where the server can time it, how long until the same would pass. */
export const failBecause = (
  code: ErrorCode,
  message: string,
  reason: RefusalReason,
  retryAfterMs?: number,
): Failure => ({
  ok: false,
  error: retryAfterMs === undefined ? { code, message, reason } : { code, message, reason, retryAfterMs },
})
