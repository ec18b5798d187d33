// "Play it" would save the draft in place of another of the author's scenarios with its id: both named, and
// nothing replaced until they say so.
import type { EditorView } from 'codemirror'
import { type RefObject, useEffect, useRef } from 'react'
import { useGame } from '../../store'
import { useText } from '../i18n/use-text'
import './clash.css'

export function PlayClash({ viewRef }: { viewRef: RefObject<EditorView | null> }) {
  const clash = useGame((s) => s.workshop.playClash)
  const answerPlay = useGame((s) => s.answerPlay)
  const t = useText()
  const keep = useRef<HTMLButtonElement>(null)

  // The focus starts on the answer that loses nothing.
  useEffect(() => {
    if (clash) keep.current?.focus()
  }, [clash])

  if (!clash) return null
  const { id, title } = clash.scenario
  const { mine } = clash
  return (
    <fieldset className="panel warning clash">
      <legend>{t('workshop.playClashAsk', { title, id, mine })}</legend>
      <p className="meta">{t('workshop.playClashBoth')}</p>
      <button type="button" className="button" onClick={() => void answerPlay('replace')}>
        {t('workshop.clashReplace', { mine, title })}
      </button>
      <button
        ref={keep}
        type="button"
        className="button secondary"
        onClick={() => {
          void answerPlay('keep')
          // Back to the text, where the id is changed to keep both.
          viewRef.current?.focus()
        }}
      >
        {t('workshop.clashKeep')}
      </button>
    </fieldset>
  )
}
