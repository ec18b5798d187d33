// After a team's submission that does not reveal, the server tells the facilitator who has submitted by a small
// notice rather than its whole view again, and no team hears of it; the facilitator's browser seat (the store's
// own, over socket.io-client) shows the team as submitted all the same. A submission that reveals still sends
// every audience its whole view.
// @vitest-environment node
import { io } from 'socket.io-client'
import { expect, it } from 'vitest'
import type { SubmissionsNotice, TeamView, View } from '../src/live/protocol'
import { facilitatorSeat, liveLink } from '../src/store/live'
import { writeToken } from '../src/store/live/tokens'
import { fileServer } from './file-server'
import { memoryStorage } from './memory-storage'
import { type AnyReply, type Client, connect } from './server-client'
import { until } from './store-until'

const server = fileServer('article-four-notice-')
const closing: (() => void)[] = []

server.beforeClose(() => {
  for (const close of closing) close()
})

async function client(): Promise<Client> {
  const c = await connect(server.url)
  closing.push(() => c.close())
  return c
}

/** Every event a socket is sent, by name, in order. */
function heard(c: Client): { event: string; payload: unknown }[] {
  const all: { event: string; payload: unknown }[] = []
  c.socket.onAny((event: string, payload: unknown) => all.push({ event, payload }))
  return all
}

it("tells the facilitator of a submission by a notice, which its seat shows, and no team of another's", async () => {
  const facilitator = await client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    autoAdvance: true,
    roundSeconds: 0,
  })
  expect(created.ok).toBe(true)
  const code: string = created.session.code
  const teams = await Promise.all(['Steppe', 'Lake'].map(() => client()))
  const ids: string[] = []
  for (const [i, t] of teams.entries()) {
    const joined: AnyReply = await t.call('team:join', { code, name: `team ${i}` })
    expect(joined.ok).toBe(true)
    ids.push(joined.view.team.id)
  }
  // The facilitator's browser seat, as the dashboard holds it.
  const storage = memoryStorage()
  writeToken(storage, 'facilitator', code, created.token)
  const link = liveLink((auth) => io(server.url, { transports: ['websocket'], auth, forceNew: true }))
  const seat = facilitatorSeat(code, { link, storage, now: () => Date.now() })
  closing.push(() => {
    seat.close()
    link.socket().disconnect()
  })
  await until(seat.store, (s) => s.view !== null)

  expect(await facilitator.call('facilitator:command', { command: { kind: 'start' } })).toEqual({ ok: true })
  const [first, second] = teams as [Client, Client]
  const started = await first.teamView((v) => v.turn !== null)
  await second.teamView((v) => v.turn !== null)
  await until(seat.store, (s) => s.view?.phase.kind === 'deciding')
  await facilitator.facilitatorView((v) => v.phase.kind === 'deciding')
  const [toFacilitator, toFirst, toSecond] = [facilitator, first, second].map(heard) as [
    ReturnType<typeof heard>,
    ReturnType<typeof heard>,
    ReturnType<typeof heard>,
  ]

  const decision = started.turn!.options.at(-1)!
  expect(await first.call('team:submit', { round: 1, decision })).toEqual({ ok: true })
  const shown = await until(seat.store, (s) => s.view?.teams.some((t) => t.submitted === true) === true)
  // The dashboard shows who submitted, and only that changed.
  expect(shown.view?.teams.map((t) => t.submitted)).toEqual([true, false])
  expect(shown.view?.tables.map((t) => t.pending?.submitted)).toEqual([true, false])
  expect(shown.view?.allSubmitted).toBe(false)
  await first.teamView((v) => v.turn?.submitted === decision)
  await facilitator.facilitatorView((v) => v.teams[0]?.submitted === true)
  // The facilitator was sent the notice and no view of the submission (one of who is connected, of the version
  // before, may come at any time); the team its own view; the other team nothing.
  const notices = toFacilitator.filter((h) => h.event === 'submitted')
  expect(notices).toHaveLength(1)
  const notice = notices[0]!.payload as SubmissionsNotice
  const viewsAfter = (version: number) =>
    toFacilitator.filter((h) => h.event === 'view' && (h.payload as View).version >= version)
  expect(viewsAfter(notice.version)).toEqual([])
  expect(notice).toMatchObject({ code, round: 1, teams: [ids[0]], tables: [1] })
  expect(JSON.stringify(notice)).not.toContain(decision)
  expect(toFirst.map((h) => h.event)).toEqual(['view'])
  expect(toSecond).toEqual([])

  // The last submission reveals: every audience gets its whole view, the facilitator's with the next round.
  const last = (await second.teamView((v) => v.turn !== null)).turn!.options.at(-1)!
  expect(await second.call('team:submit', { round: 1, decision: last })).toEqual({ ok: true })
  await until(seat.store, (s) => s.view?.phase.kind === 'deciding' && s.view.phase.round === 2)
  await second.teamView((v) => v.phase.kind === 'deciding' && v.phase.round === 2)
  expect(toFacilitator.filter((h) => h.event === 'submitted')).toHaveLength(1)
  expect(viewsAfter(notice.version).map((h) => (h.payload as View).phase)).toMatchObject([
    { kind: 'deciding', round: 2 },
  ])
  expect(toSecond.map((h) => (h.payload as TeamView).phase)).toMatchObject([{ kind: 'deciding', round: 2 }])
}, 30_000)
