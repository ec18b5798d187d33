// What an actor cares about: each indicator it weighs, how much, and which way it wants it to move.
import { INDICATOR_LABEL } from '../../engine'
import type { Concern } from '../../store'

const strength = (w: number): string =>
  Math.abs(w) >= 0.6 ? 'a great deal' : Math.abs(w) >= 0.3 ? 'a fair amount' : 'a little'

export function ConcernList({ concerns, label }: { concerns: readonly Concern[]; label: string }) {
  return (
    <ul className="concerns" aria-label={label}>
      {concerns.map(({ indicator, weight }) => (
        <li key={indicator}>
          <span className="concern-label">{INDICATOR_LABEL[indicator]}</span>
          <span className="concern-bar" aria-hidden="true">
            <span
              className={weight > 0 ? 'up' : 'down'}
              style={{ width: `${Math.abs(weight) * 50}%`, [weight > 0 ? 'left' : 'right']: '50%' }}
            />
          </span>
          <span className="concern-text">
            {weight > 0 ? 'wants it higher' : 'wants it lower'}, {strength(weight)}
          </span>
        </li>
      ))}
    </ul>
  )
}
