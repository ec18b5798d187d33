// "Play it" would save the draft in place of another of the author's scenarios with its id: it asks first.
import type { EditorView } from 'codemirror'
import type { RefObject } from 'react'
import { useGame } from '../../store'
import { useText } from '../i18n/use-text'
import { ClashQuestion } from './clash-question'

export function PlayClash({ viewRef }: { viewRef: RefObject<EditorView | null> }) {
  const clash = useGame((s) => s.workshop.playClash)
  const answerPlay = useGame((s) => s.answerPlay)
  const t = useText()
  if (!clash) return null
  const { id, title } = clash.scenario
  const { mine } = clash
  return (
    <ClashQuestion
      question={t('workshop.playClashAsk', { title, id, mine })}
      note={t('workshop.playClashBoth')}
      scenario={title}
      mine={mine}
      onReplace={() => void answerPlay('replace')}
      onKeep={() => {
        void answerPlay('keep')
        // Back to the text, where the id is changed to keep both.
        viewRef.current?.focus()
      }}
    />
  )
}
