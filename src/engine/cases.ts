// The historical cases side by side: each one's facts, the treaty text in force, the engine's game with its
// verdict rule by rule, and the record, for the page a course compares the cases on.
import type { Scenario } from '../scenario/types'
import { compareWithHistory, type HistoryComparison } from './history'
import { play } from './play'
import type { Verdict } from './treaty/verdict'

export interface CaseRow {
  readonly scenario: Scenario
  /** The rules read against the engine's own request (or its absence), under the text in force on `treatyDay`. */
  readonly verdict: Verdict
  /** The engine's game beside the record, aspect by aspect. */
  readonly game: HistoryComparison
}

/** The game number every case is played on, so the page reads the same for everyone. */
export const CASE_GAME = 1

/**
 * Every historical scenario with a record, oldest first by its start (chronology, not the day the treaty is read);
 * hypotheticals have no record to set beside.
 */
export function compareCases(scenarios: readonly Scenario[]): CaseRow[] {
  return scenarios
    .filter((s) => s.kind === 'historical' && s.history)
    .sort((a, b) => a.dates.start.localeCompare(b.dates.start) || a.id.localeCompare(b.id))
    .flatMap((scenario) => {
      const result = play(scenario, { seed: CASE_GAME })
      if (result.status !== 'finished') return []
      const { course, contingent, verdict } = result.report
      const game = compareWithHistory(scenario, course, contingent)
      return game ? [{ scenario, verdict, game }] : []
    })
}
