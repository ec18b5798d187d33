// The event log in PostgreSQL, shared by several servers: the same two tables as SQLite's, the same
// `(session_id, seq)` key, so two servers writing the same version of a session cannot both succeed.
// Each append is one transaction, committed (and so durable) before it resolves and the server acks.
import type { Pool, PoolClient } from 'pg'
import { encodeEvent, type SessionId } from '../live'
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
`

/** PostgreSQL's code for a unique or primary key violation. */
const UNIQUE_VIOLATION = '23505'

/** Runs `work` in a transaction on one of the pool's connections, rolled back if it throws. */
export async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    client.release()
  }
}

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
    append: async (session, version, events) => {
      try {
        await transaction(pool, async (client) => {
          for (const [i, e] of events.entries()) {
            if (e.kind === 'created')
              await client.query('INSERT INTO sessions (id, code, created_at) VALUES ($1, $2, $3)', [
                session,
                e.code,
                e.at,
              ])
            await client.query(
              'INSERT INTO events (session_id, seq, at, kind, body) VALUES ($1, $2, $3, $4, $5)',
              [session, version + i, e.at, e.kind, encodeEvent(e)],
            )
          }
        })
      } catch (e) {
        const { code, constraint } = e as { code?: string; constraint?: string }
        if (code === UNIQUE_VIOLATION && (constraint === 'events_pkey' || constraint === 'sessions_pkey'))
          throw new AppendConflict(session, version)
        throw e
      }
    },
    sessions: async () => {
      const { rows } = await pool.query<LoggedSession>(`
        SELECT id, code, coalesce(max(at), created_at)::float8 AS "lastAt"
        FROM sessions LEFT JOIN events ON session_id = id
        GROUP BY id ORDER BY created_at, id`)
      return rows
    },
    events: async (session: SessionId) => {
      const { rows } = await pool.query<{ body: string }>(
        'SELECT body FROM events WHERE session_id = $1 ORDER BY seq',
        [session],
      )
      return rows.map((r) => JSON.parse(r.body) as unknown)
    },
    remove: async (session) => {
      await pool.query('DELETE FROM sessions WHERE id = $1', [session])
    },
    // The pool is the caller's to end.
    close: async () => {},
  }
}
