// Connections held at once from one client address (address-limits.ts says which address). A connection is
// free to open and costs the server memory for as long as it stays: without a ceiling one machine opened 1,500
// of them in a loop, and nothing but the server's memory would have stopped it. A class behind one address
// holds a few per team (a laptop, a phone, a reload); the ceiling is far above that. A connection past it is
// refused at its handshake, before it holds anything, and the address is logged once each time it reaches it.
import type { Socket as EngineSocket } from 'engine.io'
import type { Server } from 'socket.io'
import { TOO_MANY_CONNECTIONS } from '../live/protocol'
import { clientAddress } from './address-limits'

export function limitConnections(
  io: Server,
  perAddress: number,
  trustProxy: boolean,
  log: (message: string) => void,
): void {
  const open = new Map<string, number>()
  const full = new Set<string>()
  io.engine.on('connection', (socket: EngineSocket) => {
    const address = clientAddress(socket.request, trustProxy)
    open.set(address, (open.get(address) ?? 0) + 1)
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1
      if (left > 0) open.set(address, left)
      else open.delete(address)
      if (left < perAddress) full.delete(address)
    })
  })
  io.engine.opts.allowRequest = (req, answer) => {
    const address = clientAddress(req, trustProxy)
    if ((open.get(address) ?? 0) < perAddress) return answer(null, true)
    if (!full.has(address)) {
      full.add(address)
      log(`${address} holds ${perAddress} connections, as many as one address may: more are refused`)
    }
    answer(
      `${TOO_MANY_CONNECTIONS}: at most ${perAddress} connections may be open from one address: close some and try again`,
      false,
    )
  }
}
