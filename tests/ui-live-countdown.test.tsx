// @vitest-environment jsdom
// The round's countdown warns that time is running out: at the last minute and the last 15 seconds its look
// changes and a polite live region says so, once per warning, never while the round is paused; with reduced
// motion only its colours change. A team that owes nothing before time is up (no decision this round, or its
// decision in) sees the clock run, unwarned.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { outcomeOf, teamBrief, teamView } from '../src/live'
import type { PhaseView } from '../src/store'
import { TeamPanel } from '../src/ui/live/team-panel'
import { ClockedCountdown } from './clocked-countdown'
import { idOf, lobby, panelsInEnglish, render, started, submit } from './live-panels'
import type { Driver } from './server-fakes'

const ROOT = resolve(import.meta.dirname, '..')

panelsInEnglish()
beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }))
afterEach(() => vi.useRealTimers())

const running = (seconds: number): PhaseView => ({
  kind: 'deciding',
  round: 1,
  open: true,
  clock: { kind: 'running', deadline: Date.now() + seconds * 1000 },
})

/** The words beside the time, which a screen reader hears when they change. */
const announced = (container: HTMLElement) => {
  const region = container.querySelector('[aria-live="polite"]')
  if (!region) throw new Error('no live region')
  return region
}

describe("the countdown's warnings", () => {
  it('warns at the last minute and at the last 15 seconds, each announced once', () => {
    const { container } = render(<ClockedCountdown phase={running(70)} skew={0} />)
    const region = announced(container)
    const countdown = container.querySelector('.countdown')!
    expect(region).toHaveTextContent(/^left$/)
    // Every change to the live region is something a screen reader says: record them, tick by tick.
    const said: string[] = []
    const observer = new MutationObserver(() => {})
    observer.observe(region, { childList: true, characterData: true, subtree: true })
    const seen: string[] = []
    for (let tick = 0; tick < 72 * 4; tick++) {
      act(() => vi.advanceTimersByTime(250))
      if (observer.takeRecords().length > 0) said.push(region.textContent ?? '')
      seen.push(`${screen.getByRole('timer').textContent} ${countdown.className}`)
    }
    observer.disconnect()
    expect(said).toEqual(['Last minute', 'Last 15 seconds', 'Time is up'])
    expect(seen).toContain('1:01 countdown running')
    expect(seen).toContain('1:00 countdown last-minute')
    expect(seen).toContain('0:16 countdown last-minute')
    expect(seen).toContain('0:15 countdown last-seconds')
    expect(seen.at(-1)).toBe('0:00 countdown up')
  })

  it('warns a round as short as half a minute of its last minute from the start, then of its last 15 seconds', () => {
    const { container } = render(<ClockedCountdown phase={running(30)} skew={0} />)
    expect(announced(container)).toHaveTextContent('Last minute')
    act(() => vi.advanceTimersByTime(15_000))
    expect(announced(container)).toHaveTextContent('Last 15 seconds')
    expect(container.querySelector('.countdown')).toHaveClass('last-seconds')
  })

  it('warns of nothing while the round is paused, however little time it has left', () => {
    const paused: PhaseView = {
      kind: 'deciding',
      round: 1,
      open: true,
      clock: { kind: 'paused', remaining: 10_000 },
    }
    const { container } = render(<ClockedCountdown phase={paused} skew={0} />)
    act(() => vi.advanceTimersByTime(20_000))
    expect(screen.getByRole('timer')).toHaveTextContent('0:10')
    expect(announced(container)).toHaveTextContent(/^Paused$/)
    expect(container.querySelector('.countdown')).toHaveClass('paused')
    expect(container.querySelector('.countdown')).not.toHaveClass('last-seconds')
  })

  it('shows a resumed round its time left at once, not the time it had at the pause plus the pause', () => {
    const paused: PhaseView = {
      kind: 'deciding',
      round: 1,
      open: true,
      clock: { kind: 'paused', remaining: 45_000 },
    }
    const { container, rerender } = render(<ClockedCountdown phase={paused} skew={0} />)
    // The room talks for five minutes; then the facilitator resumes, with the same 45 seconds left.
    act(() => vi.advanceTimersByTime(5 * 60_000))
    const region = announced(container)
    const observer = new MutationObserver(() => {})
    observer.observe(region, { childList: true, characterData: true, subtree: true })
    rerender(<ClockedCountdown phase={running(45)} skew={0} />)
    expect(screen.getByRole('timer')).toHaveTextContent('0:45')
    expect(region).toHaveTextContent('Last minute')
    act(() => vi.advanceTimersByTime(250))
    // One change for a screen reader to say, straight from "Paused" to the warning.
    expect(observer.takeRecords().length).toBe(1)
    observer.disconnect()
  })

  it('reads the warning on the screen too, on a clock corrected for this device', () => {
    // The server's deadline is 45 seconds away on its clock, which runs 2 minutes ahead of this device's.
    const phase: PhaseView = {
      kind: 'deciding',
      round: 1,
      open: true,
      clock: { kind: 'running', deadline: Date.now() + 120_000 + 45_000 },
    }
    const { container } = render(<ClockedCountdown phase={phase} skew={120_000} />)
    expect(screen.getByRole('timer')).toHaveTextContent('0:45')
    expect(screen.getByText('Last minute')).toBeInTheDocument()
    expect(container.querySelector('.countdown')).toHaveClass('last-minute')
  })

  it('moves nothing for a reader who asked for reduced motion: its only animation waits on no-preference', () => {
    const css = readFileSync(join(ROOT, 'src/ui/live/countdown.css'), 'utf8')
    const outside = css.replace(
      /@media \(prefers-reduced-motion: no-preference\) \{[^{}]*\{[^{}]*\}\s*\}/g,
      '',
    )
    expect(css).toMatch(/animation:/)
    expect(outside).not.toMatch(/animation:|transition:/)
  })
})

