// The student's score, told fairly: against the engine's best reply in the same seat on the same luck, with the
// others' luck (the close seconds the dice chose for them) reported apart, from the engine's game in that seat, which
// is the student's own only where the student chose as the engine would.
import './score-panel.css'
import { useId } from 'react'
import { actorName, deviations, type FairScore, type Scenario } from '../../store'
import { formatDecimal, signed } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { decisionInsteadOf, decisionPastBeside } from '../words/decisions'

export function ScorePanel({
  score,
  scenario,
  departed,
}: {
  score: FairScore
  scenario: Scenario
  /** How many of the student's steps differed from the engine's best reply in their seat. */
  departed: number
}) {
  const t = useText()
  const language = useLanguage()
  const luck = deviations(score.bestReplyGame.moves)
  const titleId = useId()
  const tiny = (n: number) => Math.abs(n) < 0.005
  const points = (n: number) => formatDecimal(Math.abs(n), 2, language)
  return (
    <section className="panel score-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('score.title')}</h2>
      <p className="score-total">
        <strong data-testid="score-total">{signed(score.yours, 2, language)}</strong>{' '}
        <span>{t('score.yours')}</span>
      </p>
      <dl className="score-parts">
        <div>
          <dt>
            {t('score.choice')}:{' '}
            <strong data-testid="score-choice">{signed(score.choice, 2, language)}</strong>
          </dt>
          <dd>
            {departed === 0
              ? t('score.matched')
              : tiny(score.choice)
                ? t('score.choiceEven', { count: departed })
                : t(score.choice < 0 ? 'score.choiceCost' : 'score.choiceGain', { n: points(score.choice) })}
          </dd>
        </div>
        <div>
          <dt>
            {t('score.luck')}: <strong data-testid="score-luck">{signed(score.luck, 2, language)}</strong>
          </dt>
          <dd>
            {luck.length === 0 ? (
              t('score.noLuck')
            ) : (
              <>
                {tiny(score.luck)
                  ? t('score.luckNone')
                  : t('score.luckWas', { n: points(score.luck), better: score.luck > 0 ? 'yes' : 'no' })}
                <ul>
                  {luck.map((move) => (
                    <li key={`${move.stage}-${move.actor}`}>
                      {t('score.deviation', {
                        who: actorName(scenario, move.actor),
                        did: decisionPastBeside(move.decision, move.best, t),
                        instead: decisionInsteadOf(move.decision, move.best, t),
                      })}
                    </li>
                  ))}
                </ul>
                {departed > 0 ? <p className="score-luck-game">{t('score.luckGame')}</p> : null}
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="score-how">{t('score.how', { expected: signed(score.expected, 2, language) })}</p>
    </section>
  )
}
