// The group exercises' one way of asking before a step that cannot be undone (removing a team, finishing a live
// session, throwing a kept exercise away): the question, in words that say what will happen, takes the focus to its
// safe answer; only the second button acts; keeping things as they are brings the focus back to what asked.
import { type RefObject, useEffect, useRef, useState } from 'react'

export interface Question {
  /** What will happen, asked plainly. */
  readonly question: string
  /** The button that does it. */
  readonly confirm: string
  /** The button that leaves things as they are. */
  readonly keep: string
}

/** The question and its two answers, shown while it is asked; the focus goes to keeping things as they are. */
export function AskQuestion({
  words,
  disabled = false,
  onConfirm,
  onKeep,
}: {
  words: Question
  disabled?: boolean
  onConfirm: () => void
  onKeep: () => void
}) {
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <fieldset className="ask-first">
      <legend>{words.question}</legend>
      <button type="button" className="button danger" disabled={disabled} onClick={onConfirm}>
        {words.confirm}
      </button>
      <button ref={keep} type="button" className="button secondary" onClick={onKeep}>
        {words.keep}
      </button>
    </fieldset>
  )
}

/** Whether the question is asked, and the focus brought back to `back` when it is answered "keep". */
export function useAsking(back: RefObject<HTMLElement | null>) {
  const [asking, setAsking] = useState(false)
  const kept = useRef(false)
  useEffect(() => {
    if (!asking && kept.current) back.current?.focus()
    kept.current = false
  }, [asking, back])
  return {
    asking,
    ask: () => setAsking(true),
    keep: () => {
      kept.current = true
      setAsking(false)
    },
  }
}

/** A button that asks its question first: `label` (and `name`, its accessible name when it differs) asks it. */
export function AskFirst({
  label,
  name,
  look = 'button secondary',
  words,
  disabled = false,
  onConfirm,
}: {
  label: string
  name?: string
  look?: 'button secondary' | 'link-button'
  words: Question
  disabled?: boolean
  onConfirm: () => void
}) {
  const button = useRef<HTMLButtonElement>(null)
  const { asking, ask, keep } = useAsking(button)
  if (asking) return <AskQuestion words={words} disabled={disabled} onConfirm={onConfirm} onKeep={keep} />
  return (
    <button ref={button} type="button" className={look} aria-label={name} disabled={disabled} onClick={ask}>
      {label}
    </button>
  )
}
