// The translations of the bundled scenarios and actors, checked against their originals at build time
// (scripts/bundled-scenarios-plugin.ts). Import it on demand, when a player picks another language: the first
// page never needs it.
import data from 'virtual:bundled-translations'
import type { Translation } from './check-translation'
import { translateScenario } from './translate'
import type { Language } from './translation-files'
import type { Scenario } from './types'

type ByLanguage = Readonly<Record<string, Partial<Record<Language, Translation>>>>
const bundled = data as { readonly scenarios: ByLanguage; readonly actors: ByLanguage }

/** A bundled scenario in a language: each text translated where a fresh translation exists, else English. */
export function inLanguage(scenario: Scenario, language: Language): Scenario {
  const actors = Object.fromEntries(
    Object.keys(scenario.actors).map((id) => [id, bundled.actors[id]?.[language]]),
  )
  return translateScenario(scenario, bundled.scenarios[scenario.id]?.[language], actors)
}
