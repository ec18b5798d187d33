// The debrief: the treaty rule by rule, what each actor wanted, your game beside history, what your choices cost.
import { describeDecision } from '../../engine'
import {
  actorName,
  actorsWhoMoved,
  concernsOf,
  departures,
  type GameView,
  hrefFor,
  playerStanding,
  useGame,
} from '../../store'
import { ConcernList } from '../components/concern-list'
import { HistoryComparison } from '../components/history-comparison'
import { CitedText } from '../components/markdown-text'
import { MoveCard, ReasonList } from '../components/move-card'
import { PageHeading } from '../components/page-heading'
import { VerdictBadge, VerdictRules } from '../components/verdict-rules'
import { signed } from '../format'
import { NotFinished } from './not-finished'

export function DebriefScreen({ view }: { view: GameView }) {
  if (view.result.status !== 'finished') return <NotFinished />
  const { report, moves } = view.result
  const { scenario } = view
  return (
    <>
      <PageHeading title="Debrief" eyebrow={`${scenario.title} — as ${view.role.title}`}>
        <p>
          <VerdictBadge status={report.verdict.status} />
        </p>
      </PageHeading>

      <section id="treaty" aria-labelledby="treaty-title">
        <h2 id="treaty-title">The treaty, rule by rule</h2>
        <VerdictRules verdict={report.verdict} />
      </section>

      <section id="actors" aria-labelledby="actors-title">
        <h2 id="actors-title">What each actor wanted, and why it chose as it did</h2>
        <div className="actor-cards">
          {actorsWhoMoved(moves).map(({ actor: id, moves: theirs }) => {
            const actor = scenario.actors[id as keyof typeof scenario.actors]
            return (
              <article key={id} className="actor-card">
                <h3>
                  {actorName(scenario, id)}
                  {id === view.role.actor ? <span className="badge you">You</span> : null}
                </h3>
                {actor ? (
                  <p>
                    <CitedText text={actor.summary} sources={actor.sources} />
                  </p>
                ) : null}
                {actor ? (
                  <ConcernList
                    concerns={concernsOf(actor, 3)}
                    label={`What ${actorName(scenario, id)} cares about most`}
                  />
                ) : null}
                {theirs.map((move) => (
                  <MoveCard key={move.stage} move={move} scenario={scenario} />
                ))}
              </article>
            )
          })}
        </div>
      </section>

      <section id="history" aria-labelledby="history-title">
        <h2 id="history-title">Your game beside what really happened</h2>
        <HistoryComparison report={report} scenario={scenario} />
      </section>

      <section id="choices" aria-labelledby="choices-title">
        <h2 id="choices-title">Where you departed from the engine, and what it cost</h2>
        <Departures view={view} />
      </section>

      <section id="questions" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions for discussion</h2>
        {scenario.questions.length > 0 ? (
          <ol className="questions">
            {scenario.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        ) : (
          <p>This crisis comes without questions: what would you ask?</p>
        )}
      </section>

      <section id="sources" aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <ol className="sources">
          {scenario.sources.map((s) => (
            <li key={s.id}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                <cite>{s.title}</cite>
              )}
              {[s.author, s.publisher, s.date].filter(Boolean).length > 0
                ? `. ${[s.author, s.publisher, s.date].filter(Boolean).join(', ')}.`
                : null}
            </li>
          ))}
        </ol>
      </section>

      <PlayAgain scenarioId={scenario.id} />
    </>
  )
}

function Departures({ view }: { view: GameView }) {
  if (view.result.status !== 'finished') return null
  const differed = departures(view.result.moves)
  const standing = playerStanding(view)
  return (
    <>
      {differed.length === 0 ? (
        <p>At every step you chose what the engine would have chosen in your seat.</p>
      ) : (
        differed.map((move) => (
          <div key={move.stage} className="departure panel">
            <p>
              <strong>Your choice:</strong> {actorName(view.scenario, move.actor)}{' '}
              {describeDecision(move.decision)}. <strong>The engine in your seat:</strong>{' '}
              {actorName(view.scenario, move.actor)} {describeDecision(move.best)}.
            </p>
            {move.reasons.length > 0 ? (
              <>
                <p>What your choice gained and cost against the engine's, as your role weighs things:</p>
                <ReasonList reasons={move.reasons.slice(0, 4)} marks={['Gained', 'Cost']} owner="your" />
              </>
            ) : null}
          </div>
        ))
      )}
      {standing ? (
        <p className="standing">
          By your role's own interests this game scores <strong>{signed(standing.utility, 2)}</strong>; with
          the engine playing every role at its best it would score{' '}
          <strong>{signed(standing.engineUtility, 2)}</strong> (a difference of{' '}
          {signed(standing.utility - standing.engineUtility, 2)}). A score adds up how far each indicator ends
          from 50, weighted by how much your role cares about it.
        </p>
      ) : null}
    </>
  )
}

function PlayAgain({ scenarioId }: { scenarioId: string }) {
  const newSeed = useGame((s) => s.newSeed)
  const restart = useGame((s) => s.restart)
  const whatIf = useGame((s) => hrefFor(s, 'what-if'))
  return (
    <section aria-labelledby="again-title" className="panel">
      <h2 id="again-title">Play again</h2>
      <div className="actions">
        <a className="button" href={whatIf}>
          Try “what if…”
        </a>
        <a className="button secondary" href={`#/play/${scenarioId}`}>
          Another role
        </a>
        <button type="button" className="button secondary" onClick={newSeed}>
          A new seed
        </button>
        <button type="button" className="button secondary" onClick={restart}>
          This seed, from the start
        </button>
        <a className="button secondary" href="#/">
          Another crisis
        </a>
      </div>
    </section>
  )
}
