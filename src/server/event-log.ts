// The event log in SQLite: every session's events, appended in one synchronous transaction before the
// server acknowledges them, and read back in order on start. Nothing else is stored: state is a fold.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { encodeEvent, type SessionEvent, type SessionId } from '../live'

export interface EventLog {
  /** Appends events after `version` (the count already logged); throws if another writer got there first. */
  append(session: SessionId, version: number, events: readonly SessionEvent[]): void
  /** Every session, oldest first. */
  sessions(): readonly { readonly id: SessionId; readonly code: string }[]
  /** A session's events as stored, in order, for the caller to parse. */
  events(session: SessionId): readonly unknown[]
  close(): void
}

/**
 * `normal` (the default) survives the server process dying at any point, which is what a restart
 * needs; `full` also survives the machine losing power, at a disk flush per event (about 0.2 ms here,
 * 4 ms at the 99th percentile). SQLite's WAL mode either way.
 */
export type Durability = 'normal' | 'full'

export function openEventLog(dataDir: string, durability: Durability = 'normal'): EventLog {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, 'sessions.db'))
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`)
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS events (
      session_id TEXT NOT NULL REFERENCES sessions(id),
      seq INTEGER NOT NULL,
      at INTEGER NOT NULL,
      kind TEXT NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (session_id, seq)
    ) WITHOUT ROWID;
  `)
  const insertSession = db.prepare('INSERT INTO sessions (id, code, created_at) VALUES (?, ?, ?)')
  const insertEvent = db.prepare(
    'INSERT INTO events (session_id, seq, at, kind, body) VALUES (?, ?, ?, ?, ?)',
  )
  const selectSessions = db.prepare('SELECT id, code FROM sessions ORDER BY created_at, id')
  const selectEvents = db.prepare('SELECT body FROM events WHERE session_id = ? ORDER BY seq').pluck()
  // The primary key (session_id, seq) makes a second writer for the same version fail instead of interleaving.
  const append = db.transaction((session: SessionId, version: number, events: readonly SessionEvent[]) => {
    events.forEach((e, i) => {
      if (e.kind === 'created') insertSession.run(session, e.code, e.at)
      insertEvent.run(session, version + i, e.at, e.kind, encodeEvent(e))
    })
  })
  return {
    append: (session, version, events) => {
      append(session, version, events)
    },
    sessions: () => selectSessions.all() as { id: SessionId; code: string }[],
    events: (session) => (selectEvents.all(session) as string[]).map((body) => JSON.parse(body) as unknown),
    close: () => db.close(),
  }
}
