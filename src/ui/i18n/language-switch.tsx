// The language switch of every screen: each language named in itself, the one being read marked as pressed.
import { LANGUAGES, type Language, useGame } from '../../store'
import { useText } from './use-text'

/** Each language's own name for itself: a reader who cannot read the page can still find theirs. */
const NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский' }

export function LanguageSwitch() {
  const t = useText()
  const language = useGame((s) => s.language)
  const setLanguage = useGame((s) => s.setLanguage)
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('app.language')}</legend>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === language} onClick={() => setLanguage(l)}>
          {NAMES[l]}
        </button>
      ))}
    </fieldset>
  )
}
