// The sessions this server holds: each command is decided, reduced, written to the log and only then
// made current, so an acknowledged change is always on disk (session-writes.ts). The whole registry is rebuilt from the log when
// the server starts, and the old sessions pruned, in session-restore.ts. New sessions are made in creations.ts.
import {
  type Command,
  type Decided,
  decide,
  decideJoin,
  type Identity,
  type Session,
  type SessionEvent,
  type SessionId,
  type TeamId,
} from '../live'
import type { ClientMessage, ScenarioSummary } from '../live/protocol'
import type { ActorCatalog } from '../scenario'
import type { Made } from './created-again'
import { Creations } from './creations'
import type { EventLog } from './event-log'
import { type Failure, fail } from './failure'
import type { ServerLimits } from './limits'
import { ScenarioBudget } from './scenario-budget'
import type { ScenarioChecker } from './scenario-checker'
import { ScenarioLibrary } from './scenario-library'
import { type Seat, SessionRegistry } from './session-registry'
import {
  dropSession,
  type Holdings,
  loadSession,
  type NotRestored,
  pruneSessions,
  type Restored,
  restoreAll,
} from './session-restore'
import { type Committed, SessionWrites } from './session-writes'
import { hashToken, newToken } from './tokens'
import { UnrestorableSessions } from './unrestored'

export type { NotRestored, Restored } from './session-restore'
export type { Committed } from './session-writes'

export interface LiveOptions {
  readonly log: EventLog
  readonly catalog: ActorCatalog
  /** Reads imported scenarios off the event loop, within their budget. */
  readonly checker: ScenarioChecker
  /** How many sessions, and how much of their scenarios' text, the server holds at most. */
  readonly limits: Pick<ServerLimits, 'sessions' | 'scenarioBytes'>
  /** The folder of bundled scenarios (scenarios/). */
  readonly scenarioDir?: string
  readonly now?: () => number
  /** Called before a new session's first event is logged: with several servers, its lease is taken. */
  readonly claim?: (session: SessionId) => Promise<void>
  /** Told of each event once it is in the log, with its session's join code (the operator's log lines). */
  readonly logged?: (code: string, event: SessionEvent) => void
  /**
   * Told of a session read again from the log and found changed (a write it was unsure of had reached the log,
   * session-writes.ts): its views are sent again.
   */
  readonly readAgain?: (session: SessionId) => void
  /** Whether this server still holds a session's lease: with several servers, asked of the database. */
  readonly stillMine?: (session: SessionId) => Promise<boolean>
  /**
   * Told of a held session that, read again from the log after a write it was unsure of, no longer replays: it is
   * held no longer once this is done, and its clients are told it could not be restored (session-writes.ts).
   */
  readonly notRestored?: (session: NotRestored) => Promise<void>
}

export class LiveSessions {
  private readonly held = new SessionRegistry()
  /** The logged sessions this version could not rebuild, still named by their codes and tokens (unrestored.ts). */
  readonly unrestorable = new UnrestorableSessions()
  private readonly budget: ScenarioBudget<SessionId>
  private readonly log: EventLog
  private readonly library: ScenarioLibrary
  /** The registry, budget, log and library above, as restoring and pruning take them (session-restore.ts). */
  private readonly holdings: Holdings
  private readonly writes: SessionWrites
  readonly now: () => number
  private readonly creations: Creations

  constructor(options: LiveOptions) {
    const logged = options.logged ?? (() => {})
    const stillMine = options.stillMine ?? (async () => true)
    this.log = options.log
    this.library = new ScenarioLibrary(options.catalog, options.checker, options.scenarioDir)
    this.budget = new ScenarioBudget(options.limits)
    this.now = options.now ?? Date.now
    this.holdings = {
      log: this.log,
      held: this.held,
      budget: this.budget,
      library: this.library,
      unrestorable: this.unrestorable,
    }
    this.creations = new Creations(this.holdings, {
      now: this.now,
      claim: options.claim,
      logged,
      stillMine,
    })
    this.writes = new SessionWrites(this.holdings, {
      now: this.now,
      logged,
      readAgain: options.readAgain ?? (() => {}),
      stillMine,
      notRestored: options.notRestored ?? (async () => {}),
    })
  }

  /**
   * Replays every logged session, and deletes unread those whose last event is before `pruneBefore`. One that
   * no longer loads is reported, in a line, and left out, never fatal.
   */
  restore(pruneBefore = Number.NEGATIVE_INFINITY): Promise<Restored> {
    return restoreAll(this.holdings, pruneBefore)
  }

  /** Rebuilds one session from the log, replacing what this server held of it, or says why it cannot. */
  load(id: SessionId, code: string, lastAt: number): Promise<NotRestored | undefined> {
    return loadSession(this.holdings, id, code, lastAt)
  }

