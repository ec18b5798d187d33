// What an actor cares about: each indicator it weighs, how much, and which way it wants it to move. Only the
// player's own list speaks to them ("your hold on power"); on another actor's card "your" would read as that
// actor's own, so there each indicator names whose it is ("the hold on power of Belarus's government").
import './concern-list.css'
import type { ActorId, Scenario } from '../../store'
import type { Concern } from '../../store/other-pages'
import { useText } from '../i18n/use-text'
import { indicatorLabel } from '../words/indicators'

/** How much an actor cares, as the message's select reads it. */
const strength = (w: number): string =>
  Math.abs(w) >= 0.6 ? 'great' : Math.abs(w) >= 0.3 ? 'fair' : 'little'

export function ConcernList({
  concerns,
  label,
  scenario,
  actor,
  viewer,
}: {
  concerns: readonly Concern[]
  label: string
  scenario: Scenario
  /** Whose concerns these are. */
  actor: ActorId
  /** The player's actor: the list says "you" only when it is the player's own. */
  viewer?: ActorId | undefined
}) {
  const t = useText()
  const you = actor === viewer ? viewer : undefined
  const mine = you ? 'yes' : 'no'
  return (
    <ul className="concerns" aria-label={label}>
      {concerns.map(({ indicator, weight }) => (
        <li key={indicator}>
          <span className="concern-label">{indicatorLabel(scenario, indicator, t, you, actor)}</span>
          <span className="concern-bar" aria-hidden="true">
            <span
              className={weight > 0 ? 'up' : 'down'}
              style={{ width: `${Math.abs(weight) * 50}%`, [weight > 0 ? 'left' : 'right']: '50%' }}
            />
          </span>
          <span className="concern-text">
            {t(weight > 0 ? 'words.wants.higher' : 'words.wants.lower', { how: strength(weight), mine })}
          </span>
        </li>
      ))}
    </ul>
  )
}
