// The browser's one link to the workshop server that served the page: a socket opened on first use, the
// state of its connection as a small store every screen and seat reads, and the one way to ask the server
// something: every request carries an acknowledgement, and a silent server becomes an error reply.
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client'
import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  type ClientToServerEvents,
  type ErrorReply,
  type Handshake,
  PROTOCOL_VERSION,
  type ServerToClientEvents,
  type VersionRefusal,
} from '../../live/protocol'

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
 * is free); refused: the server turned down the handshake for a reason this page does not know, and is not asked
 * again.
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
        if (server !== undefined) set(server > protocol ? 'outdated' : 'server-outdated')
        else if (turnedAway(e)) set('crowded')
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
 * A refusal at the server's door (engine.io's allowRequest, which answers 403 Forbidden), where the per-address
 * ceiling on connections turns a connection away. Only a long-polling request can read that answer: a browser
 * tells a WebSocket nothing of why its upgrade failed.
 */
function turnedAway(e: Error): boolean {
  const failed = e as { type?: unknown; description?: unknown }
  return failed.type === 'TransportError' && failed.description === 403
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

/** Long enough for a slow phone on a crowded room's Wi-Fi; short enough that a dead server says so. */
const ACK_MS = 10_000

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
