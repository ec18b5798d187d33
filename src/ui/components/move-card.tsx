// One move of the crisis: who did what, at which stage, and why, in plain words, with the model's numbers a
// click away. A move history made (a game that opens as the record has it) says so, rather than pass for chance.
import './move-card.css'
import {
  type ActorId,
  actorName,
  type Move,
  type Scenario,
  sameDecision,
  selectAsRecorded,
  useGame,
} from '../../store'
import { formatMoment } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { decisionNow, type GameMoves, STAGE_WORDS } from '../words/decisions'
import { whyText } from '../words/reasons'
import { ReasonNumbers } from './reason-numbers'

export function MoveCard({
  move,
  game,
  scenario,
  viewer,
  why = true,
  at,
}: {
  move: Move
  /** The game's moves: China's backing names the help a government received, troops or Article 2's aid. */
  game: GameMoves
  scenario: Scenario
  /** The player's actor: reasons about it speak to the player ("your hold on power"). */
  viewer?: ActorId | undefined
  why?: boolean
  /** When the move was made, on the game's clock, for the resolution's dispatches. */
  at?: string
}) {
  const t = useText()
  const language = useLanguage()
  const sentence = why ? whyText(move, scenario, t, language, viewer) : null
  const recorded = useGame(selectAsRecorded(move))
  const stage = t(STAGE_WORDS[move.stage])
  const lastWord = stage.lastIndexOf(' ') + 1
  return (
    <div className={`move-card ${move.by}`}>
      <p className="move-stage">
        {at ? (
          <>
            <time dateTime={at}>{formatMoment(at, language)}</time> ·{' '}
          </>
        ) : null}
        {stage.slice(0, lastWord)}
        {/* The badges keep to the stage's last word: on a phone they never wrap onto a line by themselves. */}
        <span className="move-stage-end">
          {stage.slice(lastWord)}
          {move.by === 'player' ? <span className="badge you">{t('move.you')}</span> : null}
          {recorded ? <span className="badge as-recorded">{t('move.asRecorded')}</span> : null}
        </span>
      </p>
      <p className="move-line">
        <strong>{actorName(scenario, move.actor)}</strong> {decisionNow(move.decision, t, game)}.
      </p>
      {sentence ? (
        <div className="move-why">
          <p>{sentence}</p>
          {move.by === 'engine' && !sameDecision(move.decision, move.best) ? (
            <p className="move-note">{t(recorded ? 'move.recordNote' : 'move.closeSecond')}</p>
          ) : null}
          <ReasonNumbers move={move} mine={move.actor === viewer} />
        </div>
      ) : null}
    </div>
  )
}
