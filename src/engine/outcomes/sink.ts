// Where the outcome model's contributions go: summed into the indicators, or kept with their labels.

/**
 * An object with a method rather than a callback: a call site that has seen more than one function stops
 * inlining it, and every number it then passes is boxed on the heap, while a method call on two kinds of sink
 * still inlines.
 */
export interface Sink {
  add(indicator: number, value: number, label: string): void
}

/** A sink that adds every contribution into `out`: make one per buffer and reuse it. */
export class SumInto implements Sink {
  constructor(private readonly out: Float64Array) {}
  add(k: number, v: number): void {
    this.out[k]! += v
  }
}

/** A sink that keeps each indicator's contributions by label, same labels summed: the debrief's breakdown. */
export class ByLabel implements Sink {
  readonly byIndicator: Map<string, number>[]
  constructor(indicators: number) {
    this.byIndicator = Array.from({ length: indicators }, () => new Map<string, number>())
  }
  add(k: number, v: number, label: string): void {
    const m = this.byIndicator[k]!
    m.set(label, (m.get(label) ?? 0) + v)
  }
}
