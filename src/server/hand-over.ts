// Handing sessions from a live server to the others. Nothing else moves a session a live server holds: the first
// server up after a full stop took every session, and so did the servers left while one restarted, and one machine
// then carried them all, to lose them all together. A server holding more than its share (leases.ts) hands its
// quietest session on at a look, and whichever server below its share looks next takes it, as it takes a stopped
// server's. One at a time across the servers: none hands one on while a lease waits to be taken.
import type { SessionId } from '../live'
import type { LoggedSession } from './event-log'
import type { Leases } from './leases'
import type { LiveSessions } from './live-sessions'
import type { SessionHandlers } from './session-handlers'

/**
 * How many leases a server stops handing sessions on for when one it handed comes back to it: a server counted alive
 * by its heartbeat took nothing (stopping, or its looks failing), and the session, left untaken for a lease, came
 * back under the rule that no session waits longer (leases.ts). Handing it on again at once would move it to and
 * fro, rebuilt from the log each time.
 */
export const PAUSE_LEASES = 10

export interface HandOverOptions {
  readonly live: LiveSessions
  readonly leases: Leases
  readonly handlers: Pick<SessionHandlers, 'forget'>
  readonly leaseMs: number
  readonly closing: () => boolean
  readonly say: (message: string) => void
}

export function handingOver(o: HandOverOptions) {
  let lastHanded: SessionId | undefined
  let pausedUntil = Number.NEGATIVE_INFINITY
  return {
    /** After a look that took `taken`: hands one session on if this server holds more than its share. */
    async look(taken: readonly LoggedSession[]): Promise<void> {
      if (taken.some((s) => s.id === lastHanded)) {
        pausedUntil = Date.now() + PAUSE_LEASES * o.leaseMs
        o.say(
          `session ${lastHanded} came back: no other server took it, so none is handed on for ${PAUSE_LEASES} leases`,
        )
        lastHanded = undefined
      }
      // Not in a look that took sessions: the share it took them at has not changed.
      if (taken.length > 0 || o.closing() || Date.now() < pausedUntil || (await o.leases.excess()) === 0)
        return
      const id = o.live.quietest()
      if (!id) return
      const code = o.live.get(id)?.code
      const handed = await o.live
        .letGo(id, () => o.leases.letGo(id))
        .catch((e: Error) => {
          o.say(`session ${id} (code ${code}) was not handed on: ${e.message}`)
          return false
        })
      if (!o.live.get(id)) o.handlers.forget(id)
      if (!handed) return
      lastHanded = id
      o.say(
        `session ${id} (code ${code}) was handed on: this server held more than its share of the sessions`,
      )
    },
  }
}
