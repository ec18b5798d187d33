// What one connection has been sent and not yet taken. A client that stops reading its connection, and answers
// the server's pings blindly to keep it open, leaves everything the server sends it waiting in the server's
// memory: socket.io queues each packet until the connection can take more, without a limit. A hundred such
// connections, each asking ten times a second for the scenario list (5 KB), grew the server's heap by 10 MB a
// second once the kernel's buffers were full, 3.5 GB in seven minutes. A connection with more than one packet
// waiting, together past SEND_BACKLOG_BYTES, is closed and its queue dropped. One packet alone may be larger (a
// brief of an imported scenario near its 1 MB): it goes as soon as the connection takes it. A device that cannot
// take a megabyte reconnects and resumes its seat, which sends it the one view that matters, the newest.
import type { Socket as EngineSocket } from 'engine.io'
import type { Server } from 'socket.io'
import { clientAddress } from './address-limits'

/** Bytes a connection may have waiting to be sent: many times the largest view, at a game's end. */
export const SEND_BACKLOG_BYTES = 1_000_000

interface QueuedPacket {
  readonly data?: string | Buffer
}

export function limitSendBacklog(io: Server, trustProxy: boolean, log: (message: string) => void): void {
  io.engine.on('connection', (socket: EngineSocket) => {
    let waiting = 0
    let queued = 0
    // Each packet the server sends is queued first; all of the queue goes to the connection when it can take it.
    socket.on('packetCreate', (packet: QueuedPacket) => {
      const data = packet.data
      waiting++
      queued += typeof data === 'string' ? Buffer.byteLength(data) : (data?.byteLength ?? 0)
      if (waiting < 2 || queued <= SEND_BACKLOG_BYTES || socket.readyState !== 'open') return
      log(
        `a connection from ${clientAddress(socket.request, trustProxy)} left ${queued} bytes unread; it was closed`,
      )
      socket.close(true)
    })
    socket.on('flush', () => {
      waiting = 0
      queued = 0
    })
  })
}
