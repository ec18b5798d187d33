// A small seeded generator (mulberry32) and the draws the model needs: same seed, same game.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** A normal draw with the given mean and standard deviation (Box–Muller). */
  normal(mean: number, sd: number): number
  /**
   * Fills `out` with normal draws of mean 0, the same numbers as as many calls of normal(0, sd): a loop of
   * calls boxes the number each returns, where V8 does not inline them.
   */
  normals(out: Float64Array, sd: number): void
}

/** mulberry32: 32 bits of state, full period, good enough for teaching simulations and tiny. */
export function createRandom(seed: number): Random {
  // The state lives in typed arrays: a 32-bit integer or a double kept in a closure's variable is boxed on the
  // heap at every write, and a Monte Carlo makes thousands of draws a call.
  const a = new Uint32Array([seed >>> 0])
  const next = (): number => {
    a[0] = a[0]! + 0x6d2b79f5
    let t = a[0]!
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  // Box–Muller yields two independent normals per pair of uniforms: keep the second for the next call.
  const spare = new Float64Array(1)
  let hasSpare = false
  return {
    next,
    normal(mean, sd) {
      if (hasSpare) {
        hasSpare = false
        return mean + sd * spare[0]!
      }
      const r = Math.sqrt(-2 * Math.log(1 - next()))
      const theta = 2 * Math.PI * next()
      spare[0] = r * Math.sin(theta)
      hasSpare = true
      return mean + sd * r * Math.cos(theta)
    },
    normals(out, sd) {
      let i = 0
      if (hasSpare && out.length > 0) {
        hasSpare = false
        out[i++] = sd * spare[0]!
      }
      for (; i < out.length; i += 2) {
        const r = Math.sqrt(-2 * Math.log(1 - next()))
        const theta = 2 * Math.PI * next()
        out[i] = sd * r * Math.cos(theta)
        // As normal() keeps it: r·sin first, then scaled, so that rounding gives the same number.
        if (i + 1 < out.length) out[i + 1] = sd * (r * Math.sin(theta))
        else {
          spare[0] = r * Math.sin(theta)
          hasSpare = true
        }
      }
    },
  }
}

/** Derives an independent stream for a sub-task, so adding draws in one place never shifts another. */
export function deriveSeed(seed: number, salt: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) >>> 0
}
