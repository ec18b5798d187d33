// The sessions this server holds: each command is decided, reduced, written to the log and only then
// made current, so an acknowledged change is always on disk. Tokens and codes are drawn here (the only
// randomness), and the whole registry is rebuilt from the log when the server starts.
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto'
import {
  type Command,
  type CreatedEvent,
  createSession,
  type Decided,
  decide,
  decideJoin,
  type Identity,
  reduce,
  type Session,
  type SessionChange,
  type SessionId,
  type TeamId,
} from '../live'
import { type ClientMessage, CODE_ALPHABET, CODE_LENGTH, type ScenarioSummary } from '../live/protocol'
import type { ActorCatalog } from '../scenario'
import type { EventLog } from './event-log'
import { type Failure, fail } from './failure'
import type { ServerLimits } from './limits'
import { replay } from './replay'
import type { ScenarioChecker } from './scenario-checker'
import { ScenarioLibrary } from './scenario-library'

/** A change made: the session after it, and the events that made it (now in the log). */
export interface Committed {
  readonly ok: true
  readonly session: Session
  readonly events: readonly SessionChange[]
}

/** Who holds a token: the facilitator of a session, or one of its teams. */
export interface Seat {
  readonly session: SessionId
  readonly identity: Identity
}

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
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')
/** 128 random bits, base64url: 22 characters. */
const newToken = (): string => randomBytes(16).toString('base64url')

export class LiveSessions {
  private readonly byId = new Map<SessionId, Session>()
  private readonly byCode = new Map<string, SessionId>()
  private readonly byToken = new Map<string, Seat>()
  /** When each session's last event happened: what pruning goes by. */
  private readonly lastAt = new Map<SessionId, number>()
  /** The bytes of each session's scenario text, kept in its first event, and their sum. */
  private readonly textBytes = new Map<SessionId, number>()
  private heldBytes = 0
  private readonly log: EventLog
  private readonly library: ScenarioLibrary
  private readonly limits: LiveOptions['limits']
  readonly now: () => number

  constructor(options: LiveOptions) {
    this.log = options.log
    this.library = new ScenarioLibrary(options.catalog, options.checker, options.scenarioDir)
    this.limits = options.limits
    this.now = options.now ?? Date.now
  }

  /**
   * Replays every logged session whose last event is at or after `pruneBefore`, and deletes the older
   * ones from the log unread. One that no longer loads is reported, in a line, and left out, never fatal.
   */
  restore(pruneBefore = Number.NEGATIVE_INFINITY): {
    restored: number
    pruned: number
    failed: { id: string; code: string; message: string }[]
  } {
    const failed: { id: string; code: string; message: string }[] = []
    let pruned = 0
    for (const { id, code, lastAt } of this.log.sessions()) {
      if (lastAt < pruneBefore) {
        this.log.remove(id)
        pruned++
        continue
      }
      const replayed = replay(this.log.events(id), (text, file) => this.library.logged(text, file))
      if (replayed.ok) {
        this.remember(replayed.session, lastAt)
        this.hold(id, replayed.textBytes)
      } else failed.push({ id, code, message: replayed.message.replace(/\s*\n\s*/g, ' ') })
    }
    return { restored: this.byId.size, pruned, failed }
  }

  /**
   * Forgets every session whose last event is older than `before`: out of memory, its tokens no longer
   * valid, its events deleted from the log. A finished session's last event is its end, so its debrief
   * and its results stay until then. Returns the sessions pruned.
   */
  prune(before: number): SessionId[] {
    const pruned = [...this.lastAt].filter(([, at]) => at < before).map(([id]) => id)
    for (const id of pruned) {
      const s = this.byId.get(id)!
      this.log.remove(id)
      this.byId.delete(id)
      this.lastAt.delete(id)
      this.hold(id, 0)
      this.byCode.delete(s.code)
      this.byToken.delete(s.facilitatorHash)
      for (const t of s.teams) this.byToken.delete(t.tokenHash)
    }
    // An imported scenario goes with its last session; the bundled ones stay loaded for the next.
    if (pruned.length > 0) this.library.keepOnly(new Set([...this.byId.values()].map((s) => s.base)))
    return pruned
  }

  get(id: SessionId): Session | undefined {
    return this.byId.get(id)
  }

  get size(): number {
    return this.byId.size
  }

  /** The session a join code names, for the join form's lobby view. */
  withCode(code: string): Session | undefined {
    const id = this.byCode.get(code)
    return id && this.byId.get(id)
  }

  seatOf(token: string): Seat | undefined {
    return this.byToken.get(hashToken(token))
  }

  /** The bundled scenarios a session can use. */
  scenarios(): ScenarioSummary[] {
    return this.library.list()
  }

