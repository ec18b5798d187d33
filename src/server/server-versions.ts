// The servers of one PostgreSQL store speak one protocol version. They share sessions, forward each other's
// messages and push their views to each other's sockets, so a server of another version would hand its clients
// messages of a shape they do not know. Each server keeps a row here, renewed with its leases; one that starts
// while a server of another version is alive refuses to start, and says which. The rows also say which servers
// are alive to share the sessions among (leases.ts).
import type { Pool } from 'pg'
import { PROTOCOL_VERSION } from '../live/protocol'
import { createTables } from './pg-event-log'

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS servers (
    holder text PRIMARY KEY,
    protocol integer NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now()
  );
  ALTER TABLE servers ADD COLUMN IF NOT EXISTS silent_from timestamptz;
  ALTER TABLE servers ADD COLUMN IF NOT EXISTS back_at timestamptz;
`

export interface ServerVersions {
  /**
   * This server is still alive: renewed as often as its leases. Answers with the other servers seen within a
   * lease, so that a server can tell when another has died.
   */
  beat(): Promise<ReadonlySet<string>>
  /** This server stops: its row goes. */
  leave(): Promise<void>
}

/**
 * Two CTEs for a query about `holder` (an SQL parameter, `$1`): `judged` (`at`, the moment this server judges the
 * others from, and `back`, whether that is before now) and `alive` (`holder`, the servers alive as it judges them,
 * itself included). Alive is seen within a lease, as for the versions. But after an outage of the database every
 * row is stale, the others' as this server's, and they beat again each as it comes back, a moment or a few
 * seconds apart: counted dead until then, they would leave every session to the first server back. So a server
 * silent for more than a lease judges the others from its last beat before the silence: for two leases after it
 * beats again, and when the query itself comes late (sent before the outage, carried out after it). A server not
 * back by then is counted dead.
 */
export function aliveServers(holder: string, leaseMs: number): string {
  const lease = `make_interval(secs => ${leaseMs / 1000})`
  return `
    judged AS (
      SELECT coalesce(at, now()) AS at, at IS NOT NULL AS back FROM (
        SELECT least(
          CASE WHEN back_at > now() - 2 * ${lease} THEN silent_from END,
          CASE WHEN seen_at < now() - ${lease} THEN seen_at END
        ) AS at
        FROM (SELECT 1) AS one LEFT JOIN servers ON holder = ${holder}
      ) AS mine
    ),
    alive AS (
      SELECT holder FROM servers WHERE seen_at > (SELECT at FROM judged) - ${lease}
      UNION SELECT ${holder}
    )`
}

/**
 * Writes this server's row, then looks for a server of another version seen within a lease (one not seen for
 * that long is dead, as its leases are); throws, its row taken back, if there is one. Writing before looking
 * means two servers of different versions starting at once both refuse rather than both start.
 */
export async function announceVersion(
  pool: Pool,
  holder: string,
  leaseMs: number,
  protocol = PROTOCOL_VERSION,
  /** Where the heartbeat is written, every quarter lease beside the renewal: the lease pool (database-pool.ts). */
  beats: Pool = pool,
): Promise<ServerVersions> {
  await createTables(pool, SCHEMA)
  // The rows of servers that died without leaving (killed) would otherwise pile up, one per start.
  await pool.query(`DELETE FROM servers WHERE seen_at < now() - interval '1 day'`)
  await pool.query(
    'INSERT INTO servers (holder, protocol) VALUES ($1, $2) ON CONFLICT (holder) DO UPDATE SET seen_at = now()',
    [holder, protocol],
  )
  const leave = async () => {
    await pool.query('DELETE FROM servers WHERE holder = $1', [holder])
  }
  const { rows } = await pool.query<{ protocol: number }>(
    `SELECT protocol FROM servers
     WHERE holder <> $1 AND protocol <> $2 AND seen_at > now() - make_interval(secs => $3)
     ORDER BY seen_at DESC LIMIT 1`,
    [holder, protocol, leaseMs / 1000],
  )
  const other = rows[0]
  if (other) {
    await leave()
    throw new Error(
      `another server on this database speaks protocol version ${other.protocol}, and this one ${protocol}: ` +
        'servers of one database must speak one version, so stop every server of the other version first',
    )
  }
  return {
    beat: async () => {
      // A beat after more than a lease without one ends a silence: when it began, and when it ended, for
      // aliveServers. A second beat soon after (one given up on that the database carried out all the same)
      // changes neither.
      await beats.query(
        `UPDATE servers SET seen_at = now(),
           silent_from = CASE WHEN seen_at < now() - make_interval(secs => $2) THEN seen_at ELSE silent_from END,
           back_at = CASE WHEN seen_at < now() - make_interval(secs => $2) THEN now() ELSE back_at END
         WHERE holder = $1`,
        [holder, leaseMs / 1000],
      )
      const alive = await beats.query<{ holder: string }>(
        'SELECT holder FROM servers WHERE holder <> $1 AND seen_at > now() - make_interval(secs => $2)',
        [holder, leaseMs / 1000],
      )
      return new Set(alive.rows.map((r) => r.holder))
    },
    leave,
  }
}
