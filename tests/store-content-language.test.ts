// The crises in the reader's language, as the store gives them to the screens: the bundled scenarios and their
// actors translated once the translations have come (and only then fetched), the game itself unchanged by a
// switch, and an instructor's own scenario left as written.
import { describe, expect, it, vi } from 'vitest'
import {
  actorName,
  type GameStore,
  type GameStoreApi,
  LANGUAGE_KEY,
  type LibraryEntry,
  selectCasesInLanguage,
  selectLibraryInLanguage,
  selectPreviewInLanguage,
  selectViewInLanguage,
  selectWaitingForTranslations,
} from '../src/store'
import { loadBundledLibrary, loadPreviews, loadTranslations } from '../src/store/bundled-kit'
import type { ContentTranslations } from '../src/store/content-translations'
import { previewOf } from '../src/store/scenario-preview'
import { bundledScenarios } from './bundled-scenarios'
import { fakeStore, heldTranslations, memoryStorage, playAt } from './ui-fakes'

/** Resolves once the store holds the translations (they load on their own, on demand). */
const translated = (store: GameStoreApi): Promise<GameStore> =>
  new Promise((resolve) => {
    const unsubscribe = store.subscribe((s) => {
      if (!s.translations) return
      unsubscribe()
      resolve(s)
    })
    const now = store.getState()
    if (now.translations) {
      unsubscribe()
      resolve(now)
    }
  })

const kazakhstan = (entries: readonly LibraryEntry[]) => {
  const found = entries.find((e) => e.ok && e.scenario.id === 'kazakhstan-2022')
  if (!found?.ok) throw new Error('kazakhstan-2022 is not in the library')
  return found.scenario
}

const russianStore = async (options: Parameters<typeof fakeStore>[0] = {}) =>
  fakeStore({
    storage: memoryStorage({ [LANGUAGE_KEY]: 'ru' }),
    library: [...(await loadBundledLibrary())],
    loadTranslations,
    ...options,
  })

describe('the scenarios in the reader’s language', () => {
  it('shows a bundled crisis in Russian, its actors too, while the store keeps the English for the engine', async () => {
    const s = await translated(await russianStore())
    const library = selectLibraryInLanguage(s)
    if (library.status !== 'ready' || s.library.status !== 'ready') throw new Error('library not ready')
    const shown = kazakhstan(library.entries)
    expect(shown.title).toBe('Казахстан, январь 2022 года')
    expect(shown.roles.find((r) => r.id === 'tokayev')?.title).toBe('Правительство президента Токаева')
    expect(actorName(shown, 'kazakhstan')).toBe('Казахстан')
    expect(shown.background).toContain('Жанаозен')
    // The facts are the file's own, only the adversary described in Russian: the same crisis in other words.
    const english = kazakhstan(s.library.entries)
    expect(shown.facts.threat).toBe(english.facts.threat)
    expect(shown.facts.adversary).toEqual({
      ...english.facts.adversary,
      description: expect.stringMatching(/^Протестующие/),
    })
    expect(kazakhstan(s.library.entries).title).toBe('Kazakhstan, January 2022')
  })

  it('gives the same objects while nothing changes, so a screen reading them does not render again', async () => {
    const s = await translated(await russianStore())
    expect(selectLibraryInLanguage(s)).toBe(selectLibraryInLanguage(s))
    expect(selectViewInLanguage(s)).toBe(selectViewInLanguage(s))
  })

  it('translates the library’s first cards, made before the scenarios themselves have come', async () => {
    const store = await russianStore()
    store.setState({ preview: await loadPreviews() })
    const cards = selectPreviewInLanguage(await translated(store)) ?? []
    const card = cards.find((e) => e.ok && e.scenario.id === 'kazakhstan-unrest-2026')
    if (!card?.ok) throw new Error('no card for kazakhstan-unrest-2026')
    expect(card.scenario.title).toBe('Гипотетический сценарий: беспорядки в Казахстане, 2026 год')
    expect(card.scenario.actors.russia?.name).toBe('Россия')
  })

  it('says on every Russian card what the scenario says in Russian of the same things', async () => {
    const { cardInLanguage, inLanguage } = await import('../src/scenario/bundled-translations')
    const scenarios = bundledScenarios()
    expect(scenarios.length).toBeGreaterThan(5)
    for (const scenario of scenarios) {
      const card = cardInLanguage(previewOf(scenario), 'ru')
      expect(card, scenario.id).toEqual(previewOf(inLanguage(scenario, 'ru')))
      // The map's legend names a side that is no state by its description, in the card's language too.
      expect(card.facts.adversary.description, scenario.id).toMatch(/[а-яё]/i)
    }
  })

  it('never fetches the translations for a reader of English, and fetches them once for Russian', async () => {
    const load = vi.fn(loadTranslations)
    const store = await fakeStore({ library: [...(await loadBundledLibrary())], loadTranslations: load })
    expect(store.getState().language).toBe('en')
    expect(load).not.toHaveBeenCalled()
    expect(selectLibraryInLanguage(store.getState())).toBe(store.getState().library)
    store.getState().setLanguage('ru')
    await translated(store)
    store.getState().setLanguage('en')
    store.getState().setLanguage('ru')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps English when the translations cannot be fetched, and tries again on the next switch', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockImplementation(loadTranslations)
    const store = await russianStore({ loadTranslations: load })
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1))
    expect(store.getState().translations).toBeNull()
    store.getState().setLanguage('en')
    store.getState().setLanguage('ru')
    const library = selectLibraryInLanguage(await translated(store))
    if (library.status !== 'ready') throw new Error('library not ready')
    expect(kazakhstan(library.entries).title).toBe('Казахстан, январь 2022 года')
  })
})