  /**
   * A new session, its scenario read first: a bundled one here (trusted, and read once), an imported one on
   * the checker's thread. Refused while the server holds as many sessions, or as much scenario text, as
   * its limits allow; both are looked at again once the scenario is read, since others may have come in.
   */
  async create(
    input: ClientMessage<'session:create'>,
  ): Promise<{ ok: true; session: Session; token: string } | Failure> {
    const file = this.library.file(input.scenario)
    if (!file.ok) return file
    const bytes = Buffer.byteLength(file.text)
    const full = this.full(bytes)
    if (full) return full
    const loaded = await this.library.read(file)
    if (!loaded.ok) return loaded
    const stillFull = this.full(bytes)
    if (stillFull) return stillFull
    const token = newToken()
    const created: CreatedEvent = {
      kind: 'created',
      at: this.now(),
      id: randomUUID() as SessionId,
      code: this.newCode(),
      scenario: { file: file.name, text: file.text },
      settings: {
        format: input.format,
        seed: input.seed ?? randomInt(2 ** 31 - 1),
        temperature: input.temperature,
        autoAdvance: input.autoAdvance,
        roundSeconds: input.roundSeconds,
      },
      facilitatorHash: hashToken(token),
    }
    const session = createSession(created, loaded.scenario)
    this.log.append(session.id, 0, [created])
    this.remember(session, created.at)
    this.hold(session.id, bytes)
    return { ok: true, session, token }
  }

  /** Why the server cannot take a session with this much scenario text now, or undefined. */
  private full(bytes: number): Failure | undefined {
    const { sessions, scenarioBytes } = this.limits
    if (this.byId.size >= sessions)
      return fail(
        'full',
        `this server holds as many sessions as it is allowed (${sessions}): try again once older ones are pruned, or ask whoever runs it to raise MAX_SESSIONS`,
      )
    if (this.heldBytes + bytes > scenarioBytes)
      return fail(
        'full',
        `this server holds as much scenario text as it is allowed (${scenarioBytes / 1_000_000} MB): try again once older sessions are pruned, or ask whoever runs it to raise MAX_SCENARIO_MB`,
      )
    return undefined
  }

  /** Counts a session's scenario text toward the limit (0: no longer). */
  private hold(id: SessionId, bytes: number): void {
    this.heldBytes += bytes - (this.textBytes.get(id) ?? 0)
    if (bytes > 0) this.textBytes.set(id, bytes)
    else this.textBytes.delete(id)
  }

  /** A team joins, from the browser `browser` names (a cookie's value, or the socket's id without one). */
  join(
    input: ClientMessage<'team:join'>,
    browser: string,
  ): { ok: true; session: Session; team: TeamId; token: string } | Failure {
    const id = this.byCode.get(input.code)
    const session = id && this.byId.get(id)
    if (!session) return fail('not-found', `no session with the code ${input.code}`)
    const token = newToken()
    const request = { ...input, browser: hashToken(`browser:${browser}`) }
    const decided = decideJoin(session, request, hashToken(token), this.now())
    const next = this.commit(session, decided)
    if (!next.ok) return next
    return { ok: true, session: next.session, team: next.session.teams.at(-1)!.id, token }
  }

  act(id: SessionId, who: Identity, command: Command): Committed | Failure {
    const session = this.byId.get(id)
    if (!session) return fail('not-found', 'this session no longer exists')
    return this.commit(session, decide(session, who, command, this.now()))
  }

  /** Reduce first (a broken invariant throws before anything is written), then log, then make it current. */
  private commit(session: Session, decided: Decided): Committed | Failure {
    if (!decided.ok) return fail(decided.error.code, decided.error.message)
    let next = session
    for (const e of decided.events) next = reduce(next, e)
    this.log.append(session.id, session.version, decided.events)
    this.remember(next, decided.events.at(-1)?.at ?? this.now())
    return { ok: true, session: next, events: decided.events }
  }

  private remember(s: Session, lastAt: number): void {
    const known = this.byId.get(s.id)
    this.byId.set(s.id, s)
    this.lastAt.set(s.id, lastAt)
    this.byCode.set(s.code, s.id)
    if (!known) this.byToken.set(s.facilitatorHash, { session: s.id, identity: { kind: 'facilitator' } })
    if (known?.teams === s.teams) return
    // A removed team's token admits nobody from now on; a new team's admits it.
    for (const t of known?.teams ?? []) if (!s.teams.includes(t)) this.byToken.delete(t.tokenHash)
    for (const t of s.teams)
      if (!known?.teams.includes(t))
        this.byToken.set(t.tokenHash, { session: s.id, identity: { kind: 'team', team: t.id } })
  }

  private newCode(): string {
    for (;;) {
      const code = Array.from(
        { length: CODE_LENGTH },
        () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
      ).join('')
      if (!this.byCode.has(code)) return code
    }
  }
}
