// The connections of a server on PostgreSQL (cluster.ts): one pool for the event log, the leases and the adapter.
import pg from 'pg'

/**
 * How long a connection stays quiet before TCP asks the other end whether it is still there. A connection that
 * dies without closing (a network fault, a firewall or NAT forgetting it) is otherwise found only when a write to
 * it fails, or never while it only reads, as the adapter's LISTEN does. The system then gives up after its own
 * probes (on Linux 9, 75 s apart, by default); the adapter checks its LISTEN sooner (cluster-adapter.ts).
 */
export const KEEPALIVE_AFTER_MS = 10_000

/** A pool whose connections use TCP keep-alive; a connection's error is said, never left to end the process. */
export function openDatabasePool(connectionString: string, say: (m: string) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_AFTER_MS,
  })
  pool.on('error', (e) => say(`the database connection: ${e.message}`))
  return pool
}
