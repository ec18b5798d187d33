// A logged session this version cannot rebuild (one of its events edited so that it no longer reads), its holder
// stopped: the server that takes it fails to load it, lets its lease go for good, and no other server takes it in
// turn. Its facilitator and teams, on any server, are told it could not be restored, not that it does not exist,
// which would make their browsers forget their tokens. The same when the holder itself reads the session back after
// a write whose answer it lost, and to a team on another server while the holder is still giving its lease up.
// @vitest-environment node
import pg from 'pg'
import { expect, it, onTestFinished } from 'vitest'
import { clusterServers } from './cluster-servers'
import type { AnyReply } from './server-client'

const { database, server, proxy } = clusterServers('article-four-unrestorable-')

it('lets go of a session it cannot restore, which no server takes again, and tells its clients so', async () => {
  const databaseUrl = await database()
  const holder = await server(databaseUrl)
  const taker = await server(databaseUrl)
  const created: AnyReply = await (await holder.client()).call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const { id, code } = created.session as { id: string; code: string }
  const joined: AnyReply = await (await taker.client()).call('team:join', { code, name: 'North' })
  expect(joined.ok).toBe(true)

  const db = new pg.Pool({ connectionString: databaseUrl })
  onTestFinished(() => db.end())
  await db.query(
    `UPDATE events SET body = replace(body, '"table":1', '"table":"one"') WHERE session_id = $1 AND seq = 1`,
    [id],
  )
  await holder.stop()
  await taker.saying(new RegExp(`^session ${id} \\(code ${code}\\) was not restored: event 2 \\(joined\\)`))
  await taker.saying(new RegExp(`^let go of the lease of session ${id}, which no server of this version`))
  const leases = async () =>
    (await db.query('SELECT holder FROM leases WHERE session_id = $1', [id])).rows as unknown[]
  expect(await leases()).toEqual([])

  // A server that starts now, holding nothing, takes every session with no lease at its first sweep: not this one.
  const late = await server(databaseUrl)
  expect(late.s.restored).toBe(0)
  expect(late.said.filter((line) => line.includes(id))).toEqual([])
  expect(await leases()).toEqual([])

  const notRestored = {
    ok: false,
    error: { code: 'unrestorable', message: expect.stringMatching(/could not be restored on this version/) },
  }
  const asking = await late.client()
  expect(await asking.call('facilitator:resume', { token: created.token })).toMatchObject(notRestored)
  expect(await asking.call('team:resume', { token: joined.token })).toMatchObject(notRestored)
  expect(await asking.call('session:lobby', { code })).toMatchObject(notRestored)
  expect(await (await taker.client()).call('team:join', { code, name: 'Taiga' })).toMatchObject(notRestored)
  expect(await (await late.client()).call('team:resume', { token: 'f'.repeat(22) })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  })
})

/**
 * A session created on a holder reached through a proxy, with a team joined on another server, whose log's first
 * event is then broken so that the session no longer replays: what the holder finds when it reads the session back.
 */
async function brokenOnHolder() {
  const databaseUrl = await database()
  const through = await proxy(databaseUrl)
  const holder = await server(through.url(databaseUrl))
  const other = await server(databaseUrl)
  const facilitator = await holder.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const { id, code } = created.session as { id: string; code: string }
  const team = await other.client()
  const joined: AnyReply = await team.call('team:join', { code, name: 'North' })
  expect(joined.ok).toBe(true)

  const db = new pg.Pool({ connectionString: databaseUrl })
  onTestFinished(() => db.end())
  await db.query(
    `UPDATE events SET body = replace(body, '"table":1', '"table":"one"') WHERE session_id = $1 AND seq = 1`,
    [id],
  )
  return { through, holder, other, facilitator, created, id, code, team, joined, db }
}

it('lets go of a session whose read back, after a write it was unsure of, does not replay', async () => {
  const { through, holder, other, facilitator, created, id, code, team, joined, db } = await brokenOnHolder()
  // The start reaches the log, and its answer never reaches the holder, which is left unsure of it.
  const lost = through.loseAnswer('INSERT INTO events')
  const start = { command: { kind: 'start' } }
  const unsure = facilitator.call('facilitator:command', start)
  await lost
  expect(await unsure).toMatchObject({ ok: false, error: { code: 'store-unavailable' } })

  // Sent again, it has the holder read the session back from the log, which does not replay.
  const notRestored = {
    ok: false,
    error: { code: 'unrestorable', message: expect.stringMatching(/could not be restored on this version/) },
  }
  expect(await facilitator.call('facilitator:command', start)).toMatchObject(notRestored)
  await holder.saying(new RegExp(`^session ${id} \\(code ${code}\\) was not restored: event 2 \\(joined\\)`))
  await holder.saying(new RegExp(`^let go of the lease of session ${id}, which no server of this version`))
  expect((await db.query('SELECT holder FROM leases WHERE session_id = $1', [id])).rows).toEqual([])
  expect((await db.query('SELECT session_id FROM unrestorable')).rows).toEqual([{ session_id: id }])

  // No server holds it, and each tells its clients it could not be restored, the seated sockets too.
  const decision = 'request:foreign-backed:peacekeepers:14'
  expect(await team.call('team:submit', { round: 1, decision })).toMatchObject(notRestored)
  expect(await facilitator.call('facilitator:export', { format: 'csv' })).toMatchObject(notRestored)
  expect(await (await holder.client()).call('facilitator:resume', { token: created.token })).toMatchObject(
    notRestored,
  )
  expect(await (await other.client()).call('team:resume', { token: joined.token })).toMatchObject(notRestored)
  expect(await (await other.client()).call('session:lobby', { code })).toMatchObject(notRestored)
})

it('tells a team on another server that its session could not be restored while the holder gives up its lease', async () => {
  const { through, holder, facilitator, id, team, db } = await brokenOnHolder()
  const lost = through.loseAnswer('INSERT INTO events')
  const start = { command: { kind: 'start' } }
  expect(await facilitator.call('facilitator:command', start)).toMatchObject({
    ok: false,
    error: { code: 'store-unavailable' },
  })
  await lost
  // The holder reads the session back, finds it does not replay, and gives up its lease: held at the database,
  // which the holder gives up on in time, and asks again, held again, until the test lets it go.
  const givingUp = through.holdQuery('INSERT INTO unrestorable')
  const sentAgain = facilitator.call('facilitator:command', start)
  await givingUp.caught
  // Meanwhile the lease still names the holder. The team's change, forwarded there, was told the session did not
  // exist (its browser forgets its token) when the holder had already dropped it.
  const notRestored = {
    ok: false,
    error: { code: 'unrestorable', message: expect.stringMatching(/could not be restored on this version/) },
  }
  const decision = 'request:foreign-backed:peacekeepers:14'
  expect(await team.call('team:submit', { round: 1, decision })).toMatchObject(notRestored)
  expect(await sentAgain).toMatchObject(notRestored)
  givingUp.release()
  await holder.saying(new RegExp(`^let go of the lease of session ${id}, which no server of this version`))
  expect((await db.query('SELECT holder FROM leases WHERE session_id = $1', [id])).rows).toEqual([])
})
