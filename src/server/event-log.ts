// The event log: every session's events, in order, as the server's only durable state (a session is the
// fold of its events). This is the whole interface the server uses; sqlite-event-log.ts implements it
// for one server, and a store shared by several servers implements the same.
import type { SessionEvent, SessionId } from '../live'

/** A session the log holds, with the time of its last event (what pruning goes by). */
export interface LoggedSession {
  readonly id: SessionId
  readonly code: string
  readonly lastAt: number
}

export interface EventLog {
  /**
   * Appends events after `version` (the count already logged), durably, before it returns: the server
   * acknowledges a change only after this. Throws if another writer appended at that version first.
   */
  append(session: SessionId, version: number, events: readonly SessionEvent[]): void
  /** Every session, oldest first. */
  sessions(): readonly LoggedSession[]
  /** A session's events as stored, in order, for the caller to parse. */
  events(session: SessionId): readonly unknown[]
  /** Deletes a session and all its events. */
  remove(session: SessionId): void
  close(): Promise<void>
}
