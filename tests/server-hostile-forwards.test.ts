// A clustered server attacked with requests that wait for a forwarded answer: each may wait up to
// ANSWER_WITHIN_MS (20 s) for the server holding its session, and one socket could keep as many waiting as it sent.
// A socket may now keep FORWARDS_WAITING of them waiting; one more is refused at once, in plain words, and the
// server's log says so once each time the socket reaches the cap. The forwards here wait because the leases table
// is locked by the test: nobody holds the made-up tokens, and the forward looks at the leases for a dead holder.
// @vitest-environment node
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'
import { FORWARDS_WAITING } from '../src/server/limits'
import { clusterServers } from './cluster-servers'
import type { AnyReply, Client } from './server-client'

const cluster = clusterServers('article-four-hostile-forwards-')
const pools: pg.Pool[] = []
const locked = new Set<() => Promise<void>>()
// Before the servers close (hooks run last first): a test that failed while the leases were locked lets go.
afterAll(async () => {
  for (const unlock of locked) await unlock()
  for (const p of pools) await p.end()
})

/** A token of the right shape that no seat holds. */
const madeUp = (i: number) => `${i}`.padStart(22, 'x')

/** Locks the leases table until the call that comes back is made: every look at the leases waits. */
async function lockLeases(databaseUrl: string): Promise<() => Promise<void>> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 })
  pools.push(pool)
  const c = await pool.connect()
  await c.query('BEGIN')
  await c.query('LOCK TABLE leases IN ACCESS EXCLUSIVE MODE')
  const unlock = async () => {
    locked.delete(unlock)
    await c.query('COMMIT')
    c.release()
  }
  locked.add(unlock)
  return unlock
}

const resumes = (c: Client, from: number, n: number): Promise<AnyReply>[] =>
  Array.from({ length: n }, (_, i) => c.call('team:resume', { token: madeUp(from + i) }))

it('refuses at once a request past the cap of those waiting for a forwarded answer, and frees the places once answered', async () => {
  const database = await cluster.database()
  // Leases of ten minutes: the start's sweep serves every forward here, which waits at its look at the leases.
  // Its clock is the test's, so that the socket's messages a second refill between the rounds.
  let now = Date.UTC(2026, 4, 1, 9)
  const at = await cluster.server(database, { leaseMs: 600_000, now: () => now })
  await cluster.server(database, { leaseMs: 600_000 })
  const attacker = await at.client()
  for (const round of [0, 1]) {
    now += 60_000
    const said = at.said.length
    const unlock = await lockLeases(database)
    const waiting = resumes(attacker, round * 100, FORWARDS_WAITING)
    // Sent after the others on the same socket, so it arrives while they wait.
    const extra: AnyReply = await attacker.call('facilitator:resume', { token: madeUp(round * 100 + 99) })
    expect(extra).toEqual({
      ok: false,
      error: {
        code: 'rate-limited',
        message: `at most ${FORWARDS_WAITING} requests of one connection may wait for another server's answer at once: wait for their answers, then try again`,
      },
    })
    await unlock()
    for (const reply of await Promise.all(waiting))
      expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(at.said.slice(said).filter((m) => /requests waiting for another server/.test(m))).toEqual([
      `a connection from 127.0.0.1 has ${FORWARDS_WAITING} requests waiting for another server's answers, as many as one may: more are refused`,
    ])
  }
})

it('keeps no place of a socket that closed while its requests waited', async () => {
  const database = await cluster.database()
  const at = await cluster.server(database, { leaseMs: 600_000 })
  await cluster.server(database, { leaseMs: 600_000 })
  const unlock = await lockLeases(database)
  const gone = await at.client()
  // Sent, then the socket closes before any answer: the server still waits for the forwards' answers.
  gone.socket.emit('team:resume', { token: madeUp(0) }, () => {})
  for (let i = 1; i < FORWARDS_WAITING; i++) gone.socket.emit('team:resume', { token: madeUp(i) }, () => {})
  const after = await at.client()
  // The same address, a new socket: all its places are free while the closed one's forwards still wait.
  const waiting = resumes(after, 100, FORWARDS_WAITING)
  gone.close()
  expect(await after.call('team:resume', { token: madeUp(199) })).toMatchObject({
    error: { code: 'rate-limited' },
  })
  await unlock()
  for (const reply of await Promise.all(waiting))
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } })
})
