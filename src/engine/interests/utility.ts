// Utility: how much an actor likes an outcome, from its weights over the indicators and two terms of its own:
// its reading of "aggression", and, for a member that joins a force with soldiers of its own, the cost of sending them.
import type { ActorId, Facts, Scenario } from '../../scenario/types'
import type { Course, Grant } from '../decisions/types'
import { contingentOf, deploymentOf, WEIGHT } from '../outcomes/deployment'
import { falsity } from '../outcomes/falsity'
import { EXPOSURE } from '../outcomes/force-effects'

/** How strongly a strict reader of Article 4 minds a collective deployment into an internal conflict. */
export const NORM_WEIGHT = 1.5

/** Indicators run 0–100 with 50 as neutral: utility is the weighted sum of (x − 50) / 50. */
export function utilityOf(weights: Float64Array, indicators: Float64Array): number {
  let u = 0
  for (let k = 0; k < weights.length; k++) u += (weights[k]! * (indicators[k]! - 50)) / 50
  return u
}

/**
 * How much formal cover a foreign framing gives a strict reader: a claim of foreign-trained terrorists,
 * however thin, lets it say the attack came from outside (Kazakhstan 2022; Beliakova 2022, Libman and
 * Davidzon 2023).
 */
export const FRAMING_COVER = 0.65

/**
 * How far a course breaches the reading that only outside attacks count: a collective deployment into an
 * internal conflict breaches it fully when framed as internal; framed as foreign, only as far as the claim
 * overclaims, less the cover it gives. Russia's own troops, sent outside the alliance, are not the alliance's
 * to answer for. Uzbekistan's objection to internal use in 2010 is the case (Freriks 2022).
 */
export function normBreach(facts: Facts, course: Course, d = deploymentOf(course)): number {
  if (
    d.kind !== 'deployed' ||
    d.channel !== 'alliance' ||
    facts.adversary.kind !== 'internal' ||
    course.request?.kind !== 'request'
  )
    return 0
  const claim =
    course.request.framing === 'internal-unrest'
      ? 1
      : (1 - FRAMING_COVER) * falsity(facts, course.request.framing)
  return claim * (0.3 + 0.7 * WEIGHT[d.unit])
}

/**
 * What joining a collective force costs a member that sends soldiers to it: soldiers abroad, and at home an
 * unpopular decision (the Kyrgyz parliament approved its company for Kazakhstan grudgingly, and Pashinyan was
 * attacked at home for sending Armenia's; Freriks 2022), more as the mission grows riskier. It is paid in the
 * Council, on the vote that commits the soldiers; a member that stays out, or blocks, pays none of it. Consent alone
 * commits no soldiers: a member whose contingent is zero (Uzbekistan in 2010, Armenia after its freeze of 2024) pays
 * only what its reading of the treaty charges (normBreach). Observers are officers of the secretariat and cost a
 * member nothing.
 */
export const PARTICIPATION_BASE = 0.01
export const PARTICIPATION_RISK = 0.15

export function participationCost(facts: Facts, grant: Grant, troops: number): number {
  if (grant.force === 'observers' || troops <= 0) return 0
  return (
    PARTICIPATION_BASE +
    PARTICIPATION_RISK * EXPOSURE[grant.mission][facts.threat.kind] * facts.threat.armedViolence
  )
}

/** The soldiers a member sends to the whole force a grant puts to the Council (contingentOf): 0 for the host, or a zero contingent. */
export function troopsSentBy(scenario: Scenario, leader: ActorId, grant: Grant, actor: ActorId): number {
  if (grant.force === 'observers') return 0
  return contingentOf(scenario, grant.force, leader).shares.find((s) => s.actor === actor)?.troops ?? 0
}

/** A member's cost of consenting to a grant: what joining costs, if it sends anyone. */
export const memberJoiningCost = (
  ctx: { readonly scenario: Scenario; readonly facts: Facts; readonly leader: ActorId },
  grant: Grant,
  actor: ActorId,
): number =>
  grant.force === 'observers'
    ? 0
    : participationCost(ctx.facts, grant, troopsSentBy(ctx.scenario, ctx.leader, grant, actor))
