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
        const { kind, actor, description } = change.to
        facts.adversary = {
          kind,
          description: description ?? describedAnew(scenario, facts.adversary, change.to),
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

/**
 * The description of an adversary changed without one of its own (a what-if switch, or an inject that names a
 * state). The same adversary keeps its words. A state is its name, in the scenario's language. Any other gets plain
 * words for its kind (a member or a partner of Moscow always names its state): the old description spoke of someone
 * else, "protesters" in Belarus 2020 for a crowd the switch makes the West. Those words are English, and only a
 * what-if switch comes to them, whose page names the adversary itself: an inject to a body that is no state must
 * give its own words, translated with the scenario (references.ts).
 */
function describedAnew(
  scenario: Scenario,
  before: Facts['adversary'],
  after: { readonly kind: Facts['adversary']['kind']; readonly actor?: Facts['adversary']['actor'] },
): string {
  if (after.kind === before.kind && after.actor === before.actor) return before.description
  if (after.actor) return scenario.actors[after.actor]?.name ?? after.actor
  return after.kind === 'internal'
    ? 'Armed groups at home, not a state'
    : 'Armed groups from abroad, not a state'
}
