// A synthetic game for the generic solver, for the bench and the tests: the same branching at every level.
import type { GameTree } from '../engine/decisions/solve'

/**
 * `branching` moves at each of `depth` levels, two players alternating, keyed by strings; the payoffs are a hash
 * of the path, which `salt` varies.
 */
export function uniformTree(branching: number, depth: number, salt = 7): GameTree<readonly number[], number> {
  const moves = Array.from({ length: branching }, (_, i) => i)
  return {
    actors: 2,
    node: (s) => (s.length < depth ? { actor: s.length % 2, moves, after: (m) => [...s, m] } : null),
    key: (s) => s.join('.'),
    payoff: (s) => {
      const h = s.reduce((a, m) => (a * 31 + m + salt) % 1009, 17)
      return Float64Array.from([h / 1009, 1 - h / 1009])
    },
  }
}
