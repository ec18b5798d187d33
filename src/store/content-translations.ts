// What the store asks of the bundled scenarios' translations once they have come: a scenario, a card and a
// scenario's lookups in a language (content-language.ts makes the screens' views with them).
import type { CardTexts, ScenarioLookups } from '../scenario/translate'
import type { Language as Translated } from '../scenario/translation-files'
import type { Scenario } from '../scenario/types'

/** The bundled translations, as src/scenario/bundled-translations.ts gives them once loaded. */
export interface ContentTranslations {
  inLanguage(scenario: Scenario, language: Translated): Scenario
  cardInLanguage<C extends CardTexts & { readonly id: string }>(card: C, language: Translated): C
  lookupsOf(scenario: string, language: Translated): ScenarioLookups
}
