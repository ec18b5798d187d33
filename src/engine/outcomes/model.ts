// The outcome model: each indicator as a sum of named contributions, from the facts and the course taken.
// Written once against a sink, so the solver, the Monte Carlo and the debrief share it. The contributions come in
// two parts: those the Monte Carlo's draws change (drawn.ts) and those they do not (settled.ts), so that a
// thousand runs of one course add the second part once.
import type { Course, Deployment } from '../decisions/types'
import type { ModelContext } from './context'
import { deploymentOf } from './deployment'
import { emitDrawn } from './drawn'
import type { Latent } from './force-effects'
import { emitSettled } from './settled'
import type { Sink } from './sink'

export { type Latent, MEAN_LATENT } from './force-effects'
export type { Sink } from './sink'

/**
 * Emits every contribution to every indicator except China's satisfaction (see evaluate.ts). A caller that
 * evaluates one course many times (the Monte Carlo, a leaf's indicators and utilities) passes its deployment.
 */
export function emitOutcomes(
  ctx: ModelContext,
  course: Course,
  latent: Latent,
  sink: Sink,
  d: Deployment = deploymentOf(course),
): void {
  emitSettled(ctx, course, d, sink)
  emitDrawn(ctx, course, d, latent, sink)
}
