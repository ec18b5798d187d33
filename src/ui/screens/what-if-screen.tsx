// What if the facts were different: sliders for the facts that matter most, the others' choices and outcomes live.
import { useEffect } from 'react'
import { describeDecision, readFact } from '../../engine'
import {
  actorName,
  type GameView,
  hrefFor,
  sameDecision,
  selectGame,
  selectWhatIf,
  useGame,
} from '../../store'
import { FactSlider } from '../components/fact-slider'
import { OutcomeChart } from '../components/outcome-chart'
import { PageHeading } from '../components/page-heading'
import { VerdictBadge } from '../components/verdict-rules'
import { DEFAULT_WHAT_IF } from '../fact-copy'
import { NotFinished } from './not-finished'

export function WhatIfScreen({ view }: { view: GameView }) {
  const game = useGame(selectGame)
  const whatIf = useGame(selectWhatIf)
  const moveFact = useGame((s) => s.moveFact)
  const resetWhatIf = useGame((s) => s.resetWhatIf)
  const debrief = useGame((s) => hrefFor(s, 'debrief'))
  const prepareWhatIf = useGame((s) => s.prepareWhatIf)
  const facts = view.scenario.whatIf.length > 0 ? view.scenario.whatIf : DEFAULT_WHAT_IF
  const positions = JSON.stringify(game?.whatIf ?? {})
  // biome-ignore lint/correctness/useExhaustiveDependencies: the slider positions, by value, are what the warm-up depends on
  useEffect(() => prepareWhatIf(facts), [prepareWhatIf, facts, view, positions])
  if (view.result.status !== 'finished' || !game) return <NotFinished />
  const mine = view.result
  const shown = whatIf?.result ?? mine
  const changes = shown.moves.filter((move) => {
    const before = mine.moves.find((m) => m.stage === move.stage && m.actor === move.actor)
    return !before || !sameDecision(before.decision, move.decision)
  }).length
  return (
    <>
      <PageHeading title="What if…" eyebrow="Change the facts">
        <p className="lede">
          Move a fact and the game replays with the same seed and your decisions: watch the others' choices
          and the outcomes follow.
        </p>
      </PageHeading>
      <div className="two-columns">
        <section aria-labelledby="facts-title" className="panel">
          <h2 id="facts-title">The facts</h2>
          {facts.map((fact) => {
            const original = readFact(view.scenario.facts, fact)
            return (
              <FactSlider
                key={fact}
                fact={fact}
                value={game.whatIf[fact] ?? original}
                original={original}
                inert={view.scenario.inert[fact]}
                onMove={(value, phase) => moveFact(fact, value, phase)}
                onReset={() => resetWhatIf(fact)}
              />
            )
          })}
          {Object.keys(game.whatIf).length > 0 ? (
            <button type="button" className="button secondary" onClick={() => resetWhatIf()}>
              Reset every fact
            </button>
          ) : null}
        </section>
        <section aria-labelledby="choices-title">
          <h2 id="choices-title">The choices on these facts</h2>
          <p>
            <VerdictBadge status={shown.report.verdict.status} />
          </p>
          <p aria-live="polite" data-testid="whatif-summary">
            {changes === 0
              ? 'Every actor chooses as in your game.'
              : `${changes} ${changes === 1 ? 'choice differs' : 'choices differ'} from your game.`}
          </p>
          {whatIf?.engineTookOver ? (
            <p className="panel warning">
              Your decisions do not fit these facts, so the engine plays your role here too.
            </p>
          ) : null}
          <ol className="timeline compact" data-testid="whatif-moves">
            {shown.moves.map((move, i) => {
              const before = mine.moves.find((m) => m.stage === move.stage && m.actor === move.actor)
              const changed = !before || !sameDecision(before.decision, move.decision)
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: moves are a fixed sequence
                <li key={i} className={changed ? 'changed' : undefined}>
                  <strong>{actorName(view.scenario, move.actor)}</strong> {describeDecision(move.decision)}.
                  {changed ? (
                    <span className="change-note">
                      {before
                        ? ` Changed: in your game it ${describeDecision(before.decision)}.`
                        : ' A new move.'}
                    </span>
                  ) : null}
                </li>
              )
            })}
          </ol>
        </section>
      </div>
      <OutcomeChart
        outcomes={shown.report.outcomes}
        compare={
          whatIf ? { label: 'your game', short: 'vs your game', outcomes: mine.report.outcomes } : undefined
        }
        caption={whatIf ? 'On the changed facts, beside your game' : 'Your game (move a fact to compare)'}
      />
      <p className="actions">
        <a className="button secondary" href={debrief}>
          Back to the debrief
        </a>
      </p>
    </>
  )
}
