// A small seeded generator (mulberry32) and the draws the model needs: same seed, same game.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** A normal draw with the given mean and standard deviation (Box–Muller). */
  normal(mean: number, sd: number): number
}

/** mulberry32: 32 bits of state, full period, good enough for teaching simulations and tiny. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  // Box–Muller yields two independent normals per pair of uniforms: keep the second for the next call.
  let spare: number | undefined
  return {
    next,
    normal(mean, sd) {
      if (spare !== undefined) {
        const z = spare
        spare = undefined
        return mean + sd * z
      }
      const r = Math.sqrt(-2 * Math.log(1 - next()))
      const theta = 2 * Math.PI * next()
      spare = r * Math.sin(theta)
      return mean + sd * r * Math.cos(theta)
    },
  }
}

/** Derives an independent stream for a sub-task, so adding draws in one place never shifts another. */
export function deriveSeed(seed: number, salt: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) >>> 0
}
