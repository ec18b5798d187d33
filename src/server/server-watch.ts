// Which other servers are alive, from their rows in `servers` (server-versions.ts): a server that stops beating
// has died (one that stops cleanly leaves, its sockets' closes already told). Its sockets closed with it, and
// nothing told the servers holding their sessions: every team of the sessions held here is counted again, a
// lease later, when the adapter has counted the dead server out and a count no longer waits on it.
import type { SessionId } from '../live'
import type { SessionHandlers } from './handler-contract'

export interface ServerWatchOptions {
  /** The sessions this server holds, when the count comes. */
  readonly held: () => readonly SessionId[]
  readonly handlers: Pick<SessionHandlers, 'recount'>
  /** How long the adapter waits for a server that stopped answering before it counts it out. */
  readonly leaseMs: number
  /** Whether this server is stopping: it counts nothing more. */
  readonly closing: () => boolean
  readonly say: (message: string) => void
}

/** Told of the servers alive at each beat (`ServerVersions.beat`): counts again when one seen before is gone. */
export function watchServers(options: ServerWatchOptions): (alive: ReadonlySet<string>) => void {
  const { held, handlers, leaseMs, closing, say } = options
  let others: ReadonlySet<string> = new Set()
  return (alive) => {
    const gone = [...others].filter((server) => !alive.has(server))
    others = alive
    if (gone.length === 0 || closing()) return
    say(
      `${gone.join(', ')} stopped: its teams' sockets went with it, so this server's sessions count theirs again`,
    )
    setTimeout(() => {
      if (!closing()) for (const id of held()) handlers.recount(id)
    }, leaseMs).unref()
  }
}
