// One indicator's row of the band chart: its name, a band per game, how far the first game lies from the second,
// and what the first game's number is made of. A what-if move changes the bands and the difference; the row draws
// those again and leaves its name and its detail as they were.
import { memo } from 'react'
import type { Indicator, Outcomes } from '../../store'
import { HIGHER_IS_WORSE } from '../../store/engine-face'
import { signed } from '../format'
import { useLanguage, useText } from '../i18n/use-text'
import { contributionLabel } from '../words/contributions'
import { INDICATOR_TITLE } from '../words/indicators'
import { BandLine } from './band-line'
import { type Series, sameBand } from './band-series'

interface RowProps {
  indicator: Indicator
  series: readonly Series[]
  compare: boolean
  testId: string
  detail: Outcomes[Indicator] | undefined
}

/** One indicator's row, drawn again only when what it shows has changed (each what-if move redraws the chart). */
export const BandRow = memo(
  function BandRow({ indicator: k, series, compare, testId, detail }: RowProps) {
    const [first, second] = series
    return (
      <li className="band-row" data-testid={`${testId}-${k}`}>
        <BandName indicator={k} />
        {series.map((s, i) => (
          <BandLine key={s.short} series={s} indicator={k} index={i} labelled={series.length > 1} />
        ))}
        {compare && first && second ? (
          <BandDelta
            delta={Math.round(first.bands[k].median) - Math.round(second.bands[k].median)}
            against={second.label}
          />
        ) : null}
        {detail && detail.contributions.length > 0 ? <BandDetail indicator={k} detail={detail} /> : null}
      </li>
    )
  },
  (a, b) =>
    a.indicator === b.indicator &&
    a.compare === b.compare &&
    a.testId === b.testId &&
    a.detail === b.detail &&
    a.series.length === b.series.length &&
    a.series.every((s, i) => sameBand(s, b.series[i]!, a.indicator)),
)

const BandName = memo(function BandName({ indicator }: { indicator: Indicator }) {
  const t = useText()
  return (
    <div className="band-name">
      {t(INDICATOR_TITLE[indicator])}
      {HIGHER_IS_WORSE.has(indicator) ? <span className="worse-note"> {t('band.worse')}</span> : null}
    </div>
  )
})

/**
 * How far the first game's median lies from the second's, as the figures beside the bands give them (rounded):
 * "Median: the same as the engine's best reply", "Median: 13 points below your game".
 */
const BandDelta = memo(function BandDelta({ delta, against }: { delta: number; against: string }) {
  const t = useText()
  const points = Math.abs(delta)
  const id = points === 0 ? 'band.same' : delta > 0 ? 'band.above' : 'band.below'
  return <p className="band-delta">{t(id, { points, label: against })}</p>
})

const BandDetail = memo(function BandDetail({
  indicator,
  detail,
}: {
  indicator: Indicator
  detail: Outcomes[Indicator]
}) {
  const t = useText()
  const language = useLanguage()
  return (
    <details className="contributions">
      <summary>
        {t('band.detail')}
        <span className="visually-hidden">: {t(INDICATOR_TITLE[indicator])}</span>
      </summary>
      <ul>
        {detail.contributions.map((c) => (
          <li key={c.label}>
            {contributionLabel(c.label, t)}: <strong>{signed(c.value, 0, language)}</strong>
          </li>
        ))}
      </ul>
    </details>
  )
})