describe('a game in the reader’s language', () => {
  const route = playAt('kazakhstan-2022', 'tokayev', 'debrief', {
    seed: 7,
    choices: ['request:foreign-backed:peacekeepers:14'],
  })

  /** A Russian reader's store with a game, the library's cards and the cases, the translations still on their way. */
  const waiting = async (load: () => Promise<ContentTranslations>) => {
    const store = await russianStore({ route, loadTranslations: load })
    store.setState({ preview: await loadPreviews() })
    await store.getState().loadCases()
    await vi.waitFor(() => expect(store.getState().view).not.toBeNull())
    return store
  }

  it('shows none of a bundled crisis’s English while its Russian is on its way, and the Russian once it comes', async () => {
    const held = heldTranslations()
    const store = await waiting(held.load)
    const s = store.getState()
    expect(s.translationsPending).toBe(true)
    expect(selectWaitingForTranslations(s)).toBe(true)
    expect(selectViewInLanguage(s)).toBeNull()
    expect(selectLibraryInLanguage(s)).toEqual({ status: 'loading' })
    expect(selectPreviewInLanguage(s)).toBeNull()
    expect(selectCasesInLanguage(s)).toEqual({ status: 'loading' })
    // A reader who switches to English meanwhile reads the English at once.
    store.getState().setLanguage('en')
    expect(selectViewInLanguage(store.getState())).toBe(store.getState().view)
    store.getState().setLanguage('ru')
    held.arrive()
    const translatedState = await translated(store)
    expect(translatedState.translationsPending).toBe(false)
    expect(selectViewInLanguage(translatedState)?.scenario.title).toBe('Казахстан, январь 2022 года')
  })

  it('keeps the English through a first switch until the Russian comes, and waits on a first visit only', async () => {
    const held = heldTranslations()
    const store = await fakeStore({
      route,
      library: [...(await loadBundledLibrary())],
      loadTranslations: held.load,
    })
    store.setState({ preview: await loadPreviews() })
    await store.getState().loadCases()
    await vi.waitFor(() => expect(store.getState().view).not.toBeNull())
    store.getState().setLanguage('ru')
    const s = store.getState()
    expect(s.translationsPending).toBe(true)
    expect(selectWaitingForTranslations(s)).toBe(false)
    // The very objects shown before the switch: a screen reading them does not even render again.
    expect(selectViewInLanguage(s)).toBe(s.view)
    expect(selectLibraryInLanguage(s)).toBe(s.library)
    expect(selectPreviewInLanguage(s)).toBe(s.preview)
    expect(selectCasesInLanguage(s)).toBe(s.cases)
    // Back to English and to Russian again while the words come: still the English, never nothing.
    store.getState().setLanguage('en')
    store.getState().setLanguage('ru')
    expect(selectViewInLanguage(store.getState())).toBe(s.view)
    held.arrive()
    const translatedState = await translated(store)
    expect(selectViewInLanguage(translatedState)?.scenario.title).toBe('Казахстан, январь 2022 года')
    const cases = selectCasesInLanguage(translatedState)
    if (cases.status !== 'ready') throw new Error('cases not ready')
    expect(cases.rows.map((r) => r.scenario.title)).toContain('Казахстан, январь 2022 года')
  })

  it('shows the English when the Russian cannot come, rather than wait for ever', async () => {
    const held = heldTranslations()
    const store = await waiting(held.load)
    expect(selectViewInLanguage(store.getState())).toBeNull()
    held.fail()
    await vi.waitFor(() => expect(store.getState().translationsPending).toBe(false))
    const s = store.getState()
    expect(selectViewInLanguage(s)).toBe(s.view)
    expect(selectLibraryInLanguage(s)).toBe(s.library)
    expect(selectCasesInLanguage(s)).toBe(s.cases)
    expect(selectPreviewInLanguage(s)).toBe(s.preview)
  })

  it('is the same game in other words, and a switch back to English loses nothing', async () => {
    const store = await russianStore({ route })
    const s = await translated(store)
    const view = selectViewInLanguage(s)
    expect(view?.scenario.title).toBe('Казахстан, январь 2022 года')
    expect(view?.role.briefing).toContain('Вы — Касым-Жомарт Токаев')
    expect(view?.scenario.history?.summary).not.toBe(s.view?.scenario.history?.summary)
    expect(view?.result).toBe(s.view?.result)
    expect(view?.score).toBe(s.view?.score)
    store.getState().setLanguage('en')
    const english = store.getState()
    expect(selectViewInLanguage(english)).toBe(english.view)
    expect(english.view?.result).toBe(s.view?.result)
    expect(english.game).toEqual(s.game)
  })

  it('sets the historical cases beside each other in Russian', async () => {
    const store = await russianStore()
    await store.getState().loadCases()
    const cases = selectCasesInLanguage(await translated(store))
    if (cases.status !== 'ready') throw new Error('cases not ready')
    expect(cases.rows.map((r) => r.scenario.title)).toContain('Казахстан, январь 2022 года')
  })

  it('leaves an instructor’s own scenario as written: the library keeps no translation of it', async () => {
    const bundled = kazakhstan(await loadBundledLibrary())
    const own = { ...bundled, id: 'my-crisis', title: 'My crisis' }
    const store = await russianStore({
      library: [{ ok: true, imported: true, scenario: own }],
      route: playAt('my-crisis', 'tokayev', 'briefing', { seed: 7 }),
    })
    const s = await translated(store)
    const library = selectLibraryInLanguage(s)
    if (library.status !== 'ready') throw new Error('library not ready')
    expect(library.entries[0]).toBe(s.library.status === 'ready' ? s.library.entries[0] : undefined)
    expect(selectViewInLanguage(s)).toBe(s.view)
    expect(s.view && actorName(s.view.scenario, 'kazakhstan')).toBe('Kazakhstan')
  })
})
