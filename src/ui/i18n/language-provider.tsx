// Speaks the store's language: fetches its messages when it changes, then shows them and says so on <html lang>,
// so a screen reader reads Russian as Russian. The page keeps the old language until the new one has come.
import { I18nProvider } from '@lingui/react'
import { type ReactNode, useEffect, useState } from 'react'
import { useGame } from '../../store'
import { useFirstPaintGone } from '../first-paint'
import { activateLanguage, i18n } from './messages'

export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useGame((s) => s.language)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let current = true
    activateLanguage(language).then(
      () => {
        if (!current) return
        document.documentElement.lang = language
        setFailed(false)
      },
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [language])
  // Nothing can be said before a language's messages have come, and no message can say this: both languages.
  const speechless = failed && !i18n.locale
  useFirstPaintGone(speechless)
  if (speechless)
    return (
      <p role="alert" className="page">
        The page could not load its words. Reload to try again. / Не удалось загрузить текст страницы.
        Обновите её, чтобы попробовать снова.
      </p>
    )
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>
}
