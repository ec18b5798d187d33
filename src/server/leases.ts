// One writer per session: the server that holds a session's lease, a row in PostgreSQL, is the only one
// that applies its commands. It renews its leases while it lives; a lease not renewed for its length has
// expired, and any server may take it, then rebuild the session from the log. Times are the database's
// clock, the one clock every server shares.
import type { Pool } from 'pg'
import type { SessionId } from '../live'
import { PROTOCOL_VERSION } from '../live/protocol'
import { timed } from './database-pool'
import type { LoggedSession } from './event-log'
import { createTables, transaction } from './pg-event-log'
import { aliveServers } from './server-versions'
import type { Unrestorable } from './unrestored'

// No foreign key to sessions: a new session's lease is taken before its first event is written, so no
// other server can find it unleased in between.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS leases (
    session_id text PRIMARY KEY,
    holder text NOT NULL,
    taken_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  );
  CREATE TABLE IF NOT EXISTS unrestorable (
    session_id text PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    protocol integer NOT NULL,
    message text NOT NULL,
    token_hashes text[] NOT NULL
  );
`

export interface Leases {
  /** This server's name in the leases table. */
  readonly holder: string
  /** Takes the lease of a session about to be created. */
  take(session: SessionId): Promise<void>
  /** Extends every lease this server holds; the sessions it still holds. */
  renew(): Promise<Set<SessionId>>
  /**
   * Takes expired leases, and sessions with none, up to this server's share of all the sessions (among the servers
   * alive, server-versions.ts); the sessions taken, to be rebuilt from the log.
   */
  claimExpired(): Promise<LoggedSession[]>
  /**
   * How long to wait before asking the servers again for a session none of them answered for: 0 when a lease
   * changed hands in the last `sinceMs` (the session may have moved while they were asked); a quarter lease, the
   * servers' next look, when a lease held by none of `alive` (the servers that answered) has expired and is not
   * taken yet (the sweep here failed, or, at its share, left it to another server); else until the first such
   * lease expires, since its holder is probably dead; undefined when there is none.
   */
  untilAskAgain(alive: readonly string[], sinceMs: number): Promise<number | undefined>
  /**
   * How many sessions this server holds beyond its share (counted as `claimExpired` counts it), 0 when none: the
   * sessions it should hand to the others. Always 0 while it is just back from an outage, when the others' rows
   * are stale and it cannot tell who is alive (server-versions.ts), and while any lease waits for a server to take
   * it: one handed on and not yet taken, or a dead server's, which the servers below their share take first.
   */
  excess(): Promise<number>
  /**
   * Lets one session's lease go, to no server, expired at once, if it is still this server's: whether it was. The
   * next server below its share to look takes it, as it takes those of a server that stopped.
   */
  letGo(session: SessionId): Promise<boolean>
  /**
   * Gives up a session this server took and could not rebuild from the log: its lease goes, and no server of this
   * protocol version takes it again (a server of another version tries it afresh). Pruned as any session is.
   */
  giveUp(session: Unrestorable): Promise<void>
  /** The sessions servers of this protocol version gave up on. */
  unrestorable(): Promise<Unrestorable[]>
  /** Lets go of every lease of this server (it is stopping): others take them at their next look. */
  releaseAll(): Promise<void>
  /** Deletes the leases of pruned sessions. */
  remove(sessions: readonly SessionId[]): Promise<void>
  /**
   * Whether the session's lease is this server's: expired but not yet taken by another counts, since this server
   * takes it back at its next look.
   */
  holds(session: SessionId): Promise<boolean>
}

/**
 * The leases on `pool`, whose table it sets up; `renewals` (the lease pool of database-pool.ts) carries what the
 * sweep asks every quarter lease, renewing and taking, so that neither waits behind the log's queries.
 */
export async function openLeases(
  pool: Pool,
  holder: string,
  leaseMs: number,
  renewals: Pool = pool,
): Promise<Leases> {
  await createTables(pool, SCHEMA)
  const lease = `make_interval(secs => ${leaseMs / 1000})`
  const until = `now() + ${lease}`
  return {
    holder,
    take: async (session) => {
      await pool.query(
        timed(`INSERT INTO leases (session_id, holder, expires_at) VALUES ($1, $2, ${until})`, [
          session,
          holder,
        ]),
      )
    },
    renew: async () => {
      const { rows } = await renewals.query<{ session_id: SessionId }>(
        `UPDATE leases SET expires_at = ${until} WHERE holder = $1 RETURNING session_id`,
        [holder],
      )
      return new Set(rows.map((r) => r.session_id))
    },
    claimExpired: async () => {
      // A lease whose session was never written (its server died in between) goes; a session written before
      // there were leases gets an expired one, to be taken with the rest. It expires now, not at '-infinity', as a
      // lease let go does: how long a lease has waited for a server counts (below).
      await renewals.query(
        'DELETE FROM leases WHERE expires_at < now() AND session_id NOT IN (SELECT id FROM sessions)',
      )
      // Never one this version gave up on: every server in turn would take it and fail.
      await renewals.query(
        `INSERT INTO leases (session_id, holder, expires_at)
         SELECT id, '', now() FROM sessions WHERE id NOT IN (SELECT session_id FROM leases)
           AND id NOT IN (SELECT session_id FROM unrestorable WHERE protocol = $1)
         ON CONFLICT DO NOTHING`,
        [PROTOCOL_VERSION],
      )
      // Up to its share, counting those it holds: all the sessions over the servers alive (server-versions.ts),
      // rounded up. Taking every expired lease, the first server to look after an outage or a death took every
      // session, to lose them all together with it. The share is the database's, so two servers looking at once
      // agree on it; each row is taken by one, the other skips it. One more than its share, a sweep, once a lease
      // has waited for a lease: a server counted alive that takes nothing (stopping, or dead a moment ago) must not
      // leave a session with no server; but not while this one is just back from an outage, when the others renew
      // their own. Of the expired, first those of servers no longer alive, then the longest expired; never its own,
      // which its renewal extends (this statement may be carried out after an outage it was sent before).
      const { rows } = await renewals.query<LoggedSession>(
        `WITH ${aliveServers('$1', leaseMs)},
         share AS (
           SELECT greatest(
             ceil((SELECT count(*) FROM leases) / (SELECT count(*) FROM alive)::numeric)
               - (SELECT count(*) FROM leases WHERE holder = $1),
             CASE WHEN NOT (SELECT back FROM judged)
               AND EXISTS (SELECT 1 FROM leases WHERE expires_at < now() - ${lease}) THEN 1 ELSE 0 END
           )::bigint AS room
         ),
         chosen AS (
           SELECT session_id FROM leases WHERE expires_at < now() AND holder <> $1
           ORDER BY holder IN (SELECT holder FROM alive), expires_at
           LIMIT (SELECT room FROM share)
           FOR UPDATE SKIP LOCKED
         ),
         taken AS (
           UPDATE leases SET holder = $1, taken_at = now(), expires_at = ${until}
           WHERE session_id IN (SELECT session_id FROM chosen)
           RETURNING session_id
         )
         SELECT s.id, s.code, coalesce(max(e.at), s.created_at)::float8 AS "lastAt"
         FROM taken JOIN sessions s ON s.id = taken.session_id
         LEFT JOIN events e ON e.session_id = s.id
         GROUP BY s.id ORDER BY s.created_at`,
        [holder],
      )
      return rows
    },
    untilAskAgain: async (alive, sinceMs) => {
      // A lease already expired waits for a server's next look, a quarter lease away: asked again at once, the
      // servers were asked back to back until then. It is never subtracted from now(): a server of an earlier version
      // let its leases go at '-infinity', which PostgreSQL cannot subtract (it threw, and the request failed).
      const { rows } = await pool.query<{ ms: number | null }>(
        `SELECT CASE
           WHEN EXISTS (SELECT 1 FROM leases WHERE taken_at > now() - make_interval(secs => $2)) THEN 0
           WHEN EXISTS (SELECT 1 FROM leases WHERE holder <> ALL($1::text[]) AND expires_at <= now()) THEN $3::float8
           ELSE (SELECT extract(epoch FROM min(expires_at) - now()) * 1000
                 FROM leases WHERE holder <> ALL($1::text[]))
         END::float8 AS ms`,
        [[holder, ...alive], sinceMs / 1000, leaseMs / 4],
      )
      const ms = rows[0]?.ms
      return ms === null || ms === undefined ? undefined : Math.max(0, ms)
    },
    excess: async () => {
      const { rows } = await renewals.query<{ excess: string }>(
        `WITH ${aliveServers('$1', leaseMs)}
         SELECT CASE WHEN (SELECT back FROM judged)
           OR EXISTS (SELECT 1 FROM leases WHERE expires_at < now()) THEN 0 ELSE greatest(0,
           (SELECT count(*) FROM leases WHERE holder = $1)
             - ceil((SELECT count(*) FROM leases) / (SELECT count(*) FROM alive)::numeric))
         END::bigint AS excess`,
        [holder],
      )
      return Number(rows[0]?.excess ?? 0)
    },
    letGo: async (session) => {
      const { rowCount } = await pool.query(
        timed(`UPDATE leases SET holder = '', expires_at = now() WHERE session_id = $1 AND holder = $2`, [
          session,
          holder,
        ]),
      )
      return rowCount === 1
    },
    giveUp: async ({ id, message, tokenHashes }) => {
      // In one transaction: no server finds the session with no lease and not given up on, and makes it a lease.
      await transaction(pool, async (client) => {
        await client.query(
          timed(
            // Pruned meanwhile, it has nothing left to give up.
            `INSERT INTO unrestorable (session_id, protocol, message, token_hashes)
             SELECT id, $2, $3, $4 FROM sessions WHERE id = $1
             ON CONFLICT (session_id) DO UPDATE SET protocol = $2, message = $3, token_hashes = $4`,
            [id, PROTOCOL_VERSION, message, tokenHashes],
          ),
        )
        await client.query(timed('DELETE FROM leases WHERE session_id = $1 AND holder = $2', [id, holder]))
      })
    },
    unrestorable: async () => {
      const { rows } = await pool.query<Unrestorable>(
        timed(
          `SELECT u.session_id AS id, s.code, u.message, u.token_hashes AS "tokenHashes",
             coalesce((SELECT max(at) FROM events WHERE session_id = s.id), s.created_at)::float8 AS "lastAt"
           FROM unrestorable u JOIN sessions s ON s.id = u.session_id WHERE u.protocol = $1`,
          [PROTOCOL_VERSION],
        ),
      )
      return rows
    },
    releaseAll: async () => {
      await pool.query('UPDATE leases SET expires_at = now() WHERE holder = $1', [holder])
    },
    remove: async (sessions) => {
      await pool.query('DELETE FROM leases WHERE session_id = ANY($1::text[])', [sessions])
    },
    holds: async (session) => {
      const { rows } = await pool.query(
        timed('SELECT 1 FROM leases WHERE session_id = $1 AND holder = $2', [session, holder]),
      )
      return rows.length > 0
    },
  }
}
