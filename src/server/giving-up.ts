// Sessions a server took over and could not rebuild from the log (a logged event this version no longer accepts):
// their leases go, for good for this version (leases.ts `giveUp`), rather than be renewed by a server that holds
// nothing, or taken by every server in turn to fail again; and every server can tell a client naming one that it
// could not be restored (unrestored.ts). cluster.ts calls this at each look, on each request no server held, and for a
// session held here that no longer replays when it is read back after a write it was unsure of (session-writes.ts).
import type { SessionId } from '../live'
import type { Leases } from './leases'
import type { LiveSessions } from './live-sessions'
import type { Unrestorable } from './unrestored'

export function givingUp(options: {
  readonly leases: Leases
  readonly live: LiveSessions
  readonly say: (message: string) => void
}) {
  const { leases, live, say } = options
  // Not let go yet: one not let go at a look is let go at the next.
  const pending = new Map<SessionId, Unrestorable>()
  const letGoOfPending = async (): Promise<void> => {
    for (const failed of pending.values())
      await leases.giveUp(failed).then(
        () => {
          pending.delete(failed.id)
          say(`let go of the lease of session ${failed.id}, which no server of this version can restore`)
        },
        (e: Error) => say(`the lease of session ${failed.id}, not restored, was not let go: ${e.message}`),
      )
  }
  // One at a time: a look and a read back that failed may ask at once, and each lease is let go, and said, once.
  let going = Promise.resolve()
  return {
    /** A session taken here whose load failed, or one held here whose read back did. */
    failed(session: Unrestorable): void {
      pending.set(session.id, session)
    },
    /** Lets go of the leases of those that failed. */
    letGo(): Promise<void> {
      going = going.then(letGoOfPending)
      return going
    },
    /** Reads those given up on by any server, for a request that found no server holding its session. */
    read: (): Promise<void> =>
      leases
        .unrestorable()
        .then((listed) => live.unrestorable.replace([...listed, ...pending.values()]))
        .catch((e: Error) => say(`the sessions not restored were not read: ${e.message}`)),
  }
}
