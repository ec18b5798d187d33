// Memory the engine may reuse from one game to the next. A caller that plays one scenario after another, as the
// what-if worker does for each position of a slider, lends the same memory to each solve and each Monte Carlo, so
// that the engine stops allocating typed arrays once the memory has grown to the largest game (see solver-memory.ts
// for why that matters). Only the latest game may use it: a solution solved in it earlier refuses to answer.
import { SolverMemory } from './decisions/solver-memory'

export class EngineMemory {
  readonly solver = new SolverMemory()
  private samples = new Float64Array(0)

  /** Room for `length` numbers, the Monte Carlo's samples: kept from the last call when it is large enough. */
  samplesOf(length: number): Float64Array {
    if (this.samples.length < length) this.samples = new Float64Array(length)
    return this.samples
  }
}
