// Utility: how much an actor likes an outcome, from its weights and one norm — its reading of "aggression".
import type { Facts } from '../../scenario/types'
import type { Course } from '../decisions/types'
import { deploymentOf, WEIGHT } from '../outcomes/deployment'
import { falsity } from '../outcomes/model'

/** How strongly a strict reader of Article 4 minds a deployment into an internal conflict. */
export const NORM_WEIGHT = 1.5

/** Indicators run 0–100 with 50 as neutral: utility is the weighted sum of (x − 50) / 50. */
export function utilityOf(weights: Float64Array, indicators: Float64Array): number {
  let u = 0
  for (let k = 0; k < weights.length; k++) u += (weights[k]! * (indicators[k]! - 50)) / 50
  return u
}

/**
 * How much formal cover a foreign framing gives a strict reader: a claim of foreign-trained
 * terrorists, however thin, lets it say the attack came from outside (Kazakhstan 2022 — seeds 002, 004).
 */
export const FRAMING_COVER = 0.65

/**
 * How far a course breaches the 2010 reading that only outside attacks count: a deployment into an
 * internal conflict breaches it fully when framed as internal; framed as foreign, only as far as the
 * claim overclaims, less the cover it gives. Uzbekistan's objection to internal use in 2010 is the case (seed 001).
 */
export function normBreach(facts: Facts, course: Course): number {
  const d = deploymentOf(course)
  if (d.kind !== 'deployed' || facts.adversary.kind !== 'internal' || course.request?.kind !== 'request')
    return 0
  const claim =
    course.request.framing === 'internal-unrest'
      ? 1
      : (1 - FRAMING_COVER) * falsity(facts, course.request.framing)
  return claim * (0.3 + 0.7 * WEIGHT[d.grant.force])
}
