// For tests that speak a language without the app's LanguageProvider: its messages loaded and shown at once.
import type { Language } from '../src/store'
import { loadLanguage, showLanguage } from '../src/ui/i18n/messages'

export const activateLanguage = (language: Language): Promise<void> =>
  loadLanguage(language).then(() => showLanguage(language))
