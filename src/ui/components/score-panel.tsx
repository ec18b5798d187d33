// The student's score, told fairly: against the engine's best reply in the same seat on the same luck, with the
// others' luck (the close seconds the dice chose for them) reported apart, from the engine's game in that seat, which
// is the student's own only where the student chose as the engine would. Moves the record made (a game that opens as
// history did) are told apart from chance, and a seat whose turn never came is not scored on choices it never had.
import './score-panel.css'
import { useId } from 'react'
import {
  actorName,
  endedBeforeYourTurn,
  type FairScore,
  type GameView,
  type LuckPart,
  luckParts,
  type Move,
  SCORE_DIGITS,
  type Scenario,
  shownScore,
} from '../../store'
import { formatDecimal, signed } from '../format'
import { type Translate, useLanguage, useText } from '../i18n/use-text'
import { decisionInsteadOf, decisionPast, decisionPastBeside, type GameMoves } from '../words/decisions'

const tiny = (n: number) => Math.abs(n) < 0.005

export function ScorePanel({
  score,
  scenario,
  departed,
  moves,
  recorded,
  level = 2,
}: {
  score: FairScore
  scenario: Scenario
  /** How many of the student's steps differed from the engine's best reply in their seat. */
  departed: number
  /** The student's own game. */
  moves: readonly Move[]
  /** The moves history made in the game, when it opened as recorded. */
  recorded: GameView['recorded']
  /** Its heading's level: 2 on a page of its own, 3 inside the debrief's section on the score. */
  level?: 2 | 3
}) {
  const t = useText()
  const language = useLanguage()
  const parts = luckParts(score, recorded)
  const { history, chance } = parts
  const shown = shownScore(score, parts)
  const ended = endedBeforeYourTurn(moves)
  const titleId = useId()
  const points = (n: number) => formatDecimal(Math.abs(n), SCORE_DIGITS, language)
  const sign = (n: number) => signed(n, SCORE_DIGITS, language)
  return (
    <section className="panel score-panel" aria-labelledby={titleId}>
      {level === 2 ? <h2 id={titleId}>{t('score.title')}</h2> : <h3 id={titleId}>{t('score.title')}</h3>}
      <p className="score-total">
        <strong data-testid="score-total">{sign(shown.yours)}</strong> <span>{t('score.yours')}</span>
      </p>
      <dl className="score-parts">
        <div>
          <dt>
            {t('score.choice')}:{' '}
            <strong data-testid="score-choice">{ended ? t('score.none') : sign(shown.choice)}</strong>
          </dt>
          <dd>
            {ended
              ? t('score.noTurn', {
                  who: actorName(scenario, ended.actor),
                  did: decisionPast(ended.decision, t, moves),
                })
              : departed === 0
                ? t('score.matched')
                : tiny(shown.choice)
                  ? t('score.choiceEven', { count: departed })
                  : t(shown.choice < 0 ? 'score.choiceCost' : 'score.choiceGain', {
                      n: points(shown.choice),
                    })}
          </dd>
        </div>
        {history ? (
          <div>
            <dt>
              {t('score.history')}: <strong data-testid="score-history">{sign(shown.history)}</strong>
            </dt>
            <dd>
              {tiny(shown.history)
                ? t('score.historyNone')
                : t('score.historyWas', {
                    n: points(shown.history),
                    better: shown.history > 0 ? 'yes' : 'no',
                  })}
              <MoveList part={history} game={moves} scenario={scenario} t={t} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>
            {t('score.luck')}: <strong data-testid="score-luck">{sign(shown.chance)}</strong>
          </dt>
          <dd>
            {chance.moves.length === 0 ? (
              t('score.noLuck')
            ) : (
              <>
                {tiny(shown.chance)
                  ? t('score.luckNone')
                  : t('score.luckWas', {
                      n: points(shown.chance),
                      better: shown.chance > 0 ? 'yes' : 'no',
                    })}
                <MoveList part={chance} game={moves} scenario={scenario} t={t} />
                {departed > 0 ? <p className="score-luck-game">{t('score.luckGame')}</p> : null}
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="score-how">{t('score.how', { expected: sign(shown.expected) })}</p>
    </section>
  )
}

/** The others' moves that were not their best reply, each beside the best reply it passed over. */
function MoveList({
  part,
  game,
  scenario,
  t,
}: {
  part: LuckPart
  /** The game's moves: China's backing names the help a government received, troops or Article 2's aid. */
  game: GameMoves
  scenario: Scenario
  t: Translate
}) {
  return (
    <ul>
      {part.moves.map((move) => (
        <li key={`${move.stage}-${move.actor}`}>
          {t('score.deviation', {
            who: actorName(scenario, move.actor),
            did: decisionPastBeside(move.decision, move.best, t, game),
            instead: decisionInsteadOf(move.decision, move.best, t),
          })}
        </li>
      ))}
    </ul>
  )
}
