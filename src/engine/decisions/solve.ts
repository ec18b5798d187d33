// Backward induction over any finite game tree, memoised by state key: cost linear in distinct nodes.
// With a temperature above zero each mover plays a logit ("quantal") response instead of the best one.

export interface GameTree<S, M> {
  /**
   * The mover, its moves and what each leads to, or null at the end of the game. A move may carry a cost of
   * its own (every actor's utility it adds, paid whatever follows): the future after it can then be shared
   * by states that differ only in who paid.
   */
  node(state: S): {
    readonly actor: number
    readonly moves: readonly M[]
    readonly after: (move: M) => S
    readonly cost?: (move: M) => Float64Array | undefined
  } | null
  /** Equal keys must mean equal futures: the solver reuses what it found. */
  key(state: S): string
  /** Every actor's utility at the end of the game. */
  payoff(state: S): Float64Array
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

export interface Solution<S, M> {
  /** The solved node at a state, or null at the end of the game. */
  at(state: S): NodeSolution<M> | null
  value(state: S): Float64Array
  /** How many distinct states have been solved so far. */
  readonly size: number
}

/**
 * Utility gaps within this are ties, and ties go to the earlier move: options list the most restrained first.
 * It is a hundredth of the range an actor can gain on an indicator it weighs fully (half a point on a 0–100
 * scale): no decision of the model rests on a smaller difference (docs/model.md, "Ties go to restraint").
 */
export const RESTRAINT_TOLERANCE = 0.01

/** The first option within the tolerance of the best: the most restrained of the near-best. */
export function restrainedBest(utilities: ArrayLike<number>): number {
  let top = utilities[0]!
  for (let i = 1; i < utilities.length; i++) if (utilities[i]! > top) top = utilities[i]!
  for (let i = 0; i < utilities.length; i++) if (utilities[i]! >= top - RESTRAINT_TOLERANCE) return i
  return 0
}

/** The mover's choice probabilities: the restrained best move at temperature 0, a logit response above it. */
export function choiceProbabilities(utilities: readonly number[], temperature: number): number[] {
  const best = restrainedBest(utilities)
  if (temperature <= 0) return utilities.map((_, i) => (i === best ? 1 : 0))
  const top = Math.max(...utilities)
  const weights = utilities.map((u) => Math.exp((u - top) / temperature))
  const total = weights.reduce((s, w) => s + w, 0)
  return weights.map((w) => w / total)
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

export function solve<S, M>(tree: GameTree<S, M>, temperature: number): Solution<S, M> {
  const memo = new Map<string, NodeSolution<M> | Float64Array>()

  const visit = (state: S): NodeSolution<M> | Float64Array => {
    const key = tree.key(state)
    const known = memo.get(key)
    if (known) return known
    const node = tree.node(state)
    if (!node) {
      const payoff = tree.payoff(state)
      memo.set(key, payoff)
      return payoff
    }
    if (node.moves.length === 0) throw new Error(`a node with no moves at ${key}`)
    const n = node.moves.length
    const values = new Array<Float64Array>(n)
    const mine = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const move = node.moves[i]!
      const after = expectedValue(visit(node.after(move)))
      const cost = node.cost?.(move)
      const v = cost ? plus(after, cost) : after
      values[i] = v
      mine[i] = v[node.actor]!
    }
    const best = restrainedBest(mine)
    // At temperature 0 a node is worth its best move, and its probabilities are a shared one-hot list.
    const probabilities =
      temperature <= 0
        ? oneHot(n, best)
        : choiceProbabilities(
            values.map((v) => v[node.actor]!),
            temperature,
          )
    const value = temperature <= 0 ? values[best]! : mixture(values, probabilities)
    const solved: NodeSolution<M> = { actor: node.actor, moves: node.moves, values, probabilities, value }
    memo.set(key, solved)
    return solved
  }

  return {
    at: (state) => {
      const s = visit(state)
      return s instanceof Float64Array ? null : s
    },
    value: (state) => expectedValue(visit(state)),
    get size() {
      return memo.size
    },
  }
}

const oneHots = new Map<number, readonly number[]>()
/** The probabilities of always taking move `best` of `n`, frozen and shared. */
function oneHot(n: number, best: number): readonly number[] {
  const key = n * 1024 + best
  let list = oneHots.get(key)
  if (!list) {
    list = Object.freeze(Array.from({ length: n }, (_, i) => (i === best ? 1 : 0)))
    oneHots.set(key, list)
  }
  return list
}

/** Every actor's expected utility when the mover mixes its moves with these probabilities. */
function mixture(values: readonly Float64Array[], probabilities: readonly number[]): Float64Array {
  const value = new Float64Array(values[0]!.length)
  values.forEach((v, i) => {
    const p = probabilities[i]!
    if (p > 0) for (let k = 0; k < v.length; k++) value[k]! += p * v[k]!
  })
  return value
}

function plus(a: Float64Array, b: Float64Array): Float64Array {
  const sum = new Float64Array(a.length)
  for (let k = 0; k < a.length; k++) sum[k] = a[k]! + b[k]!
  return sum
}

const expectedValue = <M>(s: NodeSolution<M> | Float64Array): Float64Array =>
  s instanceof Float64Array ? s : s.value
