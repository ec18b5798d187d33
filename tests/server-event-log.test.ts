// The event log: what both stores keep of a session, the same suite run against SQLite and PostgreSQL (one
// writer per version, all or nothing, removal, order); then SQLite's own: that its checkpoints, which wait for
// the disk, run on a thread of their own and still reach the database file, and that an emptied database file
// is not passed off as a first start.
// @vitest-environment node
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { encodeEvent, type SessionId } from '../src/live'
import { AppendConflict } from '../src/server/event-log'
import { openPgEventLog } from '../src/server/pg-event-log'
import { openSqliteEventLog } from '../src/server/sqlite-event-log'
import { eventLogStores } from './event-log-stores'
import { startPgProxy } from './pg-proxy'
import { Driver, fakeCreated } from './server-fakes'

/** Each store, opened empty for one test and closed after it. */
const { stores: STORES, tempDir, database, closing } = eventLogStores('article-four-log-')

/** A session with a team joined, the game started and an inject released, as the events that made it. */
function played(id = 'session-1', code = 'ABC234', at = 1_000) {
  const d = new Driver({ roundSeconds: 60 })
  const created = { ...d.created, id: id as SessionId, code, at, facilitatorHash: `facilitator-of-${id}` }
  d.join('North')
  d.facilitator({ kind: 'start' })
  d.facilitator({ kind: 'release', inject: 'morgue-claims' })
  return { created, changes: [...d.events] }
}

describe.each(STORES)('the event log in %s', (_name, open) => {
  it('gives back what it was given, in order, each event as its encoding reads', async () => {
    const log = await open()
    const { created, changes } = played()
    await log.append(created.id, 0, [created], 0)
    await log.append(created.id, 1, changes, 0)
    const back = await log.events(created.id)
    expect(back).toEqual([created, ...changes].map((e) => JSON.parse(encodeEvent(e))))
    expect(await log.sessions()).toEqual([{ id: created.id, code: created.code, lastAt: changes.at(-1)!.at }])
  })

  it("refuses a second writer at a version already written, and keeps the first one's events", async () => {
    const log = await open()
    const { created, changes } = played()
    await log.append(created.id, 0, [created], 0)
    await log.append(created.id, 1, changes.slice(0, 1), 0)
    // A second server that still thinks the session is at version 1 writes two events there.
    const late = log.append(created.id, 1, changes.slice(1, 3), 0)
    await expect(late).rejects.toBeInstanceOf(AppendConflict)
    await expect(late).rejects.toMatchObject({ session: created.id, version: 1 })
    // All or nothing: not even the second of its events, whose place was free, went in.
    expect(await log.events(created.id)).toHaveLength(2)
    await log.append(created.id, 2, changes.slice(1, 3), 0)
    expect(await log.events(created.id)).toHaveLength(4)
  })

  it('refuses a second session under the same id', async () => {
    const log = await open()
    const { created } = played()
    await log.append(created.id, 0, [created], 0)
    await expect(log.append(created.id, 0, [created], 0)).rejects.toBeInstanceOf(AppendConflict)
    expect(await log.sessions()).toHaveLength(1)
  })

  it("finds a session by its facilitator's token hash, and refuses a second session under the same", async () => {
    const log = await open()
    const { created, changes } = played('session-1', 'ABC234', 1_000)
    expect(await log.facilitatorOf(created.facilitatorHash)).toBeUndefined()
    await log.append(created.id, 0, [created], 0)
    await log.append(created.id, 1, changes, 0)
    const found = { id: created.id, code: 'ABC234', lastAt: changes.at(-1)!.at }
    expect(await log.facilitatorOf(created.facilitatorHash)).toEqual(found)
    // The same create sent again, its first attempt in the log: another id and code, the same token's hash.
    const again = {
      ...played('session-2', 'DEF234', 2_000).created,
      facilitatorHash: created.facilitatorHash,
    }
    await expect(log.append(again.id, 0, [again], 0)).rejects.toBeInstanceOf(AppendConflict)
    expect(await log.sessions()).toEqual([found])
    expect(await log.events(again.id)).toEqual([])
    expect(await log.facilitatorOf('facilitator-of-nobody')).toBeUndefined()
    await log.remove(created.id)
    expect(await log.facilitatorOf(created.facilitatorHash)).toBeUndefined()
  })

  it('lists sessions oldest first, and removes one with all its events, leaving the others', async () => {
    const log = await open()
    const later = played('session-b', 'BBB234', 5_000)
    const earlier = played('session-a', 'AAA234', 2_000)
    for (const { created, changes } of [later, earlier]) {
      await log.append(created.id, 0, [created], 0)
      await log.append(created.id, 1, changes, 0)
    }
    expect((await log.sessions()).map((s) => s.code)).toEqual(['AAA234', 'BBB234'])
    await log.remove(earlier.created.id)
    expect((await log.sessions()).map((s) => s.code)).toEqual(['BBB234'])
    expect(await log.events(earlier.created.id)).toEqual([])
    expect(await log.events(later.created.id)).toHaveLength(1 + later.changes.length)
  })

  it('refuses an append under a fence raised since, writing none of it; the fence rises by one each time', async () => {
    const log = await open()
    const { created, changes } = played()
    await log.append(created.id, 0, [created], 0)
    await log.append(created.id, 1, changes.slice(0, 1), 0)
    // Another holder reads the session: its fence is raised, and the first holder's next append is refused.
    expect(await log.fence(created.id)).toBe(1)
    await expect(log.append(created.id, 2, changes.slice(1, 3), 0)).rejects.toBeInstanceOf(AppendConflict)
    expect(await log.events(created.id)).toHaveLength(2)
    await log.append(created.id, 2, changes.slice(1, 3), 1)
    expect(await log.fence(created.id)).toBe(2)
    // At a version still free: only the fence refuses it.
    await expect(log.append(created.id, 4, changes.slice(0, 1), 1)).rejects.toBeInstanceOf(AppendConflict)
    expect(await log.events(created.id)).toHaveLength(4)
    await expect(log.fence('no-such-session' as SessionId)).rejects.toBeInstanceOf(AppendConflict)
  })

  it('dates a session with no event after its creation by its creation', async () => {
    const log = await open()
    const { created } = played('session-c', 'CCC234', 7_000)
    await log.append(created.id, 0, [created], 0)
    expect(await log.sessions()).toEqual([{ id: created.id, code: 'CCC234', lastAt: 7_000 }])
  })
})

