// The others' choices on the changed facts, each marked where it differs from the student's own game: drawn
// again only when a replay's moves differ, since most slider moves change the outcomes and not the choices.
import { memo, useDeferredValue } from 'react'
import { actorName, type GameView, type ReplayedMove, sameDecision, selectWhatIf, useGame } from '../../store'
import { moveBefore } from '../../store/other-pages'
import { useText } from '../i18n/use-text'
import { decisionNow } from '../words/decisions'

interface Props {
  scenario: GameView['scenario']
  /** The moves of the student's own game. */
  mine: readonly ReplayedMove[]
  /** The moves of the replay shown (the student's own when nothing has changed). */
  moves: readonly ReplayedMove[]
}

const sameMoves = (a: readonly ReplayedMove[], b: readonly ReplayedMove[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]!
      return m.stage === n.stage && m.actor === n.actor && sameDecision(m.decision, n.decision)
    }))

/** The choices of the replay shown, a render behind its outcomes: a move's bands are drawn first. */
export function WhatIfChoices({ scenario, mine }: Omit<Props, 'moves'>) {
  const replayed = useGame(selectWhatIf)?.moves
  const moves = useDeferredValue(replayed ?? mine)
  return <WhatIfMoves scenario={scenario} mine={mine} moves={moves} />
}

const WhatIfMoves = memo(
  function WhatIfMoves({ scenario, mine, moves }: Props) {
    const t = useText()
    return (
      <ol className="timeline compact" data-testid="whatif-moves">
        {moves.map((move, i) => {
          const was = moveBefore(mine, move)
          const changed = !was || !sameDecision(was.decision, move.decision)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence
            <li key={i} className={changed ? 'changed' : undefined}>
              <strong>{actorName(scenario, move.actor)}</strong> {decisionNow(move.decision, t, moves)}.
              {changed ? (
                <span className="change-note">
                  {' '}
                  {was
                    ? t('whatIf.wasBefore', { what: decisionNow(was.decision, t, mine) })
                    : t('whatIf.newMove')}
                </span>
              ) : null}
            </li>
          )
        })}
      </ol>
    )
  },
  (a, b) => a.scenario === b.scenario && a.mine === b.mine && sameMoves(a.moves, b.moves),
)
