// A game with several seats, played a step at a time: people decide for the actors they hold, the
// engine for every other, by play()'s own rule. It keeps nothing between steps (the caller holds the
// course and the dice), so a live table replayed from its event log steps to the same place.
import type { ActorId } from '../scenario/types'
import { applyDecision, nextDecision } from './decisions/game'
import { sampleMove } from './decisions/solve'
import type { Course, Decision, DecisionPoint } from './decisions/types'
import type { Solved } from './solved'

/** A decision the engine made at a table, at the point it made it. */
export interface EngineMove {
  readonly point: DecisionPoint
  readonly decision: Decision
}

export type TablePlay =
  | {
      readonly status: 'awaiting'
      readonly course: Course
      readonly moves: readonly EngineMove[]
      /** The seated actor's decision the table now waits for. */
      readonly pending: DecisionPoint
    }
  | { readonly status: 'finished'; readonly course: Course; readonly moves: readonly EngineMove[] }

/**
 * Plays every actor nobody holds, from this course on, until a seated actor owes a decision or the
 * game is over. `dice(n)` is a uniform draw in [0, 1) for the game's n-th move (counting from 0):
 * numbered by the game, not by this call, so however a caller splits the play, a move rolls the same.
 */
export function playTable(
  solved: Solved,
  course: Course,
  seated: ReadonlySet<ActorId>,
  dice: (move: number) => number,
): TablePlay {
  const moves: EngineMove[] = []
  let c = course
  for (let point = nextDecision(solved.ctx, c); point; point = nextDecision(solved.ctx, c)) {
    if (seated.has(point.actor)) return { status: 'awaiting', course: c, moves, pending: point }
    const decision = engineDecision(solved, c, dice(movesIn(c)))
    moves.push({ point, decision })
    c = applyDecision(c, point, decision)
  }
  return { status: 'finished', course: c, moves }
}

/**
 * The engine's decision for whoever moves at this course, on a uniform draw u in [0, 1): the solved
 * tree's choice, as play() makes it for every role nobody plays (at temperature 0, always the best).
 */
export function engineDecision(solved: Solved, course: Course, u: number): Decision {
  const node = solved.solution.at(course)
  if (!node) throw new Error('the engine was asked to decide on a course that is over')
  return sampleMove(node, u)
}

/** How many decisions a course holds, which is the number of the move to come. */
const movesIn = (c: Course): number =>
  (c.request ? 1 : 0) + (c.response ? 1 : 0) + c.votes.length + (c.reaction ? 1 : 0) + (c.exit ? 1 : 0)
