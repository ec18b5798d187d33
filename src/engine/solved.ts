// A scenario's decision tree solved once: what play, the debrief's explanations and the what-if reuse.
import type { Solution } from './decisions/solve'
import type { Course, Decision } from './decisions/types'
import type { ModelContext } from './outcomes/context'

/** A solved scenario: reuse it across plays of the same scenario and temperature (the what-if sliders re-solve). */
export interface Solved {
  readonly ctx: ModelContext
  readonly solution: Solution<Course, Decision>
  readonly temperature: number
}
