// A TCP proxy in front of a test PostgreSQL, to do to a server's connections what a network does without root:
// `freeze` stops carrying a connection's bytes while leaving it open (a silent drop: no FIN, no RST), and
// `refuseListen` closes every connection as soon as it sends a LISTEN (a server that can never listen).
import { createConnection, createServer, type Socket } from 'node:net'

export interface PgProxy {
  /** `databaseUrl` through the proxy. */
  url(databaseUrl: string): string
  /** Stops carrying the bytes of the connection PostgreSQL sees coming from `port` (pg_stat_activity.client_port). */
  freeze(port: number): void
  close(): Promise<void>
}

export async function startPgProxy(
  databaseUrl: string,
  options: { refuseListen?: boolean } = {},
): Promise<PgProxy> {
  const target = new URL(databaseUrl)
  const pairs = new Map<number, { frozen: boolean }>()
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) })
    const pair = { frozen: false }
    upstream.once('connect', () => pairs.set(upstream.localPort ?? 0, pair))
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => {})
      s.once('close', () => {
        sockets.delete(s)
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', (bytes: Buffer) => {
      if (options.refuseListen && bytes.includes('LISTEN "')) return client.destroy()
      if (!pair.frozen) upstream.write(bytes)
    })
    upstream.on('data', (bytes: Buffer) => {
      if (!pair.frozen) client.write(bytes)
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  return {
    url: (url) => {
      const u = new URL(url)
      u.host = `127.0.0.1:${port}`
      return u.toString()
    },
    freeze: (clientPort) => {
      const pair = pairs.get(clientPort)
      if (!pair) throw new Error(`no connection from port ${clientPort} through the proxy`)
      pair.frozen = true
    },
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
