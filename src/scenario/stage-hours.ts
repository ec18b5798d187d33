// When each stage of a crisis comes, in hours after midnight of the day of its first decision (the crisis's local
// time): the scenario's own `dates.hours` where it gives them, else a day's pace of diplomacy. The resolution dates
// its dispatches by them; a scenario's hours must come in the order the game plays the stages. The schema's field
// for them is stage-hours-field.ts and the check of their order stage-hours-order.ts: the game's screens read this
// clock, and neither zod nor the checker's English words are part of their first load.

/** The stages the resolution dates, in the order it tells them. */
export const TIMED_STAGES = ['request', 'response', 'vote', 'landing', 'reaction', 'exit'] as const
export type TimedStage = (typeof TIMED_STAGES)[number]
export type StageHours = Readonly<Record<TimedStage, number>>

/** The game's own clock, for a scenario that gives no hours: request at 09:00, landing at 06:00 the next day. */
export const DEFAULT_HOURS: StageHours = {
  request: 9,
  response: 15,
  vote: 20,
  landing: 30,
  reaction: 36,
  exit: 202,
}
/** Votes come half an hour apart, from the vote's hour. */
export const VOTE_STEP = 0.5
/** The latest hour a scenario may give: thirty days after midnight of the day of decision. */
export const LATEST_HOUR = 720

/** What the clock reads of a scenario: its own hours, where it gives any. */
export type Dated = { readonly dates: { readonly hours?: Partial<StageHours> | undefined } }

/** The hour of each stage for a scenario: its own where it gives one, the game's clock for the rest. */
export function stageHours(scenario: Dated): StageHours {
  return { ...DEFAULT_HOURS, ...scenario.dates.hours }
}

/** Whether the scenario times any stage itself, so the resolution's times follow its record. */
export const givesHours = (scenario: Dated): boolean => Object.keys(scenario.dates.hours ?? {}).length > 0
