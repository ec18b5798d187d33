// Where the student chose otherwise than the engine in their seat, and what each of those choices cost or gained.
import { departures, type GameView } from '../../store'
import { MoveCard } from '../components/move-card'

const TEXT = {
  none: 'At every step you chose what the engine would have chosen in your seat.',
  some: 'Where you chose otherwise than the engine would have in your seat:',
}

export function Departures({ view }: { view: GameView }) {
  const differed = departures(view.result.moves)
  if (differed.length === 0) return <p>{TEXT.none}</p>
  return (
    <>
      <p>{TEXT.some}</p>
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
