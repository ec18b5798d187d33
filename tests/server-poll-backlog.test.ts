// A long-polling client that asks for its next batch and never reads the answer. engine.io says a poll's batch is
// sent once it has written the HTTP response, while the kernel may not have taken it: up to a megabyte a response
// stayed in the server's memory, counted by nothing, for as long as the client kept the TCP connection open.
// @vitest-environment node
import { type Socket as TcpSocket, connect as tcpConnect } from 'node:net'
import type { Socket as EngineSocket } from 'engine.io'
import type { Socket as ServerSocket } from 'socket.io'
import { expect, it } from 'vitest'
import { afterTest, backlogServer } from './backlog-server'

type Server = Awaited<ReturnType<typeof backlogServer>>

/** A socket.io connection over long-polling, past its handshake, as a raw client sends it: its id and the server's end. */
async function pollingConnection(server: Server) {
  const base = `${server.url}/socket.io/?EIO=4&transport=polling`
  const open = await (await fetch(base)).text()
  const sid = (JSON.parse(open.slice(1)) as { sid: string }).sid
  const at = `${base}&sid=${sid}`
  expect(await (await fetch(at, { method: 'POST', body: '40' })).text()).toBe('ok')
  expect(await (await fetch(at)).text()).toMatch(/^40\{/)
  const socket = server.arrived.at(-1) as ServerSocket
  return { at, socket, conn: socket.conn as EngineSocket }
}

/**
 * A poll for the next batch on a TCP connection of its own, whose answer is never read: resolves once the server has
 * written the answer, with the server's end of that TCP connection.
 */
async function unreadPoll(server: Server, at: string, conn: EngineSocket, from = '127.0.0.1') {
  const client = tcpConnect({ port: Number(new URL(at).port), host: '127.0.0.1', localAddress: from })
  afterTest(() => client.destroy())
  client.pause()
  await new Promise<void>((done) => client.once('connect', () => done()))
  const written = new Promise<void>((done) => conn.once('drain', () => done()))
  const { pathname, search } = new URL(at)
  client.write(`GET ${pathname}${search} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)
  await Promise.race([written, new Promise<void>((done) => conn.once('close', () => done()))])
  return server.tcp.find((s) => s.remotePort === client.localPort) as TcpSocket
}

/**
 * Queues a packet of `bytes` for the connection, to be written as the next poll's answer. On loopback the kernel takes
 * about 3 MB of a connection that does not read; the packet is larger, one of the sizes a single packet may have.
 */
function queue(socket: ServerSocket, bytes: number) {
  socket.emit('fill', 'x'.repeat(bytes))
}

it('closes a polling connection that asks again before it has taken its last answer, and cuts that answer off', async () => {
  const server = await backlogServer(64_000_000)
  const { at, socket, conn } = await pollingConnection(server)
  queue(socket, 5_000_000)
  const first = await unreadPoll(server, at, conn)
  // More than the kernel's buffers take: the rest of the answer waits in the server's memory.
  expect(first.writableLength).toBeGreaterThan(0)
  expect(server.logged).toEqual([])
  queue(socket, 5_000_000)
  await unreadPoll(server, at, conn)
  expect(server.logged).toEqual([
    expect.stringMatching(
      /^a connection from 127\.0\.0\.1 polled again with \d+ bytes of its last answer not taken; it was closed$/,
    ),
  ])
  expect(conn.readyState).toBe('closed')
  expect(first.destroyed).toBe(true)
})

it("counts a poll's answer against its address's budget until the kernel has taken it", async () => {
  const budget = 12_000_000
  const server = await backlogServer(budget)
  const connections = [
    await pollingConnection(server),
    await pollingConnection(server),
    await pollingConnection(server),
  ]
  const [first, most, last] = connections
  if (!first || !most || !last) throw new Error('no connection arrived')
  queue(first.socket, 5_000_000)
  queue(most.socket, 6_000_000)
  const unread = [
    await unreadPoll(server, first.at, first.conn),
    await unreadPoll(server, most.at, most.conn),
  ]
  expect(unread.map((tcp) => tcp.writableLength > 0)).toEqual([true, true])
  expect(server.logged).toEqual([])
  // What the two answers left with the server, and this, are past the budget together.
  queue(last.socket, 2_000_000)
  expect(server.logged).toEqual([
    expect.stringMatching(
      /^the connections from 127\.0\.0\.1 left \d+ bytes unread together; the one with the most, \d+ bytes, was closed$/,
    ),
  ])
  const [together, held] = (server.logged[0]?.match(/\d+(?= bytes)/g) ?? []).map(Number) as [number, number]
  expect(together).toBeGreaterThan(budget)
  expect(held).toBeGreaterThanOrEqual(6_000_000)
  expect(held).toBeLessThan(6_001_000)
  expect(connections.map((c) => c.conn.readyState)).toEqual(['open', 'closed', 'open'])
  expect(unread.map((tcp) => tcp.destroyed)).toEqual([false, true])
})

it('cuts off the answers a polling connection had not taken when it closes', async () => {
  const server = await backlogServer(64_000_000)
  const { at, socket, conn } = await pollingConnection(server)
  queue(socket, 5_000_000)
  const unread = await unreadPoll(server, at, conn)
  expect(unread.writableLength).toBeGreaterThan(0)
  // The client leaves: its connection closes, and what the server was still holding for it goes with it.
  const closed = new Promise<void>((done) => conn.once('close', () => done()))
  expect(await (await fetch(at, { method: 'POST', body: '1' })).text()).toBe('ok')
  await closed
  expect(unread.destroyed).toBe(true)
  expect(server.logged).toEqual([])
})
