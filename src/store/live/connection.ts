// The browser's one link to the workshop server that served the page: a socket opened on first use, the
// state of its connection as a small store every screen and seat reads, and the one way to ask the server
// something: every request carries an acknowledgement, and a silent server becomes an error reply.
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client'
import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  ANSWER_WITHIN_MS,
  type Handshake,
  PROTOCOL_VERSION,
  TOO_MANY_CONNECTIONS,
  type VersionRefusal,
} from '../../live/handshake'
import type { ClientToServerEvents, ErrorReply, ServerToClientEvents } from '../../live/protocol'

export type { Handshake }
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>
export type LiveEvent = keyof ClientToServerEvents
export type PayloadOf<E extends LiveEvent> = Parameters<ClientToServerEvents[E]>[0]
export type ReplyOf<E extends LiveEvent> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]

/**
 * connecting: not yet reached the server; online: connected; reconnecting: lost the connection, socket.io
 * is retrying; unreachable: no workshop server has ever answered; outdated: the server speaks a later version
 * of the protocol than this page (a reload brings the page's); server-outdated: an earlier one. A server that
 * refuses the version is not asked again. crowded: the server turned the connection away at its door, as it does
 * past its ceiling of connections from one address (socket.io keeps asking, and the link comes online once one
 * is free); refused: the connection was turned down for a reason this page does not know: socket.io's handshake
 * by the server's middleware (not asked again), or the door by something else than the server's ceiling (a
 * proxy's 403, engine.io's 400; socket.io keeps asking).
 */
export type Connection =
  | 'connecting'
  | 'online'
  | 'reconnecting'
  | 'unreachable'
  | 'outdated'
  | 'server-outdated'
  | 'crowded'
  | 'refused'

export interface LiveLink {
  /** The connection's state: reading it never opens the socket, so a screen may read it while rendering. */
  readonly store: StoreApi<{ readonly connection: Connection }>
  /** The socket, opened on the first call: from an effect or an action, never while rendering. */
  readonly socket: () => LiveSocket
}

/**
 * A link over the socket `open` makes, once, when a seat or a screen's effect first needs it, sending the
 * handshake it is given (a page of this build speaks its protocol version).
 */
export function liveLink(open: (auth: Handshake) => LiveSocket, protocol = PROTOCOL_VERSION): LiveLink {
  const store = createStore<{ connection: Connection }>()(() => ({ connection: 'connecting' }))
  const set = (connection: Connection) => store.setState({ connection })
  let socket: LiveSocket | undefined
  return {
    store,
    socket: () => {
      if (socket) return socket
      const opened = open({ protocol })
      socket = opened
      let reached = false
      const up = () => {
        reached = true
        set('online')
      }
      opened.on('connect', up)
      opened.on('disconnect', () => set('reconnecting'))
      opened.on('connect_error', (e: Error) => {
        const server = refusedVersion(e)
        const door = turnedAway(e)
        if (server !== undefined) set(server > protocol ? 'outdated' : 'server-outdated')
        else if (door !== undefined) set(door === TOO_MANY_CONNECTIONS ? 'crowded' : 'refused')
        // socket.io does not try again after a handshake the server turned down (its middleware's refusal).
        else if (!opened.active) set('refused')
        else set(reached ? 'reconnecting' : 'unreachable')
      })
      // Listening first, then looking: a connection made before the listeners were there is not missed.
      if (opened.connected) up()
      return opened
    },
  }
}

/** The version the server speaks, when it refused the connection for speaking another. */
function refusedVersion(e: Error): number | undefined {
  const data = (e as { data?: Partial<VersionRefusal> }).data
  return data?.code === 'protocol-version' && typeof data.server === 'number' ? data.server : undefined
}

/**
 * A refusal at the door, before socket.io's handshake: an HTTP 4xx to the long-polling request. The workshop
 * server's own (engine.io's allowRequest, 403) past its ceiling of connections from one address begins its message
 * with TOO_MANY_CONNECTIONS, and that is what this returns then; any other (a proxy's or a firewall's 403 or 404,
 * engine.io's 400 for a request it cannot read) returns its status. Only a long-polling request can read either:
 * a browser tells a WebSocket nothing of why its upgrade failed. A 5xx, or no answer, is not a refusal: no server
 * is there to answer.
 */
function turnedAway(e: Error): string | number | undefined {
  const failed = e as { type?: unknown; description?: unknown; context?: unknown }
  const status = failed.description
  if (failed.type !== 'TransportError' || typeof status !== 'number' || status < 400 || status >= 500)
    return undefined
  const body = (failed.context as { responseText?: unknown } | undefined)?.responseText
  try {
    const message = typeof body === 'string' ? (JSON.parse(body) as { message?: unknown }).message : undefined
    if (typeof message === 'string' && message.startsWith(`${TOO_MANY_CONNECTIONS}:`))
      return TOO_MANY_CONNECTIONS
  } catch {
    // Not engine.io's JSON: a proxy's page.
  }
  return status
}

/**
 * WebSocket first, as a room's phones want; and when it fails before the connection is made, long-polling, so a
 * refusal at the door reaches the page as the server's 403 rather than as a WebSocket's silent failure (and a
 * network that blocks WebSockets still connects).
 */
export const SOCKET_OPTIONS = {
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
} as const satisfies Partial<ManagerOptions & SocketOptions>

let shared: LiveLink | undefined

/** The page's link, to the server that served it. socket.io reconnects it by itself after a drop. */
export function browserLink(): LiveLink {
  shared ??= liveLink((auth) => io({ ...SOCKET_OPTIONS, transports: [...SOCKET_OPTIONS.transports], auth }))
  return shared
}

/**
 * As long as the server may take to answer (a request it forwards, while the session's server changes hands), and
 * five seconds for a slow phone on a crowded room's Wi-Fi. A server that dies or drops the connection is told at
 * once by the disconnection, not by this wait.
 */
const ACK_MS = ANSWER_WITHIN_MS + 5_000

const offline: ErrorReply = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Not connected to the workshop server: wait for the connection to return.',
  },
}
const silent: ErrorReply = {
  ok: false,
  error: { code: 'internal', message: 'The workshop server did not answer in time. Try again.' },
}

/**
 * Sends one request and waits for its acknowledgement. Never while disconnected: socket.io would
 * buffer it and send it on reconnection ahead of the seat's resume, where the server would refuse it.
 */
export async function ask<E extends LiveEvent>(
  socket: LiveSocket,
  event: E,
  payload: PayloadOf<E>,
): Promise<ReplyOf<E> | ErrorReply> {
  if (!socket.connected) return offline
  try {
    const timed = socket.timeout(ACK_MS)
    // socket.io's types cannot follow a generic event name through its ack decoration.
    const send = timed.emitWithAck as (event: E, payload: PayloadOf<E>) => Promise<ReplyOf<E>>
    return await send.call(timed, event, payload)
  } catch {
    return silent
  }
}
