// What a settled what-if replay changed against the student's own game, for the sentence a screen reader hears:
// how many of the choices differ, and which outcomes moved, the largest first.
import type { Indicator } from '../scenario/types'
import { INDICATORS } from '../scenario/vocabulary'
import { sameDecision } from './selectors'
import type { ReplayedMove } from './session'
import type { GameStore } from './state'

/** One outcome whose median moved: the replay's less the student's game's. */
export interface OutcomeMove {
  readonly indicator: Indicator
  readonly delta: number
}

export interface WhatIfHeard {
  /** How many of the replay's choices differ from the student's game, or were never made in it. */
  readonly differ: number
  /** The outcomes whose medians the chart prints moved, by as many whole points as it says, the largest first. */
  readonly moved: readonly OutcomeMove[]
}

/**
 * How far a median moved as the chart shows it: the difference of the two medians it prints, each in whole points
 * (56.6 against 60.4 is "3 points below", where the raw difference, 3.8, would round to 4).
 */
const shown = (replayed: number, mine: number): number => Math.round(replayed) - Math.round(mine)

/** How the student's own game made the same step, if it did. */
export const moveBefore = (mine: readonly ReplayedMove[], move: ReplayedMove): ReplayedMove | undefined =>
  mine.find((m) => m.stage === move.stage && m.actor === move.actor)

/** How many of a replay's choices differ from the student's game, or were never made in it. */
export const choicesDiffering = (mine: readonly ReplayedMove[], moves: readonly ReplayedMove[]): number =>
  moves.filter((move) => {
    const was = moveBefore(mine, move)
    return !was || !sameDecision(was.decision, move.decision)
  }).length

// Made once per replay shown (or per finished game, with the sliders at the scenario's values), so a component
// reading it draws again only when the replay changes.
const made = new WeakMap<object, WhatIfHeard>()

/**
 * What the what-if replay shown changed, once it has settled; null while a slider is held or a replay is on its way,
 * when there is nothing yet to say, and off a finished game.
 */
export function selectWhatIfHeard(s: GameStore): WhatIfHeard | null {
  const result = s.view?.result
  if (result?.status !== 'finished' || s.replaying || s.dragging) return null
  const source = s.whatIf ?? result
  const known = made.get(source)
  if (known) return known
  const heard: WhatIfHeard = s.whatIf
    ? {
        differ: choicesDiffering(result.moves, s.whatIf.moves),
        moved: INDICATORS.map((indicator) => ({
          indicator,
          delta: shown(s.whatIf!.outcomes[indicator].median, result.report.outcomes[indicator].median),
        }))
          .filter((m) => m.delta !== 0)
          // Stable: outcomes that moved as far keep the chart's order.
          .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)),
      }
    : { differ: 0, moved: [] }
  made.set(source, heard)
  return heard
}
