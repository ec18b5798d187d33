// Sessions shared among the servers when leases expire together. After a database outage longer than a lease every
// lease had expired, and the first server back took every session: one machine of three held them all, to lose them
// all with it. After a server was killed, the first survivor to look took all of its sessions. Now a server takes
// expired leases only up to its share of the sessions (leases.ts): three servers and six sessions, two each after
// the outage, three each for the two left after the kill, every session playable through any server. And a request
// for a session left for another server to take waits for it rather than being answered not-found.
// @vitest-environment node
import pg from 'pg'
import { afterAll, expect, it, onTestFailed } from 'vitest'
import { LEASE_POOL_NAME } from '../src/server/database-pool'
import { type ClusterServer, clusterServers } from './cluster-servers'
import type { AnyReply } from './server-client'
import type { ServerProcess } from './server-process'

const SESSIONS = 6
const { database, server, serverProcess, proxy, client, freeze } = clusterServers(
  'article-four-cluster-share-',
)
const admins: pg.Pool[] = []
afterAll(async () => {
  for (const a of admins) await a.end()
})

/** A pool of the test's own on `databaseUrl`, to read the leases as the servers leave them. */
function admin(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, application_name: 'watcher' })
  admins.push(pool)
  return pool
}

interface Created {
  readonly id: string
  readonly code: string
  /** The facilitator's. */
  readonly token: string
  readonly holder: string
}

/** A session created through `url`, and the server that holds its lease (the one that created it). */
async function create(url: string, db: pg.Pool): Promise<Created> {
  const facilitator = await client(url)
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  expect(created.ok).toBe(true)
  const { rows } = await db.query<{ holder: string }>('SELECT holder FROM leases WHERE session_id = $1', [
    created.session.id,
  ])
  const { id, code } = created.session
  return { id, code, token: created.token, holder: rows[0]!.holder }
}

/** Each holder's sessions, and whether every lease is in force (none left for a server to take). */
async function leases(db: pg.Pool): Promise<{ inForce: boolean; held: Map<string, number> }> {
  const { rows } = await db.query<{ holder: string; valid: boolean }>(
    'SELECT holder, expires_at > now() AS valid FROM leases',
  )
  const held = new Map<string, number>()
  for (const r of rows) held.set(r.holder, (held.get(r.holder) ?? 0) + 1)
  return { inForce: rows.length === SESSIONS && rows.every((r) => r.valid), held }
}

