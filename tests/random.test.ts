import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRandom, deriveSeed } from '../src/engine/random'

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRandom(42)
    const b = createRandom(42)
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()))
  })

  it('gives different sequences for different seeds', () => {
    expect(createRandom(1).next()).not.toEqual(createRandom(2).next())
  })

  it('stays within [0, 1) and spreads evenly', () => {
    const r = createRandom(7)
    const bins = new Array(10).fill(0)
    for (let i = 0; i < 20000; i++) {
      const x = r.next()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      bins[Math.floor(x * 10)]++
    }
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(200)
  })

  it('draws normals with the asked mean and spread', () => {
    const r = createRandom(3)
    const xs = Array.from({ length: 20000 }, () => r.normal(5, 2))
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length)
    expect(mean).toBeCloseTo(5, 1)
    expect(sd).toBeCloseTo(2, 1)
  })

  it('derives distinct streams for distinct salts', () => {
    expect(deriveSeed(1, 1)).not.toEqual(deriveSeed(1, 2))
    expect(deriveSeed(1, 1)).toEqual(deriveSeed(1, 1))
  })

  it('fills a batch of normals with the very numbers as many calls would give, however calls and batches mix', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 9 })), { maxLength: 30 }),
        fc.constantFrom(1, 3, 0.25),
        (seed, steps, sd) => {
          // Each step is one call (-1) or a batch of that many draws.
          const batched = createRandom(seed)
          const called = createRandom(seed)
          for (const step of steps) {
            if (step < 0) expect(batched.normal(0, sd)).toBe(called.normal(0, sd))
            else {
              const out = new Float64Array(step)
              batched.normals(out, sd)
              expect(Array.from(out)).toEqual(Array.from({ length: step }, () => called.normal(0, sd)))
            }
          }
          expect(batched.next()).toBe(called.next())
        },
      ),
      { numRuns: 200 },
    )
  })
})
