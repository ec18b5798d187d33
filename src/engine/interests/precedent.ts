// The precedent: Russian-led troops sent into one member's internal conflict can be sent into any member's, and a
// member that values its independence from Moscow pays for that as for a loss of its own.
import type { ActorId, Facts, Scenario } from '../../scenario/types'
import type { Course, Deployment } from '../decisions/types'
import { deploymentOf } from '../outcomes/deployment'
import { borderCost } from './neighbour'

/**
 * How much a deciding member minds the precedent: its own weight on independence from Moscow, where positive. Only
 * the members that vote on a force pay it: the requester asked for the force and pays its own loss of independence
 * on the indicator, and Moscow, whose force it is, has no precedent to fear. Tashkent is the case: it insisted that
 * the collective forces must never be used in a member's internal conflicts, and suspended its membership when
 * the others would not agree (tass-2012-note, tass-2012-suspended).
 */
export function precedentWeight(scenario: Scenario, voters: readonly ActorId[], actor: ActorId): number {
  return voters.includes(actor) ? Math.max(0, scenario.actors[actor]!.interests.sovereignty) : 0
}

/**
 * What a course's force costs, in utility, a member whose weight on its own independence is 1, as a precedent: in
 * an internal conflict, the loss of independence the host takes from the same presence (borderCost), which is what
 * the same force would take from the member if it were turned on it. The framing does not lessen it: a claim of a
 * foreign hand answers the reading of Article 4 (normBreach), but it is the claim the next government would make
 * too (Beliakova 2022 on false externalization). Against an attacker from outside, or a fellow member, a force is
 * the treaty at work and sets no such precedent.
 */
export function precedentCost(
  ctx: Parameters<typeof borderCost>[0] & { readonly facts: Facts },
  d: Deployment,
): number {
  return ctx.facts.adversary.kind === 'internal' ? borderCost(ctx, d) : 0
}

/** What a course costs one member as a precedent, in utility (0 for a member that does not vote or value its independence). */
export const precedentOf = (
  ctx: Parameters<typeof precedentCost>[0] & { readonly precedentWeight: readonly number[] },
  course: Course,
  actor: number,
): number =>
  ctx.precedentWeight[actor]! === 0
    ? 0
    : ctx.precedentWeight[actor]! * precedentCost(ctx, deploymentOf(course))
