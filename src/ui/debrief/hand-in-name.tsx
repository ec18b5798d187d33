// Whose debrief it is: the student's name and class, typed beside the way to print and printed at the top of the
// first page. Optional, kept in this browser with the answers (the store's autosave), and never sent anywhere.
import { useId } from 'react'
import { MAX_NAME, selectHandInName, useGame } from '../../store'
import { useText } from '../i18n/use-text'

/** The field, on screen only. */
export function NameField() {
  const t = useText()
  const name = useGame(selectHandInName)
  const nameHandIn = useGame((s) => s.nameHandIn)
  const id = useId()
  return (
    <div className="hand-in-name">
      <label htmlFor={id}>{t('debrief.name.label')}</label>
      {/* No autofill, and no spell check: some browsers' checkers send what is typed to a server. */}
      <input
        id={id}
        type="text"
        value={name}
        maxLength={MAX_NAME}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-help`}
        onChange={(e) => nameHandIn(e.target.value)}
      />
      <p id={`${id}-help`} className="print-help">
        {t('debrief.name.help')}
      </p>
    </div>
  )
}

/** The name at the top of the printed page, or a line to write one on by hand; on paper only. */
export function PrintedName() {
  const t = useText()
  const name = useGame(selectHandInName).trim()
  return (
    <p className="name-print" aria-hidden="true">
      {t('debrief.name.printed')} {name ? <strong>{name}</strong> : <span className="name-blank" />}
    </p>
  )
}
