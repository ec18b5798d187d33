// What an actor cares about: each indicator it weighs, how much, and which way it wants it to move, in words
// that speak to the player about their own role.
import './concern-list.css'
import type { ActorId, Concern, Scenario } from '../../store'
import { indicatorLabel } from '../words/indicators'

const strength = (w: number): string =>
  Math.abs(w) >= 0.6 ? 'a great deal' : Math.abs(w) >= 0.3 ? 'a fair amount' : 'a little'

const TEXT = {
  higher: (how: string, mine: boolean) => `${mine ? 'you want it higher' : 'wants it higher'}, ${how}`,
  lower: (how: string, mine: boolean) => `${mine ? 'you want it lower' : 'wants it lower'}, ${how}`,
}

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
  /** The player's actor. */
  viewer?: ActorId | undefined
}) {
  const mine = actor === viewer
  return (
    <ul className="concerns" aria-label={label}>
      {concerns.map(({ indicator, weight }) => (
        <li key={indicator}>
          <span className="concern-label">{indicatorLabel(scenario, indicator, viewer)}</span>
          <span className="concern-bar" aria-hidden="true">
            <span
              className={weight > 0 ? 'up' : 'down'}
              style={{ width: `${Math.abs(weight) * 50}%`, [weight > 0 ? 'left' : 'right']: '50%' }}
            />
          </span>
          <span className="concern-text">
            {weight > 0 ? TEXT.higher(strength(weight), mine) : TEXT.lower(strength(weight), mine)}
          </span>
        </li>
      ))}
    </ul>
  )
}
