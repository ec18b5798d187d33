// A TCP proxy in front of a test PostgreSQL, to do to a server's connections what a network does without root:
// `freeze` stops carrying a connection's bytes while leaving it open (a silent drop: no FIN, no RST), `hold`
// keeps new connections waiting, unanswered, until let go (a database out of reach for a while), all of them or
// only those of one application_name (the lease pool's, database-pool.ts), `cut` does both to one application's
// connections (open ones dropped silently, new ones unanswered until let go), `holdQuery` keeps every query that
// names a text waiting, with what its connection sends after it (slow answers to one kind of query, the others
// answered at once), `loseAnswer` carries the next query that names a text and nothing its connection is sent back
// after it (the database did the work, the application never heard), and `refuseListen` closes every connection as soon as it sends a LISTEN (a server that can
// never listen).
import { createConnection, createServer, type Socket } from 'node:net'

export interface PgProxy {
  /** `databaseUrl` through the proxy. */
  url(databaseUrl: string): string
  /** Stops carrying the bytes of the connection PostgreSQL sees coming from `port` (pg_stat_activity.client_port). */
  freeze(port: number): void
  /**
   * Keeps every connection made from now on waiting, as if the database did not answer yet, or only those whose
   * start-up message names `applicationName`; the call lets them go.
   */
  hold(applicationName?: string): () => void
  /**
   * Stops carrying the bytes of every connection open now whose start-up message named `applicationName`, and
   * keeps the new ones waiting as `hold` does; the call lets the new ones go (the frozen ones stay frozen, for
   * their pool to give up).
   */
  cut(applicationName: string): () => void
  /**
   * Keeps every query whose text includes `text` from reaching the database, and whatever its connection sends
   * after it; `caught` resolves once one is kept, and `release` carries what was kept, each connection's in
   * order, and holds nothing more.
   */
  holdQuery(text: string): { readonly caught: Promise<void>; readonly release: () => void }
  /**
   * Carries the next query whose text includes `text` to the database, and nothing its connection is sent back
   * from then on: as a database that carried out a write, then stalled, or a network that lost its answer.
   * Resolves once that query has gone.
   */
  loseAnswer(text: string): Promise<void>
  close(): Promise<void>
}

export async function startPgProxy(
  databaseUrl: string,
  options: { refuseListen?: boolean } = {},
): Promise<PgProxy> {
  const target = new URL(databaseUrl)
  /** A connection carried: whether its bytes are stopped, and the application_name its start-up message named. */
  type Pair = { frozen: boolean; deaf?: boolean; name?: string }
  const pairs = new Map<number, Pair>()
  const open = new Set<Pair>()
  const sockets = new Set<Socket>()
  let held: { carries: (() => void)[]; name: string | undefined } | undefined
  /** Once holdQuery is called: the text it waits for, and what each connection that sent it has sent since. */
  type HeldQuery = { text: string; caught: () => void; kept: Map<Socket, Buffer[]> }
  let query: HeldQuery | undefined
  /** Once loseAnswer is called, until its query goes: the text it waits for. */
  let losing: { text: string; gone: () => void } | undefined
  const server = createServer((client) => {
    sockets.add(client)
    client.on('error', () => {})
    // Not read while held: its bytes wait in the kernel, the first of them the start-up message (read first
    // when only one application's are held, and carried before the rest).
    const carry = (first?: Buffer) => {
      if (client.destroyed) return
      const upstream = createConnection({ host: target.hostname, port: Number(target.port) })
      const pair: Pair = { frozen: false }
      open.add(pair)
      upstream.once('connect', () => pairs.set(upstream.localPort ?? 0, pair))
      for (const s of [client, upstream]) {
        sockets.add(s)
        s.on('error', () => {})
        s.once('close', () => {
          open.delete(pair)
          sockets.delete(s)
          client.destroy()
          upstream.destroy()
        })
      }
      const pass = (bytes: Buffer) => {
        // The first bytes are the start-up message.
        pair.name ??= /application_name\0([^\0]*)\0/.exec(bytes.toString('latin1'))?.[1] ?? ''
        if (options.refuseListen && bytes.includes('LISTEN "')) return client.destroy()
        const kept = query?.kept.get(upstream)
        if (losing && bytes.includes(losing.text)) {
          pair.deaf = true
          upstream.write(bytes)
          losing.gone()
          losing = undefined
        } else if (kept) kept.push(bytes)
        else if (query && bytes.includes(query.text)) {
          query.kept.set(upstream, [bytes])
          query.caught()
        } else if (!pair.frozen) upstream.write(bytes)
      }
      if (first) pass(first)
      client.on('data', pass)
      client.resume()
      upstream.on('data', (bytes: Buffer) => {
        if (!pair.frozen && !pair.deaf) client.write(bytes)
      })
    }
    const hold = (first?: Buffer) => {
      held?.carries.push(() => carry(first))
      client.once('close', () => sockets.delete(client))
    }
    if (!held) carry()
    else if (held.name === undefined) hold()
    else {
      const name = held.name
      client.once('data', (bytes: Buffer) => {
        client.pause()
        // The start-up message's parameters are NUL-ended names and values.
        if (held && bytes.includes(`application_name\0${name}\0`)) hold(bytes)
        else carry(bytes)
      })
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  const holdNew = (applicationName?: string) => {
    held ??= { carries: [], name: applicationName }
    return () => {
      const waiting = held?.carries ?? []
      held = undefined
      for (const carry of waiting) carry()
    }
  }
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
    hold: holdNew,
    cut: (applicationName) => {
      for (const pair of open) if (pair.name === applicationName) pair.frozen = true
      return holdNew(applicationName)
    },
    holdQuery: (text) => {
      let caught = () => {}
      const armed = new Promise<void>((done) => {
        caught = done
      })
      const mine: HeldQuery = { text, caught, kept: new Map() }
      query = mine
      return {
        caught: armed,
        release: () => {
          if (query === mine) query = undefined
          for (const [upstream, kept] of mine.kept) for (const bytes of kept) upstream.write(bytes)
          // Once: a query carried twice is answered twice, and its connection reads the second answer as the next's.
          mine.kept.clear()
        },
      }
    },
    loseAnswer: (text) =>
      new Promise<void>((gone) => {
        losing = { text, gone }
      }),
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
