// A bare socket.io server with only the send-backlog limits, whose connections a test sends to itself in bytes it
// counts; it keeps the server's end of every TCP connection made to it. Closed after each test.
import { createServer } from 'node:http'
import type { AddressInfo, Socket as TcpSocket } from 'node:net'
import type { Socket as EngineSocket } from 'engine.io'
import { Server, type Socket as ServerSocket } from 'socket.io'
import { afterEach } from 'vitest'
import { limitSendBacklog } from '../src/server/send-backlog'

const cleanUp: (() => unknown)[] = []
afterEach(async () => {
  for (const close of cleanUp.splice(0).reverse()) await close()
})

/** Runs `close` after the test, before the servers close. */
export function afterTest(close: () => unknown): void {
  cleanUp.push(close)
}

export async function backlogServer(perAddress: number, perServer = Number.POSITIVE_INFINITY) {
  const http = createServer()
  const tcp: TcpSocket[] = []
  http.on('connection', (socket: TcpSocket) => tcp.push(socket))
  const io = new Server(http, { serveClient: false })
  const logged: string[] = []
  const limits = { unreadBytesPerAddress: perAddress, unreadBytesPerServer: perServer }
  const backlogs = limitSendBacklog(io, limits, false, (m) => logged.push(m))
  const arrived: ServerSocket[] = []
  const closed: Promise<void>[] = []
  io.engine.on('connection', (conn: EngineSocket) => {
    closed.push(new Promise((done) => conn.once('close', () => done())))
  })
  io.on('connection', (socket) => {
    arrived.push(socket)
    socket.on('ask', (ack: (answer: string) => void) => ack('answered'))
  })
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done))
  cleanUp.unshift(() => new Promise<void>((done) => io.close(() => done())))
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  return { url, logged, backlogs, arrived, closed, tcp }
}
