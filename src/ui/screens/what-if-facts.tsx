// The what-if facts: a slider per number and a switch per fact that is not one, each where the student left it.
// Only this panel follows the positions, so a move draws the fact that moved and none of the page around it.
import { useMemo } from 'react'
import {
  factValue,
  type GameView,
  type FactSwitch as Switch,
  type SwitchValue,
  useGame,
  type WhatIfFact,
  type WhatIfItem,
} from '../../store'
import { FactSlider } from '../components/fact-slider'
import { FactSwitch, type SwitchChoice } from '../components/fact-switch'
import { useText } from '../i18n/use-text'
import { switchLegend, switchValueText } from '../words/switch-values'

interface Handlers {
  readonly move: (value: number, phase: 'drag' | 'release') => void
  readonly choose: (value: SwitchValue) => void
  readonly reset: () => void
}

export function WhatIfFacts({ view, items }: { view: GameView; items: readonly WhatIfItem[] }) {
  const t = useText()
  const positions = useGame((s) => s.game?.whatIf)
  const moveFact = useGame((s) => s.moveFact)
  const setSwitch = useGame((s) => s.setSwitch)
  const resetWhatIf = useGame((s) => s.resetWhatIf)
  const moved = positions ? Object.keys(positions) : []
  // The same handlers from one move to the next, so the facts not moved are not drawn again.
  const handlers = useMemo(
    () =>
      new Map(
        items.map((item): [WhatIfFact, Handlers] => [
          item.fact,
          {
            move: (value, phase) => item.kind === 'slider' && void moveFact(item.fact, value, phase),
            choose: (value) => item.kind === 'switch' && void setSwitch(item.fact, value),
            reset: () => void resetWhatIf(item.fact),
          },
        ]),
      ),
    [items, moveFact, setSwitch, resetWhatIf],
  )
  // The same words for each switch's choices while the language and the scenario stay.
  const choices = useMemo(
    () =>
      new Map(
        items.flatMap((item): [WhatIfFact, SwitchChoice[]][] =>
          item.kind === 'switch'
            ? [
                [
                  item.fact,
                  choicesOf(item).map((value) => ({
                    value,
                    text: switchValueText(item.fact, value, view.scenario, t),
                  })),
                ],
              ]
            : [],
        ),
      ),
    [items, view.scenario, t],
  )
  return (
    <section aria-labelledby="facts-title" className="panel what-if-facts">
      <h2 id="facts-title">{t('whatIf.facts')}</h2>
      {items.map((item) => {
        const on = handlers.get(item.fact)!
        if (item.kind === 'switch') {
          const { fact } = item
          return (
            <FactSwitch
              key={fact}
              fact={fact}
              legend={switchLegend(fact, t)}
              choices={choices.get(fact)!}
              value={(positions?.[fact] as SwitchValue | undefined) ?? item.own}
              inert={view.scenario.inert[fact]}
              othersMoved={moved.some((other) => other !== fact)}
              onChoose={on.choose}
              onReset={on.reset}
            />
          )
        }
        const { fact } = item
        const original = factValue(view.scenario.facts, fact)
        return (
          <FactSlider
            key={fact}
            fact={fact}
            value={positions?.[fact] ?? original}
            original={original}
            inert={view.scenario.inert[fact]}
            othersMoved={moved.some((other) => other !== fact)}
            onMove={on.move}
            onReset={on.reset}
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

const choicesOf = (item: Switch): readonly SwitchValue[] => [item.own, ...item.alternatives]
