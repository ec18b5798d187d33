// The scenario file's `dates.hours`, as the schema reads it. Apart from the clock (stage-hours.ts), which the game's
// screens read on their first load, so that those do not bring zod with them.
import { z } from 'zod'
import { LATEST_HOUR } from './stage-hours'

/** An hour of a stage: from midnight of the day of decision to thirty days after it. */
const hour = z.number().min(0).max(LATEST_HOUR)

/** The scenario's `dates.hours`: any of the stages, each at its hour. */
export const StageHoursField = z.strictObject({
  request: hour.optional().describe('When the request for help comes, e.g. 21 for 21:00'),
  response: hour.optional().describe("When Moscow's answer comes"),
  vote: hour.optional().describe("When the Council's first vote comes; the others follow half an hour apart"),
  landing: hour.optional().describe('When the first troops land, if troops go (30 is 06:00 the next day)'),
  reaction: hour.optional().describe("When the neighbouring great power's reaction comes"),
  exit: hour.optional().describe('When the requester decides whether the troops stay'),
})
