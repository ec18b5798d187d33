// Old sessions go: a real server on a clock of the test's, pruning a session a day after its last
// event (for a finished session, a day after it finished, its results exportable until then), from
// memory and from the event log, at each of its periodic checks (run here by the test) and, unread,
// when it starts.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, type Client, connect } from './server-client'

const HOUR = 60 * 60 * 1000
const dir = mkdtempSync(join(tmpdir(), 'article-four-prune-'))
/** Each test's own event log: what one test leaves, the next does not prune. */
let dataDir = ''
let tests = 0
beforeEach(() => {
  dataDir = join(dir, `data-${++tests}`)
})
let now = Date.UTC(2026, 4, 1, 9)
const logged: string[] = []
/** The server's periodic prune, run when the test says: as the timer would, once the clock has moved. */
let pruneCheck: () => Promise<void> = async () => expect.unreachable('no server is pruning')
const servers: RunningServer[] = []
const clients: Client[] = []

afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  for (const s of servers.splice(0)) await s.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function server(): Promise<RunningServer> {
  const s = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    distDir: join(dir, 'dist'),
    now: () => now,
    every: (task, ms) => {
      expect(ms).toBe(10 * 60 * 1000)
      pruneCheck = task
      return () => {
        pruneCheck = async () => expect.unreachable('the server stopped pruning')
      }
    },
    log: (m) => logged.push(m),
  })
  servers.push(s)
  return s
}

async function client(s: RunningServer): Promise<Client> {
  const c = await connect(s.url)
  clients.push(c)
  return c
}

/** A session of one team at its own table, started; `finish` plays it out. */
async function session(s: RunningServer, finish: boolean) {
  const facilitator = await client(s)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 0,
  })
  const team = await client(s)
  const joined: AnyReply = await team.call('team:join', { code: created.session.code, name: 'North' })
  await facilitator.call('facilitator:command', { command: { kind: 'start' } })
  if (finish) await facilitator.call('facilitator:command', { command: { kind: 'finish' } })
  return {
    facilitator,
    team,
    id: created.session.id as string,
    code: created.session.code as string,
    token: created.token as string,
    teamToken: joined.token as string,
  }
}

type Session = Awaited<ReturnType<typeof session>>

const results = (s: RunningServer, x: Session) =>
  fetch(`${s.url}/api/sessions/${x.code}/results.json`, { headers: { authorization: `Bearer ${x.token}` } })

/** Whether the server still knows the session, as anyone with its code would find out. */
async function known(s: RunningServer, x: Session): Promise<boolean> {
  const c = await client(s)
  return (await c.call('session:lobby', { code: x.code })).ok
}

/** The rows the event log still holds for a session. */
function rows(id: string): { sessions: number; events: number } {
  const db = new Database(join(dataDir, 'sessions.db'), { readonly: true })
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get(id) as number
    return {
      sessions: count('SELECT count(*) FROM sessions WHERE id = ?'),
      events: count('SELECT count(*) FROM events WHERE session_id = ?'),
    }
  } finally {
    db.close()
  }
}

it('prunes a finished session a day after it finished, and an idle one a day after its last event', async () => {
  const s = await server()
  const finished = await session(s, true)
  const idle = await session(s, false)
  expect(rows(finished.id).events).toBeGreaterThan(0)

  now += 12 * HOUR
  const turn = (await idle.team.teamView((v) => v.turn?.round === 1)).turn!
  expect(await idle.team.call('team:submit', { round: 1, decision: turn.options[0] })).toEqual({ ok: true })
  now += 11 * HOUR
  await pruneCheck()
  expect(await known(s, finished)).toBe(true)
  expect((await results(s, finished)).status).toBe(200)

  now += 2 * HOUR
  await pruneCheck()
  expect(await known(s, finished)).toBe(false)
  expect((await results(s, finished)).status).toBe(403)
  expect(await finished.facilitator.call('facilitator:export', { format: 'csv' })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  })
  expect(await (await client(s)).call('team:resume', { token: finished.teamToken })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  })
  expect(rows(finished.id)).toEqual({ sessions: 0, events: 0 })
  expect(logged).toContain('pruned 1 session(s) with no event in 24 h')

  // Its team submitted twelve hours in: the idle session has had 13 hours of quiet. It stays, then goes.
  expect(await known(s, idle)).toBe(true)
  expect(await (await client(s)).call('team:resume', { token: idle.teamToken })).toMatchObject({ ok: true })
  now += 12 * HOUR
  await pruneCheck()
  expect(await known(s, idle)).toBe(false)
  expect(rows(idle.id)).toEqual({ sessions: 0, events: 0 })
})

it('prunes at start, without replaying them, the sessions whose day passed while it was stopped', async () => {
  const first = await server()
  const old = await session(first, true)
  now += 20 * HOUR
  const recent = await session(first, false)
  await first.close()
  servers.splice(0)

  now += 10 * HOUR
  const second = await server()
  expect({ restored: second.restored, pruned: second.pruned }).toEqual({ restored: 1, pruned: 1 })
  expect(rows(old.id)).toEqual({ sessions: 0, events: 0 })
  expect(await known(second, old)).toBe(false)
  expect(await (await client(second)).call('facilitator:resume', { token: recent.token })).toMatchObject({
    ok: true,
    view: { code: recent.code, phase: { kind: 'deciding', round: 1 } },
  })
})

it('prunes a session it could not restore a day after its last event, as it prunes any other', async () => {
  const first = await server()
  const broken = await session(first, false)
  await first.close()
  servers.splice(0)
  const db = new Database(join(dataDir, 'sessions.db'))
  db.prepare(`UPDATE events SET body = replace(body, '"table":1', '"table":"one"') WHERE session_id = ?`).run(
    broken.id,
  )
  db.close()

  const second = await server()
  expect(second.restored).toBe(0)
  const asked = async () => (await client(second)).call('facilitator:resume', { token: broken.token })
  expect(await asked()).toMatchObject({ ok: false, error: { code: 'unrestorable' } })
  now += 23 * HOUR
  await pruneCheck()
  expect(rows(broken.id).events).toBeGreaterThan(0)
  now += 2 * HOUR
  await pruneCheck()
  expect(rows(broken.id)).toEqual({ sessions: 0, events: 0 })
  expect(await asked()).toMatchObject({ ok: false, error: { code: 'not-found' } })
})
