// socket.io's PostgreSQL adapter, set up for a cluster of servers (cluster.ts): it carries views to sockets on
// every server and requests between servers, through LISTEN/NOTIFY and, for a large message, a table. What other
// servers send reaches this one only while its LISTEN connection is up: this says when it is, and when it is
// back after a loss.
import { createAdapter } from '@socket.io/postgres-adapter'
import type { Pool, PoolClient } from 'pg'
import type { Server } from 'socket.io'
import { createTables } from './pg-event-log'

/** Where the adapter puts a message too large for a notification (8000 bytes): its README's table. */
const ATTACHMENTS = `
  CREATE TABLE IF NOT EXISTS socket_io_attachments (
    id bigserial UNIQUE,
    created_at timestamptz DEFAULT now(),
    payload bytea
  );
`

/** Whether the other servers' messages reach this one. */
export interface Listening {
  /** The adapter's LISTEN is in place on a connection still open. */
  now(): boolean
  /** `back` runs each time the adapter listens again after its connection was lost (never at the first LISTEN). */
  onReturn(back: () => void): void
  /** Stops checking the LISTEN connection (the server is closing). */
  stop(): void
}

export interface AdapterTimes {
  /** How long a lease lasts: the adapter's heartbeats, and how often its LISTEN connection is checked. */
  readonly leaseMs: number
  /** How long to wait for the first LISTEN before giving up: the server does not start without it. */
  readonly listenTimeoutMs: number
}

/**
 * Sets the adapter on `io`, once its first LISTEN is in place: a server that took clients before it would lose
 * every push another server sent them in between. Rejects, the adapter stopped, when no LISTEN is in place within
 * `listenTimeoutMs`: the server cannot work without it, and a process manager that restarts it does better than a
 * server that waits for ever.
 */
