// The socket.io side of live sessions: every message is size-checked, rate-limited and parsed with its
// zod schema before anything acts on it; a socket acts only as the seat its token gave it; the server that
// holds the message's session handles it (session-handlers.ts), here or, forwarded, on another server.
import type { Server, Socket } from 'socket.io'
import {
  CLIENT_MESSAGES,
  type ClientEvent,
  type Handshake,
  LIMITS,
  PROTOCOL_VERSION,
  type VersionRefusal,
} from '../live/protocol'
import { clientAddress } from './address-limits'
import { addressSessions } from './address-sessions'
import { browserCookies } from './browser-cookie'
import { clientRates } from './client-rates'
import type { ExportShare } from './export-share'
import { fail } from './failure'
import { forwardsWaiting } from './forwards-waiting'
import { guesses } from './guesses'
import { FORWARDS_WAITING, type ServerLimits } from './limits'
import type { LiveSessions } from './live-sessions'
import { hasBinary, payloadBytes } from './payload-size'
import { roomOf, seatOfSocket, sit } from './rooms'
import type { Context, Handled, SessionHandlers } from './session-handlers'
import type { Seat } from './session-registry'
import { failedWith } from './store-unavailable'
import { tokenBucket } from './throttle'

export interface TransportOptions {
  readonly publicUrl?: string | undefined
  readonly log?: (message: string) => void
  readonly limits: Pick<ServerLimits, 'createsPerHour' | 'joinsPerMinute' | 'sessionsPerAddress'>
  /** Count clients by the address a reverse proxy appends to X-Forwarded-For. */
  readonly trustProxy: boolean
  /**
   * Has the server holding a message's session handle it, when this one does not (cluster.ts); without it,
   * or when no server holds it, this server's handlers answer (not found).
   */
  readonly forward?: (event: ClientEvent, message: unknown, context: Context) => Promise<Handled | undefined>
  /** The facilitators' exports, which the results over HTTP take from too (export-share.ts). */
  readonly exports: ExportShare
  /** Tells the other servers that a seat's socket closed here, when this one does not hold its session. */
  readonly left?: (seat: Seat) => void
}

type Ack = (reply: object) => void

