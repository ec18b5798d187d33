// The rates a client is held to beyond its own socket's (transport.ts has that one): per address, what it creates,
// joins and guesses; per seat, the changes it makes, the resumes it asks for and the facilitator's exports
// (export-share.ts, which the results over HTTP take from too); per session, the rejoin codes its facilitator
// draws. Counted where the client connects, every attempt, refused ones too.
import { type ClientEvent, LIMITS } from '../live/protocol'
import type { ExportShare } from './export-share'
import { fail, failBecause } from './failure'
import type { Guesses } from './guesses'
import type { ServerLimits } from './limits'
import type { LiveSessions } from './live-sessions'
import { roomOf } from './rooms'
import type { Seat } from './session-registry'
import { keyedLimiter } from './throttle'
import { hashToken } from './tokens'

/**
 * Rejoin codes one session may draw: a few at once (a facilitator letting several teams back in, or pressing
 * again for a team that misheard), then one a minute. Each is an event in the log, which a seat's two changes a
 * second would otherwise grow by thousands an hour.
 */
const READMITS_AT_ONCE = 10
const READMIT_EVERY_MS = 60_000

/** Why a message is refused now, or undefined if it may go on. */
export type RateCheck = (
  event: ClientEvent,
  message: unknown,
  address: string,
  seat: Seat | undefined,
) => object | undefined

export function clientRates(
  live: LiveSessions,
  limits: Pick<ServerLimits, 'createsPerHour' | 'joinsPerMinute'>,
  misses: Guesses,
  exports: ExportShare,
): RateCheck {
  const { createsPerHour, joinsPerMinute } = limits
  const creates = keyedLimiter(createsPerHour, 60 * 60 * 1000)
  const joins = keyedLimiter(joinsPerMinute, 60 * 1000)
  const readmits = keyedLimiter(READMITS_AT_ONCE, READMITS_AT_ONCE * READMIT_EVERY_MS)
  const seatChanges = keyedLimiter(LIMITS.seatBurst, (LIMITS.seatBurst / LIMITS.seatPerSecond) * 1000)
  // Keyed by the token's hash, as the seat's is kept: a seat is one token, and only who holds it spends it.
  const resumes = keyedLimiter(
    LIMITS.seatResumeBurst,
    (LIMITS.seatResumeBurst / LIMITS.seatResumesPerSecond) * 1000,
  )

  return (event, message, address, seat) => {
    const now = live.now()
    const guess = misses.refusal(event, message, address, now)
    if (guess) return guess
    if (event === 'session:create' && !creates.take(address, now))
      return fail(
        'rate-limited',
        `at most ${createsPerHour} sessions an hour may be created from one address: try again later`,
      )
    if (event === 'team:join' && !joins.take(address, now))
      return fail(
        'rate-limited',
        `at most ${joinsPerMinute} teams a minute may join from one address: try again in a moment`,
      )
    if (event === 'team:resume' || event === 'facilitator:resume') {
      const key = hashToken((message as { token: string }).token)
      if (!resumes.take(key, now)) {
        const retryAfterMs = resumes.waitMs(key, now)
        return failBecause(
          'rate-limited',
          `one seat may be resumed at most ${LIMITS.seatResumeBurst} times at once, then ${LIMITS.seatResumesPerSecond} a second: reload in ${Math.ceil(retryAfterMs / 1000)} s`,
          'resumes-spent',
          retryAfterMs,
        )
      }
    }
    if (
      (event === 'facilitator:command' || event === 'facilitator:readmit' || event === 'team:submit') &&
      seat &&
      !seatChanges.take(roomOf(seat.session, seat.identity), now)
    )
      return fail(
        'rate-limited',
        `slow down: one seat may make at most ${LIMITS.seatPerSecond} changes a second`,
      )
    if (event === 'facilitator:export' && seat?.identity.kind === 'facilitator') {
      const retryAfterMs = exports.take(seat.tokenHash ?? roomOf(seat.session, seat.identity), now)
      if (retryAfterMs > 0) {
        return failBecause(
          'rate-limited',
          `the results may be exported ${LIMITS.exportBurst} times at once, then once every ${LIMITS.exportEveryMs / 1000} s: try again in ${Math.ceil(retryAfterMs / 1000)} s`,
          'exports-spent',
          retryAfterMs,
        )
      }
    }
    // Only the facilitator's readmits spend the session's codes, and only the facilitator is told when the next
    // comes: anyone else's is refused by its handler as not the facilitator's.
    if (
      event === 'facilitator:readmit' &&
      seat?.identity.kind === 'facilitator' &&
      !readmits.take(seat.session, now)
    ) {
      const retryAfterMs = readmits.waitMs(seat.session, now)
      return failBecause(
        'rate-limited',
        `at most ${READMITS_AT_ONCE} codes to let a team back in may be drawn at once, then one a minute: read out the one on the screen, or draw the next in ${Math.ceil(retryAfterMs / 1000)} s`,
        'readmits-drawn',
        retryAfterMs,
      )
    }
    return undefined
  }
}
