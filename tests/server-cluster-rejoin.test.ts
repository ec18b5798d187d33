// Letting a team back in across a cluster: the facilitator readmits from a server that does not hold the session,
// the team rejoins on that server too, and the holder answers both; the old device, on the holder, is sent away.
// @vitest-environment node
import { expect, it } from 'vitest'
import { clusterServers } from './cluster-servers'
import type { AnyReply } from './server-client'

const DECISION = 'request:foreign-backed:peacekeepers:14'
const { database, server } = clusterServers('article-four-cluster-rejoin-')

it('readmits and rejoins through a server that does not hold the session', async () => {
  const databaseUrl = await database()
  const holder = await server(databaseUrl)
  const other = await server(databaseUrl)

  const created: AnyReply = await (await holder.client()).call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
  })
  const code: string = created.session.code
  const old = await holder.client()
  const joined: AnyReply = await old.call('team:join', { code, name: 'North' })
  const team: string = joined.view.team.id
  const facilitator = await other.client()
  expect(await facilitator.call('facilitator:resume', { token: created.token })).toMatchObject({ ok: true })
  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  expect(await old.call('team:submit', { round: 1, decision: DECISION })).toEqual({ ok: true })
  const replaced = new Promise((done) => old.socket.once('replaced', done))

  const readmitted: AnyReply = await facilitator.call('facilitator:readmit', { team })
  expect(readmitted).toMatchObject({ ok: true, rejoin: { team, code: expect.any(String) } })
  await facilitator.facilitatorView((v) => v.teams[0]?.rejoinUntil === readmitted.rejoin.expiresAt)

  const fresh = await other.client()
  const back: AnyReply = await fresh.call('team:rejoin', { code, rejoin: readmitted.rejoin.code })
  expect(back).toMatchObject({
    ok: true,
    view: { team: { id: team }, turn: { round: 1, submitted: DECISION } },
  })
  expect(await replaced).toEqual({ code })

  // The new device acts for the team through the holder; the old one, on the holder itself, no longer does.
  expect(await fresh.call('team:submit', { round: 1, decision: DECISION })).toEqual({ ok: true })
  expect(await old.call('team:submit', { round: 1, decision: DECISION })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  })
  expect(await (await other.client()).call('team:resume', { token: joined.token })).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  })
  expect(
    await (await holder.client()).call('team:rejoin', { code, rejoin: readmitted.rejoin.code }),
  ).toMatchObject({ ok: false, error: { code: 'not-found' } })
  await facilitator.call('facilitator:command', { command: { kind: 'advance', round: 1 } })
  await fresh.teamView((v) => v.phase.kind !== 'deciding' || v.phase.round === 2)
})
