// How firmly a decision was won: its margin over the rival that matters, read against the restraint tolerance and a
// threshold below which a matching backtest row is not evidence (docs/model.md, "The backtest").
import { RESTRAINT_TOLERANCE } from './choice'
import type { Decision } from './types'

/**
 * A margin under this is "by a hair": twice the gap the model already calls a tie, one point of a fully weighted
 * indicator on the 0–100 scale. The facts behind a utility are judgements, and one step of a what-if slider (0.05)
 * moves a margin by about this much: Moscow's trust in Tokayev from 0.65 to 0.8 takes its grant's margin through
 * 0.012, 0.030, 0.047 and 0.065 (docs/model.md §8).
 */
export const HAIR_MARGIN = 2 * RESTRAINT_TOLERANCE

/**
 * 'by-restraint': the rival was as good or better (within the tolerance) and the order of the options decided;
 * 'by-a-hair': won outright, by less than HAIR_MARGIN; 'clear': by more.
 */
export type MarginStrength = 'clear' | 'by-a-hair' | 'by-restraint'

export function marginStrength(margin: number): MarginStrength {
  if (margin < RESTRAINT_TOLERANCE) return 'by-restraint'
  return margin < HAIR_MARGIN ? 'by-a-hair' : 'clear'
}

/** The part of a move the margin reads: the decision, its rival, and what every option was worth to the mover. */
export interface WeighedMove {
  readonly decision: Decision
  readonly against: Decision | undefined
  readonly margin: number
  readonly options: readonly { readonly decision: Decision; readonly utility: number }[]
}

/**
 * The chosen decision's utility over the best other option of its own kind (another form of request, another grant):
 * what decides the form once the kind is decided. Undefined where the kind has no other option.
 */
export function formMargin(move: WeighedMove): number | undefined {
  const own = move.options.find((o) => o.decision === move.decision)
  const others = move.options.filter(
    (o) => o.decision !== move.decision && o.decision.kind === move.decision.kind,
  )
  if (!own || others.length === 0) return undefined
  return own.utility - Math.max(...others.map((o) => o.utility))
}

/** How a move was won, for the backtest: undefined for a move with no rival (a single option). */
export interface MoveFirmness {
  readonly margin: number
  readonly strength: MarginStrength
  /** Set when the form (what is asked for, what is granted) was decided by the order of the options. */
  readonly formByRestraint: boolean
}

export function firmnessOf(move: WeighedMove): MoveFirmness | undefined {
  if (!move.against) return undefined
  const form = formMargin(move)
  return {
    margin: move.margin,
    strength: marginStrength(move.margin),
    formByRestraint: form !== undefined && form < RESTRAINT_TOLERANCE,
  }
}
