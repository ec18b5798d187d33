// The score's parts as the screens tell them: the others' luck split into what history chose (a game that opens as
// the record has it) and what the dice chose, the move that ended a game before the player's seat had to decide,
// and whether a move is history's.
import type { FairScore, Move } from '../engine'
import { deviations } from './selectors'
import type { GameView } from './session'
import type { GameStore } from './state'

export interface LuckPart {
  /** What these moves did to the player's score against the engine's expectation. */
  readonly points: number
  /** The moves that were not their actor's best reply. */
  readonly moves: readonly Move[]
}

export interface LuckParts {
  /** The others' moves the record made (null when the game did not open as recorded, or history took no other road). */
  readonly history: LuckPart | null
  /** The close seconds the dice chose, and what is left of the luck. */
  readonly chance: LuckPart
}

/**
 * The score's luck, told apart: the moves of the best-reply game before the player's first turn are the player's own
 * game's (same seed, and the player's moves draw nothing), so when that opening is the record's, its departures from
 * the best reply are history's doing, not chance's.
 */
export function luckParts(score: FairScore, recorded: GameView['recorded']): LuckParts {
  const moves = score.bestReplyGame.moves
  const opening = recorded?.moves ?? 0
  const fromHistory = deviations(moves.slice(0, opening))
  const history = recorded && fromHistory.length > 0 ? { points: recorded.points, moves: fromHistory } : null
  return {
    history,
    chance: { points: score.luck - (history?.points ?? 0), moves: deviations(moves.slice(opening)) },
  }
}

/**
 * The move that ended a game before the player's seat ever had to decide (the last one made), or null when the player
 * decided at least once.
 */
export const endedBeforeYourTurn = (moves: readonly Move[]): Move | null =>
  moves.some((m) => m.by === 'player') ? null : (moves.at(-1) ?? null)

/** Whether a move of the game on screen is history's: one of its opening moves, when that is as recorded. */
export const selectAsRecorded =
  (move: Pick<Move, 'stage' | 'actor' | 'by'>) =>
  (s: GameStore): boolean => {
    const recorded = s.view?.recorded
    if (!recorded || move.by !== 'engine') return false
    const at = s.view!.result.moves.findIndex((m) => m.stage === move.stage && m.actor === move.actor)
    return at !== -1 && at < recorded.moves
  }
