// The engine's dice at a live table: one uniform number per (session seed, move number), with no
// generator state to carry, so replaying the event log after a restart draws exactly the same. The
// table is left out on purpose: parallel tables roll the same dice, so where their games differ, it
// is because their teams chose differently.

/** A float in [0, 1): the mulberry32 output function over a hash of the seed and the move number. */
export function draw(seed: number, step: number): number {
  let t = (seed ^ Math.imul(step + 1, 0x85ebca6b)) >>> 0
  t = (t + 0x6d2b79f5) >>> 0
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
