// The round's countdown, read from the server's deadline (corrected for this device's clock) so every
// screen in the room shows the same time. It ticks locally; whether time is up it is told (use-time-up.ts), in the
// same drawing that closes the screen's form. The server alone decides whether a submission was in time.
import './countdown.css'
import { useEffect, useState } from 'react'
import type { PhaseView } from '../../store'
import { useText } from '../i18n/use-text'

export function Countdown({
  phase,
  skew,
  timeUp,
  quiet = false,
}: {
  phase: PhaseView
  skew: number
  /** Whether the round's time is up on this screen (`useTimeUp`), as the form or the buttons beside it read it. */
  timeUp: boolean
  /**
   * Nothing is asked of this screen's team before time is up: it owes no decision this round, or has sent it. The
   * clock still runs (the team waits on it) but turns neither amber nor red, and announces no warning.
   */
  quiet?: boolean
}) {
  const t = useText()
  const running = phase.kind === 'deciding' && phase.clock.kind === 'running'
  // The tick only draws the clock again; each drawing reads the time then. A time kept from the last tick would be
  // as old as the pause when the round resumes, and the clock would show the pause added to the time left.
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setTick((n) => n + 1), 250)
    return () => clearInterval(timer)
  }, [running])
  const now = Date.now()
  // The words beside the time sit in one live region that stays on the page, empty while there is nothing to say
  // (before a round, or in a round without a clock): a region that arrives already filled in is not announced by
  // every screen reader, so "Round closed" would pass unheard. Only the timer before it comes and goes.
  const shown = shownState(phase, now, skew, timeUp, quiet)
  return (
    <div className={shown ? `countdown ${shown.state}` : 'visually-hidden'}>
      {shown && shown.remaining !== null ? (
        // A timer role is not announced every second; the state beside it is, once, when it changes: so a team
        // hears "last minute" and "last 15 seconds" once each, and a paused clock, whatever it reads, warns of
        // nothing.
        <span role="timer" aria-label={t('live.countdown.label')} className="countdown-time">
          {formatRemaining(shown.remaining)}
        </span>
      ) : null}
      <span className="countdown-state" aria-live="polite">
        {shown ? t(STATE_WORDS[shown.state]) : ''}
      </span>
    </div>
  )
}

/**
 * What the countdown shows: its state and the time left, "closed" without a time once the round is ended (its
 * clock stopped: say so rather than let the countdown vanish), or nothing outside a round or in one without a clock.
 */
function shownState(
  phase: PhaseView,
  now: number,
  skew: number,
  timeUp: boolean,
  quiet: boolean,
): { state: CountdownState; remaining: number | null } | null {
  if (phase.kind !== 'deciding') return null
  if (!phase.open) return { state: 'closed', remaining: null }
  const clock = phase.clock
  if (clock.kind === 'none') return null
  if (clock.kind === 'paused') return { state: 'paused', remaining: clock.remaining }
  if (timeUp) return { state: 'up', remaining: 0 }
  // Until the screen is told time is up, the clock reads no less than 0:01: it reaches 0:00 with "Time is up",
  // never a tick before the form beside it closes.
  const remaining = Math.max(1, clock.deadline - (now + skew))
  return { state: countdownState(remaining, quiet), remaining }
}

/**
 * The warnings before time is up: a minute, and 15 seconds. The shortest round (half a minute) opens inside the
 * first, and still has the second, 15 seconds on.
 */
const WARNINGS = { 'last-minute': 60_000, 'last-seconds': 15_000 } as const

type CountdownState = 'running' | keyof typeof WARNINGS | 'up' | 'paused' | 'closed'

const STATE_WORDS: Readonly<Record<CountdownState, string>> = {
  running: 'live.countdown.left',
  'last-minute': 'live.countdown.lastMinute',
  'last-seconds': 'live.countdown.lastSeconds',
  up: 'live.countdown.up',
  paused: 'live.countdown.paused',
  closed: 'live.countdown.closed',
}

/** A running clock's state before time is up: plenty of time, or inside a warning (unless it is to stay quiet). */
function countdownState(
  remaining: number,
  quiet: boolean,
): Exclude<CountdownState, 'up' | 'paused' | 'closed'> {
  if (quiet) return 'running'
  if (remaining <= WARNINGS['last-seconds']) return 'last-seconds'
  if (remaining <= WARNINGS['last-minute']) return 'last-minute'
  return 'running'
}

/** "4:05"; never negative. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
