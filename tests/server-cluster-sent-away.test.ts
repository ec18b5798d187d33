// A team's old device is told it was replaced, whichever server it is on. socket.io's adapter publishes an emit and
// a room's leave as two notifications and acts on each, on every server, only once its own is through: the leave
// could overtake the notice, and the old device, out of the room, was never told (the cluster rejoin test hung on
// it about once in ten runs). Here the holder's notification carrying the notice is held at a proxy: a device on
// the holder is told all the same, and one on another server is told once it goes through, the room not left
// before. A removed team's device likewise. And the dashboard counts a replaced device out even when the holder's
// count reaches the device's server before the order that sends it away.
// @vitest-environment node
import { expect, it, onTestFinished } from 'vitest'
import type { FacilitatorView } from '../src/live/protocol'
import { type ClusterServer, clusterServers } from './cluster-servers'
import type { AnyReply, Client } from './server-client'

const { database, server, proxy } = clusterServers('article-four-sent-away-')

/** Leases long enough that, on a loaded machine, the session stays with its holder. */
const LEASE_MS = 60_000

/** A session on a holder beside a second server, each behind a proxy, with its team North joined on `old`. */
async function spread(oldOn: 'holder' | 'other') {
  const databaseUrl = await database()
  const fromHolder = await proxy(databaseUrl)
  const holder = await server(fromHolder.url(databaseUrl), { leaseMs: LEASE_MS })
  const fromOther = await proxy(databaseUrl)
  const other = await server(fromOther.url(databaseUrl), { leaseMs: LEASE_MS })
  const facilitator = await other.client()
  const created: AnyReply = await (await holder.client()).call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  expect(await facilitator.call('facilitator:resume', { token: created.token })).toMatchObject({ ok: true })
  const code: string = created.session.code
  const old = await (oldOn === 'holder' ? holder : other).client()
  const joined: AnyReply = await old.call('team:join', { code, name: 'North' })
  const team: string = joined.view.team.id
  return {
    holder,
    other,
    fromHolder,
    fromOther,
    facilitator,
    token: created.token as string,
    old,
    code,
    team,
  }
}

/** The first `event` the client is sent, already or still to come. */
const told = (client: Client, event: 'replaced' | 'removed') =>
  new Promise((done) => client.socket.once(event, done))

/**
 * Holds the holder's notification that carries the notice `event` (as socket.io emits it, and the log never writes
 * it) until the test ends, and says when it is held.
 */
function holdNotice(fromHolder: Awaited<ReturnType<typeof spread>>['fromHolder'], event: string) {
  const held = fromHolder.holdQuery(`["${event}",{"code"`)
  onTestFinished(held.release)
  return held
}

async function rejoinOn(where: ClusterServer, facilitator: Client, code: string, team: string) {
  const readmitted: AnyReply = await facilitator.call('facilitator:readmit', { team })
  expect(readmitted).toMatchObject({ ok: true })
  const fresh = await where.client()
  expect(await fresh.call('team:rejoin', { code, rejoin: readmitted.rejoin.code })).toMatchObject({
    ok: true,
    view: { team: { id: team } },
  })
  return fresh
}

it("tells a replaced device on the holder while the other servers' copy of the notice is held", async () => {
  const { other, fromHolder, facilitator, old, code, team } = await spread('holder')
  const replaced = told(old, 'replaced')
  const held = holdNotice(fromHolder, 'replaced')
  await rejoinOn(other, facilitator, code, team)
  await held.caught
  expect(await replaced).toEqual({ code })
})

it('tells a replaced device on another server once the notice reaches it, not after it left the room', async () => {
  const { holder, fromHolder, facilitator, token, old, code, team } = await spread('other')
  const replaced = told(old, 'replaced')
  const held = holdNotice(fromHolder, 'replaced')
  await rejoinOn(holder, facilitator, code, team)
  await held.caught
  // What the holder published with the notice, bar the notice itself, has reached the old device's server: the
  // answer to a request forwarded from there, which the holder publishes after it, has.
  expect(await facilitator.call('facilitator:resume', { token })).toMatchObject({ ok: true })
  held.release()
  expect(await replaced).toEqual({ code })
})

it("tells a removed team's device on the holder while the other servers' copy of the notice is held", async () => {
  const { fromHolder, facilitator, old, code, team } = await spread('holder')
  const removed = told(old, 'removed')
  const held = holdNotice(fromHolder, 'removed')
  expect(await facilitator.call('facilitator:command', { command: { kind: 'remove', team } })).toEqual({
    ok: true,
  })
  await held.caught
  expect(await removed).toEqual({ code })
})

const connectionOf = (v: FacilitatorView, name: string) => v.teams.find((t) => t.name === name)?.connection

it('counts a team offline once its new device closes, though the old one, elsewhere, has not yet been sent away', async () => {
  const { holder, fromHolder, fromOther, facilitator, old, code, team } = await spread('other')
  const order = holdNotice(fromHolder, 'replaced')
  const fresh = await rejoinOn(holder, facilitator, code, team)
  await order.caught
  const before = facilitator.views.length
  // The new device closes: the holder counts the team's devices, and the other server answers (its answer names the
  // old device's socket) with the old device still in the team's room, the order to send it away not there yet.
  const answer = fromOther.holdQuery(old.socket.id ?? 'no socket id')
  onTestFinished(answer.release)
  fresh.close()
  await answer.caught
  answer.release()
  const replaced = told(old, 'replaced')
  order.release()
  expect(await replaced).toEqual({ code })
  // The team has no device that plays for it: the dashboard says so.
  const offline = await facilitator.facilitatorView(
    (v) => facilitator.views.indexOf(v) >= before && connectionOf(v, 'North')?.kind === 'offline',
    10_000,
  )
  expect(connectionOf(offline, 'North')).toEqual({ kind: 'offline', since: expect.any(Number) })
})
