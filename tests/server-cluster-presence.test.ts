// Who is connected, in a cluster: the facilitator on the server that holds the session, a team on another. The
// team's socket closing on its server reaches the holder, which counts the team's sockets on every server; the
// team coming back on that other server is connected again. And when that other server dies with the team's only
// socket, the holder finds it out and counts again.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startPostgres, type TestPostgres } from '../scripts/throwaway-postgres'
import type { FacilitatorView } from '../src/live/protocol'
import { type RunningServer, startServer } from '../src/server/server'
import { type AnyReply, type Client, connect } from './server-client'
import { type ServerProcess, startServerProcess } from './server-process'

let postgres: TestPostgres
const servers: RunningServer[] = []
const clients: Client[] = []
const children: ServerProcess[] = []
const dir = mkdtempSync(join(tmpdir(), 'article-four-presence-'))
beforeAll(async () => {
  postgres = await startPostgres()
})
afterAll(async () => {
  for (const c of clients) c.close()
  for (const s of servers) await s.close()
  for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL')
  postgres?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function server(databaseUrl: string): Promise<RunningServer> {
  const s = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    distDir: '/nonexistent',
    databaseUrl,
    leaseMs: 1000,
    pruneAfterMs: Number.POSITIVE_INFINITY,
    log: () => {},
  })
  servers.push(s)
  return s
}

async function client(s: RunningServer): Promise<Client> {
  const c = await connect(s.url)
  clients.push(c)
  return c
}

const connectionOf = (v: FacilitatorView, name: string) => v.teams.find((t) => t.name === name)?.connection

it("tells the facilitator when a team's socket on another server closes, and when it comes back there", async () => {
  const databaseUrl = await postgres.database()
  const holder = await server(databaseUrl)
  const other = await server(databaseUrl)
  const facilitator = await client(holder)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  expect(created.ok).toBe(true)

  // Two devices of the team on the other server, one on the holder's: it is connected while any is.
  const phone = await client(other)
  const joined: AnyReply = await phone.call('team:join', { code: created.session.code, name: 'Steppe' })
  expect(joined.ok).toBe(true)
  await facilitator.facilitatorView((v) => connectionOf(v, 'Steppe')?.kind === 'connected', 10_000)
  const laptop = await client(holder)
  expect(await laptop.call('team:resume', { token: joined.token })).toMatchObject({ ok: true })

  laptop.close()
  phone.close()
  const offline = await facilitator.facilitatorView(
    (v) => connectionOf(v, 'Steppe')?.kind === 'offline',
    10_000,
  )
  expect(connectionOf(offline, 'Steppe')).toEqual({ kind: 'offline', since: expect.any(Number) })

  const back = await client(other)
  expect(await back.call('team:resume', { token: joined.token })).toMatchObject({ ok: true })
  const after = facilitator.views.indexOf(offline)
  await facilitator.facilitatorView(
    (v) => facilitator.views.indexOf(v) > after && connectionOf(v, 'Steppe')?.kind === 'connected',
    10_000,
  )
})

it('tells the facilitator a team is offline when the server holding its only socket dies', async () => {
  const databaseUrl = await postgres.database()
  const holder = await server(databaseUrl)
  // `npm start`'s server as a process of its own, so that it can die with SIGKILL: nothing of it says goodbye.
  const doomed = startServerProcess({
    DATABASE_URL: databaseUrl,
    LEASE_SECONDS: '1',
    DATA_DIR: join(dir, 'unused'),
  })
  children.push(doomed)
  const facilitator = await client(holder)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const phone = await connect(await doomed.ready)
  clients.push(phone)
  expect(await phone.call('team:join', { code: created.session.code, name: 'Steppe' })).toMatchObject({
    ok: true,
  })
  await facilitator.facilitatorView((v) => connectionOf(v, 'Steppe')?.kind === 'connected', 10_000)

  doomed.child.kill('SIGKILL')
  await new Promise((done) => doomed.child.once('exit', done))
  // A second for its row to go stale, a second more for the adapter to count it out: a few seconds in all.
  const offline = await facilitator.facilitatorView(
    (v) => connectionOf(v, 'Steppe')?.kind === 'offline',
    20_000,
  )
  expect(connectionOf(offline, 'Steppe')).toEqual({ kind: 'offline', since: expect.any(Number) })
})
