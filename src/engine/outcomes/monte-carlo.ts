// Outcome distributions: the model run many times over seeded draws of what nobody can know in advance.
import { clamp } from '../clamp'
import type { Course } from '../decisions/types'
import { createRandom } from '../random'
import type { ModelContext } from './context'
import { chinaSatisfaction, indicatorsOf } from './evaluate'
import { INDICATOR_INDEX as I, INDICATORS, type Indicator } from './indicators'
import { emitOutcomes, type Latent, MEAN_LATENT } from './model'

export interface Contribution {
  readonly label: string
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

export function monteCarlo(ctx: ModelContext, course: Course, seed: number, runs: number): Outcomes {
  const random = createRandom(seed)
  const n = INDICATORS.length
  const samples = INDICATORS.map(() => new Float64Array(runs))
  const x = new Float64Array(n)
  for (let r = 0; r < runs; r++) {
    const latent: Latent = {
      forceEffect: clamp(random.normal(1, UNCERTAINTY.forceEffectSd), 0.2, 1.8),
      momentum: random.normal(0, UNCERTAINTY.momentumSd),
    }
    indicatorsOf(ctx, course, latent, x)
    for (let k = 0; k < n; k++) {
      const v = x[k]! + random.normal(0, UNCERTAINTY.noiseSd)
      samples[k]![r] = clamp(v, 0, 100)
    }
  }
  const expected = indicatorsOf(ctx, course, MEAN_LATENT, new Float64Array(n))
  const contributions = contributionsOf(ctx, course, expected)
  const out = {} as Record<Indicator, IndicatorOutcome>
  INDICATORS.forEach((indicator, k) => {
    const s = samples[k]!.sort()
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
  const byIndicator = INDICATORS.map(() => new Map<string, number>())
  emitOutcomes(ctx, course, MEAN_LATENT, (k, v, label) => {
    const m = byIndicator[k]!
    m.set(label, (m.get(label) ?? 0) + v)
  })
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

/** Linear interpolation between order statistics of sorted samples. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.min(sorted.length - 1, lo + 1)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}
