// The sessions this server holds: each command is decided, reduced, written to the log and only then
// made current, so an acknowledged change is always on disk. Tokens and codes are drawn here (the only
// randomness), and the whole registry is rebuilt from the log when the server starts.
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { readText, scenarioPaths } from '../cli/scenario-files'
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
  SessionEvent,
  type SessionId,
  type TeamId,
} from '../live'
import {
  type ClientMessage,
  CODE_ALPHABET,
  CODE_LENGTH,
  type ErrorCode,
  type ScenarioSummary,
} from '../live/protocol'
import { type ActorCatalog, loadScenario, type Problem, type Scenario } from '../scenario'
import type { EventLog } from './event-log'
import type { ServerLimits } from './limits'
import type { ScenarioChecker } from './scenario-checker'

export type Failure = {
  readonly ok: false
  readonly error: {
    readonly code: ErrorCode
    readonly message: string
    readonly problems?: readonly Problem[]
  }
}
const fail = (code: ErrorCode, message: string, problems?: readonly Problem[]): Failure => ({
  ok: false,
  error: problems ? { code, message, problems } : { code, message },
})

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
  private readonly catalog: ActorCatalog
  private readonly checker: ScenarioChecker
  private readonly limits: LiveOptions['limits']
  private readonly scenarioDir: string | undefined
  readonly now: () => number

  constructor(options: LiveOptions) {
    this.log = options.log
    this.catalog = options.catalog
    this.checker = options.checker
    this.limits = options.limits
    this.scenarioDir = options.scenarioDir
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
      const replayed = this.replay(this.log.events(id))
      if (replayed.ok) {
        this.remember(replayed.session, lastAt)
        this.hold(id, replayed.textBytes)
      } else failed.push({ id, code, message: replayed.message.replace(/\s*\n\s*/g, ' ') })
    }
    return { restored: this.byId.size, pruned, failed }
  }

  /** A session from its logged events, or what stops it, in words: which event, and why. */
  private replay(
    raw: readonly unknown[],
  ): { ok: true; session: Session; textBytes: number } | { ok: false; message: string } {
    const at = (i: number) => {
      const kind = (raw[i] as { kind?: unknown } | null)?.kind
      return `event ${i + 1}${typeof kind === 'string' ? ` (${kind.slice(0, 40)})` : ''}`
    }
    let session: Session | undefined
    let textBytes = 0
    for (const [i, body] of raw.entries()) {
      const parsed = SessionEvent.safeParse(body)
      if (!parsed.success)
        return {
          ok: false,
          message: `${at(i)} does not read: ${parsed.error.issues
            .map((issue) => `${issue.path.join('.') || 'the event'}: ${issue.message}`)
            .join('; ')}`,
        }
      const e = parsed.data
      if ((i === 0) !== (e.kind === 'created'))
        return { ok: false, message: `${at(i)}: a session's log starts with its one "created" event` }
      try {
        if (e.kind === 'created') {
          const scenario = this.load(e.scenario.text, e.scenario.file)
          if (!scenario.ok) {
            const [first, ...more] = scenario.error.problems ?? []
            const where = first
              ? `: line ${first.line}${first.path ? ` (${first.path})` : ''}, ${first.message}`
              : ''
            return {
              ok: false,
              message: `its scenario no longer loads${where}${more.length > 0 ? `, and ${more.length} more problem(s)` : ''}`,
            }
          }
          session = createSession(e, scenario.scenario)
          textBytes = Buffer.byteLength(e.scenario.text)
        } else session = reduce(session!, e)
      } catch (error) {
        return { ok: false, message: `${at(i)} does not apply: ${(error as Error).message}` }
      }
    }
    return session ? { ok: true, session, textBytes } : { ok: false, message: 'its log has no events' }
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
    if (pruned.length > 0) {
      const used = new Set([...this.byId.values()].map((s) => s.base))
      for (const [text, scenario] of this.loaded)
        if (!used.has(scenario) && !this.bundled.has(text)) this.loaded.delete(text)
    }
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

  private summaries: ScenarioSummary[] | undefined

  /** The bundled scenarios, read once: they change only with a new release of the server. */
  scenarios(): ScenarioSummary[] {
    this.summaries ??= scenarioPaths(this.scenarioDir).flatMap((path) => {
      const read = readText(path)
      if (read.ok) this.bundled.add(read.text)
      const loaded = read.ok ? this.load(read.text, basename(path)) : undefined
      if (!loaded?.ok) return []
      const s = loaded.scenario
      return [
        {
          id: s.id,
          title: s.title,
          summary: s.summary,
          roles: s.roles.map((r) => ({ id: r.id, title: r.title })),
          injects: s.injects.length,
        },
      ]
    })
    return this.summaries
  }

  /**
   * A new session, its scenario read first: a bundled one here (trusted, and read once), an imported one on
   * the checker's thread. Refused while the server holds as many sessions, or as much scenario text, as
   * its limits allow; both are looked at again once the scenario is read, since others may have come in.
   */
  async create(
    input: ClientMessage<'session:create'>,
  ): Promise<{ ok: true; session: Session; token: string } | Failure> {
    const file = this.scenarioFile(input.scenario)
    if (!file.ok) return file
    const bytes = Buffer.byteLength(file.text)
    const full = this.full(bytes)
    if (full) return full
    const loaded = this.bundled.has(file.text) ? this.load(file.text, file.name) : await this.check(file)
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

  /** An imported scenario, read on the checker's thread unless the same text is loaded already. */
  private async check(file: {
    name: string
    text: string
  }): Promise<{ ok: true; scenario: Scenario } | Failure> {
    const known = this.loaded.get(file.text)
    if (known) return { ok: true, scenario: known }
    const checked = await this.checker.check(file.text, file.name)
    switch (checked.kind) {
      case 'loaded':
        this.loaded.set(file.text, checked.scenario)
        return { ok: true, scenario: checked.scenario }
      case 'invalid':
        return fail(
          'invalid-scenario',
          `the scenario does not load: ${checked.problems.length} problem(s)`,
          checked.problems,
        )
      case 'busy':
        return fail('busy', 'the server is reading other scenarios just now: try again in a moment')
    }
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

  private scenarioFile(
    source: ClientMessage<'session:create'>['scenario'],
  ): { ok: true; name: string; text: string } | Failure {
    if (source.kind === 'yaml') return { ok: true, name: source.name, text: source.text }
    const path = scenarioPaths(this.scenarioDir).find(
      (p) => basename(p).replace(/\.(ya?ml|json)$/, '') === source.id,
    )
    const read = path ? readText(path) : undefined
    if (!path || !read?.ok) return fail('not-found', `no bundled scenario "${source.id}"`)
    this.bundled.add(read.text)
    return { ok: true, name: basename(path), text: read.text }
  }

  // Sessions of the same scenario text share one frozen Scenario, and so one solved tree (megabytes each).
  private readonly loaded = new Map<string, Scenario>()
  /** The texts of the bundled scenarios read so far: pruning keeps them loaded. */
  private readonly bundled = new Set<string>()

  private load(text: string, file: string): { ok: true; scenario: Scenario } | Failure {
    const known = this.loaded.get(text)
    if (known) return { ok: true, scenario: known }
    const result = loadScenario(text, file, this.catalog)
    if (result.ok) {
      this.loaded.set(text, result.value)
      return { ok: true, scenario: result.value }
    }
    return fail(
      'invalid-scenario',
      `the scenario does not load: ${result.problems.length} problem(s)`,
      result.problems,
    )
  }
}
