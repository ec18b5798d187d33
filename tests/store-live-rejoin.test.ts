// Letting a team back in, in the store: the facilitator's one-time code is held in memory only, shown until put away,
// out of time, or used; a team on a new device takes its seat back with it (typed any way) and keeps the new token;
// the page it left is told the team carried on elsewhere and forgets its token; refused codes are kept as refusals
// of the rejoin. Against a real workshop server on 127.0.0.1 where a server is needed.
// @vitest-environment node
import { io } from 'socket.io-client'
import { describe, expect, it, vi } from 'vitest'
import type { FacilitatorView } from '../src/live/protocol'
import { HANDSHAKE } from '../src/live/protocol'
import type { SaveStorage } from '../src/store'
import {
  createLiveSession,
  facilitatorSeat,
  groupedRejoinCode,
  liveLink,
  type SeatDeps,
  type SeatState,
  teamSeat,
} from '../src/store/live'
import type { LiveSocket } from '../src/store/live/connection'
import { rejoinCodes } from '../src/store/live/rejoin-code'
import { fileServer } from './file-server'
import { memoryStorage } from './memory-storage'
import { until } from './store-until'

describe('the rejoin code on the facilitator’s screen', () => {
  const MINUTE = 60_000
  /** A facilitator's view with the one team `t1`, its code pending until `until` or none. */
  const viewWith = (until?: number) =>
    ({
      teams: [{ id: 't1', ...(until === undefined ? {} : { rejoinUntil: until }) }],
    }) as unknown as FacilitatorView

  it('is shown in two groups of four', () => {
    expect(groupedRejoinCode('K7PM3QXA')).toBe('K7PM 3QXA')
  })

  it('is shown until its time is up on this device’s clock (the server’s less the skew), then put away', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] })
    try {
      const codes = rejoinCodes(() => Date.now())
      // The server's clock runs a minute ahead: its deadline comes a minute sooner here.
      codes.show({ team: 't1', code: 'K7PM3QXA', expiresAt: Date.now() + 11 * MINUTE }, MINUTE)
      expect(codes.store.getState().shown).toEqual({
        team: 't1',
        code: 'K7PM3QXA',
        until: Date.now() + 10 * MINUTE,
      })
      vi.advanceTimersByTime(10 * MINUTE - 1)
      expect(codes.store.getState().shown).not.toBeNull()
      vi.advanceTimersByTime(1)
      expect(codes.store.getState().shown).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('is replaced by the next one, whose own time then counts', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] })
    try {
      const codes = rejoinCodes(() => Date.now())
      codes.show({ team: 't1', code: 'AAAAAAAA', expiresAt: Date.now() + MINUTE }, 0)
      vi.advanceTimersByTime(MINUTE / 2)
      codes.show({ team: 't2', code: 'BBBBBBBB', expiresAt: Date.now() + MINUTE }, 0)
      vi.advanceTimersByTime(MINUTE / 2)
      expect(codes.store.getState().shown?.code).toBe('BBBBBBBB')
      codes.dismiss()
      expect(codes.store.getState().shown).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('is put away once the team has used it, not for a view sent before it was issued', () => {
    const codes = rejoinCodes(() => Date.now())
    codes.show({ team: 't1', code: 'K7PM3QXA', expiresAt: Date.now() + MINUTE }, 0)
    // A view from before the code, arriving after the reply: it never had the code, so says nothing of it.
    codes.viewed(viewWith(), viewWith())
    expect(codes.store.getState().shown).not.toBeNull()
    codes.viewed(viewWith(), viewWith(Date.now() + MINUTE))
    expect(codes.store.getState().shown).not.toBeNull()
    // Pending, then no longer: redeemed.
    codes.viewed(viewWith(Date.now() + MINUTE), viewWith())
    expect(codes.store.getState().shown).toBeNull()
    codes.close()
  })
})

const server = fileServer('article-four-rejoin-')
const sockets: LiveSocket[] = []

server.beforeClose(() => {
  for (const s of sockets) s.disconnect()
})

/** A browser page: its own link to the test's server, and a storage it may share. */
function page(kept: SaveStorage = memoryStorage()): SeatDeps & { socket: () => LiveSocket } {
  const link = liveLink(() => {
    const socket: LiveSocket = io(server.url, {
      transports: ['websocket'],
      auth: HANDSHAKE,
      forceNew: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
    })
    sockets.push(socket)
    return socket
  })
  return { link, socket: link.socket, storage: kept, now: () => Date.now() }
}

const online = (s: SeatState<'team'>) => s.connection === 'online'

