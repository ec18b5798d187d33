// The troops a game has sent so far, whose and how many. The report gives them once the game is over, but a game
// that waits for a player after the Council's last vote (for Beijing's reaction, say) has sent them already, and
// its screens must name the same force the report will.
import type { ActorId } from '../scenario/types'
import { applyDecision, EMPTY_COURSE, nextDecision } from './decisions/game'
import type { Course, Decision, Stage } from './decisions/types'
import type { ModelContext } from './outcomes/context'
import { type Contingent, contingentOf, deploymentOf } from './outcomes/deployment'

/** The course a game's moves make, in the order they were made: where a game stands while it waits. */
export const courseAfter = (
  moves: readonly { readonly stage: Stage; readonly actor: ActorId; readonly decision: Decision }[],
): Course =>
  moves.reduce(
    (c, m) => applyDecision(c, { stage: m.stage, actor: m.actor, options: [] }, m.decision),
    EMPTY_COURSE,
  )

/**
 * The force a course sends, or undefined while none is on its way. A collective force goes only once every member
 * has voted, since one still to vote could block it; after that the later moves (Beijing's reaction, the host's
 * exit) can shorten its stay, but change neither who sends troops nor how many. A member that stayed out of the
 * decision sends none.
 */
export function contingentSent(ctx: ModelContext, course: Course): Contingent | undefined {
  const deployment = deploymentOf(course)
  if (deployment.kind !== 'deployed' || nextDecision(ctx, course)?.stage === 'vote') return undefined
  const stayedOut = new Set(course.votes.filter((v) => v.vote.kind === 'abstain').map((v) => v.actor))
  return contingentOf(ctx.scenario, deployment.unit, ctx.leader, stayedOut)
}
