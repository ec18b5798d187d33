// Runs small jobs while the browser is idle, so warming a cache never delays what the student is doing.

export type Schedule = (jobs: readonly (() => void)[]) => () => void

/** Runs the jobs in order in idle time (or short timeouts where there is no idle callback); returns the cancel. */
export const runWhenIdle: Schedule = (jobs) => {
  let next = 0
  let handle: number | undefined
  let cancelled = false
  const idle = typeof requestIdleCallback === 'function'
  const step = (deadline?: IdleDeadline): void => {
    // A job is a few milliseconds: stop while a frame's worth of idle time is left, and go on in the next.
    do {
      if (cancelled || next >= jobs.length) return
      jobs[next++]!()
    } while (deadline && deadline.timeRemaining() > 8)
    request()
  }
  const request = (): void => {
    if (cancelled || next >= jobs.length) return
    handle = idle ? requestIdleCallback(step, { timeout: 2000 }) : (setTimeout(step, 30) as unknown as number)
  }
  request()
  return () => {
    cancelled = true
    if (handle === undefined) return
    if (idle) cancelIdleCallback(handle)
    else clearTimeout(handle)
  }
}
