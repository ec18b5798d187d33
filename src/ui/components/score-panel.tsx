// The student's score, told fairly: against the engine's best reply in the same seat on the same luck, with the
// others' luck (the close seconds the dice chose for them) reported apart.
import './score-panel.css'
import { useId } from 'react'
import { actorName, deviations, type FairScore, type Scenario } from '../../store'
import { signed } from '../format'
import { useText } from '../i18n/use-text'
import { decisionInstead, decisionPast } from '../words/decisions'

const TEXT = {
  title: 'Your score',
  yours: 'By your role’s own interests',
  choice: 'Your choices',
  luck: "The others' luck",
  matched: 'You chose as the engine would have chosen in your seat at every step.',
  choiceCost: (n: string) =>
    `Against the engine's best reply in your seat, on the same luck, your choices cost you ${n}.`,
  choiceGain: (n: string) =>
    `Against the engine's best reply in your seat, on the same luck, your choices gained you ${n}.`,
  noLuck: 'Every other actor played its best: no luck either way.',
  luckWas: (n: string, better: boolean) =>
    `Against what the engine expected of them, the others' close seconds ${better ? 'helped you by' : 'cost you'} ${n}:`,
  luckNone: 'The others now and then took a close second, which made no difference to your score:',
  deviation: (who: string, did: string, instead: string) => `${who} ${did} rather than ${instead}`,
  how: 'A score adds up how far each indicator ends from 50, weighted by how much your role cares about it. The engine expected, with every actor at its best:',
}

export function ScorePanel({ score, scenario }: { score: FairScore; scenario: Scenario }) {
  const t = useText()
  const luck = deviations(score.bestReplyGame.moves)
  const titleId = useId()
  const tiny = (n: number) => Math.abs(n) < 0.005
  return (
    <section className="panel score-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{TEXT.title}</h2>
      <p className="score-total">
        <strong data-testid="score-total">{signed(score.yours, 2)}</strong> <span>{TEXT.yours}</span>
      </p>
      <dl className="score-parts">
        <div>
          <dt>
            {TEXT.choice}: <strong data-testid="score-choice">{signed(score.choice, 2)}</strong>
          </dt>
          <dd>
            {tiny(score.choice)
              ? TEXT.matched
              : score.choice < 0
                ? TEXT.choiceCost(Math.abs(score.choice).toFixed(2))
                : TEXT.choiceGain(score.choice.toFixed(2))}
          </dd>
        </div>
        <div>
          <dt>
            {TEXT.luck}: <strong data-testid="score-luck">{signed(score.luck, 2)}</strong>
          </dt>
          <dd>
            {luck.length === 0 ? (
              TEXT.noLuck
            ) : (
              <>
                {tiny(score.luck)
                  ? TEXT.luckNone
                  : TEXT.luckWas(Math.abs(score.luck).toFixed(2), score.luck > 0)}
                <ul>
                  {luck.map((move) => (
                    <li key={`${move.stage}-${move.actor}`}>
                      {TEXT.deviation(
                        actorName(scenario, move.actor),
                        decisionPast(move.decision, t),
                        decisionInstead(move.best, t),
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="score-how">
        {TEXT.how} {signed(score.expected, 2)}.
      </p>
    </section>
  )
}