export function attachTransport(
  io: Server,
  live: LiveSessions,
  handlers: SessionHandlers,
  options: TransportOptions,
): void {
  const log = options.log ?? ((m: string) => console.error(m))
  // A code or a token that finds nothing: what someone guessing sends, over and over (guesses.ts).
  const misses = guesses(live, options.limits.joinsPerMinute)
  const limited = clientRates(live, options.limits, misses, options.exports)
  const owned = addressSessions(live, options.limits.sessionsPerAddress)
  const browsers = browserCookies(io)

  // A client of another version is refused before it holds a seat: it would misread what it is sent.
  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth
    const sent =
      typeof auth === 'object' && auth !== null
        ? (auth as Partial<Record<keyof Handshake, unknown>>).protocol
        : undefined
    if (sent === PROTOCOL_VERSION) return next()
    const data: VersionRefusal = { code: 'protocol-version', server: PROTOCOL_VERSION }
    next(Object.assign(new Error(`this server speaks protocol version ${PROTOCOL_VERSION}`), { data }))
  })

  io.on('connection', (socket: Socket) => {
    const bucket = tokenBucket(LIMITS.burst, LIMITS.perSecond, live.now())
    const address = clientAddress(socket.request, options.trustProxy)
    let refused = 0
    const forwards = forwardsWaiting(() =>
      log(
        `a connection from ${address} has ${FORWARDS_WAITING} requests waiting for another server's answers, as many as one may: more are refused`,
      ),
    )

    // A team's dashboard line says whether it has a device left: the server holding its session counts again.
    const gone = (left: Seat) => {
      if (left.identity.kind === 'team' && !handlers.left(left)) options.left?.(left)
    }
    // The socket's seat is kept on the socket (rooms.ts), where a server that was deaf also reads it (cluster.ts).
    const bind = (next: Seat) => {
      const seat = seatOfSocket(socket)
      const before = seat && roomOf(seat.session, seat.identity)
      if (seat && before && before !== roomOf(next.session, next.identity)) {
        socket.leave(before)
        gone(seat)
      }
      sit(socket, next)
      socket.join(roomOf(next.session, next.identity))
    }
    // By now socket.io has taken the socket out of its rooms, so the count no longer finds it.
    socket.on('disconnect', () => {
      const seat = seatOfSocket(socket)
      if (seat) gone(seat)
    })
    /** Whether `next` already has as many sockets here as a seat may, this one not among them. */
    const crowded = (next: Seat): boolean => {
      const room = io.sockets.adapter.rooms.get(roomOf(next.session, next.identity))
      return room !== undefined && !room.has(socket.id) && room.size >= LIMITS.socketsPerSeat
    }
    const originOf = () => {
      const host = socket.handshake.headers.host
      const proto = socket.handshake.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'
      return options.publicUrl ?? (host ? `${proto}://${host}` : '')
    }

    // A handler may finish later (reading an imported scenario, another server): it answers through its
    // ack. One that answers at once acks at once, before the next message of the same read is looked at.
    const dispatch = (event: ClientEvent, message: unknown, ack: Ack): void | Promise<void> => {
      const seat = seatOfSocket(socket)
      const tooMany = limited(event, message, address, seat)
      if (tooMany) return ack(tooMany)
      // A create counts toward the address's sessions from here, so that a burst of them cannot all pass at once.
      let creating = event === 'session:create'
      if (creating) {
        const full = owned.begin(address)
        if (full) return ack(full)
      }
      const created = (session: Seat['session'] | undefined) => {
        if (creating) owned.end(address, session)
        creating = false
      }
      const forward = handlers.isHere(event, message, seat) ? undefined : options.forward
      const waiting = forward && forwards.take()
      if (waiting) return ack(waiting)
      // Held since `limited` found one free, given back or used up once answered, whichever way that goes.
      let held = misses.hold(event, address, live.now())
      const settle = (missed: boolean) => {
        if (held) misses.settle(address, live.now(), missed)
        held = false
      }
      const context: Context = { seat, browser: browsers.of(socket), origin: originOf(), socket: socket.id }
      const finish = (handled: Handled) => {
        settle((handled.reply as { error?: { code?: string } }).error?.code === 'not-found')
        created(handled.seat?.session)
        if (handled.seat && crowded(handled.seat))
          return ack(
            fail(
              'rate-limited',
              `this seat is open on ${LIMITS.socketsPerSeat} connections already: close it on another device or tab, then try again`,
            ),
          )
        if (handled.seat) bind(handled.seat)
        ack(handled.reply)
        handled.after?.()
      }
      const here = () => {
        const handled = handlers.handle(event, message, context)
        return handled instanceof Promise ? handled.then(finish) : finish(handled)
      }
      // A change refused because its session left this server while it waited for its turn (handed on to another,
      // or taken over) was not carried out: it goes to the session's holder now, as if it had come a moment later.
      const moved = (handled: Handled): void | Promise<void> => {
        const code = (handled.reply as { error?: { code?: string } }).error?.code
        if (code !== 'conflict' || !options.forward || handlers.isHere(event, message, seatOfSocket(socket)))
          return finish(handled)
        const busy = forwards.take()
        if (busy) return finish(handled)
        return options
          .forward(event, message, context)
          .finally(forwards.give)
          .then((again) => finish(again ?? handled))
      }
      // A guess that failed inside the server is given back: it found nothing because nothing was looked at.
      const given = (e: unknown) => {
        settle(false)
        created(undefined)
        throw e
      }
      try {
        if (!forward) {
          const handled = handlers.handle(event, message, context)
          const done = handled instanceof Promise ? handled.then(moved) : moved(handled)
          return done instanceof Promise ? done.catch(given) : done
        }
        return forward(event, message, context)
          .finally(forwards.give)
          .then((handled) => (handled ? finish(handled) : here()))
          .catch(given)
      } catch (e) {
        return given(e)
      }
    }

    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as Ack) : undefined
      const failed = (e: Error) => {
        log(`${String(event)} failed: ${e.stack}`)
        ack?.(failedWith(e))
      }
      if (!bucket.take(live.now())) {
        refused++
        if (refused > LIMITS.floodDisconnect) socket.disconnect(true)
        else ack?.(fail('rate-limited', `slow down: at most ${LIMITS.perSecond} messages a second`))
        return
      }
      // Every message wants an answer; one that cannot receive it is not acted upon.
      if (!ack) return
      try {
        if (typeof event !== 'string' || !Object.hasOwn(CLIENT_MESSAGES, event))
          return ack(fail('unknown-event', `no such message: ${String(event).slice(0, 40)}`))
        const name = event as ClientEvent
        if (args.length !== 1)
          return ack(fail('bad-request', 'send exactly one payload and an acknowledgement'))
        const limit = name === 'session:create' ? LIMITS.createBytes : LIMITS.messageBytes
        if (payloadBytes(args[0], limit) > limit)
          return ack(fail('too-large', `a ${name} message takes at most ${limit} bytes`))
        if (hasBinary(args[0]))
          return ack(fail('bad-request', 'send the payload as JSON text: binary data is not accepted'))
        const parsed = CLIENT_MESSAGES[name].safeParse(args[0])
        if (!parsed.success)
          return ack(
            fail(
              'bad-request',
              parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '),
            ),
          )
        void Promise.resolve(dispatch(name, parsed.data, ack)).catch(failed)
      } catch (e) {
        failed(e as Error)
      }
    })
  })
}
