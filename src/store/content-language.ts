// The crises in the reader's language. The store keeps each scenario as its file says it (the engine reads the
// English, and decides the same game in every language); the screens read these views of it, each text
// translated where a bundled translation exists. An instructor's own scenario stays as written: the library
// keeps no translation of it. The views are in the language the crises are shown in (language-shown.ts): through
// a switch, the one before until the new one's translations come, so no screen goes blank and loses its place;
// on a first visit in Russian, none, and a bundled scenario has no view at all until its Russian comes. The views
// are remembered per English object, so a selector returns the same object until the state or the language changes.
import type { CaseRow } from '../engine'
import type { ScenarioLookups } from '../scenario/translate'
import type { Language as Translated } from '../scenario/translation-files'
import type { Scenario } from '../scenario/types'
import type { ContentTranslations } from './content-translations'
import type { LibraryEntry } from './kit'
import { selectContentLanguage } from './language-shown'
import { libraryProblemsInLanguage, previewProblemsInLanguage } from './problem-language'
import type { PreviewEntry } from './scenario-preview'
import type { GameView } from './session'
import type { CasesState, GameStore, LibraryState } from './state'
import { viewMemo } from './view-memo'
import { stemOf } from './workshop-slice'
import type { GoodCheck } from './workshop-state'

const viewOf = viewMemo()

/** `english` in the language the crises are shown in, made once per language and translations. */
function inStoreLanguage<T extends object>(
  s: GameStore,
  english: T,
  make: (translations: ContentTranslations, language: Translated) => T,
): T {
  const { translations } = s
  const language = selectContentLanguage(s)
  if (language === null || language === 'en' || !translations) return english
  return viewOf(english, [translations, language], () => make(translations, language))
}

/**
 * A first visit in a language other than English, its translations on their way: what a bundled scenario says is
 * not to be shown yet (the selectors below give none of it; the live panels and the join form's lobby, given the
 * English by a server, ask). Through a switch of language it is false: the screens keep the words they had.
 */
export const selectWaitingForTranslations = (s: GameStore): boolean => selectContentLanguage(s) === null

/** The library and the cases as a first visit's screens see them while its translations come: not there yet. */
const WAITING: LibraryState = { status: 'loading' }
const CASES_WAITING: CasesState = { status: 'loading' }

const scenarioIn = (s: GameStore, scenario: Scenario): Scenario =>
  inStoreLanguage(s, scenario, (t, language) => t.inLanguage(scenario, language))

const isImported = (library: LibraryState, id: string): boolean =>
  library.status === 'ready' && library.entries.some((e) => e.imported && e.ok && e.scenario.id === id)

/** The library with every bundled scenario, and a broken file's problems, in the reader's language. */
export const selectLibraryInLanguage = (s: GameStore): LibraryState => {
  const { library } = s
  if (library.status !== 'ready' && library.status !== 'partial') return library
  if (selectWaitingForTranslations(s)) return WAITING
  const translated = inStoreLanguage(s, library, () => ({
    status: library.status,
    entries: library.entries.map(
      (e): LibraryEntry => (e.ok && !e.imported ? { ...e, scenario: scenarioIn(s, e.scenario) } : e),
    ),
  }))
  return libraryProblemsInLanguage(s, translated)
}

/** The library's first cards, and a broken file's problems, in the reader's language. */
export const selectPreviewInLanguage = (s: GameStore): readonly PreviewEntry[] | null => {
  const { preview } = s
  if (!preview || selectWaitingForTranslations(s)) return null
  const translated = inStoreLanguage(s, preview, (t, language) =>
    preview.map((e): PreviewEntry => (e.ok ? { ...e, scenario: t.cardInLanguage(e.scenario, language) } : e)),
  )
  return previewProblemsInLanguage(s, translated)
}

/** The game being played, its scenario and role in the reader's language: the same game in other words. */
export const selectViewInLanguage = (s: GameStore): GameView | null => {
  const { view } = s
  if (!view || isImported(s.library, view.scenario.id)) return view
  if (selectWaitingForTranslations(s)) return null
  return inStoreLanguage(s, view, () => {
    const scenario = scenarioIn(s, view.scenario)
    return { ...view, scenario, role: scenario.roles.find((r) => r.id === view.role.id) ?? view.role }
  })
}

/**
 * The workshop's last valid check with its actors (names, profiles) in the reader's language. The author's own
 * texts stay as written; a copy of a bundled crisis (its file named after the original, as the workshop opens it)
 * reads the original's translation, as a `.ru.yaml` file is read beside the file of its name: each text the author
 * has not changed is shown translated, each one changed as typed (a translation is of the English it was made from).
 */
export const selectLastGoodInLanguage = (s: GameStore): GoodCheck | null => {
  const good = s.workshop.lastGood
  const { language, translations } = s
  if (!good || language === 'en' || !translations) return good
  const own = good.playtest.scenario
  const original = (s.workshop.draft && stemOf(s.workshop.draft.file)) ?? own.id
  return viewOf(good, [translations, language, original], () => ({
    ...good,
    playtest: {
      ...good.playtest,
      scenario: { ...translations.inLanguage({ ...own, id: original }, language), id: own.id },
    },
  }))
}

/** The historical cases, each scenario in the reader's language. */
export const selectCasesInLanguage = (s: GameStore): CasesState => {
  const { cases } = s
  if (cases.status !== 'ready') return cases
  if (selectWaitingForTranslations(s)) return CASES_WAITING
  return inStoreLanguage(s, cases, () => ({
    status: 'ready',
    rows: cases.rows.map((row): CaseRow => ({ ...row, scenario: scenarioIn(s, row.scenario) })),
  }))
}

/**
 * What a workshop server sent of a scenario (a seat's brief or view, or the join form's lobby) in the reader's
 * language: `translate` puts each text through the scenario's translation, where one was made from that English.
 */
export const selectLiveInLanguage =
  <T extends object>(english: T, scenario: string, translate: (english: T, lookups: ScenarioLookups) => T) =>
  (s: GameStore): T =>
    inStoreLanguage(s, english, (t, language) => translate(english, t.lookupsOf(scenario, language)))
