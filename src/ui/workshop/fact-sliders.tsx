// The facts of the file on the what-if screen's sliders, with the same anchors: letting go writes the number into
// the text, in place, so an author who does not know YAML can still tune a scenario.
import { useId } from 'react'
import type { FactPath } from '../../scenario/types'
import { type GoodCheck, useGameStore } from '../../store'
import { FactSlider } from '../components/fact-slider'
import { useText } from '../i18n/use-text'

export function FactSliders({ good, flush }: { good: GoodCheck | null; flush: () => void }) {
  const id = useId()
  const t = useText()
  const { setFact } = useGameStore().getState()
  const facts = good ? (Object.entries(good.playtest.facts) as [FactPath, number][]) : []
  if (facts.length === 0) return null
  const write = (fact: FactPath, value: number): void => {
    flush()
    setFact(fact, value)
  }
  return (
    <section className="panel fact-sliders" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workshop.facts')}</h2>
      <p className="meta">{t('workshop.factsHelp')}</p>
      {facts.map(([fact, value]) => (
        <FactSlider
          key={fact}
          fact={fact}
          value={value}
          original={value}
          onMove={(next, phase) => {
            if (phase === 'release') write(fact, next)
          }}
          onReset={() => write(fact, value)}
        />
      ))}
    </section>
  )
}
