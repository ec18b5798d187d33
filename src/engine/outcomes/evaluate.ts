// One outcome, as numbers: the indicators (clamped to 0–100) and every actor's utility.
import { clamp } from '../clamp'
import type { Course } from '../decisions/types'
import { NORM_WEIGHT, normBreach, utilityOf } from '../interests/utility'
import type { ModelContext } from './context'
import { INDICATOR_INDEX as I, INDICATORS } from './indicators'
import { type Emit, emitOutcomes, type Latent } from './model'

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
  emit: Emit = sumInto(out),
): Float64Array {
  out.fill(0)
  emitOutcomes(ctx, course, latent, emit)
  for (let k = 0; k < INDICATORS.length; k++) out[k] = clamp(out[k]!, 0, 100)
  out[I.chinaSatisfaction] = chinaSatisfaction(ctx, out)
  return out
}

/** An emitter that adds every contribution into `out`: make one per buffer and reuse it. */
export const sumInto =
  (out: Float64Array): Emit =>
  (k, v) => {
    out[k]! += v
  }

/** Every actor's utility for a course with these indicators, in `ctx.actors` order. */
export function utilitiesOf(ctx: ModelContext, course: Course, x: Float64Array): Float64Array {
  const breach = normBreach(ctx.facts, course)
  const u = new Float64Array(ctx.weights.length)
  for (let i = 0; i < u.length; i++)
    u[i] = utilityOf(ctx.weights[i]!, x) - NORM_WEIGHT * ctx.strictness[i]! * breach
  return u
}
