// What if the facts were different: sliders for the facts that matter most, with the outcomes beside them (just
// below on a phone) and the others' choices after, replayed on the same seed and the student's decisions.
import './what-if-screen.css'
import { useDeferredValue, useEffect, useMemo } from 'react'
import {
  type FactPath,
  factValue,
  type GameView,
  hrefFor,
  type ReplayedMove,
  sameDecision,
  selectGame,
  selectReplaying,
  selectWhatIf,
  useGame,
} from '../../store'
import { BandChart } from '../components/band-chart'
import { FactSlider } from '../components/fact-slider'
import { PageHeading } from '../components/page-heading'
import { VerdictBadge } from '../components/verdict-rules'
import { DEFAULT_WHAT_IF } from '../fact-copy'
import { useText } from '../i18n/use-text'
import { NotFinished } from './not-finished'
import { moveBefore, WhatIfMoves } from './what-if-moves'

interface SliderHandlers {
  readonly move: (value: number, phase: 'drag' | 'release') => void
  readonly reset: () => void
}

export function WhatIfScreen({ view }: { view: GameView }) {
  const t = useText()
  const game = useGame(selectGame)
  const whatIf = useGame(selectWhatIf)
  const replaying = useGame(selectReplaying)
  const moveFact = useGame((s) => s.moveFact)
  const resetWhatIf = useGame((s) => s.resetWhatIf)
  const debrief = useGame((s) => hrefFor(s, 'debrief'))
  const prepareWhatIf = useGame((s) => s.prepareWhatIf)
  const facts = view.scenario.whatIf.length > 0 ? view.scenario.whatIf : DEFAULT_WHAT_IF
  // The store warms the sliders' positions again each time one is let go; another game needs its own warm-up.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the game shown, not a value the effect reads
  useEffect(() => prepareWhatIf(facts), [prepareWhatIf, facts, view])
  // The same handlers from one move to the next, so the sliders not moved are not drawn again.
  const handlers = useMemo(
    () =>
      new Map(
        facts.map((fact): [FactPath, SliderHandlers] => [
          fact,
          {
            move: (value, phase) => void moveFact(fact, value, phase),
            reset: () => void resetWhatIf(fact),
          },
        ]),
      ),
    [facts, moveFact, resetWhatIf],
  )
  const mine = view.result.status === 'finished' ? view.result : null
  const moves: readonly ReplayedMove[] = whatIf?.moves ?? mine?.moves ?? []
  // The list of choices follows a render behind the outcomes: a move's bands are drawn first.
  const movesShown = useDeferredValue(moves)
  if (!mine || !game) return <NotFinished />
  const changes = moves.filter((move) => {
    const was = moveBefore(mine.moves, move)
    return !was || !sameDecision(was.decision, move.decision)
  }).length
  return (
    <>
      <PageHeading title={t('whatIf.title')} eyebrow={t('whatIf.eyebrow')}>
        <p className="lede">{t('whatIf.lede')}</p>
      </PageHeading>
      <div className="what-if-layout">
        <section aria-labelledby="facts-title" className="panel what-if-facts">
          <h2 id="facts-title">{t('whatIf.facts')}</h2>
          {facts.map((fact) => {
            const original = factValue(view.scenario.facts, fact)
            return (
              <FactSlider
                key={fact}
                fact={fact}
                value={game.whatIf[fact] ?? original}
                original={original}
                inert={view.scenario.inert[fact]}
                onMove={handlers.get(fact)!.move}
                onReset={handlers.get(fact)!.reset}
              />
            )
          })}
          {Object.keys(game.whatIf).length > 0 ? (
            <button type="button" className="button secondary" onClick={() => void resetWhatIf()}>
              {t('whatIf.resetAll')}
            </button>
          ) : null}
        </section>
        <section aria-labelledby="outcomes-title" className="what-if-outcomes">
          <h2 id="outcomes-title" className="visually-hidden">
            {t('whatIf.outcomes')}
          </h2>
          <p className="what-if-status">
            <VerdictBadge status={whatIf?.verdict ?? mine.report.verdict.status} />{' '}
            <span aria-live="polite" data-testid="whatif-summary">
              {replaying
                ? t('whatIf.replaying')
                : changes === 0
                  ? t('whatIf.same')
                  : t('whatIf.differ', { count: changes })}
            </span>
          </p>
          {whatIf?.engineTookOver ? <p className="panel warning">{t('whatIf.tookOver')}</p> : null}
          <BandChart
            caption={whatIf ? t('whatIf.changedCaption') : t('whatIf.yourCaption')}
            compare
            series={
              whatIf
                ? [
                    { label: t('whatIf.changed'), short: t('whatIf.changedShort'), bands: whatIf.outcomes },
                    { label: t('whatIf.yours'), short: t('whatIf.yoursShort'), bands: mine.report.outcomes },
                  ]
                : [{ label: t('whatIf.yours'), short: t('whatIf.yoursShort'), bands: mine.report.outcomes }]
            }
          />
        </section>
      </div>
      <section aria-labelledby="choices-title">
        <h2 id="choices-title">{t('whatIf.choices')}</h2>
        <WhatIfMoves scenario={view.scenario} mine={mine.moves} moves={movesShown} />
      </section>
      <p className="actions">
        <a className="button secondary" href={debrief}>
          {t('whatIf.back')}
        </a>
      </p>
    </>
  )
}