export async function adaptToCluster(
  io: Server,
  pool: Pool,
  times: AdapterTimes,
  say: (m: string) => void,
): Promise<Listening> {
  const { leaseMs, listenTimeoutMs } = times
  await createTables(pool, ATTACHMENTS)
  // The adapter (0.5) has no events: it takes a connection from the pool, runs `LISTEN "socket.io#/"` on it, and
  // on the connection's end takes another a second or two later. Seen from the connection it is given, a LISTEN
  // answered is the moment it listens, and the end (or an error) the moment it stops.
  let listeningOn: PoolClient | undefined
  let listened = false
  const returns: (() => void)[] = []
  let first: () => void = () => {}
  const firstListen = new Promise<void>((done) => {
    first = done
  })
  // Said once a loss, not at each of the adapter's tries while the database is away.
  let trying = false
  /** Why the last try failed: said if the first LISTEN never comes. */
  let problem = 'no answer yet'
  /** The connections given to the adapter and not yet let go: ended at once if the server gives up. */
  const given = new Set<PoolClient>()
  let stopped = false
  /** Whether the listening connection answered its last check (below); a new one has none pending. */
  let checked = true
  /** The adapter's LISTEN, and each connection's own query, to check the listening one. */
  let listenText = ''
  const recheck = new WeakMap<PoolClient, (text: string) => Promise<unknown> | undefined>()
  const heard = (client: PoolClient) => {
    listeningOn = client
    checked = true
    trying = false
    if (!listened) {
      listened = true
      first()
    } else {
      say('listening to the other servers again')
      for (const back of returns) back()
    }
  }
  /** Whether `client` was the one listening. */
  const lost = (client: PoolClient, why: string): boolean => {
    problem = why
    if (listeningOn !== client) return false
    listeningOn = undefined
    say(`not listening to the other servers (${why}): not ready until the adapter listens again`)
    return true
  }

  // The adapter listens for its connection's end, not for its errors: an error event with no listener would end
  // the process when the database goes away. On the end it takes a new connection without giving the dead one
  // back, and the pool would then wait for it for ever on closing.
  const listening = {
    connect: async () => {
      // Stopped: the adapter's tries end here, waiting for ever, rather than each scheduling the next.
      if (stopped) return new Promise<never>(() => {})
      const client = await pool.connect().catch((e: Error) => {
        problem = e.message
        if (!trying) say(`the adapter found no connection to listen on, and keeps trying: ${e.message}`)
        trying = true
        throw e
      })
      const release = client.release.bind(client)
      let released = false
      given.add(client)
      client.release = (e?: Error | boolean) => {
        if (released) return
        released = true
        given.delete(client)
        release(e)
      }
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown> | undefined
      // The check (below) repeats the adapter's LISTEN, past this wrapper: a no-op for PostgreSQL that must be
      // answered, and the query pg_stat_activity shows for the connection stays its LISTEN.
      recheck.set(client, (text) => query(text))
      client.query = ((...args: unknown[]) => {
        const answer = query(...args)
        if (typeof args[0] === 'string' && /^LISTEN /.test(args[0])) {
          listenText = args[0]
          answer?.then(
            () => released || heard(client),
            (e: Error) => {
              problem = `LISTEN failed: ${e.message}`
            },
          )
        }
        return answer
      }) as typeof client.query
      client.on('error', (e: Error) => {
        if (!lost(client, e.message)) say(`the adapter's connection: ${e.message}`)
      })
      client.on('end', () => {
        lost(client, 'its connection ended')
        client.release(true)
      })
      return client
    },
    query: pool.query.bind(pool),
  } as unknown as Pool
  // A server that stops answering is counted out after a lease's time, so a request waiting on its answer
  // waits no longer than its sessions wait for another server.
  io.adapter(
    createAdapter(listening, {
      heartbeatInterval: leaseMs / 4,
      heartbeatTimeout: leaseMs,
      // PostgreSQL's NOTIFY takes fewer than 8,000 bytes and the adapter sends up to its threshold inline: at
      // its default (8,000) a message of exactly that size fails ("payload string too long") and a forwarded
      // command's answer is lost. One byte less, and such a message goes through the attachment table.
      payloadThreshold: 7_999,
      errorHandler: (e: Error) => say(`the adapter: ${e.message}`),
    }),
  )
  const stop = () => {
    stopped = true
    clearInterval(checking)
  }
  // A connection that dies without closing (a network fault, a firewall forgetting it) ends only when TCP gives
  // up, many minutes later, and its LISTEN hears nothing meanwhile. The pool's keep-alive (database-pool.ts)
  // shortens that only to the system's probes. Its LISTEN is repeated each lease (recheck, above) and must be
  // answered by the next: a silent connection is found within two leases, ended here, and the adapter takes
  // another as after any loss.
  const checking = setInterval(() => {
    const client = listeningOn
    if (!client) return
    if (!checked) {
      lost(client, `its connection did not answer within ${leaseMs / 1000} s`)
      deafEnd(client)
      return
    }
    checked = false
    recheck
      .get(client)?.(listenText)
      ?.then(
        () => {
          if (listeningOn === client) checked = true
        },
        () => {},
      )
  }, leaseMs).unref()
  let timer: NodeJS.Timeout | undefined
  const gaveUp = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      stop()
      for (const client of given) deafEnd(client)
      fail(
        new Error(
          `the adapter did not LISTEN within ${listenTimeoutMs / 1000} s (${problem}): without it this server cannot hear the others`,
        ),
      )
    }, listenTimeoutMs)
  })
  try {
    await Promise.race([firstListen, gaveUp])
  } finally {
    clearTimeout(timer)
  }
  return {
    now: () => listeningOn !== undefined,
    onReturn: (back) => void returns.push(back),
    stop,
  }
}

/** Ends a connection that may not answer at all: its socket destroyed, not a goodbye sent and waited on. */
function deafEnd(client: PoolClient): void {
  client.connection.stream.destroy()
}
