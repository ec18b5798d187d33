// The facilitator's results, as a file: asked for over the socket or over HTTP, by the facilitator's token.
import { knownOutcome, missingOutcomes, resultsFile, type Session } from '../live'
import type { OutcomePool } from './outcome-pool'

/** The results file, once the outcome worker has every finished table's outcome. */
export async function exportFile(s: Session, format: 'json' | 'csv', pool: OutcomePool, now: number) {
  await Promise.all(missingOutcomes(s).map((t) => pool.outcome(s, t)))
  return resultsFile(s, format, now, knownOutcome)
}
