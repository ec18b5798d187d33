// The player's turn: the question, what has happened so far (the request being answered comes first), the
// choices, and how the treaty reads the case.
import './decide-screen.css'
import { FRAMINGS, type GameView, hrefFor, selectBusy, type TreatyReading, useGame } from '../../store'
import { DecisionForm } from '../components/decision-form'
import { MoveCard } from '../components/move-card'
import { PageHeading } from '../components/page-heading'
import { VerdictBadge, VerdictRules } from '../components/verdict-rules'
import { STAGE_COPY } from '../decision-help'
import { sentence } from '../format'
import { FRAMING_WORDS } from '../words/decisions'
import { plainReason } from '../words/verdicts'

const TEXT = {
  noDecision: 'No decision waiting',
  done: 'Your part in this game is done.',
  outcomes: 'See the outcomes',
  eyebrow: 'Your decision',
  soFar: 'What has happened so far',
  first: 'Nothing yet: the first move is yours.',
  deciding: 'The others are deciding…',
  framings: 'How the treaty would read your request',
  framingsIntro:
    'The facts are fixed; your framing is not. Each way of describing the threat meets the rules differently:',
  reads: (what: 'request' | 'case') =>
    `How the treaty reads ${what === 'request' ? 'the request' : 'the case'}`,
}

export function DecideScreen({ view }: { view: GameView }) {
  const decide = useGame((s) => s.decide)
  const busy = useGame(selectBusy)
  const outcomes = useGame((s) => hrefFor(s, 'outcomes'))
  const { result, scenario } = view
  if (result.status !== 'awaiting')
    return (
      <>
        <PageHeading title={TEXT.noDecision} />
        <p>{TEXT.done}</p>
        <p>
          <a className="button" href={outcomes}>
            {TEXT.outcomes}
          </a>
        </p>
      </>
    )
  const copy = STAGE_COPY[result.pending.stage]
  return (
    <>
      <PageHeading title={copy.question} eyebrow={TEXT.eyebrow}>
        <p className="lede">{copy.intro}</p>
      </PageHeading>
      <div className="decide-layout">
        <section aria-labelledby="so-far-title" className="decide-so-far">
          <h2 id="so-far-title">{TEXT.soFar}</h2>
          {result.moves.length === 0 ? (
            <p>{TEXT.first}</p>
          ) : (
            <ol className="timeline">
              {result.moves.map((move, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence
                <li key={i}>
                  {/* Only the move being answered says why at length here: the debrief has the rest. */}
                  <MoveCard
                    move={move}
                    scenario={scenario}
                    viewer={view.role.actor}
                    why={i === result.moves.length - 1}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
        <fieldset className="decide-form" disabled={busy}>
          <DecisionForm
            key={result.moves.length}
            point={result.pending}
            onDecide={(d) => void decide(d)}
            start={scenario.dates.start}
          />
          {busy ? (
            <p className="loading" role="status">
              {TEXT.deciding}
            </p>
          ) : null}
        </fieldset>
        <div className="decide-treaty">
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
        <h2 id="treaty-now-title">{TEXT.framings}</h2>
        <p>{TEXT.framingsIntro}</p>
        <dl className="framing-verdicts">
          {FRAMINGS.map((framing) => {
            const verdict = reading.verdicts[framing]
            const open = verdict.rules.filter((r) => r.status !== 'holds')
            return (
              <div key={framing}>
                <dt>
                  {sentence(FRAMING_WORDS[framing])}: <VerdictBadge status={verdict.status} />
                </dt>
                {open.map((r) => (
                  <dd key={r.rule}>{plainReason(r.reason)}</dd>
                ))}
              </div>
            )
          })}
        </dl>
      </section>
    )
  return (
    <section aria-labelledby="treaty-now-title" className="panel">
      <h2 id="treaty-now-title">{TEXT.reads(reading.kind === 'on-request' ? 'request' : 'case')}</h2>
      <p>
        <VerdictBadge status={reading.verdict.status} />
      </p>
      <VerdictRules verdict={reading.verdict} sources={false} />
    </section>
  )
}
