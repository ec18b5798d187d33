// A team's old device on a server that was deaf (its LISTEN connection killed from the database's side, its new
// ones held at a proxy) when the team rejoined on another device, or was removed, through the holder. The holder's
// send-away never reached it; once it listens again, the old device is told all the same and leaves the team's room,
// and the new device stays; and the facilitator's dashboard does not count it as the team's, even before it has gone.
// @vitest-environment node
import pg from 'pg'
import { expect, it, onTestFinished } from 'vitest'
import type { FacilitatorView } from '../src/live/protocol'
import { clusterServers } from './cluster-servers'
import type { AnyReply, Client } from './server-client'

const { database, server, proxy } = clusterServers('article-four-deaf-sent-away-')

/**
 * A session on a holder (`front`, a proxy, before its database), with its team North joined on a second server
 * whose LISTEN is then killed; `name` names that server's connections, to find its LISTEN among the others'.
 */
async function deafWithTeam(name: string) {
  const databaseUrl = await database()
  // The holder's connections through a proxy too, to hold back what it publishes.
  const front = await proxy(databaseUrl)
  const holder = await server(front.url(databaseUrl))
  const through = await proxy(databaseUrl)
  const other = await server(`${through.url(databaseUrl)}?application_name=${name}`)
  const facilitator = await holder.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const code: string = created.session.code
  const old = await other.client()
  const joined: AnyReply = await old.call('team:join', { code, name: 'North' })
  const team: string = joined.view.team.id
  await other.ready()

  const db = new pg.Pool({ connectionString: databaseUrl })
  onTestFinished(() => db.end())
  const letGo = through.hold()
  onTestFinished(letGo)
  const { rows } = await db.query<{ killed: boolean }>(
    `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
     WHERE application_name = $1 AND query LIKE 'LISTEN %'`,
    [name],
  )
  expect(rows).toEqual([{ killed: true }])
  await other.saying(/^not listening to the other servers/)
  /** The other server listens again. */
  const hearing = async () => {
    letGo()
    await other.saying(/^listening to the other servers again/)
  }
  return { holder, front, facilitator, old, code, team, hearing }
}

/** The first `event` the client is sent, already or still to come. */
const told = (client: Client, event: 'replaced' | 'removed') =>
  new Promise((done) => client.socket.once(event, done))

it('tells a device on a deaf server that its team rejoined elsewhere, once that server listens again', async () => {
  const { holder, facilitator, old, code, team, hearing } = await deafWithTeam('deaf-replaced')
  const replaced = told(old, 'replaced')
  const readmitted: AnyReply = await facilitator.call('facilitator:readmit', { team })
  const fresh = await holder.client()
  expect(await fresh.call('team:rejoin', { code, rejoin: readmitted.rejoin.code })).toMatchObject({
    ok: true,
    view: { team: { id: team } },
  })
  await hearing()
  expect(await replaced).toEqual({ code })
  // Only the old device went: the new one, in the same room on the holder, is still sent the team's views.
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  await fresh.teamView((v) => v.phase.kind === 'deciding', 10_000)
})

it("tells a removed team's device on a deaf server, once that server listens again", async () => {
  const { facilitator, old, code, team, hearing } = await deafWithTeam('deaf-removed')
  const removed = told(old, 'removed')
  expect(await facilitator.call('facilitator:command', { command: { kind: 'remove', team } })).toEqual({
    ok: true,
  })
  await hearing()
  expect(await removed).toEqual({ code })
})

const connectionOf = (v: FacilitatorView, name: string) => v.teams.find((t) => t.name === name)?.connection

it('counts the team offline while its old device, on a server that was deaf, waits to be sent away', async () => {
  const { holder, front, facilitator, old, code, team, hearing } = await deafWithTeam('deaf-counted')
  const readmitted: AnyReply = await facilitator.call('facilitator:readmit', { team })
  const waiting = await facilitator.facilitatorView(
    (v) => v.teams[0]?.rejoinUntil === readmitted.rejoin.expiresAt,
  )
  const fresh = await holder.client()
  expect(await fresh.call('team:rejoin', { code, rejoin: readmitted.rejoin.code })).toMatchObject({
    ok: true,
  })
  // The view the rejoin pushes (the row no longer waits for a rejoin) is in before the count below is looked for.
  await facilitator.facilitatorView(
    (v) => facilitator.views.indexOf(v) > facilitator.views.indexOf(waiting) && !v.teams[0]?.rejoinUntil,
  )
  // The new device goes too: the team's one socket left is the old one, which the holder cannot count while the
  // other server is deaf, so the dashboard still reads it connected.
  fresh.close()
  // The holder's order to send the old device away is held back, so that its count, once the other server hears
  // again, is answered with the old device still in the team's room.
  const order = front.holdQuery('"send-away"')
  onTestFinished(order.release)
  const before = facilitator.views.length
  const replaced = told(old, 'replaced')
  await hearing()
  await order.caught
  // The old device's token no longer admits to the team: it is not counted, and the team has no device left.
  const counted = await facilitator.facilitatorView((v) => facilitator.views.indexOf(v) >= before, 10_000)
  expect(connectionOf(counted, 'North')).toEqual({ kind: 'offline', since: expect.any(Number) })
  order.release()
  expect(await replaced).toEqual({ code })
})
