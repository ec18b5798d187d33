// The language the crises are shown in. It is the reader's, except while a switch's translations are on their
// way: then the screens keep the language they showed before (English, on a first switch to Russian), and the
// page's own words with them, so a screen already open stays as the reader left it. A first visit in Russian has
// shown nothing yet and has none: its screens wait for the Russian rather than flash English.
import type { Language } from './language'
import type { LanguageSlice } from './state'

type Shown = Pick<
  LanguageSlice,
  'language' | 'translations' | 'translationsPending' | 'contentLanguageBefore'
>

export const selectContentLanguage = (s: Shown): Language | null =>
  s.language === 'en' || s.translations || !s.translationsPending ? s.language : s.contentLanguageBefore

/**
 * The language of the page's own words, and so of `<html lang>`: the crises' language, so that through a switch
 * the words, the crises and what a screen reader is told change together (the crises' Russian comes after the
 * page's). A first visit, with no crisis shown yet, speaks the reader's language at once.
 */
export const selectPageLanguage = (s: Shown): Language => selectContentLanguage(s) ?? s.language
