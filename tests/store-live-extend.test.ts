// The facilitator's minute more names the clock changes of the view the seat held when it was sent, so that the
// same extension sent again, after an answer that was lost once the first had reached the log, is refused
// (clock-changed) rather than adding the time twice. The screen sends the extension as it always did; the seat adds
// what it saw, and every other command goes as it was made. Against a protocol 10 server in miniature over the real
// session model (seat-fake-server.ts).
// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { facilitatorSeat } from '../src/store/live'
import { writeToken } from '../src/store/live/tokens'
import { memoryStorage } from './memory-storage'
import { FACILITATOR_TOKEN, type FakeServer, fakeServer, pageOn } from './seat-fake-server'
import { until } from './store-until'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

/** A round of five minutes under way, one team in it, and the facilitator's seat resumed on its own page. */
async function roundUnderWay() {
  const s: FakeServer = await fakeServer({ roundSeconds: 300 })
  cleanups.push(() => s.close())
  s.driver.join('Steppe')
  s.driver.facilitator({ kind: 'start' })
  const storage = memoryStorage()
  writeToken(storage, 'facilitator', s.code, FACILITATOR_TOKEN)
  const seat = facilitatorSeat(
    s.code,
    pageOn(s, (close) => cleanups.push(close), storage),
  )
  cleanups.push(seat.close)
  await until(seat.store, (st) => st.view !== null)
  return { s, seat }
}

/** The commands the server was sent, in order. */
const commands = (s: FakeServer) =>
  s.received
    .filter((r) => r.event === 'facilitator:command')
    .map((r) => (r.payload as { command: unknown }).command)

describe("the facilitator's extension", () => {
  it('names the clock changes the view held had seen; the other commands go as they were made', async () => {
    const { s, seat } = await roundUnderWay()
    expect(seat.store.getState().view?.clockChanges).toBe(0)
    expect(await seat.command({ kind: 'extend', seconds: 60 })).toBe(true)
    await until(seat.store, (st) => st.view?.clockChanges === 1)
    expect(await seat.command({ kind: 'pause' })).toBe(true)
    await until(seat.store, (st) => st.view?.clockChanges === 2)
    expect(await seat.command({ kind: 'resume' })).toBe(true)
    await until(seat.store, (st) => st.view?.clockChanges === 3)
    expect(await seat.command({ kind: 'extend', seconds: 60 })).toBe(true)
    expect(commands(s)).toEqual([
      { kind: 'extend', seconds: 60, after: 0 },
      { kind: 'pause' },
      { kind: 'resume' },
      { kind: 'extend', seconds: 60, after: 3 },
    ])
    expect(s.driver.session.clockChanges).toBe(4)
  })

  it('sent again after a lost answer is refused as clock-changed, and the minute is added once', async () => {
    const { s, seat } = await roundUnderWay()
    const deadline = () => {
      const phase = s.driver.session.phase
      return phase.kind === 'deciding' && phase.clock.kind === 'running' ? phase.clock.deadline : undefined
    }
    const before = deadline()
    expect(before).toBeDefined()
    s.lose('facilitator:command', 'store-unavailable')
    expect(await seat.command({ kind: 'extend', seconds: 60 })).toBe(false)
    expect(seat.store.getState().error).toMatchObject({ code: 'store-unavailable', request: 'command' })
    // The first reached the log all the same, and the view here never heard of it.
    expect(s.driver.session.clockChanges).toBe(1)
    expect(seat.store.getState().view?.clockChanges).toBe(0)

    expect(await seat.command({ kind: 'extend', seconds: 60 })).toBe(false)
    expect(seat.store.getState().error).toMatchObject({
      code: 'conflict',
      request: 'command',
      reason: 'clock-changed',
    })
    expect(commands(s)).toEqual([
      { kind: 'extend', seconds: 60, after: 0 },
      { kind: 'extend', seconds: 60, after: 0 },
    ])
    expect(s.driver.session.clockChanges).toBe(1)
    expect(deadline()).toBe(before! + 60_000)
  })
})
