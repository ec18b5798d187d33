import { describe, expect, it } from 'vitest'
import { choiceProbabilities } from '../src/engine/decisions/choice'
import { type GameTree, sampleMove, solve } from '../src/engine/decisions/solve'

/**
 * A toy entry game: player 0 enters or stays out; if it enters, player 1 fights or accommodates.
 * Payoffs (p0, p1): out (0, 2); enter+fight (-1, -1); enter+accommodate (1, 1).
 */
type S = readonly string[]
const entry: GameTree<S, string> = {
  actors: 2,
  node: (s) => {
    if (s.length === 0) return { actor: 0, moves: ['out', 'enter'], after: (m) => [...s, m] }
    if (s.length === 1 && s[0] === 'enter')
      return { actor: 1, moves: ['fight', 'accommodate'], after: (m) => [...s, m] }
    return null
  },
  key: (s) => s.join('/'),
  payoff: (s) => {
    const end = s.join('/')
    return Float64Array.from(end === 'out' ? [0, 2] : end === 'enter/fight' ? [-1, -1] : [1, 1])
  },
}

/**
 * A pledge that costs only if it is kept: player 0 pledges (costing it 0.5) or not, then player 1 lets the plan
 * through or blocks it, and the pledge falls due only if it goes through. Player 1 gains `letGain` from letting
 * it through.
 */
const pledge = (letGain: number): GameTree<S, string> => ({
  actors: 2,
  node: (s) => {
    if (s.length === 0)
      return {
        actor: 0,
        moves: ['pledge', 'stay'],
        after: (m) => [...s, m],
        cost: (m) => (m === 'pledge' ? Float64Array.from([-0.5, 0]) : undefined),
      }
    if (s.length === 1) return { actor: 1, moves: ['block', 'let'], after: (m) => [...s, m] }
    return null
  },
  key: (s) => s.join('/'),
  payoff: (s) => Float64Array.from(s[1] === 'let' ? [1, letGain] : [0, 0]),
  due: (s) => (s[1] === 'let' ? 1 : 0),
})

describe('backward induction', () => {
  it('finds the subgame-perfect path: a threat to fight is not credible', () => {
    const solution = solve(entry, 0)
    const root = solution.at([])!
    expect(root.moves[root.probabilities.indexOf(1)]).toBe('enter')
    expect(Array.from(root.value)).toEqual([1, 1])
  })

  it('solves each distinct state once', () => {
    const solution = solve(entry, 0)
    solution.value([])
    expect(solution.size).toBe(5)
  })

  it('breaks ties toward the earlier move', () => {
    expect(choiceProbabilities([1, 1, 0], 0)).toEqual([1, 0, 0])
  })

  it('plays a logit response above temperature zero, favouring better moves', () => {
    const p = choiceProbabilities([0, 0.1, -0.1], 0.05)
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12)
    expect(p[1]).toBeGreaterThan(p[0]!)
    expect(p[0]).toBeGreaterThan(p[2]!)
    expect(p[2]).toBeGreaterThan(0)
  })

  it('values a node by the expected values of its moves under bounded rationality', () => {
    const solution = solve(entry, 1)
    const responder = solution.at(['enter'])!
    const [pf, pa] = responder.probabilities
    expect(responder.value[0]).toBeCloseTo(pf! * -1 + pa! * 1, 12)
  })

  it('knows, solved at a temperature, the values at temperature 0 too', () => {
    const warm = solve(entry, 1)
    const cold = solve(entry, 0)
    for (const s of [[], ['out'], ['enter'], ['enter', 'fight']])
      expect(Array.from(warm.bestValue(s))).toEqual(Array.from(cold.value(s)))
    expect(Array.from(warm.value([]))).not.toEqual(Array.from(warm.bestValue([])))
  })

  it('charges a move its cost in proportion to the chance that it falls due', () => {
    const T = 0.02
    const kept = choiceProbabilities([0, 0.02], T)[1]!
    const solution = solve(pledge(0.02), T)
    const root = solution.at([])!
    expect(root.values[0]![0]).toBeCloseTo(kept - 0.5 * kept, 12)
    expect(root.values[1]![0]).toBeCloseTo(kept, 12)
    // At temperature 0 the plan goes through for certain, and the pledge costs all of it; blocked, nothing.
    expect(solve(pledge(0.02), 0).at([])!.values[0]![0]).toBeCloseTo(0.5, 12)
    const blocked = solve(pledge(-0.02), 0).at([])!
    expect(Array.from(blocked.values[0]!)).toEqual(Array.from(blocked.values[1]!))
    // Without `due` a cost is paid whatever follows.
    expect(solve({ ...pledge(-0.02), due: undefined }, 0).at([])!.values[0]![0]).toBe(-0.5)
    // The chance is the solver's own: what it reports has a utility for each actor, and nothing more.
    expect(root.value.length).toBe(2)
  })

  it('samples the move whose cumulative probability first passes the draw', () => {
    const node = { ...solve(entry, 1).at(['enter'])!, moves: ['a', 'b', 'c'], probabilities: [0.2, 0.5, 0.3] }
    expect([0, 0.19, 0.2, 0.69, 0.7, 0.99].map((u) => sampleMove(node, u))).toEqual([
      'a',
      'a',
      'b',
      'b',
      'c',
      'c',
    ])
  })

  it('takes the last move when rounding leaves the probabilities just short of one', () => {
    const node = { ...solve(entry, 1).at(['enter'])!, probabilities: [0.3, 0.7 - 1e-12] }
    expect(sampleMove(node, 1 - 1e-13)).toBe('accommodate')
  })

  it('refuses a node with no moves, loudly', () => {
    const broken: GameTree<S, string> = {
      ...entry,
      node: (s) => (s.length === 0 ? { actor: 0, moves: [], after: () => s } : null),
    }
    expect(() => solve(broken, 0).value([])).toThrow(/no moves/)
  })
})
