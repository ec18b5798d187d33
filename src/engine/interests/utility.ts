// Utility: how much an actor likes an outcome, from its weights over the indicators and two terms of its own:
// its reading of "aggression", and, for a member that joins a force, the cost of sending its soldiers.
import type { Facts } from '../../scenario/types'
import type { Course, Grant } from '../decisions/types'
import { deploymentOf, WEIGHT } from '../outcomes/deployment'
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
 * What joining a collective force costs a member: soldiers abroad, and at home an unpopular decision (the Kyrgyz
 * parliament approved its company for Kazakhstan grudgingly; Freriks 2022), more as the mission grows riskier.
 * It is paid in the Council, on the vote that commits the soldiers; a member that stays out, or blocks, pays
 * none of it. Observers are officers of the secretariat and cost a member nothing.
 */
export const PARTICIPATION_BASE = 0.01
export const PARTICIPATION_RISK = 0.15

export function participationCost(facts: Facts, grant: Grant): number {
  if (grant.force === 'observers') return 0
  return (
    PARTICIPATION_BASE +
    PARTICIPATION_RISK * EXPOSURE[grant.mission][facts.threat.kind] * facts.threat.armedViolence
  )
}
