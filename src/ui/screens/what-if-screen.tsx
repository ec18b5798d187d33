// What if the facts were different: sliders for the facts that matter most, with the outcomes beside them (just
// below on a phone) and the others' choices after, replayed on the same seed and the student's decisions. The page
// itself does not follow a move: the sliders, the outcomes and the choices each follow what they show.
import './what-if-screen.css'
import { useEffect } from 'react'
import { type GameView, hrefFor, useGame } from '../../store'
import { PageHeading } from '../components/page-heading'
import { DEFAULT_WHAT_IF } from '../fact-copy'
import { useText } from '../i18n/use-text'
import { NotFinished } from './not-finished'
import { WhatIfFacts } from './what-if-facts'
import { WhatIfChoices } from './what-if-moves'
import { WhatIfOutcomes } from './what-if-outcomes'

export function WhatIfScreen({ view }: { view: GameView }) {
  const t = useText()
  const playing = useGame((s) => s.game !== null)
  const debrief = useGame((s) => hrefFor(s, 'debrief'))
  const prepareWhatIf = useGame((s) => s.prepareWhatIf)
  const facts = view.scenario.whatIf.length > 0 ? view.scenario.whatIf : DEFAULT_WHAT_IF
  // The store warms the sliders' positions again each time one is let go; another game needs its own warm-up.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the game shown, not a value the effect reads
  useEffect(() => prepareWhatIf(facts), [prepareWhatIf, facts, view])
  const mine = view.result.status === 'finished' ? view.result : null
  if (!mine || !playing) return <NotFinished />
  return (
    <>
      <PageHeading title={t('whatIf.title')} eyebrow={t('whatIf.eyebrow')}>
        <p className="lede">{t('whatIf.lede')}</p>
      </PageHeading>
      <div className="what-if-layout">
        <WhatIfFacts view={view} facts={facts} />
        <WhatIfOutcomes mine={mine} />
      </div>
      <section aria-labelledby="choices-title">
        <h2 id="choices-title">{t('whatIf.choices')}</h2>
        <WhatIfChoices scenario={view.scenario} mine={mine.moves} />
      </section>
      <p className="actions">
        <a className="button secondary" href={debrief}>
          {t('whatIf.back')}
        </a>
      </p>
    </>
  )
}