  /** Forgets, and deletes from the log, every session whose last event is older than `before`. */
  prune(before: number): Promise<SessionId[]> {
    return pruneSessions(this.holdings, before)
  }

  /** Forgets a session here without touching the log: it was pruned, or another server writes it now. */
  drop(id: SessionId): void {
    dropSession(this.holdings, id)
  }

  /**
   * Hands a session to another server: its lease let go by `release` in the session's turn, then forgotten here
   * (session-writes.ts). Whether it was handed.
   */
  letGo(id: SessionId, release: () => Promise<boolean>): Promise<boolean> {
    return this.writes.letGo(id, release)
  }

  /** Runs `task` in the session's turn, after its changes and hand-overs queued before (session-writes.ts). */
  inTurn<T>(id: SessionId, task: () => T): Promise<T> {
    return this.writes.inTurn(id, task)
  }

  /** The held session that changed least recently: the one a hand-over disturbs least. */
  quietest(): SessionId | undefined {
    let quietest: SessionId | undefined
    let at = Number.POSITIVE_INFINITY
    for (const id of this.held.ids()) {
      const last = this.held.lastChange(id) ?? Number.NEGATIVE_INFINITY
      if (last < at) [quietest, at] = [id, last]
    }
    return quietest
  }

  /** The sessions this server holds. */
  ids(): SessionId[] {
    return this.held.ids()
  }

  get(id: SessionId): Session | undefined {
    return this.held.get(id)
  }

  get size(): number {
    return this.held.size
  }

  /** The session a join code names, for the join form's lobby view. */
  withCode(code: string): Session | undefined {
    const id = this.held.idOf(code)
    return id && this.held.get(id)
  }

  seatOf(token: string): Seat | undefined {
    return this.held.seatOf(hashToken(token))
  }

  /** The bundled scenarios a session can use. */
  scenarios(): ScenarioSummary[] {
    return this.library.list()
  }

  /** A new session, or, for a create sent again with its token, the one an earlier attempt made (creations.ts). */
  create(input: ClientMessage<'session:create'>): Promise<Made | Failure> {
    return this.creations.create(input)
  }

  /** Lets go (`letGo`, with several servers) of the leases of the creates given up on that are not held here. */
  letGoOfGivenUp(letGo: (sessions: SessionId[]) => Promise<void>): Promise<void> {
    return this.creations.letGoOfGivenUp(letGo)
  }

  /** A team joins, from the browser `browser` names (a cookie's value, or the socket's id without one). */
  async join(
    input: ClientMessage<'team:join'>,
    browser: string,
  ): Promise<{ ok: true; session: Session; team: TeamId; token: string } | Failure> {
    const id = this.held.idOf(input.code)
    if (!id) return this.unrestorable.notFound({ code: input.code }, `no session with the code ${input.code}`)
    const token = input.token ?? newToken()
    const tokenHash = hashToken(token)
    const taken = this.tokenElsewhere(id, tokenHash)
    if (taken) return taken
    const request = { ...input, browser: hashToken(`browser:${browser}`) }
    const next = await this.change(id, (session) => decideJoin(session, request, tokenHash, this.now()))
    if (!next.ok) return next
    const team = next.session.teams.find((t) => t.tokenHash === tokenHash)
    if (!team) throw new Error('a join seated no team with its token')
    return { ok: true, session: next.session, team: team.id, token }
  }

  /**
   * A token the client made that already admits to a seat of another session here (or a facilitator's): refused,
   * since a token names one seat. Only a client that copied another's token meets it; 128 random bits do not
   * repeat. A session another server holds is not looked at: it would resume with the seat it holds there.
   */
  tokenElsewhere(session: SessionId, tokenHash: string): Failure | undefined {
    const seat = this.held.seatOf(tokenHash)
    return seat && (seat.session !== session || seat.identity.kind === 'facilitator')
      ? fail('conflict', 'this token already admits to another seat: make a new one')
      : undefined
  }

  /**
   * A seat's command. `tokenHash`, the hash of the token the seat was taken with, must still be its team's: a
   * team that rejoined on another device acts only from there (checked in turn, so no rejoin slips between).
   */
  act(id: SessionId, who: Identity, command: Command, tokenHash?: string): Promise<Committed | Failure> {
    return this.change(id, (session) => {
      const team = who.kind === 'team' ? session.teams.find((t) => t.id === who.team) : undefined
      if (team && team.tokenHash !== tokenHash)
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'your team has carried on on another device: this one no longer plays for it',
          },
        }
      return decide(session, who, command, this.now())
    })
  }

  /** One change at a time per session, written to the log before it is current (session-writes.ts). */
  change(id: SessionId, decideOn: (s: Session) => Decided): Promise<Committed | Failure> {
    return this.writes.change(id, decideOn)
  }
}
