// The check that a scenario's own hours come in the order the game plays its stages (references.ts runs it). It is
// apart from the clock (stage-hours.ts) because its words are the checker's English table, which the game's screens
// read the clock without: tests/entry-imports.test.ts holds the first page free of that table.
import { type Dated, stageHours, TIMED_STAGES, type TimedStage, VOTE_STEP } from './stage-hours'
import { type Said, said } from './wording/en'

/**
 * The stages a scenario times out of order, each at the later of the two it gives (or the one it gives). The
 * Council's votes run half an hour apart from the vote's hour, one for each member but the leading one at most,
 * so the landing must come after the last of them.
 */
export function hoursOutOfOrder(
  scenario: Dated & { readonly members: readonly string[] },
): { readonly stage: TimedStage; readonly what: Said }[] {
  const given = scenario.dates.hours ?? {}
  const hours = stageHours(scenario)
  const lastVote = hours.vote + VOTE_STEP * Math.max(0, scenario.members.length - 2)
  const found: { stage: TimedStage; what: Said }[] = []
  TIMED_STAGES.forEach((stage, i) => {
    if (i === 0) return
    const before = TIMED_STAGES[i - 1]!
    const after = before === 'vote' ? lastVote : hours[before]
    if (hours[stage] > after) return
    const at = given[stage] !== undefined ? stage : before
    found.push({
      stage: at,
      what: said('hours-out-of-order', {
        stage,
        hour: hours[stage],
        before,
        beforeHour: after,
        votes: before === 'vote' && after !== hours.vote,
      }),
    })
  })
  return found
}
