// What if the facts were different: sliders and switches for the facts that matter most, with the outcomes beside them (just
// below on a phone) and the others' choices after, replayed on the same seed and the student's decisions. The verdict
// and the count of changed choices stay in view while a fact moves (what-if-status.tsx). The page itself does not
// follow a move: the sliders, the status, the outcomes and the choices each follow what they show.
import './what-if-screen.css'
import { useEffect, useMemo } from 'react'
import { DEFAULT_WHAT_IF, type GameView, hrefFor, useGame, whatIfItems } from '../../store'
import { PageHeading } from '../components/page-heading'
import { useText } from '../i18n/use-text'
import { NotFinished } from './not-finished'
import { WhatIfFacts } from './what-if-facts'
import { WhatIfChoices } from './what-if-moves'
import { WhatIfOutcomes } from './what-if-outcomes'
import { WhatIfStatus } from './what-if-status'

export function WhatIfScreen({ view }: { view: GameView }) {
  const t = useText()
  const playing = useGame((s) => s.game !== null)
  const debrief = useGame((s) => hrefFor(s, 'debrief'))
  const prepareWhatIf = useGame((s) => s.prepareWhatIf)
  const items = useMemo(() => whatIfItems(view.scenario, DEFAULT_WHAT_IF), [view.scenario])
  // The store warms the facts' positions again each time one is let go; another game needs its own warm-up.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the game shown, not a value the effect reads
  useEffect(() => prepareWhatIf(items), [prepareWhatIf, items, view])
  const mine = view.result.status === 'finished' ? view.result : null
  if (!mine || !playing) return <NotFinished />
  return (
    <>
      <PageHeading title={t('whatIf.title')} eyebrow={t('whatIf.eyebrow')}>
        <p className="lede">{t('whatIf.lede')}</p>
      </PageHeading>
      <div className="what-if-layout">
        <WhatIfFacts view={view} items={items} />
        <WhatIfStatus mine={mine} />
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
