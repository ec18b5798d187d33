// Writing a held session's changes: one at a time per session, each decided on the session as the previous one left
// it, reduced, appended to the log, and only then made current, so that an acknowledged change is always in the
// log. A write that failed without saying whether it reached the log leaves its session to be read again first.
import {
  type Decided,
  reduce,
  type Session,
  type SessionChange,
  type SessionEvent,
  type SessionId,
} from '../live'
import { ANSWER_WITHIN_MS } from '../live/protocol'
import { STORE_WAIT_MS } from './database-pool'
import { AppendConflict } from './event-log'
import { type Failure, fail } from './failure'
import { SerialQueues } from './serial-queue'
import { dropSession, type Holdings, loadSession } from './session-restore'
import { storeUnavailable } from './store-unavailable'

/** A change made: the session after it, and the events that made it (now in the log). */
export interface Committed {
  readonly ok: true
  readonly session: Session
  readonly events: readonly SessionChange[]
}

/**
 * How long a change may wait for its turn behind the session's others: far longer than any queue of a working
 * server, and short enough that, with a read of the log and a write each given up on after their time
 * (database-pool.ts), it is answered within ANSWER_WITHIN_MS. Past it, the log is what holds the queue up, and the
 * change is refused untried, as the log being out of reach.
 */
export const TURN_WITHIN_MS = ANSWER_WITHIN_MS - 4 * STORE_WAIT_MS

export interface WritesOptions {
  readonly now: () => number
  /** Told of each event once it is in the log, with its session's join code. */
  readonly logged: (code: string, event: SessionEvent) => void
  /** Told of a session read again from the log and found changed: its views are sent again. */
  readonly readAgain: (session: SessionId) => void
}

export class SessionWrites {
  /** Each session's changes, one at a time. */
  private readonly queues = new SerialQueues<SessionId>()
  /**
   * Sessions whose last write failed without saying whether it reached the log: a database that stalled can carry
   * it out after the server stopped waiting (a timeout, or a connection lost after the query went). Each is read
   * again from the log before its next change, so that the change is decided on what the log holds and written
   * after it, and a client's retry of the first finds it done.
   */
  private readonly unsure = new Set<SessionId>()

  constructor(
    private readonly h: Holdings,
    private readonly options: WritesOptions,
  ) {}

  /**
   * One change at a time per session: each is decided on the session as the previous one left it, since
   * an append waits for the log and a second command must not be decided on the version before.
   */
  change(id: SessionId, decideOn: (s: Session) => Decided): Promise<Committed | Failure> {
    const asked = performance.now()
    return this.queues.run(id, async () => {
      if (performance.now() - asked > TURN_WITHIN_MS) return storeUnavailable()
      if (this.unsure.has(id)) await this.readBack(id)
      const session = this.h.held.get(id)
      if (!session) return fail('not-found', 'this session no longer exists')
      return this.commit(session, decideOn(session))
    })
  }

  /** An unsure session as the log has it; throws, and it stays unsure, while the log cannot be read. */
  private async readBack(id: SessionId): Promise<void> {
    const before = this.h.held.get(id)
    if (!before) return void this.unsure.delete(id)
    const lastAt = this.h.held.lastChange(id) ?? this.options.now()
    const failed = await loadSession(this.h, id, before.code, lastAt)
    if (failed) throw new Error(`session ${id} no longer replays from the log: ${failed.message}`)
    this.unsure.delete(id)
    if (this.h.held.get(id)?.version !== before.version) this.options.readAgain(id)
  }

  /** Reduce first (a broken invariant throws before anything is written), then log, then make it current. */
  private async commit(session: Session, decided: Decided): Promise<Committed | Failure> {
    if (!decided.ok) return { ok: false, error: decided.error }
    // Nothing to log (a decision sent again): the session, and when it last changed, stay as they are.
    if (decided.events.length === 0) return { ok: true, session, events: [] }
    let next = session
    for (const e of decided.events) next = reduce(next, e)
    try {
      await this.h.log.append(session.id, session.version, decided.events)
    } catch (e) {
      if (!(e instanceof AppendConflict)) {
        this.unsure.add(session.id)
        throw e
      }
      // Another server wrote this session: what this one holds of it is behind, and no longer its to write.
      dropSession(this.h, session.id)
      return fail('conflict', 'another server took this session over: send it again')
    }
    for (const e of decided.events) this.options.logged(session.code, e)
    this.h.held.remember(next, decided.events.at(-1)?.at ?? this.options.now())
    return { ok: true, session: next, events: decided.events }
  }
}
