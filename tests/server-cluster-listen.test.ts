// A server of a cluster hears the others through one PostgreSQL connection that LISTENs. When that connection
// is lost (killed here from the database's side), the server tells a load balancer it is not ready until the
// adapter listens again; then a change another server pushed meanwhile reaches its team all the same, and so do
// the pushes after.
// @vitest-environment node
import pg from 'pg'
import { expect, it } from 'vitest'
import { clusterServers, workshop } from './cluster-servers'

const { database, server, proxy } = clusterServers('article-four-cluster-listen-')

it('is not ready while its LISTEN connection is down, and once back its team gets what it missed and what follows', async () => {
  const databaseUrl = await database()
  const holder = await server(databaseUrl)
  // The other server's connections carry a name of their own, to find its LISTEN among the holder's.
  // Through a proxy, which keeps its new connections waiting while the test asks for its health.
  const through = await proxy(databaseUrl)
  const other = await server(`${through.url(databaseUrl)}?application_name=listen-other`)
  const db = new pg.Pool({ connectionString: databaseUrl })
  const listens = async () =>
    (
      await db.query(
        `SELECT pid FROM pg_stat_activity WHERE application_name = 'listen-other' AND query LIKE 'LISTEN %'`,
      )
    ).rowCount
  try {
    // It started once it listened, not before.
    expect(await listens()).toBe(1)
    const { facilitator, team } = await workshop(holder, other)
    await other.ready()

    const letGo = through.hold()
    const { rows } = await db.query<{ killed: boolean }>(
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
       WHERE application_name = 'listen-other' AND query LIKE 'LISTEN %'`,
    )
    expect(rows).toEqual([{ killed: true }])
    await other.saying(/^not listening to the other servers/)
    // The adapter takes a new connection a second or two after the loss (held here): until it listens, not ready.
    expect(await other.health()).toBe(503)
    // The game starts on the holder while the other server cannot hear it.
    expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({
      ok: true,
    })
    letGo()

    await other.saying(/^listening to the other servers again/)
    await other.ready()
    // What it missed comes again: the holder sends the view of the session whose team is there.
    await other.saying(/asked for those of 1 held elsewhere$/)
    await team.teamView((v) => v.phase.kind === 'deciding' && v.phase.round === 1, 10_000)

    // And a push from the holder after the return arrives as any other.
    expect(await facilitator.call('facilitator:command', { command: { kind: 'pause' } })).toEqual({
      ok: true,
    })
    await team.teamView((v) => v.phase.kind === 'deciding' && v.phase.clock.kind === 'paused', 10_000)
  } finally {
    await db.end()
  }
})
