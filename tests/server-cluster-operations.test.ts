// Running several servers on one PostgreSQL: old sessions are pruned once, by whichever server gets the lock,
// and forgotten by every server; a server that cannot reach the database tells the load balancer it is not
// ready, and one that can, that it is; and a server does not start beside a live one of another protocol version.
// @vitest-environment node
import pg from 'pg'
import { expect, it } from 'vitest'
import { startPostgres } from '../scripts/throwaway-postgres'
import { PROTOCOL_VERSION } from '../src/live/protocol'
import type { RunningServer } from '../src/server/server'
import { announceVersion } from '../src/server/server-versions'
import { clusterServers } from './cluster-servers'
import type { AnyReply } from './server-client'

const HOUR = 60 * 60 * 1000
const cluster = clusterServers('article-four-cluster-operations-')

/**
 * A server of the cluster on a clock of the test's, pruning after a day, its periodic prune run when the test
 * says; its leases a second long unless the test says otherwise.
 */
async function server(databaseUrl: string, now: () => number, leaseMs = 1000) {
  let prune: () => Promise<void> = async () => expect.unreachable('no prune')
  const s = await cluster.server(databaseUrl, {
    now,
    leaseMs,
    pruneAfterMs: 24 * HOUR,
    every: (task) => {
      prune = task
      return () => {}
    },
  })
  return { ...s, prune: () => prune() }
}

const client = (s: RunningServer) => cluster.client(s.url)

it('prunes an old session once across servers, and every server forgets it', async () => {
  const databaseUrl = await cluster.database()
  let now = Date.UTC(2026, 4, 1, 9)
  const a = await server(databaseUrl, () => now)
  const b = await server(databaseUrl, () => now)
  const created: AnyReply = await (await client(a.s)).call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const lobby = async (s: RunningServer) =>
    (await (await client(s)).call('session:lobby', { code: created.session.code })).ok
  // The second server finds it through the first, which holds it.
  expect(await lobby(b.s)).toBe(true)

  now += 25 * HOUR
  await Promise.all([a.prune(), b.prune(), b.prune()])
  const pruned = [...a.said, ...b.said].filter((m) => /^pruned \d+ session/.test(m))
  expect(pruned).toEqual(['pruned 1 session(s) with no event in 24 h'])
  // Whichever server pruned it, the other has heard.
  await (pruned[0] && a.said.includes(pruned[0]) ? b : a).saying(
    /^forgot 1 session\(s\) another server pruned/,
  )
  expect(await lobby(a.s)).toBe(false)
  expect(await lobby(b.s)).toBe(false)
})

it('tells a load balancer it is ready while it reaches the database, and not once it cannot', async () => {
  const own = await startPostgres()
  const c = await server(await own.database(), Date.now)
  const health = async () => {
    const res = await fetch(`${c.s.url}/api/health`)
    return { status: res.status, body: await res.json() }
  }
  expect(await health()).toEqual({ status: 200, body: { ok: true } })
  own.stop()
  // Its leases cannot be renewed: it says so at each look (four a lease), and a lease on it is not ready.
  let answer = await health()
  for (let looks = 0; answer.status === 200 && looks < 40; looks++) {
    await c.saying(/^renewing leases failed/, c.said.length)
    answer = await health()
  }
  expect(answer).toEqual({ status: 503, body: { ok: false } })
}, 60_000)

it('does not start beside a live server of another protocol version, and starts once that server has gone', async () => {
  const databaseUrl = await cluster.database()
  const db = new pg.Pool({ connectionString: databaseUrl })
  const rows = async () => (await db.query('SELECT protocol FROM servers ORDER BY protocol')).rows
  try {
    const a = await server(databaseUrl, Date.now)
    // The running server's row stays fresh: it renews it with its leases (a second long here).
    const seen = async () => (await db.query(`SELECT seen_at FROM servers`)).rows[0]?.seen_at.getTime()
    const first = await seen()
    let renewed = first
    for (let looks = 0; renewed === first && looks < 100; looks++) {
      await new Promise((done) => setTimeout(done, 100))
      renewed = await seen()
    }
    expect(renewed).toBeGreaterThan(first)
    // An upgrade started before the old servers were stopped: the new version refuses, and takes its row back.
    // Each server below judges others alive within an hour, so a slow start on a busy machine cannot make a live
    // row look dead.
    await expect(announceVersion(db, 'next', HOUR, PROTOCOL_VERSION + 1)).rejects.toThrow(
      `another server on this database speaks protocol version ${PROTOCOL_VERSION}, and this one ${PROTOCOL_VERSION + 1}`,
    )
    expect(await rows()).toEqual([{ protocol: PROTOCOL_VERSION }])

    // A server that stops takes its row with it.
    await a.stop()
    expect(await rows()).toEqual([])

    // A server of an older version alive: this version refuses to start beside it, and leaves no row.
    await announceVersion(db, 'old', HOUR, PROTOCOL_VERSION - 1)
    await expect(server(databaseUrl, Date.now, HOUR)).rejects.toThrow(
      `another server on this database speaks protocol version ${PROTOCOL_VERSION - 1}, and this one ${PROTOCOL_VERSION}`,
    )
    expect(await rows()).toEqual([{ protocol: PROTOCOL_VERSION - 1 }])

    // The old server killed (its row left behind, not renewed for more than a lease): this one starts.
    await db.query(`UPDATE servers SET seen_at = now() - interval '2 hours'`)
    const b = await server(databaseUrl, Date.now, HOUR)
    expect((await (await client(b.s)).call('scenarios:list', {})).ok).toBe(true)
  } finally {
    await db.end()
  }
})
