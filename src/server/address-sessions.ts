// The sessions each client address has created that this server still holds. MAX_SESSIONS is the whole server's,
// and sessions are kept until pruned, a day after their last event: at 60 creates an hour, one address could
// fill the server within a day and keep it full for everyone else. One address may now hold at most
// `sessionsPerAddress`. Kept in memory only, never in the log: a session rebuilt after a restart, or taken over
// from another server, counts for nobody.
import type { SessionId } from '../live'
import { type Failure, failBecause } from './failure'
import type { LiveSessions } from './live-sessions'

export interface AddressSessions {
  /** Counts a create from `address` as under way, or says why it is refused. */
  begin(address: string): Failure | undefined
  /** A create that `begin` let through was answered: with the session it made, or with none. */
  end(address: string, session: SessionId | undefined): void
}

/** Past this many addresses remembered, those whose sessions have all gone are forgotten. */
const SWEEP_AT = 1_000

export function addressSessions(live: Pick<LiveSessions, 'get'>, most: number): AddressSessions {
  type Mine = { readonly held: Set<SessionId>; creating: number }
  const byAddress = new Map<string, Mine>()
  // Those pruned, or taken over by another server, no longer count.
  const stillHeld = (mine: Mine) => {
    for (const id of mine.held) if (!live.get(id)) mine.held.delete(id)
    return mine.held.size + mine.creating
  }
  return {
    begin(address) {
      if (byAddress.size >= SWEEP_AT)
        for (const [other, theirs] of byAddress) if (stillHeld(theirs) === 0) byAddress.delete(other)
      const mine = byAddress.get(address) ?? { held: new Set<SessionId>(), creating: 0 }
      if (stillHeld(mine) >= most) {
        return failBecause(
          'full',
          `sessions created from one address may be at most ${most} of those this server holds, finished ones included until they are pruned: try again once older ones are, or ask whoever runs it to raise SESSIONS_PER_ADDRESS`,
          'network-full',
        )
      }
      mine.creating++
      byAddress.set(address, mine)
      return undefined
    },
    end(address, session) {
      const mine = byAddress.get(address)
      if (!mine) return
      mine.creating--
      if (session) mine.held.add(session)
      if (mine.held.size === 0 && mine.creating === 0) byAddress.delete(address)
    },
  }
}
