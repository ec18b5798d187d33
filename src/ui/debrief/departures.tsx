// Where the student chose otherwise than the engine in their seat, and what each of those choices cost or gained.
import { departures, type GameView } from '../../store'
import { MoveCard } from '../components/move-card'
import { useText } from '../i18n/use-text'

export function Departures({ view }: { view: GameView }) {
  const t = useText()
  const differed = departures(view.result.moves)
  if (differed.length === 0) return <p>{t('debrief.departures.none')}</p>
  return (
    <>
      <p>{t('debrief.departures.some')}</p>
      <ol className="timeline">
        {differed.map((move) => (
          <li key={move.stage}>
            <MoveCard move={move} scenario={view.scenario} viewer={view.role.actor} />
          </li>
        ))}
      </ol>
    </>
  )
}
