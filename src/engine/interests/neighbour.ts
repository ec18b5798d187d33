// A member next door: Russian troops sent to a state whose land it borders stand at its own border, and cost its
// own independence as they cost the host's.
import type { Actor, ActorId, Scenario } from '../../scenario/types'
import type { Course, Deployment, Unit } from '../decisions/types'
import { deploymentOf } from '../outcomes/deployment'
import { independenceLoss } from '../outcomes/force-effects'

/** What the cost reads from the model's context (ModelContext, which builds on this file). */
type RussianShares = { readonly russianShare: Readonly<Record<Unit, number>> }

/** Whether two actors share a land border: either profile lists the other (docs/authoring.md). */
export const shareBorder = (a: Actor, b: Actor): boolean =>
  a.borders.includes(b.id) || b.borders.includes(a.id)

/**
 * How much a deciding member minds Russian troops at its own border: its own weight on independence from Moscow
 * when its land borders the requester's, else 0. Only the members that vote on a force (not the requester, not
 * Russia) pay it, and a member that does not value its independence (a weight of 0 or less) pays nothing and gains
 * nothing. Tashkent, with the Ferghana Valley shared with Kyrgyzstan and Tajikistan, is the case: it refused to
 * join the collective forces, insisted they never be used in a member's internal conflicts, and suspended its
 * membership in 2012 (tass-2012-note, tass-2012-suspended).
 */
export function neighbourWeight(scenario: Scenario, voters: readonly ActorId[], actor: ActorId): number {
  const a = scenario.actors[actor]!
  if (!voters.includes(actor) || !shareBorder(a, scenario.actors[scenario.requester]!)) return 0
  return Math.max(0, a.interests.sovereignty)
}

/**
 * What a course's force costs, in utility, a member whose weight on its own independence is 1 and whose land
 * borders the host: the host's loss of independence from the same presence (independenceLoss), on the same
 * scale as an indicator. It grows with the force's weight, Russia's share of it and the stay, and is larger for
 * Russia's troops alone; observers cost next to nothing, and a force that never deploys nothing at all.
 */
export function borderCost(ctx: RussianShares, d: Deployment): number {
  return d.kind === 'deployed' ? independenceLoss(d, ctx.russianShare[d.unit]) / 50 : 0
}

/** What a course costs one member at its border, in utility (0 for a member not next door). */
export const neighbourCost = (
  ctx: RussianShares & { readonly neighbourWeight: readonly number[] },
  course: Course,
  actor: number,
): number =>
  ctx.neighbourWeight[actor]! === 0 ? 0 : ctx.neighbourWeight[actor]! * borderCost(ctx, deploymentOf(course))
