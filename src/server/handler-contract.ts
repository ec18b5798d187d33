// What a session handler is given and gives back (session-handlers.ts): plain data where it may cross to another
// server (cluster.ts), and the handlers' face for the transport (transport.ts) and the cluster.
import type { SessionId } from '../live'
import type { ClientEvent } from '../live/protocol'
import type { Seat } from './session-registry'

/** Where a message comes from: plain data, so that it can cross to another server. */
export interface Context {
  readonly seat?: Seat | undefined
  /** The browser's cookie id, or the socket's own without one. */
  readonly browser: string
  /** The address the client opened, for join links. */
  readonly origin: string
  /** The socket's id: a rejoin sends the team's other sockets away, not the one it came on. */
  readonly socket?: string | undefined
}

export interface Handled {
  readonly reply: object
  /** The seat the socket holds from now on. */
  readonly seat?: Seat
  /** What follows the ack (views pushed, outcomes computed). */
  readonly after?: () => void
}

export interface SessionHandlers {
  /** Whether this server holds the session the message is about (or it is about none). */
  isHere(event: ClientEvent, message: unknown, seat: Seat | undefined): boolean
  /** The answer, at once where nothing is waited for. */
  handle(event: ClientEvent, message: unknown, context: Context): Handled | Promise<Handled>
  /** A session was pruned or moved away: what the handlers kept for it goes too. */
  forget(session: SessionId): void
  /** A seat's socket closed, here or on another server: whether this server holds its session (and counts). */
  left(seat: Seat): boolean
  /** Another server died: each team's devices are counted again, wherever they are. */
  recount(session: SessionId): void
  /**
   * This server has just taken the session over: each audience is sent its view again (the dead holder's last
   * pushes may be lost) and each team's devices are counted, wherever they are.
   */
  tookOver(session: SessionId): void
  /**
   * Of `seats`, those of sessions held here whose token no longer admits (a removed team's, a replaced device's):
   * their sockets, wherever they are, are told and leave their room, as if they had heard it when it happened.
   */
  sendAwayStale(seats: readonly Seat[]): void
  /**
   * The session, read back from the log, holds a change this server had given up on (session-writes.ts): each
   * audience is sent its view now, the facilitator's too, whose notices of submissions would otherwise not follow
   * on from the view it holds until the next whole view came.
   */
  readAgain(session: SessionId): void
}
