// The score as the screens show it, to two decimals. Rounding each part on its own lets the parts miss the total by
// a hundredth ("+0.17, your choices −0.04, the others' luck 0.00" for a score of +0.12), which reads as a mistake in
// the sum. So the running total is rounded at each step, from the engine's expectation through the others' luck to
// the player's score, and each part shown is the step between two rounded totals: the parts then add up exactly to
// the total shown, and no part strays more than a hundredth from its true value.
import type { FairScore } from '../engine'
import type { LuckParts } from './score-parts'

/** How many decimals the score and its parts are shown to. */
export const SCORE_DIGITS = 2

export interface ShownScore {
  /** The player's score, rounded as shown. */
  readonly yours: number
  /** What the engine expected for the seat, rounded as shown. */
  readonly expected: number
  /** What the player's own choices did: the rounded score less the rounded score of the engine's best reply. */
  readonly choice: number
  /** What the others' moves from history did: none unless the game opened as recorded (LuckParts.history). */
  readonly history: number
  /** What the dice did, after history's part. */
  readonly chance: number
  /** The others' luck whole, history's part and the dice's together. */
  readonly luck: number
}

const SCALE = 10 ** SCORE_DIGITS

/**
 * The screens' way of rounding: Intl's, half away from zero on a number's shortest decimal form (so 1.005 shows as
 * 1.01, where toFixed, reading the binary value exactly, gives 1.00). Rounding the totals the same way keeps the
 * score and the expectation reading just as their raw values always did.
 */
const rounding = new Intl.NumberFormat('en', {
  minimumFractionDigits: SCORE_DIGITS,
  maximumFractionDigits: SCORE_DIGITS,
  useGrouping: false,
})

/** A value in whole hundredths, rounded as shown. */
const units = (n: number): number => Math.round(Number(rounding.format(n)) * SCALE)

/** The score and its parts as shown: each part a difference of rounded running totals, so they add up. */
export function shownScore(score: FairScore, luck: LuckParts): ShownScore {
  const expected = units(score.expected)
  const afterHistory = luck.history ? units(score.expected + luck.history.points) : expected
  const bestReply = units(score.bestReply)
  const yours = units(score.yours)
  return {
    yours: yours / SCALE,
    expected: expected / SCALE,
    choice: (yours - bestReply) / SCALE,
    history: (afterHistory - expected) / SCALE,
    chance: (bestReply - afterHistory) / SCALE,
    luck: (bestReply - expected) / SCALE,
  }
}
