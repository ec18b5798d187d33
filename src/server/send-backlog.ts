// What the server has sent and the client not yet taken. A client that stops reading its connection, and answers
// the server's pings blindly to keep it open, leaves everything the server sends it waiting in the server's
// memory: socket.io queues each packet until the connection can take more, without a limit. A hundred such
// connections, each asking ten times a second for the scenario list (5 KB), grew the server's heap by 10 MB a
// second once the kernel's buffers were full, 3.5 GB in seven minutes. A connection with more than one packet
// waiting, together past SEND_BACKLOG_BYTES, is closed and its queue dropped. One packet alone may be larger (a
// brief of an imported scenario near its 1 MB): it goes as soon as the connection takes it. A device that cannot
// take a megabyte reconnects and resumes its seat, which sends it the one view that matters, the newest.
//
// That alone still let one address hold a great deal: it may open MAX_CONNECTIONS (500) connections, and each
// held up to its megabyte queued plus the batch handed to the socket before it (up to another megabyte, kept
// in the process until the kernel takes it), about 2.5 MB a connection with the kernel's buffers. So the
// connections of one address (address-limits.ts) share a budget too, `unreadBytesPerAddress` in limits.ts: the
// bytes queued and handed to their sockets but not yet taken by the kernel, all of the address's connections
// together. Past it, the address's connection with the most is closed, which brings the total back within the
// budget (it held at least the packet that passed it). An address's entry goes with its last connection.
//
// Addresses are cheap to come by (one machine may be given many IPv6 /64s), so all the server's connections share
// a budget as well, `unreadBytesPerServer`: past it, the connection with the most, from whichever address, is
// closed. However many addresses a client holds, what they leave unread in the server's heap stays within it.
//
// A connection closed for what it left unread is cut off at once, its TCP connection destroyed. Closed politely,
// it waited up to 30 s for the client's answer to the WebSocket close (ws's close timeout), keeping the batch it
// had handed to its socket; the connection no longer counted, so a client that opened a connection, filled it and
// let it be closed, over and over, held a megabyte for every connection closed in the last 30 s, past every budget.
import type { Socket as EngineSocket } from 'engine.io'
import type { Server } from 'socket.io'
import { clientAddress } from './address-limits'
import type { ServerLimits } from './limits'
import { type PollAnswers, pollAnswers } from './poll-answers'

/** Bytes a connection may have waiting to be sent: many times the largest view, at a game's end. */
export const SEND_BACKLOG_BYTES = 1_000_000

interface QueuedPacket {
  readonly data?: string | Buffer
}

type Transport = EngineSocket['transport']

/** One connection's bytes not yet taken, counted in its address's total and the server's. */
interface Held {
  readonly socket: EngineSocket
  readonly address: AddressBacklog
  bytes: number
}

/** What the connections of one address hold together. */
interface AddressBacklog {
  readonly address: string
  readonly connections: Set<Held>
  bytes: number
}

export interface SendBacklogs {
  /** Addresses with a connection open, each counted once: for tests. */
  readonly addresses: number
}

export function limitSendBacklog(
  io: Server,
  limits: Pick<ServerLimits, 'unreadBytesPerAddress' | 'unreadBytesPerServer'>,
  trustProxy: boolean,
  log: (message: string) => void,
): SendBacklogs {
  const byAddress = new Map<string, AddressBacklog>()
  const everyone = new Set<Held>()
  let total = 0
  // The connection's bytes no longer held: taken by the kernel, or dropped with the connection.
  const release = (held: Held, bytes: number) => {
    held.bytes -= bytes
    held.address.bytes -= bytes
    total -= bytes
  }
  const forget = (held: Held) => {
    const mine = held.address
    if (!mine.connections.delete(held)) return
    everyone.delete(held)
    release(held, held.bytes)
    if (mine.connections.size === 0) byAddress.delete(mine.address)
  }
  const close = (held: Held) => {
    forget(held)
    const transport = held.socket.transport
    held.socket.close(true)
    // engine.io keeps a WebSocket transport's ws connection as its `socket`; long-polling has none.
    ;(transport as unknown as { socket?: { terminate?: () => void } }).socket?.terminate?.()
  }
  const most = (among: Iterable<Held>, first: Held) => {
    let found = first
    for (const other of among) if (other.bytes > found.bytes) found = other
    return found
  }
  io.engine.on('connection', (socket: EngineSocket) => {
    const address = clientAddress(socket.request, trustProxy)
    const mine = byAddress.get(address) ?? { address, connections: new Set<Held>(), bytes: 0 }
    byAddress.set(address, mine)
    const held: Held = { socket, address: mine, bytes: 0 }
    mine.connections.add(held)
    everyone.add(held)
    let waiting = 0
    let queued = 0
    const taken = (bytes: number) => {
      if (mine.connections.has(held)) release(held, bytes)
    }
    const polls: PollAnswers[] = []
    // A WebSocket writes one batch at a time and says `drain` once the kernel has taken all of it; long-polling's
    // `drain` comes before that, so its answers are counted until their responses finish (poll-answers.ts). After
    // an upgrade the old transport may still be sending its last batch, so each transport counts its own.
    const watch = (transport: Transport): ((bytes: number) => void) => {
      if (transport.name === 'polling') {
        const answers = pollAnswers(transport, taken)
        polls.push(answers)
        // A client that reads asks for the next batch only once it has all of the last, long after the kernel took it.
        transport.prependListener('ready', () => {
          if (answers.waiting === 0 || !mine.connections.has(held)) return
          log(
            `a connection from ${address} polled again with ${answers.waiting} bytes of its last answer not taken; it was closed`,
          )
          close(held)
        })
        return (bytes) => answers.hand(bytes)
      }
      let sending = 0
      transport.on('drain', () => {
        taken(sending)
        sending = 0
      })
      return (bytes) => {
        sending += bytes
      }
    }
    let handOver = watch(socket.transport)
    socket.on('upgrade', (transport: Transport) => {
      handOver = watch(transport)
    })
    // Each packet the server sends is queued first; all of the queue goes to the connection when it can take it.
    socket.on('packetCreate', (packet: QueuedPacket) => {
      const data = packet.data
      const bytes = typeof data === 'string' ? Buffer.byteLength(data) : (data?.byteLength ?? 0)
      waiting++
      queued += bytes
      held.bytes += bytes
      mine.bytes += bytes
      total += bytes
      if (socket.readyState !== 'open') return
      if (waiting >= 2 && queued > SEND_BACKLOG_BYTES) {
        log(`a connection from ${address} left ${queued} bytes unread; it was closed`)
        close(held)
        return
      }
      if (mine.bytes > limits.unreadBytesPerAddress) {
        const closed = most(mine.connections, held)
        log(
          `the connections from ${address} left ${mine.bytes} bytes unread together; the one with the most, ${closed.bytes} bytes, was closed`,
        )
        close(closed)
        return
      }
      if (total <= limits.unreadBytesPerServer) return
      const closed = most(everyone, held)
      log(
        `the server's connections left ${total} bytes unread together; the one with the most, from ${closed.address.address}, ${closed.bytes} bytes, was closed`,
      )
      close(closed)
    })
    socket.on('flush', () => {
      handOver(queued)
      waiting = 0
      queued = 0
    })
    // Nothing counts a closed connection's answers any more, and its client will not read them: they go with it.
    socket.once('close', () => {
      forget(held)
      for (const answers of polls) answers.cutOff()
    })
  })
  return {
    get addresses() {
      return byAddress.size
    },
  }
}
