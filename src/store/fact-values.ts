// The facts a what-if changes, read from a scenario and from untrusted saves, and handed to the engine.
import type { FactChange } from '../engine'
import type { Scenario } from '../scenario/types'
import { CATEGORICAL_FACTS, FACT_PATHS } from '../scenario/vocabulary'
import { type FactValues, offers } from '../scenario/what-if-items'

/** A fact's value in the scenario, by its dotted path: the engine's own reading, from a module that loads no solver. */
export { readFact as factValue } from '../engine/facts'

/**
 * The what-if values a game keeps: a save is untrusted, so unknown names are dropped here, and so is a switch's
 * value the scenario's switch on that fact does not offer.
 */
export function knownFacts(values: FactValues, scenario: Pick<Scenario, 'whatIf' | 'facts'>): FactValues {
  const numbers = FACT_PATHS.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]]))
  const switches = CATEGORICAL_FACTS.flatMap((f) => {
    const value = values[f]
    return value !== undefined && offers(scenario, f, value) ? [[f, value]] : []
  })
  return Object.fromEntries([...numbers, ...switches])
}

/** The values as the engine changes facts, in a fixed order. */
export function changesOf(values: FactValues): FactChange[] {
  const numbers = FACT_PATHS.flatMap((fact): FactChange[] => {
    const to = values[fact]
    return to === undefined ? [] : [{ fact, to }]
  })
  const { territory, 'threat.kind': kind, adversary } = values
  return [
    ...numbers,
    ...(territory ? [{ fact: 'territory', to: territory } as const] : []),
    ...(kind ? [{ fact: 'threat.kind', to: kind } as const] : []),
    ...(adversary ? [{ fact: 'adversary', to: adversary } as const] : []),
  ]
}
