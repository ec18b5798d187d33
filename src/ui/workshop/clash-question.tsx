// The question the workshop asks before a scenario takes the place of one of the author's own with its id (a shared
// link's, or the draft's when "Play it" saves it): both named, nothing replaced until they say so, and the focus
// starting on the answer that loses nothing.
import { useEffect, useRef } from 'react'
import { useText } from '../i18n/use-text'
import './clash.css'

export function ClashQuestion({
  question,
  note,
  scenario,
  mine,
  onReplace,
  onKeep,
}: {
  question: string
  /** How to keep both. */
  note: string
  /** The title of the scenario that would take the place of the author's own. */
  scenario: string
  /** The title of the author's own. */
  mine: string
  onReplace: () => void
  onKeep: () => void
}) {
  const t = useText()
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <fieldset className="panel warning clash">
      <legend>{question}</legend>
      <p className="meta">{note}</p>
      <button type="button" className="button" onClick={onReplace}>
        {t('workshop.clashReplace', { mine, title: scenario })}
      </button>
      <button ref={keep} type="button" className="button secondary" onClick={onKeep}>
        {t('workshop.clashKeep')}
      </button>
    </fieldset>
  )
}
