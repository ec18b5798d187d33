// The words of the screens: `t('library.title')` reads the message in the reader's language, and a component
// that asks for it shows the new language as soon as its messages have come.
import { useLingui } from '@lingui/react'
import type { Language } from '../../store'

/** A message by its id, with its values (ICU: `{count, plural, one {…} few {…} other {…}}`). */
export type Translate = (id: string, values?: Record<string, unknown>) => string

export function useText(): Translate {
  return useLingui()._ as Translate
}

/** The language the screens speak now (its messages have come), for Intl's dates and numbers beside them. */
export const useLanguage = (): Language => useLingui().i18n.locale as Language
