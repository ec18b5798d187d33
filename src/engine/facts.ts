// Changing a scenario's facts: what injects and what-if sliders do, without touching the original.
import type { FactPath, Facts, Scenario } from '../scenario/types'

/** A change to one fact: a number, or the territory, the kind of threat or the adversary. */
export type FactChange =
  | { readonly fact: FactPath; readonly to: number }
  | { readonly fact: 'territory'; readonly to: Facts['territory'] }
  | { readonly fact: 'threat.kind'; readonly to: Facts['threat']['kind'] }
  | {
      readonly fact: 'adversary'
      readonly to: {
        readonly kind: Facts['adversary']['kind']
        readonly actor?: Facts['adversary']['actor']
        readonly description?: string
      }
    }

/** A number fact's value, by its dotted path. */
export function readFact(facts: Facts, path: FactPath): number {
  const [group, key] = path.split('.') as ['threat' | 'moscow' | 'china', string]
  return (facts[group] as Readonly<Record<string, unknown>>)[key] as number
}

/** A copy of the scenario with these facts changed (numbers clamped to 0–1). */
export function withFacts(scenario: Scenario, changes: readonly FactChange[]): Scenario {
  if (changes.length === 0) return scenario
  const facts = {
    ...scenario.facts,
    threat: { ...scenario.facts.threat },
    moscow: { ...scenario.facts.moscow },
    china: { ...scenario.facts.china },
  }
  for (const change of changes) {
    switch (change.fact) {
      case 'territory':
        facts.territory = change.to
        break
      case 'threat.kind':
        facts.threat.kind = change.to
        break
      case 'adversary': {
        // A new adversary keeps the old description unless the inject gives one, and names a state only if it says so.
        const { kind, actor, description } = change.to
        facts.adversary = {
          kind,
          description: description ?? scenario.facts.adversary.description,
          ...(actor ? { actor } : {}),
        }
        break
      }
      default: {
        const [group, key] = change.fact.split('.') as ['threat' | 'moscow' | 'china', string]
        ;(facts[group] as Record<string, unknown>)[key] = Math.min(1, Math.max(0, change.to))
      }
    }
  }
  return { ...scenario, facts }
}
