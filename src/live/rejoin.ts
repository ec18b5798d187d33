// Letting a team back in after it lost its device: the facilitator opens a one-time rejoin code for it, and the
// team redeems it on another device, which takes the seat over with a new token. Pure: the code is drawn, and
// hashed, by the caller; only its hash reaches these rules and the log.

import type { Decided, Identity, Rejection } from './decide'
import type { SessionChange } from './events'
import { REJOIN_MINUTES, type RefusalReason } from './protocol'
import type { Session, TeamId } from './types'

const no = (code: Rejection['code'], message: string, reason?: RefusalReason): Decided => ({
  ok: false,
  error: reason ? { code, message, reason } : { code, message },
})
const yes = (...events: SessionChange[]): Decided => ({ ok: true, events })

/**
 * Rejoin codes the facilitator may draw for one team, over the session: a team that loses its device, or mishears
 * its code, a few times in a workshop; twice the ten a session may draw at once. The server's rate (client-rates.ts)
 * then lets a session draw one a minute, and each is an event in the log: without this, one a minute for as long as
 * the session lasts.
 */
export const READMITS_PER_TEAM = 20

/** A new rejoin code for `team`, good for REJOIN_MINUTES: the one it replaces stops working. */
export function decideReadmit(
  s: Session,
  who: Identity,
  team: string,
  codeHash: string,
  now: number,
): Decided {
  if (who.kind !== 'facilitator') return no('forbidden', 'only the facilitator can let a team back in')
  if (s.phase.kind === 'finished') return no('conflict', 'the session is over')
  const found = s.teams.find((t) => t.id === team)
  if (!found) return no('not-found', 'no such team in this session')
  if ((s.readmits[found.id] ?? 0) >= READMITS_PER_TEAM)
    return no(
      'conflict',
      `at most ${READMITS_PER_TEAM} codes may be drawn to let one team back in`,
      'team-readmits-spent',
    )
  return yes({
    kind: 'readmit-opened',
    at: now,
    team: found.id,
    codeHash,
    expiresAt: now + REJOIN_MINUTES * 60_000,
  })
}

export interface RejoinRequest {
  /** The hash of the normalised rejoin code the team typed, as the readmit's was made (hashRejoinCode). */
  readonly codeHash: string
  /** SHA-256 of the browser asking, where known: a browser holds one team of a session. */
  readonly browser?: string | undefined
}

/**
 * The team whose pending code this is takes its seat on the asking browser, with the new token's hash. A wrong,
 * used or replaced code reads the same as a code that never was; only the team's latest, expired, says so. Once
 * the session is over no code admits, one drawn before included, whatever is typed: there is no seat left to
 * take back (the debrief can be shown on the projector), as a readmit is refused then too.
 */
export function decideRejoin(s: Session, request: RejoinRequest, tokenHash: string, now: number): Decided {
  // The same rejoin sent again after its code was redeemed (its first answer lost): the seat it took, nothing to log.
  if (s.teams.some((t) => t.tokenHash === tokenHash)) return yes()
  if (s.facilitatorHash === tokenHash) return no('conflict', "a team's token cannot be the facilitator's")
  if (s.phase.kind === 'finished') return no('conflict', 'the session is over: there is no seat to take back')
  const team = s.teams.find((t) => t.rejoin?.codeHash === request.codeHash)
  if (!team?.rejoin)
    return no(
      'not-found',
      'that rejoin code is not right, or it has been used: check it with the facilitator',
    )
  if (now >= team.rejoin.expiresAt)
    return no(
      'not-found',
      'that rejoin code has expired: ask the facilitator for a new one',
      'rejoin-expired',
    )
  const { browser } = request
  const other =
    browser === undefined ? undefined : s.teams.find((t) => t.browser === browser && t.id !== team.id)
  if (other)
    return no(
      'conflict',
      `this browser has already joined this session as "${other.name}": rejoin on another device`,
      'browser-joined',
    )
  return yes({
    kind: 'rejoined',
    at: now,
    team: team.id as TeamId,
    tokenHash,
    ...(browser === undefined ? {} : { browser }),
  })
}
