// Whether the round's time is up on this device: the one answer a screen's countdown and its form (or its
// buttons) both read, so "Time is up" and the closed form come in the same drawing.
import { useEffect, useState } from 'react'
import type { PhaseView } from '../../store'

/**
 * Whether the round's running clock has reached the server's deadline, on this device's clock corrected by `skew`.
 * It draws the screen again at the deadline itself; a timer that fires a moment early (browsers may) waits again
 * for what is left rather than miss it.
 */
export function useTimeUp(phase: PhaseView, skew: number): boolean {
  const deadline =
    phase.kind === 'deciding' && phase.clock.kind === 'running' ? phase.clock.deadline - skew : null
  const [, setTick] = useState(0)
  useEffect(() => {
    if (deadline === null) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const wait = () => {
      const left = deadline - Date.now()
      if (left <= 0) setTick((t) => t + 1)
      else timer = setTimeout(wait, left)
    }
    if (deadline > Date.now()) wait()
    return () => clearTimeout(timer)
  }, [deadline])
  return deadline !== null && Date.now() >= deadline
}

/**
 * Whether a team may still submit: the round is open and its time is not up. The server refuses a late
 * submission anyway; the screen withdraws the form at the moment its countdown says time is up.
 */
export function submissionsOpen(phase: PhaseView, timeUp: boolean): boolean {
  return phase.kind === 'deciding' && phase.open && !timeUp
}
