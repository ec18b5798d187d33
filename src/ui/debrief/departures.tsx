// Where the student chose otherwise than the engine in their seat, and what each of those choices cost or gained.
// A student who never did hears so from the score above it, once.
import type { GameView, Move } from '../../store'
import { MoveCard } from '../components/move-card'
import { useText } from '../i18n/use-text'

export function Departures({ view, differed }: { view: GameView; differed: readonly Move[] }) {
  const t = useText()
  if (differed.length === 0) return null
  return (
    <>
      <p>{t('debrief.departures.some')}</p>
      <ol className="timeline">
        {differed.map((move) => (
          <li key={move.stage}>
            <MoveCard
              move={move}
              game={view.result.moves}
              scenario={view.scenario}
              viewer={view.role.actor}
            />
          </li>
        ))}
      </ol>
    </>
  )
}
