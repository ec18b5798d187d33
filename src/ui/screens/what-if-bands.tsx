// The what-if page's band chart. React draws it when a changed game first appears (or goes); every replay after
// that is written into the bands React drew, from the store's subscription, in the same task as the release: React
// drawing eight rows at every release was most of a release's time.
import { memo, useLayoutEffect, useRef } from 'react'
import { type GameView, useGame, useGameStore } from '../../store'
import { BandChart } from '../components/band-chart'
import { deltaText } from '../components/band-row'
import type { Series } from '../components/band-series'
import { bandWriter } from '../components/band-writer'
import { useLanguage, useText } from '../i18n/use-text'

/** The student's own finished game. */
type Finished = Extract<GameView['result'], { status: 'finished' }>

export const WhatIfBands = memo(function WhatIfBands({ mine }: { mine: Finished }) {
  const t = useText()
  const language = useLanguage()
  const store = useGameStore()
  const changed = useGame((s) => s.whatIf !== null)
  const figure = useRef<HTMLElement>(null)
  // Read, not followed: React draws the replay shown whenever it draws, and the subscription below the ones after.
  const whatIf = store.getState().whatIf
  const yours: Series = {
    label: t('whatIf.yours'),
    short: t('whatIf.yoursShort'),
    bands: mine.report.outcomes,
  }
  useLayoutEffect(() => {
    if (!changed || !figure.current) return
    const write = bandWriter(figure.current, 0)
    const against = t('whatIf.yours')
    const follow = (bands: Finished['report']['outcomes']) =>
      write(bands, {
        of: (k) => bands[k].median - mine.report.outcomes[k].median,
        words: (delta) => deltaText(t, language, delta, against),
      })
    // A replay that came between React's drawing and this effect.
    const now = store.getState().whatIf
    if (now) follow(now.outcomes)
    return store.subscribe((s, before) => {
      if (s.whatIf && s.whatIf !== before.whatIf) follow(s.whatIf.outcomes)
    })
  }, [changed, store, t, language, mine])
  return (
    <BandChart
      ref={figure}
      caption={whatIf ? t('whatIf.changedCaption') : t('whatIf.yourCaption')}
      compare
      series={
        whatIf
          ? [
              // The student's game keeps the colour it has on the outcomes page; the changed one takes a third.
              {
                label: t('whatIf.changed'),
                short: t('whatIf.changedShort'),
                bands: whatIf.outcomes,
                colour: 2,
              },
              { ...yours, colour: 0 },
            ]
          : [yours]
      }
    />
  )
})
