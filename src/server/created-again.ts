// A create sent again (protocol 11): its page sends the token it made with every attempt until one is answered, and
// an attempt whose answer was lost (the link dropped, the server gave up on a database that carried the write out
// late) may have made the session all the same. Found by its token's hash, here or in the log (any server of a
// cluster may have made it), that session is the answer, and nothing is logged; a team's token is refused.
import type { Session } from '../live'
import type { Problem } from '../scenario'
import type { LoggedSession } from './event-log'
import { type Failure, fail } from './failure'
import { type Holdings, loadSession } from './session-restore'

/** The session a create made: held here, or, made before by a create sent again, held by another server. */
export type Made = {
  readonly ok: true
  readonly token: string
} /** `warnings`: those of an imported scenario the create just read, told to its facilitator. */ & (
  | { readonly session: Session; readonly warnings?: readonly Problem[] }
  | { readonly elsewhere: LoggedSession }
)

/**
 * The session `tokenHash`'s facilitator already has, if a create with this token was carried out before: held here,
 * read from the log when this server holds its lease (a create it gave up on, which the log carried out late), or
 * else named for the server that holds it. A token a team of a session here holds is refused.
 */
export async function createdBefore(
  h: Holdings,
  stillMine: (session: Session['id']) => Promise<boolean>,
  token: string,
  tokenHash: string,
): Promise<Made | Failure | undefined> {
  const seat = h.held.seatOf(tokenHash)
  if (seat?.identity.kind === 'team')
    return fail('conflict', "this token is a team's: a session is created with a token of its own")
  const here = seat && h.held.get(seat.session)
  if (here) return { ok: true, token, session: here }
  const logged = await h.log.facilitatorOf(tokenHash)
  if (!logged) return undefined
  if (!(await stillMine(logged.id))) return { ok: true, token, elsewhere: logged }
  const failed = await loadSession(h, logged.id, logged.code, logged.lastAt)
  if (failed) throw new Error(`session ${logged.id} no longer replays from the log: ${failed.message}`)
  const read = h.held.get(logged.id)
  if (!read) throw new Error(`session ${logged.id} was read from the log but is not held`)
  return { ok: true, token, session: read }
}
