// The player's turn: the question, what has happened so far, how the treaty reads the case, and the choices.
import { FRAMING_LABEL, FRAMINGS } from '../../engine'
import { type GameView, hrefFor, type TreatyReading, useGame } from '../../store'
import { DecisionForm } from '../components/decision-form'
import { MoveCard } from '../components/move-card'
import { PageHeading } from '../components/page-heading'
import { VerdictBadge, VerdictRules } from '../components/verdict-rules'
import { STAGE_COPY } from '../decision-help'
import { sentence } from '../format'

export function DecideScreen({ view }: { view: GameView }) {
  const decide = useGame((s) => s.decide)
  const outcomes = useGame((s) => hrefFor(s, 'outcomes'))
  const { result, scenario } = view
  if (result.status !== 'awaiting')
    return (
      <>
        <PageHeading title="No decision waiting" />
        <p>Your part in this game is done.</p>
        <p>
          <a className="button" href={outcomes}>
            See the outcomes
          </a>
        </p>
      </>
    )
  const copy = STAGE_COPY[result.pending.stage]
  return (
    <>
      <PageHeading title={copy.question} eyebrow="Your decision">
        <p className="lede">{copy.intro}</p>
      </PageHeading>
      <div className="two-columns">
        <DecisionForm
          key={result.moves.length}
          point={result.pending}
          onDecide={decide}
          start={scenario.dates.start}
        />
        <div>
          <section aria-labelledby="so-far-title">
            <h2 id="so-far-title">What has happened so far</h2>
            {result.moves.length === 0 ? (
              <p>Nothing yet: the first move is yours.</p>
            ) : (
              <ol className="timeline">
                {result.moves.map((move, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence
                  <li key={i}>
                    <MoveCard move={move} scenario={scenario} />
                  </li>
                ))}
              </ol>
            )}
          </section>
          <TreatyPanel reading={view.treaty} />
        </div>
      </div>
    </>
  )
}

function TreatyPanel({ reading }: { reading: TreatyReading }) {
  if (reading.kind === 'by-framing')
    return (
      <section aria-labelledby="treaty-now-title" className="panel">
        <h2 id="treaty-now-title">How the treaty would read your request</h2>
        <p>
          The facts are fixed; your framing is not. Each way of describing the threat meets the rules
          differently:
        </p>
        <dl className="framing-verdicts">
          {FRAMINGS.map((framing) => {
            const verdict = reading.verdicts[framing]
            const open = verdict.rules.filter((r) => r.status !== 'holds')
            return (
              <div key={framing}>
                <dt>
                  {sentence(FRAMING_LABEL[framing])}: <VerdictBadge status={verdict.status} />
                </dt>
                {open.map((r) => (
                  <dd key={r.rule}>{r.reason}</dd>
                ))}
              </div>
            )
          })}
        </dl>
      </section>
    )
  return (
    <section aria-labelledby="treaty-now-title" className="panel">
      <h2 id="treaty-now-title">
        How the treaty reads {reading.kind === 'on-request' ? 'the request' : 'the case'}
      </h2>
      <p>
        <VerdictBadge status={reading.verdict.status} />
      </p>
      <VerdictRules verdict={reading.verdict} sources={false} />
    </section>
  )
}
