import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quantile } from '../src/engine/outcomes/monte-carlo'

/** The textbook definition: sort, then interpolate between neighbouring order statistics. */
function byDefinition(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  const pos = (s.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.min(s.length - 1, lo + 1)
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)
}

describe('quantiles by selection', () => {
  it('agree with sorting and interpolating, for any samples and any q', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          expect(quantile(Float64Array.from(xs), q)).toBeCloseTo(byDefinition(xs, q), 6)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('handle ties and a single sample', () => {
    expect(quantile(Float64Array.from([3, 3, 3, 3]), 0.9)).toBe(3)
    expect(quantile(Float64Array.from([7]), 0.1)).toBe(7)
  })

  it('say NaN for no samples rather than inventing one', () => {
    expect(quantile(new Float64Array(0), 0.5)).toBeNaN()
  })
})
