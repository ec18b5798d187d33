// The translations of the bundled scenarios and actors, checked against their originals at build time
// (scripts/bundled-scenarios-plugin.ts). Import it on demand, when a player picks another language: the first
// page never needs it.
import data from 'virtual:bundled-translations'
import { type CardTexts, lookup, type ScenarioLookups, translateCard, translateScenario } from './translate'
import type { Translation } from './translation'
import type { Language } from './translation-files'
import type { Scenario } from './types'

type ByLanguage = Readonly<Record<string, Partial<Record<Language, Translation>>>>
const bundled = data as { readonly scenarios: ByLanguage; readonly actors: ByLanguage }

const actorsOf = (ids: readonly string[], language: Language) =>
  Object.fromEntries(ids.map((id) => [id, bundled.actors[id]?.[language]]))

/** A bundled scenario in a language: each text translated where a fresh translation exists, else English. */
export function inLanguage(scenario: Scenario, language: Language): Scenario {
  const translation = bundled.scenarios[scenario.id]?.[language]
  return translateScenario(scenario, translation, actorsOf(Object.keys(scenario.actors), language))
}

/** A bundled scenario's library card in a language, before the scenario itself has come. */
export function cardInLanguage<C extends CardTexts & { readonly id: string }>(
  card: C,
  language: Language,
): C {
  return translateCard(
    card,
    bundled.scenarios[card.id]?.[language],
    actorsOf(Object.keys(card.actors), language),
  )
}

/** A bundled scenario's texts, and its actors', by key: for what a workshop server sends of it in English. */
export function lookupsOf(scenario: string, language: Language): ScenarioLookups {
  return {
    scenario: lookup(bundled.scenarios[scenario]?.[language]),
    actor: (id) => lookup(bundled.actors[id]?.[language]),
  }
}
