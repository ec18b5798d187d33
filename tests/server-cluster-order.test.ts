// socket.io's PostgreSQL adapter does not keep the order of what one server sends another: a message over 8000
// bytes travels as a row of its own, which the receiving server reads before passing it on, and a smaller message
// sent after it is passed on first. Here the facilitator's browser seat (the store's own, over socket.io-client) is
// on a server whose reads of those rows the test proxy holds back, while the session is held by another: the
// finished view and the outcomes notice after it then come in the wrong order, and the seat still shows the
// finished game with its outcomes. (A view that comes after a newer one is the live-view-order test's.)
// @vitest-environment node
import { io } from 'socket.io-client'
import { expect, it, onTestFailed, onTestFinished } from 'vitest'
import type { StoreApi } from 'zustand/vanilla'
import type { OutcomesNotice, View } from '../src/live/protocol'
import { facilitatorSeat, liveLink, type SeatState } from '../src/store/live'
import type { LiveSocket } from '../src/store/live/connection'
import { writeToken } from '../src/store/live/tokens'
import { clusterServers } from './cluster-servers'
import { memoryStorage } from './memory-storage'
import type { AnyReply } from './server-client'

const { database, server, proxy } = clusterServers('article-four-order-')
/** The adapter's threshold: a message larger than this goes through socket_io_attachments. */
const NOTIFY_BYTES = 8000
/** The adapter's read of a large message's row, on the receiving server. */
const READ_ATTACHMENT = 'SELECT payload FROM socket_io_attachments'

const LEASE_MS = 60_000
/** Teams enough, a table each, for the facilitator's finished view to pass NOTIFY_BYTES. */
const TEAMS = ['Steppe', 'Lake', 'River']

/** Resolves when the store's state passes the test. */
function until<S>(store: StoreApi<S>, test: (s: S) => boolean): Promise<S> {
  if (test(store.getState())) return Promise.resolve(store.getState())
  return new Promise((done) => {
    const stop = store.subscribe((s) => {
      if (!test(s)) return
      stop()
      done(s)
    })
  })
}

/** The next `event` the socket receives whose payload passes the test. */
function next<T>(socket: LiveSocket, event: 'view' | 'outcomes', test: (p: T) => boolean = () => true) {
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
 * A session on one server (its facilitator's test client there, a team joined there too), and the facilitator's
 * browser seat on a second server whose database connections pass through a proxy.
 */
async function spread() {
  const databaseUrl = await database()
  const through = await proxy(databaseUrl)
  // Leases long enough that, on a loaded machine, the session stays with its holder and the second server
  // stays listening: the views must come to the seat through the adapter.
  const holder = await server(databaseUrl, { leaseMs: LEASE_MS })
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
  for (const name of TEAMS) {
    const team = await holder.client()
    expect(await team.call('team:join', { code: created.session.code, name })).toMatchObject({ ok: true })
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
  return { seat, socket, command, through, close }
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
