// Making sessions: a new one's scenario read, the server's limits looked at, its lease taken (with several servers)
// and its first event written, or, for a create sent again with its token, the session an earlier attempt made
// (created-again.ts). LiveSessions (live-sessions.ts) owns the state this works on and is its one caller.
import { createSession, type SessionEvent, type SessionId } from '../live'
import type { ClientMessage } from '../live/protocol'
import { createdBefore, type Made } from './created-again'
import { createdEvent } from './created-event'
import { AppendConflict } from './event-log'
import type { Failure } from './failure'
import type { Holdings } from './session-restore'
import { hashToken, newSessionId, newToken } from './tokens'

export interface CreationOptions {
  readonly now: () => number
  /** Called before a new session's first event is logged: with several servers, its lease is taken. */
  readonly claim?: ((session: SessionId) => Promise<void>) | undefined
  /** Told of each event once it is in the log, with its session's join code. */
  readonly logged: (code: string, event: SessionEvent) => void
  /** Whether this server holds a session's lease. */
  readonly stillMine: (session: SessionId) => Promise<boolean>
}

export class Creations {
  /** Sessions being created: counted against the limit from their last check until they are held. */
  private creating = 0
  /**
   * Sessions whose create failed once their lease could have been taken (with several servers): the log may have
   * them all the same (a database that answered late), held by no server, until their leases are let go
   * (cluster.ts) for another look to take them.
   */
  private readonly givenUp = new Set<SessionId>()

  constructor(
    private readonly h: Holdings,
    private readonly options: CreationOptions,
  ) {}

  /**
   * A new session, its scenario read first: a bundled one here (trusted, and read once), an imported one on
   * the checker's thread. Refused while the server holds as many sessions, or as much scenario text, as
   * its limits allow; both are looked at again once the scenario is read, since others may have come in,
   * and from then on the new one counts, so that a burst of creates cannot all pass that check together. Sent
   * again with its token, it is answered with the session an earlier attempt made.
   */
  async create(input: ClientMessage<'session:create'>): Promise<Made | Failure> {
    const { held, budget, library, log } = this.h
    const token = input.token ?? newToken()
    const tokenHash = hashToken(token)
    const again = () =>
      input.token ? createdBefore(this.h, this.options.stillMine, token, tokenHash) : undefined
    const before = await again()
    if (before) return before
    const file = library.file(input.scenario)
    if (!file.ok) return file
    const bytes = Buffer.byteLength(file.text)
    const full = budget.refusal(held.size + this.creating, bytes)
    if (full) return full
    const loaded = await library.read(file)
    if (!loaded.ok) return loaded
    const stillFull = budget.refusal(held.size + this.creating, bytes)
    if (stillFull) return stillFull
    const id = newSessionId()
    this.creating++
    budget.hold(id, bytes)
    try {
      const created = createdEvent(input, {
        id,
        at: this.options.now(),
        file,
        tokenHash,
        taken: (code) => held.hasCode(code),
      })
      const session = createSession(created, loaded.scenario)
      await this.options.claim?.(session.id)
      await log.append(session.id, 0, [created], 0)
      this.options.logged(session.code, created)
      held.remember(session, created.at)
      return { ok: true, session, token, warnings: loaded.warnings }
    } catch (e) {
      budget.hold(id, 0)
      if (this.options.claim) this.givenUp.add(id)
      // Another attempt of the same create reached the log first (sent again while this one waited on the log).
      const first = e instanceof AppendConflict ? await again() : undefined
      if (first) return first
      throw e
    } finally {
      this.creating--
    }
  }

  /** Lets go (`letGo`, with several servers) of the leases of the creates given up on that are not held here. */
  async letGoOfGivenUp(letGo: (sessions: SessionId[]) => Promise<void>): Promise<void> {
    const given = [...this.givenUp]
    const orphans = given.filter((id) => !this.h.held.get(id))
    if (orphans.length > 0) await letGo(orphans)
    for (const id of given) this.givenUp.delete(id)
  }
}
