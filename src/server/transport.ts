// The socket.io side of live sessions: every message is size-checked, rate-limited and parsed with its
// zod schema before anything acts on it; a socket acts only as the seat its token gave it; after each
// change every audience of the session gets its own view, pushed to its room.
import type { Server, Socket } from 'socket.io'
import {
  facilitatorBrief,
  facilitatorView,
  knownOutcome,
  lobbyView,
  missingOutcomes,
  resultsFile,
  type Session,
  type SessionId,
  type TeamId,
  teamBrief,
  teamView,
} from '../live'
import {
  CLIENT_MESSAGES,
  type ClientEvent,
  type ClientMessage,
  type ErrorCode,
  type ErrorReply,
  LIMITS,
} from '../live/protocol'
import { addressLimiter, clientAddress } from './address-limits'
import { browserCookies } from './browser-cookie'
import type { ServerLimits } from './limits'
import type { LiveSessions, Seat } from './live-sessions'
import type { OutcomePool } from './outcome-pool'
import { payloadBytes } from './payload-size'
import { tokenBucket } from './throttle'

export interface TransportOptions {
  /** The address teams reach the server at, for join links; else the host the facilitator used. */
  readonly publicUrl?: string | undefined
  readonly log?: (message: string) => void
  readonly limits: Pick<ServerLimits, 'createsPerHour' | 'joinsPerMinute'>
  /** Count clients by the address a reverse proxy appends to X-Forwarded-For. */
  readonly trustProxy: boolean
}

type Ack = (reply: object) => void
const error = (code: ErrorCode, message: string): ErrorReply => ({ ok: false, error: { code, message } })

export const roomOf = (session: SessionId, seat: Seat['identity']): string =>
  seat.kind === 'facilitator' ? `${session}:facilitator` : `${session}:team:${seat.team}`

/** What the server tells the transport after attaching it. */
export interface Transport {
  /** A session was pruned: what the transport kept for it goes too. */
  forget(session: SessionId): void
}

