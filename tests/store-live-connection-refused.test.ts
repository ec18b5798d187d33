// A connection the workshop server turns away, as the browser's link keeps it: past the server's ceiling of
// connections from one address (refused at the door, before socket.io's handshake), the link says the network is
// crowded and comes online by itself once a connection is free; a handshake the server turns down for a reason the
// page does not know is kept as refused, and not asked again. Against real servers.
// @vitest-environment node

import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Server } from 'socket.io'
import { io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server/server'
import { type Handshake, type LiveSocket, liveLink, SOCKET_OPTIONS } from '../src/store/live/connection'
import { type Client, connect } from './server-client'
import { until } from './store-until'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

/** A workshop server letting `perAddress` connections in from one address. */
async function server(perAddress: number): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'article-four-refused-'))
  const s = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'dist'),
    limits: { connectionsPerAddress: perAddress },
    log: () => {},
  })
  cleanups.push(
    () => rmSync(dir, { recursive: true, force: true }),
    () => s.close(),
  )
  return s
}

/** A socket to `url` as the browser opens its own (the same transports), retrying quickly. */
function browserSocket(url: string, auth: Handshake): LiveSocket {
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
}

describe('a connection the workshop server turns away', () => {
  it('reads crowded past the per-address ceiling, and online once a connection is free again', async () => {
    const s = await server(1)
    const first: Client = await connect(s.url)
    const link = liveLink((auth) => browserSocket(s.url, auth))
    link.socket()
    await until(link.store, (st) => st.connection === 'crowded')
    // socket.io keeps asking at the door, so a page left open gets in once the network holds fewer connections.
    expect(link.socket().active).toBe(true)
    first.close()
    await until(link.store, (st) => st.connection === 'online')
  })

  it('reads refused when the handshake is turned down for a reason the page does not know, and asks no more', async () => {
    const http = createServer()
    const bare = new Server(http)
    bare.use((_socket, next) => next(new Error('closed for the night')))
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done))
    cleanups.push(() => new Promise((done) => bare.close(() => done(undefined))))
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
    const link = liveLink((auth) => browserSocket(url, auth))
    link.socket()
    await until(link.store, (st) => st.connection === 'refused')
    expect(link.socket().active).toBe(false)
  })
})