it('writes nothing of an append that reaches PostgreSQL only after another holder raised the fence', async () => {
  const url = await database()
  const proxy = await startPgProxy(url)
  // The first holder's connections go through the proxy, which can keep its query from the database a while, as
  // a stalled network or a frozen machine does; the second holder's do not.
  const first = new pg.Pool({ connectionString: proxy.url(url) })
  const second = new pg.Pool({ connectionString: url })
  closing.push(async () => {
    await first.end()
    await second.end()
    await proxy.close()
  })
  const writer = await openPgEventLog(first)
  const reader = await openPgEventLog(second)
  const { created, changes } = played()
  await writer.append(created.id, 0, [created], 0)
  const held = proxy.holdQuery('INSERT INTO events')
  const late = writer.append(created.id, 1, changes, 0)
  await held.caught
  // The second reads the session, its fence raised first; the first's append then reaches the database.
  expect(await reader.fence(created.id)).toBe(1)
  expect(await reader.events(created.id)).toHaveLength(1)
  held.release()
  await expect(late).rejects.toBeInstanceOf(AppendConflict)
  expect(await reader.events(created.id)).toHaveLength(1)
})

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
    await log.append(created.id, 0, [created], 0)
    expect(await copied).toBeGreaterThan(0)
    // The WAL is not copied: a database file read alone shows only what a checkpoint put there.
    const copy = join(tempDir(), 'copy.db')
    copyFileSync(join(dir, 'sessions.db'), copy)
    expect(sessionsIn(copy)).toBe(1)
  } finally {
    await log.close()
  }
})

it('gives a file written before fences existed its fences, each session starting at 0, and facilitators found by hash', async () => {
  const dir = tempDir()
  const before = new Database(join(dir, 'sessions.db'))
  before.exec(`
    CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
    CREATE TABLE events (
      session_id TEXT NOT NULL REFERENCES sessions(id), seq INTEGER NOT NULL, at INTEGER NOT NULL,
      kind TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (session_id, seq)
    ) WITHOUT ROWID;
  `)
  const { created, changes } = played()
  before.prepare('INSERT INTO sessions VALUES (?, ?, ?)').run(created.id, created.code, created.at)
  before
    .prepare('INSERT INTO events VALUES (?, 0, ?, ?, ?)')
    .run(created.id, created.at, 'created', encodeEvent(created))
  before.close()
  const log = openSqliteEventLog(dir, { log: (m) => expect.unreachable(m) })
  try {
    await log.append(created.id, 1, changes, 0)
    expect(await log.fence(created.id)).toBe(1)
    expect(await log.events(created.id)).toHaveLength(1 + changes.length)
    // A session from before protocol 11 is not found by its facilitator's hash; one created since is.
    expect(await log.facilitatorOf(created.facilitatorHash)).toBeUndefined()
    const next = played('session-2', 'DEF234', 2_000).created
    await log.append(next.id, 0, [next], 0)
    expect(await log.facilitatorOf(next.facilitatorHash)).toMatchObject({ id: next.id, code: 'DEF234' })
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
  await log.append(created.id, 0, [created], 0)
  // What a SIGKILL leaves before any checkpoint: the database file with no session, the session in its WAL.
  const killed = tempDir()
  for (const f of ['sessions.db', 'sessions.db-wal']) copyFileSync(join(dir, f), join(killed, f))
  await log.close()

  const again = openSqliteEventLog(killed, { log: (m) => said.push(m) })
  try {
    expect((await again.sessions()).map((s) => s.id)).toEqual([created.id])
  } finally {
    await again.close()
  }
  expect(said).toEqual([])
})
