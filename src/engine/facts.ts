// Changing a scenario's facts: what injects and what-if sliders do, without touching the original.
import type { FactPath, Facts, Scenario } from '../scenario/types'

export interface FactChange {
  readonly fact: FactPath
  readonly to: number
}

export function readFact(facts: Facts, path: FactPath): number {
  const [group, key] = path.split('.') as ['threat' | 'moscow' | 'china', string]
  return (facts[group] as Readonly<Record<string, unknown>>)[key] as number
}

/** A copy of the scenario with these facts changed (values clamped to 0–1). */
export function withFacts(scenario: Scenario, changes: readonly FactChange[]): Scenario {
  if (changes.length === 0) return scenario
  const facts = {
    ...scenario.facts,
    threat: { ...scenario.facts.threat },
    moscow: { ...scenario.facts.moscow },
    china: { ...scenario.facts.china },
  }
  for (const { fact, to } of changes) {
    const [group, key] = fact.split('.') as ['threat' | 'moscow' | 'china', string]
    ;(facts[group] as Record<string, unknown>)[key] = Math.min(1, Math.max(0, to))
  }
  return { ...scenario, facts }
}
