// The facilitator takes a team out of the lobby (a squatter, or a team in the wrong seat), in two steps: a
// slip of the pointer must not unseat a team. The removed team's screen says so and offers to join again.
import { useEffect, useRef, useState } from 'react'
import { useText } from '../i18n/use-text'

export function RemoveTeam({
  name,
  disabled,
  onRemove,
}: {
  name: string
  disabled: boolean
  onRemove: () => void
}) {
  const t = useText()
  const [asking, setAsking] = useState(false)
  const ask = useRef<HTMLButtonElement>(null)
  const keep = useRef<HTMLButtonElement>(null)
  const answered = useRef(false)
  // The question takes the focus to its safe answer; keeping the team brings it back to the button that asked.
  useEffect(() => {
    if (asking) keep.current?.focus()
    else if (answered.current) ask.current?.focus()
    answered.current = false
  }, [asking])

  if (!asking)
    return (
      <button
        ref={ask}
        type="button"
        className="link-button"
        aria-label={t('live.remove.ask', { name })}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {t('live.remove.button')}
      </button>
    )
  return (
    <fieldset className="remove-team">
      <legend>{t('live.remove.question', { name })}</legend>
      <button type="button" className="button danger" disabled={disabled} onClick={onRemove}>
        {t('live.remove.ask', { name })}
      </button>
      <button
        ref={keep}
        type="button"
        className="button secondary"
        onClick={() => {
          answered.current = true
          setAsking(false)
        }}
      >
        {t('live.remove.keep', { name })}
      </button>
    </fieldset>
  )
}
