// The language the game speaks to this reader: chosen on any screen, said by a link, remembered by the autosave.
import { preferredLanguage, readLanguage } from './language'
import type { Slice } from './slice'
import type { LanguageSlice } from './state'

export const languageSlice: Slice<LanguageSlice> = (set, get, ctx) => ({
  language: readLanguage(ctx.deps.storage) ?? preferredLanguage(ctx.deps.browserLanguages ?? []),

  setLanguage(language) {
    if (get().language === language) return
    set((s) => {
      s.language = language
    })
  },
})
