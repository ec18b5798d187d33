// The requests of one connection waiting for another server's answer (forwarding.ts), each for up to
// ANSWER_WITHIN_MS: at most FORWARDS_WAITING at once (limits.ts). A browser has a few waiting at most; a client
// sending as many as it likes would keep as many forwards asking the other servers, sweeping and looking at the
// leases. Counted with the connection, so nothing outlives it: a forward still waiting when its socket closes
// ends within ANSWER_WITHIN_MS all the same.
import { type Failure, fail } from './failure'
import { FORWARDS_WAITING } from './limits'

export interface ForwardsWaiting {
  /** Takes a place for one more forward, or says why there is none. */
  take(): Failure | undefined
  /** A forward was answered, whichever way. */
  give(): void
}

/** One connection's forwards; `full` is said when it reaches the cap, and again only once none waits. */
export function forwardsWaiting(full: () => void): ForwardsWaiting {
  let waiting = 0
  let said = false
  return {
    take() {
      if (waiting < FORWARDS_WAITING) {
        waiting++
        return undefined
      }
      if (!said) full()
      said = true
      return fail(
        'rate-limited',
        `at most ${FORWARDS_WAITING} requests of one connection may wait for another server's answer at once: wait for their answers, then try again`,
      )
    },
    give() {
      waiting = Math.max(0, waiting - 1)
      // Said again only once all of them were answered: a client at the cap does not write a line per answer.
      if (waiting === 0) said = false
    },
  }
}