/** A team's screen with `left` seconds of the round to go on this device's clock. */
function teamScreen(d: Driver, name: string, left: number) {
  const id = idOf(d, name)
  const view = teamView(d.session, id, outcomeOf, d.now)
  const clock = view.phase.kind === 'deciding' ? view.phase.clock : null
  if (clock?.kind !== 'running') throw new Error('no clock running')
  return render(
    <TeamPanel
      brief={teamBrief(d.session, id)}
      view={view}
      skew={clock.deadline - left * 1000 - Date.now()}
      error={null}
      onSubmit={vi.fn()}
    />,
  )
}

describe('the countdown on a team that owes nothing before time is up', () => {
  it('runs without a warning when told to stay quiet, and still says when time is up', () => {
    const { container } = render(<ClockedCountdown phase={running(70)} skew={0} quiet />)
    const region = announced(container)
    const said: string[] = []
    const observer = new MutationObserver(() => {})
    observer.observe(region, { childList: true, characterData: true, subtree: true })
    const classes = new Set<string>()
    for (let tick = 0; tick < 72 * 4; tick++) {
      act(() => vi.advanceTimersByTime(250))
      if (observer.takeRecords().length > 0) said.push(region.textContent ?? '')
      classes.add(container.querySelector('.countdown')!.className)
    }
    observer.disconnect()
    expect(said).toEqual(['Time is up'])
    expect([...classes]).toEqual(['countdown running', 'countdown up'])
  })

  it('warns the team whose decision is due, and neither the team with no decision this round nor one that has sent it', () => {
    const d = started({ roundSeconds: 300 })
    // Astana owes the request; Moscow answers only after the reveal.
    const due = teamScreen(d, 'Astana', 40)
    expect(screen.getByRole('timer')).toHaveTextContent('0:40')
    expect(announced(due.container)).toHaveTextContent('Last minute')
    expect(due.container.querySelector('.countdown')).toHaveClass('last-minute')
    cleanup()

    const waiting = teamScreen(d, 'Moscow', 10)
    expect(screen.getByRole('status')).toHaveTextContent('is deciding')
    // The round's clock is there to wait on, plain: no amber, no red, nothing announced but the time left.
    expect(screen.getByRole('timer')).toHaveTextContent('0:10')
    expect(announced(waiting.container)).toHaveTextContent(/^left$/)
    expect(waiting.container.querySelector('.countdown')).toHaveClass('running')
    cleanup()

    submit(d, 'Astana', 'request:foreign-backed:peacekeepers:14')
    const sent = teamScreen(d, 'Astana', 57)
    expect(screen.getByRole('heading', { name: 'Your decision is in' })).toBeInTheDocument()
    expect(screen.getByRole('timer')).toHaveTextContent('0:57')
    expect(announced(sent.container)).toHaveTextContent(/^left$/)
    expect(sent.container.querySelector('.countdown')).not.toHaveClass('last-minute')
  })
})

describe("the countdown's live region on a team's screen", () => {
  /** The team's panel on the session as it stands now, as an element to render or rerender. */
  const panel = (d: Driver, name: string) => {
    const id = idOf(d, name)
    const view = teamView(d.session, id, outcomeOf, d.now)
    return (
      <TeamPanel
        brief={teamBrief(d.session, id)}
        view={view}
        skew={view.serverNow - Date.now()}
        error={null}
        onSubmit={vi.fn()}
      />
    )
  }

  it('is on the page, empty, from the lobby on, and is the region the round then fills and the close rewords', () => {
    const d = lobby({ roundSeconds: 300 })
    const { container, rerender } = render(panel(d, 'Astana'))
    const region = announced(container)
    expect(region).toHaveTextContent(/^$/)
    expect(screen.queryByRole('timer')).toBeNull()

    d.facilitator({ kind: 'start' })
    rerender(panel(d, 'Astana'))
    expect(announced(container)).toBe(region)
    expect(region).toHaveTextContent(/^left$/)
    expect(screen.getByRole('timer')).toHaveTextContent('5:00')

    d.facilitator({ kind: 'close' })
    rerender(panel(d, 'Astana'))
    expect(announced(container)).toBe(region)
    expect(region).toHaveTextContent(/^Round closed$/)
  })
})
