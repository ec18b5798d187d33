// Whether the game, from a course, can still come to a decision of one of some actors: the live screens ask it for
// a team waiting on another ("your turn comes after the reveal", or "your part is played"). Asked of the game's own
// rules (nextDecision, every option of every point), never restated, so it cannot promise a turn the game never
// deals out or deny one it does.
import type { ActorId } from '../../scenario/types'
import type { ModelContext } from '../outcomes/context'
import { applyDecision, nextDecision } from './game'
import type { Course } from './types'

/**
 * True when some course on from `course`, whatever the others choose, comes to a decision of one of `actors`
 * (the decision awaited now included); false when none does. A walk of the game's tree from the course, which
 * stops at the first such decision: at most the tree's few thousand points.
 */
export function decidesAgain(ctx: ModelContext, course: Course, actors: ReadonlySet<ActorId>): boolean {
  const point = nextDecision(ctx, course)
  if (!point) return false
  if (actors.has(point.actor)) return true
  return point.options.some((option) => decidesAgain(ctx, applyDecision(course, point, option), actors))
}
