// Keeps a number within bounds: indicators on 0–100, shares on 0–1.
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))

/** A share: within 0 and 1. */
export const clamp01 = (x: number): number => clamp(x, 0, 1)
