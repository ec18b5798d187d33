// Backward induction over any finite game tree, memoised by state key: cost linear in distinct nodes.
// With a temperature above zero each mover plays a logit ("quantal") response instead of the best one.
// A solve of a few thousand states writes into a handful of growing typed arrays rather than objects per state
// or per move, the garbage collector's pauses being most of the solve's worst times; a caller that solves again and
// again lends the same arrays each time (solver-memory.ts).
import { fillProbabilities } from './choice'
import { type Column, SolverMemory } from './solver-memory'
import type { StateIds } from './state-ids'

export interface GameTree<S, M, K extends string | number = string | number> {
  /** How many actors have utilities: the width of every payoff. */
  readonly actors: number
  /**
   * The mover at a state (whose key the solver passes along), its moves and what each leads to, or null at the
   * end of the game. A move may carry a cost of its own (every actor's utility it adds, paid whatever follows
   * or as `due` says): the future after it can then be shared by states that differ only in who paid.
   *
   * The solver walks depth first: it uses what `node` returns until it has visited all its moves, and a state
   * from `after` until it has visited it and all that follows it, meeting only deeper nodes and states
   * meanwhile, and keeps neither. So a tree may reuse one node and one state object per depth.
   */
  node(
    state: S,
    key: K,
  ): {
    readonly actor: number
    readonly moves: readonly M[]
    readonly after: (move: M) => S
    readonly cost?: (move: M) => Float64Array | undefined
    /**
     * The key of the state the i-th move leads to, when the tree can tell it without building that state: most
     * moves lead to a state already solved, and building it only to find its key was most of a solve's garbage.
     * It must equal `key(after(moves[i]))`.
     */
    readonly keyAfter?: (i: number) => K
  } | null
  /** Equal keys must mean equal futures: the solver reuses what it found. */
  key(state: S): K
  /** Every actor's utility at the end of the game; the solver copies it at once, so a buffer may be reused. */
  payoff(state: S): Float64Array
  /**
   * Whether the moves' costs fall due at this end of the game: 1 where they do, 0 where they do not. A move's
   * cost is then paid in proportion to the chance, after the move, that the game ends where it falls due.
   * Without it a cost is paid whatever follows.
   */
  due?(state: S): number
}

export interface NodeSolution<M> {
  readonly actor: number
  readonly moves: readonly M[]
  /** Every actor's expected utility after each move. */
  readonly values: readonly Float64Array[]
  /** How likely the mover is to take each move (one-hot at temperature 0). */
  readonly probabilities: readonly number[]
  /** Every actor's expected utility at this node. */
  readonly value: Float64Array
}

/**
 * A solved tree, visited as it is asked: it reads the memory it was solved in, so once a later solve has claimed
 * that memory (SolverMemory) every method throws rather than answer from another tree.
 */
export interface Solution<S, M> {
  /** The solved node at a state, or null at the end of the game. */
  at(state: S): NodeSolution<M> | null
  value(state: S): Float64Array
  /**
   * Every actor's utility at a state when every mover takes its restrained best move: the value at
   * temperature 0. It is found in the same pass whatever the temperature, since the tree and its payoffs are
   * the same, so a game played at a temperature is compared with the engine at its best without a second solve.
   */
  bestValue(state: S): Float64Array
  /** How many distinct states have been solved so far. */
  readonly size: number
}

/**
 * The move a mover takes on a uniform draw u in [0, 1): the first whose cumulative probability passes u.
 * Rounding can leave the probabilities summing just under 1, so a draw past them takes the last move.
 */
export function sampleMove<M>(node: NodeSolution<M>, u: number): M {
  let acc = 0
  for (let i = 0; i < node.moves.length; i++) {
    acc += node.probabilities[i]!
    if (u < acc) return node.moves[i]!
  }
  return node.moves[node.moves.length - 1]!
}

