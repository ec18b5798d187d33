// The countdown as the panels render it: told whether time is up by the same hook their forms and buttons read.
import type { ComponentProps } from 'react'
import { Countdown } from '../src/ui/live/countdown'
import { useTimeUp } from '../src/ui/live/use-time-up'

export function ClockedCountdown(props: Omit<ComponentProps<typeof Countdown>, 'timeUp'>) {
  const timeUp = useTimeUp(props.phase, props.skew)
  return <Countdown {...props} timeUp={timeUp} />
}
