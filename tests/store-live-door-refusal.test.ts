// A connection turned away at the door, before socket.io's handshake, as the browser's link reads it: only the
// workshop server's own refusal past its ceiling of connections from one address says the network is crowded; a
// proxy's or a firewall's 403 page, and engine.io's 400 for a request it cannot read, say the connection was turned
// down (they used to read as too many connections, and no workshop server answering). Against HTTP servers that
// answer as those do.
// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import type { StoreApi } from 'zustand/vanilla'
import { TOO_MANY_CONNECTIONS } from '../src/live/protocol'
import { type LiveSocket, liveLink, SOCKET_OPTIONS } from '../src/store/live/connection'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

/** A server that answers every request with `status`, `type` and `body`; its URL. */
async function answering(status: number, type: string, body: string): Promise<string> {
  const http: Server = createServer((_req, res) => {
    res.writeHead(status, { 'Content-Type': type })
    res.end(body)
  })
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done))
  cleanups.push(() => new Promise((done) => http.close(() => done(undefined))))
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`
}

/** The page's link to `url`, retrying quickly, and the first state past connecting. */
async function firstState(url: string) {
  const link = liveLink((auth) => {
    const socket: LiveSocket = io(url, {
      ...SOCKET_OPTIONS,
      transports: [...SOCKET_OPTIONS.transports],
      auth,
      forceNew: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
    })
    cleanups.push(() => socket.disconnect())
    return socket
  })
  link.socket()
  return (await settled(link.store)).connection
}

function settled<S extends { connection: string }>(store: StoreApi<S>): Promise<S> {
  return new Promise((done) => {
    const stop = store.subscribe((s) => {
      if (s.connection === 'connecting') return
      stop()
      done(s)
    })
  })
}

describe('a connection turned away at the door', () => {
  it("reads crowded for the workshop server's own refusal past its ceiling", async () => {
    const url = await answering(
      403,
      'application/json',
      JSON.stringify({ code: 4, message: `${TOO_MANY_CONNECTIONS}: at most 1 connections may be open` }),
    )
    expect(await firstState(url)).toBe('crowded')
  })

  it("reads refused, not crowded, for a proxy's 403 page", async () => {
    const url = await answering(403, 'text/html', '<html><body><h1>403 Forbidden</h1>nginx</body></html>')
    expect(await firstState(url)).toBe('refused')
  })

  it('reads refused, not crowded, for another 403 of engine.io', async () => {
    const url = await answering(403, 'application/json', JSON.stringify({ code: 4, message: 'Forbidden' }))
    expect(await firstState(url)).toBe('refused')
  })

  it("reads refused, not that no server answers, for engine.io's 400", async () => {
    const url = await answering(400, 'application/json', JSON.stringify({ code: 3, message: 'Bad request' }))
    expect(await firstState(url)).toBe('refused')
  })

  it('still reads unreachable when a proxy finds no server behind it (502)', async () => {
    const url = await answering(502, 'text/html', '<h1>502 Bad Gateway</h1>')
    expect(await firstState(url)).toBe('unreachable')
  })
})