export function solve<S, M, K extends string | number>(
  tree: GameTree<S, M, K>,
  temperature: number,
  memory = new SolverMemory(),
): Solution<S, M> {
  const actors = tree.actors
  // Each state's utilities, and after them, when costs may not fall due, the chance that they do.
  const width = tree.due ? actors + 1 : actors
  const held = memory.claim()
  const ids = memory.ids as StateIds<K>
  // Per state id: who moves and with which moves (none at the end of a game), and where its edges start.
  const { mover, first, values, child, chance, costOf, pending, mine, oneHot, costVectors } = memory
  const movesOf = memory.movesOf as (readonly M[] | undefined)[]
  // Per state id, `width` utilities each: expected at the temperature, and with every mover at its best. At
  // temperature 0 both are the same numbers, kept once.
  const best = temperature > 0 ? memory.best : values
  // Per edge, a node's moves in order: the state it leads to (`child`), how likely the mover takes it (`chance`),
  // and its own cost when it has one: 1 + its place in `costVectors` (0: none), as few moves have one, and few
  // distinct ones. A cost is read beside the numbers `out` of the state it leads to, whose last column says how
  // much of it falls due, when costs may not.
  const cost = (out: Float64Array, edge: number, k: number): number => {
    const c = costOf.data[edge]!
    if (c === 0 || k >= actors) return 0
    const whole = costVectors[c - 1]![k]!
    return width === actors ? whole : whole * out[child.data[edge]! * width + actors]!
  }
  let edges = 0
  // `pending`: children found while their parent is still being expanded, depth first, a stack shared by all
  // nodes. `mine` and `oneHot`: scratch for one node at a time, the mover's utility after each move and a one-hot
  // choice.
  let pendingTop = 0
  /** The memory is this solve's until a later solve claims it. */
  const check = () => {
    if (!memory.heldBy(held))
      throw new Error('this solution was overwritten: a later solve reused its memory')
  }

  /** Expected utilities of the edges' states under `probabilities`, into `out` at state `id`. */
  const expect = (out: Float64Array, id: number, from: number, n: number, p: Float64Array, pAt: number) => {
    const at = id * width
    for (let k = 0; k < width; k++) {
      let v = 0
      for (let i = 0; i < n; i++) {
        const q = p[pAt + i]!
        if (q > 0) v += q * (out[child.data[from + i]! * width + k]! + cost(out, from + i, k))
      }
      out[at + k] = v
    }
  }
  /** The mover's utility after each of the n edges, into `mine`. */
  const moverUtilities = (out: Float64Array, from: number, n: number, actor: number): Float64Array => {
    mine.reserve(n)
    const u = mine.data
    for (let i = 0; i < n; i++)
      u[i] = out[child.data[from + i]! * width + actor]! + cost(out, from + i, actor)
    return u
  }
  const visit = (state: S, key: K): number => {
    const known = ids.get(key)
    if (known !== undefined) return known
    const node = tree.node(state, key)
    if (!node) {
      const id = ids.add(key)
      record(id, -1, undefined, 0)
      const payoff = tree.payoff(state)
      for (let k = 0; k < actors; k++) {
        values.data[id * width + k] = payoff[k]!
        best.data[id * width + k] = payoff[k]!
      }
      if (tree.due) {
        const due = tree.due(state)
        values.data[id * width + actors] = due
        best.data[id * width + actors] = due
      }
      return id
    }
    const n = node.moves.length
    if (n === 0) throw new Error(`a node with no moves at ${key}`)
    const base = pendingTop
    pending.reserve(base + n)
    pendingTop += n
    for (let i = 0; i < n; i++) {
      const move = node.moves[i]!
      const next = node.keyAfter?.(i)
      const found = next === undefined ? undefined : ids.get(next)
      const c = found ?? (next === undefined ? visitState(node.after(move)) : visit(node.after(move), next))
      pending.data[base + i] = c
    }
    // Children first, then the node: its id comes after theirs, and its slot is filled from them.
    const id = ids.add(key)
    const from = edges
    edges += n
    child.reserve(edges)
    chance.reserve(edges)
    costOf.reserve(edges)
    for (let i = 0; i < n; i++) {
      child.data[from + i] = pending.data[base + i]!
      const own = node.cost?.(node.moves[i]!)
      let c = own ? costVectors.indexOf(own) + 1 : 0
      if (own && c === 0) c = costVectors.push(own)
      costOf.data[from + i] = c
    }
    pendingTop = base
    record(id, node.actor, node.moves, from)
    fillProbabilities(moverUtilities(values.data, from, n, node.actor), n, temperature, chance.data, from)
    expect(values.data, id, from, n, chance.data, from)
    if (best !== values) {
      oneHot.reserve(n)
      fillProbabilities(moverUtilities(best.data, from, n, node.actor), n, 0, oneHot.data, 0)
      expect(best.data, id, from, n, oneHot.data, 0)
    }
    return id
  }
  const visitState = (state: S): number => visit(state, tree.key(state))

  const record = (id: number, actor: number, moves: readonly M[] | undefined, from: number) => {
    mover.reserve(id)
    first.reserve(id)
    values.reserve((id + 1) * width)
    if (best !== values) best.reserve((id + 1) * width)
    mover.data[id] = actor
    first.data[id] = from
    movesOf[id] = moves
  }

  const utilities = (column: Column<Float64Array>, id: number): Float64Array =>
    column.data.slice(id * width, id * width + actors)

  return {
    at: (state) => {
      check()
      const id = visitState(state)
      const moves = movesOf[id]
      if (!moves) return null
      const from = first.data[id]!
      return {
        actor: mover.data[id]!,
        moves,
        values: moves.map((_, i) => {
          const v = utilities(values, child.data[from + i]!)
          for (let k = 0; k < actors; k++) v[k]! += cost(values.data, from + i, k)
          return v
        }),
        probabilities: Array.from(chance.data.subarray(from, from + moves.length)),
        value: utilities(values, id),
      }
    },
    value: (state) => {
      check()
      return utilities(values, visitState(state))
    },
    bestValue: (state) => {
      check()
      return utilities(best, visitState(state))
    },
    get size() {
      check()
      return ids.size
    },
  }
}
