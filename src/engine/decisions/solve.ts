// Backward induction over any finite game tree, memoised by state key: cost linear in distinct nodes.
// With a temperature above zero each mover plays a logit ("quantal") response instead of the best one.
// Every state's expected utilities live side by side in one growing Float64Array (an arena), so a solve of a
// few thousand states allocates a handful of buffers rather than an array per state: the garbage collector's
// pauses were most of the solve's worst times.

export interface GameTree<S, M> {
  /** How many actors have utilities: the width of every payoff. */
  readonly actors: number
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
  /** Every actor's utility at the end of the game; the solver copies it at once, so a buffer may be reused. */
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
export function choiceProbabilities(utilities: ArrayLike<number>, temperature: number): number[] {
  const n = utilities.length
  const best = restrainedBest(utilities)
  if (temperature <= 0) return Array.from({ length: n }, (_, i) => (i === best ? 1 : 0))
  let top = utilities[0]!
  for (let i = 1; i < n; i++) if (utilities[i]! > top) top = utilities[i]!
  const weights = Array.from({ length: n }, (_, i) => Math.exp((utilities[i]! - top) / temperature))
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

/** A solved decision node: who moves, what each move leads to, and how the mover chooses. */
interface Inner<M> {
  readonly actor: number
  readonly moves: readonly M[]
  /** The state id each move leads to. */
  readonly children: Int32Array
  /** What each move costs by itself, when anything. */
  readonly costs: readonly (Float64Array | undefined)[] | undefined
  readonly probabilities: readonly number[]
}

export function solve<S, M>(tree: GameTree<S, M>, temperature: number): Solution<S, M> {
  const width = tree.actors
  const ids = new Map<string, number>()
  /** Per state id: its decision node, or undefined for the end of a game. */
  const inner: (Inner<M> | undefined)[] = []
  let arena = new Float64Array(width * 1024)
  const mine = new Float64Array(64)

  const slot = (id: number): void => {
    if ((id + 1) * width <= arena.length) return
    const grown = new Float64Array(arena.length * 2)
    grown.set(arena)
    arena = grown
  }
  /** Mover's utility after move i: the child's value plus the move's own cost. */
  const after = (node: Inner<M>, i: number, actor: number): number =>
    arena[node.children[i]! * width + actor]! + (node.costs?.[i]?.[actor] ?? 0)

  const visit = (state: S): number => {
    const key = tree.key(state)
    const known = ids.get(key)
    if (known !== undefined) return known
    const node = tree.node(state)
    if (!node) {
      const id = ids.size
      ids.set(key, id)
      inner.push(undefined)
      slot(id)
      arena.set(tree.payoff(state), id * width)
      return id
    }
    const n = node.moves.length
    if (n === 0) throw new Error(`a node with no moves at ${key}`)
    const children = new Int32Array(n)
    let costs: (Float64Array | undefined)[] | undefined
    for (let i = 0; i < n; i++) {
      const move = node.moves[i]!
      children[i] = visit(node.after(move))
      const cost = node.cost?.(move)
      if (cost) {
        costs ??= new Array<Float64Array | undefined>(n)
        costs[i] = cost
      }
    }
    // Children first, then the node: its id comes after theirs, and its slot is filled from them.
    const id = ids.size
    ids.set(key, id)
    slot(id)
    const u = n <= mine.length ? mine.subarray(0, n) : new Float64Array(n)
    for (let i = 0; i < n; i++)
      u[i] = arena[children[i]! * width + node.actor]! + (costs?.[i]?.[node.actor] ?? 0)
    const probabilities =
      temperature <= 0 ? oneHot(n, restrainedBest(u)) : choiceProbabilities(u, temperature)
    const record: Inner<M> = { actor: node.actor, moves: node.moves, children, costs, probabilities }
    inner.push(record)
    const at = id * width
    for (let k = 0; k < width; k++) {
      let v = 0
      for (let i = 0; i < n; i++) {
        const p = probabilities[i]!
        if (p > 0) v += p * after(record, i, k)
      }
      arena[at + k] = v
    }
    return id
  }

  const utilitiesAt = (id: number): Float64Array => arena.slice(id * width, (id + 1) * width)

  return {
    at: (state) => {
      const id = visit(state)
      const node = inner[id]
      if (!node) return null
      const values = node.moves.map((_, i) => {
        const v = utilitiesAt(node.children[i]!)
        const cost = node.costs?.[i]
        if (cost) for (let k = 0; k < width; k++) v[k]! += cost[k]!
        return v
      })
      return {
        actor: node.actor,
        moves: node.moves,
        values,
        probabilities: node.probabilities,
        value: utilitiesAt(id),
      }
    },
    value: (state) => utilitiesAt(visit(state)),
    get size() {
      return ids.size
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
