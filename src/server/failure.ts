// A refusal as the server sends it back: an error code the client can act on, a message to show as it is,
// and for a scenario that does not load, its problems with their lines.
import type { ErrorCode, RefusalReason } from '../live/protocol'
import type { Problem } from '../scenario'

export type Failure = {
  readonly ok: false
  readonly error: {
    readonly code: ErrorCode
    readonly message: string
    readonly reason?: RefusalReason
    readonly problems?: readonly Problem[]
  }
}

export const fail = (code: ErrorCode, message: string, problems?: readonly Problem[]): Failure => ({
  ok: false,
  error: problems ? { code, message, problems } : { code, message },
})
