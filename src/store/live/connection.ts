// The browser's one socket to the workshop server that served the page, and the one way to ask it
// something: every request carries an acknowledgement, and a silent server becomes an error reply.
import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, ErrorReply, ServerToClientEvents } from '../../live/protocol'

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>
export type LiveEvent = keyof ClientToServerEvents
export type PayloadOf<E extends LiveEvent> = Parameters<ClientToServerEvents[E]>[0]
export type ReplyOf<E extends LiveEvent> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]

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

let shared: LiveSocket | undefined

/** The page's socket, opened on first use. socket.io reconnects it by itself after a drop. */
export function liveSocket(): LiveSocket {
  shared ??= io({ transports: ['websocket', 'polling'] })
  return shared
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
