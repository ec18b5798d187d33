// The event log in PostgreSQL, shared by several servers: the same two tables as SQLite's, the same
// `(session_id, seq)` key, so two servers writing the same version of a session cannot both succeed.
// Each append is one statement, committed (and so durable) before it resolves and the server acks.
import type { Pool, PoolClient } from 'pg'
import { encodeEvent, type SessionId } from '../live'
import { timed } from './database-pool'
import { AppendConflict, type EventLog, type LoggedSession } from './event-log'

/** Any number: the key of the advisory lock servers take so that one of them at a time creates the tables. */
const SCHEMA_LOCK = 4_004_001

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sessions (
    id text PRIMARY KEY,
    code text NOT NULL UNIQUE,
    created_at bigint NOT NULL
  );
  CREATE TABLE IF NOT EXISTS events (
    session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq integer NOT NULL,
    at bigint NOT NULL,
    kind text NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (session_id, seq)
  );
  ALTER TABLE sessions ADD COLUMN IF NOT EXISTS fence integer NOT NULL DEFAULT 0;
  ALTER TABLE sessions ADD COLUMN IF NOT EXISTS facilitator_hash text;
  CREATE UNIQUE INDEX IF NOT EXISTS sessions_facilitator_hash ON sessions (facilitator_hash);
`

/** PostgreSQL's code for a unique or primary key violation. */
const UNIQUE_VIOLATION = '23505'
/** The keys a second writer runs into: a version written, a session made, a facilitator's token already used. */
const SECOND_WRITER = new Set(['events_pkey', 'sessions_pkey', 'sessions_facilitator_hash'])

/**
 * Runs `work` in a transaction on one of the pool's connections. If it throws, the connection is closed rather than
 * given back, which rolls the transaction back: a query given up on (database-pool.ts) may still be answered on it,
 * and that answer must not be read as the next query's.
 */
export async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    client.release()
    return result
  } catch (e) {
    client.release(e instanceof Error ? e : true)
    throw e
  }
}

/**
 * An append as one statement, so one round trip that commits as a whole or not at all: a session's row with its
 * first event (and its facilitator's token hash, `$9`, which no other row may have), or the events of a session
 * whose fence is still `$8`, at their sequence numbers. Given up on
 * (database-pool.ts), it may still commit, once and never in part, unless the fence was raised first: it holds
 * the session's row FOR SHARE, so a raise waits for it to commit, and it re-reads a row raised before it and
 * writes nothing.
 */
const APPEND = `
  WITH fenced AS (
    SELECT 1 FROM sessions WHERE id = $1 AND fence = $8::integer FOR SHARE
  ), session AS (
    INSERT INTO sessions (id, code, created_at, facilitator_hash)
    SELECT $1, $6::text, $7::bigint, $9::text WHERE $6::text IS NOT NULL
  )
  INSERT INTO events (session_id, seq, at, kind, body)
  SELECT $1, $2::integer + e.i::integer - 1, e.at, e.kind, e.body
  FROM unnest($3::bigint[], $4::text[], $5::text[]) WITH ORDINALITY AS e(at, kind, body, i)
  WHERE $6::text IS NOT NULL OR EXISTS (SELECT 1 FROM fenced)`

/** Creates the tables if they are not there; servers starting together take turns. */
export async function createTables(pool: Pool, sql: string): Promise<void> {
  await transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK])
    await client.query(sql)
  })
}

/** The log on a pool the caller owns (the servers' adapter and leases use the same one), tables created. */
export async function openPgEventLog(pool: Pool): Promise<EventLog> {
  await createTables(pool, SCHEMA)
  return {
    append: async (session, version, events, fence) => {
      // Only a session's first event is its `created`.
      const created = events[0]?.kind === 'created' ? events[0] : undefined
      let written: number | null
      try {
        ;({ rowCount: written } = await pool.query(
          timed(APPEND, [
            session,
            version,
            events.map((e) => e.at),
            events.map((e) => e.kind),
            events.map(encodeEvent),
            created?.code ?? null,
            created?.at ?? null,
            fence,
            created?.facilitatorHash ?? null,
          ]),
        ))
      } catch (e) {
        const { code, constraint } = e as { code?: string; constraint?: string }
        if (code === UNIQUE_VIOLATION && SECOND_WRITER.has(constraint ?? ''))
          throw new AppendConflict(session, version)
        throw e
      }
      // Fenced out: another holder has read the session since this one did.
      if (written !== events.length) throw new AppendConflict(session, version)
    },
    fence: async (session) => {
      const { rows } = await pool.query<{ fence: number }>(
        timed('UPDATE sessions SET fence = fence + 1 WHERE id = $1 RETURNING fence', [session]),
      )
      const raised = rows[0]?.fence
      if (raised === undefined) throw new AppendConflict(session, 0)
      return raised
    },
    sessions: async () => {
      const { rows } = await pool.query<LoggedSession>(
        timed(`
        SELECT id, code, coalesce(max(at), created_at)::float8 AS "lastAt"
        FROM sessions LEFT JOIN events ON session_id = id
        GROUP BY id ORDER BY created_at, id`),
      )
      return rows
    },
    facilitatorOf: async (tokenHash) => {
      const { rows } = await pool.query<LoggedSession>(
        timed(
          `
        SELECT id, code, coalesce(max(at), created_at)::float8 AS "lastAt"
        FROM sessions LEFT JOIN events ON session_id = id
        WHERE facilitator_hash = $1 GROUP BY id`,
          [tokenHash],
        ),
      )
      return rows[0]
    },
    events: async (session: SessionId) => {
      const { rows } = await pool.query<{ body: string }>(
        timed('SELECT body FROM events WHERE session_id = $1 ORDER BY seq', [session]),
      )
      return rows.map((r) => JSON.parse(r.body) as unknown)
    },
    remove: async (session) => {
      await pool.query(timed('DELETE FROM sessions WHERE id = $1', [session]))
    },
    // The pool is the caller's to end.
    close: async () => {},
  }
}
