// A server on a PostgreSQL that hangs: every process of the database frozen (SIGSTOP), as a machine that stops
// does, with its connections open and nothing answered. The server used to wait on its write without end, so a team
// that gave up and joined again met its own first join, carried out half a minute later, as another team from its
// browser, and a facilitator's extension sent again added its time twice. Now each query is given up on after its
// time and the request answered store-unavailable; the database, thawed, carries out the write it had been sent;
// and the same request sent again, as the page sends it, is answered with what that write did, not done twice.
// @vitest-environment node
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startPostgres, type TestPostgres } from '../scripts/throwaway-postgres'
import type { FacilitatorView } from '../src/live/protocol'
import { type RunningServer, startServer } from '../src/server/server'
import { newToken } from '../src/server/tokens'
import { type AnyReply, type Client, connect } from './server-client'

let postgres: TestPostgres
const admins: pg.Pool[] = []
const servers: RunningServer[] = []
let thaw: (() => void) | undefined
const clients: Client[] = []
beforeAll(async () => {
  postgres = await startPostgres()
})
afterAll(async () => {
  thaw?.()
  for (const c of clients) c.close()
  for (const s of servers) await s.close()
  for (const a of admins) await a.end()
  postgres?.stop()
})

/**
 * A server on a new database, with a lease far longer than any freeze here: the session stays this server's, and
 * it is the write it gave up on, not a takeover's rebuild, that brings it back in step with the log. And a count of
 * the events of a kind in that database.
 */
async function serverOnNewDatabase() {
  const url = await postgres.database()
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    distDir: '/nonexistent',
    databaseUrl: url,
    leaseMs: 60_000,
    pruneAfterMs: Number.POSITIVE_INFINITY,
    log: () => {},
  })
  servers.push(server)
  const admin = new pg.Pool({ connectionString: url })
  admins.push(admin)
  const logged = async (kind: string) =>
    Number((await admin.query('SELECT count(*) AS n FROM events WHERE kind = $1', [kind])).rows[0].n)
  return { server, logged }
}

const client = async (url: string) => {
  const c = await connect(url)
  clients.push(c)
  return c
}

it('answers while the database hangs, and a join or an extension sent again is carried out once', async () => {
  const { server, logged } = await serverOnNewDatabase()
  const facilitator = await client(server.url)
  const team = await client(server.url)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'one-table' },
    roundSeconds: 600,
  })
  expect(created.ok).toBe(true)
  const code = created.session.code

  // Frozen as the join's write goes out: answered that the log is out of reach, and the join is carried out once
  // the database thaws.
  const token = newToken()
  const join = { code, name: 'Steppe', token }
  thaw = postgres.freeze()
  expect(await team.call('team:join', join)).toMatchObject({
    ok: false,
    error: { code: 'store-unavailable' },
  })
  thaw()
  await until(async () => (await logged('joined')) === 1)
  // Sent again from the same browser: its seat, under its token; one team in the session.
  const joined: AnyReply = await team.call('team:join', join)
  expect(joined).toMatchObject({ ok: true, token, view: { team: { name: 'Steppe' } } })
  const seated = await facilitator.facilitatorView((v) => v.teams.length > 0, 10_000)
  expect(seated.teams.map((t) => t.name)).toEqual(['Steppe'])
  expect(await logged('joined')).toBe(1)

  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  const started = await facilitator.facilitatorView((v) => v.phase.kind === 'deciding', 10_000)
  const extend = { kind: 'extend', seconds: 60, after: started.clockChanges }
  thaw = postgres.freeze()
  expect(await facilitator.call('facilitator:command', { command: extend })).toMatchObject({
    ok: false,
    error: { code: 'store-unavailable' },
  })
  thaw()
  await until(async () => (await logged('extended')) === 1)
  // Sent again: refused, since the clock has changed (by it); the facilitator is shown the clock as the log has it.
  expect(await facilitator.call('facilitator:command', { command: extend })).toMatchObject({
    ok: false,
    error: { code: 'conflict', reason: 'clock-changed' },
  })
  const extended = await facilitator.facilitatorView(
    (v) => v.clockChanges === started.clockChanges + 1,
    10_000,
  )
  expect(deadline(extended) - deadline(started)).toBeGreaterThanOrEqual(60_000)
  expect(deadline(extended) - deadline(started)).toBeLessThan(120_000)
  expect(await logged('extended')).toBe(1)
  // And the session goes on being written after what the log holds.
  expect(await facilitator.call('facilitator:command', { command: { kind: 'pause' } })).toEqual({ ok: true })
})

it('keeps a session it gave up writing, and writes the next change after the one the database carried out late', async () => {
  const { server, logged } = await serverOnNewDatabase()
  const facilitator = await client(server.url)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const teams = [await client(server.url), await client(server.url), await client(server.url)]
  for (const [i, team] of teams.entries())
    expect(await team.call('team:join', { code: created.session.code, name: `Team ${i}` })).toMatchObject({
      ok: true,
    })
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  const turn = (await teams[0]!.teamView((v) => v.turn !== null, 10_000)).turn!
  const decision = turn.options.at(-1)
  const submit = (i: number) => teams[i]!.call('team:submit', { round: turn.round, decision })

  // The first team's write goes out and is given up on; the second's waits its turn behind it, and reads the
  // session back while the database is still frozen; both reach it as it thaws, in an order nobody chose. The
  // server used to read before the first write landed, write the second at the same place, be refused, and let go
  // of the session while keeping its lease: from then on every request about it was answered not-found.
  thaw = postgres.freeze()
  const first = submit(0)
  await new Promise((r) => setTimeout(r, 1_000))
  const second = submit(1)
  await new Promise((r) => setTimeout(r, 4_000))
  thaw()
  expect(await first).toMatchObject({ ok: false, error: { code: 'store-unavailable' } })
  const queued: AnyReply = await second
  if (!queued.ok) expect(await submit(1)).toEqual({ ok: true })
  // The first sent again, as its page does; the session is still this server's, to every seat.
  expect(await submit(0)).toEqual({ ok: true })
  expect(await submit(2)).toEqual({ ok: true })
  // The dashboard as a reload shows it, from the session as the server now holds it.
  const resumed: AnyReply = await facilitator.call('facilitator:resume', { token: created.token })
  expect(resumed.view.teams.map((t: { submitted: boolean }) => t.submitted)).toEqual([true, true, true])
  expect(await logged('submitted')).toBe(3)
})

function deadline(v: FacilitatorView): number {
  if (v.phase.kind !== 'deciding' || v.phase.clock.kind !== 'running') throw new Error('no running clock')
  return v.phase.clock.deadline
}

/** Asks until the answer is yes: the thawed database carries out what it was sent within a moment. */
async function until(yes: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await yes()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('the thawed database did not carry out the write it had been sent')
}
