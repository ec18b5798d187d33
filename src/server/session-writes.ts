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
import { notRestored, type Unrestorable } from './unrestored'

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
  /** Whether this server still holds the session's lease (with several servers; alone, it always does). */
  readonly stillMine: (session: SessionId) => Promise<boolean>
  /**
   * Told of a session that, read back, no longer replays from the log: with several servers its lease is given up,
   * as a takeover's that fails is (giving-up.ts). The session is forgotten here once this is done.
   */
  readonly notRestored: (session: Unrestorable) => Promise<void>
}

/** The answer to a change on a session another server now writes: sent again, it is forwarded to that server. */
const takenOver = (): Failure => fail('conflict', 'another server took this session over: send it again')

export class SessionWrites {
  /** Each session's changes, one at a time. */
  private readonly queues = new SerialQueues<SessionId>()
  /**
   * Sessions whose last write failed without saying whether it reached the log: a database that stalled can carry
   * it out after the server stopped waiting (a timeout, or a connection lost after the query went). And sessions
   * whose last write was refused (AppendConflict): another holder wrote or read them since. Each is read again from
   * the log, its fence raised first, before its next change, so that the change is decided on what the log holds
   * and written after it, and a client's retry of the first finds it done; or, if its lease is another server's
   * now, let go.
   */
  private readonly unsure = new Set<SessionId>()

  /**
   * Sessions this server handed to another (`letGo`), each with when: a change that was waiting behind the hand-over
   * is answered as after a takeover, to be sent again (and forwarded), not told the session is gone. Kept only as
   * long as a change may wait for its turn.
   */
  private readonly handed = new Map<SessionId, number>()

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
      const lost = this.unsure.has(id) ? await this.readBack(id) : undefined
      if (lost) return lost
      const session = this.h.held.get(id)
      if (!session)
        return this.handed.has(id)
          ? takenOver()
          : this.h.unrestorable.notFound({ id }, 'this session no longer exists')
      return this.commit(session, decideOn(session))
    })
  }

  /** Runs `task` in the session's turn: once what was queued for it before is done, and before what follows. */
  inTurn<T>(id: SessionId, task: () => T): Promise<T> {
    return this.queues.run(id, async () => task())
  }

  /**
   * Hands a held session to whichever server takes its lease next: in its turn, so that no change of it is in
   * flight here, its lease is let go (`release`: whether it was still this server's), then the session is forgotten
   * here. Whether it was handed. Should the release fail, the session stays held; if the release reached the
   * database all the same, the next renewal finds the lease gone and forgets the session, and the fence refuses
   * any write of it here once another server has read it (event-log.ts).
   */
  letGo(id: SessionId, release: () => Promise<boolean>): Promise<boolean> {
    return this.queues.run(id, async () => {
      if (!this.h.held.get(id)) return false
      const released = await release()
      dropSession(this.h, id)
      this.unsure.delete(id)
      const now = performance.now()
      for (const [other, at] of this.handed) if (now - at > TURN_WITHIN_MS) this.handed.delete(other)
      this.handed.set(id, now)
      return released
    })
  }

  /**
   * An unsure session as the log has it (undefined), or the answer to the change that waited for it: let go if its
   * lease is no longer this server's, to be sent again; given up if the log no longer replays (a damaged row), as a
   * takeover gives up a session it cannot rebuild, its clients told it could not be restored. Throws, and it stays
   * unsure, while the log cannot be read. Once the fence is raised (loadSession), whatever this server gave up on has
   * landed or never will; should another server take the lease meanwhile, the fence it raises in turn refuses this
   * one's next append, which brings the session back here to be let go.
   */
  private async readBack(id: SessionId): Promise<Failure | undefined> {
    const before = this.h.held.get(id)
    if (before && (await this.options.stillMine(id))) {
      const lastAt = this.h.held.lastChange(id) ?? this.options.now()
      const failed = await loadSession(this.h, id, before.code, lastAt)
      this.unsure.delete(id)
      if (failed) {
        // Its fence raised: nothing of it is written here again. It is held until its lease is given up (with several
        // servers): dropped first, it was held by none while its lease still said this server, and a request
        // forwarded from another server in between found no server holding it and was told it did not exist. Held,
        // such a request waits for its turn, behind this one, and is told it could not be restored.
        this.h.unrestorable.add(failed)
        await this.options.notRestored(failed)
        dropSession(this.h, id)
        return notRestored(failed)
      }
      if (this.h.held.get(id)?.version !== before.version) this.options.readAgain(id)
      return undefined
    }
    this.unsure.delete(id)
    dropSession(this.h, id)
    return takenOver()
  }

  /** Reduce first (a broken invariant throws before anything is written), then log, then make it current. */
  private async commit(session: Session, decided: Decided): Promise<Committed | Failure> {
    if (!decided.ok) return { ok: false, error: decided.error }
    // Nothing to log (a decision sent again): the session, and when it last changed, stay as they are.
    if (decided.events.length === 0) return { ok: true, session, events: [] }
    let next = session
    for (const e of decided.events) next = reduce(next, e)
    try {
      await this.h.log.append(session.id, session.version, decided.events, this.h.held.fenceOf(session.id))
    } catch (e) {
      this.unsure.add(session.id)
      if (!(e instanceof AppendConflict)) throw e
      // Another holder wrote or read the session since this one did: read again, or let go, before the next change.
      // It used to be let go at once, its lease kept, and then nobody served it.
      return fail('conflict', 'the session changed on the server before this arrived: send it again')
    }
    for (const e of decided.events) this.options.logged(session.code, e)
    this.h.held.remember(next, decided.events.at(-1)?.at ?? this.options.now())
    return { ok: true, session: next, events: decided.events }
  }
}
