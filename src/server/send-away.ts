// A team's sockets sent away, on every server of a cluster: a removed team's, and the old devices of a team that
// rejoined on another device. Each socket is told first (`removed` or `replaced`), then leaves the team's room, so
// that nothing more of the session reaches it. socket.io's adapter cannot be asked for both: it publishes an emit
// and a leave as two notifications, on whichever connections the pool gives them, and acts on each here only once
// its own is answered. The leave's answer could come first, the socket gone from the room before the notice was
// emitted to it, and on another server the leave could arrive first; the socket was then never told, and waited
// on a seat it no longer had. So the order travels whole, once, and each server does both in turn to its own sockets.
import type { Server, Socket } from 'socket.io'
import { seatOfSocket } from './rooms'

export interface SendAway {
  /** The team's room (rooms.ts). */
  readonly room: string
  /** What each socket is told, as it is emitted: `removed` or `replaced`, with the session's code. */
  readonly notice: readonly ['removed' | 'replaced', { readonly code: string }]
  /** A socket to leave in the room: the one the team rejoined on. */
  readonly except?: string | undefined
  /**
   * Only the sockets seated by the token of this hash: those a server that was deaf kept on a seat that went while
   * it did not hear (cluster.ts).
   */
  readonly seated?: string
}

/** How this server sends sockets away: its own at once, and, `clustered`, every other server's through the adapter. */
export function sendingAway(io: Server, clustered: boolean): (order: SendAway) => void {
  // Local only: both done now, in this order, to the sockets on this server. A count of the team's devices that
  // reaches this server before the order does finds such a socket still in the room, but does not count it: its
  // token no longer admits to the team (presence.ts).
  const here = (order: SendAway) => {
    for (const socket of sentAway(io, order)) {
      socket.emit(...order.notice)
      socket.leave(order.room)
    }
  }
  if (!clustered) return here
  io.on('send-away', here)
  return (order) => {
    here(order)
    io.serverSideEmit('send-away', order)
  }
}

/** The sockets here that `order` sends away: those in its room, but the one it spares and any of another token. */
function sentAway(io: Server, { room, except, seated }: SendAway): Socket[] {
  const sockets = io.of('/').sockets
  return [...(io.of('/').adapter.rooms.get(room) ?? [])]
    .filter((id) => id !== except)
    .map((id) => sockets.get(id))
    .filter(
      (socket): socket is Socket =>
        socket !== undefined && (seated === undefined || seatOfSocket(socket)?.tokenHash === seated),
    )
}
