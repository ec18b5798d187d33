// How the server answers a client's message: the ack's shape, and the error codes and refusal reasons a screen
// turns into words in the reader's language.
import type { Problem } from '../scenario/types'

export type ErrorCode =
  /** The message did not parse: `message` says which field and why. */
  | 'bad-request'
  | 'too-large'
  /** Too many messages from this socket, or too many sessions created or teams joined from this address. */
  | 'rate-limited'
  /** The server holds as many sessions, or as much scenario text, as it is allowed: until older ones are pruned. */
  | 'full'
  /** The server is reading other scenarios: try again in a moment. */
  | 'busy'
  | 'unknown-event'
  /** No session with that code, or no seat with that token. */
  | 'not-found'
  /** Not this socket's to do: a team asking for a facilitator action, or nobody joined yet. */
  | 'forbidden'
  /** Not now, or not so: wrong phase or round, the time is up, the name empty, too long or taken, no free seat. */
  | 'conflict'
  | 'invalid-decision'
  /** An imported scenario the loader refused: `problems` lists each mistake with its line. */
  | 'invalid-scenario'
  /**
   * The server cannot reach its event log (PostgreSQL down, or not answering in time): nothing is wrong with the
   * request, and the same may be sent again in a moment. A change the server gave up waiting for may still reach
   * the log afterwards (a database that stalled, then carried out what it had been sent), so every change is safe
   * to send again: a create, a join or a rejoin with its `token`, an extension with its `after`, and the others by
   * what they are (a decision already in, a round already revealed, an inject already released, are not applied
   * twice).
   */
  | 'store-unavailable'
  /**
   * The session named (by its code, or a seat's token) is in the server's log, but this version of the server cannot
   * rebuild it from there: trying again will not help, and a seat keeps its token, which resumes it once a server
   * that reads the session runs. The message says why, for whoever runs the server.
   */
  | 'unrestorable'
  | 'internal'

/**
 * Which of a join's or a submission's conditions failed, beside a `conflict`: enough for a screen to tell a team
 * what to do (choose another name, join from another device) in its own language.
 */
export type RefusalReason =
  | 'started'
  | 'teams-full'
  | 'no-name'
  | 'name-too-long'
  | 'browser-joined'
  | 'name-taken'
  | 'name-similar'
  | 'role-taken'
  | 'seats-taken'
  | 'no-round'
  | 'round-closed'
  | 'time-up'
  | 'round-over'
  | 'owes-none'
  | 'revealed'
  /** Beside a rejoin's `not-found`: the code was the team's latest but its time ran out; ask for a new one. */
  | 'rejoin-expired'
  /**
   * Beside a readmit's `rate-limited`: the session has drawn as many rejoin codes as it may at once; the next
   * comes after `retryAfterMs`.
   */
  | 'readmits-drawn'
  /**
   * Beside a `rate-limited` lobby peek, join, rejoin or resume: the client's address has tried as many codes or
   * tokens that found nothing as it may in a minute; the next may be tried after `retryAfterMs`.
   */
  | 'guesses-missed'
  /**
   * Beside a resume's `rate-limited`: this seat has been resumed as many times as it may in a short while
   * (`seatResumeBurst`); the next may come after `retryAfterMs`.
   */
  | 'resumes-spent'
  /**
   * Beside an export's `rate-limited`: the facilitator's results have been exported as often as they may be in a
   * short while (`exportBurst`); the next may come after `retryAfterMs`.
   */
  | 'exports-spent'
  /**
   * Beside a create's `full`: the sessions created from the client's address already take as large a share of the
   * server as one address may (SESSIONS_PER_ADDRESS); finished ones count until they are pruned.
   */
  | 'network-full'
  /**
   * Beside a submission's `rate-limited`: the team has changed its decision as often as the rounds begun allow
   * (`submissionsPerRound`); the one it sent last stands, and the next round brings more.
   */
  | 'changes-spent'
  /**
   * Beside a clock command's `rate-limited`: the facilitator has paused, resumed, extended or ended rounds as often
   * as the rounds begun allow (`clockChangesPerRound`); the next round brings more.
   */
  | 'clock-spent'
  /**
   * Beside an extension's `conflict`: the clock changed (paused, resumed, extended, closed) after the view the
   * facilitator extended from, this very extension included when it was sent again after reaching the log.
   */
  | 'clock-changed'
  /**
   * Beside a removal's `conflict`: the facilitator has removed as many teams from the session's lobby as one session
   * may (REMOVES_PER_SESSION in decide.ts); the teams in it stay.
   */
  | 'removes-spent'
  /**
   * Beside a readmit's `conflict`: as many rejoin codes have been drawn for this team as one team may have
   * (READMITS_PER_TEAM in rejoin.ts); the last one drawn still admits it until it expires.
   */
  | 'team-readmits-spent'

export interface ErrorReply {
  readonly ok: false
  readonly error: {
    readonly code: ErrorCode
    readonly message: string
    readonly reason?: RefusalReason
    readonly problems?: readonly Problem[]
    /** Beside an imported scenario's problems: its warnings, each with its line, as the workshop lists them. */
    readonly warnings?: readonly Problem[]
    /** Beside a `rate-limited` the server can time: how long until the same request would be let through, ms. */
    readonly retryAfterMs?: number
  }
}
export type Reply<T extends object = object> = ({ readonly ok: true } & T) | ErrorReply
