// The event log on disk: what it keeps of a session, that its checkpoints, which wait for the disk, run on a
// thread of their own and still reach the database file, and that an emptied database file is not passed off
// as a first start.
// @vitest-environment node
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, expect, it } from 'vitest'
import { openSqliteEventLog } from '../src/server/sqlite-event-log'
import { fakeCreated } from './server-fakes'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'article-four-log-'))
  dirs.push(d)
  return d
}

/** Sessions in a database file read by itself: none before a checkpoint (not even the tables). */
function sessionsIn(file: string): number {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sessions'").pluck()
    return tables.get() === 0 ? 0 : (db.prepare('SELECT count(*) FROM sessions').pluck().get() as number)
  } finally {
    db.close()
  }
}

it('copies what it appends into the database file at its next checkpoint, while it stays open', async () => {
  const dir = tempDir()
  let checkpointed: (frames: number) => void = () => {}
  const copied = new Promise<number>((done) => {
    checkpointed = done
  })
  const log = openSqliteEventLog(dir, {
    log: (m) => expect.unreachable(m),
    checkpointEveryMs: 20,
    onCheckpoint: (frames) => checkpointed(frames),
  })
  try {
    const created = fakeCreated()
    log.append(created.id, 0, [created])
    expect(await copied).toBeGreaterThan(0)
    // The WAL is not copied: a database file read alone shows only what a checkpoint put there.
    const copy = join(tempDir(), 'copy.db')
    copyFileSync(join(dir, 'sessions.db'), copy)
    expect(sessionsIn(copy)).toBe(1)
  } finally {
    await log.close()
  }
})

it('says loudly that its database file is empty, where SQLite would silently start a new one', async () => {
  const dir = tempDir()
  writeFileSync(join(dir, 'sessions.db'), '')
  const said: string[] = []
  const log = openSqliteEventLog(dir, { log: (m) => said.push(m) })
  await log.close()
  expect(said).toEqual([
    `WARNING: ${join(dir, 'sessions.db')} is an empty file (0 bytes): starting with no sessions. If it held sessions, stop the server and restore it from a backup.`,
  ])
})

it('starts quietly on a new folder, and on a log killed before its first checkpoint, which it replays', async () => {
  const dir = tempDir()
  const said: string[] = []
  const log = openSqliteEventLog(dir, { log: (m) => said.push(m), checkpointEveryMs: 60 * 60 * 1000 })
  const created = fakeCreated()
  log.append(created.id, 0, [created])
  // What a SIGKILL leaves before any checkpoint: the database file with no session, the session in its WAL.
  const killed = tempDir()
  for (const f of ['sessions.db', 'sessions.db-wal']) copyFileSync(join(dir, f), join(killed, f))
  await log.close()

  const again = openSqliteEventLog(killed, { log: (m) => said.push(m) })
  try {
    expect(again.sessions().map((s) => s.id)).toEqual([created.id])
  } finally {
    await again.close()
  }
  expect(said).toEqual([])
})
