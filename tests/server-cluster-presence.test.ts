// Who is connected, in a cluster: the facilitator on the server that holds the session, a team on another. The
// team's socket closing on its server reaches the holder, which counts the team's sockets on every server; the
// team coming back on that other server is connected again. And when that other server dies with the team's only
// socket, the holder finds it out and counts again.
// @vitest-environment node
import { expect, it } from 'vitest'
import type { FacilitatorView } from '../src/live/protocol'
import { clusterServers } from './cluster-servers'
import type { AnyReply } from './server-client'

const { database, server, serverProcess, client } = clusterServers('article-four-presence-')

const connectionOf = (v: FacilitatorView, name: string) => v.teams.find((t) => t.name === name)?.connection

it("tells the facilitator when a team's socket on another server closes, and when it comes back there", async () => {
  const databaseUrl = await database()
  const holder = await server(databaseUrl)
  const other = await server(databaseUrl)
  const facilitator = await holder.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  expect(created.ok).toBe(true)

  // Two devices of the team on the other server, one on the holder's: it is connected while any is.
  const phone = await other.client()
  const joined: AnyReply = await phone.call('team:join', { code: created.session.code, name: 'Steppe' })
  expect(joined.ok).toBe(true)
  await facilitator.facilitatorView((v) => connectionOf(v, 'Steppe')?.kind === 'connected', 10_000)
  const laptop = await holder.client()
  expect(await laptop.call('team:resume', { token: joined.token })).toMatchObject({ ok: true })

  laptop.close()
  phone.close()
  const offline = await facilitator.facilitatorView(
    (v) => connectionOf(v, 'Steppe')?.kind === 'offline',
    10_000,
  )
  expect(connectionOf(offline, 'Steppe')).toEqual({ kind: 'offline', since: expect.any(Number) })

  const back = await other.client()
  expect(await back.call('team:resume', { token: joined.token })).toMatchObject({ ok: true })
  const after = facilitator.views.indexOf(offline)
  await facilitator.facilitatorView(
    (v) => facilitator.views.indexOf(v) > after && connectionOf(v, 'Steppe')?.kind === 'connected',
    10_000,
  )
})

it('tells the facilitator a team is offline when the server holding its only socket dies', async () => {
  const databaseUrl = await database()
  const holder = await server(databaseUrl)
  // `npm start`'s server as a process of its own, so that it can die with SIGKILL: nothing of it says goodbye.
  const doomed = serverProcess({ DATABASE_URL: databaseUrl, LEASE_SECONDS: '1' })
  const facilitator = await holder.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const phone = await client(await doomed.ready)
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
