// The facilitator takes a team out of the lobby (a squatter, or a team in the wrong seat), in two steps: a
// slip of the pointer must not unseat a team. The removed team's screen says so and offers to join again.
import { useEffect, useRef, useState } from 'react'

export function RemoveTeam({
  name,
  disabled,
  onRemove,
}: {
  name: string
  disabled: boolean
  onRemove: () => void
}) {
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
        aria-label={`Remove ${name}`}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        Remove
      </button>
    )
  return (
    <fieldset className="remove-team">
      <legend>Remove {name} from the session? Its screen goes back to the join form.</legend>
      <button type="button" className="button danger" disabled={disabled} onClick={onRemove}>
        Remove {name}
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
        Keep {name}
      </button>
    </fieldset>
  )
}
