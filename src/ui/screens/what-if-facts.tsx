// The what-if sliders: one per fact, each where the student left it. Only this panel follows the positions, so a
// move draws the slider that moved and none of the page around it.
import { useMemo } from 'react'
import { type FactPath, factValue, type GameView, useGame } from '../../store'
import { FactSlider } from '../components/fact-slider'
import { useText } from '../i18n/use-text'

interface SliderHandlers {
  readonly move: (value: number, phase: 'drag' | 'release') => void
  readonly reset: () => void
}

export function WhatIfFacts({ view, facts }: { view: GameView; facts: readonly FactPath[] }) {
  const t = useText()
  const positions = useGame((s) => s.game?.whatIf)
  const moveFact = useGame((s) => s.moveFact)
  const resetWhatIf = useGame((s) => s.resetWhatIf)
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
  return (
    <section aria-labelledby="facts-title" className="panel what-if-facts">
      <h2 id="facts-title">{t('whatIf.facts')}</h2>
      {facts.map((fact) => {
        const original = factValue(view.scenario.facts, fact)
        return (
          <FactSlider
            key={fact}
            fact={fact}
            value={positions?.[fact] ?? original}
            original={original}
            inert={view.scenario.inert[fact]}
            onMove={handlers.get(fact)!.move}
            onReset={handlers.get(fact)!.reset}
          />
        )
      })}
      {positions && Object.keys(positions).length > 0 ? (
        <button type="button" className="button secondary" onClick={() => void resetWhatIf()}>
          {t('whatIf.resetAll')}
        </button>
      ) : null}
    </section>
  )
}
