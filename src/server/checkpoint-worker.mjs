// Copies the event log's write-ahead log into the database file, on a thread of its own: a checkpoint
// waits for the disk twice (a flush of the WAL, then of the database), milliseconds that would otherwise
// stall whichever submission happened to fill the WAL. Plain JavaScript: it needs nothing from the app.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

/** @type {{ path: string, synchronous: 'NORMAL' | 'FULL', everyMs: number, report: boolean }} */
const { path, synchronous, everyMs, report } = workerData
const db = new Database(path)
db.pragma(`synchronous = ${synchronous}`)

// PASSIVE never waits for the writer on the main thread, and the writer never waits for it: what the
// main thread appends meanwhile is copied at the next turn. With nothing new, a turn costs microseconds.
// When asked, each turn that copied frames says how many, so a caller can wait for that instead of polling.
const timer = setInterval(() => {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)')
  if (report && result.checkpointed > 0) parentPort?.postMessage({ checkpointed: result.checkpointed })
}, everyMs)

parentPort?.once('message', () => {
  clearInterval(timer)
  db.close()
  parentPort?.close()
})
