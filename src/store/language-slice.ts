// The language the game speaks to this reader: chosen on any screen, said by a link, remembered by the autosave.
import type { StoreApi } from 'zustand/vanilla'
import type { ContentTranslations } from './content-translations'
import { preferredLanguage, readLanguage } from './language'
import { selectContentLanguage } from './language-shown'
import type { Slice } from './slice'
import type { GameStore, LanguageSlice } from './state'

export const languageSlice: Slice<LanguageSlice> = (set, get, ctx) => ({
  language: readLanguage(ctx.deps.storage) ?? preferredLanguage(ctx.deps.browserLanguages ?? []),
  translations: null,
  translationsPending: false,
  contentLanguageBefore: null,
  problemWords: null,

  setLanguage(language) {
    if (get().language === language) return
    set((s) => {
      s.contentLanguageBefore = selectContentLanguage(s)
      s.language = language
    })
  },

  beginIn(language) {
    if (get().language === language) return
    set((s) => {
      s.contentLanguageBefore = null
      s.language = language
    })
  },
})

/**
 * Fetches the scenarios' translations the first time the store's language is not English (at once, for a reader
 * who comes back in Russian), and says so while they come. A failed fetch (offline before they were cached) leaves
 * the English, and the next switch tries again.
 */
export function loadTranslationsOnDemand(
  store: StoreApi<GameStore>,
  load: (() => Promise<ContentTranslations>) | undefined,
): void {
  if (!load) return
  let loading: Promise<void> | undefined
  const follow = ({ language, translations }: GameStore): void => {
    if (language === 'en' || translations || loading) return
    store.setState({ translationsPending: true })
    loading = load().then(
      (loaded) => store.setState({ translations: loaded, translationsPending: false }),
      () => {
        loading = undefined
        store.setState({ translationsPending: false })
      },
    )
  }
  store.subscribe((state, previous) => {
    if (state.language !== previous.language) follow(state)
  })
  follow(store.getState())
}