/** A session in its first round, with team Steppe joined on its own page and its decision sent. */
async function underWay() {
  const deps = page()
  deps.socket()
  await until(deps.link.store, (s) => s.connection === 'online')
  const created = await createLiveSession(
    {
      scenario: { kind: 'bundled', id: 'kazakhstan-2022' },
      format: { kind: 'one-table' },
      roundSeconds: 300,
    },
    deps,
  )
  if (!created.ok) throw new Error(created.error.detail)
  const code = created.code
  const facilitator = facilitatorSeat(code, deps)
  await until(facilitator.store, (s) => s.view !== null)
  const oldStorage = memoryStorage()
  const old = teamSeat(code, page(oldStorage))
  await until(old.store, (s) => online(s) && s.unseated)
  expect(await old.join('Steppe')).toBe(true)
  expect(await facilitator.command({ kind: 'start' })).toBe(true)
  await until(old.store, (s) => s.view?.phase.kind === 'deciding')
  expect(await old.submit(1, 'no-request')).toBe(true)
  const team = old.store.getState().view!.team.id
  return { code, facilitator, old, oldStorage, team }
}

describe('letting a team back in, against the server', () => {
  it('takes the seat back on a new device with the code typed any way; the old page is told and forgets', async () => {
    const { code, facilitator, old, oldStorage, team } = await underWay()
    expect(await facilitator.readmit(team)).toBe(true)
    const shown = facilitator.rejoin.store.getState().shown
    expect(shown).toMatchObject({ team })
    expect(shown?.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
    // The dashboard's row says a code is pending (never the code itself).
    await until(facilitator.store, (s) => s.view?.teams[0]?.rejoinUntil !== undefined)

    const newStorage = memoryStorage()
    const fresh = teamSeat(code, page(newStorage))
    await until(fresh.store, (s) => online(s) && s.unseated)
    const typed = `${shown!.code.slice(0, 4).toLowerCase()}-${shown!.code.slice(4)}`
    expect(await fresh.rejoin(typed)).toBe(true)
    expect(fresh.store.getState()).toMatchObject({
      unseated: false,
      error: null,
      view: { team: { id: team, name: 'Steppe' }, turn: { submitted: 'no-request' } },
    })
    expect([...newStorage.data.keys()]).toEqual([`article-four:live:team:${code}`])

    // The old page: no seat, no token, and why.
    const left = await until(old.store, (s) => s.unseated)
    expect(left).toMatchObject({ view: null, brief: null, error: { code: 'replaced', request: 'resume' } })
    expect(oldStorage.data.size).toBe(0)
    // Used, the code leaves the facilitator's screen.
    await until(facilitator.rejoin.store, (s) => s.shown === null)
  })

  it('refuses a wrong code as a refused rejoin, and a used one alike', async () => {
    const { code, facilitator, team } = await underWay()
    const fresh = teamSeat(code, page())
    await until(fresh.store, (s) => online(s) && s.unseated)
    expect(await fresh.rejoin('2222 2222')).toBe(false)
    expect(fresh.store.getState().error).toMatchObject({ code: 'not-found', request: 'rejoin' })
    expect(fresh.store.getState().unseated).toBe(true)

    await facilitator.readmit(team)
    const used = facilitator.rejoin.store.getState().shown!.code
    const first = teamSeat(code, page())
    await until(first.store, (s) => online(s) && s.unseated)
    expect(await first.rejoin(used)).toBe(true)
    const second = teamSeat(code, page())
    await until(second.store, (s) => online(s) && s.unseated)
    expect(await second.rejoin(used)).toBe(false)
    expect(second.store.getState().error).toMatchObject({ code: 'not-found', request: 'rejoin' })
  })

  it('stops the earlier code working when the facilitator presses again', async () => {
    const { code, facilitator, team } = await underWay()
    await facilitator.readmit(team)
    const earlier = facilitator.rejoin.store.getState().shown!.code
    await facilitator.readmit(team)
    const later = facilitator.rejoin.store.getState().shown!.code
    expect(later).not.toBe(earlier)
    const fresh = teamSeat(code, page())
    await until(fresh.store, (s) => online(s) && s.unseated)
    expect(await fresh.rejoin(earlier)).toBe(false)
    expect(await fresh.rejoin(later)).toBe(true)
  })

  it('refuses to readmit once the session is over, and keeps the refusal to show', async () => {
    const { facilitator, team } = await underWay()
    expect(await facilitator.command({ kind: 'finish' })).toBe(true)
    expect(await facilitator.readmit(team)).toBe(false)
    expect(facilitator.store.getState().error).toMatchObject({ code: 'conflict', request: 'readmit' })
    expect(facilitator.rejoin.store.getState().shown).toBeNull()
  })
})
