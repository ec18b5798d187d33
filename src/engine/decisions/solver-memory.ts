// The solver's working memory: its growable typed columns and its index of states. A solve makes its own unless its
// caller lends one; a caller that solves one scenario after another (the what-if worker, the bench) lends the same
// memory each time, and once it has grown to the largest tree a solve allocates no typed array at all. Fresh typed
// arrays cost more than their bytes: V8 frees them only when it collects, and half a megabyte of them a solve set off
// a full mark-compact every few dozen solves, the slowest solves there were.
import { StateIds } from './state-ids'

/** A growable array of numbers: the solver's per-state and per-move records. */
export class Column<A extends Float64Array | Int32Array> {
  constructor(
    public data: A,
    private readonly make: (length: number) => A,
  ) {}
  /** Makes room for index `i`. */
  reserve(i: number): void {
    if (i < this.data.length) return
    const grown = this.make(Math.max(this.data.length * 2, i + 1))
    grown.set(this.data)
    this.data = grown
  }
}
const floats = (n: number) => new Column(new Float64Array(n), (m) => new Float64Array(m))
const ints = (n: number) => new Column(new Int32Array(n), (m) => new Int32Array(m))

/**
 * What a solve writes as it goes (see solve.ts for each column). Every slot a solve reads it has written first, so
 * a reused memory needs no clearing but its index of states. Only the latest solve may use it: the solutions of
 * earlier ones refuse to answer rather than read another tree's numbers.
 */
export class SolverMemory {
  readonly mover = ints(256)
  readonly first = ints(256)
  readonly values = floats(2048)
  readonly best = floats(2048)
  readonly child = ints(1024)
  readonly chance = floats(1024)
  readonly costOf = ints(1024)
  readonly pending = ints(256)
  readonly mine = floats(64)
  readonly oneHot = floats(64)
  readonly movesOf: unknown[] = []
  readonly costVectors: Float64Array[] = []
  readonly ids = new StateIds<string | number>()
  private generation = 0

  /** Hands the memory to a new solve, emptied of the last one's states: the number that solve must show to use it. */
  claim(): number {
    this.ids.clear()
    this.movesOf.length = 0
    this.costVectors.length = 0
    return ++this.generation
  }

  /** Whether the solve that claimed the memory with this number is still its user. */
  heldBy(generation: number): boolean {
    return generation === this.generation
  }
}
