// Speaks the store's language: fetches its messages as soon as the reader picks it, and shows them, saying so on
// <html lang> so a screen reader reads Russian as Russian, when the crises speak it too (the store's page
// language). Through a switch the page keeps its old words until both the new messages and the crises' translations
// have come, and then changes all at once, before the browser paints again.
import { I18nProvider } from '@lingui/react'
import { type ReactNode, useEffect, useLayoutEffect, useState } from 'react'
import { type Language, selectPageLanguage, useGame } from '../../store'
import { useFirstPaintGone } from '../first-paint'
import { i18n, loadLanguage, showLanguage } from './messages'

export function LanguageProvider({ children }: { children: ReactNode }) {
  const asked = useGame((s) => s.language)
  const language = useGame(selectPageLanguage)
  // The language whose messages came last: a page language other than it is one already shown.
  const [came, setCame] = useState<Language>()
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let current = true
    loadLanguage(asked).then(
      () => {
        if (!current) return
        setCame(asked)
        setFailed(false)
      },
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [asked])
  // In the commit that shows the crises in the new language: the words follow before the page is painted.
  useLayoutEffect(() => {
    if (came !== language) return
    showLanguage(language)
    document.documentElement.lang = language
  }, [came, language])
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
