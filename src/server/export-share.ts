// How often one facilitator's results may be exported: over the socket and over HTTP together, since either
// computes every finished table's outcome it lacks and writes the whole file. Keyed by the facilitator token's
// hash, as the seat is kept, and taken only once the token has been found to be the facilitator's.
import { LIMITS } from '../live/protocol'
import { keyedLimiter } from './throttle'

export interface ExportShare {
  /** Takes one of the seat's exports: 0 if one was free, else how long until one is, in ms. */
  take(tokenHash: string, now: number): number
}

export function exportShare(): ExportShare {
  const exports = keyedLimiter(LIMITS.exportBurst, LIMITS.exportBurst * LIMITS.exportEveryMs)
  return {
    take: (tokenHash, now) =>
      exports.take(tokenHash, now) ? 0 : Math.max(1, exports.waitMs(tokenHash, now)),
  }
}
