// A team's join or rejoin, sent again after its answer was lost, is the same request: the seat sends the token it
// made for the first attempt again, so a server that carried the first out (a database that answered late) answers
// with the seat it took, and the seat resumes with that token after a reload. Each page makes its own, and a join
// or a rejoin after one that succeeded makes a new one. Against a protocol 10 server in miniature over the real
// session model (seat-fake-server.ts).
// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { TeamId } from '../src/live'
import { type SeatState, teamSeat } from '../src/store/live'
import { readToken } from '../src/store/live/tokens'
import type { memoryStorage } from './memory-storage'
import { closedAfterEach, type FakeServer, pageOn } from './seat-fake-server'
import { until } from './store-until'

const { later, server } = closedAfterEach()

const page = (s: FakeServer, storage?: ReturnType<typeof memoryStorage>) => pageOn(s, later, storage)

/** A team's seat on a new page, once it is online with no seat yet. */
async function joiningSeat(s: FakeServer, deps = page(s)) {
  const seat = teamSeat(s.code, deps)
  later(seat.close)
  await until(seat.store, (st) => st.connection === 'online' && st.unseated)
  return seat
}

/** The tokens the server was sent with `event`, in order. */
const sent = (s: FakeServer, event: string) =>
  s.received.filter((r) => r.event === event).map((r) => (r.payload as { token?: string }).token)

const seatedAs = (st: SeatState<'team'>) => st.view?.team.name

describe("a team's join sent again", () => {
  for (const how of ['silent', 'store-unavailable'] as const)
    it(`after an answer that was lost (${how}) sends the same token, takes one seat, and resumes with it`, async () => {
      const s = await server()
      const deps = page(s)
      const seat = await joiningSeat(s, deps)
      s.lose('team:join', how)
      expect(await seat.join('Steppe')).toBe(false)
      // The form says what became of the join, not of a lobby asked for on the same dead link.
      expect(seat.store.getState().error).toMatchObject({
        request: 'join',
        code: how === 'store-unavailable' ? 'store-unavailable' : 'internal',
      })
      // A lost connection comes back, and the seat is online again with no seat here.
      await until(seat.store, (st) => st.connection === 'online' && st.unseated)
      expect(s.driver.session.teams.map((t) => t.name)).toEqual(['Steppe'])

      expect(await seat.join('Steppe')).toBe(true)
      const [first, again] = sent(s, 'team:join')
      expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(again).toBe(first)
      expect(s.driver.session.teams.map((t) => t.name)).toEqual(['Steppe'])
      expect(seat.store.getState()).toMatchObject({ unseated: false, error: null })
      expect(readToken(deps.storage, 'team', s.code)).toBe(first)

      // A reload: a new page with this browser's storage resumes the seat with that token.
      const reloaded = teamSeat(s.code, page(s, deps.storage))
      later(reloaded.close)
      expect(seatedAs(await until(reloaded.store, (st) => st.view !== null))).toBe('Steppe')
      expect(sent(s, 'team:resume')).toEqual([first])
    })

  it('is made anew on each page: two teams, two tokens', async () => {
    const s = await server()
    const steppe = await joiningSeat(s)
    const mountains = await joiningSeat(s)
    expect(await steppe.join('Steppe')).toBe(true)
    expect(await mountains.join('Tien Shan')).toBe(true)
    const [one, two] = sent(s, 'team:join')
    expect(two).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(two).not.toBe(one)
    expect(s.driver.session.teams.map((t) => t.name)).toEqual(['Steppe', 'Tien Shan'])
  })

  it('is made anew for a join after one that took a seat (the team removed in the lobby)', async () => {
    const s = await server()
    const deps = page(s)
    const seat = await joiningSeat(s, deps)
    expect(await seat.join('Steppe')).toBe(true)
    const team = s.driver.session.teams[0]!.id
    expect(s.command({ kind: 'remove', team }).ok).toBe(true)
    await until(seat.store, (st) => st.unseated && st.view === null)

    expect(await seat.join('Steppe')).toBe(true)
    const [before, after] = sent(s, 'team:join')
    expect(after).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(after).not.toBe(before)
    expect(readToken(deps.storage, 'team', s.code)).toBe(after)
    expect(seatedAs(seat.store.getState())).toBe('Steppe')
  })
})

describe("a team's rejoin sent again", () => {
  /** A session where the team Steppe joined from a device it then lost, and may come back with `code`. */
  async function lostDevice(code: string) {
    const s = await server()
    expect(await (await joiningSeat(s)).join('Steppe')).toBe(true)
    const team = s.driver.session.teams[0]!.id as TeamId
    s.readmit(team, code)
    return { s, team }
  }

  it('after a lost answer sends the same token and takes the seat back once, and the next rejoin a new one', async () => {
    const { s, team } = await lostDevice('K7PM3QXA')
    const deps = page(s)
    const seat = await joiningSeat(s, deps)
    s.lose('team:rejoin', 'store-unavailable')
    expect(await seat.rejoin('k7pm-3qxa')).toBe(false)
    // The first attempt used the code; without its token, this one would be refused as a used code.
    expect(await seat.rejoin('k7pm-3qxa')).toBe(true)
    const [first, again] = sent(s, 'team:rejoin')
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(again).toBe(first)
    expect(readToken(deps.storage, 'team', s.code)).toBe(first)
    expect(seatedAs(seat.store.getState())).toBe('Steppe')

    // Lost again, let back in again: a new request, with a new token.
    s.readmit(team, 'M4NP6RTV')
    expect(await seat.rejoin('M4NP 6RTV')).toBe(true)
    const third = sent(s, 'team:rejoin')[2]
    expect(third).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(third).not.toBe(first)
    expect(readToken(deps.storage, 'team', s.code)).toBe(third)
  })

  it('after a lost connection sends the same token', async () => {
    const { s } = await lostDevice('K7PM3QXA')
    const seat = await joiningSeat(s)
    s.lose('team:rejoin', 'silent')
    expect(await seat.rejoin('K7PM3QXA')).toBe(false)
    await until(seat.store, (st) => st.connection === 'online' && st.unseated)
    expect(await seat.rejoin('K7PM3QXA')).toBe(true)
    const [first, again] = sent(s, 'team:rejoin')
    expect(again).toBe(first)
    expect(seatedAs(seat.store.getState())).toBe('Steppe')
  })
})