export function attachTransport(
  io: Server,
  live: LiveSessions,
  pool: OutcomePool,
  options: TransportOptions,
): Transport {
  const log = options.log ?? ((m: string) => console.error(m))
  const origins = new Map<SessionId, string>()
  const { createsPerHour, joinsPerMinute } = options.limits
  const creates = addressLimiter(createsPerHour, 60 * 60 * 1000)
  const joins = addressLimiter(joinsPerMinute, 60 * 1000)
  const browsers = browserCookies(io)

  const joinUrl = (s: Session) => `${origins.get(s.id) ?? options.publicUrl ?? ''}/#/join/${s.code}`

  /** Pushes the new views: to every team, or (after a submission, which changes only its team's view) to one. */
  const broadcast = (s: Session, onlyTeam?: TeamId) => {
    const now = live.now()
    const facilitator = facilitatorView(s, joinUrl(s), knownOutcome, now)
    io.to(roomOf(s.id, { kind: 'facilitator' })).emit('view', facilitator)
    // The debrief is the same for every audience (views.ts builds it from the session alone; a test
    // holds it to that): one object for all, so viewParser serialises it once.
    const { debrief } = facilitator
    for (const t of s.teams)
      if (onlyTeam === undefined || t.id === onlyTeam)
        io.to(roomOf(s.id, { kind: 'team', team: t.id })).emit('view', {
          ...teamView(s, t.id, knownOutcome, now),
          debrief,
        })
    computeOutcomes(s)
  }

  /** A removed team's sockets are told, and leave its room: nothing of the session reaches them any more. */
  const unseat = (s: Session, team: TeamId) => {
    const room = roomOf(s.id, { kind: 'team', team })
    io.to(room).emit('removed', { code: s.code })
    io.in(room).socketsLeave(room)
  }

  // An outcome costs tens of milliseconds: the outcome worker computes it while the reveal goes out,
  // then every audience gets its view again with the outcomes in. Outcomes are not logged (they are a
  // function of the events): a session restored finished has none, and gets them when a seat comes back.
  const requested = new WeakSet<object>()
  const computeOutcomes = (s: Session) => {
    const missing = missingOutcomes(s).filter((t) => !requested.has(t))
    if (missing.length === 0) return
    for (const t of missing) requested.add(t)
    Promise.all(missing.map((t) => pool.outcome(s, t)))
      .then(() => {
        const latest = live.get(s.id)
        if (latest) broadcast(latest)
      })
      .catch((e: Error) => log(`outcomes of session ${s.id} failed: ${e.stack}`))
  }

  io.on('connection', (socket: Socket) => {
    const bucket = tokenBucket(LIMITS.burst, LIMITS.perSecond, live.now())
    const address = clientAddress(socket.request, options.trustProxy)
    let refused = 0
    let seat: Seat | undefined

    const bind = (next: Seat) => {
      if (seat) socket.leave(roomOf(seat.session, seat.identity))
      seat = next
      socket.join(roomOf(next.session, next.identity))
    }
    const originOf = () => {
      const host = socket.handshake.headers.host
      const proto = socket.handshake.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'
      return options.publicUrl ?? (host ? `${proto}://${host}` : '')
    }

    // A handler may finish later (reading an imported scenario): it answers through its ack either way.
    const handlers: { [E in ClientEvent]: (message: ClientMessage<E>, ack: Ack) => void | Promise<void> } = {
      'scenarios:list': (_m, ack) => ack({ ok: true, scenarios: live.scenarios() }),
      'session:create': async (m, ack) => {
        if (!creates.take(address, live.now()))
          return ack(
            error(
              'rate-limited',
              `at most ${createsPerHour} sessions an hour may be created from one address: try again later`,
            ),
          )
        const created = await live.create(m)
        if (!created.ok) return ack(created)
        const s = created.session
        origins.set(s.id, originOf())
        bind({ session: s.id, identity: { kind: 'facilitator' } })
        ack({
          ok: true,
          session: { id: s.id, code: s.code, joinUrl: joinUrl(s) },
          token: created.token,
          brief: facilitatorBrief(s),
          view: facilitatorView(s, joinUrl(s), knownOutcome, live.now()),
        })
      },
      'facilitator:resume': (m, ack) => {
        const found = live.seatOf(m.token)
        const s = found && live.get(found.session)
        if (!found || !s || found.identity.kind !== 'facilitator')
          return ack(error('not-found', 'no session has this facilitator token'))
        if (!origins.has(s.id)) origins.set(s.id, originOf())
        bind(found)
        ack({
          ok: true,
          brief: facilitatorBrief(s),
          view: facilitatorView(s, joinUrl(s), knownOutcome, live.now()),
        })
        computeOutcomes(s)
      },
      'facilitator:command': (m, ack) => {
        if (seat?.identity.kind !== 'facilitator')
          return ack(error('forbidden', 'only the facilitator can do that'))
        const done = live.act(seat.session, seat.identity, m.command)
        if (!done.ok) return ack(done)
        for (const e of done.events) if (e.kind === 'removed') unseat(done.session, e.team)
        pushThenAck(() => broadcast(done.session), ack)
      },
      'facilitator:export': (m, ack) => {
        if (seat?.identity.kind !== 'facilitator')
          return ack(error('forbidden', 'only the facilitator can export'))
        const s = live.get(seat.session)
        if (!s) return ack(error('not-found', 'this session no longer exists'))
        exportFile(s, m.format, pool, live.now())
          .then((file) => ack({ ok: true, ...file }))
          .catch((e: Error) => {
            log(`export of session ${s.id} failed: ${e.stack}`)
            ack(error('internal', 'the results could not be computed'))
          })
      },
      'session:lobby': (m, ack) => {
        const s = live.withCode(m.code)
        if (!s) return ack(error('not-found', `no session with the code ${m.code}`))
        ack({ ok: true, lobby: lobbyView(s) })
      },
      'team:join': (m, ack) => {
        if (!joins.take(address, live.now()))
          return ack(
            error(
              'rate-limited',
              `at most ${joinsPerMinute} teams a minute may join from one address: try again in a moment`,
            ),
          )
        const joined = live.join(m, browsers.of(socket))
        if (!joined.ok) return ack(joined)
        const s = joined.session
        bind({ session: s.id, identity: { kind: 'team', team: joined.team } })
        ack({
          ok: true,
          token: joined.token,
          brief: teamBrief(s, joined.team),
          view: teamView(s, joined.team, knownOutcome, live.now()),
        })
        broadcast(s)
      },
      'team:resume': (m, ack) => {
        const found = live.seatOf(m.token)
        const s = found && live.get(found.session)
        if (!found || !s || found.identity.kind !== 'team')
          return ack(error('not-found', 'no team has this token'))
        bind(found)
        const team = found.identity.team
        ack({ ok: true, brief: teamBrief(s, team), view: teamView(s, team, knownOutcome, live.now()) })
        computeOutcomes(s)
      },
      'team:submit': (m, ack) => {
        if (seat?.identity.kind !== 'team') return ack(error('forbidden', 'join as a team first'))
        const { team } = seat.identity
        const done = live.act(seat.session, seat.identity, {
          kind: 'submit',
          round: m.round,
          decision: m.decision,
        })
        if (!done.ok) return ack(done)
        pushThenAck(
          () => broadcast(done.session, done.events.some((e) => e.kind === 'revealed') ? undefined : team),
          ack,
        )
      },
    }

    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as Ack) : undefined
      const failed = (e: Error) => {
        log(`${String(event)} failed: ${e.stack}`)
        ack?.(error('internal', 'the server could not do that; the facilitator may retry'))
      }
      if (!bucket.take(live.now())) {
        refused++
        if (refused > LIMITS.floodDisconnect) socket.disconnect(true)
        else ack?.(error('rate-limited', `slow down: at most ${LIMITS.perSecond} messages a second`))
        return
      }
      // Every message wants an answer; one that cannot receive it is not acted upon.
      if (!ack) return
      try {
        if (typeof event !== 'string' || !Object.hasOwn(CLIENT_MESSAGES, event))
          return ack(error('unknown-event', `no such message: ${String(event).slice(0, 40)}`))
        const name = event as ClientEvent
        if (args.length !== 1)
          return ack(error('bad-request', 'send exactly one payload and an acknowledgement'))
        const limit = name === 'session:create' ? LIMITS.createBytes : LIMITS.messageBytes
        if (payloadBytes(args[0], limit) > limit)
          return ack(error('too-large', `a ${name} message takes at most ${limit} bytes`))
        const parsed = CLIENT_MESSAGES[name].safeParse(args[0])
        if (!parsed.success)
          return ack(
            error(
              'bad-request',
              parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '),
            ),
          )
        const handler = handlers[name] as (message: unknown, ack: Ack) => void | Promise<void>
        void Promise.resolve(handler(parsed.data, ack)).catch(failed)
      } catch (e) {
        failed(e as Error)
      }
    })
  })

  return { forget: (session) => origins.delete(session) }
}

/**
 * After a change that is in the log: the views first, so a reveal reaches every client one socket write
 * sooner, then the ack, which only says the change is logged. Should a view fail to build, the ack still
 * goes (socket.io sends an ack once: the error the caller logs then stays with the server).
 */
function pushThenAck(push: () => void, ack: Ack): void {
  try {
    push()
  } finally {
    ack({ ok: true })
  }
}

/** The results file, once the outcome worker has every finished table's outcome. */
export async function exportFile(s: Session, format: 'json' | 'csv', pool: OutcomePool, now: number) {
  await Promise.all(missingOutcomes(s).map((t) => pool.outcome(s, t)))
  return resultsFile(s, format, now, knownOutcome)
}
