// The event log on disk: what it keeps of a session, and that its checkpoints, which wait for the disk,
// run on a thread of their own and still reach the database file.
// @vitest-environment node
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, expect, it } from 'vitest'
import { openEventLog } from '../src/server/event-log'
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

/**
 * Sessions in a database file read by itself: none before a checkpoint (not even the tables), and none
 * from a copy taken halfway through one, which SQLite may find torn: the caller copies again.
 */
function sessionsIn(file: string): number {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sessions'").pluck()
    return tables.get() === 0 ? 0 : (db.prepare('SELECT count(*) FROM sessions').pluck().get() as number)
  } catch {
    return 0
  } finally {
    db.close()
  }
}

it('copies what it appends into the database file within a couple of seconds, while it stays open', async () => {
  const dir = tempDir()
  const log = openEventLog(dir, 'normal', (m) => expect.unreachable(m))
  try {
    const created = fakeCreated()
    log.append(created.id, 0, [created])
    // The WAL is not copied: a database file read alone shows only what a checkpoint put there.
    const copy = join(tempDir(), 'copy.db')
    let sessions = 0
    for (let waited = 0; sessions === 0 && waited < 3000; waited += 100) {
      await new Promise((done) => setTimeout(done, 100))
      copyFileSync(join(dir, 'sessions.db'), copy)
      sessions = sessionsIn(copy)
    }
    expect(sessions).toBe(1)
  } finally {
    await log.close()
  }
})
