// The event log: every session's events, in order, as the server's only durable state (a session is the
// fold of its events). This is the whole interface the server uses; sqlite-event-log.ts implements it
// for one server, pg-event-log.ts for several sharing one PostgreSQL, and both pass the same tests.
import type { SessionEvent, SessionId } from '../live'

/** A session the log holds, with the time of its last event (what pruning goes by). */
export interface LoggedSession {
  readonly id: SessionId
  readonly code: string
  readonly lastAt: number
}

export interface EventLog {
  /**
   * Appends events after `version` (the count already logged), durably, before it resolves: the server
   * acknowledges a change only after this. Rejects with `AppendConflict`, and writes nothing, if another
   * writer appended at that version first, or if the session's fence has been raised past `fence` (the value
   * its holder was given when it read the session; a session's first event, which makes it, is written at 0).
   * A session's first event whose facilitator's token hash another session has is a second writer too: the same
   * create sent again, whose first attempt reached the log first.
   */
  append(session: SessionId, version: number, events: readonly SessionEvent[], fence: number): Promise<void>
  /**
   * The session whose `created` event has this facilitator's token hash, if the log has one: a create sent again
   * with the token its page made finds the session its first attempt made, whichever server made it. Sessions
   * created before protocol 11 have their facilitator's hash only in their events, not here: their tokens were the
   * server's own, which no page sends with a create.
   */
  facilitatorOf(tokenHash: string): Promise<LoggedSession | undefined>
  /**
   * Raises the session's fence and resolves to its new value. Any append under an older fence then writes
   * nothing, however late it reaches the log: a write a server gave up waiting for (a database that stalled)
   * has either landed before this resolves or never will. So the events read after it are the session's for
   * good, until the next holder raises the fence in turn. Rejects with `AppendConflict` for a session the log
   * does not have.
   */
  fence(session: SessionId): Promise<number>
  /** Every session, oldest first. */
  sessions(): Promise<readonly LoggedSession[]>
  /** A session's events as stored, in order, for the caller to parse. */
  events(session: SessionId): Promise<readonly unknown[]>
  /** Deletes a session and all its events. */
  remove(session: SessionId): Promise<void>
  close(): Promise<void>
}

/**
 * Another writer got to this version of the session first: the `(session_id, seq)` key refused the second.
 * The session in this server's memory is behind the log; it must be read again before anything is written.
 */
export class AppendConflict extends Error {
  constructor(
    readonly session: SessionId,
    readonly version: number,
  ) {
    super(`session ${session} already has an event ${version + 1}: another server wrote it`)
    this.name = 'AppendConflict'
  }
}
