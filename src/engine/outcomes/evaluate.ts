// One outcome, as numbers: the indicators (clamped to 0–100) and every actor's utility.
import { clamp } from '../clamp'
import type { Course } from '../decisions/types'
import { borderCost } from '../interests/neighbour'
import { precedentCost } from '../interests/precedent'
import { memberJoiningCost, NORM_WEIGHT, normBreach, utilityOf } from '../interests/utility'
import type { ModelContext } from './context'
import { deploymentOf, letThrough } from './deployment'
import { INDICATOR_INDEX as I, INDICATORS } from './indicators'
import { emitOutcomes, type Latent } from './model'
import { type Sink, SumInto } from './sink'

/** China's satisfaction is China's own utility over the other indicators, on the 0–100 scale. */
export function chinaSatisfaction(ctx: ModelContext, x: Float64Array): number {
  if (!ctx.chinaWeights) return 50
  let u = 0
  for (let k = 0; k < x.length; k++) if (k !== I.chinaSatisfaction) u += ctx.chinaWeights[k]! * (x[k]! - 50)
  return clamp(50 + u, 0, 100)
}

/** Fills `out` with the indicators of a finished course under the given draws of the uncertain quantities. */
export function indicatorsOf(
  ctx: ModelContext,
  course: Course,
  latent: Latent,
  out: Float64Array,
  sink: Sink = new SumInto(out),
  d = deploymentOf(course),
): Float64Array {
  out.fill(0)
  emitOutcomes(ctx, course, latent, sink, d)
  return settleIndicators(ctx, out)
}

/** Turns summed contributions into indicators: each clamped to 0–100, then China's satisfaction from them. */
export function settleIndicators(ctx: ModelContext, out: Float64Array): Float64Array {
  for (let k = 0; k < INDICATORS.length; k++) out[k] = clamp(out[k]!, 0, 100)
  out[I.chinaSatisfaction] = chinaSatisfaction(ctx, out)
  return out
}

/**
 * Every actor's utility for a course with these indicators, in `ctx.actors` order, each member's reading of
 * "aggression", the cost of Russian troops at its own border and the precedent of a force sent into an internal
 * conflict included: the members' own costs of joining a force are paid on their votes if the force goes
 * (crisisTree), and added by utilitiesWithCosts for a whole course.
 */
export function utilitiesOf(
  ctx: ModelContext,
  course: Course,
  x: Float64Array,
  u = new Float64Array(ctx.weights.length),
  d = deploymentOf(course),
): Float64Array {
  const breach = normBreach(ctx.facts, course, d)
  const border = borderCost(ctx, d)
  const precedent = precedentCost(ctx, d)
  for (let i = 0; i < u.length; i++)
    u[i] =
      utilityOf(ctx.weights[i]!, x) -
      NORM_WEIGHT * ctx.strictness[i]! * breach -
      ctx.neighbourWeight[i]! * border -
      ctx.precedentWeight[i]! * precedent
  return u
}

/** Every actor's utility for a whole course, the costs of joining a force the Council let through included. */
export function utilitiesWithCosts(ctx: ModelContext, course: Course, x: Float64Array): Float64Array {
  const u = utilitiesOf(ctx, course, x)
  if (letThrough(course))
    for (const v of course.votes)
      if (v.vote.kind === 'consent')
        u[ctx.index.get(v.actor)!]! -= memberJoiningCost(ctx, course.response, v.actor)
  return u
}
