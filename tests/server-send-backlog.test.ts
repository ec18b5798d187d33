// A client that never reads what it is sent: socket.io queued every packet for it in the server's memory, without
// a limit, for as long as the client kept its connection. The connection is now closed once its queue passes
// SEND_BACKLOG_BYTES, while the clients that read carry on. One address's connections together may leave at most
// a budget unread: past it, the one with the most is closed; and so may all the server's connections together.
// @vitest-environment node
import type { Socket as TcpSocket } from 'node:net'
import type { Socket as ServerSocket } from 'socket.io'
import { io as socketIo } from 'socket.io-client'
import { expect, it } from 'vitest'
import WebSocket from 'ws'
import { PROTOCOL_VERSION } from '../src/live/protocol'
import { SEND_BACKLOG_BYTES } from '../src/server/send-backlog'
import { afterTest, backlogServer } from './backlog-server'
import { connect } from './server-client'
import { serversPerTest } from './servers-per-test'

const start = serversPerTest('article-four-backlog-')

/** A socket.io connection at the level of its frames: open, past the handshake, reading until told to stop. */
function rawConnection(url: string, from?: string): Promise<WebSocket> {
  return new Promise((done, fail) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`, {
      localAddress: from,
    })
    ws.on('message', (data) => {
      const text = data.toString()
      if (text.startsWith('0{')) ws.send(`40${JSON.stringify({ protocol: PROTOCOL_VERSION })}`)
      else if (text.startsWith('40')) done(ws)
    })
    ws.on('error', fail)
  })
}

it('closes a connection that leaves what it is sent unread, and serves the others', async () => {
  let now = Date.UTC(2026, 4, 1, 9)
  const logged: string[] = []
  let closed: () => void = () => {}
  const closing = new Promise<void>((done) => {
    closed = done
  })
  // A second passes at every look at the clock: the socket's own rate never stops the requests.
  const { server, keep } = await start({
    now: () => (now += 1000),
    log: (m) => {
      logged.push(m)
      if (m.includes('unread')) closed()
    },
  })
  const reader = keep(await connect(server.url))
  const list = await reader.call('scenarios:list', {})
  const answer = JSON.stringify(list).length
  const silent = await rawConnection(server.url)
  silent.pause()
  // Far more than the kernel's buffers on both ends and the server's allowance hold.
  const requests = Math.ceil((40 * SEND_BACKLOG_BYTES) / answer)
  for (let id = 0; id < requests; id++) silent.send(`42${id}["scenarios:list",{}]`)
  await closing
  expect(logged).toEqual([
    expect.stringMatching(/^a connection from 127\.0\.0\.1 left \d+ bytes unread; it was closed$/),
  ])
  expect(await reader.call('scenarios:list', {})).toEqual(list)
  silent.terminate()
})

/**
 * The server's end of a connection opened as a WebSocket, the TCP connection its upgrade request came on: what it
 * holds that the kernel has not taken.
 */
function serverTcp(socket: ServerSocket): TcpSocket {
  return socket.conn.request.socket as TcpSocket
}

/** Silent connections, from the addresses given, each not reading, and the server's ends of them. */
async function silentConnections(url: string, arrived: ServerSocket[], from: readonly string[]) {
  const clients: WebSocket[] = []
  const sockets: ServerSocket[] = []
  for (const address of from) {
    const ws = await rawConnection(url, address)
    afterTest(() => ws.terminate())
    ws.pause()
    clients.push(ws)
    sockets.push(arrived.at(-1) as ServerSocket)
  }
  return { clients, sockets }
}

/** What engine.io is given for `emit('fill', chunk)`: socket.io's 2["fill","xx…"] (engine.io adds the 4). */
const packetOf = (chunk: string) => `2${JSON.stringify(['fill', chunk])}`.length

/**
 * Each connection is sent one chunk at a time, each written before the next, until the kernel's buffers on both
 * ends are full and the server holds part of one: from then on all it is sent waits, and counts.
 */
async function fillKernels(sockets: readonly ServerSocket[], chunk: string) {
  for (const socket of sockets) {
    while (serverTcp(socket).writableLength === 0 && socket.conn.readyState === 'open') {
      socket.emit('fill', chunk)
      await new Promise((done) => setImmediate(done))
    }
  }
}

/**
 * Four silent connections' kernels filled, nothing logged yet; then the third made to wait on 400 KB more, and the
 * others on a chunk at a time, in turn, until a budget is passed and the server logs a closing: by then each of the
 * others waits on about 200 KB, and none is near its own megabyte. How many chunks went, and a chunk's packet size.
 */
async function fillUntilOneCloses(sockets: readonly ServerSocket[], logged: readonly string[]) {
  const [first, second, most, last] = sockets as [ServerSocket, ServerSocket, ServerSocket, ServerSocket]
  const chunk = 'x'.repeat(20_000)
  const packet = packetOf(chunk)
  await fillKernels(sockets, chunk)
  expect(logged).toEqual([])
  for (let i = 0; i < 20; i++) most.emit('fill', chunk)
  let sent = 20
  const others = [first, second, last]
  for (; logged.length === 0 && sent < 20 + 3 * 45; sent++) others[sent % 3]?.emit('fill', chunk)
  return { sent, packet }
}

it("closes the connection with the most unread once one address's connections together pass its budget", async () => {
  const budget = 1_000_000
  const { url, logged, backlogs, arrived, closed } = await backlogServer(budget)
  const { clients, sockets: silent } = await silentConnections(url, arrived, Array(4).fill('127.0.0.1'))
  const reader = socketIo(url, { transports: ['websocket'] })
  afterTest(() => reader.disconnect())
  expect(await reader.emitWithAck('ask')).toBe('answered')
  const [first, second, most, last] = silent as [ServerSocket, ServerSocket, ServerSocket, ServerSocket]
  const { sent, packet } = await fillUntilOneCloses(silent, logged)
  expect(logged).toEqual([
    expect.stringMatching(
      /^the connections from 127\.0\.0\.1 left \d+ bytes unread together; the one with the most, \d+ bytes, was closed$/,
    ),
  ])
  const [together, held] = (logged[0]?.match(/\d+(?= bytes)/g) ?? []).map(Number) as [number, number]
  expect(together).toBeGreaterThan(budget)
  // Besides what was sent since, each connection's chunk the kernel has not wholly taken counts.
  expect(together - sent * packet).toBeGreaterThan(0)
  expect(together - sent * packet).toBeLessThanOrEqual(4 * packet)
  expect(held).toBeGreaterThanOrEqual(20 * packet)
  expect(held).toBeLessThanOrEqual(21 * packet)
  expect(held).toBeLessThan(SEND_BACKLOG_BYTES)
  expect([first, second, most, last].map((s) => s.conn.readyState)).toEqual([
    'open',
    'open',
    'closed',
    'open',
  ])
  // Cut off, not left waiting for the client's answer to a WebSocket close, holding what it was handed.
  expect([first, second, most, last].map((s) => serverTcp(s).destroyed)).toEqual([false, false, true, false])
  // The address's other connections are untouched, and a client that reads is answered.
  expect(await reader.emitWithAck('ask')).toBe('answered')
  expect(backlogs.addresses).toBe(1)

  // Once every connection of the address has closed, nothing of it is kept.
  for (const ws of clients) ws.terminate()
  reader.disconnect()
  await Promise.all(closed)
  expect(closed).toHaveLength(5)
  expect(backlogs.addresses).toBe(0)
})

it("closes the server's connection with the most unread once all of them together pass its budget", async () => {
  const budget = 1_000_000
  // Each address well within its own budget: only the server's is passed.
  const { url, logged, backlogs, arrived } = await backlogServer(10 * budget, budget)
  const from = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4']
  const { sockets } = await silentConnections(url, arrived, from)
  const reader = socketIo(url, { transports: ['websocket'] })
  afterTest(() => reader.disconnect())
  expect(await reader.emitWithAck('ask')).toBe('answered')
  expect(backlogs.addresses).toBe(4)
  // As above, but each connection from an address of its own.
  const { sent, packet } = await fillUntilOneCloses(sockets, logged)
  expect(logged).toEqual([
    expect.stringMatching(
      /^the server's connections left \d+ bytes unread together; the one with the most, from 127\.0\.0\.3, \d+ bytes, was closed$/,
    ),
  ])
  const [together, held] = (logged[0]?.match(/\d+(?= bytes)/g) ?? []).map(Number) as [number, number]
  expect(together).toBeGreaterThan(budget)
  expect(together - sent * packet).toBeGreaterThan(0)
  expect(together - sent * packet).toBeLessThanOrEqual(4 * packet)
  expect(held).toBeGreaterThanOrEqual(20 * packet)
  expect(held).toBeLessThanOrEqual(21 * packet)
  expect(sockets.map((s) => s.conn.readyState)).toEqual(['open', 'open', 'closed', 'open'])
  expect(await reader.emitWithAck('ask')).toBe('answered')
})

it('lets go of what a connection closed for its backlog had handed to its socket, at once', async () => {
  const { url, logged, arrived } = await backlogServer(10 * SEND_BACKLOG_BYTES)
  const {
    sockets: [socket],
  } = await silentConnections(url, arrived, ['127.0.0.1'])
  if (!socket) throw new Error('no connection arrived')
  const closed = new Promise<void>((done) => socket.conn.once('close', () => done()))
  const chunk = 'x'.repeat(20_000)
  await fillKernels([socket], chunk)
  const tcp = serverTcp(socket)
  // A batch in the socket's hands, then a megabyte more queued behind it: the connection is closed.
  while (socket.conn.readyState === 'open') socket.emit('fill', chunk)
  await closed
  expect(logged).toEqual([
    expect.stringMatching(/^a connection from 127\.0\.0\.1 left \d+ bytes unread; it was closed$/),
  ])
  // Closed with a WebSocket close, it waited up to 30 s for the client to answer, holding the batch it had handed
  // to its TCP connection while a new connection took its place in every count.
  expect(tcp.destroyed).toBe(true)
})

it('counts what a connection upgraded from long-polling to a WebSocket has taken since', async () => {
  const budget = 1_000_000
  const { url, logged, arrived } = await backlogServer(budget)
  const reader = socketIo(url, { transports: ['polling', 'websocket'] })
  afterTest(() => reader.disconnect())
  await new Promise<void>((done) =>
    reader.io.on('open', () => reader.io.engine.once('upgrade', () => done())),
  )
  // Sent on the WebSocket after the upgrade, so the server has upgraded once it answers.
  expect(await reader.emitWithAck('ask')).toBe('answered')
  const socket = arrived[0] as ServerSocket
  expect(socket.conn.transport.name).toBe('websocket')
  const chunk = 'x'.repeat(20_000)
  let taken = 0
  let next: () => void = () => {}
  reader.on('fill', () => {
    taken++
    next()
  })
  // A connection closed reads nothing more: the test then stops sending and fails on what it counted.
  socket.conn.once('close', () => next())
  // Twice the address's budget, each chunk read before the next is sent: nothing waits.
  for (let i = 0; i < (2 * budget) / chunk.length && socket.conn.readyState === 'open'; i++) {
    const read = new Promise<void>((done) => {
      next = done
    })
    socket.emit('fill', chunk)
    await read
  }
  expect(taken).toBe((2 * budget) / chunk.length)
  expect(logged).toEqual([])
  expect(socket.conn.readyState).toBe('open')
})
