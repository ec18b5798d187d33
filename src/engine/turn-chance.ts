// How likely a role is to decide at all: the share of games, every actor drawing from the solved tree's own
// probabilities as play() samples them, that reach a decision of the actor before the crisis ends.
import type { ActorId } from '../scenario/types'
import { applyDecision, EMPTY_COURSE, nextDecision } from './decisions/game'
import type { Course } from './decisions/types'
import type { Solved } from './solved'

/**
 * The exact probability that a game of this solved scenario reaches a decision of `actor`: 1 for the first mover,
 * 0 for an actor no course reaches. At temperature 0 it is 0 or 1, the engine's own course deciding it.
 */
export function turnChance(solved: Solved, actor: ActorId): number {
  const { ctx, solution } = solved
  const walk = (course: Course): number => {
    const point = nextDecision(ctx, course)
    if (!point) return 0
    if (point.actor === actor) return 1
    const node = solution.at(course)!
    let chance = 0
    node.moves.forEach((move, i) => {
      const p = node.probabilities[i]!
      if (p > 0) chance += p * walk(applyDecision(course, point, move))
    })
    return chance
  }
  // Rounding can carry a sum of probabilities a hair past 1.
  return Math.min(1, walk(EMPTY_COURSE))
}
