// How a mover chooses among its options: the best one, ties going to the most restrained, or with a temperature
// above zero a logit ("quantal") response that gives nearly-as-good options their share (docs/model.md).

/**
 * Utility gaps within this are ties, and ties go to the earlier move: options list the most restrained first.
 * It is a hundredth of the range an actor can gain on an indicator it weighs fully (half a point on a 0–100
 * scale): a smaller difference never picks the less restrained option; the option order does. Moves settled that
 * way are marked "by restraint" in the backtest (margin.ts; docs/model.md, "Ties go to restraint").
 */
export const RESTRAINT_TOLERANCE = 0.01

/** The first option within the tolerance of the best: the most restrained of the near-best (of the first n). */
export function restrainedBest(utilities: ArrayLike<number>, n = utilities.length): number {
  let top = utilities[0]!
  for (let i = 1; i < n; i++) if (utilities[i]! > top) top = utilities[i]!
  for (let i = 0; i < n; i++) if (utilities[i]! >= top - RESTRAINT_TOLERANCE) return i
  return 0
}

/** The mover's choice probabilities: the restrained best move at temperature 0, a logit response above it. */
export function choiceProbabilities(utilities: ArrayLike<number>, temperature: number): number[] {
  const out = new Float64Array(utilities.length)
  fillProbabilities(utilities, utilities.length, temperature, out, 0)
  return Array.from(out)
}

/** Writes choiceProbabilities of the first n utilities into `out` from `at` on, allocating nothing. */
export function fillProbabilities(
  utilities: ArrayLike<number>,
  n: number,
  temperature: number,
  out: Float64Array,
  at: number,
): void {
  if (temperature <= 0) {
    const best = restrainedBest(utilities, n)
    for (let i = 0; i < n; i++) out[at + i] = i === best ? 1 : 0
    return
  }
  let top = utilities[0]!
  for (let i = 1; i < n; i++) if (utilities[i]! > top) top = utilities[i]!
  let total = 0
  for (let i = 0; i < n; i++) {
    const w = Math.exp((utilities[i]! - top) / temperature)
    out[at + i] = w
    total += w
  }
  for (let i = 0; i < n; i++) out[at + i] = out[at + i]! / total
}
