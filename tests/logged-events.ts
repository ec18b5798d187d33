// How many events of a kind a server's SQLite log holds, read from its file beside the running server: what a test
// of what a session's commands write counts.
import { join } from 'node:path'
import Database from 'better-sqlite3'

export function loggedEvents(dataDir: string, kind: string): number {
  const db = new Database(join(dataDir, 'sessions.db'), { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM events WHERE kind = ?').get(kind) as { n: number }).n
  } finally {
    db.close()
  }
}
