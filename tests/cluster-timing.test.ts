// A cluster's timing against its database and its browsers. A server keeps its leases through a stalled database
// connection: every connection it has open stops carrying bytes without closing (frozen by a proxy, as a network
// fault does), and its renewals used to wait on them for as long as the system's keep-alive took to give up,
// minutes, while its leases lapsed and another server took its sessions; the lease pool gives a query up after a
// quarter lease (at least a second) and asks again at once on a new connection. And a request forwarded while its session changes hands is answered
// before the browser stops waiting: the browser gave up after 10 s while the server went on for up to 20.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { io } from 'socket.io-client'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startPostgres, type TestPostgres } from '../scripts/throwaway-postgres'
import { type RunningServer, startServer } from '../src/server/server'
import { ask, liveLink, SOCKET_OPTIONS } from '../src/store/live/connection'
import { type PgProxy, startPgProxy } from './pg-proxy'
import { type AnyReply, connect } from './server-client'

/** Long enough for a loaded machine's new connection well within a lease; a quarter of it is the query timeout. */
const LEASE_MS = 4_000

let postgres: TestPostgres
let proxy: PgProxy | undefined
let admin: pg.Pool | undefined
const servers: RunningServer[] = []
const clients: { close(): unknown }[] = []
const dir = mkdtempSync(join(tmpdir(), 'article-four-lease-renewal-'))
beforeAll(async () => {
  postgres = await startPostgres()
})
afterAll(async () => {
  for (const c of clients) c.close()
  // The frozen connections closed first, so that the servers' pools end rather than wait on them.
  await proxy?.close()
  for (const s of servers) await s.close()
  await admin?.end()
  postgres?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const server = async (databaseUrl: string, leaseMs = LEASE_MS, log: (m: string) => void = () => {}) => {
  const s = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    distDir: dir,
    databaseUrl,
    leaseMs,
    pruneAfterMs: Number.POSITIVE_INFINITY,
    log,
  })
  servers.push(s)
  return s
}

it('renews its leases on a new connection when every one it has stalls, so no other server takes its session', async () => {
  const databaseUrl = await postgres.database()
  proxy = await startPgProxy(databaseUrl)
  const holder = await server(`${proxy.url(databaseUrl)}?application_name=stalled`)
  await server(`${databaseUrl}?application_name=taker`)
  admin = new pg.Pool({ connectionString: databaseUrl, application_name: 'watcher' })
  const facilitator = await connect(holder.url)
  clients.push(facilitator)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  expect(created.ok).toBe(true)
  /** When a lease last renewed before the stall has lapsed twice over (the database's clock). */
  let lapsed = new Date(0).toISOString()
  const lease = () =>
    admin!.query<{ holder: string; valid: boolean; past: boolean }>(
      `SELECT holder, expires_at > now() AS valid, now() > $2::timestamptz AS past
       FROM leases WHERE session_id = $1`,
      [created.session.id, lapsed],
    )
  const { rows: before } = await lease()
  const owner = before[0]!.holder

  // Every connection of the holder, its pools' and its LISTEN, stops carrying bytes at once.
  const { rows: open } = await admin.query<{ client_port: number; now: Date }>(
    `SELECT client_port, now() FROM pg_stat_activity WHERE application_name = 'stalled'`,
  )
  expect(open.length).toBeGreaterThanOrEqual(2)
  for (const { client_port } of open) proxy.freeze(client_port)
  lapsed = new Date(open[0]!.now.getTime() + 2 * LEASE_MS).toISOString()

  // Two leases on, a lease not renewed since the stall has long lapsed, and the other server looks every quarter.
  let now = (await lease()).rows[0]!
  while (now.holder === owner && !now.past) {
    await new Promise((done) => setTimeout(done, 100))
    now = (await lease()).rows[0]!
  }
  expect(now).toMatchObject({ holder: owner, valid: true })
})

it('answers a join forwarded while its session waits for another server, before the browser stops waiting', async () => {
  const databaseUrl = await postgres.database()
  // The default lease: a forward may then go on for 3 leases and a request's 5 s, 20 s in all.
  const said: string[] = []
  const first = await server(databaseUrl, 5_000, (m) => said.push(m))
  const second = await server(databaseUrl, 5_000)
  const db = new pg.Pool({ connectionString: databaseUrl, application_name: 'watcher' })
  clients.push({ close: () => db.end() })
  const facilitator = await connect(first.url)
  clients.push(facilitator)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  expect(created.ok).toBe(true)
  // A server of a longer lease, gone without a word, holds the session for 12 s more; the first lets it go.
  await db.query(
    `UPDATE leases SET holder = 'gone', taken_at = now() - interval '1 hour',
       expires_at = now() + interval '12 seconds' WHERE session_id = $1`,
    [created.session.id],
  )
  while (!said.some((m) => m.includes(`session ${created.session.id} is no longer this server's`)))
    await new Promise((done) => setTimeout(done, 50))

  // A browser as the page opens it, on the second server, with the page's own wait for an answer.
  const link = liveLink((auth) =>
    io(second.url, { ...SOCKET_OPTIONS, transports: [...SOCKET_OPTIONS.transports], auth, forceNew: true }),
  )
  const socket = link.socket()
  clients.push({ close: () => socket.disconnect() })
  if (!socket.connected) await new Promise((done) => socket.once('connect', () => done(undefined)))
  const joined = await ask(socket, 'team:join', { code: created.session.code, name: 'Steppe' })
  expect(joined).toMatchObject({ ok: true })
}, 60_000)
