// @vitest-environment jsdom
// The moment time is up: a team's countdown says so in the same drawing that closes its form, so no team is told
// time is up and still finds Submit open; the facilitator's countdown and buttons change together the same way.
// Stepped through on a fake clock, ten milliseconds at a time, across the deadline (two seconds away). And what
// "+1 minute" gives: a minute more on the time left while the clock runs, a whole minute from the press once it
// has run out. And a timer that fires a moment before the deadline (browsers may) does not leave time never up.
import { act, renderHook, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { outcomeOf, teamBrief, teamView } from '../src/live'
import type { PhaseView } from '../src/store'
import { TeamPanel } from '../src/ui/live/team-panel'
import { useTimeUp } from '../src/ui/live/use-time-up'
import { idOf, panelsInEnglish, render, renderFacilitator, renderTeam, started } from './live-panels'
import type { Driver } from './server-fakes'

panelsInEnglish()
beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }))
afterEach(() => vi.useRealTimers())

/** The server's clock minus this device's that leaves `left` ms of the round on this device. */
function skewLeaving(d: Driver, left: number): number {
  const phase = d.session.phase
  if (phase.kind !== 'deciding' || phase.clock.kind !== 'running') throw new Error('no clock running')
  return phase.clock.deadline - left - Date.now()
}

const timeIsUp = () => screen.queryByText('Time is up') !== null

/**
 * Runs the fake clock to `from` ms, then steps it 10 ms at a time to `to` and lists every moment at which the
 * countdown and `closed` (what the screen offers once time is up) disagree.
 */
function disagreements(from: number, to: number, closed: () => boolean): string[] {
  act(() => vi.advanceTimersByTime(from))
  const seen: string[] = []
  for (let at = from + 10; at <= to; at += 10) {
    act(() => vi.advanceTimersByTime(10))
    if (timeIsUp() !== closed())
      seen.push(`${at} ms: ${timeIsUp() ? 'time is up' : 'time left'}, ${closed() ? 'closed' : 'open'}`)
  }
  return seen
}

describe('the moment time is up', () => {
  it("closes a team's form in the drawing in which its countdown says time is up, not a moment later", () => {
    const d = started({ roundSeconds: 300 })
    const id = idOf(d, 'Astana')
    render(
      <TeamPanel
        brief={teamBrief(d.session, id)}
        view={teamView(d.session, id, outcomeOf, d.now)}
        skew={skewLeaving(d, 2_000)}
        error={null}
        onSubmit={vi.fn()}
      />,
    )
    const choice = () => screen.getByLabelText('Make no request')
    expect(choice()).toBeEnabled()
    expect(disagreements(1_800, 2_200, () => choice().matches(':disabled'))).toEqual([])
    expect(timeIsUp()).toBe(true)
    expect(choice()).toBeDisabled()
  })

  it("takes away the facilitator's pause in the drawing in which the dashboard's countdown says time is up", () => {
    const d = started({ roundSeconds: 300 })
    renderFacilitator(d, { skew: skewLeaving(d, 2_000) })
    const pause = () => screen.queryByRole('button', { name: 'Pause' })
    expect(pause()).not.toBeNull()
    expect(disagreements(1_800, 2_200, () => pause() === null)).toEqual([])
    expect(timeIsUp()).toBe(true)
  })
})

describe('a timer that fires a moment early', () => {
  it('waits again for what is left, and says time is up at the deadline itself', () => {
    const deadline = Date.now() + 2_000
    const phase: PhaseView = { kind: 'deciding', round: 1, clock: { kind: 'running', deadline }, open: true }
    const { result } = renderHook(() => useTimeUp(phase, 0))
    // The device's clock moves 5 ms back and the pending timer with it: the timer set for the deadline fires
    // when the clock reads 5 ms before it.
    vi.setSystemTime(Date.now() - 5)
    act(() => vi.advanceTimersByTime(2_000))
    expect(Date.now()).toBe(deadline - 5)
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersByTime(5))
    expect(result.current).toBe(true)
  })
})

describe('+1 minute', () => {
  it('adds a minute to the time left while the countdown runs', () => {
    const d = started({ roundSeconds: 300 })
    d.tick(99_000)
    // Pressed with 3:20 left (the press takes the Driver's second).
    d.facilitator({ kind: 'extend', seconds: 60 })
    renderTeam(d, 'Astana')
    expect(screen.getByRole('timer')).toHaveTextContent('4:20')
  })

  it('gives a whole minute from the press once time is up, however long ago it ran out', () => {
    const d = started({ roundSeconds: 300 })
    // 0:00 came and went 40 seconds before the press.
    d.tick(339_000)
    d.facilitator({ kind: 'extend', seconds: 60 })
    renderTeam(d, 'Astana')
    expect(screen.getByRole('timer')).toHaveTextContent('1:00')
    expect(screen.getByLabelText('Make no request')).toBeEnabled()
  })
})
