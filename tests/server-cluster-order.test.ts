// socket.io's PostgreSQL adapter does not keep the order of what one server sends another: a message over 8000
// bytes travels as a row of its own, which the receiving server reads before passing it on, and a smaller message
// sent after it is passed on first. Here the facilitator's browser seat (the store's own, over socket.io-client) is
// on a server whose reads of those rows the test proxy holds back, while the session is held by another: the
// finished view and the outcomes notice after it then come in the wrong order, and the seat still shows the
// finished game with its outcomes. Then the other way round: the holder's sends of the facilitator's views are held
// back, so a notice of who has submitted overtakes a view still on its way (the clock extended), and the seat
// shows both, the view's change and the submission. (Every other order is the live-view-order test's.)
// @vitest-environment node
import { io } from 'socket.io-client'
import { expect, it, onTestFailed, onTestFinished } from 'vitest'
import type { OutcomesNotice, SubmissionsNotice, View } from '../src/live/protocol'
import { facilitatorSeat, liveLink, type SeatState } from '../src/store/live'
import type { LiveSocket } from '../src/store/live/connection'
import { writeToken } from '../src/store/live/tokens'
import { clusterServers } from './cluster-servers'
import { memoryStorage } from './memory-storage'
import type { AnyReply } from './server-client'
import { until } from './store-until'

const { database, server, proxy } = clusterServers('article-four-order-')
/** The adapter's threshold: a message larger than this goes through socket_io_attachments. */
const NOTIFY_BYTES = 8000
/** The adapter's read of a large message's row, on the receiving server. */
const READ_ATTACHMENT = 'SELECT payload FROM socket_io_attachments'
/** What only the facilitator's views carry, in the NOTIFY the holder sends for a small one. */
const FACILITATOR_VIEW = '"audience":"facilitator"'

const LEASE_MS = 60_000
/** Teams enough, a table each, for the facilitator's finished view to pass NOTIFY_BYTES. */
const TEAMS = ['Steppe', 'Lake', 'River']

/** The next `event` the socket receives whose payload passes the test. */
function next<T>(
  socket: LiveSocket,
  event: 'view' | 'outcomes' | 'submitted',
  test: (p: T) => boolean = () => true,
) {
  return new Promise<T>((done) => {
    const heard = (p: T) => {
      if (!test(p)) return
      socket.off(event, heard as never)
      done(p)
    }
    socket.on(event, heard as never)
  })
}

/**
 * A session on one server (its facilitator's test client there, its teams joined there too), and the
 * facilitator's browser seat on a second server; each server's database connections pass through a proxy of
 * its own.
 */
async function spread() {
  const databaseUrl = await database()
  const through = await proxy(databaseUrl)
  const fromHolder = await proxy(databaseUrl)
  // Leases long enough that, on a loaded machine, the session stays with its holder and the second server
  // stays listening: the views must come to the seat through the adapter.
  const holder = await server(fromHolder.url(databaseUrl), { leaseMs: LEASE_MS })
  const other = await server(through.url(databaseUrl), { leaseMs: LEASE_MS })
  onTestFailed(() => {
    for (const [name, s] of [
      ['holder', holder],
      ['second server', other],
    ] as const)
      console.log(`the ${name} said:\n${s.said.join('\n')}`)
  })
  const facilitator = await holder.client()
  const created: AnyReply = await facilitator.call('session:create', {
    scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
    format: { kind: 'parallel-whole' },
    roundSeconds: 600,
    seed: 4242,
  })
  expect(created.ok).toBe(true)
  const teams = []
  for (const name of TEAMS) {
    const team = await holder.client()
    expect(await team.call('team:join', { code: created.session.code, name })).toMatchObject({ ok: true })
    teams.push(team)
  }
  const code: string = created.session.code
  const storage = memoryStorage()
  writeToken(storage, 'facilitator', code, created.token)
  const link = liveLink((auth) => io(other.s.url, { transports: ['websocket'], auth, forceNew: true }))
  const seat = facilitatorSeat(code, { link, storage, now: () => Date.now() })
  const socket = link.socket()
  await until(seat.store, (s) => s.view !== null)
  const command = async (command: object) =>
    expect(await facilitator.call('facilitator:command', { command })).toEqual({ ok: true })
  const close = () => {
    seat.close()
    socket.disconnect()
  }
  return { seat, socket, command, teams, through, fromHolder, close }
}

const phaseOf = (s: SeatState<'facilitator'>) => s.view?.phase

it('puts the outcomes that came first into the finished view that came after them', async () => {
  const { seat, socket, command, through, close } = await spread()
  onTestFinished(close)
  await command({ kind: 'start' })
  await until(seat.store, (s) => phaseOf(s)?.kind === 'deciding')

  // Every large message's read: the teams' views are published to every server too, in any order.
  const read = through.holdQuery(READ_ATTACHMENT)
  // Let go however the test ends, or the servers could not close.
  onTestFinished(read.release)
  const notice = next<OutcomesNotice>(socket, 'outcomes')
  await command({ kind: 'finish' })
  await read.caught
  const { outcomes } = await notice
  expect(outcomes.map((o) => o.table)).toEqual([1, 2, 3])
  // The notice came first; the seat still holds the round it was playing.
  expect(phaseOf(seat.store.getState())?.kind).toBe('deciding')

  const view = next<View>(socket, 'view')
  read.release()
  // It was held back for its size.
  expect(JSON.stringify(await view).length).toBeGreaterThan(NOTIFY_BYTES)
  const finished = await until(seat.store, (s) => phaseOf(s)?.kind === 'finished')
  expect(finished.view?.tables.map((t) => t.outcome)).toEqual(outcomes.map((o) => o.outcome))
}, 60_000)

it('shows a view that a notice of who has submitted overtook, with the submission laid over it', async () => {
  const { seat, socket, command, teams, fromHolder, close } = await spread()
  onTestFinished(close)
  await command({ kind: 'start' })
  const started = await until(seat.store, (s) => phaseOf(s)?.kind === 'deciding')
  const clockOf = (s: SeatState<'facilitator'>) =>
    s.view?.phase.kind === 'deciding' ? s.view.phase.clock : null

  // The holder's NOTIFY of the facilitator's next view waits on its connection; other messages take others.
  const sends = fromHolder.holdQuery(FACILITATOR_VIEW)
  onTestFinished(sends.release)
  await command({ kind: 'extend', seconds: 30 })
  await sends.caught
  const notice = next<SubmissionsNotice>(socket, 'submitted')
  const steppe = teams[0]!
  const turn = (await steppe.teamView((v) => v.turn !== null)).turn!
  expect(await steppe.call('team:submit', { round: 1, decision: turn.options.at(-1) })).toEqual({ ok: true })
  // The notice came first: the seat shows the submission over the view from before the clock was extended.
  expect((await notice).teams).toHaveLength(1)
  const told = await until(seat.store, (s) => s.view?.teams[0]?.submitted === true)
  expect(clockOf(told)).toEqual(clockOf(started))

  const view = next<View>(socket, 'view')
  sends.release()
  // The view came after the notice, and is older than it.
  expect((await view).version).toBeLessThan((await notice).version)
  const extended = (s: SeatState<'facilitator'>) =>
    JSON.stringify(clockOf(s)) !== JSON.stringify(clockOf(started))
  const both = await until(seat.store, extended)
  expect(both.view?.teams.map((t) => t.submitted)).toEqual([true, false, false])
  expect(both.view?.version).toBe((await notice).version)
}, 60_000)
