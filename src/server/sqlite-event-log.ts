// The event log in SQLite, for one server: every session's events, appended in one synchronous transaction
// before the server acknowledges them, and read back in order on start. Nothing else is stored: state is a fold.
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { encodeEvent, type SessionEvent, type SessionId } from '../live'
import { AppendConflict, type EventLog, type LoggedSession } from './event-log'

/**
 * `normal` (the default) survives the server process dying at any point, which is what a restart
 * needs; `full` also survives the machine losing power, at a disk flush per event (about 0.2 ms here,
 * 4 ms at the 99th percentile). SQLite's WAL mode either way.
 */
export type Durability = 'normal' | 'full'

/** SQLite's own default: after this many pages in the WAL, the committing connection checkpoints. */
const AUTOCHECKPOINT_PAGES = 1000

export interface SqliteOptions {
  readonly durability?: Durability
  readonly log?: (message: string) => void
  /** How often the checkpointer copies the WAL into the database file (by default every second). */
  readonly checkpointEveryMs?: number
  /** Called after each checkpoint that copied frames into the database file, with how many. */
  readonly onCheckpoint?: (frames: number) => void
}

export function openSqliteEventLog(dataDir: string, options: SqliteOptions = {}): EventLog {
  const log = options.log ?? ((m: string) => console.error(m))
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'sessions.db')
  const synchronous = options.durability === 'full' ? 'FULL' : 'NORMAL'
  // SQLite takes an empty file for a new database and says nothing: a file that once held sessions and
  // was emptied (a failed copy, a full disk) would pass for a first start. An operator must hear of it.
  if (sizeOf(path) === 0)
    log(
      `WARNING: ${path} is an empty file (0 bytes): starting with no sessions. If it held sessions, stop the server and restore it from a backup.`,
    )
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${synchronous}`)
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
  // The fence (event-log.ts), added to files from before it: a session's fence starts at 0.
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('sessions') as string[]
  if (!columns.includes('fence')) db.exec('ALTER TABLE sessions ADD COLUMN fence INTEGER NOT NULL DEFAULT 0')
  // The facilitator's token hash (event-log.ts, facilitatorOf), added to files from before protocol 11.
  if (!columns.includes('facilitator_hash')) db.exec('ALTER TABLE sessions ADD COLUMN facilitator_hash TEXT')
  db.exec('CREATE UNIQUE INDEX IF NOT EXISTS sessions_facilitator_hash ON sessions (facilitator_hash)')
  const sessionExists = db.prepare('SELECT 1 FROM sessions WHERE id = ?')
  const fenceOf = db.prepare('SELECT fence FROM sessions WHERE id = ?').pluck()
  const raiseFence = db.prepare('UPDATE sessions SET fence = fence + 1 WHERE id = ? RETURNING fence').pluck()
  const insertSession = db.prepare(
    'INSERT INTO sessions (id, code, created_at, facilitator_hash) VALUES (?, ?, ?, ?)',
  )
  const selectFacilitator = db.prepare(`
    SELECT id, code, coalesce(max(at), created_at) AS lastAt
    FROM sessions LEFT JOIN events ON session_id = id
    WHERE facilitator_hash = ? GROUP BY id
  `)
  const insertEvent = db.prepare(
    'INSERT INTO events (session_id, seq, at, kind, body) VALUES (?, ?, ?, ?, ?)',
  )
  const selectSessions = db.prepare(`
    SELECT id, code, coalesce(max(at), created_at) AS lastAt
    FROM sessions LEFT JOIN events ON session_id = id
    GROUP BY id ORDER BY created_at, id
  `)
  const selectEvents = db.prepare('SELECT body FROM events WHERE session_id = ? ORDER BY seq').pluck()
  const deleteEvents = db.prepare('DELETE FROM events WHERE session_id = ?')
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id = ?')
  const remove = db.transaction((session: SessionId) => {
    deleteEvents.run(session)
    deleteSession.run(session)
  })
  // The primary key (session_id, seq) makes a second writer for the same version fail instead of interleaving.
  const append = db.transaction(
    (session: SessionId, version: number, events: readonly SessionEvent[], fence: number) => {
      if (events[0]?.kind !== 'created' && fenceOf.get(session) !== fence)
        throw new AppendConflict(session, version)
      events.forEach((e, i) => {
        // A session created twice is a second writer too, and so is a second session under the same facilitator's
        // token (the same create sent again); their unique indexes would otherwise speak first.
        if (
          e.kind === 'created' &&
          (sessionExists.get(session) !== undefined || selectFacilitator.get(e.facilitatorHash) !== undefined)
        )
          throw new AppendConflict(session, version)
        if (e.kind === 'created') insertSession.run(session, e.code, e.at, e.facilitatorHash)
        insertEvent.run(session, version + i, e.at, e.kind, encodeEvent(e))
      })
    },
  )

  // A commit stays a write to the WAL (and, under `full`, its flush), on this thread, before the ack. Only
  // the checkpoint, two disk flushes every thousand pages, moves to the checkpointer's thread; should
  // that thread stop, this connection checkpoints by itself again, as SQLite does by default.
  db.pragma('wal_autocheckpoint = 0')
  const onCheckpoint = options.onCheckpoint
  let checkpointer: Worker | undefined = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), {
    workerData: { path, synchronous, everyMs: options.checkpointEveryMs ?? 1000, report: !!onCheckpoint },
  })
  checkpointer.unref()
  if (onCheckpoint) checkpointer.on('message', (m: { checkpointed: number }) => onCheckpoint(m.checkpointed))
  const checkpointHere = (why: string) => {
    if (!checkpointer) return
    checkpointer = undefined
    if (!db.open) return
    log(`the checkpointer stopped (${why}); the event log checkpoints on the main thread`)
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`)
  }
  checkpointer.on('error', (e: Error) => checkpointHere(e.message))
  checkpointer.on('exit', (code) => checkpointHere(`exit ${code}`))

  return {
    // Synchronous underneath: the transaction has committed by the time the promise exists.
    append: async (session, version, events, fence) => {
      try {
        append(session, version, events, fence)
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
          throw new AppendConflict(session, version)
        throw e
      }
    },
    // One writer, whose failed writes fail at once: the fence only keeps the interface PostgreSQL's needs.
    fence: async (session) => {
      const raised = raiseFence.get(session) as number | undefined
      if (raised === undefined) throw new AppendConflict(session, 0)
      return raised
    },
    sessions: async () => selectSessions.all() as LoggedSession[],
    facilitatorOf: async (tokenHash) => selectFacilitator.get(tokenHash) as LoggedSession | undefined,
    events: async (session) =>
      (selectEvents.all(session) as string[]).map((body) => JSON.parse(body) as unknown),
    remove: async (session) => {
      remove(session)
    },
    async close() {
      const stopping = checkpointer
      checkpointer = undefined
      if (stopping) {
        const exited = new Promise((done) => stopping.once('exit', done))
        // Held open until it has closed its connection, or the process could end first.
        stopping.ref()
        stopping.postMessage('close')
        await exited
      }
      // The last connection to close checkpoints what is left and removes the WAL.
      db.close()
    },
  }
}

/** The file's size in bytes, or undefined when there is none. */
function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size
  } catch {
    return undefined
  }
}
