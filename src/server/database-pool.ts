// The connections of a server on PostgreSQL (cluster.ts): one pool for the event log, the adapter and the tables'
// set-up, and a small one of its own for renewing the leases, which must not wait behind the others.
import pg from 'pg'

/**
 * How long a connection stays quiet before TCP asks the other end whether it is still there. A connection that
 * dies without closing (a network fault, a firewall or NAT forgetting it) is otherwise found only when a write to
 * it fails, or never while it only reads, as the adapter's LISTEN does. The system then gives up after its own
 * probes (on Linux 9, 75 s apart, by default); the adapter checks its LISTEN sooner (cluster-adapter.ts).
 */
export const KEEPALIVE_AFTER_MS = 10_000

/**
 * How long the server waits for a connection from the main pool, and then for the answer to a query of its event
 * log or of a lease it takes or checks (`timed`), before it gives the query up: a database that stalls (a machine
 * frozen, a network that drops packets unanswered) is otherwise waited on without end, and the client's request
 * with it. A query given up on takes its connection with it (the pool drops a connection whose query failed, and
 * `transaction` too), since an answer may still come on it. A write given up on may still have been carried out:
 * the session is read back before its next change, its fence raised first (session-writes.ts). Far above any query
 * of a working database, on a loaded machine too; small enough that a request's longest path, a read of the log and
 * a write, each waiting for a connection and an answer, ends within ANSWER_WITHIN_MS. The adapter's queries, which
 * carry views between servers rather than answer a request, are not given up on: a large view read late still
 * reaches its clients (cluster-adapter.ts watches its LISTEN by itself).
 */
export const STORE_WAIT_MS = 3_000

/** A query of a request's path, given up on after STORE_WAIT_MS (node-postgres reads `query_timeout` per query). */
export function timed(text: string, values: readonly unknown[] = []): pg.QueryConfig {
  const config = { text, values: [...values], query_timeout: STORE_WAIT_MS }
  return config
}

/**
 * A pool whose connections use TCP keep-alive and are waited for at most STORE_WAIT_MS; a connection's error is
 * said, never left to end the process.
 */
export function openDatabasePool(connectionString: string, say: (m: string) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_AFTER_MS,
    connectionTimeoutMillis: STORE_WAIT_MS,
  })
  pool.on('error', (e) => say(`the database connection: ${e.message}`))
  return pool
}

/** The lease pool's connections' application_name: pg_stat_activity tells them from the main pool's by it. */
export const LEASE_POOL_NAME = 'article-four-leases'

/**
 * The connections that renew this server's leases and write its heartbeat (cluster.ts's sweep): a few of their
 * own, so a renewal never queues behind the event log's queries when a slow or stalled network holds the main
 * pool's connections. Every query, and every wait for a connection, is given up after a quarter of a lease (the
 * time between two renewals), and never under a second: a query given up on takes its connection with it (the
 * pool drops a connection whose query failed), so the next renewal asks on a new one, before the lease lapses.
 * PostgreSQL's statement_timeout is the same, for a renewal that waits on a lock rather than on the network. The
 * second is for a loaded machine, where a new connection or a renewal can take longer than a quarter of the
 * tests' one-second lease, and giving it up would let the lease lapse rather than save it.
 */
export function openLeasePool(connectionString: string, leaseMs: number, say: (m: string) => void): pg.Pool {
  const timeoutMs = Math.max(1_000, Math.floor(leaseMs / 4))
  const pool = new pg.Pool({
    connectionString,
    application_name: LEASE_POOL_NAME,
    max: 2,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_AFTER_MS,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    statement_timeout: timeoutMs,
  })
  pool.on('error', (e) => say(`the leases' database connection: ${e.message}`))
  return pool
}
