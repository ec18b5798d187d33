// The numeric facts a what-if moves, read from a scenario and from untrusted saves.
import type { FactPath, Facts } from '../scenario/types'
import { FACT_PATHS } from '../scenario/vocabulary'
import type { FactValues } from './session'

/** A fact's value in the scenario, by its dotted path. */
export function factValue(facts: Facts, path: FactPath): number {
  const [group, key] = path.split('.') as ['threat' | 'moscow' | 'china', string]
  return (facts[group] as Readonly<Record<string, number>>)[key]!
}

/** Fact paths a what-if may move: a save is untrusted, so unknown names are dropped here. */
export const knownFacts = (values: Readonly<Record<string, number>>): FactValues =>
  Object.fromEntries(FACT_PATHS.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]])))
