// Where the outcome model's contributions go: summed into the indicators, and for the debrief also kept by label.
import type { ContributionLabel } from './labels'

/** What the outcome model writes its contributions to. */
export interface Sink {
  add(indicator: number, value: number, label: ContributionLabel): void
}

/**
 * Adds every contribution into `out` and, when given `labels`, also into the contribution of that label, same
 * labels summed: the debrief's breakdown. One class for both uses, not a callback nor two classes: a call that
 * V8 does not inline boxes every number it passes on the heap, and a call site that has seen a fresh closure, or
 * two kinds of sink, is inlined less or not at all. Make one per buffer and reuse it.
 */
export class SumInto implements Sink {
  constructor(
    private readonly out: Float64Array,
    private readonly labels?: readonly Map<ContributionLabel, number>[],
  ) {}
  add(k: number, v: number, label: ContributionLabel): void {
    this.out[k]! += v
    if (this.labels !== undefined) keep(this.labels[k]!, label, v)
  }
}

function keep(byLabel: Map<ContributionLabel, number>, label: ContributionLabel, v: number): void {
  byLabel.set(label, (byLabel.get(label) ?? 0) + v)
}
