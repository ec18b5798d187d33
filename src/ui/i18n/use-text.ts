// The words of the screens: `t('library.title')` reads the message in the reader's language, and a component
// that asks for it shows the new language as soon as its messages have come. Beneath a `Reworded` (reworded.tsx)
// a message may be read under another id, where the place makes its usual words untrue.
import { useLingui } from '@lingui/react'
import { useMemo } from 'react'
import type { Language } from '../../store'
import { textWithNumbers } from './message-numbers'
import { rememberingWords, type Translate } from './remembered-words'
import { useRewording } from './reworded'

export type { Translate }

export function useText(): Translate {
  const lingui = useLingui()
  const _ = rememberingWords(textWithNumbers(lingui.i18n, lingui._))
  const instead = useRewording()
  return useMemo(() => (instead ? (id, values) => _(instead[id] ?? id, values) : _), [_, instead])
}

/** The language the screens speak now (its messages have come), for Intl's dates and numbers beside them. */
export const useLanguage = (): Language => useLingui().i18n.locale as Language
