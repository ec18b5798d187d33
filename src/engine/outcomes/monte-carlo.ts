// Outcome distributions: the model run many times over seeded draws of what nobody can know in advance.
import { clamp } from '../clamp'
import type { Course } from '../decisions/types'
import type { EngineMemory } from '../memory'
import { createRandom } from '../random'
import type { ModelContext } from './context'
import { deploymentOf } from './deployment'
import { emitDrawn } from './drawn'
import { chinaSatisfaction, indicatorsOf, settleIndicators } from './evaluate'
import { INDICATOR_INDEX as I, INDICATORS, type Indicator } from './indicators'
import type { ContributionLabel } from './labels'
import { emitOutcomes, type Latent, MEAN_LATENT } from './model'
import { emitSettled } from './settled'
import { SumInto } from './sink'

export interface Contribution {
  readonly label: ContributionLabel
  readonly value: number
}

export interface IndicatorOutcome {
  readonly indicator: Indicator
  readonly median: number
  readonly p10: number
  readonly p90: number
  /** The value with every uncertain quantity at its mean, and what it is made of. */
  readonly expected: number
  readonly contributions: readonly Contribution[]
}

export type Outcomes = Readonly<Record<Indicator, IndicatorOutcome>>

/**
 * The uncertainty the runs draw, documented in docs/model.md: how well the force performs
 * (sd 25%), whether the crisis grows or fades by itself (sd 0.1 of the threat), and everything
 * else the model leaves out, as noise of 3 points on each indicator.
 */
export const UNCERTAINTY = { forceEffectSd: 0.25, momentumSd: 0.1, noiseSd: 3 } as const

/** The outcome bands of a course over `runs` seeded draws; `memory` lends room for the samples (see EngineMemory). */
export function monteCarlo(
  ctx: ModelContext,
  course: Course,
  seed: number,
  runs: number,
  memory?: EngineMemory,
): Outcomes {
  const random = createRandom(seed)
  const n = INDICATORS.length
  // Indicator k's samples are places k·runs to (k + 1)·runs of one array. The loop wrote to an array of typed
  // arrays before, and V8 threw its compiled code away there ("wrong map") and compiled it again, a few times a
  // few hundred calls.
  const samples = memory ? memory.samplesOf(n * runs) : new Float64Array(n * runs)
  const x = new Float64Array(n)
  const noise = new Float64Array(n)
  const sum = new SumInto(x)
  // One mutable draw, refilled each run: a thousand small objects per call was most of the garbage.
  const latent: { -readonly [K in keyof Latent]: number } = { ...MEAN_LATENT }
  const d = deploymentOf(course)
  // What the draws do not change is summed once; each run adds only what they do.
  const settled = new Float64Array(n)
  emitSettled(ctx, course, d, new SumInto(settled))
  for (let r = 0; r < runs; r++) {
    latent.forceEffect = clamp(random.normal(1, UNCERTAINTY.forceEffectSd), 0.2, 1.8)
    latent.momentum = random.normal(0, UNCERTAINTY.momentumSd)
    x.set(settled)
    emitDrawn(ctx, course, d, latent, sum)
    settleIndicators(ctx, x)
    random.normals(noise, UNCERTAINTY.noiseSd)
    for (let k = 0; k < n; k++) samples[k * runs + r] = clamp(x[k]! + noise[k]!, 0, 100)
  }
  const expected = indicatorsOf(ctx, course, MEAN_LATENT, new Float64Array(n))
  const contributions = contributionsOf(ctx, course, expected)
  const out = {} as Record<Indicator, IndicatorOutcome>
  INDICATORS.forEach((indicator, k) => {
    const s = samples.subarray(k * runs, (k + 1) * runs)
    out[indicator] = {
      indicator,
      median: quantile(s, 0.5),
      p10: quantile(s, 0.1),
      p90: quantile(s, 0.9),
      expected: expected[k]!,
      contributions: contributions[k]!,
    }
  })
  return out
}

/** The named contributions to each indicator at the mean draws, same labels summed, largest first. */
export function contributionsOf(ctx: ModelContext, course: Course, expected: Float64Array): Contribution[][] {
  const byIndicator = INDICATORS.map(() => new Map<ContributionLabel, number>())
  emitOutcomes(ctx, course, MEAN_LATENT, new SumInto(new Float64Array(INDICATORS.length), byIndicator))
  if (ctx.chinaWeights) {
    const china = byIndicator[I.chinaSatisfaction]!
    china.set('where China starts', 50)
    INDICATORS.forEach((indicator, k) => {
      const w = ctx.chinaWeights![k]!
      if (k !== I.chinaSatisfaction && w !== 0)
        china.set(`as China weighs ${indicator}`, w * (expected[k]! - 50))
    })
    china.set(
      'capped at the end of the scale',
      chinaSatisfaction(ctx, expected) - [...china.values()].reduce((a, b) => a + b, 0),
    )
  } else byIndicator[I.chinaSatisfaction]!.set('no great power next door in this scenario', 50)
  return byIndicator.map((m) =>
    [...m]
      .filter(([, value]) => Math.abs(value) > 1e-9)
      .map(([label, value]) => ({ label, value }))
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value)),
  )
}

/**
 * The q-quantile, interpolating between order statistics, found by selection rather than a full
 * sort (a sort of a thousand samples per indicator was most of the Monte Carlo's cost).
 * Reorders the samples in place.
 */
export function quantile(samples: Float64Array, q: number): number {
  if (samples.length === 0) return Number.NaN
  const pos = (samples.length - 1) * q
  const lo = Math.floor(pos)
  const below = select(samples, lo)
  if (lo + 1 >= samples.length || pos === lo) return below
  let above = Number.POSITIVE_INFINITY
  for (let i = lo + 1; i < samples.length; i++) if (samples[i]! < above) above = samples[i]!
  return below + (above - below) * (pos - lo)
}

/** Hoare's quickselect: puts the k-th smallest at index k, smaller ones before it, larger after. */
function select(a: Float64Array, k: number): number {
  let left = 0
  let right = a.length - 1
  while (right > left) {
    const pivot = a[(left + right) >> 1]!
    let i = left
    let j = right
    while (i <= j) {
      while (a[i]! < pivot) i++
      while (a[j]! > pivot) j--
      if (i <= j) {
        const t = a[i]!
        a[i] = a[j]!
        a[j] = t
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else break
  }
  return a[k]!
}