/** Asks until the answer passes, every 50 ms, for at most `withinMs`; the passing answer. */
async function until<T>(ask: () => Promise<T>, passes: (t: T) => boolean, what: string, withinMs = 60_000) {
  const end = Date.now() + withinMs
  for (;;) {
    const answer = await ask()
    if (passes(answer)) return answer
    if (Date.now() > end)
      throw new Error(`waited ${withinMs} ms for ${what}; last: ${JSON.stringify(answer)}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

/** Each session takes a new team through each server, forwarded to its holder wherever that is. */
async function playable(sessions: readonly Created[], urls: readonly string[]) {
  for (const [i, { code }] of sessions.entries())
    for (const [j, url] of urls.entries()) {
      const team = await client(url)
      const joined: AnyReply = await team.call('team:join', { code, name: `Team ${j + 1}` })
      expect(joined, `session ${i + 1} through server ${j + 1}`).toMatchObject({ ok: true })
    }
}

const counts = (held: Map<string, number>, holders: readonly string[]) => holders.map((h) => held.get(h) ?? 0)

it('leaves each server its share of the sessions after a database outage longer than a lease', async () => {
  const databaseUrl = await database()
  const db = admin(databaseUrl)
  // Each server reaches the database through a proxy: the second and third come back from the outage later than
  // the first, as servers do whose connections the database takes up later, and the first's look at the expired
  // leases can be seen. Two-second leases: a server judges alive those alive before the outage for two leases
  // after its own return (server-versions.ts), and the late two come back within a quarter lease of being let go.
  const proxies = [await proxy(databaseUrl), await proxy(databaseUrl), await proxy(databaseUrl)]
  const servers: ClusterServer[] = []
  for (const p of proxies) servers.push(await server(p.url(databaseUrl), { leaseMs: 2_000 }))
  const sessions: Created[] = []
  for (let i = 0; i < SESSIONS; i++) sessions.push(await create(servers[i % 3]!.s.url, db))
  const holders = sessions.slice(0, 3).map((s) => s.holder)
  expect(counts((await leases(db)).held, holders)).toEqual([2, 2, 2])

  // The late two's lease connections are cut before the database hangs: none of their renewals can reach it.
  const said = servers.map((s) => s.said.length)
  const letGo = proxies.slice(1).map((p) => p.cut(LEASE_POOL_NAME))
  const thaw = freeze()
  const look = proxies[0]!.holdQuery('SKIP LOCKED')
  // Each server gives a renewal up, and is not ready once it has renewed nothing for a lease: when none is,
  // every lease has expired.
  await Promise.all(servers.map((s, i) => s.saying(/^renewing leases failed/, said[i])))
  await until(
    () => Promise.all(servers.map((s) => s.health())),
    (codes) => codes.every((c) => c === 503),
    'every server to have gone a lease without renewing',
  )
  thaw()
  // The first server back renews its own leases, then looks at the others', all expired; then the others come back.
  await look.caught
  look.release()
  for (const go of letGo) go()
  const after = await until(
    () => leases(db),
    (l) => l.inForce,
    'every session to be held again',
  )
  expect([...after.held.keys()].every((h) => holders.includes(h))).toBe(true)
  expect(counts(after.held, holders)).toEqual([2, 2, 2])
  for (const s of servers) await s.ready()
  await playable(
    sessions,
    servers.map((s) => s.s.url),
  )
}, 120_000)

it("shares a killed server's sessions between the two servers left", async () => {
  const databaseUrl = await database()
  const db = admin(databaseUrl)
  const children: ServerProcess[] = []
  onTestFailed(() => {
    for (const [i, c] of children.entries()) console.error(`server ${i + 1} logged:\n${c.output()}`)
  })
  for (let i = 0; i < 3; i++) children.push(serverProcess({ DATABASE_URL: databaseUrl, LEASE_SECONDS: '2' }))
  const urls = await Promise.all(children.map((c) => c.ready))
  const sessions: Created[] = []
  for (let i = 0; i < SESSIONS; i++) sessions.push(await create(urls[i % 3]!, db))
  const [dead, ...left] = sessions.slice(0, 3).map((s) => s.holder) as [string, string, string]
  expect(counts((await leases(db)).held, [dead, ...left])).toEqual([2, 2, 2])

  const first = children[0]!.child
  first.kill('SIGKILL')
  await new Promise((done) => first.once('exit', done))
  const after = await until(
    () => leases(db),
    (l) => l.inForce && !l.held.has(dead),
    "the dead server's sessions to be held by the others",
  )
  expect(counts(after.held, left)).toEqual([3, 3])
  await playable(sessions, urls.slice(1))
}, 120_000)

it('answers a request for a session left for another server to take, rather than not-found', async () => {
  const databaseUrl = await database()
  const db = admin(databaseUrl)
  const through = await proxy(databaseUrl)
  const x = await server(databaseUrl)
  const y = await server(through.url(databaseUrl))
  // The first holds both sessions, one more than its share. The second would take what the first lacks at its
  // next look, but its looks are held: a server alive by its heartbeats that takes nothing.
  const [, left] = [await create(x.s.url, db), await create(x.s.url, db)] as [Created, Created]
  const looks = through.holdQuery('SKIP LOCKED')
  await looks.caught
  // The second session loses its lease (as under a log restored while servers run): the first lets it go.
  await db.query('DELETE FROM leases WHERE session_id = $1', [left.id])
  await x.saying(new RegExp(`^session ${left.id} is no longer this server's`))
  // Asked for it, the first finds it held by none and leaves it, at its share, for another server's look. It waits
  // rather than answer not-found, and takes the session itself once its lease has waited for a lease.
  const facilitator = await x.client()
  expect(await facilitator.call('facilitator:resume', { token: left.token })).toMatchObject({ ok: true })
  looks.release()
  await y.ready()
})
