// The facilitator takes a team out of the lobby (a squatter, or a team in the wrong seat), in two steps: a
// slip of the pointer must not unseat a team. The removed team's screen says so and offers to join again.
import { useText } from '../i18n/use-text'
import { AskFirst } from './ask-first'

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
  return (
    <AskFirst
      label={t('live.remove.button')}
      name={t('live.remove.ask', { name })}
      look="link-button"
      words={{
        question: t('live.remove.question', { name }),
        confirm: t('live.remove.ask', { name }),
        keep: t('live.remove.keep', { name }),
      }}
      disabled={disabled}
      onConfirm={onRemove}
    />
  )
}
