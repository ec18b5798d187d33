// Sessions handed from a live server to the others. The first server up after a full stop took every session, and
// so did the servers left after a rolling restart; nothing moved a session a live server held, so one machine
// carried them all and would lose them all together. Now a server holding more than its share hands its quietest
// session on, one a look (cluster.ts), and the servers below their share take them. Six sessions made on one server,
// each with a team that has decided, spread two, two and two once two more servers start; while they move, every
// team's decision sent again through the first server is answered, never refused as gone. And a session handed on
// that no server takes comes back, and is not handed to and fro.
// @vitest-environment node
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'
import { LIMITS } from '../src/live/client-messages'
import { clusterServers } from './cluster-servers'
import type { AnyReply, Client } from './server-client'

const SESSIONS = 6
const DECISION = 'request:foreign-backed:peacekeepers:14'
const { database, server, proxy } = clusterServers('article-four-cluster-hand-over-')
const admins: pg.Pool[] = []
afterAll(async () => {
  for (const a of admins) await a.end()
})

interface Played {
  readonly code: string
  readonly team: Client
  /** The team's token. */
  readonly token: string
}

/** A session made through the server `client` connects to, started, with one team whose decision is in. */
async function played(client: () => Promise<Client>): Promise<Played> {
  const facilitator = await client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
  })
  const code: string = created.session.code
  const team = await client()
  const joined: AnyReply = await team.call('team:join', { code, name: 'North' })
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  expect(await team.call('team:submit', { round: 1, decision: DECISION })).toEqual({ ok: true })
  return { code, team, token: joined.token }
}

/** How many sessions each server holds, counting only leases in force (one let go and not yet taken is not). */
async function holdings(db: pg.Pool): Promise<number[]> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM leases WHERE holder <> '' AND expires_at > now() GROUP BY holder ORDER BY n DESC`,
  )
  return rows.map((r) => r.n)
}

it('hands the sessions of the first server up to the servers that start after it', async () => {
  const databaseUrl = await database()
  const db = new pg.Pool({ connectionString: databaseUrl, application_name: 'watcher' })
  admins.push(db)
  const first = await server(databaseUrl, { leaseMs: 2_000 })
  const games: Played[] = []
  for (let i = 0; i < SESSIONS; i++) games.push(await played(first.client))
  expect(await holdings(db)).toEqual([SESSIONS])

  // Every team sends its decision again, through the first server, from before the two others start until the
  // sessions are spread: each is answered as a decision already in, wherever its session is at that moment, and none
  // is refused. Each team every half second, the most a seat may change a second (client-messages.ts), so that none
  // is refused for its pace. Four hand-overs at one a look (a quarter lease) take at least a second and a half.
  const answers: AnyReply[] = []
  const seen: string[] = []
  /** How many sessions the first server had handed on as each was sent. */
  const during: number[] = []
  const handedOn = () => first.said.filter((m) => /was handed on/.test(m)).length
  const sending = (async () => {
    for (const end = Date.now() + 60_000; seen.at(-1) !== '2,2,2' && Date.now() < end; ) {
      const paced = new Promise((done) => setTimeout(done, 1000 / LIMITS.seatPerSecond))
      for (const g of games) {
        during.push(handedOn())
        answers.push(await g.team.call('team:submit', { round: 1, decision: DECISION }))
      }
      seen.push((await holdings(db)).join())
      await paced
    }
  })()
  const others = [
    await server(databaseUrl, { leaseMs: 2_000 }),
    await server(databaseUrl, { leaseMs: 2_000 }),
  ]
  await sending
  expect(seen.at(-1)).toBe('2,2,2')
  expect(answers.filter((a) => !a.ok).map((a) => a.error)).toEqual([])
  // Some were sent while the sessions moved: after the first hand-over and before the last.
  expect(during.some((n) => n > 0 && n < SESSIONS - 2)).toBe(true)
  expect(handedOn()).toBe(SESSIONS - 2)

  // Each decision is still in, read through each of the servers the sessions went to.
  for (const other of others)
    for (const g of games) {
      const resumed: AnyReply = await (await other.client()).call('team:resume', { token: g.token })
      expect(resumed).toMatchObject({ ok: true, view: { turn: { round: 1, submitted: DECISION } } })
    }
}, 120_000)

it('stops handing sessions on for a while when the one it handed comes back untaken', async () => {
  const databaseUrl = await database()
  const through = await proxy(databaseUrl)
  const x = await server(databaseUrl)
  const y = await server(through.url(databaseUrl))
  // The second server is alive by its heartbeats, but its looks for sessions to take are held: it takes nothing.
  const looks = through.holdQuery('SKIP LOCKED')
  await looks.caught
  await played(x.client)
  await played(x.client)
  await x.saying(/was handed on/)
  // Left untaken for a lease, it comes back to the first server, which holds one more than its share again.
  await x.saying(/came back: no other server took it/)
  const handed = () => x.said.filter((m) => /was handed on/.test(m)).length
  // Handing it on again at once, it moved every lease and a quarter (three times in these four leases).
  await new Promise((done) => setTimeout(done, 4_000))
  expect(handed()).toBe(1)
  looks.release()
  await y.ready()
}, 60_000)

it('carries a change that waited behind a hand-over to the new holder, rather than refuse it', async () => {
  const databaseUrl = await database()
  const through = await proxy(databaseUrl)
  // The first server's queries pass a proxy, where its letting go of a lease is held while a team's change waits.
  const x = await server(through.url(databaseUrl))
  const letting = through.holdQuery("SET holder = ''")
  await server(databaseUrl)
  const quiet = await played(x.client)
  await played(x.client)
  await letting.caught
  // The first session, which changed least recently, is being handed on; its team's change waits for its turn.
  const waited = quiet.team.call('team:submit', { round: 1, decision: DECISION })
  await new Promise((done) => setTimeout(done, 200))
  letting.release()
  expect(await waited).toEqual({ ok: true })
  await x.saying(/was handed on/)
}, 60_000)
